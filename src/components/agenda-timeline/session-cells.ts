/**
 * The sessions of the day shown, in the grid or the list, as plain DOM that this module keeps:
 * every session of the day is in the document (so find-in-page and a screen reader's browse mode
 * reach it), in as few nodes as a cell can have (a list item, the button, one visually hidden
 * sentence and the three or four visible parts: no Lit markers per cell), and what is on screen is
 * built first, the rest in idle slices a moment later.
 *
 * The element renders a container (`<ul>`) whose only content is the {@link sessionCells}
 * directive; a {@link SessionCells} keeps the cells by key across renders, so a keystroke that
 * filters the day removes and adds cells but never rebuilds or moves the others.
 */
import { isServer, noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { Session } from '../../data/model.js';
import { sessionStatus } from '../../data/status.js';
import { formatDays, isSameDay } from '../../data/format.js';
import { isolate } from '../../i18n/intl.js';
import { hrefFor } from '../shared/select-link.js';
import { allDayText } from '../shared/session-when.js';
import { inIdleSlices } from '../../internal/idle.js';
import type { AgendaTimelineText } from './agenda-timeline.messages.js';
import { localText, setLocalText } from '../shared/local-text.js';
import { codedTitle, isBreak, peopleNames, roomName, sessionTimes, trackColors } from './session-text.js';
import { MINUTE_PX } from './day-viewport.js';
import type { GridItem } from './layout.js';

/**
 * The most cells one idle slice adds. Each is laid out in the next frame, on a first visit for
 * about a millisecond: a slice of 30 ms could add a hundred and make that frame a long task.
 */
const CELLS_PER_SLICE = 24;

/** What a cell's content depends on besides its session. */
export interface CellView {
  readonly t: AgendaTimelineText;
  readonly locale: string;
  /** The zone times are shown in. */
  readonly zone: string;
  readonly now: number;
  readonly saved: ReadonlySet<string>;
  /** The session that holds the one tab stop. */
  readonly activeId?: string;
  /** Where sessions lead (`session-href`): each is then a link to its page instead of a button. */
  readonly sessionHref?: string;
}

/** One row of the grid (a placed session) or of the list (a time slot's heading, or a session). */
export type CellRow =
  | { readonly kind: 'grid'; readonly item: GridItem }
  | { readonly kind: 'slot'; readonly startMs: number; readonly label: string; readonly level: number }
  | { readonly kind: 'list'; readonly session: Session };

/** What a built cell shows, to tell whether it must be built again. */
interface Cell {
  readonly node: HTMLElement;
  row: CellRow;
  session?: Session;
  t?: AgendaTimelineText;
  locale?: string;
  zone?: string;
  status?: string;
  saved?: boolean;
  tabbable?: boolean;
}

/** A row's key: the session's id, or the slot's instant. */
function keyOf(row: CellRow): string {
  return row.kind === 'slot' ? `@${row.startMs}@${row.level}@${row.label}` : (row.kind === 'grid' ? row.item.session : row.session).id;
}

function sessionOf(row: CellRow): Session | undefined {
  return row.kind === 'slot' ? undefined : row.kind === 'grid' ? row.item.session : row.session;
}

/** What builds cells: the page's document, or on a server one that writes them as HTML (see {@link provideServerCells}). */
export type CellDocument = Pick<Document, 'createElement'>;

function element<K extends keyof HTMLElementTagNameMap>(doc: CellDocument, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A visible part of a cell: hidden from screen readers, which hear the sentence instead. */
function shown<K extends keyof HTMLElementTagNameMap>(doc: CellDocument, tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = element(doc, tag, className, text);
  node.setAttribute('aria-hidden', 'true');
  return node;
}

/**
 * A session button's content. Screen readers hear one sentence, the title first: "WS196: title,
 * Tuesday, September 2, 11:00 AM – 12:30 PM, Workshop Room 03, people, track, saved, live"; the eye sees the time
 * (drawn from the title's `data-time`), the title, the people (in the list after the room: "Workshop Room 03 · A, B and C")
 * and a badge when live. The star that saves it is a button of its own beside it (see {@link fillSave}).
 */
function fillSession(button: HTMLElement, session: Session, view: CellView, list: boolean, status: string, saved: boolean): void {
  const { t, locale, zone } = view;
  const doc = button.ownerDocument;
  const times = sessionTimes(session, locale, zone);
  const when = session.allDay ? allDayText(locale) : times.range;
  const names = session.people.length > 0 ? peopleNames(session, locale) : '';
  const title = codedTitle(session, locale);
  const room = roomName(session, locale)?.text ?? '';
  const { track } = session;
  const live = status === 'live';
  // A range over midnight names its days itself ("Tue, Sep 2, 6:00 PM – Thu, Sep 4, 12:00 PM"): its day is not said twice.
  // One that ends at midnight does not ("11:00 PM – 12:00 AM"). An all-day session names all its days, as it is on each of them: the venue's, wherever the reader is.
  const day = session.allDay ? formatDays(session.startMs, session.endMs, { locale, zone: session.timeZone }) : isSameDay(session.startMs, session.endMs - 1, zone) ? times.day : '';
  const rest = [day, when, room, names, track && localText(track.name, track.i18n?.name, locale).text, saved ? t.saved : '', live ? t.live : '']
    .filter(Boolean)
    .join(', ');
  // A title in another language than the timeline's is heard in its own voice: its words in an element with its lang.
  const sentence = element(doc, 'span', 'visually-hidden', title.lang ? `, ${rest}` : `${title.text}, ${rest}`);
  if (title.lang) {
    const heard = element(doc, 'span', '');
    setLocalText(heard, title);
    sentence.prepend(heard);
  }
  // The time is drawn before the title from its attribute (see the styles): no node of its own.
  const titleLine = shown(doc, 'span', 'item-title', '');
  setLocalText(titleLine, title); // the feed's words, in their own direction; the people line is in the locale's, its names isolated
  titleLine.dataset['time'] = when;
  const parts: Node[] = [sentence, titleLine];
  const people = list && room ? (names ? `${isolate(room)} · ${names}` : room) : names;
  if (people) parts.push(shown(doc, 'span', 'item-people', people));
  if (live) parts.push(shown(doc, 'span', 'badge live', t.live));
  button.replaceChildren(...parts);
  button.dataset['status'] = status;
}

/**
 * A session's save toggle: a star, pressed when saved, named "Save" and the session's title (its
 * own tab stop while the session holds the grid's: Tab goes from a session to its star).
 */
function fillSave(toggle: HTMLElement, session: Session, view: CellView, saved: boolean): void {
  toggle.setAttribute('aria-pressed', saved ? 'true' : 'false');
  toggle.setAttribute('aria-label', view.t.saveSession(codedTitle(session, view.locale).text));
  // The star itself is drawn by the styles from aria-pressed: no text node of its own.
}

/**
 * A new cell's node: a list item holding a session's button (or, with `session-href`, its link)
 * and its save toggle, or the list's heading of a time slot.
 */
function createNode(doc: CellDocument, row: CellRow, view: CellView): HTMLElement {
  if (row.kind === 'slot') {
    const item = element(doc, 'li', 'slot');
    // The level is a checked 1…6 (headingLevel), never data.
    const heading = doc.createElement(`h${row.level}`);
    heading.className = 'heading';
    heading.textContent = row.label;
    item.append(heading);
    return item;
  }
  const session = sessionOf(row)!;
  const item = element(doc, 'li', row.kind === 'grid' ? 'cell' : 'row');
  const href = hrefFor(view.sessionHref, session.id);
  // A break has nothing to open or save: its words in a box that keeps the tab stop when the arrows reach it, without a star,
  // heard as what it looks like among the sessions, one that does nothing (a focused box of no role would have no name).
  const closed = isBreak(session);
  const button = closed ? element(doc, 'div', 'session break') : href ? element(doc, 'a', 'session') : element(doc, 'button', 'session');
  if (closed) {
    button.setAttribute('role', 'button');
    button.setAttribute('aria-disabled', 'true');
  } else if (href) button.setAttribute('href', href);
  else button.setAttribute('type', 'button');
  button.setAttribute('part', 'session');
  button.dataset['sessionId'] = session.id;
  const colors = trackColors(session);
  if (colors) {
    button.classList.add('tracked');
    // On the item, so that the save toggle beside the button takes the track's colours too.
    for (const [name, value] of Object.entries(colors)) item.style.setProperty(name, value);
  }
  item.append(button);
  if (closed) return item;
  const save = element(doc, 'button', 'save-toggle');
  save.setAttribute('type', 'button');
  save.setAttribute('part', 'save-toggle');
  save.dataset['saveId'] = session.id;
  item.append(save);
  return item;
}

/**
 * Places a grid cell: its start and width in columns (the styles' `--_column`), its top and height
 * in pixels, as properties of its own. Custom properties read by the styles would be inherited by
 * everything in the cell, making every cell's descendants' styles unlike any other's: a restyle of
 * the whole grid (as when the dialog closes and the page stops being inert) took about 10% longer.
 * The same height is its least height, for when it grows under the pointer or focus (see the styles).
 */
function place(node: HTMLElement, item: GridItem): void {
  const width = item.span / item.lanes;
  const height = `${item.height * MINUTE_PX}px`;
  node.style.setProperty('inset-inline-start', `calc(${item.column + item.lane * width} * var(--_column))`);
  node.style.setProperty('inline-size', `calc(${width} * var(--_column))`);
  node.style.setProperty('inset-block-start', `${item.top * MINUTE_PX}px`);
  node.style.setProperty('block-size', height);
  node.style.setProperty('min-block-size', height);
  // Its edges cut at the day's start or end (it runs in from the day before, or on into the next) are drawn so.
  const cut = item.cutStart ? (item.cutEnd ? 'start end' : 'start') : item.cutEnd ? 'end' : '';
  if (cut) node.setAttribute('data-cut', cut);
  else node.removeAttribute('data-cut');
  node.toggleAttribute('data-wide', width > 1);
}

/** Brings a cell up to date with its row and the view, touching only what changed. */
function refresh(cell: Cell, row: CellRow, view: CellView): void {
  const previous = cell.row;
  cell.row = row;
  if (row.kind === 'slot') return;
  if (row.kind === 'grid' && (previous === row ? cell.session === undefined : previous.kind !== 'grid' || previous.item !== row.item)) {
    place(cell.node, row.item);
  }
  const session = sessionOf(row)!;
  const button = cell.node.firstChild as HTMLElement;
  const save = cell.node.lastChild as HTMLElement;
  const status = sessionStatus(session, view.now);
  const saved = view.saved.has(session.id);
  if (cell.session !== session || cell.t !== view.t || cell.locale !== view.locale || cell.zone !== view.zone || cell.status !== status || cell.saved !== saved) {
    fillSession(button, session, view, row.kind === 'list', status, saved);
    if (save !== button) fillSave(save, session, view, saved);
    Object.assign(cell, { session, t: view.t, locale: view.locale, zone: view.zone, status, saved });
  }
  const tabbable = session.id === view.activeId;
  if (cell.tabbable !== tabbable) {
    button.tabIndex = save.tabIndex = tabbable ? 0 : -1;
    cell.tabbable = tabbable;
  }
}

/**
 * The cells of one container, kept by key. {@link show} brings them in line with the rows (cells
 * of rows that are gone are removed, the others updated in place, new ones built: those `first`
 * accepts at once, the rest while the page is idle); {@link element} builds a cell at once when
 * something needs it (focus, a scroll to it); {@link flush} builds every one.
 */
export class SessionCells {
  private readonly cells = new Map<string, Cell>();
  private container?: Node;
  private end: Node | null = null;
  private rows: readonly CellRow[] = [];
  private view?: CellView;
  /** Every row from this index on has its cell; some below may not yet. */
  private missingBelow = 0;
  private idle = false;

  /** Shows `rows` in `container` before `end`: the cells `first` accepts now, the others soon. */
  show(container: Node, end: Node | null, rows: readonly CellRow[], view: CellView, first: (index: number) => boolean): void {
    if (container !== this.container || view.sessionHref !== this.view?.sessionHref) {
      // Sessions turn from buttons into links or back: every cell is built again.
      for (const cell of this.cells.values()) cell.node.remove();
      this.cells.clear();
      this.container = container;
    }
    this.end = end;
    if (rows === this.rows && view === this.view) return;
    const wanted = new Set<string>();
    for (const row of rows) wanted.add(keyOf(row));
    for (const [key, cell] of this.cells) {
      if (!wanted.has(key)) {
        cell.node.remove();
        this.cells.delete(key);
      }
    }
    this.rows = rows;
    this.view = view;
    // From the end down, each cell goes before its successor's node.
    let next = end;
    let missing = -1;
    for (let index = rows.length - 1; index >= 0; index--) {
      const row = rows[index]!;
      const cell = this.cells.get(keyOf(row)) ?? (first(index) ? this.create(row, next) : undefined);
      if (cell) {
        refresh(cell, row, view);
        next = cell.node;
      } else if (missing < 0) {
        missing = index;
      }
    }
    this.missingBelow = missing + 1;
    if (this.missingBelow > 0) this.buildWhenIdle();
  }

  /** The cell of a session, built now if it was not yet. */
  element(sessionId: string): HTMLElement | undefined {
    const existing = this.cells.get(sessionId);
    if (existing) return existing.node;
    const index = this.rows.findIndex((row) => row.kind !== 'slot' && keyOf(row) === sessionId);
    const row = this.rows[index];
    if (!row || !this.view) return undefined;
    const cell = this.create(row, this.nodeAfter(index));
    refresh(cell, row, this.view);
    return cell.node;
  }

  /** Builds every cell now. */
  flush(): void {
    this.fill(() => true);
  }

  /** Whether every row has its cell. */
  get complete(): boolean {
    return this.missingBelow === 0;
  }

  private create(row: CellRow, before: Node | null): Cell {
    const cell: Cell = { node: createNode(document, row, this.view!), row };
    this.cells.set(keyOf(row), cell);
    this.container!.insertBefore(cell.node, before);
    return cell;
  }

  /**
   * Builds the missing cells from {@link missingBelow} down while `hasTime` (at least one, so that
   * every slice gets on), at most `limit` of them.
   */
  private fill(hasTime: () => boolean, limit = Infinity): void {
    const view = this.view;
    if (!view) return;
    let next = this.nodeAfter(this.missingBelow - 1);
    let built = 0;
    for (let index = this.missingBelow - 1; index >= 0; index--) {
      const row = this.rows[index]!;
      let cell = this.cells.get(keyOf(row));
      if (!cell) {
        if (built > 0 && (built >= limit || !hasTime())) return;
        built++;
        cell = this.create(row, next);
        refresh(cell, row, view);
      }
      next = cell.node;
      this.missingBelow = index;
    }
  }

  /** The node of the first row after `index` that has its cell, or the container's end. */
  private nodeAfter(index: number): Node | null {
    for (let at = index + 1; at < this.rows.length; at++) {
      const cell = this.cells.get(keyOf(this.rows[at]!));
      if (cell) return cell.node;
    }
    return this.end;
  }

  private buildWhenIdle(): void {
    if (this.idle) return;
    this.idle = true;
    const step = (hasTime: () => boolean): boolean => {
      this.fill(hasTime, CELLS_PER_SLICE);
      this.idle = this.missingBelow > 0;
      return !this.idle;
    };
    const wanted = (): boolean => {
      if (this.container?.isConnected) return true;
      this.idle = false;
      return false;
    };
    inIdleSlices(step, wanted, 500);
  }
}

/** On a server: the document cells are built with there, and what turns the built cells into a template's value. */
export interface ServerCells {
  readonly document: CellDocument;
  readonly write: (nodes: readonly HTMLElement[]) => unknown;
}

let serverCells: ServerCells | undefined;

/**
 * @internal Called by the CLI's `render` before it renders a timeline: every row's cell is then
 * written at once, built by the same code as in the browser, so the page shows with scripts off
 * what the script shows when it takes over.
 */
export function provideServerCells(cells: ServerCells): void {
  serverCells = cells;
}

class SessionCellsDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('sessionCells() belongs in a child position: <ul>${sessionCells(…)}</ul>');
  }

  render(_cells: SessionCells, rows: readonly CellRow[], view: CellView, _first: (index: number) => boolean): unknown {
    if (!isServer || !serverCells) return noChange; // in a browser, update() builds the cells
    const { document: doc, write } = serverCells;
    return write(
      rows.map((row) => {
        const cell: Cell = { node: createNode(doc, row, view), row };
        refresh(cell, row, view);
        return cell.node;
      }),
    );
  }

  override update(part: ChildPart, [cells, rows, view, first]: Parameters<this['render']>): typeof noChange {
    cells.show(part.parentNode, part.endNode, rows, view, first);
    return noChange;
  }
}

/** The cells of `rows`, kept by `cells` (which the element owns, to focus or flush them). */
export const sessionCells = directive(SessionCellsDirective);
