/**
 * Where the day shown opens in its scrolling box, and what its first paint builds: the grid's
 * cells within a screen of where it opens (its top, now while the day runs, or the session the
 * keyboard or a deep link is on), the list's first rows (and those around that session); the
 * rest are built while the page is idle (session-cells.ts).
 */
import type { CellRow, SessionCells } from './session-cells.js';
import type { DayLayout, GridItem } from './layout.js';

/** Columns are at least this wide (as the styles say). */
const MIN_COLUMN_PX = 184;
/** An hour is 120 px tall. */
export const MINUTE_PX = 2;
/** The list rows a first paint builds at least, from the top and around the session in focus. */
const FIRST_LIST_ROWS = 40;

/** What decides where the day opens. */
export interface Opening {
  readonly layout: DayLayout;
  readonly grid: boolean;
  readonly now: number;
  /** The session the day opens on (the keyboard's, a deep link's), if any. */
  readonly focusId?: string;
}

/** Whether `now` falls within the drawn day. */
function runsNow({ layout, now }: Opening): boolean {
  return layout.items.length > 0 && now >= layout.startMs && now <= layout.endMs;
}

/** While the day runs, the session it opens at: the first not over yet, which is the day's tab stop until the keyboard moves it. */
export function openingItem(opening: Opening): GridItem | undefined {
  return runsNow(opening) ? opening.layout.items.find((item) => item.session.endMs > opening.now) : undefined;
}

/** The rows a first paint builds, for a box of about `width` × `height` pixels. */
export function firstRows(opening: Opening, rows: readonly CellRow[], width: number, height: number): (index: number) => boolean {
  const { layout } = opening;
  const focus = opening.focusId === undefined ? undefined : layout.items.find((item) => item.session.id === opening.focusId);
  if (!opening.grid) {
    // Also around the first session not over yet, where the list opens while the day runs: rows built later between
    // the first ones and it would push it out of view (scroll anchoring holds the first rows, which were in view).
    const target = focus ?? openingItem(opening);
    const at = target ? rows.findIndex((row) => row.kind === 'list' && row.session === target.session) : -1;
    return (index) => index < FIRST_LIST_ROWS || Math.abs(index - at) < FIRST_LIST_ROWS;
  }
  const columns = Math.ceil(width / MIN_COLUMN_PX);
  const minutes = height / MINUTE_PX;
  const from = focus ? focus.top - minutes / 2 : runsNow(opening) ? (opening.now - layout.startMs) / 60_000 - minutes / 3 : 0;
  const firstColumn = focus ? Math.max(0, focus.column - Math.floor(columns / 2)) : 0;
  return (index) => {
    const item = layout.items[index]!;
    return item.top < from + minutes && item.top + item.height > from && item.column < firstColumn + columns && item.column + item.span > firstColumn;
  };
}

/** Where the grid shows now a third from its top while the day runs, else its top. */
const nowTop = (box: HTMLElement, opening: Opening): number =>
  runsNow(opening) ? Math.max(0, ((opening.now - opening.layout.startMs) / 60_000) * MINUTE_PX - box.clientHeight / 3) : 0;

/**
 * Scrolls a new day or layout to now while the day runs (the grid a third from the top), or to
 * the top; returns the session the list should bring into view (the first not over yet), if any.
 * A `fresh` box is at the top already: it is not touched then, since reading or setting its scroll
 * position would force a layout before the first paint.
 */
export function scrollToOpening(box: HTMLElement, opening: Opening, fresh: boolean): string | undefined {
  if (opening.grid) {
    const top = nowTop(box, opening);
    if (top !== 0 || !fresh) box.scrollTop = top;
    return undefined;
  }
  if (!fresh) box.scrollTop = 0;
  return openingItem(opening)?.session.id;
}

/** A box's scroll padding on a side, from its computed `style`: where the grid's sticky room names and hour axis lie over what it scrolls. */
const padding = (style: CSSStyleDeclaration, side: 'Top' | 'Right' | 'Bottom' | 'Left'): number => parseFloat(style[`scrollPadding${side}`]) || 0;

/**
 * Whether `inner` lies wholly in the part of `box` that shows its content: inside its borders and
 * scrollbars, and clear of its scroll padding (where the grid's sticky room names and hour axis lie).
 */
function wholly(box: HTMLElement, style: CSSStyleDeclaration, outer: DOMRect, inner: DOMRect): boolean {
  const left = outer.left + box.clientLeft;
  const top = outer.top + box.clientTop;
  return (
    inner.top >= top + padding(style, 'Top') &&
    inner.bottom <= top + box.clientHeight - padding(style, 'Bottom') &&
    inner.left >= left + padding(style, 'Left') &&
    inner.right <= left + box.clientWidth - padding(style, 'Right')
  );
}

/**
 * Brings `target` into view in the scrolling box, focusing it when asked: centred when any of it is
 * out of view, or its start just below the grid's room names when it is too tall to be centred
 * there (an afternoon-long session: centred, it showed a blank middle); one wholly in view stays
 * where it is, so that a session the person just chose (and comes back to from its dialog) does not
 * move under their eyes. The page itself moves only for a session focused off its view (the page
 * scrolled on behind a dialog, a link into a long page), and then the least it can.
 */
export function reveal(box: HTMLElement, target: HTMLElement, focus: boolean): void {
  const outer = box.getBoundingClientRect();
  const inner = target.getBoundingClientRect();
  const style = getComputedStyle(box);
  if (!wholly(box, style, outer, inner)) {
    box.scrollTop += inner.top - outer.top - Math.max((outer.height - inner.height) / 2, box.clientTop + padding(style, 'Top'));
    // Centred between the hour axis (the left or, right to left, the right scroll padding) and the other edge: centred in the
    // whole box, a room at 320 px (a phone zoomed) began under the axis, its first letters and focus ring hidden there.
    box.scrollLeft += inner.left - outer.left - box.clientLeft - (padding(style, 'Left') + box.clientWidth - padding(style, 'Right') - inner.width) / 2;
  }
  if (!focus) return;
  target.focus({ preventScroll: true });
  const { top, bottom } = target.getBoundingClientRect();
  if (top < 0 || bottom > innerHeight) target.scrollIntoView({ block: 'nearest' });
}

/** The scrolling box of a timeline's day and its cells: where the day opens, and bringing a session into view. */
export class DayViewport {
  constructor(
    private readonly host: { readonly renderRoot: HTMLElement | DocumentFragment; readonly clientWidth: number },
    private readonly cells: SessionCells,
  ) {}

  /** The boxes scrolled before: any other is new, at its top. */
  private readonly scrolled = new WeakSet<HTMLElement>();

  private get box(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.grid, .list');
  }

  /** Which rows of the day a first paint builds (the rest follow while the page is idle). */
  firstRows(opening: Opening, rows: readonly CellRow[]): (index: number) => boolean {
    return firstRows(opening, rows, this.host.clientWidth, window.innerHeight);
  }

  /** Where the grid was scrolled to show now, while nobody has scrolled it since. */
  private followed?: number;

  /** Scrolls a new day or layout to the session in focus, to now while the day runs, or to the top (focus stays where it is). */
  open(opening: Opening): void {
    const box = this.box;
    this.followed = undefined;
    if (!box) return;
    if (opening.focusId !== undefined) return this.reveal(opening.focusId, false);
    const current = scrollToOpening(box, opening, !this.scrolled.has(box));
    this.scrolled.add(box);
    if (current) this.reveal(current, false);
    // Read only while the day runs: its position was set, or its height read, so this forces no layout of its own.
    else if (runsNow(opening)) this.followed = box.scrollTop;
  }

  /**
   * A screen left on (a hallway TV): as the clock moves, the grid that opened at now keeps now in
   * view until the person scrolls it (or moves in it: see the caller). It moves once now is two
   * thirds down, back to a third (about every 80 minutes in a 480 px box), not a pixel at each tick
   * under the eyes of someone reading it.
   */
  follow(opening: Opening): void {
    const box = this.box;
    if (this.followed === undefined || this.followed !== box?.scrollTop || !opening.grid) return;
    const top = nowTop(box, opening);
    if (top - this.followed < box.clientHeight / 3) return;
    box.scrollTop = top;
    this.followed = box.scrollTop;
  }

  /** Scrolls the day's box to a position the person had scrolled to (every cell built first, so that the place is there). */
  scrollTo(top: number, left: number): void {
    const box = this.box;
    if (!box || (top === 0 && left === 0)) return;
    this.cells.flush();
    box.scrollTop = top;
    box.scrollLeft = left;
  }

  /** Brings a session's cell into view (building it now if need be), focusing it when asked. */
  reveal(id: string, focus: boolean): void {
    // The session's button, link or (a break) box: the first element of its cell.
    const button = this.cells.element(id)?.firstElementChild as HTMLElement | null | undefined;
    const box = this.box;
    if (button && box) reveal(box, button, focus);
  }
}
