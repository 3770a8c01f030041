import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the eye that the grid scrolls sideways: while rooms are hidden past an edge of the grid's
 * scrolling box, its panel carries `data-more-start` / `data-more-end`, which the styles draw as a
 * shadow on that edge. Read when the box or its content changes size (a ResizeObserver, after
 * layout: a first paint forces none) and as it scrolls; mirrored right to left by the logical edges.
 */
export class ScrollCueController implements ReactiveController {
  private grid?: HTMLElement;
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
    if (!grid) return;
    grid.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizes.observe(grid);
    if (grid.firstElementChild) this.resizes.observe(grid.firstElementChild);
  }

  hostDisconnected(): void {
    this.release();
    this.grid = undefined;
  }

  private release(): void {
    this.resizes.disconnect();
    this.grid?.removeEventListener('scroll', this.onScroll);
  }

  private update(): void {
    const grid = this.grid;
    const panel = grid?.parentElement;
    if (!grid || !panel) return;
    // scrollLeft runs from 0 towards the end: negative right to left.
    const scrolled = Math.abs(grid.scrollLeft);
    panel.toggleAttribute('data-more-start', scrolled > 1);
    panel.toggleAttribute('data-more-end', grid.scrollWidth - grid.clientWidth - scrolled > 1);
  }
}
