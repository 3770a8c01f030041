/**
 * The templates of `<agenda-timeline>`, pure functions of what they show and of the handlers the
 * element gives them: the toolbar and filters, the day tabs, the grid's and the list's frames
 * (their cells are session-cells.ts), "Happening now / Up next", the print list and the dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay, formatTime, formatTimeRange, isoDateTime, resolveZone } from '../../data/format.js';
import type { Schedule, Session } from '../../data/model.js';
import type { SessionSaveEvent } from '../../events/session-save-event.js';
import { formatNumber } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { heading, type HeadingLevel } from '../session-card/session-card.templates.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
import type { AgendaTimelineText } from './agenda-timeline.messages.js';
import { facets, isFiltering, type FilterState } from './filter.js';
import { hourTicks, type DayLayout } from './layout.js';
import { MINUTE_PX, type Opening } from './day-viewport.js';
import { eventStatus, liveSessions, nextSessions } from '../../data/status.js';
import { sessionCells, type CellRow, type CellView, type SessionCells } from './session-cells.js';
import { peopleNames, shortDay } from './session-text.js';
import type { TimelineLayout, ZoneMode } from './url-state.js';

/** What every template needs: the words, how to show times, the clock and the person's picks. */
export interface TimelineView extends CellView {
  readonly schedule: Schedule;
  readonly level: HeadingLevel;
}

/** The zones the timeline can show times in. */
export interface TimelineZones {
  /** The zone times are shown in now. */
  readonly shown: string;
  readonly venue: string;
  /** The zone the toggle offers besides the venue's. */
  readonly other: string;
  /** Whether that other zone is the viewer's own (else one the page asked for with `time-zone`). */
  readonly otherIsViewer: boolean;
}

/** The element's handlers of the controls the templates render. */
export interface TimelineHandlers {
  readonly search: (event: Event) => void;
  readonly toggleFilters: () => void;
  readonly setFacet: (facet: 'track' | 'room' | 'type' | 'speaker', event: Event) => void;
  readonly toggleSavedOnly: (event: Event) => void;
  readonly clearFilters: () => void;
  readonly chooseLayout: (layout: TimelineLayout) => void;
  readonly chooseZone: (mode: ZoneMode) => void;
  readonly selectDay: (day: string) => void;
  readonly dayTabKey: (event: KeyboardEvent) => void;
  readonly sessionClick: (event: Event) => void;
  readonly sessionKey: (event: KeyboardEvent) => void;
  readonly open: (session: Session) => void;
}

/** The state of the toolbar and filters. */
export interface ToolbarState {
  readonly filter: FilterState;
  readonly filtersOpen: boolean;
  readonly layout: TimelineLayout;
  readonly zoneMode: ZoneMode;
  readonly zones: TimelineZones;
}

/** "Happening now" and "Up next" show this many sessions each. */
const NOW_NEXT_LIMIT = 6;

/** The zones of a timeline whose venue is in `venue`, asked for `requested` (`time-zone`), showing the venue's or the other's clock. */
export function timelineZones(venue: string, requested: string | undefined, mode: ZoneMode): TimelineZones {
  const asked = resolveZone(requested, venue);
  const other = asked.source === 'custom' ? asked.zone : resolveZone('local', venue).zone;
  return { shown: mode === 'viewer' ? other : venue, venue, other, otherIsViewer: asked.source !== 'custom' };
}

/** The place of an IANA zone in words: `Europe/Istanbul` → `Istanbul`. */
export function placeOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

const pressed = (on: boolean): 'true' | 'false' => (on ? 'true' : 'false');

/** Search, the filters button, the layout toggle and (when there is another zone to offer) the zone toggle. */
export function toolbar(t: AgendaTimelineText, locale: string, state: ToolbarState, on: TimelineHandlers): TemplateResult {
  const { filter, zones } = state;
  const active = [filter.track, filter.room, filter.type, filter.speaker, filter.savedOnly || undefined].filter((value) => value !== undefined).length;
  return html`<div class="toolbar" part="toolbar">
    <label class="search">
      <span class="visually-hidden">${t.search}</span>
      <input part="search" type="search" .value=${filter.q} placeholder=${t.searchHint} @input=${on.search} />
    </label>
    <button type="button" class="tool" aria-expanded=${pressed(state.filtersOpen)} aria-controls="filters" @click=${on.toggleFilters}>
      ${active > 0 ? t.activeFilters(formatNumber(locale, active)) : t.filters}
    </button>
    <div class="toggle" role="group" aria-label=${t.layout} part="layout-toggle">
      <button type="button" aria-pressed=${pressed(state.layout === 'grid')} @click=${() => on.chooseLayout('grid')}>${t.grid}</button>
      <button type="button" aria-pressed=${pressed(state.layout === 'list')} @click=${() => on.chooseLayout('list')}>${t.list}</button>
    </div>
    ${zones.other === zones.venue
      ? nothing
      : html`<div class="toggle" role="group" aria-label=${t.zone} part="zone-toggle">
          <button type="button" aria-pressed=${pressed(state.zoneMode === 'event')} @click=${() => on.chooseZone('event')}>${t.venueTime}</button>
          <button type="button" aria-pressed=${pressed(state.zoneMode === 'viewer')} @click=${() => on.chooseZone('viewer')}>
            ${zones.otherIsViewer ? t.yourTime : placeOf(zones.other)}
          </button>
        </div>`}
  </div>`;
}

/** The facet filters: a select per facet that has choices, "only saved", and "Clear filters". */
export function filtersPanel(t: AgendaTimelineText, schedule: Schedule, filter: FilterState, on: TimelineHandlers): TemplateResult {
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
          <select @change=${(event: Event) => on.setFacet(facet, event)}>
            <option value="" ?selected=${filter[facet] === undefined}>${all}</option>
            ${options.map((option) => html`<option value=${option.value} ?selected=${filter[facet] === option.value}>${option.label}</option>`)}
          </select>
        </label>`;
  return html`<div id="filters" class="filters" part="filters">
    ${select('track', t.track, t.allTracks, choices.tracks.map((track) => ({ value: track.id, label: track.name })))}
    ${select('room', t.room, t.allRooms, choices.rooms.map((room) => ({ value: room.id, label: room.name })))}
    ${select('type', t.type, t.allTypes, choices.types.map((type) => ({ value: type, label: type })))}
    ${select('speaker', t.speaker, t.allSpeakers, choices.speakers.map((person) => ({ value: person.id, label: person.name })))}
    <label class="check">
      <input type="checkbox" .checked=${filter.savedOnly} @change=${on.toggleSavedOnly} />
      ${t.savedOnly}
    </label>
    <button type="button" class="tool" ?disabled=${!isFiltering(filter)} @click=${on.clearFilters}>${t.clearFilters}</button>
  </div>`;
}

/** The day tabs (with each day's matches while filtering), following the ARIA tabs pattern. */
export function dayTabs(view: TimelineView, selected: string | undefined, counts: ReadonlyMap<string, readonly Session[]> | undefined, on: TimelineHandlers): TemplateResult {
  const { t, locale, schedule } = view;
  return html`<div class="tabs" role="tablist" part="day-tabs" aria-label=${t.days} @keydown=${on.dayTabKey}>
    ${schedule.days.map(({ date }) => {
      const current = date === selected;
      return html`<button
        type="button"
        role="tab"
        part="day-tab"
        id="tab-${date}"
        aria-selected=${pressed(current)}
        aria-controls="day-panel"
        tabindex=${current ? 0 : -1}
        @click=${() => on.selectDay(date)}
      >
        ${shortDay(date, locale)}${counts ? html` <span class="tab-count">(${formatNumber(locale, counts.get(date)?.length ?? 0)})</span>` : nothing}
      </button>`;
    })}
  </div>`;
}

/**
 * The day as a grid: sticky room headers and hour axis, the now-line, and the sessions' cells.
 * Sizes come from custom properties (`--_columns`, `--_minutes`), so a resize lays out again
 * without a render.
 */
function gridFrame(view: TimelineView, day: string, layout: DayLayout, cells: SessionCells, rows: readonly CellRow[], first: (index: number) => boolean, on: TimelineHandlers): TemplateResult {
  const { now, zone } = view;
  const nowTop = now >= layout.startMs && now <= layout.endMs ? ((now - layout.startMs) / 60_000) * MINUTE_PX : undefined;
  return html`<div class="grid" part="grid">
    <div class="canvas" ${styleProps({ '--_columns': String(Math.max(1, layout.columns.length)), '--_minutes': String(layout.minutes) })}>
      <div class="corner" aria-hidden="true"></div>
      <div class="heads" aria-hidden="true">
        ${layout.columns.map((column, index) => html`<span class="head" dir="auto" ${styleProps({ '--x': String(index) })} .textContent=${column.room?.name ?? view.t.other}></span>`)}
      </div>
      <div class="axis" aria-hidden="true">
        ${hourTicks(layout, zone).map(
          (ms) => html`<span class="tick" ${styleProps({ insetBlockStart: `${((ms - layout.startMs) / 60_000) * MINUTE_PX}px` })} .textContent=${formatTime(ms, view)}></span>`,
        )}
      </div>
      <div class="body">
        ${nowTop === undefined
          ? nothing
          : html`<div class="now-line" part="now-line" ${styleProps({ insetBlockStart: `${nowTop}px` })} aria-hidden="true">
              <span class="now-label">${view.t.now}</span>
            </div>`}
        <ul class="items" role="list" aria-label=${shortDay(day, view.locale)} @click=${on.sessionClick} @keydown=${on.sessionKey}>
          ${sessionCells(cells, rows, view, first)}
        </ul>
      </div>
    </div>
  </div>`;
}

/** The day as a list grouped by start time: a heading per start, then its sessions. */
function listFrame(view: TimelineView, day: string, cells: SessionCells, rows: readonly CellRow[], first: (index: number) => boolean, on: TimelineHandlers): TemplateResult {
  return html`<ul class="list" part="list" role="list" aria-label=${shortDay(day, view.locale)} @click=${on.sessionClick} @keydown=${on.sessionKey}>
    ${sessionCells(cells, rows, view, first)}
  </ul>`;
}

/**
 * The day's sessions in the grid or the list, with the one tab stop on the session the keyboard
 * was on, else the day's first; `first` says which rows the first paint builds.
 */
export function dayFrame(
  view: TimelineView,
  day: string,
  opening: Opening,
  cells: SessionCells,
  first: (rows: readonly CellRow[]) => (index: number) => boolean,
  on: TimelineHandlers,
): TemplateResult {
  const { layout } = opening;
  const { items } = layout;
  const activeId = view.activeId && items.some((item) => item.session.id === view.activeId) ? view.activeId : items[0]?.session.id;
  const dayView = { ...view, activeId };
  if (opening.grid) {
    const rows = items.map((item): CellRow => ({ kind: 'grid', item }));
    return gridFrame(dayView, day, layout, cells, rows, first(rows), on);
  }
  const rows = listRows(view, items.map((item) => item.session));
  return listFrame(dayView, day, cells, rows, first(rows), on);
}

/** The list's rows for a day's sessions: a heading per start time, then its sessions. */
function listRows(view: TimelineView, sessions: readonly Session[]): CellRow[] {
  const rows: CellRow[] = [];
  let slot: number | undefined;
  for (const session of sessions) {
    if (session.startMs !== slot) {
      slot = session.startMs;
      rows.push({ kind: 'slot', startMs: slot, label: formatTime(slot, view), level: view.level });
    }
    rows.push({ kind: 'list', session });
  }
  return rows;
}

/** The short line of a session in "Happening now / Up next" and in print: time, title, room. */
function sessionLine(view: TimelineView, session: Session): TemplateResult {
  return html`<time datetime=${isoDateTime(session.startMs, view.zone)}>${formatTimeRange(session.startMs, session.endMs, view)}</time>
    <span class="line-title" dir="auto">${session.code ? `${session.code}: ` : ''}${session.title}</span>
    ${session.room ? html`<span class="line-room" dir="auto">${session.room.name}</span>` : nothing}`;
}

/** While the event runs, "Happening now" and "Up next" (of the sessions that pass `test`), each a short list of buttons that open the session. */
export function nowAndNext(view: TimelineView, test: (session: Session) => boolean, on: TimelineHandlers): TemplateResult | typeof nothing {
  const { schedule, now } = view;
  if (eventStatus(schedule, now) !== 'live') return nothing;
  const live = liveSessions(schedule, now).filter(test).slice(0, NOW_NEXT_LIMIT);
  const next = nextSessions(schedule, now).filter(test).slice(0, NOW_NEXT_LIMIT);
  if (live.length + next.length === 0) return nothing;
  const group = (title: string, sessions: readonly Session[], kind: string): TemplateResult | typeof nothing =>
    sessions.length === 0
      ? nothing
      : html`<section class="now-group ${kind}">
          ${heading(view.level, title)}
          <ul role="list">
            ${sessions.map((session) => html`<li><button type="button" class="line" @click=${() => on.open(session)}>${sessionLine(view, session)}</button></li>`)}
          </ul>
        </section>`;
  return html`<div class="now-next" part="now-next">${group(view.t.happeningNow, live, 'now')} ${group(view.t.upNext, next, 'next')}</div>`;
}

/** The selected day as a plain list, for paper. */
export function printList(view: TimelineView, day: string, sessions: readonly Session[]): TemplateResult {
  return html`<section class="print-list">
    ${heading(view.level, formatDay(Date.parse(`${day}T12:00:00Z`), { locale: view.locale, zone: 'UTC' }))}
    <ul role="list">
      ${sessions.map(
        (session) => html`<li>
          ${sessionLine(view, session)}
          ${session.people.length > 0 ? html`<span class="line-people">${peopleNames(session, view.locale)}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The modal dialog of a session (empty while none is open): a close button and the session's full
 * card in the timeline's locale, zone and clock.
 */
export function sessionDialog(
  view: TimelineView,
  session: Session | undefined,
  options: { readonly now?: Date | number; readonly ownSaved: boolean; readonly removed?: boolean },
  on: { readonly closed: () => void; readonly clicked: (event: MouseEvent) => void },
  save: (event: SessionSaveEvent) => void,
): TemplateResult {
  // The session shown was taken out of the schedule by a refresh: the dialog stays, and says so.
  if (!session && options.removed) {
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- as below: the backdrop or the close button; Escape closes natively.
    return html`<dialog part="dialog" aria-label=${view.t.sessionRemoved} @close=${on.closed} @click=${on.clicked}>
      <div class="dialog-body">
        <button type="button" class="close" aria-label=${view.t.close} data-close><span aria-hidden="true">×</span></button>
        <p class="removed" role="status">${view.t.sessionRemoved}</p>
      </div>
    </dialog>`;
  }
  const content = session
    ? html`<div class="dialog-body">
        <button type="button" class="close" aria-label=${view.t.close} data-close><span aria-hidden="true">×</span></button>
        <session-card
          variant="full"
          .schedule=${view.schedule}
          .session=${session}
          heading-level="2"
          locale=${view.locale}
          time-zone=${view.zone}
          .now=${options.now}
          ?saved=${view.saved.has(session.id)}
          ?without-saved-store=${options.ownSaved}
        ></session-card>
      </div>`
    : nothing;
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the click is on the backdrop or the close button; Escape closes a modal dialog natively.
  return html`<dialog part="dialog" aria-label=${session?.title ?? ''} @close=${on.closed} @click=${on.clicked} @session-save=${save}>${content}</dialog>`;
}

/** The zone's caption: "Times in Istanbul time (EEST)", or "Times in your time zone (EDT)". */
export function zoneCaption(t: AgendaTimelineText, zones: TimelineZones, viewer: boolean, abbreviation: string): string {
  // The place isolated (U+2068 … U+2069): a Latin city name in an Arabic sentence keeps its order.
  return viewer && zones.otherIsViewer ? t.timesYours(abbreviation) : t.timesAtVenue(`\u2068${placeOf(zones.shown)}\u2069`, abbreviation);
}
