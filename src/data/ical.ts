/**
 * "Add to calendar" for sessions: an RFC 5545 iCalendar file, and links that open a session in
 * Google Calendar or Outlook.com.
 *
 * Pure code (no DOM, no Lit): rich text is reduced to plain text by plain-text.ts, and everything
 * this module returns is text (or a URL) for the caller to download or put in an `href`; nothing
 * is ever rendered as markup.
 *
 * Times are written in UTC (`DTSTART:20140902T080000Z`), not as `TZID=<event zone>` local times:
 * the model holds exact instants (`startMs`/`endMs`), and a one-off event needs nothing else. A
 * `TZID` would oblige us to ship a VTIMEZONE with the zone's rules, which we would have to
 * reconstruct from Intl offsets (clients differ in how they treat a wrong or partial one), and it
 * only earns its keep for recurring events, whose wall-clock times must survive DST changes.
 * Calendar clients show a UTC event in the viewer's own zone, which is what a viewer's calendar
 * does anyway; the Google link passes the event zone as `ctz` for its editing form.
 */
import type { EventInfo, Session } from './model.js';
import type { SavedEntry } from './saved.js';
import { absoluteUrl, normalizeNewlines, richTextToPlain } from './plain-text.js';
import { textIn } from './texts.js';
import { dayKey, nextDay } from './time.js';

/** A session, or a saved one in the event's zone: what its UID and times are written from. */
type When = Pick<Session, 'id' | 'startMs' | 'endMs' | 'timeZone'> & { readonly allDay?: boolean };

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The `DTSTAMP` instant in epoch milliseconds; `Date.now()` when undefined. */
  readonly now?: number;
  /** The page of a session on the embedding site, written as the event's `URL`; else the session's first link. */
  readonly url?: (session: Session) => string | undefined;
  /** The reader's BCP 47 locale: texts the feed gives in several languages are written in it (see texts.ts `pick`). */
  readonly locale?: string;
  /**
   * Saved sessions that left the programme (see `diffSaved`), written as they were saved with
   * `STATUS:CANCELLED` under the UID they had: a calendar that imported them marks them cancelled.
   */
  readonly cancelled?: readonly SavedEntry[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines longer than 75 octets (excluding the line break) are folded. */
const MAX_LINE_OCTETS = 75;
const PRODID = '-//schedule-elements//EN';
/** The domain part of every UID: these UIDs are ours, not the feed's. */
const UID_DOMAIN = 'schedule-elements';
/**
 * The most a link's `details`/`body` may take once percent-encoded. Browsers and the calendar
 * services reject URLs of some 8 000 characters and more; the rest of a link stays well under 1 000.
 */
const MAX_ENCODED_DETAILS = 3000;

const utf8 = new TextEncoder();

/** The label of a role group: the contract's roles in words, any other label as written. */
function roleLabel(role: string, count: number): string {
  const plural = count > 1 ? 's' : '';
  switch (role) {
    case 'speaker':
      return `Speaker${plural}`;
    case 'moderator':
      return `Moderator${plural}`;
    case 'remote-moderator':
      return `Remote moderator${plural}`;
    default:
      return role;
  }
}

/** The description, then a blank line and one line per role: `Moderator: Qusai Al-Shatti`. */
function sessionDetails(session: Session, locale?: string): string {
  const people = session.roles
    .filter((group) => group.people.length > 0)
    .map((group) => `${roleLabel(group.role, group.people.length)}: ${group.people.map((p) => p.name).join(', ')}`)
    .join('\n');
  const { description: rich, i18n } = session;
  const description = rich ? richTextToPlain({ format: rich.format, source: textIn(rich.source, i18n?.description, locale) }) : '';
  return [description, people].filter((part) => part !== '').join('\n\n');
}

/** `WS196: IGF & Enhanced Cooperation…`, or the title alone when there is no code (or the title starts with it). */
function sessionSummary(session: Session, locale?: string): string {
  const code = session.code?.trim();
  const title = textIn(session.title, session.i18n?.title, locale);
  return code && !title.startsWith(code) ? `${code}: ${title}` : title;
}

/** Room name, room location, event location: the non-empty ones, comma-separated. */
function sessionLocation(session: Session, event: EventInfo, locale?: string): string {
  const { room } = session;
  return [
    room && textIn(room.name, room.i18n?.name, locale),
    room && textIn(room.location, room.i18n?.location, locale),
    textIn(event.location, event.i18n?.location, locale),
  ]
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '')
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// iCalendar
// ---------------------------------------------------------------------------------------------

/** Lone surrogates as U+FFFD and controls removed (TEXT allows none but tab; newlines are kept for escaping). */
function cleanText(text: string): string {
  return normalizeNewlines(text)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** A TEXT value (RFC 5545 §3.3.11): `\`, `;`, `,` escaped, newlines as `\n`. */
function escapeText(text: string): string {
  return cleanText(text).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** `20140902T080000Z`: a DATE-TIME in UTC, to the second. */
function utcDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * The first day of an all-day session and the day after its last, in the event zone: `2024-03-20`,
 * `2024-03-22` for the 20th and 21st (iCalendar, Google and Outlook take the end as exclusive).
 */
function allDayBounds({ startMs, endMs, timeZone }: When): [string, string] {
  return [dayKey(startMs, timeZone), nextDay(dayKey(Math.max(startMs, endMs - 1), timeZone))];
}

/** `20240320`: a DATE value. */
function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

/** Every byte outside `A-Z a-z 0-9 - . _` as `%XX`: distinct inputs give distinct results. */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of utf8.encode(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `ws196@igf-2014.schedule-elements`: the same for the same event and session, in every file we write. */
function sessionUid({ id }: When, event: EventInfo): string {
  return `${percentEncode(id)}@${percentEncode(event.id ?? event.name)}.${UID_DOMAIN}`;
}

/** The UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One content line folded (RFC 5545 §3.1): at most 75 octets a line, never inside a character, continuations start with a space. */
function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += char;
    used += size;
  }
  return out;
}

/**
 * The first lines of a VEVENT: its UID, DTSTAMP and times (UTC start and end, no end for one that
 * ends as it starts; the first day and the day after the last as DATE values all day, in its zone).
 */
function eventStart(when: When, event: EventInfo, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${sessionUid(when, event)}`,
    `DTSTAMP:${stamp}`,
    ...(when.allDay
      ? allDayBounds(when).map((day, i) => `${i === 0 ? 'DTSTART' : 'DTEND'};VALUE=DATE:${icsDate(day)}`)
      : // RFC 5545 §3.8.2.2: DTEND is later than DTSTART; without one, the event ends as it starts (§3.6.1).
        [`DTSTART:${utcDateTime(when.startMs)}`, ...(when.endMs > when.startMs ? [`DTEND:${utcDateTime(when.endMs)}`] : [])]),
  ];
}

/** The content lines of one session's VEVENT. */
function eventLines(session: Session, event: EventInfo, stamp: string, url: string | undefined, locale?: string): string[] {
  const lines = [...eventStart(session, event, stamp), `SUMMARY:${escapeText(sessionSummary(session, locale))}`];
  const location = sessionLocation(session, event, locale);
  if (location !== '') lines.push(`LOCATION:${escapeText(location)}`);
  const details = sessionDetails(session, locale);
  if (details !== '') lines.push(`DESCRIPTION:${escapeText(details)}`);
  if (url !== undefined) lines.push(`URL:${url}`);
  const { track } = session;
  const categories = [...new Set([track && textIn(track.name, track.i18n?.name, locale), session.type].filter((c): c is string => !!c?.trim()))];
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An iCalendar file (RFC 5545) named after the event and its zone (`X-WR-CALNAME`, `X-WR-TIMEZONE`), with one VEVENT per session, ready to download as `text/calendar`:
 * UTC start and end (no end for a session that ends as it starts; the first day and the day after the last as DATE values for an all-day session), summary (`WS196: title`), location (room, room location, event location),
 * a plain-text description followed by the people by role, the session's URL and its track and
 * type as categories, each text in `options.locale`'s language where the feed gives it in several.
 * UIDs are stable per event and session, so importing the file again updates the events instead of
 * duplicating them. Lines are folded at 75 octets and end with CRLF.
 */
export function toICalendar(sessions: readonly Session[], event: EventInfo, options: ICalendarOptions = {}): string {
  const stamp = utcDateTime(options.now ?? Date.now());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    // No CALSCALE: GREGORIAN is its default (RFC 5545 §3.7.1).
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(textIn(event.name, event.i18n?.name, options.locale))}`,
    // The venue's zone (an IANA name, no escape needed): the times are UTC, so calendars show them right without it, but
    // whoever reads the file back as a programme (our iCalendar adapter, a calendar made from the file) would show them in UTC.
    `X-WR-TIMEZONE:${event.timeZone}`,
  ];
  for (const session of sessions) {
    const url = absoluteUrl(options.url?.(session) ?? session.links[0]?.url, event);
    lines.push(...eventLines(session, event, stamp, url, options.locale));
  }
  for (const entry of options.cancelled ?? []) {
    lines.push(...eventStart({ ...entry, timeZone: event.timeZone }, event, stamp), `SUMMARY:${escapeText(entry.title)}`, 'STATUS:CANCELLED', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** The file name to download a session's calendar as: `ws196.ics` (letters, digits, `.`, `_`, `-` only). */
export function calendarFileName(session: Session): string {
  const base = session.id
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100);
  return `${base === '' ? 'session' : base}.ics`;
}

// ---------------------------------------------------------------------------------------------
// Calendar links
// ---------------------------------------------------------------------------------------------

/** The percent-encoded length of one code point in a query string. */
function encodedLength(char: string): number {
  return /^[A-Za-z0-9*._-]$/.test(char) ? 1 : 3 * octets(char.codePointAt(0)!);
}

/** Details cut, at a character boundary, to what fits in {@link MAX_ENCODED_DETAILS} once encoded, with `…` when cut. */
function trimDetails(text: string): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += encodedLength(char);
    if (used > MAX_ENCODED_DETAILS - 9) return `${text.slice(0, end).trimEnd()}\u2026`;
    end += char.length;
  }
  return text;
}

/** A query string with spaces as `%20` (Outlook shows a `+` as written); values with a `+` already have it as `%2B`. */
function query(params: Record<string, string>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '') search.set(key, cleanText(value));
  return search.toString().replace(/\+/g, '%20');
}

/**
 * A link that opens Google Calendar's "new event" form filled with the session: title, UTC dates
 * (`20140902T080000Z/20140902T093000Z`, or days `20240320/20240322` all day), plain-text details
 * trimmed to a URL-safe length, location, and the event zone (`ctz`) to show the times in; texts in
 * `locale`'s language where the feed gives several.
 */
export function googleCalendarUrl(session: Session, event: EventInfo, locale?: string): string {
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: sessionSummary(session, locale),
    dates: session.allDay ? allDayBounds(session).map(icsDate).join('/') : `${utcDateTime(session.startMs)}/${utcDateTime(session.endMs)}`,
    details: trimDetails(sessionDetails(session, locale)),
    location: sessionLocation(session, event, locale),
    ctz: event.timeZone,
  })}`;
}

/** `2014-09-02T08:00:00Z`. */
function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A link that opens Outlook.com's "new event" form filled with the session: subject, UTC start and
 * end (`2014-09-02T08:00:00Z`, or days with `allday` for an all-day session), plain-text body
 * trimmed to a URL-safe length, and location; texts in `locale`'s language where the feed gives several.
 */
export function outlookCalendarUrl(session: Session, event: EventInfo, locale?: string): string {
  const [startdt, enddt] = session.allDay ? allDayBounds(session) : [isoUtc(session.startMs), isoUtc(session.endMs)];
  return `https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&${query({
    subject: sessionSummary(session, locale),
    startdt,
    enddt,
    allday: session.allDay ? 'true' : '',
    body: trimDetails(sessionDetails(session, locale)),
    location: sessionLocation(session, event, locale),
  })}`;
}
