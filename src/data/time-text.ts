/**
 * Instants and durations read from a feed's text: what the feed reader and the adapters need, and
 * the components (which show what is already read) do not. Character by character, as time.ts.
 */
import { DAY_MS, MINUTE_MS, digits, readDate, wallClockToInstant } from './time.js';

/** `P1DT2H30M`, `PT90M`, `PT1.5H`, `P1W`; years and months are rejected later (they have no fixed length). */
const DURATION = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * Epoch milliseconds of an ISO 8601 date-time: with an offset (`2014-09-02T11:00:00+03:00`, `Z`,
 * `+0300`, `+03`, fractional seconds) it is exact; without one (`2014-09-02T11:00`) it is read in
 * `timeZone`. Returns undefined for anything else, including out-of-range fields (`2014-13-02T11:00`).
 * `timeZone` must be valid (see {@link isValidTimeZone}).
 */
export function parseInstant(text: string, timeZone: string): number | undefined {
  const hour = digits(text, 11, 2), minute = digits(text, 14, 2);
  if (text.length < 16 || text[10] !== 'T' || text[13] !== ':' || hour < 0 || minute < 0) return undefined;
  let at = 16;
  let second = 0, ms = 0;
  if (text[at] === ':') {
    second = digits(text, at + 1, 2);
    if (second < 0) return undefined;
    at += 3;
    if (text[at] === '.' || text[at] === ',') {
      // One to nine digits; only milliseconds count: "5" → 500, "123456789" → 123.
      const from = ++at;
      while (at < text.length && at - from < 9 && digits(text, at, 1) >= 0) at++;
      if (at === from) return undefined;
      const shown = Math.min(at - from, 3);
      ms = digits(text, from, shown) * 10 ** (3 - shown);
    }
  }
  const date = readDate(text);
  const wall = date + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  if (Number.isNaN(date) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (at === text.length) return wallClockToInstant(wall, timeZone);
  const sign = text[at];
  if (sign === 'Z') return at + 1 === text.length ? wall : undefined;
  if (sign !== '+' && sign !== '-') return undefined;
  const hours = digits(text, at + 1, 2);
  at += 3;
  const colon = text[at] === ':' ? 1 : 0;
  const minutes = at === text.length ? 0 : digits(text, at + colon, 2);
  if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59 || (at !== text.length && at + colon + 2 !== text.length)) return undefined;
  return wall - (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * MINUTE_MS;
}

/** Milliseconds per unit, indexed by the DURATION group of its designator (3 = W … 7 = S); a day counts as 24 h. */
const DURATION_UNIT_MS: Readonly<Record<number, number>> = { 3: 7 * DAY_MS, 4: DAY_MS, 5: 3_600_000, 6: MINUTE_MS, 7: 1000 };

/**
 * The length in milliseconds of an ISO 8601 duration (`PT90M`, `PT1H30M`, `P1DT2H`, `PT1.5H`).
 * Elapsed time: a day is 24 hours even across a DST change. Years and months (no fixed length),
 * negative durations and an empty `P`/`PT` give undefined; so does one that, from `fromMs`, ends past
 * the last date JavaScript holds (year 275760), whose day and time would throw wherever they are read.
 */
export function parseDuration(text: string, fromMs = 0): number | undefined {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T') || m[1] !== undefined || m[2] !== undefined) return undefined;
  let total = 0;
  for (let i = 3; i <= 7; i++) {
    const value = m[i];
    if (value !== undefined) total += +value.replace(',', '.') * DURATION_UNIT_MS[i]!;
  }
  // Short of the limit (8.64e15 ms): an all-day end is read on the wall clock, up to 14 hours ahead.
  return fromMs + total > 8.6e15 ? undefined : Math.round(total);
}
