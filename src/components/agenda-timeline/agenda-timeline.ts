import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { SavedController } from '../../controllers/saved-store.js';
import { resolveZone, zoneName } from '../../data/format.js';
import type { Schedule, Session } from '../../data/model.js';
import type { FeedProgress } from '../../data/normalize.js';
import { eventStatus, liveSessions, nextSessions } from '../../data/status.js';
import { dayKey } from '../../data/time.js';
import { SessionSaveEvent } from '../../events/session-save-event.js';
import { SessionSelectEvent } from '../../events/session-select-event.js';
import { formatNumber, messagesFor } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { inIdleSlices } from '../../internal/idle.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { headingLevel } from '../session-card/session-card.templates.js';
import { ScheduleElement } from '../shared/schedule-element.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
import { agendaTimelineMessages, type AgendaTimelineText } from './agenda-timeline.messages.js';
import { agendaTimelineStyles } from './agenda-timeline.styles.js';
import {
  axisLabels,
  gridItems,
  listRow,
  listRows,
  nowAndNext,
  printList,
  runOfShow,
  shortDay,
  type GridGeometry,
  type ListRow,
  type TimelineView,
} from './agenda-timeline.templates.js';
import { compileFilter, facets, filterKey, isFiltering, narrows, NO_FILTER, searchText, type FilterState } from './filter.js';
import { hourTicks, layoutDay, neighbour, visibleItems, type DayLayout, type GridMove } from './layout.js';
import { loadLayoutChoice, saveLayoutChoice } from './layout-choice.js';
import { readUrlState, sessionFragment, sessionIdFromHash, writeUrlState, type TimelineLayout, type ZoneMode } from './url-state.js';

/** What the `layout` attribute accepts: a layout, or `auto` (grid when wide, list when narrow). */
export type AgendaTimelineLayout = TimelineLayout | 'auto';

/** Below this container width, `auto` shows the list. */
const NARROW_PX = 720;
/** Grid geometry: an hour is 120 px tall; columns at least 11.5 rem; the axis 4 rem; the room header 3 rem. */
const MINUTE_PX = 2;
const MIN_COLUMN_PX = 184;
const AXIS_PX = 64;
const HEAD_PX = 48;
/** The shortest drawn session, in minutes, so a 5-minute item keeps a readable box. */
const MIN_MINUTES = 20;
/**
 * How far past the viewport the grid renders, in pixels and columns (so a fast scroll shows no
 * holes): not for the first paint of a day, a zone or a layout, which shows only what is on
 * screen, but from the next idle moment on.
 */
const OVERSCAN_PX = 240;
const OVERSCAN_COLUMNS = 1;
/** How long the URL waits after the last change before it is rewritten (typing is not history). */
const URL_DELAY_MS = 250;
/** How many cached filter results and layouts one schedule keeps. */
const CACHE_LIMIT = 24;
/** "Happening now" and "Up next" show this many sessions each. */
const NOW_NEXT_LIMIT = 6;
/** The saved ids before the schedule (and so the event's saved list) is known. */
const NONE_SAVED: readonly string[] = Object.freeze([]);

/** The sessions matching one filter, overall (in session order) and per day. */
interface FilterResult {
  readonly count: number;
  readonly matches: readonly Session[];
  readonly byDay: ReadonlyMap<string, readonly Session[]>;
  readonly test: (session: Session) => boolean;
}

/** The scrolled window of the grid, in pixels. */
interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Per schedule: filter results and day layouts, computed once. */
const caches = new WeakMap<Schedule, Map<string, FilterResult | DayLayout>>();

function cached<T extends FilterResult | DayLayout>(schedule: Schedule, key: string, make: () => T): T {
  let cache = caches.get(schedule);
  if (!cache) {
    cache = new Map();
    caches.set(schedule, cache);
  }
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** Resolves after `frames` animation frames. */
function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/** The place of an IANA zone in words: `Europe/Istanbul` → `Istanbul`. */
function placeOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/**
 * The whole programme, usable on a phone and fast at 10,000 sessions. Days are tabs; within a
 * day, a **grid** (rooms as columns, time running down, parallel sessions side by side, sticky
 * room headers and time axis, a now-line) or a **list** grouped by start time. Both render only
 * what is on screen. Search (accent- and case-insensitive), filters by track, room, type, speaker
 * and saved sessions, a switch between the venue's clock and the viewer's, "Happening now / Up
 * next" while the event runs. The state lives in the URL (`st-` parameters) so a view can be
 * shared, and `#session-<id>` opens a session in a dialog.
 *
 * With `session-id`, it shows that session's inner agenda as a run of show instead.
 *
 * Keyboard: one tab stop in the grid; arrow keys move between sessions (Left and Right to the
 * nearest session in the neighbouring room, Up and Down within the room), Home and End to the
 * day's first and last; Enter opens; Escape closes. Day tabs follow the ARIA tabs pattern.
 *
 * @summary The whole programme by day, as a grid of rooms or a list, with search, filters and deep links.
 * @tag agenda-timeline
 *
 * @csspart base - The timeline's wrapper.
 * @csspart toolbar - The row of search, filters, layout and time-zone controls.
 * @csspart search - The search input.
 * @csspart filters - The panel of facet filters.
 * @csspart layout-toggle - The grid and list buttons.
 * @csspart zone-toggle - The venue-time and your-time buttons.
 * @csspart day-tabs - The tab list of days.
 * @csspart day-tab - One day's tab.
 * @csspart now-next - The "Happening now" and "Up next" lists.
 * @csspart grid - The grid's scrolling box.
 * @csspart list - The list's scrolling box.
 * @csspart session - One session's button in the grid or the list.
 * @csspart now-line - The line across the grid at the current time.
 * @csspart dialog - The dialog that shows a session in full.
 * @csspart title - The session's title in the run of show.
 * @csspart time - The session's day and time in the run of show.
 * @csspart agenda - The run of show's list of items.
 * @csspart state - The loading, error, empty or not-found message.
 *
 * @cssprop [--schedule-agenda-timeline-height=min(80vh, 48rem)] - The height of the grid's and the list's scrolling box.
 * @cssprop [--schedule-agenda-timeline-now=the live colour] - The now-line's colour.
 *
 * @fires {SessionSelectEvent} session-select - The person opened a session (click or Enter).
 * @fires {SessionSaveEvent} session-save - The person saved or unsaved a session in the dialog (from its card; cancelable).
 */
export class AgendaTimelineElement extends ScheduleElement {
  static override styles = [sharedStyles, agendaTimelineStyles];

  /** @internal */
  private readonly clock = new ClockController(this);

  /** @internal The person's saved sessions of the event, kept in the browser (after the feed controller, which settles the schedule). */
  private readonly savedList = new SavedController(this, () => this.data.schedule);

  /** @internal The ids a framework set as `saved`, which win over the saved list. */
  private savedOverride?: readonly string[] | ReadonlySet<string>;

  /** @internal Watches the element's width (list or grid) and the grid's box (what is on screen). */
  private readonly resizeObserver = new ResizeObserver((entries) => this.handleResize(entries));

  /** @internal */
  private readonly handleHashChange = (): void => {
    this.data.finish(); // the linked session may be on a day the preview lacks
    this.openFromHash();
  };

  /** @internal */
  private readonly handlePrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
  };

  /** @internal The schedule whose URL, stored and deep-link state has been applied. */
  private initializedFor?: Schedule;

  /** @internal The day and layout the scroll position was last set for. */
  private scrolledFor?: string;

  /** @internal */
  private pendingFrame = 0;

  /** @internal The column of the last single-room session the keyboard was on, for moving on from a spanning one. */
  private keyboardColumn = 0;

  /** @internal */
  private urlTimer?: ReturnType<typeof setTimeout>;

  /** @internal The saved ids as a set. */
  private savedSet: ReadonlySet<string> = new Set();

  /** @internal The `saved` value the set was made from. */
  private savedSource?: unknown;

  /** @internal The last filter applied, whose matches the next keystroke narrows instead of testing every session. */
  private lastFilter?: {
    readonly schedule: Schedule;
    readonly filter: FilterState;
    readonly saved: ReadonlySet<string>;
    readonly result: FilterResult;
  };

  /** @internal */
  @query('.grid') private gridBox?: HTMLElement;

  /** @internal */
  @query('.list') private listBox?: HTMLElement;

  /** @internal */
  @query('dialog') private dialog?: HTMLDialogElement;

  /** @internal The selected day (`yyyy-MM-dd`). */
  @state() private day?: string;

  /** @internal */
  @state() private filter: FilterState = NO_FILTER;

  /** @internal */
  @state() private filtersOpen = false;

  /** @internal The person's layout (from the toggle, the URL or storage), which wins over `layout`. */
  @state() private layoutChoice?: TimelineLayout;

  /** @internal Whose clock the times are in. */
  @state() private zoneMode: ZoneMode = 'event';

  /** @internal Whether the element is narrower than {@link NARROW_PX}. */
  @state() private narrow = false;

  /** @internal */
  @state() private viewport: Viewport = { x: 0, y: 0, width: 1024, height: 768 };

  /** @internal Whether the grid renders past the viewport ({@link OVERSCAN_PX}). */
  @state() private withOverscan = false;

  /** @internal Whether an idle callback will turn {@link withOverscan} on. */
  private overscanPending = false;

  /** @internal The session holding the grid's tab stop. */
  @state() private activeId?: string;

  /** @internal The session shown in the dialog. */
  @state() private openId?: string;

  /** @internal Whether the page is being printed (the day is then rendered whole, as a list). */
  @state() private printing = false;

  /** Show this session's inner agenda as a run of show instead of the programme. */
  @property({ attribute: 'session-id' }) sessionId?: string;

  /** `grid`, `list`, or `auto`: the grid when the element is at least 720 px wide, else the list. The person's own choice, kept per event, wins. */
  @property() layout: AgendaTimelineLayout = 'auto';

  /** The level of the headings (time slots, "Happening now", the run of show's title), 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The ids of the sessions in the person's schedule (an array or a set). By default the person's saved
   * list for the event, kept in the browser and shared with `<session-card>`, `<my-schedule>` and other
   * tabs. Set it to show your own list instead (saving in the dialog then updates it); set `undefined`
   * to follow the saved list again.
   */
  @property({ attribute: false })
  get saved(): readonly string[] | ReadonlySet<string> {
    return this.savedOverride ?? this.savedList.store?.ids ?? NONE_SAVED;
  }
  set saved(ids: readonly string[] | ReadonlySet<string> | undefined) {
    this.savedOverride = ids;
  }

  /** A fixed clock (a `Date` or epoch milliseconds) for the now-line and live states. Default: the real time. */
  @property({ attribute: false }) now?: Date | number;

  /** Keep the day, filters, layout and zone out of the page's URL (for a second timeline on one page). */
  @property({ type: Boolean, attribute: 'without-url-state' }) withoutUrlState = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    cancelAnimationFrame(this.pendingFrame);
    clearTimeout(this.urlTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new day, zone or layout: paint what is on screen first, the margin around it after.
    if (['day', 'zoneMode', 'layoutChoice'].some((key) => changed.has(key))) this.withOverscan = false;
  }

  protected override update(changed: PropertyValues): void {
    this.takeSchedule();
    // A preview has only the days its first paint needs: a search, the filters or another day need the whole.
    if (this.data.partial && (isFiltering(this.filter) || this.filtersOpen || (this.day !== undefined && !this.data.covers(this.day)))) {
      this.data.finish();
      this.takeSchedule();
    }
    if (this.saved !== this.savedSource) {
      this.savedSource = this.saved;
      this.savedSet = new Set(this.saved);
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    const box = this.gridBox;
    if (box && !box.dataset['observed']) {
      box.dataset['observed'] = 'true';
      this.resizeObserver.observe(box);
      // Window the grid to its real box before the first paint, not a frame later (the observer reports after paint).
      this.readViewport();
    }
    if (box && !this.withOverscan) this.addOverscanSoon();
    if (changed.has('openId')) this.syncDialog();
    if (['day', 'filter', 'layoutChoice', 'zoneMode'].some((key) => changed.has(key))) this.scheduleUrlWrite();
    const target = `${this.day}|${this.currentLayout}`;
    if (this.day && this.scrolledFor !== target && this.data.schedule) {
      this.scrolledFor = target;
      void this.scrollToStart();
    }
  }

  /** Applies the first state once per schedule; the feed controller has settled it by now (it runs after willUpdate). */
  private takeSchedule(): void {
    const schedule = this.data.schedule;
    if (!schedule || schedule === this.initializedFor) return;
    const same = this.initializedFor && this.eventKey(this.initializedFor) === this.eventKey(schedule);
    if (same) this.adopt(schedule);
    else this.initialize(schedule);
  }

  /**
   * @internal The days the first paint of a big feed may show (see `initialize`): the URL's, the
   * deep-linked session's, today's and the first; for `session-id`, that session's; after a refresh,
   * the day the person is on.
   */
  previewDays(progress: FeedProgress): string[] {
    const days = [dayKey(this.clock.now, progress.event.timeZone), ...progress.days.slice(0, 1)];
    if (this.day) days.push(this.day);
    const fromUrl = this.withoutUrlState ? undefined : readUrlState(new URLSearchParams(location.search)).day;
    if (fromUrl) days.push(fromUrl);
    for (const id of [this.sessionId, sessionIdFromHash(location.hash)]) {
      const day = id === undefined ? undefined : progress.dayOf(id);
      if (day) days.push(day);
    }
    return days;
  }

  /** Applies the URL's state, the stored layout, today or the first day, and a deep link. */
  private initialize(schedule: Schedule): void {
    this.initializedFor = schedule;
    const fromUrl = this.withoutUrlState ? undefined : readUrlState(new URLSearchParams(location.search));
    const days = schedule.days.map((day) => day.date);
    const today = dayKey(this.clock.now, schedule.event.timeZone);
    const running = eventStatus(schedule, this.clock.now) === 'live' && days.includes(today);
    this.day = fromUrl?.day && days.includes(fromUrl.day) ? fromUrl.day : running ? today : days[0];
    this.filter = fromUrl && isFiltering(fromUrl.filter) ? fromUrl.filter : NO_FILTER;
    this.layoutChoice = fromUrl?.layout ?? loadLayoutChoice(this.eventKey(schedule));
    const requested = resolveZone(this.timeZone, schedule.event.timeZone);
    this.zoneMode = fromUrl?.zone ?? (requested.source === 'event' ? 'event' : 'viewer');
    this.scrolledFor = undefined;
    this.openFromHash();
    this.warmSearch(schedule);
  }

  /**
   * Moves to a newer schedule of the same event (a refresh): the person's day, filters, layout, zone,
   * open session and scroll position stay; only a day or a session that is gone is let go.
   */
  private adopt(schedule: Schedule): void {
    this.initializedFor = schedule;
    const days = schedule.days.map((day) => day.date);
    if (this.day && !days.includes(this.day)) this.day = days[0];
    if (this.openId && !schedule.sessionsById.has(this.openId)) this.openId = undefined;
    if (this.activeId && !schedule.sessionsById.has(this.activeId)) this.activeId = undefined;
    this.warmSearch(schedule);
  }

  /** Folds every session's search text while the page is idle, a slice at a time, so the first keystroke is as fast as the rest. */
  private warmSearch(schedule: Schedule): void {
    const { sessions } = schedule;
    let next = 0;
    inIdleSlices(
      (hasTime) => {
        while (next < sessions.length && hasTime()) searchText(sessions[next++]!);
        return next === sessions.length;
      },
      () => this.initializedFor === schedule && this.isConnected,
    );
  }

  /** Turns the grid's margin past the viewport on once the page is idle (after the first paint). */
  private addOverscanSoon(): void {
    if (this.overscanPending) return;
    this.overscanPending = true;
    const add = (): boolean => {
      this.overscanPending = false;
      this.withOverscan = true;
      return true;
    };
    inIdleSlices(add, undefined, 500);
  }

  /** Opens the session named by the page's `#session-<id>`, on its day. */
  private openFromHash(): void {
    const id = sessionIdFromHash(location.hash);
    const session = id === undefined ? undefined : this.data.schedule?.sessionsById.get(id);
    if (!session || this.sessionId) return;
    this.day = session.day;
    this.activeId = session.id;
    this.openId = session.id;
    this.scrolledFor = undefined;
  }

  private eventKey(schedule: Schedule): string {
    return schedule.event.id ?? schedule.event.name;
  }

  /** The layout in effect: the person's choice, else the `layout` property, else by width. */
  private get currentLayout(): TimelineLayout {
    if (this.layoutChoice) return this.layoutChoice;
    if (this.layout === 'grid' || this.layout === 'list') return this.layout;
    return this.narrow ? 'list' : 'grid';
  }

  /** The zone times are shown in, and the other one the toggle offers. */
  private zones(schedule: Schedule): { shown: string; venue: string; other: string; otherIsViewer: boolean } {
    const venue = schedule.event.timeZone;
    const requested = resolveZone(this.timeZone, venue);
    const other = requested.source === 'custom' ? requested.zone : resolveZone('local', venue).zone;
    return { shown: this.zoneMode === 'viewer' ? other : venue, venue, other, otherIsViewer: requested.source !== 'custom' };
  }

  private filterResult(schedule: Schedule): FilterResult {
    const key = `filter|${filterKey(this.filter, this.savedSet)}`;
    const result = cached(schedule, key, (): FilterResult => {
      const test = compileFilter(this.filter, this.savedSet);
      const { sessions } = schedule;
      if (!isFiltering(this.filter)) return { count: sessions.length, matches: sessions, byDay: schedule.byDay, test };
      // Typing on narrows the last result: only what it let through can match the longer query.
      const last = this.lastFilter;
      const narrowing = last?.schedule === schedule && last.saved === this.savedSet && narrows(last.filter, this.filter);
      const matches = (narrowing ? last.result.matches : sessions).filter(test);
      const byDay = new Map<string, Session[]>();
      for (const session of matches) {
        const list = byDay.get(session.day);
        if (list) list.push(session);
        else byDay.set(session.day, [session]);
      }
      return { count: matches.length, matches, byDay, test };
    });
    this.lastFilter = { schedule, filter: this.filter, saved: this.savedSet, result };
    return result;
  }

  private dayLayout(schedule: Schedule, day: string, sessions: readonly Session[], zone: string): DayLayout {
    const key = `layout|${day}|${zone}|${filterKey(this.filter, this.savedSet)}`;
    return cached(schedule, key, () => layoutDay(sessions, schedule.rooms, { zone, minMinutes: MIN_MINUTES }));
  }

  private geometry(layout: DayLayout): GridGeometry {
    const columns = Math.max(1, layout.columns.length);
    const columnPx = Math.max(MIN_COLUMN_PX, Math.floor((this.viewport.width - AXIS_PX) / columns));
    return { minutePx: MINUTE_PX, columnPx, headPx: HEAD_PX, axisPx: AXIS_PX };
  }

  private handleResize(entries: readonly ResizeObserverEntry[]): void {
    const width = entries.find((entry) => entry.target === this)?.contentRect.width;
    if (width !== undefined) this.narrow = width < NARROW_PX;
    // Read the grid's box on the next frame, not inside the observer (which would report a resize loop).
    requestAnimationFrame(() => this.readViewport());
  }

  /** Reads the grid's scroll position and size (once per frame while scrolling). */
  private handleScroll(): void {
    if (this.pendingFrame) return;
    this.pendingFrame = requestAnimationFrame(() => {
      this.pendingFrame = 0;
      this.readViewport();
    });
  }

  private readViewport(): void {
    const box = this.gridBox;
    if (!box) return;
    const next = { x: Math.abs(box.scrollLeft), y: box.scrollTop, width: box.clientWidth, height: box.clientHeight };
    const current = this.viewport;
    if (next.x !== current.x || next.y !== current.y || next.width !== current.width || next.height !== current.height) {
      this.viewport = next;
    }
  }

  private selectDay(day: string): void {
    if (day === this.day) return;
    this.day = day;
    this.activeId = undefined;
  }

  /** Arrow keys, Home and End move between the day tabs (and select them), mirrored right to left. */
  private moveDayTab(event: KeyboardEvent, days: readonly string[]): void {
    const index = days.indexOf(this.day ?? '');
    const forward = this.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const target =
      event.key === forward ? (index + 1) % days.length
      : event.key === backward ? (index - 1 + days.length) % days.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? days.length - 1
      : -1;
    if (target < 0) return;
    event.preventDefault();
    this.selectDay(days[target]!);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  private search(event: Event): void {
    this.filter = { ...this.filter, q: (event.target as HTMLInputElement).value };
    this.activeId = undefined;
  }

  private setFacet(facet: 'track' | 'room' | 'type' | 'speaker', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filter = { ...this.filter, [facet]: value === '' ? undefined : value };
    this.activeId = undefined;
  }

  private toggleSavedOnly(event: Event): void {
    this.filter = { ...this.filter, savedOnly: (event.target as HTMLInputElement).checked };
    this.activeId = undefined;
  }

  private clearFilters(): void {
    this.filter = NO_FILTER;
    this.activeId = undefined;
  }

  private toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  private chooseLayout(layout: TimelineLayout): void {
    this.layoutChoice = layout;
    const schedule = this.data.schedule;
    if (schedule) saveLayoutChoice(this.eventKey(schedule), layout);
  }

  private chooseZone(mode: ZoneMode): void {
    this.zoneMode = mode;
  }

  /** Opens a session the person chose: fires `session-select`, then shows it in the dialog. */
  private openSession(session: Session): void {
    this.dispatchEvent(new SessionSelectEvent(session));
    this.day = session.day;
    this.activeId = session.id;
    this.openId = session.id;
  }

  /** A click on a session's button (the grid and the list delegate to their container). */
  private openClicked(event: Event): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-session-id]');
    const session = button && this.data.schedule?.sessionsById.get(button.dataset['sessionId']!);
    if (session) this.openSession(session);
  }

  /** Arrow keys, Home and End in the grid or the list. */
  private moveFocus(event: KeyboardEvent, layout: DayLayout, sessions: readonly Session[]): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-session-id]');
    if (!button) return;
    const id = button.dataset['sessionId']!;
    const rtl = this.direction === 'rtl';
    const moves: Record<string, GridMove> = {
      ArrowDown: 'down',
      ArrowUp: 'up',
      ArrowRight: rtl ? 'previous-column' : 'next-column',
      ArrowLeft: rtl ? 'next-column' : 'previous-column',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    let target: Session | undefined;
    if (this.currentLayout === 'grid') {
      const item = layout.items.find((candidate) => candidate.session.id === id);
      if (item && item.span === 1) this.keyboardColumn = item.column;
      const landed = item && neighbour(layout, item, move, this.keyboardColumn);
      if (landed?.span === 1) this.keyboardColumn = landed.column;
      target = landed?.session;
    } else {
      const index = sessions.findIndex((session) => session.id === id);
      const listTargets: Partial<Record<GridMove, number>> = { down: index + 1, up: index - 1, first: 0, last: sessions.length - 1 };
      target = sessions[listTargets[move] ?? -1];
    }
    if (target) void this.focusSession(target.id);
  }

  /** Moves the tab stop to a session, brings it on screen and focuses it. */
  private async focusSession(id: string): Promise<void> {
    this.activeId = id;
    await this.updateComplete;
    const selector = `[data-session-id="${CSS.escape(id)}"]`;
    if (this.currentLayout === 'list') await this.revealInList(id, selector);
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Scrolls the virtualized list until the session's row is rendered. */
  private async revealInList(id: string, selector: string): Promise<void> {
    const host = this.listBox as (HTMLElement & VirtualizerHostElement) | undefined;
    const rows = host ? this.currentRows() : [];
    const index = rows.findIndex((row) => row.kind === 'session' && row.session.id === id);
    if (!host || index < 0) return;
    // The virtualizer lays out on the next frames; ask it to scroll once it can, until the row is there.
    for (let attempt = 0; attempt < 10 && !this.renderRoot.querySelector(selector); attempt++) {
      await frames(1);
      host[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** The list rows of the selected day (as rendered). */
  private currentRows(): ListRow[] {
    const schedule = this.data.schedule;
    return schedule && this.day ? listRows(this.filterResult(schedule).byDay.get(this.day) ?? []) : [];
  }

  /** Shows or closes the dialog to match `openId`, and keeps the URL's fragment in step. */
  private syncDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.openId && !dialog.open) {
      dialog.showModal();
      this.replaceUrl(undefined, `#${sessionFragment(this.openId)}`);
    } else if (!this.openId && dialog.open) {
      dialog.close();
    }
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  /** After the dialog closed (Escape, the close button, the backdrop): clear the fragment, focus the session again. */
  private handleDialogClose(): void {
    const id = this.openId;
    this.openId = undefined;
    if (sessionIdFromHash(location.hash) !== undefined) this.replaceUrl(undefined, '');
    if (id) void this.focusSession(id);
  }

  /** A click on the dialog itself, outside its content, is a click on the backdrop. */
  private closeOnBackdrop(event: MouseEvent): void {
    if (event.target === this.dialog) this.closeDialog();
  }

  /** A card in the dialog saved or unsaved its session: keep the page's own set, unless a listener cancelled it (the saved list keeps itself). */
  private handleSave(event: SessionSaveEvent): void {
    if (this.savedOverride === undefined) return;
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const next = new Set(this.savedSet);
      if (event.saved) next.add(event.session.id);
      else next.delete(event.session.id);
      this.saved = [...next];
    });
  }

  /** Scrolls a new day or layout to now (while it runs), to a deep-linked session, or to the top. */
  private async scrollToStart(): Promise<void> {
    await this.updateComplete;
    const schedule = this.data.schedule;
    if (!schedule || !this.day) return;
    const now = this.clock.now;
    if (this.activeId) {
      await this.focusTarget(this.activeId, this.openId === undefined);
      return;
    }
    const sessions = this.filterResult(schedule).byDay.get(this.day) ?? [];
    const layout = this.dayLayout(schedule, this.day, sessions, this.zones(schedule).shown);
    const inDay = sessions.length > 0 && now >= layout.startMs && now <= layout.endMs;
    const box = this.gridBox ?? this.listBox;
    if (!box) return;
    if (this.currentLayout === 'grid') {
      // Already at the top (a new grid): touching the box would only force another layout before the first paint.
      if (!inDay && this.viewport.y === 0) return;
      box.scrollTop = inDay ? Math.max(0, ((now - layout.startMs) / 60_000) * MINUTE_PX - box.clientHeight / 3) : 0;
      // Render the new window in this frame rather than after the scroll event's.
      this.readViewport();
      return;
    }
    box.scrollTop = 0;
    if (inDay) {
      const current = sessions.find((session) => session.endMs > now);
      if (current) await this.focusTarget(current.id, false);
    }
  }

  /** Brings a session on screen, focusing it when asked. */
  private async focusTarget(id: string, focus: boolean): Promise<void> {
    const selector = `[data-session-id="${CSS.escape(id)}"]`;
    if (this.currentLayout === 'list') await this.revealInList(id, selector);
    const button = this.renderRoot.querySelector<HTMLElement>(selector);
    const box = this.gridBox ?? this.listBox;
    if (!button || !box) return;
    // Centre it in the timeline's own box; the page itself does not jump.
    const outer = box.getBoundingClientRect();
    const inner = button.getBoundingClientRect();
    box.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2;
    box.scrollLeft += inner.left - outer.left - (outer.width - inner.width) / 2;
    if (focus) button.focus({ preventScroll: true });
  }

  /** Writes the state to the URL a moment after the last change, with replaceState (no history spam). */
  private scheduleUrlWrite(): void {
    if (this.withoutUrlState || !this.data.schedule) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const params = writeUrlState(new URLSearchParams(location.search), {
        day: this.day,
        layout: this.layoutChoice,
        zone: this.zoneMode === 'viewer' ? 'viewer' : undefined,
        filter: this.filter,
      });
      this.replaceUrl(params, undefined);
    }, URL_DELAY_MS);
  }

  /** Replaces the current history entry's query and/or fragment, leaving the rest of the URL alone. */
  private replaceUrl(params: URLSearchParams | undefined, hash: string | undefined): void {
    const url = new URL(location.href);
    if (params) url.search = params.toString();
    if (hash !== undefined) url.hash = hash;
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const feedState = this.renderFeedState();
    const schedule = this.data.schedule;
    if (feedState !== nothing || !schedule) return html`<div lang=${locale} dir=${this.direction}>${feedState}</div>`;
    const t = messagesFor(agendaTimelineMessages, locale);
    const zones = this.zones(schedule);
    const view: TimelineView = {
      schedule,
      t,
      locale,
      zone: this.sessionId ? this.zoneFor(schedule.event.timeZone) : zones.shown,
      level: headingLevel(this.headingLevel),
      now: this.clock.now,
      saved: this.savedSet,
      activeId: this.activeId,
    };
    if (this.sessionId) {
      const session = schedule.sessionsById.get(this.sessionId);
      return html`<article part="base" class="base run-of-show" lang=${locale} dir=${this.direction}>
        ${this.renderZoneNotice(schedule.event.timeZone)}
        ${session ? runOfShow(view, session) : this.renderError(this.commonText.sessionNotFound(this.sessionId, this.sourceLabel))}
      </article>`;
    }
    const result = this.filterResult(schedule);
    const sessions = (this.day && result.byDay.get(this.day)) || [];
    return html`<div part="base" class="base" lang=${locale} dir=${this.direction}>
      ${this.renderZoneNotice(schedule.event.timeZone)} ${this.renderToolbar(view, zones)}
      ${this.filtersOpen ? this.renderFilters(t, schedule) : nothing}
      <p class="summary">
        <span class="zone-caption">${this.zoneCaption(t, zones)}</span>
        <span class="count" role="status">${this.countText(t, locale, result, sessions.length)}</span>
      </p>
      ${this.renderNowNext(view, schedule, result)} ${schedule.sessions.length === 0
        ? html`<p class="state" part="state">${t.noSessions}</p>`
        : this.renderDays(view, schedule, result, sessions)}
      ${this.printing && this.day ? printList(view, this.day, sessions) : nothing} ${this.renderDialog(view, schedule, t)}
    </div>`;
  }

  private zoneCaption(t: AgendaTimelineText, zones: ReturnType<AgendaTimelineElement['zones']>): string {
    // The zone's name on the selected day (summer or winter time then, not today).
    const when = this.day ? Date.parse(`${this.day}T12:00:00Z`) : this.clock.now;
    const abbreviation = zoneName(when, { locale: this.effectiveLocale, zone: zones.shown });
    if (this.zoneMode === 'viewer' && zones.otherIsViewer) return t.timesYours(abbreviation);
    return t.timesAtVenue(placeOf(zones.shown), abbreviation);
  }

  private countText(t: AgendaTimelineText, locale: string, result: FilterResult, inDay: number): string {
    return isFiltering(this.filter) ? t.matching(locale, result.count) : t.sessions(locale, inDay);
  }

  private renderToolbar(view: TimelineView, zones: ReturnType<AgendaTimelineElement['zones']>): TemplateResult {
    const { t, locale } = view;
    const layout = this.currentLayout;
    const active = [this.filter.track, this.filter.room, this.filter.type, this.filter.speaker, this.filter.savedOnly || undefined].filter(
      (value) => value !== undefined,
    ).length;
    const pressed = (on: boolean): 'true' | 'false' => (on ? 'true' : 'false');
    return html`<div class="toolbar" part="toolbar">
      <label class="search">
        <span class="visually-hidden">${t.search}</span>
        <input
          part="search"
          type="search"
          .value=${this.filter.q}
          placeholder=${t.searchHint}
          @input=${this.search}
        />
      </label>
      <button type="button" class="tool" aria-expanded=${pressed(this.filtersOpen)} aria-controls="filters" @click=${this.toggleFilters}>
        ${active > 0 ? t.activeFilters(formatNumber(locale, active)) : t.filters}
      </button>
      <div class="toggle" role="group" aria-label=${t.layout} part="layout-toggle">
        <button type="button" aria-pressed=${pressed(layout === 'grid')} @click=${() => this.chooseLayout('grid')}>${t.grid}</button>
        <button type="button" aria-pressed=${pressed(layout === 'list')} @click=${() => this.chooseLayout('list')}>${t.list}</button>
      </div>
      ${zones.other === zones.venue
        ? nothing
        : html`<div class="toggle" role="group" aria-label=${t.zone} part="zone-toggle">
            <button type="button" aria-pressed=${pressed(this.zoneMode === 'event')} @click=${() => this.chooseZone('event')}>
              ${t.venueTime}
            </button>
            <button type="button" aria-pressed=${pressed(this.zoneMode === 'viewer')} @click=${() => this.chooseZone('viewer')}>
              ${zones.otherIsViewer ? t.yourTime : placeOf(zones.other)}
            </button>
          </div>`}
    </div>`;
  }

  private renderFilters(t: AgendaTimelineText, schedule: Schedule): TemplateResult {
    const choices = facets(schedule);
    const select = (
      facet: 'track' | 'room' | 'type' | 'speaker',
      label: string,
      all: string,
      options: readonly { value: string; label: string }[],
    ): TemplateResult | typeof nothing =>
      options.length === 0
        ? nothing
        : html`<label class="facet">
            <span>${label}</span>
            <select @change=${(event: Event) => this.setFacet(facet, event)}>
              <option value="" ?selected=${this.filter[facet] === undefined}>${all}</option>
              ${options.map((option) => html`<option value=${option.value} ?selected=${this.filter[facet] === option.value}>${option.label}</option>`)}
            </select>
          </label>`;
    return html`<div id="filters" class="filters" part="filters">
      ${select('track', t.track, t.allTracks, choices.tracks.map((track) => ({ value: track.id, label: track.name })))}
      ${select('room', t.room, t.allRooms, choices.rooms.map((room) => ({ value: room.id, label: room.name })))}
      ${select('type', t.type, t.allTypes, choices.types.map((type) => ({ value: type, label: type })))}
      ${select('speaker', t.speaker, t.allSpeakers, choices.speakers.map((person) => ({ value: person.id, label: person.name })))}
      <label class="check">
        <input type="checkbox" .checked=${this.filter.savedOnly} @change=${this.toggleSavedOnly} />
        ${t.savedOnly}
      </label>
      <button type="button" class="tool" ?disabled=${!isFiltering(this.filter)} @click=${this.clearFilters}>${t.clearFilters}</button>
    </div>`;
  }

  private renderNowNext(view: TimelineView, schedule: Schedule, result: FilterResult): TemplateResult | typeof nothing {
    // "Up next" may be on a day a preview lacks: both wait for the whole schedule (a moment after the first paint).
    if (this.data.partial || eventStatus(schedule, view.now) !== 'live') return nothing;
    const live = liveSessions(schedule, view.now).filter(result.test).slice(0, NOW_NEXT_LIMIT);
    const next = nextSessions(schedule, view.now).filter(result.test).slice(0, NOW_NEXT_LIMIT);
    return live.length + next.length === 0 ? nothing : nowAndNext(view, live, next, (session) => this.openSession(session));
  }

  private renderDays(view: TimelineView, schedule: Schedule, result: FilterResult, sessions: readonly Session[]): TemplateResult {
    const { t, locale } = view;
    const days = schedule.days.map((day) => day.date);
    const filtering = isFiltering(this.filter);
    return html`<div class="tabs" role="tablist" part="day-tabs" aria-label=${t.days} @keydown=${(event: KeyboardEvent) => this.moveDayTab(event, days)}>
        ${days.map((date) => {
          const selected = date === this.day;
          return html`<button
            type="button"
            role="tab"
            part="day-tab"
            id="tab-${date}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="day-panel"
            tabindex=${selected ? 0 : -1}
            @click=${() => this.selectDay(date)}
          >
            ${shortDay(date, locale)}${filtering
              ? html` <span class="tab-count">(${formatNumber(locale, result.byDay.get(date)?.length ?? 0)})</span>`
              : nothing}
          </button>`;
        })}
      </div>
      <div id="day-panel" class="panel" role="tabpanel" aria-labelledby="tab-${this.day}" tabindex=${sessions.length === 0 ? 0 : -1}>
        ${sessions.length === 0
          ? html`<p class="state" part="state">
              ${filtering ? t.noMatches : t.noSessionsDay}
              ${filtering ? html`<button type="button" class="tool" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
            </p>`
          : this.currentLayout === 'grid'
            ? this.renderGrid(view, schedule, sessions)
            : this.renderList(view, schedule, sessions)}
      </div>`;
  }

  private renderGrid(view: TimelineView, schedule: Schedule, sessions: readonly Session[]): TemplateResult {
    const layout = this.dayLayout(schedule, this.day!, sessions, view.zone);
    const geometry = this.geometry(layout);
    const { minutePx, columnPx } = geometry;
    const { x, y, width, height } = this.viewport;
    const margin = this.withOverscan ? OVERSCAN_PX : 0;
    const extraColumns = this.withOverscan ? OVERSCAN_COLUMNS : 0;
    // The columns whose boxes meet the part of the grid beside the sticky axis (x is that part's start).
    const firstVisible = Math.floor(x / columnPx);
    const lastVisible = Math.ceil((x + width - AXIS_PX) / columnPx) - 1;
    const shown = visibleItems(layout, {
      top: (y - margin) / minutePx,
      bottom: (y + height + margin) / minutePx,
      firstColumn: firstVisible - extraColumns,
      lastColumn: lastVisible + extraColumns,
    });
    const active = layout.items.find((item) => item.session.id === this.activeId) ?? layout.items[0];
    // The tab stop is always rendered, wherever the grid is scrolled.
    if (active && !shown.includes(active)) shown.push(active);
    // Session order, always: the keyed repeat then never moves a node (moving the focused one would blur it).
    shown.sort((a, b) => a.index - b.index);
    const tabView = { ...view, activeId: active?.session.id };
    const firstColumn = Math.max(0, firstVisible - OVERSCAN_COLUMNS);
    const lastColumn = Math.min(layout.columns.length - 1, lastVisible + OVERSCAN_COLUMNS);
    const ticks = hourTicks(layout, view.zone).filter((ms) => {
      const top = ((ms - layout.startMs) / 60_000) * minutePx;
      return top >= y - margin && top <= y + height + margin;
    });
    const now = view.now;
    const nowTop = now >= layout.startMs && now <= layout.endMs ? ((now - layout.startMs) / 60_000) * minutePx : undefined;
    const size = { inlineSize: `${AXIS_PX + layout.columns.length * columnPx}px`, blockSize: `${HEAD_PX + layout.minutes * minutePx}px` };
    return html`<div class="grid" part="grid" @scroll=${this.handleScroll}>
      <div class="canvas" ${styleProps({ ...size, '--_column': `${columnPx}px` })}>
        <div class="corner" aria-hidden="true"></div>
        <div class="heads" aria-hidden="true">
          ${layout.columns.slice(firstColumn, lastColumn + 1).map(
            (column, offset) => html`<span class="head" ${styleProps({ insetInlineStart: `${(firstColumn + offset) * columnPx}px` })}
              ><span dir="auto">${column.room?.name ?? view.t.other}</span></span
            >`,
          )}
        </div>
        <div class="axis" aria-hidden="true">${axisLabels(view, layout, ticks, minutePx)}</div>
        <div class="body">
          ${nowTop === undefined
            ? nothing
            : html`<div class="now-line" part="now-line" ${styleProps({ insetBlockStart: `${nowTop}px` })} aria-hidden="true">
                <span class="now-label">${view.t.now}</span>
              </div>`}
          <ul
            class="items"
            role="list"
            aria-label=${shortDay(this.day!, view.locale)}
            @click=${this.openClicked}
            @keydown=${(event: KeyboardEvent) => this.moveFocus(event, layout, sessions)}
          >
            ${gridItems(tabView, layout, shown, geometry)}
          </ul>
        </div>
      </div>
    </div>`;
  }

  private renderList(view: TimelineView, schedule: Schedule, sessions: readonly Session[]): TemplateResult {
    const rows = listRows(sessions);
    const layout = this.dayLayout(schedule, this.day!, sessions, view.zone);
    return html`<div
      class="list"
      part="list"
      role="list"
      aria-label=${shortDay(this.day!, view.locale)}
      @click=${this.openClicked}
      @keydown=${(event: KeyboardEvent) => this.moveFocus(event, layout, sessions)}
    >
      ${virtualize({
        items: rows,
        scroller: true,
        keyFunction: (row: ListRow) => (row.kind === 'slot' ? `slot-${row.startMs}` : row.session.id),
        renderItem: (row: ListRow) => listRow(view, row),
      })}
    </div>`;
  }

  private renderDialog(view: TimelineView, schedule: Schedule, t: AgendaTimelineText): TemplateResult {
    const session = this.openId ? schedule.sessionsById.get(this.openId) : undefined;
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the click is on the backdrop; Escape closes a modal dialog natively.
    return html`<dialog
      part="dialog"
      aria-label=${session?.title ?? ''}
      @close=${this.handleDialogClose}
      @click=${this.closeOnBackdrop}
      @session-save=${this.handleSave}
    >
      ${session
        ? html`<div class="dialog-body">
            <button type="button" class="close" aria-label=${t.close} @click=${this.closeDialog}>
              <span aria-hidden="true">×</span>
            </button>
            <session-card
              variant="full"
              .schedule=${schedule}
              .session=${session}
              heading-level="2"
              locale=${view.locale}
              time-zone=${view.zone}
              .now=${this.now}
              ?saved=${view.saved.has(session.id)}
              ?without-saved-store=${this.savedOverride !== undefined}
            ></session-card>
          </div>`
        : nothing}
    </dialog>`;
  }
}
