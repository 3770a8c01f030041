import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the eye that the grid scrolls sideways: while rooms are hidden past an edge of the grid's
 * scrolling box, its panel carries `data-more-start` / `data-more-end`, which the styles draw as a
 * shadow on that edge. Read when the box or its content changes size (a ResizeObserver, after
 * layout: a first paint forces none) and as it scrolls; mirrored right to left by the logical edges.
 */
export class ScrollCueController implements ReactiveController {
  private grid?: HTMLElement;
  /** The grid's panel, which carries the cues (the grid may have left it by the time it is let go). */
  private panel?: HTMLElement;
  private readonly resizes = new ResizeObserver(() => this.update());
  private readonly onScroll = (): void => this.update();

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const grid = this.host.renderRoot.querySelector<HTMLElement>('.grid') ?? undefined;
    if (grid === this.grid) return;
    this.release();
    this.grid = grid;
    this.panel = grid?.parentElement ?? undefined;
    if (!grid) return;
    grid.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizes.observe(grid);
    if (grid.firstElementChild) this.resizes.observe(grid.firstElementChild);
  }

  /** Back on the page (moved by the page or a framework): the grid is watched again, with no render needed. */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.release();
    this.grid = undefined;
  }

  /** Stops watching the grid, and takes its cues off the panel (the list that replaces it does not scroll sideways). */
  private release(): void {
    this.resizes.disconnect();
    this.grid?.removeEventListener('scroll', this.onScroll);
    this.panel?.removeAttribute('data-more-start');
    this.panel?.removeAttribute('data-more-end');
  }

  private update(): void {
    const { grid, panel } = this;
    if (!grid || !panel) return;
    // scrollLeft runs from 0 towards the end: negative right to left.
    const scrolled = Math.abs(grid.scrollLeft);
    panel.toggleAttribute('data-more-start', scrolled > 1);
    panel.toggleAttribute('data-more-end', grid.scrollWidth - grid.clientWidth - scrolled > 1);
  }
}
