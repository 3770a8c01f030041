/**
 * A session's words as the timeline shows them — its people as "A, B and C", its day and times in
 * a locale and zone, a day tab's label, legible text on its track colour — each made once and
 * kept, because the grid shows hundreds of sessions and renders again on every keystroke.
 */
import { formatDay, formatTimeRange, isoDateTime } from '../../data/format.js';
import type { Person, Session } from '../../data/model.js';
import { dateTimeFormat, nameList } from '../../i18n/intl.js';
import { textColorOn } from '../../internal/contrast.js';
import { localText, ownDirection, type LocalText } from '../shared/local-text.js';

const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };

/** Names as "A, B and C", each once. */
export function namesOf(people: readonly Person[], locale: string): string {
  return nameList([...new Set(people.map((person) => person.name))], locale);
}

/** The last names line of each session, with its locale. */
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

/** A session's title in the reader's language after its code, "WS196: title", marked with its language. */
export function codedTitle(session: Session, locale: string): LocalText {
  const title = localText(session.title, session.i18n?.title, locale);
  return session.code ? { ...title, text: `${session.code}: ${title.text}`, dir: ownDirection(title) } : title;
}

/**
 * Whether a session is a break that has nothing to open: of type "break" (a pretalx or Sessionize
 * break is), with no description, people, agenda or links. The timeline shows it, but not as a button.
 */
export function isBreak(session: Session): boolean {
  return session.type?.toLowerCase() === 'break' && !session.description && !session.people.length && !session.agenda.length && !session.links.length;
}

/** A session's room name in the reader's language, marked with its language; undefined without a room. */
export function roomName(session: Session, locale: string): LocalText | undefined {
  const { room } = session;
  return room && localText(room.name, room.i18n?.name, locale);
}

/** A day tab's label, short enough for a phone: "Tue, Sep 2". Days are event-local dates, shown as such. */
export function shortDay(date: string, locale: string): string {
  return dateTimeFormat(locale, SHORT_DAY, 'UTC').format(Date.parse(`${date}T12:00:00Z`));
}

/** The inline colours of a session with a track colour (the colour and legible text on it), or undefined. */
export function trackColors(session: Session): Readonly<Record<'--_track' | '--_on-track', string>> | undefined {
  const color = session.track?.color;
  return color ? { '--_track': color, '--_on-track': textColorOn(color) ?? 'inherit' } : undefined;
}

/** A session's formatted times for one locale and zone. */
export interface SessionTimes {
  readonly day: string;
  readonly range: string;
  readonly iso: string;
}

/** Formatted times by locale, zone, start and end: parallel sessions share them, so a day formats a handful. */
const sessionTimesCache = new Map<string, SessionTimes>();
const SESSION_TIMES_LIMIT = 4096;

/** A session's day, time range and ISO start, formatted once per locale, zone and time range. */
export function sessionTimes(session: Session, locale: string, zone: string): SessionTimes {
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
  return times;
}
