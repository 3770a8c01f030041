/**
 * time.ts reads zone offsets from `Intl` alone; luxon, which computes them its own way, is the
 * reference it must agree with: offsets at every transition of 2000–2030 and at instants spread
 * over 1850–2100, and the instants of wall-clock times around every transition, in zones chosen
 * for their oddities.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime, IANAZone, Settings } from 'luxon';
import { isValidTimeZone, zoneOffset } from '../../src/data/time.js';
import { parseInstant } from '../../src/data/time-text.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ZONES = [
  // Northern DST at different hours, and a negative DST in the zone's rules (Dublin).
  'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Europe/Dublin', 'Europe/Chisinau', 'Atlantic/Azores',
  // Southern hemisphere.
  'America/Santiago', 'America/Sao_Paulo', 'America/Asuncion', 'Australia/Sydney', 'Australia/Adelaide', 'Pacific/Auckland',
  // Half- and quarter-hour offsets: Lord Howe's 30-minute DST, Kathmandu +5:45, Chatham +12:45/+13:45, Eucla +8:45.
  'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Eucla', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Tehran',
  // DST that starts or ends at midnight, so a day starts in a gap.
  'America/Havana', 'Asia/Beirut', 'Asia/Gaza', 'Asia/Amman',
  // Odd transitions: Apia and Fakaofo skip 2011-12-30, Caracas -4:30 (2007–2016), Pyongyang -30 min (2015–2018),
  // Moscow and Istanbul move for good, Casablanca and Cairo suspend DST, Troll goes +0 → +2, Casey jumps by 3 h,
  // Nuuk and Scoresbysund change their standard time, Mexico City and Norfolk change their rules.
  'Pacific/Apia', 'Pacific/Fakaofo', 'America/Caracas', 'Asia/Pyongyang', 'Europe/Moscow', 'Europe/Istanbul', 'Africa/Casablanca',
  'Africa/Cairo', 'Antarctica/Troll', 'Antarctica/Casey', 'America/Nuuk', 'America/Scoresbysund', 'America/Mexico_City', 'Pacific/Norfolk',
  // Local mean time with seconds: Monrovia until 1972, Manila's skipped day of 1844, Sitka before 1867; and +14.
  'Africa/Monrovia', 'Asia/Manila', 'America/Sitka', 'Pacific/Kiritimati',
  // Fixed zones.
  'UTC', 'Etc/GMT-1', 'Etc/GMT+12',
];

/** luxon's offset of `zone` at `ms`, in minutes. */
const luxonOffset = (zone: string, ms: number): number => IANAZone.create(zone).offset(ms);

/** How far apart `transitions` probes a zone: no zone here changes twice within three weeks in 2000–2030 (Cairo 2010 comes closest, 21 days). */
const PROBE_MS = 7 * DAY;

/** A transition: the first millisecond of a new offset, with the offsets before and after, by luxon. */
interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** Every change of `zone`'s offset from `from` to `to`, found a week at a time and narrowed to the second (where they all fall). */
function transitions(zone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let previous = luxonOffset(zone, from);
  for (let probe = from + PROBE_MS; probe <= to; probe += PROBE_MS) {
    const offset = luxonOffset(zone, probe);
    if (offset === previous) continue;
    let lo = (probe - PROBE_MS) / 1000;
    let hi = probe / 1000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (luxonOffset(zone, mid * 1000) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi * 1000, before: previous, after: offset });
    previous = offset;
  }
  return found;
}

const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2031, 0, 1);
const TRANSITIONS = new Map(ZONES.map((zone) => [zone, transitions(zone, FROM, TO)]));

/** `yyyy-MM-ddTHH:mm:ss` of a wall-clock time given as milliseconds read as if UTC. */
const wallText = (wallMs: number): string => new Date(wallMs).toISOString().slice(0, 19);

/** Whether `zone`'s clock (by luxon) shows `wallMs` at the instant `ms`. */
const shows = (zone: string, ms: number, wallMs: number): boolean => ms + luxonOffset(zone, ms) * MINUTE === wallMs;

describe('zone offsets from Intl, against luxon', () => {
  it('covers at least 30 zones and finds their transitions', () => {
    assert.ok(ZONES.length >= 30);
    for (const zone of ZONES) assert.ok(isValidTimeZone(zone), zone);
    const count = (zone: string): number => TRANSITIONS.get(zone)!.length;
    assert.equal(count('America/New_York'), 62); // two a year, 2000–2030
    assert.equal(count('UTC'), 0);
    for (const zone of ['Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Pacific/Apia', 'Asia/Pyongyang']) assert.ok(count(zone) > 0, zone);
    const lordHowe = TRANSITIONS.get('Australia/Lord_Howe')![0]!;
    assert.equal(Math.abs(lordHowe.after - lordHowe.before), 30);
  });

  it('agrees around every transition of 2000–2030, to the millisecond', () => {
    const steps = [-DAY, -HOUR, -15 * MINUTE - 1, -15 * MINUTE, -MINUTE, -1000, -1, 0, 1, 999, 1000, MINUTE, 15 * MINUTE, HOUR, DAY];
    let compared = 0;
    for (const [zone, list] of TRANSITIONS) {
      for (const { at, before, after } of list) {
        assert.equal(zoneOffset(zone, at - 1), before, `${zone} just before ${new Date(at).toISOString()}`);
        assert.equal(zoneOffset(zone, at), after, `${zone} at ${new Date(at).toISOString()}`);
        for (const step of steps) {
          assert.equal(zoneOffset(zone, at + step), luxonOffset(zone, at + step), `${zone} at ${new Date(at + step).toISOString()}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 20_000, `${compared} instants`);
  });

  it('agrees at instants spread over 1850–2100, local mean times included', () => {
    const from = Date.UTC(1850, 0, 1);
    const span = Date.UTC(2100, 0, 1) - from;
    const count = 250;
    for (const zone of ZONES) {
      for (let i = 0; i < count; i++) {
        // An odd step (not a whole number of minutes) so the instants fall at every time of day.
        const ms = from + Math.floor((span / count) * i) + i * 7_919_993;
        assert.equal(zoneOffset(zone, ms), luxonOffset(zone, ms), `${zone} at ${new Date(ms).toISOString()}`);
      }
    }
  });

  it('agrees before 1 AD, where Intl writes years with the BC era', () => {
    for (const ms of ['0000-06-15T12:00:00Z', '-000001-12-31T23:59:59Z', '-000500-01-01T00:00:00Z'].map(Date.parse)) {
      for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu']) {
        assert.equal(zoneOffset(zone, ms), luxonOffset(zone, ms), `${zone} at ${new Date(ms).toISOString()}`);
      }
    }
    assert.equal(parseInstant('0000-01-01T00:00', 'Europe/Berlin'), DateTime.fromISO('0000-01-01T00:00', { zone: 'Europe/Berlin' }).toMillis());
  });

  it('reads fractional local mean time offsets as luxon does (Monrovia -0:44:30 until 1972)', () => {
    const ms = Date.UTC(1960, 5, 1);
    assert.equal(zoneOffset('Africa/Monrovia', ms), -44.5);
    assert.equal(zoneOffset('Africa/Monrovia', ms), luxonOffset('Africa/Monrovia', ms));
  });
});

describe('parseInstant of wall-clock times around every transition of 2000–2030, against luxon', () => {
  /**
   * The instants whose clock shows a wall time near a transition, by luxon: none in a gap, two in
   * a repeated hour, else one.
   */
  function readings(zone: string, wallMs: number, { before, after }: Transition): number[] {
    return [...new Set([wallMs - before * MINUTE, wallMs - after * MINUTE])].filter((ms) => shows(zone, ms, wallMs));
  }

  /**
   * luxon's instant of a wall time. luxon starts from the zone's offset at `Settings.now()` and
   * corrects it twice, which falls short when that is a day away from the offset back then (Apia
   * before 2011, Scoresbysund before 2024); so its "now" is set to the time read, to compare alike.
   */
  function luxonInstant(text: string, zone: string, wallMs: number): number {
    const now = Settings.now;
    Settings.now = () => wallMs;
    try {
      return DateTime.fromISO(text, { zone: IANAZone.create(zone) }).toMillis();
    } finally {
      Settings.now = now;
    }
  }

  it('moves a time in a gap forward, takes the earlier instant of a repeated time, and otherwise matches luxon', () => {
    const seen = { times: 0, gaps: 0, repeats: 0 };
    for (const [zone, list] of TRANSITIONS) {
      for (const transition of list) {
        const { at, before, after } = transition;
        const oldWall = at + before * MINUTE;
        const newWall = at + after * MINUTE;
        const middle = Math.floor((oldWall + newWall) / 2 / MINUTE) * MINUTE;
        for (const wallMs of [oldWall - MINUTE, oldWall, middle, newWall - MINUTE, newWall]) {
          const text = wallText(wallMs);
          const mine = parseInstant(text, zone)!;
          const theirs = luxonInstant(text, zone, wallMs);
          const found = readings(zone, wallMs, transition);
          seen.times++;
          if (found.length === 0) {
            // In the gap: read with the offset before the change, i.e. moved forward by the gap, as luxon does.
            seen.gaps++;
            assert.equal(mine, wallMs - before * MINUTE, `${text} in ${zone}`);
            assert.equal(mine, theirs, `${text} in ${zone}: luxon moves it forward too`);
          } else {
            // A repeated time takes the earlier instant; luxon may take the later one.
            if (found.length > 1) seen.repeats++;
            assert.equal(mine, Math.min(...found), `${text} in ${zone}`);
            assert.ok(found.includes(theirs), `${text} in ${zone}: luxon reads it at ${new Date(theirs).toISOString()}`);
          }
        }
      }
    }
    assert.ok(seen.times > 8000 && seen.gaps > 1000 && seen.repeats > 1000, JSON.stringify(seen));
  });

  it('reads a day that starts in a gap (Havana, midnight) from the end of the gap', () => {
    const spring = TRANSITIONS.get('America/Havana')!.find(({ at }) => new Date(at).getUTCFullYear() === 2024 && new Date(at).getUTCMonth() === 2)!;
    const day = wallText(spring.at + spring.before * MINUTE).slice(0, 10);
    assert.equal(parseInstant(`${day}T00:00`, 'America/Havana'), spring.at);
    assert.equal(parseInstant(`${day}T00:00`, 'America/Havana'), DateTime.fromISO(`${day}T00:00`, { zone: 'America/Havana' }).toMillis());
  });
});
