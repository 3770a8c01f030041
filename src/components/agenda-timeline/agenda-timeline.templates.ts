/**
 * The pieces of `<agenda-timeline>` that are pure functions of what they show: a session's
 * button content (its accessible name reads day, time, room, title and people in that order),
 * the list's rows, the grid's body, the run of show, "Happening now / Up next" and the print list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDay, formatDuration, formatTime, formatTimeRange, isoDateTime, isoDay } from '../../data/format.js';
import type { Person, Schedule, Session } from '../../data/model.js';
import { sessionStatus } from '../../data/status.js';
import { heading, type HeadingLevel } from '../session-card/session-card.templates.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
import type { AgendaTimelineText } from './agenda-timeline.messages.js';
import { textColorOn } from '../../internal/contrast.js';
import { styleProps } from '../../internal/style-props.js';
import type { DayLayout, GridItem } from './layout.js';

/** What every template needs: the words, how to show times, the clock and the person's picks. */
export interface TimelineView {
  readonly schedule: Schedule;
  readonly t: AgendaTimelineText;
  readonly locale: string;
  /** The zone times are shown in. */
  readonly zone: string;
  readonly level: HeadingLevel;
  readonly now: number;
  readonly saved: ReadonlySet<string>;
  /** The session that holds the grid's one tab stop. */
  readonly activeId?: string;
}

/** A row of the list: a time slot's heading, or a session. */
export type ListRow =
  | { readonly kind: 'slot'; readonly startMs: number }
  | { readonly kind: 'session'; readonly session: Session; readonly position: number; readonly count: number };

/** The pixel geometry of the grid at its current size. */
export interface GridGeometry {
  readonly minutePx: number;
  readonly columnPx: number;
  readonly headPx: number;
  readonly axisPx: number;
}

const listFormats = new Map<string, Intl.ListFormat>();
const shortDays = new Map<string, Intl.DateTimeFormat>();

/** Names as "A, B and C", each once. */
function namesOf(people: readonly Person[], locale: string): string {
  let names = listFormats.get(locale);
  if (!names) {
    names = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, names);
  }
  return names.format([...new Set(people.map((person) => person.name))]);
}

/** The last names line of each session, with its locale: cells are rendered again on every scroll frame. */
const namesLines = new WeakMap<Session, { readonly locale: string; readonly names: string }>();

/** The people of a session once each, as "A, B and C". */
export function peopleNames(session: Session, locale: string): string {
  let line = namesLines.get(session);
  if (line?.locale !== locale) {
    line = { locale, names: namesOf(session.people.map(({ person }) => person), locale) };
    namesLines.set(session, line);
  }
  return line.names;
}

/** A day tab's label, short enough for a phone: "Tue, Sep 2". Days are event-local dates, shown as such. */
export function shortDay(date: string, locale: string): string {
  let format = shortDays.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
    shortDays.set(locale, format);
  }
  return format.format(Date.parse(`${date}T12:00:00Z`));
}

/** The inline colours of a session with a track colour: the colour and legible text on it. */
export function trackColors(session: Session): Record<string, string | undefined> {
  const color = session.track?.color;
  return { '--_track': color, '--_on-track': color ? textColorOn(color) : undefined };
}

/** A session's formatted times for one locale and zone. */
interface SessionTimes {
  readonly day: string;
  readonly range: string;
  readonly iso: string;
}

/** Formatted times by locale, zone, start and end: parallel sessions share them, so a day formats a handful. */
const sessionTimesCache = new Map<string, SessionTimes>();
const SESSION_TIMES_LIMIT = 4096;
/** Each session's last times, with their locale and zone: no key to build while the view stays the same. */
const lastTimes = new WeakMap<Session, { readonly locale: string; readonly zone: string; readonly times: SessionTimes }>();

/** A session's day, time range and ISO start, formatted once per locale, zone and time range (scrolling re-renders often). */
function sessionTimes(session: Session, locale: string, zone: string): SessionTimes {
  const last = lastTimes.get(session);
  if (last?.locale === locale && last.zone === zone) return last.times;
  const key = `${locale}|${zone}|${session.startMs}|${session.endMs}`;
  let times = sessionTimesCache.get(key);
  if (times === undefined) {
    if (sessionTimesCache.size >= SESSION_TIMES_LIMIT) sessionTimesCache.clear();
    times = {
      day: formatDay(session.startMs, { locale, zone }),
      range: formatTimeRange(session.startMs, session.endMs, { locale, zone }),
      iso: isoDateTime(session.startMs, zone),
    };
    sessionTimesCache.set(key, times);
  }
  lastTimes.set(session, { locale, zone, times });
  return times;
}

/**
 * The inside of a session's button. Screen readers hear "Tuesday, September 2, 11:00 AM – 12:30 PM,
 * Workshop Room 03, WS196: title, people, track, saved, live": the day, the commas and (in the grid,
 * where the column says it) the room are visually hidden. The shape is fixed: a part that does not
 * apply is left empty and hidden rather than left out (a grid of cells renders and re-renders
 * markedly faster than when parts come and go), and the hidden text is in as few boxes as it can be
 * (each is a clipped, absolutely placed box: a dozen per cell doubled the grid's layout time).
 */
export function sessionContent(view: TimelineView, session: Session, layout: 'grid' | 'list'): TemplateResult {
  const { t, locale, zone } = view;
  const live = sessionStatus(session, view.now) === 'live';
  const saved = view.saved.has(session.id);
  const names = session.people.length > 0 ? peopleNames(session, locale) : '';
  const times = sessionTimes(session, locale, zone);
  const room = session.room?.name ?? '';
  const track = session.track?.name ?? '';
  const grid = layout === 'grid';
  const roomShown = !grid && room !== '';
  // A hidden part keeps no text either: what a screen reader hears stays equal to the text content.
  const comma = (shown: boolean): TemplateResult => html`<span class="visually-hidden" ?hidden=${!shown}>${shown ? ', ' : ''}</span>`;
  return html`<span class="visually-hidden">${times.day}, </span
    ><time class="item-time" datetime=${times.iso}>${times.range}</time
    ><span class="visually-hidden">${grid && room ? `, ${room}, ` : ', '}</span
    ><span class="item-room" dir="auto" ?hidden=${!roomShown}>${roomShown ? room : ''}</span
    >${comma(roomShown)}<span class="item-title" dir="auto"
      ><span class="item-code">${session.code ? `${session.code}: ` : ''}</span>${session.title}</span
    >${comma(names !== '')}<span class="item-people" dir="auto" ?hidden=${!names}>${names}</span
    >${comma(track !== '')}<span class="item-track" dir="auto" ?hidden=${!track}>${track}</span
    ><span class="item-saved" ?hidden=${!saved}
      ><span class="visually-hidden">${saved ? ', ' : ''}</span><span aria-hidden="true">${saved ? '★' : ''}</span
      ><span class="visually-hidden">${saved ? t.saved : ''}</span></span
    >${comma(live)}<span class="badge live" ?hidden=${!live}>${live ? t.live : ''}</span>`;
}

/**
 * A session's button, in the grid or the list. It is rendered again only when something it shows
 * changed: a keystroke in the search box moves most cells and changes none of them.
 */
function sessionButton(view: TimelineView, session: Session, layout: 'grid' | 'list', tabbable: boolean): unknown {
  const shown = [session, layout, tabbable, sessionStatus(session, view.now), view.saved.has(session.id), view.t, view.locale, view.zone];
  return guard(shown, () => html`<button
    type="button"
    part="session"
    class="session ${session.track?.color ? 'tracked' : ''}"
    data-session-id=${session.id}
    data-status=${sessionStatus(session, view.now)}
    tabindex=${tabbable ? 0 : -1}
    ${styleProps(trackColors(session))}
  >
    ${sessionContent(view, session, layout)}
  </button>`);
}

/** One row of the virtualized list. */
export function listRow(view: TimelineView, row: ListRow): TemplateResult {
  if (row.kind === 'slot') {
    return html`<div role="listitem" class="slot">
      ${heading(view.level, html`<time datetime=${isoDateTime(row.startMs, view.zone)}>${formatTime(row.startMs, view)}</time>`)}
    </div>`;
  }
  return html`<div role="listitem" class="row" aria-posinset=${row.position} aria-setsize=${row.count}>
    ${sessionButton(view, row.session, 'list', true)}
  </div>`;
}

/** The list's rows for a day's sessions: a heading per start time, then its sessions. */
export function listRows(sessions: readonly Session[]): ListRow[] {
  const rows: ListRow[] = [];
  let slot: number | undefined;
  sessions.forEach((session, index) => {
    if (session.startMs !== slot) {
      slot = session.startMs;
      rows.push({ kind: 'slot', startMs: slot });
    }
    rows.push({ kind: 'session', session, position: index + 1, count: sessions.length });
  });
  return rows;
}

/** The grid's items (absolutely placed; only those given, which are the ones on screen). */
export function gridItems(view: TimelineView, layout: DayLayout, items: readonly GridItem[], geometry: GridGeometry): TemplateResult {
  const { minutePx, columnPx } = geometry;
  const count = layout.items.length;
  return html`${repeat(
    items,
    (item) => item.session.id,
    (item) => {
      const width = (item.span * columnPx) / item.lanes;
      return html`<li
        class="cell"
        aria-posinset=${item.index + 1}
        aria-setsize=${count}
        ${styleProps({
          insetBlockStart: `${item.top * minutePx}px`,
          insetInlineStart: `${item.column * columnPx + item.lane * width}px`,
          inlineSize: `${width}px`,
          blockSize: `${item.height * minutePx}px`,
        })}
      >
        ${sessionButton(view, item.session, 'grid', item.session.id === view.activeId)}
      </li>`;
    },
  )}`;
}

/** The axis's hour labels that fall between `top` and `bottom` minutes. */
export function axisLabels(view: TimelineView, layout: DayLayout, ticks: readonly number[], minutePx: number): TemplateResult[] {
  return ticks.map((ms) => {
    const top = ((ms - layout.startMs) / 60_000) * minutePx;
    return html`<span class="tick" ${styleProps({ insetBlockStart: `${top}px` })}>${formatTime(ms, view)}</span>`;
  });
}

/** The short line of a session in "Happening now / Up next" and in print: time, title, room. */
function sessionLine(view: TimelineView, session: Session): TemplateResult {
  return html`<time datetime=${isoDateTime(session.startMs, view.zone)}
      >${formatTimeRange(session.startMs, session.endMs, view)}</time
    >
    <span class="line-title" dir="auto">${session.code ? `${session.code}: ` : ''}${session.title}</span>
    ${session.room ? html`<span class="line-room" dir="auto">${session.room.name}</span>` : nothing}`;
}

/** "Happening now" and "Up next", each a short list of buttons that open the session. */
export function nowAndNext(
  view: TimelineView,
  live: readonly Session[],
  next: readonly Session[],
  open: (session: Session) => void,
): TemplateResult {
  const group = (title: string, sessions: readonly Session[], kind: string): TemplateResult | typeof nothing =>
    sessions.length === 0
      ? nothing
      : html`<section class="now-group ${kind}">
          ${heading(view.level, title)}
          <ul role="list">
            ${sessions.map(
              (session) => html`<li>
                <button type="button" class="line" @click=${() => open(session)}>${sessionLine(view, session)}</button>
              </li>`,
            )}
          </ul>
        </section>`;
  return html`<div class="now-next" part="now-next">
    ${group(view.t.happeningNow, live, 'now')} ${group(view.t.upNext, next, 'next')}
  </div>`;
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

/** A session's inner agenda as a vertical run of show: clock time, length, title and people of each item. */
export function runOfShow(view: TimelineView, session: Session): TemplateResult {
  const { t, locale, zone } = view;
  const status = sessionStatus(session, view.now);
  return html`<header class="ros-header">
      ${heading(view.level, html`${session.code ? html`<span class="item-code">${session.code}</span>: ` : nothing}<span dir="auto">${session.title}</span>`, 'title')}
      <p class="ros-when" part="time">
        <time datetime=${isoDay(session.startMs, zone)}>${formatDay(session.startMs, { locale, zone })}</time>
        <span aria-hidden="true">•</span>
        <time datetime=${isoDateTime(session.startMs, zone)}>${formatTimeRange(session.startMs, session.endMs, { locale, zone })}</time>
        ${session.room ? html`<span aria-hidden="true">•</span> <span dir="auto">${session.room.name}</span>` : nothing}
        ${status === 'live' ? html`<span class="badge live">${t.live}</span>` : nothing}
      </p>
    </header>
    ${session.agenda.length === 0
      ? html`<p class="state" part="state">${t.noAgenda}</p>`
      : html`<ol class="ros" part="agenda" role="list" aria-label=${t.agenda}>
          ${session.agenda.map((item) => {
            const live = item.startMs <= view.now && view.now < item.endMs;
            return html`<li class="ros-item ${live ? 'live' : ''}" aria-current=${live ? 'time' : 'false'}>
              <span class="ros-marker" aria-hidden="true"></span>
              <span class="ros-clock">
                <time datetime=${isoDateTime(item.startMs, zone)}>${formatTime(item.startMs, { locale, zone })}</time>
                <span class="ros-duration">${formatDuration(item.minutes, locale)}</span>
              </span>
              <span class="ros-what">
                <span class="ros-title" dir="auto">${item.title}</span>
                ${item.people.length > 0
                  ? html`<span class="ros-people" dir="auto">${namesOf(item.people, locale)}</span>`
                  : nothing}
                ${live ? html`<span class="badge live">${t.now}</span>` : nothing}
              </span>
            </li>`;
          })}
        </ol>`}`;
}
