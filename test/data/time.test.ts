import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { dayKey, daysBetween, isDateKey, isValidTimeZone, nextDay, startOfDay, zoneOffset } from '../../src/data/time.js';
import { parseDuration, parseInstant } from '../../src/data/time-text.js';

const utc = (iso: string): number => Date.parse(iso);

describe('parseInstant with an offset', () => {
  const cases: [string, string][] = [
    ['2014-09-02T11:00:00+03:00', '2014-09-02T08:00:00.000Z'],
    ['2014-09-02T11:00+03:00', '2014-09-02T08:00:00.000Z'],
    ['2014-09-02T11:00:00Z', '2014-09-02T11:00:00.000Z'],
    ['2014-09-02T11:00:00.5Z', '2014-09-02T11:00:00.500Z'],
    ['2014-09-02T11:00:00.123456-05:30', '2014-09-02T16:30:00.123Z'],
    ['2014-09-02T11:00:00+0545', '2014-09-02T05:15:00.000Z'],
    ['2014-09-02T00:30:00+03', '2014-09-01T21:30:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => assert.equal(parseInstant(text, 'Europe/Istanbul'), utc(expected)));
  }

  it('ignores the event zone when there is an offset', () => {
    assert.equal(parseInstant('2014-09-02T11:00:00+03:00', 'America/New_York'), utc('2014-09-02T08:00:00Z'));
  });

  for (const text of ['2014-13-02T11:00', '2014-02-30T10:00', '2014-09-02T24:00', '2014-09-02T11:60', '2014-09-02T11:00:61Z',
    '2014-09-02T11:00+24:00', '2014-09-02', '2014-09-02 11:00', '2014-9-2T11:00', 'tomorrow', '', '2014-09-02T11:00:00+03:00 ',
    '2014-09-02T11:00:', '2014-09-02T11:00:00.', '2014-09-02T11:00:00.1234567890Z', '2014-09-02T11:00+03:0', '2014-09-02T11:00Zx',
    '2014-09-02T11:00+3', '2014-09-02T11:00:00+03:00:00', '2014-09-0xT11:00']) {
    it(`refuses ${JSON.stringify(text)}`, () => assert.equal(parseInstant(text, 'Europe/Istanbul'), undefined));
  }

  it('agrees with Date.parse on random offset date-times', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.integer({ min: -14 * 4, max: 14 * 4 }), (date, quarters) => {
        const offset = quarters * 15;
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const text = `${local}${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        assert.equal(parseInstant(text, 'UTC'), date.getTime());
      }),
    );
  });
});

describe('parseInstant of local wall time', () => {
  it('reads 2014-09-02T11:00 in Europe/Istanbul as 08:00 UTC', () => {
    assert.equal(parseInstant('2014-09-02T11:00', 'Europe/Istanbul'), utc('2014-09-02T08:00:00Z'));
  });

  it('moves a New York time in the spring-forward gap forward: 02:30 → 03:30 EDT', () => {
    assert.equal(parseInstant('2024-03-10T02:30', 'America/New_York'), utc('2024-03-10T07:30:00Z'));
    assert.equal(parseInstant('2024-03-10T01:59', 'America/New_York'), utc('2024-03-10T06:59:00Z'));
    assert.equal(parseInstant('2024-03-10T03:00', 'America/New_York'), utc('2024-03-10T07:00:00Z'));
  });

  it('takes the earlier offset for an ambiguous New York fall-back time', () => {
    assert.equal(parseInstant('2024-11-03T01:30', 'America/New_York'), utc('2024-11-03T05:30:00Z'));
    assert.equal(parseInstant('2024-11-03T02:00', 'America/New_York'), utc('2024-11-03T07:00:00Z'));
  });

  it('handles Berlin both ways', () => {
    assert.equal(parseInstant('2024-03-31T02:30', 'Europe/Berlin'), utc('2024-03-31T01:30:00Z'));
    assert.equal(parseInstant('2024-10-27T02:30', 'Europe/Berlin'), utc('2024-10-27T00:30:00Z'));
    assert.equal(parseInstant('2024-10-27T03:00', 'Europe/Berlin'), utc('2024-10-27T02:00:00Z'));
  });

  it('handles a 30-minute DST shift (Australia/Lord_Howe) and a skipped day (Pacific/Apia 2011-12-30)', () => {
    assert.equal(parseInstant('2024-10-06T02:15', 'Australia/Lord_Howe'), utc('2024-10-05T15:45:00Z')); // gap 02:00–02:30: 02:15 → 02:45 +11:00
    assert.equal(parseInstant('2011-12-30T12:00', 'Pacific/Apia'), DateTime.fromISO('2011-12-30T12:00', { zone: 'Pacific/Apia' }).toMillis());
  });

  const zones = ['America/New_York', 'Europe/Berlin', 'Europe/Istanbul', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago'];
  it('agrees with luxon everywhere but in repeated hours (where luxon depends on today)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: utc('1975-01-01'), max: utc('2035-01-01') }), (zone, wallMs) => {
        const wall = new Date(Math.floor(wallMs / 60_000) * 60_000).toISOString().slice(0, 16);
        const mine = parseInstant(wall, zone)!;
        const theirs = DateTime.fromISO(wall, { zone }).toMillis();
        if (mine === theirs) return;
        // Both readings must show the same wall time: the time is ambiguous, and mine is the earlier one.
        assert.equal(DateTime.fromMillis(mine, { zone }).toISO()!.slice(0, 16), wall);
        assert.equal(DateTime.fromMillis(theirs, { zone }).toISO()!.slice(0, 16), wall);
        assert.ok(mine < theirs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('zoneOffset', () => {
  it('matches luxon at random instants, through its 15-minute cache', () => {
    fc.assert(
      fc.property(fc.constantFrom('America/New_York', 'Europe/Berlin', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Africa/Monrovia'), fc.integer({ min: -3e12, max: 3e12 }), (zone, ms) => {
        assert.equal(zoneOffset(zone, ms), IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it('is +180 in Istanbul in September 2014', () => assert.equal(zoneOffset('Europe/Istanbul', utc('2014-09-02T08:00:00Z')), 180));
});

describe('parseDuration', () => {
  const good: [string, number][] = [
    ['PT90M', 90 * 60_000],
    ['PT1H30M', 90 * 60_000],
    ['P1DT2H', 26 * 3_600_000],
    ['PT1.5H', 90 * 60_000],
    ['PT0,5M', 30_000],
    ['PT5M30S', 330_000],
    ['P1W', 7 * 86_400_000],
    ['PT0S', 0],
  ];
  for (const [text, ms] of good) it(`reads ${text}`, () => assert.equal(parseDuration(text), ms));
  for (const text of ['P', 'PT', 'P1M', 'P1Y', '-PT5M', 'PT5X', '90', '', 'pt5m', 'PT5M ', 'P1H']) {
    it(`refuses ${JSON.stringify(text)}`, () => assert.equal(parseDuration(text), undefined));
  }
});

describe('days', () => {
  it('gives the event-local day of an instant', () => {
    assert.equal(dayKey(utc('2014-09-01T21:30:00Z'), 'Europe/Istanbul'), '2014-09-02');
    assert.equal(dayKey(utc('2014-09-01T20:59:59Z'), 'Europe/Istanbul'), '2014-09-01');
    assert.equal(dayKey(utc('2024-03-10T04:59:00Z'), 'America/New_York'), '2024-03-09');
    assert.equal(dayKey(utc('1969-12-31T23:00:00Z'), 'UTC'), '1969-12-31');
    assert.equal(dayKey(utc('0500-02-29T00:00:00Z'), 'UTC'), '0500-03-01'); // 500 is no leap year (Gregorian)
  });

  it('agrees with luxon on random instants', () => {
    fc.assert(
      fc.property(fc.constantFrom('Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Istanbul'), fc.integer({ min: -2e12, max: 4e12 }), (zone, ms) => {
        assert.equal(dayKey(ms, zone), DateTime.fromMillis(ms, { zone }).toISODate());
      }),
    );
  });

  it('validates, steps and counts calendar dates', () => {
    assert.ok(isDateKey('2024-02-29'));
    assert.ok(!isDateKey('2023-02-29'));
    assert.ok(!isDateKey('2024-2-1'));
    assert.equal(nextDay('2024-02-28'), '2024-02-29');
    assert.equal(nextDay('2014-12-31'), '2015-01-01');
    assert.equal(daysBetween('2014-09-02', '2014-09-05'), 3);
    assert.equal(startOfDay('2014-09-02', 'Europe/Istanbul'), utc('2014-09-01T21:00:00Z'));
  });

  it('moves the day change from midnight when asked, by the wall clock across a change of the clocks', () => {
    const six = 6 * 60;
    // Berlin moves its clocks from 02:00 to 03:00 on 2025-03-30: 05:30 that morning is 03:30 UTC, 06:30 is 04:30 UTC.
    assert.equal(dayKey(utc('2025-03-30T03:30:00Z'), 'Europe/Berlin', six), '2025-03-29');
    assert.equal(dayKey(utc('2025-03-30T04:30:00Z'), 'Europe/Berlin', six), '2025-03-30');
    assert.equal(dayKey(utc('2025-03-29T23:30:00Z'), 'Europe/Berlin', six), '2025-03-29');
    assert.equal(dayKey(utc('2025-03-29T23:30:00Z'), 'Europe/Berlin'), '2025-03-30');
    assert.equal(startOfDay('2025-03-30', 'Europe/Berlin', six), utc('2025-03-30T04:00:00Z'));
    assert.equal(startOfDay('2025-03-29', 'Europe/Berlin', six), utc('2025-03-29T05:00:00Z'));
    // Where the clocks jump over the day change (Santiago at 00:00 → 01:00 on 2024-09-08), the day starts after the gap.
    assert.equal(startOfDay('2024-09-08', 'America/Santiago', 0), utc('2024-09-08T04:00:00Z'));
  });

  it('knows IANA zones', () => {
    assert.ok(isValidTimeZone('Europe/Istanbul'));
    assert.ok(isValidTimeZone('UTC'));
    assert.ok(!isValidTimeZone('Mars/Olympus_Mons'));
    assert.ok(!isValidTimeZone(''));
    assert.ok(!isValidTimeZone(3));
  });
});
