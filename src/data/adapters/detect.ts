/**
 * Which of the formats schedule-elements reads a document is in, from its shape alone: no
 * conversion, no diagnostics. The checks look for the fields each tool always writes, so a
 * document that merely shares one field name with a format is not taken for it.
 */

/** The formats {@link detectFormat} recognizes and `convertFeed` converts. */
export const FEED_FORMATS = ['v1', 'pretalx', 'pretalx-widget', 'sessionize', 'sched', 'ical', 'frab-xml'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** A byte-order mark and any whitespace before the first line of an iCalendar file. */
const LEADING_BOM_AND_SPACE = /^[\ufeff\s]+/;
const ICAL_START = /^BEGIN:VCALENDAR\b/i;

/**
 * What may come before an XML document's root element: white space, the XML declaration and other
 * processing instructions, comments, and a document type declaration with its internal subset.
 */
const XML_PROLOG = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[^\]]*\])*>)*/i;
/** The name of the element that starts there (`schedule`, `rss`, `svg:svg`). */
const XML_START_TAG = /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)/;

/** Whether `value` is one of {@link FEED_FORMATS}. */
export function isFeedFormat(value: unknown): value is FeedFormat {
  return typeof value === 'string' && (FEED_FORMATS as readonly string[]).includes(value);
}

/** Whether `text` is iCalendar: `BEGIN:VCALENDAR` first, after a BOM and whitespace. */
export function isICalendarText(text: string): boolean {
  return ICAL_START.test(text.replace(LEADING_BOM_AND_SPACE, ''));
}

/**
 * The name of the root element of `text` when it reads as XML (or HTML) from its start, past a
 * byte-order mark and the prolog; undefined for anything else. Nothing is parsed: it only reads
 * far enough to name the document for detection and for messages.
 */
export function xmlRootName(text: string): string | undefined {
  const start = text.replace(/^\ufeff/, '');
  const prolog = XML_PROLOG.exec(start)?.[0] ?? '';
  return XML_START_TAG.exec(start.slice(prolog.length))?.[1];
}

/** Whether `text` is a pentabarf/frab `schedule.xml`: XML whose root element is `<schedule>`. */
export function isScheduleXmlText(text: string): boolean {
  return xmlRootName(text) === 'schedule';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Our own format: `version: 1` and an `event` object. */
function isV1(value: Record<string, unknown>): boolean {
  return value['version'] === 1 && isRecord(value['event']);
}

/** frab and pretalx `schedule.json`: everything lives under `schedule.conference`. */
function isPretalx(value: Record<string, unknown>): boolean {
  const schedule = value['schedule'];
  return isRecord(schedule) && isRecord(schedule['conference']);
}

/**
 * pretalx's widget schedule (`schedule/widgets/schedule.json`): `talks`, `rooms` and `speakers`
 * lists and the event's `timezone`; a talk, when there is one, has `start` and `end`.
 */
function isPretalxWidget(value: Record<string, unknown>): boolean {
  const { talks, rooms, speakers, timezone } = value;
  if (!Array.isArray(talks) || !Array.isArray(rooms) || !Array.isArray(speakers) || typeof timezone !== 'string') return false;
  const talk: unknown = talks[0];
  return talk === undefined || (isRecord(talk) && 'start' in talk && 'end' in talk);
}

/**
 * Sessionize "All data" (`/view/All`): `sessions`, `speakers` and `rooms` arrays, and a session
 * or speaker written with Sessionize's own field names (`startsAt`, `fullName`…). An event with
 * no sessions and no speakers yet is still recognized by its empty lists plus `categories`.
 */
function isSessionize(value: Record<string, unknown>): boolean {
  const { sessions, speakers, rooms } = value;
  if (!Array.isArray(sessions)) return false;
  const session: unknown = sessions[0];
  // Its sessions tell it, even beside a damaged speakers or rooms list (which the adapter then names).
  if (isRecord(session)) return 'startsAt' in session || 'isServiceSession' in session;
  if (!Array.isArray(speakers) || !Array.isArray(rooms)) return false;
  const speaker: unknown = speakers[0];
  if (isRecord(speaker)) return 'fullName' in speaker || 'profilePicture' in speaker;
  return Array.isArray(value['categories']);
}

/** Sched's session export: an array whose items carry `event_key` and `event_start`. */
function isSched(value: readonly unknown[]): boolean {
  const first: unknown = value[0];
  return isRecord(first) && 'event_key' in first && 'event_start' in first;
}

/** The format of a parsed JSON value, or undefined. */
function detectParsed(value: unknown): FeedFormat | undefined {
  if (Array.isArray(value)) return isSched(value) ? 'sched' : undefined;
  if (!isRecord(value)) return undefined;
  if (isV1(value)) return 'v1';
  if (isPretalx(value)) return 'pretalx';
  if (isPretalxWidget(value)) return 'pretalx-widget';
  if (isSessionize(value)) return 'sessionize';
  return undefined;
}

/**
 * The format of `input`: a parsed JSON value, or text (iCalendar, a `schedule.xml`, or JSON that is parsed here).
 * Undefined when it is none of {@link FEED_FORMATS}, including text that is not JSON. An empty
 * Sched export (`[]`) is undefined too: nothing in it says which tool wrote it.
 */
export function detectFormat(input: unknown): FeedFormat | undefined {
  if (typeof input !== 'string') return detectParsed(input);
  if (isICalendarText(input)) return 'ical';
  if (isScheduleXmlText(input)) return 'frab-xml';
  try {
    return detectParsed(JSON.parse(input));
  } catch {
    return undefined; // not JSON: not a format we read
  }
}
