/**
 * "Add to calendar" for sessions: an RFC 5545 iCalendar file, and links that open a session in
 * Google Calendar or Outlook.com.
 *
 * Pure code (no DOM, no Lit): rich text is reduced to plain text by a small tokenizer here, never
 * by parsing it into a document, and everything this module returns is text (or a URL) for the
 * caller to download or put in an `href`; nothing is ever rendered as markup.
 *
 * Times are written in UTC (`DTSTART:20140902T080000Z`), not as `TZID=<event zone>` local times:
 * the model holds exact instants (`startMs`/`endMs`), and a one-off event needs nothing else. A
 * `TZID` would oblige us to ship a VTIMEZONE with the zone's rules, which we would have to
 * reconstruct from Intl offsets (clients differ in how they treat a wrong or partial one), and it
 * only earns its keep for recurring events, whose wall-clock times must survive DST changes.
 * Calendar clients show a UTC event in the viewer's own zone, which is what a viewer's calendar
 * does anyway; the Google link passes the event zone as `ctz` for its editing form.
 */
import type { EventInfo, RichText, Session, TextVariants } from './model.js';
import { pick } from './texts.js';
import { dayKey, nextDay } from './time.js';

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The `DTSTAMP` instant in epoch milliseconds; `Date.now()` when undefined. */
  readonly now?: number;
  /** The page of a session on the embedding site, written as the event's `URL`; else the session's first link. */
  readonly url?: (session: Session) => string | undefined;
  /** The reader's BCP 47 locale: texts the feed gives in several languages are written in it (see texts.ts `pick`). */
  readonly locale?: string;
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

// ---------------------------------------------------------------------------------------------
// Rich text → plain text
// ---------------------------------------------------------------------------------------------

/** The entities that feed HTML actually uses; numeric references cover the rest. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
  times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
};
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/** Decodes character references; an unknown name stays as written, an invalid code point becomes U+FFFD. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

/**
 * One token of HTML, each alternative able to run to the end of the input, so that the scan never
 * backtracks over the rest of the text (linear time on any input): a comment, another `<!…>` or
 * `<?…>` (doctype, CDATA, processing instruction), or a start/end tag with its attribute text
 * (quoted values may hold `>`). A `<` that starts none of these is text, as in HTML.
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$)/g;
/** Elements whose content is not text to show. */
const RAW_TEXT = new Set(['script', 'style', 'template']);
/** Elements that stand apart as paragraphs (a blank line before and after). */
const PARAGRAPHS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dl', 'table',
  'hr', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'figure', 'address',
]);
/** Elements that start a new line. */
const LINES = new Set(['li', 'tr', 'dt', 'dd', 'figcaption']);
const HTML_SPACE = /[\t\n\f\r ]+/g;

/** The attributes read: `href` of links and `start` of ordered lists. */
const ATTRIBUTES = {
  href: /(?:^|[\s/])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i,
  start: /(?:^|[\s/])start\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i,
} as const;
/** Nested lists are indented this many levels at most, so that deep nesting cannot blow up the text. */
const MAX_INDENT = 4;

/** The decoded value of one attribute in a tag's attribute text. */
function attribute(attrs: string, name: keyof typeof ATTRIBUTES): string | undefined {
  const m = ATTRIBUTES[name].exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]!) : undefined;
}

/** Writes plain text with HTML's whitespace rules: runs of spaces collapse, breaks are asked for and merged. */
class PlainTextWriter {
  private out = '';
  /** The line break owed before the next text: 0 none, 1 a new line, 2 a blank line. */
  private owed = 0;
  private space = false;

  /** Text as HTML lays it out: entities decoded, and whitespace collapsed unless `pre`. */
  text(raw: string, pre: boolean): void {
    const text = decodeEntities(raw);
    if (pre) {
      this.write(text);
      return;
    }
    const collapsed = text.replace(HTML_SPACE, ' ');
    const words = collapsed.trim();
    if (collapsed.startsWith(' ')) this.space = true;
    this.write(words);
    if (words !== '' && collapsed.endsWith(' ')) this.space = true;
  }

  /** Asks for a new line (1) or a blank line (2) before the next text; breaks asked for together merge. */
  lineBreak(level: 1 | 2): void {
    this.owed = Math.max(this.owed, level);
    this.space = false;
  }

  /** One more line break before the next text (`<br>`): two in a row make a blank line. */
  addLineBreak(): void {
    this.owed = Math.min(2, this.owed + 1);
    this.space = false;
  }

  /** Text written as is, after any owed break or collapsed space. */
  write(text: string): void {
    if (text === '') return;
    if (this.out !== '' && this.owed > 0) this.out += '\n'.repeat(this.owed);
    else if (this.space && this.out !== '' && !/\s/.test(this.out.at(-1)!)) this.out += ' ';
    this.owed = 0;
    this.space = false;
    this.out += text;
  }

  /** The length of the text written so far (to find what an element added). */
  get length(): number {
    return this.out.length;
  }

  /** The text written since `from`. */
  slice(from: number): string {
    return this.out.slice(from);
  }

  toString(): string {
    return this.out;
  }
}

/** A list being written: its marker and next number. */
interface OpenList {
  readonly ordered: boolean;
  next: number;
}

/**
 * HTML reduced to plain text without a DOM: tags removed, the common entities decoded, paragraphs
 * and headings separated by blank lines, `<br>` as a line break, list items as `1. …` (ordered) or
 * `• …` lines indented by nesting, the content of `<script>`, `<style>` and `<template>` dropped,
 * and a link's http(s) address added after its text when the text does not already show it.
 *
 * Safe on any input: the result is only ever text (a `<` in it is a character, not markup), and the
 * scan is linear in the input.
 */
export function htmlToPlainText(html: string): string {
  const out = new PlainTextWriter();
  const lists: OpenList[] = [];
  const links: { href: string | undefined; from: number }[] = [];
  let pre = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    out.text(html.slice(last, m.index), pre > 0);
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment, doctype or processing instruction
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    if (!closing && RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = last;
      last = end.exec(html)?.index ?? html.length;
      TOKEN.lastIndex = last;
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'ol' || name === 'ul') {
      // A list inside an item starts and ends on a line of its own, not in a paragraph.
      out.lineBreak(lists.length + (closing ? 0 : 1) > 1 ? 1 : 2);
      if (closing) lists.pop();
      else {
        const start = Number.parseInt(attribute(attrs, 'start') ?? '', 10);
        lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
      }
    } else if (name === 'br') out.addLineBreak();
    else if (PARAGRAPHS.has(name)) out.lineBreak(2);
    else if (LINES.has(name)) out.lineBreak(1);
    if (name === 'li' && !closing) {
      const list = lists.at(-1);
      const indent = '   '.repeat(Math.min(MAX_INDENT, Math.max(0, lists.length - 1)));
      out.write(`${indent}${list?.ordered === true ? `${list.next++}.` : '\u2022'} `);
    } else if (name === 'a') {
      if (!closing) links.push({ href: attribute(attrs, 'href'), from: out.length });
      else {
        const link = links.pop();
        const href = link?.href?.trim();
        if (link && href && /^https?:\/\//i.test(href) && !out.slice(link.from).includes(href)) out.write(` (${href})`);
      }
    }
  }
  out.text(html.slice(last), pre > 0);
  return out.toString().trim();
}

/** Line endings as `\n`. */
function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A session's description as plain text: `html` reduced, `markdown` and `text` kept as written. */
export function richTextToPlain(text: RichText): string {
  const source = normalizeNewlines(text.source);
  return (text.format === 'html' ? htmlToPlainText(source) : source).trim();
}

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

/** A text in the reader's language (see texts.ts `pick`), else as the plain field has it. */
function inLanguage<T extends string | undefined>(plain: T, versions: TextVariants | undefined, locale: string | undefined): T {
  return versions && locale !== undefined ? (pick(versions, locale).text as T) : plain;
}

/** The description, then a blank line and one line per role: `Moderator: Qusai Al-Shatti`. */
function sessionDetails(session: Session, locale?: string): string {
  const people = session.roles
    .filter((group) => group.people.length > 0)
    .map((group) => `${roleLabel(group.role, group.people.length)}: ${group.people.map((p) => p.name).join(', ')}`)
    .join('\n');
  const { description: rich, i18n } = session;
  const description = rich ? richTextToPlain({ format: rich.format, source: inLanguage(rich.source, i18n?.description, locale) }) : '';
  return [description, people].filter((part) => part !== '').join('\n\n');
}

/** `WS196: IGF & Enhanced Cooperation…`, or the title alone when there is no code (or the title starts with it). */
function sessionSummary(session: Session, locale?: string): string {
  const code = session.code?.trim();
  const title = inLanguage(session.title, session.i18n?.title, locale);
  return code && !title.startsWith(code) ? `${code}: ${title}` : title;
}

/** Room name, room location, event location: the non-empty ones, comma-separated. */
function sessionLocation(session: Session, event: EventInfo, locale?: string): string {
  const { room } = session;
  return [
    room && inLanguage(room.name, room.i18n?.name, locale),
    room && inLanguage(room.location, room.i18n?.location, locale),
    inLanguage(event.location, event.i18n?.location, locale),
  ]
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '')
    .join(', ');
}

/** An absolute http(s) URL, resolved against the event's page when relative; else undefined. */
export function absoluteUrl(url: string | undefined, event: EventInfo): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  try {
    const resolved = event.url === undefined ? new URL(url) : new URL(url, event.url);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
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
function allDayDates(session: Session): [string, string] {
  const last = dayKey(Math.max(session.startMs, session.endMs - 1), session.timeZone);
  return [dayKey(session.startMs, session.timeZone), nextDay(last)];
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
function sessionUid(session: Session, event: EventInfo): string {
  return `${percentEncode(session.id)}@${percentEncode(event.id ?? event.name)}.${UID_DOMAIN}`;
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

/** The content lines of one session's VEVENT. */
function eventLines(session: Session, event: EventInfo, stamp: string, url: string | undefined, locale?: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${sessionUid(session, event)}`,
    `DTSTAMP:${stamp}`,
    ...(session.allDay
      ? allDayDates(session).map((day, i) => `${i === 0 ? 'DTSTART' : 'DTEND'};VALUE=DATE:${icsDate(day)}`)
      : [`DTSTART:${utcDateTime(session.startMs)}`, `DTEND:${utcDateTime(session.endMs)}`]),
    `SUMMARY:${escapeText(sessionSummary(session, locale))}`,
  ];
  const location = sessionLocation(session, event, locale);
  if (location !== '') lines.push(`LOCATION:${escapeText(location)}`);
  const details = sessionDetails(session, locale);
  if (details !== '') lines.push(`DESCRIPTION:${escapeText(details)}`);
  if (url !== undefined) lines.push(`URL:${url}`);
  const { track } = session;
  const categories = [...new Set([track && inLanguage(track.name, track.i18n?.name, locale), session.type].filter((c): c is string => !!c?.trim()))];
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per session, ready to download as `text/calendar`:
 * UTC start and end (the first day and the day after the last as DATE values for an all-day session), summary (`WS196: title`), location (room, room location, event location),
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
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(inLanguage(event.name, event.i18n?.name, options.locale))}`,
  ];
  for (const session of sessions) {
    const url = absoluteUrl(options.url?.(session) ?? session.links[0]?.url, event);
    lines.push(...eventLines(session, event, stamp, url, options.locale));
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
    dates: session.allDay ? allDayDates(session).map(icsDate).join('/') : `${utcDateTime(session.startMs)}/${utcDateTime(session.endMs)}`,
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
  const [startdt, enddt] = session.allDay ? allDayDates(session) : [isoUtc(session.startMs), isoUtc(session.endMs)];
  return `https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&${query({
    subject: sessionSummary(session, locale),
    startdt,
    enddt,
    allday: session.allDay ? 'true' : '',
    body: trimDetails(sessionDetails(session, locale)),
    location: sessionLocation(session, event, locale),
  })}`;
}
