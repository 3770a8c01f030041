/**
 * Date and time formatting for the components: days, times, ranges, zone names, durations and
 * relative times, in the viewer's locale and a chosen IANA zone.
 *
 * Pure code (no DOM). Intl does the words and the 12/24-hour choice (never forced here); the
 * calendar arithmetic (offsets, event-local days) comes from ./time.js. Every formatter is cached,
 * because a programme formats hundreds of instants per render.
 */
import { MINUTE_MS, SPAN_MS, dayKey, daysBetween, isDateKey, startOfDay, zoneOffset } from './time.js';
export { isValidZone, resolveZone, type ResolvedZone, type ZoneSource } from './zones.js';
import { dateTimeFormat, durationFormat, listFormat, numberFormat, relativeTimeFormat } from '../i18n/intl.js';
import { memo } from '../internal/memo.js';

/** An instant as ISO 8601 with the zone's offset, for `<time datetime>`: `2014-09-02T11:00:00+03:00`. */
export { isoDateTime } from './time.js';

/** The locale and zone of a formatting call. */
export interface FormatOptions {
  /** A BCP 47 locale; `en-US` when undefined. */
  readonly locale?: string;
  /** A valid IANA zone, already chosen (see {@link resolveZone}); required, because UTC is never the right default. */
  readonly zone: string;
}

const DEFAULT_LOCALE = 'en-US';

/**
 * The Intl field sets this module formats with. `dateStyle`/`timeStyle` where a style fits: they
 * give each locale its own preferred pattern (`09:05` in fr, `9:05 AM` in en-US). One constant
 * each, not one table, so that a component's bundle carries only those it uses.
 */
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'full' };
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
// A range over midnight names both days; styles cannot be mixed with fields, hence hour/minute.
const DAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const FULL: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };
const ZONE_SHORT: Intl.DateTimeFormatOptions = { timeZoneName: 'short' };
const ZONE_OFFSET: Intl.DateTimeFormatOptions = { timeZoneName: 'shortOffset' };
const ZONE_LONG: Intl.DateTimeFormatOptions = { timeZoneName: 'long' };
const ZONE_GENERIC: Intl.DateTimeFormatOptions = { timeZoneName: 'longGeneric' };
type Style = Intl.DateTimeFormatOptions;

/** The unit formats and the unit list a duration is composed of, and the relative-time words. */
const UNITS = {
  hour: { style: 'unit', unit: 'hour', unitDisplay: 'short' },
  minute: { style: 'unit', unit: 'minute', unitDisplay: 'short' },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const UNIT_LIST: Intl.ListFormatOptions = { type: 'unit', style: 'short' };
const RELATIVE: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };

/** Zone names by instant, locale and zone (see zoneName), up to {@link ZONE_NAMES_LIMIT}. */
const zoneNames = new Map<string, string>();
const ZONE_NAMES_LIMIT = 512;

function dateFormat(style: Style, locale: string, zone: string): Intl.DateTimeFormat {
  return dateTimeFormat(locale, style, zone);
}

function localeOf(opts: { readonly locale?: string }): string {
  return opts.locale ?? DEFAULT_LOCALE;
}

/** Formats one instant in one of the styles above. */
function format(style: Style, ms: number, opts: FormatOptions): string {
  return dateFormat(style, localeOf(opts), opts.zone).format(ms);
}

/** Whether two instants fall on the same day of `zone`. */
export function isSameDay(startMs: number, endMs: number, zone: string): boolean {
  return dayKey(startMs, zone) === dayKey(endMs, zone);
}

/** The day without its year: `Tuesday, September 2` (en-US), `Dienstag, 2. September` (de). */
export function formatDay(ms: number, opts: FormatOptions): string {
  return format(DAY, ms, opts);
}

/**
 * The days an all-day session covers, `endMs` exclusive as the model has it: `Tuesday, September 2`,
 * or `Tuesday, September 2 – Thursday, September 4` over several days.
 */
export function formatDays(startMs: number, endMs: number, opts: FormatOptions): string {
  return dateFormat(DAY, localeOf(opts), opts.zone).formatRange(startMs, Math.max(startMs, endMs - 1));
}

/** The locale's full date, with the year: `Tuesday, September 2, 2014` (en-US). */
export function formatDate(ms: number, opts: FormatOptions): string {
  return format(DATE, ms, opts);
}

/**
 * Whether the zone's clock shows the time of `ms` twice that night: in the hour repeated when the
 * clocks go back, `2:30 AM` is both 2:30 CEST and, an hour later, 2:30 CET.
 */
function isRepeatedTime(ms: number, zone: string): boolean {
  const offset = zoneOffset(zone, ms);
  return [ms - SPAN_MS, ms + SPAN_MS].some((near) => {
    const other = zoneOffset(zone, near);
    return other !== offset && zoneOffset(zone, ms + (offset - other) * MINUTE_MS) === other;
  });
}

/** One instant in `style`, followed by its zone's name where the clock shows that time twice. */
function formatClock(style: Style, ms: number, opts: FormatOptions): string {
  const text = format(style, ms, opts);
  return isRepeatedTime(ms, opts.zone) ? `${text} ${zoneName(ms, opts)}` : text;
}

/**
 * The locale's short time, 12- or 24-hour as the locale has it: `11:05 AM` (en-US), `11:05` (fr, ru,
 * en-GB); in the hour repeated when the clocks go back, with its zone (`2:30 AM CEST`, `2:30 AM CET`).
 */
export function formatTime(ms: number, opts: FormatOptions): string {
  return formatClock(TIME, ms, opts);
}

/**
 * The short time (as {@link formatTime}), with its day where that is not `day` (`yyyy-MM-dd`) in the
 * zone: `5:00 PM`, or `Sun, Sep 1, 5:00 PM` for a session of the venue's Monday shown in a zone where it is Sunday.
 */
export function formatTimeOn(ms: number, day: string, opts: FormatOptions): string {
  return formatClock(dayKey(ms, opts.zone) === day ? TIME : DAY_TIME, ms, opts);
}

/**
 * A time range with the shared parts collapsed by the locale: `11:00 AM – 12:30 PM`, `11:00–12:30`.
 * A range that runs past midnight names both days: `Tue, Sep 2, 11:00 PM – Wed, Sep 3, 1:00 AM`;
 * one that ends at midnight does not (`11:00 PM – 12:00 AM`). Listed under another `day` (`yyyy-MM-dd`)
 * than the one it starts on, it names its day: `Sun, Dec 28, 12:20 – 1:20 AM` under Saturday's
 * evening (an event whose days change at 06:00).
 * A range over a change of clocks names the zone at each end (`2:30 AM CEST – 2:00 AM CET`): without
 * them, half an hour in the repeated hour would read as ending before it starts; one that starts or
 * ends in the repeated hour names its zone (`2:30 – 3:00 AM CET`), as that clock time comes twice.
 */
export function formatTimeRange(startMs: number, endMs: number, opts: FormatOptions, day?: string): string {
  const { zone } = opts;
  if (zoneOffset(zone, startMs) !== zoneOffset(zone, endMs) || isRepeatedTime(startMs, zone) || isRepeatedTime(endMs, zone)) {
    const zoned = zonedTimeRange(startMs, endMs, opts);
    return `${zoned.range} ${zoned.zone}`;
  }
  return clockRange(dateFormat(isSameDay(startMs, endMs - 1, zone) && (!day || day === dayKey(startMs, zone)) ? TIME : DAY_TIME, localeOf(opts), zone), startMs, endMs, zone);
}

function zonePart(style: Style, ms: number, locale: string, zone: string): string {
  return dateFormat(style, locale, zone).formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

const isEnglish = (locale: string): boolean => /^en(?:[-_]|$)/i.test(locale);

/** The locale's short name of the zone at `ms`, or undefined when that name is only the GMT offset. */
function abbreviation(ms: number, locale: string, zone: string): string | undefined {
  const name = zonePart(ZONE_SHORT, ms, locale, zone);
  return name === zonePart(ZONE_OFFSET, ms, locale, zone) ? undefined : name;
}

/**
 * The short name of the zone at an instant: `EEST` (Istanbul, 2014), `EDT`/`EST`, `UTC+3` (fr).
 * ICU's en-US knows abbreviations only for American zones and en-GB mostly European ones, so an
 * English locale that only has the offset borrows the other's abbreviation before settling for it.
 */
export function zoneName(ms: number, opts: FormatOptions): string {
  const locale = localeOf(opts);
  // Up to six formatToParts calls: a timeline asks on every render, a page of cards once per card.
  return memo(zoneNames, `${ms}|${locale}|${opts.zone}`, () => {
    const candidates = isEnglish(locale) ? new Set([locale, 'en-GB', 'en-US']) : [locale];
    for (const candidate of candidates) {
      const name = abbreviation(ms, candidate, opts.zone);
      if (name) return name;
    }
    return zonePart(ZONE_SHORT, ms, locale, opts.zone);
  }, ZONE_NAMES_LIMIT);
}

/**
 * The zone's name as the venue writes it, for a caption in any language: `EEST` (Istanbul, 2014)
 * wherever English has an abbreviation for it, else the locale's own short name (`UTC+3`).
 */
export function venueZoneName(ms: number, opts: FormatOptions): string {
  const english = zoneName(ms, { ...opts, locale: 'en' });
  return /\d/.test(english) ? zoneName(ms, opts) : english;
}

/**
 * The zone's generic name in the reader's language (`توقيت شرق أوروبا`, `东欧时间`), for a caption
 * that would otherwise name the English city of the IANA zone in a sentence of another language;
 * undefined in English (the city is English already) and where the language knows only an offset.
 */
export function localZoneName(ms: number, opts: FormatOptions): string | undefined {
  const locale = localeOf(opts);
  if (isEnglish(locale)) return undefined;
  const name = zonePart(ZONE_GENERIC, ms, locale, opts.zone);
  return /\d/.test(name) ? undefined : name;
}

/** The long name of the zone at an instant, for a title or tooltip: `Eastern European Summer Time`. */
export function zoneLongName(ms: number, opts: FormatOptions): string {
  return zonePart(ZONE_LONG, ms, localeOf(opts), opts.zone);
}

/** The literal between the two ends of a formatted range (` – `, `–`). */
function rangeSeparator(parts: readonly Intl.DateTimeRangeFormatPart[]): string {
  let separator = '';
  for (let i = parts.findIndex((part) => part.source === 'endRange') - 1; i >= 0 && parts[i]!.source === 'shared'; i--) {
    separator = parts[i]!.value + separator;
  }
  return separator;
}

/**
 * `formatter`'s range, except one that ends at the next midnight in a style without the date: Intl
 * would date both its ends, the clock alone says it (`11:00 PM – 12:00 AM`).
 */
function clockRange(formatter: Intl.DateTimeFormat, startMs: number, endMs: number, zone: string): string {
  return isSameDay(startMs, endMs, zone) || !isSameDay(startMs, endMs - 1, zone)
    ? formatter.formatRange(startMs, endMs)
    : `${formatter.format(startMs)}${rangeSeparator(formatter.formatRangeToParts(startMs, endMs))}${formatter.format(endMs)}`;
}

/** A range in `style` and the zone to name after it; across a change of clocks, the start's zone inside the range and the end's in `endStyle` after it. */
function zoned(style: Style, endStyle: Style, startMs: number, endMs: number, opts: FormatOptions): { readonly range: string; readonly zone: string } {
  const startZone = zoneName(startMs, opts);
  const zone = zoneName(endMs, opts);
  const formatter = dateFormat(style, localeOf(opts), opts.zone);
  if (startZone === zone) return { range: clockRange(formatter, startMs, endMs, opts.zone), zone };
  const separator = rangeSeparator(formatter.formatRangeToParts(startMs, endMs));
  return { range: `${formatter.format(startMs)} ${startZone}${separator}${format(endStyle, endMs, opts)}`, zone };
}

/**
 * A time range and the zone to name after it: "11:00 AM – 12:30 PM" and "EEST"; across a change of
 * clocks, the start's zone inside the range ("1:00 AM CEST – 4:00 AM") and the end's ("CET").
 */
export function zonedTimeRange(startMs: number, endMs: number, opts: FormatOptions): { readonly range: string; readonly zone: string } {
  const style = isSameDay(startMs, endMs - 1, opts.zone) ? TIME : DAY_TIME;
  return zoned(style, style, startMs, endMs, opts);
}

/**
 * The full line of a session: the date with its year, the time range and the zone name, e.g.
 * `Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST`. A range over midnight repeats the date;
 * a range over a DST change names the zone at each end (`1:30 AM CET – 3:30 AM CEST`), since one
 * name would misstate the other end.
 */
export function formatFullDate(startMs: number, endMs: number, opts: FormatOptions): string {
  const { range, zone } = zoned(FULL, isSameDay(startMs, endMs, opts.zone) ? TIME : FULL, startMs, endMs, opts);
  return `${range} ${zone}`;
}

function splitMinutes(minutes: number): { hours: number; minutes: number } {
  const total = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/**
 * {@link formatDuration} without `Intl.DurationFormat`: the same composition its specification
 * prescribes (short unit formats, joined as a short unit list), so both paths print the same.
 * Exported for tests.
 */
export function composeDuration(minutes: number, locale: string = DEFAULT_LOCALE): string {
  const split = splitMinutes(minutes);
  const unit = (name: keyof typeof UNITS, value: number): string => numberFormat(locale, UNITS[name]).format(value);
  const parts = split.hours ? [unit('hour', split.hours)] : [];
  if (split.minutes || !split.hours) parts.push(unit('minute', split.minutes));
  return listFormat(locale, UNIT_LIST).format(parts);
}

/**
 * A length of time in whole minutes (rounded; negative counts as 0): `40 min`, `1 hr, 30 min`,
 * `10 hr` (en-US); `1 h et 30 min` (fr). Uses `Intl.DurationFormat` where the runtime has it.
 */
export function formatDuration(minutes: number, locale: string = DEFAULT_LOCALE): string {
  const split = splitMinutes(minutes);
  // DurationFormat prints nothing at all for a zero duration; the composition says "0 min".
  const format = split.hours === 0 && split.minutes === 0 ? undefined : durationFormat(locale);
  return format ? format.format(split) : composeDuration(minutes, locale);
}

/**
 * How far `targetMs` is from `nowMs`, in words: `now`, `in 10 minutes`, `2 hours ago`, `tomorrow`,
 * `in 3 days`. The unit grows with the distance (minutes under an hour, hours under a day, then
 * days). Minutes are counted as the clock shows them, as the time left of a session is: at 10:40:40,
 * 11:00 is `in 20 minutes` (not 19), and 1 ms before it `in 1 minute`; hours are rounded. Days are
 * counted between the calendar days of the zone, so that `tomorrow` is the next day there (from
 * Thursday 11 PM, Saturday 9 AM is `in 2 days`, not `tomorrow`).
 */
export function formatRelative(targetMs: number, nowMs: number, opts: FormatOptions): string {
  const words = relativeTimeFormat(localeOf(opts), RELATIVE);
  const minutes = Math.ceil((targetMs - nowMs) / MINUTE_MS);
  // Within the minute that has begun (numeric 'auto' says "now" for zero seconds).
  if (minutes === 0) return words.format(0, 'second');
  if (Math.abs(minutes) < 60) return words.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return words.format(hours, 'hour');
  return words.format(daysBetween(dayKey(nowMs, opts.zone), dayKey(targetMs, opts.zone)), 'day');
}

/** The zone's calendar day of an instant: `2014-09-02`. */
export function isoDay(ms: number, zone: string): string {
  return dayKey(ms, zone);
}

/**
 * Epoch milliseconds at which the day `yyyy-MM-dd` starts in `zone`, DST-correct (after the gap
 * where a zone skips midnight). Throws a RangeError for anything but a real `yyyy-MM-dd` date.
 */
export function dayStartMs(day: string, zone: string): number {
  if (!isDateKey(day)) throw new RangeError(`Not a yyyy-MM-dd date: ${day}`);
  return startOfDay(day, zone);
}
