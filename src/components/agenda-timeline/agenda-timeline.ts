import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ClockController, instantConverter } from '../../controllers/clock-controller.js';
import { localZoneName, resolveZone, venueZoneName } from '../../data/format.js';
import type { Schedule, Session } from '../../data/model.js';
import { eventStatus } from '../../data/status.js';
import { DAY_MS, dayKey, startOfDay } from '../../data/time.js';
import { useSteppedBuild } from '../../controllers/feed-build.js';
import { PreviewFeedController } from '../../controllers/preview-feed-controller.js';
import { SessionSelectEvent } from '../../events/session-select-event.js';
import { listFormat } from '../../i18n/intl.js';
import { messagesFor } from '../../i18n/localize.js';
import { inIdleSlices } from '../../internal/idle.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { headingLevel } from '../shared/headings.js';
import { reportMissing } from '../shared/missing.js';
import { SessionsElement } from '../shared/sessions-element.js';
import { zoneNotice } from '../shared/zone-notice.js';
import { agendaTimelineMessages } from './agenda-timeline.messages.js';
import { agendaTimelineServerStyles, agendaTimelineStyles } from './agenda-timeline.styles.js';
import * as parts from './agenda-timeline.templates.js';
import { FilterCache } from './filter-cache.js';
import { facets, isFiltering, NO_FILTER, searchText, withoutGone, type FilterState } from './filter.js';
import type { DayLayout } from './layout.js';
import { loadLayoutChoice, saveLayoutChoice } from './layout-choice.js';
import { RovingFocus } from './roving-focus.js';
import { runOfShow } from './run-of-show.js';
import { ScrollCueController } from './scroll-cue.js';
import { take, unlessCancelled } from '../shared/select-link.js';
import { SessionCells } from './session-cells.js';
import { isBreak } from './session-text.js';
import { TimelineSavedController } from './timeline-saved.js';
import { SessionDialogController } from './session-dialog.js';
import { DayViewport, MINUTE_PX, type Opening } from './day-viewport.js';
import type { TimelineLayout, ZoneMode } from './url-state.js';
import { UrlSyncController } from './url-sync.js';

/** @internal How long typing in the search must pause before the count of matches is said (and shown). */
export const SEARCH_PAUSE_MS = 500;

/** What the `layout` attribute accepts: a layout, or `auto` (grid when wide, list when narrow). */
export type AgendaTimelineLayout = TimelineLayout | 'auto';

/** Below this width, `auto` shows the list. */
const NARROW_PX = 720;
/** The shortest drawn session, in minutes, so a 5-minute item keeps a readable box. */
const MIN_MINUTES = 20;
/** The saved ids before the schedule (and so the event's saved list) is known. */

/**
 * The whole programme, usable on a phone and fast at 10,000 sessions. Days are tabs; within a
 * day, a **grid** (rooms as columns, time running down, parallel sessions side by side, sticky
 * room headers and time axis, a now-line) or a **list** grouped by start time. Every session of
 * the day is in the page (find-in-page and screen readers reach it); what is on screen is built
 * first, the rest a moment later. Search (accent- and case-insensitive), filters by track, room,
 * type, speaker and saved sessions, a switch between the venue's clock and the viewer's,
 * "Happening now / Up next" while the event runs. It opens on today while the event runs (the next
 * day once today's last session is over), and until the person chooses a day it moves on with the
 * clock, so a screen left on overnight shows the new day; its grid keeps now in view down the day until the
 * person scrolls it or moves in it. The state lives in the URL (`st-` parameters,
 * the day once chosen) so a view can be shared, and `#session-<id>` opens a session in a dialog. A name in the session
 * opens that person in the same dialog (their card and sessions, each of which opens in turn), and
 * `#person-<id>` links to them.
 *
 * With `session-id`, it shows that session's inner agenda as a run of show instead.
 *
 * Keyboard: one tab stop in the grid; arrow keys move between sessions (Left and Right to the
 * nearest session in the neighbouring room, Up and Down within the room), Home and End to the
 * day's first and last; Enter opens; Escape closes. Day tabs follow the ARIA tabs pattern.
 *
 * Printed (or under print media, as in a PDF export), it shows the day on screen, with its
 * filters, as a plain list of time, room, title and people, without its controls.
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
 * @csspart session - One session's button (or, with `session-href`, link) in the grid or the list.
 * @csspart save-toggle - The star beside each session in the grid or the list that saves it (`aria-pressed`).
 * @csspart now-line - The line across the grid at the current time.
 * @csspart dialog - The dialog that shows a session in full, or a person.
 * @csspart title - The session's title in the run of show.
 * @csspart time - The session's day and time in the run of show.
 * @csspart agenda - The run of show's list of items.
 * @csspart state - The loading, error, empty or not-found message.
 *
 * @cssprop [--schedule-agenda-timeline-height=min(80vh, 48em)] - The greatest height of the grid's and the list's scrolling box (a shorter day is only as tall as it is).
 * @cssprop [--schedule-agenda-timeline-now=the live colour] - The now-line's colour.
 *
 * @fires {SessionSelectEvent} session-select - The person opened a session (click or Enter); cancelable: the page then routes the person itself.
 * @fires {SpeakerSelectEvent} speaker-select - The person chose a name in the dialog's session (from its card; cancelable: the dialog then stays on the session).
 * @fires {SessionSaveEvent} session-save - The person saved or unsaved a session with its star in the grid or the list, or in the dialog (from its card); cancelable.
 */
export class AgendaTimelineElement extends SessionsElement {
  static override get properties() {
    return {
      day: { state: true },
      filter: { state: true },
      filtersOpen: { state: true },
      layoutChoice: { state: true },
      zoneMode: { state: true },
      narrow: { state: true },
      activeId: { state: true },
      printing: { state: true },
      sessionId: { attribute: 'session-id' },
      layout: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      saved: { attribute: false },
      now: { converter: instantConverter },
      withoutUrlState: { type: Boolean, attribute: 'without-url-state' },
      sessionHref: { attribute: 'session-href' },
      personHref: { attribute: 'person-href' },
    };
  }

  static override styles = [sharedStyles, dialogStyles, agendaTimelineStyles, ...(isServer ? [agendaTimelineServerStyles()] : [])];

  /** @internal */
  private readonly clock = new ClockController(this);

  /** @internal The sessions shown as saved: the page's `saved`, else the person's saved list of the event. */
  private readonly savedIds = new TimelineSavedController(this, this.data);

  /** @internal */
  private readonly url = new UrlSyncController(this, () => {
    // Open the session it links to at the next update, when the schedule has it.
    this.hashChanged = true;
    this.requestUpdate();
  });

  /** @internal The session or person shown in the dialog; once it is closed, focus goes back to the session last chosen. */
  private readonly dialogs = new SessionDialogController(this, this.url, (shown) => {
    const opener = this.opener;
    this.opener = undefined;
    // Opened from "Happening now / Up next": back to that line, where the person was, not into the day below.
    if (opener?.isConnected) return opener.focus();
    const id = shown.kind === 'session' ? shown.id : this.activeId;
    if (id !== undefined) void this.focusSession(id);
    // Opened from a link to a person, from no session: the day's tab stop, not the page.
    else this.renderRoot.querySelector<HTMLElement>('[part~="session"][tabindex="0"]')?.focus();
  });

  /** @internal The cells of the day shown, kept across renders, and their scrolling box. */
  private readonly cells = new SessionCells();
  private readonly viewport = new DayViewport(this, this.cells);

  /** @internal */
  private readonly filters = new FilterCache();

  /** @internal */
  private readonly roving = new RovingFocus();

  /** @internal Watches the element's width (list or grid); made when connected. */
  private resizeObserver?: ResizeObserver;

  /** @internal The schedule whose URL, stored and deep-link state has been applied. */
  private initializedFor?: Schedule;

  /**
   * @internal What the person did in the server's first view before the script took over (the
   * search typed, the day's scroll position, the search's focus), kept in the live one.
   */
  private fromServer?: { readonly q: string; readonly top: number; readonly left: number; readonly focused: boolean };

  /** @internal The day and layout the scroll position was last set for. */
  private scrolledFor?: string;

  /**
   * @internal The first session in view in the day's box, read as it scrolls: by the time a turned phone's new
   * width is known, the box has been laid out at it, its rows shorter or taller, and another session is at its top.
   */
  private place?: string;

  /**
   * @internal The first instant of the grid last drawn, and (after a refresh, until it is drawn) of the one drawn
   * before: a refresh that starts the grid at another hour (a session added before its first, those of its first
   * cancelled) moves every cell, which the browser's scroll anchoring does not follow; updated() scrolls by as much.
   */
  private gridStart?: number;
  private startBefore?: number;

  /** @internal Whether the page's fragment changed since the last update. */
  private hashChanged = false;

  /** @internal What had focus in the timeline last (see updated). */
  private hadFocus?: Element | null;

  /** @internal Print media, which a print preview, a PDF export or an emulation may apply without `beforeprint`; made when connected. */
  private printMedia?: MediaQueryList;

  /** @internal */
  private readonly handlePrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint' || this.printMedia!.matches;
  };

  /** @internal The selected day (`yyyy-MM-dd`). */
  private day?: string;

  /** @internal The day the clock chose, until the person chooses one: a screen left on overnight moves on with it, and the URL does not name it. */
  private clockDay?: string;

  /** @internal */
  private filter: FilterState = NO_FILTER;

  /** @internal */
  private filtersOpen = false;

  /** @internal The person's layout (from the toggle, the URL or storage), which wins over `layout`. */
  private layoutChoice?: TimelineLayout;

  /** @internal Whose clock the times are in. */
  private zoneMode: ZoneMode = 'event';

  /** @internal Whether the element is narrower than {@link NARROW_PX}. */
  private narrow = false;

  /** @internal The session holding the one tab stop. */
  private activeId?: string;

  /** @internal The count line as said: while the search is typed it waits for a pause (see `typing`), so that a screen reader says the count once, not at each key. */
  private countText = '';

  /** @internal While the search is typed: the timer of the pause ({@link SEARCH_PAUSE_MS}) after which the count is said. */
  private typing?: ReturnType<typeof setTimeout>;

  /** @internal The line of "Happening now / Up next" the dialog was opened from, which focus goes back to. */
  private opener?: HTMLElement;

  /** @internal Whether the page is being printed or print media applies (the day is then rendered whole, as a list). */
  private printing = false;

  /** Show this session's inner agenda as a run of show instead of the programme. */
  sessionId?: string;

  /** `grid`, `list`, or `auto`: the grid when the element is at least 720 px wide, else the list. The person's own choice, kept per event, wins. */
  layout: AgendaTimelineLayout = 'auto';

  /** The level of the headings (time slots, "Happening now", the run of show's title), 1 to 6. */
  headingLevel = 2;

  /**
   * The ids of the sessions in the person's schedule (an array or a set). By default the person's saved
   * list for the event, kept in the browser and shared with `<session-card>`, `<my-schedule>` and other
   * tabs. Set it to show your own list instead (saving in the dialog then updates it); set `undefined`
   * to follow the saved list again.
   */
  get saved(): readonly string[] | ReadonlySet<string> {
    return this.savedIds.ids;
  }
  set saved(ids: readonly string[] | ReadonlySet<string> | undefined) {
    this.savedIds.ids = ids;
  }

  /**
   * A fixed clock for the now-line and live states: a `Date` or epoch milliseconds, or as an attribute an
   * ISO 8601 instant (`now="2026-09-02T11:30:00+03:00"`, to see the programme as it shows then). Default: the real time.
   */
  now?: Date | number;

  /** Keep the day, filters, layout, zone and the open session (`#session-<id>`) out of the page's URL, and follow no such link (for a second timeline on one page). */
  withoutUrlState = false;

  /**
   * Where sessions lead on a site with a page per session: a URL with `{id}` for the session's id
   * (`/talks/{id}`). The grid's and the list's sessions become links to those pages instead of
   * opening the dialog; they still fire `session-select`, and cancelling that keeps the link from
   * being followed.
   */
  sessionHref?: string;

  /**
   * Where people lead on a site with a page per speaker: a URL with `{id}` for the person's id
   * (`/speakers/{id}`). The names in the session dialog become links; they still fire
   * `speaker-select`, and cancelling that keeps the link from being followed.
   */
  personHref?: string;

  /** @internal Paints a big feed from the days it shows (see willUpdate). */
  declare readonly data: PreviewFeedController;

  constructor() {
    super();
    // A big feed is painted from the days it shows; the store builds the rest while the page is idle.
    useSteppedBuild();
    // Shadows on the grid's edges while rooms are hidden past them (it adds itself to this element).
    new ScrollCueController(this);
  }

  /** @internal */
  protected override feedController(): PreviewFeedController {
    return new PreviewFeedController(this);
  }

  override connectedCallback(): void {
    // Rendered on a server, the first view is on screen already: the first render picks the layout
    // its width calls for at once (a layout the page has done), not the grid for a frame until the
    // ResizeObserver says.
    const server = this.hasUpdated ? undefined : this.shadowRoot;
    if (server?.firstChild) {
      this.narrow = this.clientWidth < NARROW_PX;
      const box = [...server.querySelectorAll<HTMLElement>('.grid, .list')].find((frame) => frame.clientHeight > 0);
      const search = server.querySelector<HTMLInputElement>('[part~="search"]');
      this.fromServer = { q: search?.value ?? '', top: box?.scrollTop ?? 0, left: box?.scrollLeft ?? 0, focused: !!search && server.activeElement === search };
    }
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      if (entry) this.narrow = entry.contentRect.width < NARROW_PX;
    });
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    this.printMedia ??= window.matchMedia('print');
    this.printMedia.addEventListener('change', this.handlePrint);
    this.printing = this.printMedia.matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    this.printMedia?.removeEventListener('change', this.handlePrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // What the feed controller shows of a big feed still being built: the days this first paint
    // may show (before the schedule is known, what the URL and a deep link ask for), or the whole.
    const fromUrl = this.initializedFor ? undefined : this.url.read();
    const day = this.day ?? fromUrl?.day;
    this.data.preview = {
      days: day ? [day] : [],
      sessionIds: [this.sessionId, this.url.linked?.kind === 'session' ? this.url.linked.id : undefined].filter((id): id is string => id !== undefined),
      now: this.clock.now,
      whole: this.filtersOpen || isFiltering(this.filter) || (fromUrl !== undefined && isFiltering(fromUrl.filter)),
    };
    // `time-zone` set or removed once shown: the clock it asks for, as on a first paint.
    if (changed.has('timeZone') && this.initializedFor) this.zoneMode = this.askedZoneMode(this.initializedFor);
    super.willUpdate(changed);
  }

  protected override beforeRender(): void {
    // Kept while it is gone (Retry: a failure, the loading line, then the programme), not once focus left it for the page.
    this.hadFocus = this.shadowRoot?.activeElement ?? (this.hadFocus?.isConnected ? null : this.hadFocus);
    this.takeSchedule();
    const schedule = this.data.schedule;
    // A day shown changes only away from the keyboard's focus (a session, the dialog), which the change would take; the first
    // day is picked whatever has it (the loading line after Retry).
    if (schedule && this.day === this.clockDay && !(this.day && this.hadFocus)) {
      // Until the person chooses a day, the clock's: while the event runs, today, or the next day once today's last session is
      // over (late at night); else the first. A screen left on overnight moves on to a later one, as a page opened then would show.
      const days = schedule.days.map((day) => day.date);
      const now = this.clock.now;
      const today = dayKey(now, schedule.event.timeZone, schedule.event.dayChange);
      const index = days.indexOf(today);
      const over = !schedule.byDay.get(today)?.some((session) => session.endMs > now);
      const day = eventStatus(schedule, now) === 'live' && index >= 0 ? (over && days[index + 1]) || today : days[0];
      // None before, or later (not back to the first day once the event is over).
      if (!(day! <= this.day!)) this.day = this.clockDay = day;
    }
    this.gridStart = undefined; // until this render draws the grid
    if (this.hashChanged) {
      this.hashChanged = false;
      this.openFromHash();
    }
    // The other layout on the same day (the phone turned, or Grid or List pressed) opens on the session the person
    // had scrolled to, which holds the tab stop from then on, not back at the day's start.
    if (this.scrolledFor?.startsWith(this.day!) && this.scrolledFor !== `${this.day}|${this.currentLayout}`) this.activeId = this.place ?? this.activeId;
  }

  /** Resolves once rendered, with the dialog's card defined when a session is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const card = this.dialogs.ready;
    if (!card) return done;
    await card;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues): void {
    if (['day', 'filter', 'layoutChoice', 'zoneMode'].some((key) => changed.has(key)) && this.data.schedule) {
      this.url.write({ day: this.day === this.clockDay ? undefined : this.day, layout: this.layoutChoice, zone: this.zoneMode === 'viewer' ? 'viewer' : undefined, filter: this.filter });
    }
    const target = `${this.day}|${this.currentLayout}`;
    const schedule = this.data.schedule;
    if (this.day && this.scrolledFor !== target && schedule) {
      this.scrolledFor = target;
      this.viewport.open(this.opening(schedule));
    } else if (this.startBefore && this.gridStart) this.renderRoot.querySelector('.grid')!.scrollTop += ((this.startBefore - this.gridStart) / 60_000) * MINUTE_PX;
    else if (this.day && schedule && !this.hadFocus && !this.activeId) this.viewport.follow(this.opening(schedule));
    this.startBefore = undefined;
    // An update took away what had focus (its session gone or built again in the other layout, Retry, a line of "Up next"), and
    // focus fell to the page: the session's cell (or what focusSession gives for one hidden or gone), else the search once there is one.
    const lost = this.hadFocus as HTMLElement | null | undefined;
    if (lost && !lost.isConnected && document.activeElement === document.body) void this.focusSession((lost.dataset['sessionId'] ?? lost.dataset['saveId'])!);
    const carried = schedule && this.fromServer;
    if (carried) {
      this.fromServer = undefined;
      this.viewport.scrollTo(carried.top, carried.left);
      if (carried.focused) this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
    }
  }

  /** Applies the first state once per schedule (the feed controller has settled it by now), or keeps the person's view on a newer one. */
  private takeSchedule(): void {
    const schedule = this.data.schedule;
    if (!schedule || schedule === this.initializedFor) return;
    const same = this.initializedFor && this.eventKey(this.initializedFor) === this.eventKey(schedule);
    this.initializedFor = schedule;
    const days = schedule.days.map((day) => day.date);
    if (same) {
      // A refresh: the day, filters, layout, zone, open session and scroll stay; only what is gone is let go.
      this.startBefore = this.gridStart;
      if (this.day && !days.includes(this.day)) this.day = days[0];
      // A session open in the dialog that is gone (cancelled) stays open, saying so, until the person closes it.
      if (this.dialogs.openPersonId && !schedule.peopleById.has(this.dialogs.openPersonId)) this.dialogs.open(undefined);
      if (this.activeId && !schedule.sessionsById.has(this.activeId)) this.activeId = undefined;
      this.filter = withoutGone(this.filter, schedule);
    } else {
      const fromUrl = this.url.read();
      // A day the URL names, else none yet: the clock's (see beforeRender).
      this.clockDay = undefined;
      this.day = fromUrl?.day && days.includes(fromUrl.day) ? fromUrl.day : undefined;
      const typed = this.fromServer?.q;
      this.filter = fromUrl && isFiltering(fromUrl.filter) ? fromUrl.filter : typed ? { ...NO_FILTER, q: typed } : NO_FILTER;
      this.layoutChoice = fromUrl?.layout ?? loadLayoutChoice(this.eventKey(schedule));
      this.zoneMode = fromUrl?.zone ?? this.askedZoneMode(schedule);
      this.scrolledFor = undefined;
      this.openFromHash();
      this.dialogs.preload();
    }
    this.warmSearch(schedule);
  }

  /** The clock `time-zone` asks for: the venue's (none, or the venue's zone), else the other. */
  private askedZoneMode(schedule: Schedule): ZoneMode {
    return resolveZone(this.timeZone, schedule.event.timeZone).source === 'event' ? 'event' : 'viewer';
  }

  /**
   * Folds every session's search text while the page is idle, a slice at a time, so the first
   * keystroke is as fast as the rest; then makes the filters' choices, a step a slice (the indexes
   * by person, room and track, the speakers sorted, the names in the reader's language), so that
   * the panel opens at once.
   */
  private warmSearch(schedule: Schedule): void {
    const { sessions } = schedule;
    const filters = [() => schedule.byPerson, () => schedule.byRoom && schedule.byTrack, () => facets(schedule), () => parts.filterChoices(schedule, this.effectiveLocale)];
    let next = 0;
    inIdleSlices(
      (hasTime) => {
        if (next === sessions.length) filters.shift()!();
        else while (next < sessions.length && hasTime()) searchText(sessions[next++]!);
        return filters.length === 0;
      },
      () => this.initializedFor === schedule && this.isConnected,
    );
  }

  /** Opens the session named by the page's `#session-<id>` (on its day), or the person named by `#person-<id>`. */
  private openFromHash(): void {
    const linked = this.url.linked;
    const schedule = this.data.schedule;
    if (!schedule || this.sessionId) return;
    if (!linked) {
      // The fragment left the session or person shown (Back, an anchor of the page): closed as by
      // the person, focus back on the session (the dialog itself closes in this update). The
      // timeline's own links replace the fragment without a hashchange, and the first schedule
      // comes with nothing shown.
      this.dialogs.closed();
      return;
    }
    // Not drawn (in a tab panel not shown, a closed <details>, display: none on a phone): a modal dialog there is drawn nowhere,
    // yet makes the whole page inert. (A closed <details> keeps its content's width.)
    if (!this.checkVisibility()) return;
    if (linked.kind === 'person') {
      if (schedule.peopleById.has(linked.id)) this.dialogs.show(linked);
      return;
    }
    const session = schedule.sessionsById.get(linked.id);
    if (!session) return;
    this.day = session.day;
    this.activeId = session.id;
    this.dialogs.open(session.id);
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
  private zones(schedule: Schedule): parts.TimelineZones {
    return parts.timelineZones(schedule.event.timeZone, this.timeZone, this.zoneMode);
  }

  private dayLayout(schedule: Schedule, zone: string): DayLayout {
    return this.filters.dayLayout(schedule, this.day!, this.filter, this.savedIds.set, zone, MIN_MINUTES);
  }

  /** The handlers of the controls the templates render. */
  private readonly on: parts.TimelineHandlers = {
    search: (event) => {
      this.setFilter({ q: (event.target as HTMLInputElement).value });
      clearTimeout(this.typing);
      this.typing = setTimeout(() => {
        this.typing = undefined;
        this.requestUpdate();
      }, SEARCH_PAUSE_MS);
    },
    toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
    setFacet: (facet, event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.setFilter({ [facet]: value === '' ? undefined : value });
    },
    toggleSavedOnly: (event) => this.setFilter({ savedOnly: (event.target as HTMLInputElement).checked }),
    clearFilters: () => {
      this.setFilter(NO_FILTER, true);
      // The button is disabled (in the panel) or gone (where nothing matched): focus goes to the search, cleared too.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus());
    },
    chooseLayout: (layout) => {
      this.layoutChoice = layout;
      if (this.data.schedule) saveLayoutChoice(this.eventKey(this.data.schedule), layout);
    },
    chooseZone: (mode) => (this.zoneMode = mode),
    selectDay: (day) => this.selectDay(day),
    dayTabKey: (event) => this.moveDayTab(event),
    // The first session in time (not a break, which may span every room) whose cell starts in the box's view: where the person is reading.
    scrolled: (event) => {
      const box = event.target as HTMLElement;
      const top = box.getBoundingClientRect().top;
      this.place = [...box.querySelectorAll<HTMLElement>('[data-session-id]:not(.break)')].find((cell) => cell.getBoundingClientRect().top >= top)?.dataset['sessionId'];
    },
    sessionClick: (event) => {
      const toggle = (event.target as Element).closest<HTMLElement>('[data-save-id]');
      const toSave = toggle && this.data.schedule?.sessionsById.get(toggle.dataset['saveId']!);
      // Unsaved under "Only my saved sessions", its cell goes: focus goes to a session still shown (see updated).
      if (toSave) return void this.savedIds.toggle(toSave);
      const button = (event.target as Element).closest<HTMLElement>('[data-session-id]');
      const session = button && this.data.schedule?.sessionsById.get(button.dataset['sessionId']!);
      if (session) this.openSession(session, event);
    },
    sessionKey: (event) => this.moveFocus(event),
    open: (session, click) => {
      this.openSession(session, click);
      if (this.dialogs.openId === session.id) this.opener = click?.currentTarget as HTMLElement | undefined;
    },
  };

  /** Changes the filter (or, `replace`, sets it) and gives the tab stop back to the day's first session. */
  private setFilter(change: Partial<FilterState>, replace = false): void {
    this.filter = replace ? { ...NO_FILTER, ...change } : { ...this.filter, ...change };
    this.activeId = undefined;
  }

  private selectDay(day: string): void {
    if (day === this.day) return;
    this.day = day;
    this.clockDay = undefined;
    this.activeId = undefined;
  }

  /** Arrow keys, Home and End move between the day tabs (and select them), mirrored right to left. */
  private moveDayTab(event: KeyboardEvent): void {
    const days = this.data.schedule?.days.map((day) => day.date) ?? [];
    const index = days.indexOf(this.day ?? '');
    const rtl = this.direction === 'rtl';
    const steps: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -index, End: days.length - 1 - index };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    this.selectDay(days[(index + step + days.length) % days.length]!);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  /**
   * Opens a session the person chose: fires `session-select`, then shows it in the dialog, unless
   * the page cancelled the event (it routes the person itself, and a link is not followed) or the
   * session is a link to its own page (`session-href`), which the browser follows.
   */
  private openSession(session: Session, click?: Event): void {
    if (isBreak(session)) return;
    this.opener = undefined;
    const selected = new SessionSelectEvent(session);
    this.dispatchEvent(selected);
    this.day = this.dayOf(session);
    this.activeId = session.id;
    if (selected.defaultPrevented) click?.preventDefault();
    else if (!(click?.target as Element | undefined)?.closest('a[href]')) this.dialogs.open(session.id);
  }

  /** The day a session is shown on: the day shown, if it runs in it (a session of several days is on each), else the day it starts. */
  private dayOf(session: Session): string {
    return this.day !== undefined && this.data.schedule?.byDay.get(this.day)?.includes(session) ? this.day : session.day;
  }

  /** Arrow keys, Home and End in the grid or the list. */
  private moveFocus(event: KeyboardEvent): void {
    // From a session, or from its star as from the session.
    const { sessionId, saveId } = (event.target as HTMLElement).dataset;
    const id = sessionId ?? saveId;
    const schedule = this.data.schedule;
    if (id === undefined || !schedule || !this.day) return;
    const layout = this.dayLayout(schedule, this.zones(schedule).shown);
    const target = this.roving.target(event.key, id, { layout, grid: this.currentLayout === 'grid', rtl: this.direction === 'rtl' });
    if (target === undefined) return;
    event.preventDefault();
    if (target) void this.focusSession(target.id);
  }

  /**
   * @internal What the dialog's cards fire. A name in the session's card shows that person, and a
   * session in the person's card that session, unless the page cancels the event; not where names
   * or sessions are links to pages of the site's own (`person-href`, `session-href`).
   */
  private readonly dialogHandlers: parts.DialogHandlers = {
    closed: this.dialogs.closed,
    save: this.savedIds.fromCard,
    speakerSelected: (event) => {
      if (this.personHref) return;
      take(event);
      unlessCancelled(event, () => this.dialogs.show({ kind: 'person', id: event.person.id }));
    },
    sessionSelected: (event) => {
      if (this.sessionHref) return;
      take(event);
      unlessCancelled(event, () => {
        this.day = this.dayOf(event.session);
        this.activeId = event.session.id;
        this.dialogs.open(event.session.id);
      });
    },
  };

  /**
   * Moves the tab stop to a session, brings it on screen and focuses it. One the filter hides (unsaved
   * under "Only my saved sessions") gives focus to the nearest session shown after it, else before
   * it, else to "Clear filters"; one gone from the day shown (a refresh cancelled it, or moved it to
   * another day: the person stays on theirs), to the search, where the person was, rather than
   * nowhere; or, while the dialog is open (the search behind it cannot take focus), to the dialog's close button.
   */
  private async focusSession(id: string): Promise<void> {
    await this.updateComplete;
    const schedule = this.data.schedule;
    const session = schedule?.sessionsById.get(id);
    // Every session focused or opened is on the day shown (choosing one shows its day), until a refresh moves it.
    if (!session || this.dayOf(session) !== this.day) return (this.renderRoot.querySelector<HTMLElement>(':modal [data-close]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="search"]'))?.focus();
    const shown = new Set(this.filters.result(schedule!, this.filter, this.savedIds.set).byDay.get(this.day));
    if (!shown.has(session)) {
      const all = schedule!.byDay.get(this.day) ?? [];
      const at = all.indexOf(session);
      const focusable = (other: Session): boolean => shown.has(other) && !isBreak(other);
      const near = all.slice(at + 1).find(focusable) ?? all.slice(0, at).reverse().find(focusable);
      if (near) return this.focusSession(near.id);
      return this.renderRoot.querySelector<HTMLElement>('[part~="state"] button')?.focus();
    }
    this.activeId = id;
    await this.updateComplete;
    this.viewport.reveal(id, true);
  }

  /** What decides where the day shown opens. */
  private opening(schedule: Schedule): Opening {
    const layout = this.dayLayout(schedule, this.zones(schedule).shown);
    return { layout, grid: this.currentLayout === 'grid', now: this.clock.now, focusId: this.activeId };
  }

  /** @internal The programme (or the run of show's session), for the timeline's JSON-LD. */
  protected override get jsonLdSessions(): readonly Session[] {
    const schedule = this.data.schedule;
    if (!schedule || this.data.partial) return []; // a big feed still being built: once it is whole
    if (!this.sessionId) return schedule.sessions;
    const session = schedule.sessionsById.get(this.sessionId);
    return session ? [session] : [];
  }

  /**
   * The day's grid or list. A server (the CLI's `render`) writes the first view the script shows:
   * every cell, and with `layout="auto"` both the grid and the list, the styles showing the one
   * the element's width calls for; with scripts off, the styles show the whole programme as lists.
   */
  private renderFrames(view: parts.TimelineView, schedule: Schedule) {
    const opening = this.opening(schedule);
    if (isServer) {
      const every = () => () => true;
      const frame = (grid: boolean) => parts.dayFrame(view, this.day!, { ...opening, grid }, this.cells, every, this.on);
      return this.layout === 'auto' && !this.layoutChoice ? html`${frame(true)}${frame(false)}` : frame(opening.grid);
    }
    this.gridStart = opening.grid ? opening.layout.startMs : undefined;
    return parts.dayFrame(view, this.day!, opening, this.cells, (rows) => this.viewport.firstRows(opening, rows), this.on);
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const feedState = this.renderFeedState();
    const schedule = this.data.schedule;
    if (feedState !== nothing || !schedule) return html`<div lang=${locale} dir=${this.direction}>${feedState}</div>`;
    const t = messagesFor(agendaTimelineMessages, locale);
    const zones = this.zones(schedule);
    const view: parts.TimelineView = {
      schedule,
      t,
      locale,
      zone: this.sessionId ? resolveZone(this.timeZone, schedule.event.timeZone).zone : zones.shown,
      // A removed heading-level is null: the default, as when it was never set.
      level: headingLevel(this.headingLevel ?? 2),
      now: this.clock.now,
      saved: this.savedIds.set,
      activeId: this.activeId,
      sessionHref: this.sessionHref,
      personHref: this.personHref,
    };
    if (this.sessionId) {
      const session = schedule.sessionsById.get(this.sessionId);
      return html`<article part="base" class="base run-of-show" lang=${locale} dir=${this.direction}>
        ${zoneNotice(this.timeZone, schedule.event.timeZone, this.commonText)}
        ${session ? runOfShow(view, session) : this.renderError(this.commonText[reportMissing(this, 'session', this.sessionId)])}
      </article>`;
    }
    const result = this.filters.result(schedule, this.filter, this.savedIds.set);
    const sessions = (this.day && result.byDay.get(this.day)) || [];
    const filtering = isFiltering(this.filter);
    if (!this.typing) this.countText = filtering ? t.matching(locale, result.count) : t.sessions(locale, sessions.length);
    // What the dialog holds (for a moment after it closed, what it showed: see SessionDialogController).
    const content = this.dialogs.content;
    const openSession = content?.kind === 'session' ? schedule.sessionsById.get(content.id) : undefined;
    const openPerson = content?.kind === 'person' ? schedule.peopleById.get(content.id) : undefined;
    const shown: parts.DialogContent | undefined = openSession
      ? { kind: 'session', session: openSession }
      : openPerson && { kind: 'person', person: openPerson };
    // The zone's name on the selected day (summer or winter time then, not today), as the venue writes it: both, on the day the clocks change.
    const dayMs = this.day ? Date.parse(`${this.day}T12:00:00Z`) : view.now;
    const dayStart = this.day ? startOfDay(this.day, schedule.event.timeZone, schedule.event.dayChange) : view.now;
    const [first, last] = [dayStart, dayStart + DAY_MS - 1].map((ms) => venueZoneName(ms, { locale, zone: zones.shown }));
    const abbreviation = first === last ? first! : listFormat(locale).format([first!, last!]);
    const caption = parts.zoneCaption(t, zones, this.zoneMode === 'viewer', abbreviation, localZoneName(dayMs, { locale, zone: zones.shown }));
    // Asked only for the button that names it (the viewer's own zone is "Your time").
    const otherName = zones.otherIsViewer ? undefined : localZoneName(dayMs, { locale, zone: zones.other });
    const toolbarState = { filter: this.filter, filtersOpen: this.filtersOpen, layout: this.currentLayout, zoneMode: this.zoneMode, zones, otherName };
    return html`<div part="base" class=${isServer ? 'base static' : 'base'} lang=${locale} dir=${this.direction}>
      ${zoneNotice(this.timeZone, schedule.event.timeZone, this.commonText)} ${parts.toolbar(t, locale, toolbarState, this.on)}
      ${this.filtersOpen ? parts.filtersPanel(t, this.effectiveLocale, schedule, this.filter, this.on) : nothing}
      <p class="summary">
        <span class="zone-caption">${caption}</span>
        <span class="count" role="status">${this.countText}</span>
      </p>
      ${this.data.partial ? nothing : parts.nowAndNext(view, result.test, this.on)}
      ${schedule.sessions.length === 0
        ? html`<p class="state" part="state">${t.noSessions}</p>`
        : html`${parts.dayTabs(view, this.day, filtering ? result.byDay : undefined, this.on)}
            <div id="day-panel" class="panel" role="tabpanel" aria-labelledby="tab-${this.day}" tabindex=${sessions.length === 0 ? 0 : -1}>
              ${sessions.length === 0
                ? html`<p class="state" part="state">
                    ${filtering ? (result.count > 0 ? t.noMatchesDay : this.filter.savedOnly && !this.savedIds.set.size ? t.noSaved : t.noMatches) : t.noSessionsDay}
                    ${filtering ? html`<button type="button" class="tool" @click=${this.on.clearFilters}>${t.clearFilters}</button>` : nothing}
                  </p>`
                : this.renderFrames(view, schedule)}
            </div>`}
      ${isServer
        ? schedule.days.map((day) => (day.sessions.length > 0 ? parts.printList(view, day.date, day.sessions) : nothing))
        : this.printing && this.day
          ? parts.printList(view, this.day, sessions)
          : nothing}
      ${parts.sessionDialog(
        view,
        shown,
        { now: this.now, ownSaved: this.savedIds.pageOwned, removed: content?.kind === 'session' && !openSession },
        this.dialogHandlers,
      )}
    </div>`;
  }
}
