/**
 * Instants and event-local days, with no date library (reading them from a feed's text is in
 * time-text.ts, which only the feed reader and the adapters need).
 *
 * A feed of 10k sessions has 20,000 starts and ends to read, so this module reads dates character
 * by character (no match arrays or substrings: those were a third of normalization's garbage), uses
 * plain calendar arithmetic, and asks a time zone for its UTC offset only once per zone per
 * 15-minute bucket. The offsets come from `Intl` alone: one `Intl.DateTimeFormat` per zone shows an
 * instant's wall clock there, and the offset is that wall clock minus UTC.
 */
export { isValidTimeZone } from './zones.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** Zone offsets are cached per bucket of this many milliseconds: every real transition since 1970 falls on a quarter hour. */
const BUCKET_MS = 15 * MINUTE_MS;
/**
 * The span of the coarser offset cache: six hours. No zone changes its offset twice within it (of
 * the 42,605 transitions of the 418 IANA zones from 1850 to 2100, the closest two are further apart).
 */
export const SPAN_MS = 6 * 60 * MINUTE_MS;

/**
 * Milliseconds since 1970-01-01 of midnight starting a proleptic Gregorian date (`month` 1-based), as
 * `Date` counts them; `setUTCFullYear` reads any year as written (`Date.UTC` would read 0–99 as 1900–1999).
 */
function civilMs(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/** The `yyyy-MM-dd` of a count of days since 1970-01-01, in years 0000 to 9999 (`Date` is proleptic Gregorian too). */
function civilFromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The number written by `count` ASCII digits of `text` from `at`, or -1 when one of them is not a digit. */
export function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The wall-clock milliseconds (as if UTC) of a real `yyyy-MM-dd` at the start of `text`, or NaN. */
export function readDate(text: string): number {
  const year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  const ms = civilMs(year, month, day);
  // A day past its month's end (02-30) is moved into the next month: then it is not the day written.
  return year < 0 || text[4] !== '-' || text[7] !== '-' || month < 1 || month > 12 || new Date(ms).getUTCDate() !== day ? Number.NaN : ms;
}

/**
 * The wall-clock fields of an instant, numeric, on a 0–23 hour clock (`hour12: false` alone may give
 * "24" at midnight). The era tells years before 1 AD apart; en-US writes it "BC".
 */
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

/**
 * A zone's wall-clock formatter and its offsets by six-hour span and by 15-minute bucket (NaN: the
 * offset changes inside it).
 */
interface Zone {
  readonly format: Intl.DateTimeFormat;
  readonly spans: Map<number, number>;
  readonly buckets: Map<number, number>;
}

const zones = new Map<string, Zone>();

/**
 * The entry of a zone, made on first use; throws a RangeError when `Intl` does not know the zone.
 * (No `memo` here: its callback would be a closure made on every call, and this is called five
 * times per session.)
 */
function zone(timeZone: string): Zone {
  let entry = zones.get(timeZone);
  if (entry === undefined) {
    entry = { format: new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK, timeZone }), spans: new Map(), buckets: new Map() };
    zones.set(timeZone, entry);
  }
  return entry;
}

/**
 * The offset in minutes that a zone's formatter shows at `ms`: its wall clock read as if UTC, minus
 * the instant cut to the whole second. Historical local mean times give fractions (`+19.53…` for
 * Amsterdam before 1937), exactly as luxon's `IANAZone#offset` has them.
 */
function readOffset(format: Intl.DateTimeFormat, ms: number): number {
  const field: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(ms)) field[type] = value;
  const year = field.era === 'BC' ? 1 - +field.year : +field.year;
  const wall = civilMs(year, +field.month, +field.day) + ((+field.hour * 60 + +field.minute) * 60 + +field.second) * 1000;
  return (wall - Math.floor(ms / 1000) * 1000) / MINUTE_MS;
}


/**
 * The offset of a zone over the `size`-long span `index` (keyed in `cache`) when its two ends agree,
 * else NaN: a zone changes its offset at most once in six hours (summer time, or a new standard).
 */
function spanOffset(format: Intl.DateTimeFormat, cache: Map<number, number>, size: number, index: number): number {
  let offset = cache.get(index);
  if (offset === undefined) {
    const first = readOffset(format, index * size);
    offset = first === readOffset(format, index * size + size - 1) ? first : Number.NaN;
    cache.set(index, offset);
  }
  return offset;
}

/**
 * The UTC offset in minutes of a valid IANA zone at an instant (`+180` for Istanbul in 2014).
 * Cached per six-hour span (a programme's day asks the zone a handful of times, which on a fresh
 * page's first visit is most of the cost of reading its times), then, in a span with a change, per
 * 15-minute bucket; a bucket whose two ends disagree (the change is inside it) always asks the zone.
 */
export function zoneOffset(timeZone: string, ms: number): number {
  const { format, spans, buckets } = zone(timeZone);
  const whole = spanOffset(format, spans, SPAN_MS, Math.floor(ms / SPAN_MS));
  if (!Number.isNaN(whole)) return whole;
  const offset = spanOffset(format, buckets, BUCKET_MS, Math.floor(ms / BUCKET_MS));
  return Number.isNaN(offset) ? readOffset(format, ms) : offset;
}

/**
 * The instant of a wall-clock time in a zone, DST-correct: a time in a spring-forward gap moves
 * forward by the gap (02:30 → 03:30), an ambiguous fall-back time takes the
 * earlier instant (the offset in force before the change).
 */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  // The offsets a day before and after bound every offset that can apply: zones move at most once a day.
  const before = zoneOffset(timeZone, wallMs - DAY_MS);
  const after = zoneOffset(timeZone, wallMs + DAY_MS);
  const early = wallMs - before * MINUTE_MS;
  const late = wallMs - after * MINUTE_MS;
  const earlyFits = zoneOffset(timeZone, early) === before;
  const lateFits = zoneOffset(timeZone, late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return Math.max(early, late); // in the gap: keep the old offset, i.e. move forward
}

/** Whether `text` is a real calendar date written `yyyy-MM-dd`. */
export function isDateKey(text: string): boolean {
  return text.length === 10 && !Number.isNaN(readDate(text));
}

/**
 * Epoch milliseconds of local midnight starting the day `yyyy-MM-dd` in `timeZone` (after a gap if
 * midnight is skipped); of its `dayChange` (minutes after midnight: the event's day change, see
 * `EventInfo.dayChange`) when given.
 */
export function startOfDay(dayKey: string, timeZone: string, dayChange = 0): number {
  return wallClockToInstant(readDate(dayKey) + dayChange * MINUTE_MS, timeZone);
}

/** The `yyyy-MM-dd` after `dayKey` (a real date, see {@link isDateKey}). */
export function nextDay(dayKey: string): string {
  return civilFromDays(readDate(dayKey) / DAY_MS + 1);
}

/** The number of calendar days from `from` to `to` (`2014-09-02` → `2014-09-05` is 3), both real dates. */
export function daysBetween(from: string, to: string): number {
  return (readDate(to) - readDate(from)) / DAY_MS;
}

/** `yyyy-MM-dd` by days since 1970-01-01: a feed's sessions fall on a handful of days, so each is written once. */
const dayKeys = new Map<number, string>();
const DAY_KEYS_LIMIT = 4096;

/**
 * The event-local calendar day (`yyyy-MM-dd`) of an instant in `timeZone`; with a `dayChange`
 * (minutes after midnight, see `EventInfo.dayChange`), the day of the programme: an instant before
 * that time of day belongs to the day before (a festival's talk at 00:30 to the evening it ends).
 */
export function dayKey(ms: number, timeZone: string, dayChange = 0): string {
  const days = Math.floor((ms + (zoneOffset(timeZone, ms) - dayChange) * MINUTE_MS) / DAY_MS);
  let key = dayKeys.get(days);
  if (key === undefined) {
    if (dayKeys.size >= DAY_KEYS_LIMIT) dayKeys.clear();
    key = civilFromDays(days);
    dayKeys.set(days, key);
  }
  return key;
}

/** An instant as ISO 8601 with the zone's offset at that instant: `2014-09-02T11:00:00+03:00`. */
export function isoDateTime(ms: number, zone: string): string {
  const offset = zoneOffset(zone, ms);
  const wallClock = new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19);
  const hhmm = (n: number): string => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  return `${wallClock}${offset < 0 ? '-' : '+'}${hhmm(Math.floor(abs / 60))}:${hhmm(abs % 60)}`;
}
