/**
 * The templates of `<agenda-timeline>`, pure functions of what they show and of the handlers the
 * element gives them: the toolbar and filters, the day tabs, the grid's and the list's frames
 * (their cells are session-cells.ts), "Happening now / Up next", the print list and the dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { modalDialog } from '../shared/modal-dialog.js';
import { hrefFor } from '../shared/select-link.js';
import { formatDay, formatTime, formatTimeOn, isoDateTime, resolveZone } from '../../data/format.js';
import type { Person, Schedule, Session } from '../../data/model.js';
import { dayKey } from '../../data/time.js';
import type { SessionSaveEvent } from '../../events/session-save-event.js';
import type { SessionSelectEvent } from '../../events/session-select-event.js';
import type { SpeakerSelectEvent } from '../../events/speaker-select-event.js';
import { collator, dateTimeFormat, isolate, languageName } from '../../i18n/intl.js';
import { formatNumber } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { heading, type HeadingLevel } from '../shared/headings.js';
import { allDayText, sessionRange } from '../shared/session-when.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
import type { AgendaTimelineText } from './agenda-timeline.messages.js';
import { FACETS, facets, isFiltering, type Facet, type FilterState } from './filter.js';
import { hourTicks, type DayLayout } from './layout.js';
import { MINUTE_PX, openingItem, type Opening } from './day-viewport.js';
import { eventStatus, liveSessions, nextSessions } from '../../data/status.js';
import { sessionCells, type CellRow, type CellView, type SessionCells } from './session-cells.js';
import { codedTitle, isBreak, peopleNames, roomName, shortDay } from './session-text.js';
import { localSpan, localText, type LocalText } from '../shared/local-text.js';
import { selectOptions, type Choice } from './select-options.js';
import type { TimelineLayout, ZoneMode } from './url-state.js';

/** What every template needs: the words, how to show times, the clock and the person's picks. */
export interface TimelineView extends CellView {
  readonly schedule: Schedule;
  readonly level: HeadingLevel;
  /** Where people lead (`person-href`), for the dialog's card. */
  readonly personHref?: string;
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
  readonly setFacet: (facet: Facet, event: Event) => void;
  readonly toggleSavedOnly: (event: Event) => void;
  readonly clearFilters: () => void;
  readonly chooseLayout: (layout: TimelineLayout) => void;
  readonly chooseZone: (mode: ZoneMode) => void;
  readonly selectDay: (day: string) => void;
  readonly dayTabKey: (event: KeyboardEvent) => void;
  readonly sessionClick: (event: Event) => void;
  readonly sessionKey: (event: KeyboardEvent) => void;
  /** The day's box scrolled (by the person, or to a session). */
  readonly scrolled: (event: Event) => void;
  /** Opens a session the person chose (`click`: the click on its link or button). */
  readonly open: (session: Session, click?: Event) => void;
}

/** The state of the toolbar and filters. */
export interface ToolbarState {
  readonly filter: FilterState;
  readonly filtersOpen: boolean;
  readonly layout: TimelineLayout;
  readonly zoneMode: ZoneMode;
  readonly zones: TimelineZones;
  /** The other zone by its name in the reader's language (`北美东部时间`), where that language has one: not the English city of its IANA id. */
  readonly otherName?: string;
}

/** "Happening now" and "Up next" show this many sessions each. */
const NOW_NEXT_LIMIT = 6;

/** The zones of a timeline whose venue is in `venue`, asked for `requested` (`time-zone`), showing the venue's or the other's clock. */
export function timelineZones(venue: string, requested: string | undefined, mode: ZoneMode): TimelineZones {
  const asked = resolveZone(requested, venue);
  const other = asked.source === 'custom' ? asked.zone : resolveZone('local', venue).zone;
  return { shown: mode === 'viewer' ? other : venue, venue, other, otherIsViewer: asked.source !== 'custom' };
}

/**
 * The place of an IANA zone in words: `Europe/Istanbul` → `Istanbul`. A zone of an offset only is
 * named by it, the right way round: `Etc/GMT-1` (POSIX signs, inverted) is `GMT+1`.
 */
export function placeOf(zone: string): string {
  const offset = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  if (offset) return `GMT${offset[1] === '-' ? '+' : '-'}${offset[2]}`;
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

const pressed = (on: boolean): 'true' | 'false' => (on ? 'true' : 'false');

/**
 * Search, the layout toggle, (when there is another zone to offer) the zone toggle and the filters
 * button: last, so that Tab goes from it into the panel it opens, which follows the toolbar.
 */
export function toolbar(t: AgendaTimelineText, locale: string, state: ToolbarState, on: TimelineHandlers): TemplateResult {
  const { filter, zones } = state;
  const active = [...FACETS.map((facet) => filter[facet]), filter.savedOnly || undefined].filter((value) => value !== undefined).length;
  return html`<div class="toolbar" part="toolbar">
    <label class="search">
      <span class="visually-hidden">${t.search}</span>
      <input part="search" type="search" .value=${filter.q} placeholder=${t.searchHint} @input=${on.search} />
    </label>
    <div class="toggle" role="group" aria-label=${t.layout} part="layout-toggle">
      <button type="button" aria-pressed=${pressed(state.layout === 'grid')} @click=${() => on.chooseLayout('grid')}>${t.grid}</button>
      <button type="button" aria-pressed=${pressed(state.layout === 'list')} @click=${() => on.chooseLayout('list')}>${t.list}</button>
    </div>
    ${zones.other === zones.venue
      ? nothing
      : html`<div class="toggle" role="group" aria-label=${t.zone} part="zone-toggle">
          <button type="button" aria-pressed=${pressed(state.zoneMode === 'event')} @click=${() => on.chooseZone('event')}>${t.venueTime}</button>
          <button type="button" aria-pressed=${pressed(state.zoneMode === 'viewer')} @click=${() => on.chooseZone('viewer')}>
            ${zones.otherIsViewer ? t.yourTime : (state.otherName ?? placeOf(zones.other))}
          </button>
        </div>`}
    <button type="button" class="tool" aria-expanded=${pressed(state.filtersOpen)} aria-controls="filters" @click=${on.toggleFilters}>
      ${active > 0 ? t.activeFilters(formatNumber(locale, active)) : t.filters}
    </button>
  </div>`;
}

/** A filter's choice of a room or track: its id, and its name in the reader's language. */
const named = (value: string, { text, lang }: LocalText): Choice => ({ value, label: text, lang });

/** A speaker's name, and where another speaker has it too, their organization, else their job title: "Alex Kim (ACME)". */
function speakerLabel(person: Person, namesakes: ReadonlySet<string>, locale: string): string {
  const about = person.organization ? localText(person.organization, person.i18n?.organization, locale) : person.jobTitle && localText(person.jobTitle, person.i18n?.jobTitle, locale);
  return namesakes.has(person.name) && about ? `${person.name} (${about.text})` : person.name;
}

/** The choices of each facet, per schedule and locale, made once: not on each opening of the panel, nor on each render while it is open. */
const choiceLists = new WeakMap<Schedule, { readonly locale: string; readonly lists: Readonly<Record<Facet, readonly Choice[]>> }>();

/** The choices of each facet's select, with their labels in the reader's language, types, languages and speakers in its alphabetical order. */
export function filterChoices(schedule: Schedule, locale: string): Readonly<Record<Facet, readonly Choice[]>> {
  let made = choiceLists.get(schedule);
  if (made?.locale !== locale) {
    const choices = facets(schedule);
    const { compare } = collator(locale);
    const byLabel = (a: Choice, b: Choice): number => compare(a.label, b.label);
    const namesakes = new Set<string>();
    const seen = new Set<string>();
    for (const { name } of choices.speakers) (seen.has(name) ? namesakes : seen).add(name);
    const lists = {
      track: choices.tracks.map((track) => named(track.id, localText(track.name, track.i18n?.name, locale))),
      room: choices.rooms.map((room) => named(room.id, localText(room.name, room.i18n?.name, locale))),
      type: choices.types.map((type) => ({ value: type, label: type })).sort(byLabel),
      // The languages by their names in the reader's language ("German", "Deutsch").
      language: choices.languages.map((tag) => ({ value: tag, label: languageName(tag, locale) })).sort(byLabel),
      speaker: choices.speakers.map((person) => ({ value: person.id, label: speakerLabel(person, namesakes, locale) })).sort(byLabel),
    };
    choiceLists.set(schedule, (made = { locale, lists }));
  }
  return made.lists;
}

/** The facet filters: a select per facet that has choices, "only saved", and "Clear filters". */
export function filtersPanel(t: AgendaTimelineText, locale: string, schedule: Schedule, filter: FilterState, on: TimelineHandlers): TemplateResult {
  const choices = filterChoices(schedule, locale);
  const select = (facet: Facet, label: string, all: string): TemplateResult | typeof nothing =>
    choices[facet].length === 0
      ? nothing
      : html`<label class="facet">
          <span>${label}</span>
          <select ${selectOptions(all, choices[facet], filter[facet])} @change=${(event: Event) => on.setFacet(facet, event)}></select>
        </label>`;
  return html`<div id="filters" class="filters" part="filters">
    ${select('track', t.track, t.allTracks)} ${select('room', t.room, t.allRooms)} ${select('type', t.type, t.allTypes)}
    ${select('language', t.language, t.allLanguages)} ${select('speaker', t.speaker, t.allSpeakers)}
    <label class="check">
      <input type="checkbox" .checked=${filter.savedOnly} @change=${on.toggleSavedOnly} />
      ${t.savedOnly}
    </label>
    <button type="button" class="tool" ?disabled=${!isFiltering(filter)} @click=${on.clearFilters}>${t.clearFilters}</button>
  </div>`;
}

/**
 * The day tabs (with each day's matches while filtering), following the ARIA tabs pattern. The
 * count's space is inside its span: a space alone between the day and the span is left out of the tab's name ("Tue, Sep 2(11)").
 */
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
        ${shortDay(date, locale)}${counts ? html`<span class="tab-count"> (${formatNumber(locale, counts.get(date)?.length ?? 0)})</span>` : nothing}
      </button>`;
    })}
  </div>`;
}

/** How the grid's hour axis names the day where the date changes: "Thu". */
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };

/**
 * The day as a grid: sticky room headers and hour axis, the now-line, and the sessions' cells.
 * Sizes come from custom properties (`--_columns`, `--_minutes`), so a resize lays out again
 * without a render.
 */
function gridFrame(view: TimelineView, day: string, layout: DayLayout, cells: SessionCells, rows: readonly CellRow[], first: (index: number) => boolean, on: TimelineHandlers): TemplateResult {
  const { now, zone } = view;
  const nowTop = now >= layout.startMs && now <= layout.endMs ? ((now - layout.startMs) / 60_000) * MINUTE_PX : undefined;
  const ticks = hourTicks(layout, zone);
  return html`<div class="grid" part="grid" @scroll=${on.scrolled}>
    <div
      class="canvas"
      style=${styleProps({
        '--_columns': String(Math.max(1, layout.columns.length)),
        '--_minutes': String(layout.minutes),
        // The hour lines fall where the last hour is named, below the all-day row: all the day's, unless the clocks
        // move by half an hour (Lord Howe Island), when those after the change.
        '--_hours-top': `${((((ticks.at(-1) ?? layout.startMs) - layout.startMs) / 60_000) % 60) * MINUTE_PX}px`,
      })}
    >
      <div class="corner" aria-hidden="true"></div>
      <div class="heads" aria-hidden="true">
        ${layout.columns.map((column, index) => {
          const name = column.room && localText(column.room.name, column.room.i18n?.name, view.locale);
          // Placed in the timeline's direction, over its column (no dir of its own: see the styles); the name runs in its own.
          return html`<span class="head" lang=${ifDefined(name?.lang)} style=${styleProps({ '--x': String(index) })}>${name?.text ?? view.t.other}</span>`;
        })}
      </div>
      <div class="axis" aria-hidden="true">
        ${layout.allDay ? html`<span class="tick all-day">${allDayText(view.locale)}</span>` : nothing}
        ${ticks.map((ms, index) => {
          // Where the date changes in the zone shown (its midnight, within a venue's day shown in another zone), the hour names its day.
          const newDay = dayKey(ms, zone) !== (index === 0 ? day : dayKey(ticks[index - 1]!, zone));
          return html`<span class="tick" style=${styleProps({ insetBlockStart: `${((ms - layout.startMs) / 60_000) * MINUTE_PX}px` })}
            >${newDay ? html`<span class="tick-day">${dateTimeFormat(view.locale, WEEKDAY, zone).format(ms)} </span>` : nothing}${formatTime(ms, view)}</span
          >`;
        })}
      </div>
      <div class="body">
        ${nowTop === undefined
          ? nothing
          : html`<div class="now-line" part="now-line" style=${styleProps({ '--_y': `${nowTop}px` })} aria-hidden="true">
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
  return html`<ul class="list" part="list" role="list" aria-label=${shortDay(day, view.locale)} @click=${on.sessionClick} @keydown=${on.sessionKey} @scroll=${on.scrolled}>
    ${sessionCells(cells, rows, view, first)}
  </ul>`;
}

/**
 * The day's sessions in the grid or the list, with the one tab stop on the session the keyboard
 * was on, else the one the day opens at while it runs (Tab would otherwise take a person from now
 * back to the morning), else the day's first; `first` says which rows the first paint builds.
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
  const activeId = view.activeId && items.some((item) => item.session.id === view.activeId) ? view.activeId : (openingItem(opening) ?? items[0])?.session.id;
  const dayView = { ...view, activeId };
  if (opening.grid) {
    const rows = items.map((item): CellRow => ({ kind: 'grid', item }));
    return gridFrame(dayView, day, layout, cells, rows, first(rows), on);
  }
  const rows = listRows(view, day, items.map((item) => item.session));
  return listFrame(dayView, day, cells, rows, first(rows), on);
}

/**
 * The list's rows for a day's sessions: a heading per start time ("All day" first, for the all-day
 * ones), then its sessions. A start on another day than the tab's (one shown in another zone, or
 * of a session that runs in from the day before) says that day.
 */
function listRows(view: TimelineView, day: string, sessions: readonly Session[]): CellRow[] {
  const rows: CellRow[] = [];
  let slot: string | undefined;
  let slotStart: number | undefined;
  for (const session of sessions) {
    // Formatted once per start (a keystroke in the search lists a big day's rows again), not once per session.
    const start = session.allDay ? -Infinity : session.startMs;
    const label = start === slotStart ? slot! : session.allDay ? allDayText(view.locale) : formatTimeOn(start, day, view);
    slotStart = start;
    if (label !== slot) {
      slot = label;
      rows.push({ kind: 'slot', startMs: session.startMs, label, level: view.level });
    }
    rows.push({ kind: 'list', session });
  }
  return rows;
}

/**
 * The short line of a session in "Happening now / Up next": time, title, room. One on another day
 * than now says its day (the night's last talk is followed by tomorrow noon's, not "12:00 PM").
 */
function sessionLine(view: TimelineView, session: Session): TemplateResult {
  const room = roomName(session, view.locale);
  return html`<time datetime=${isoDateTime(session.startMs, view.zone)}>${sessionRange(session, view, dayKey(view.now, view.zone))}</time>
    ${localSpan(codedTitle(session, view.locale), 'line-title')} ${room ? localSpan(room, 'line-room') : nothing}`;
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
            ${sessions.map((session) => {
              const href = hrefFor(view.sessionHref, session.id);
              const open = (event: Event): void => on.open(session, event);
              return html`<li>
                ${isBreak(session)
                  ? html`<span class="line">${sessionLine(view, session)}</span>`
                  : href
                    ? html`<a class="line" href=${href} @click=${open}>${sessionLine(view, session)}</a>`
                    : html`<button type="button" class="line" @click=${open}>${sessionLine(view, session)}</button>`}
              </li>`;
            })}
          </ul>
        </section>`;
  return html`<div class="now-next" part="now-next">${group(view.t.happeningNow, live, 'now')} ${group(view.t.upNext, next, 'next')}</div>`;
}

/** The selected day as a plain list, for paper: each session's time, room, title and people. */
export function printList(view: TimelineView, day: string, sessions: readonly Session[]): TemplateResult {
  return html`<section class="print-list">
    ${heading(view.level, formatDay(Date.parse(`${day}T12:00:00Z`), { locale: view.locale, zone: 'UTC' }))}
    <ul role="list">
      ${sessions.map(
        (session) => html`<li>
          <time datetime=${isoDateTime(session.startMs, view.zone)}>${sessionRange(session, view, day)}</time>
          ${localSpan(roomName(session, view.locale) ?? { text: '', dir: 'auto' }, 'line-room')} ${localSpan(codedTitle(session, view.locale), 'line-title')}
          ${session.people.length > 0 ? html`<span class="line-people">${peopleNames(session, view.locale)}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** What the dialog shows: a session, or a person. */
export type DialogContent = { readonly kind: 'session'; readonly session: Session } | { readonly kind: 'person'; readonly person: Person };

/** The dialog's handlers: closing it, and what its cards fire. */
export interface DialogHandlers {
  readonly closed: () => void;
  readonly save: (event: SessionSaveEvent) => void;
  /** A name chosen in the session's card. */
  readonly speakerSelected: (event: SpeakerSelectEvent) => void;
  /** A session chosen in the person's card. */
  readonly sessionSelected: (event: SessionSelectEvent) => void;
}

/**
 * The modal dialog (empty while nothing is open): a close button and, in the timeline's locale,
 * zone and clock, a session's full card (whose names open the person) or a person's card (whose
 * sessions open the session).
 */
export function sessionDialog(
  view: TimelineView,
  shown: DialogContent | undefined,
  options: { readonly now?: Date | number; readonly ownSaved: boolean; readonly removed?: boolean },
  on: DialogHandlers,
): TemplateResult {
  let card: TemplateResult | typeof nothing = nothing;
  if (shown?.kind === 'session') {
    const { session } = shown;
    card = html`<session-card
      @session-save=${on.save}
      @speaker-select=${on.speakerSelected}
      variant="full"
      .schedule=${view.schedule}
      .session=${session}
      heading-level="2"
      locale=${view.locale}
      time-zone=${view.zone}
      .now=${options.now}
      ?saved=${view.saved.has(session.id)}
      ?without-saved-store=${options.ownSaved}
      person-href=${ifDefined(view.personHref)}
    ></session-card>`;
  } else if (shown?.kind === 'person') {
    card = html`<speaker-card
      @session-select=${on.sessionSelected}
      .schedule=${view.schedule}
      .person=${shown.person}
      heading-level="2"
      locale=${view.locale}
      time-zone=${view.zone}
      session-href=${ifDefined(view.sessionHref)}
    ></speaker-card>`;
  } else if (options.removed) {
    // The session shown was taken out of the schedule by a refresh: the dialog stays, and says so.
    card = html`<p class="removed" role="status">${view.t.sessionRemoved}</p>`;
  }
  const label = shown?.kind === 'session' ? localText(shown.session.title, shown.session.i18n?.title, view.locale).text : shown?.kind === 'person' ? shown.person.name : options.removed ? view.t.sessionRemoved : '';
  return modalDialog(label, view.t.close, card, on.closed);
}

/**
 * The zone's caption: "Times in Istanbul time (EEST)", "Times in your time zone (EDT)", or with the
 * zone's name in the reader's language where it has one (`localName`): "الأوقات حسب توقيت شرق أوروبا (EEST)".
 */
export function zoneCaption(t: AgendaTimelineText, zones: TimelineZones, viewer: boolean, abbreviation: string, localName: string | undefined): string {
  if (viewer && zones.otherIsViewer) return t.timesYours(abbreviation);
  // The place isolated (U+2068 … U+2069): a Latin city name in an Arabic sentence keeps its order.
  return localName ? t.timesInZone(localName, abbreviation) : t.timesAtVenue(isolate(placeOf(zones.shown)), abbreviation);
}
