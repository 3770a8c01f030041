import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  composeDuration,
  dayStartMs,
  formatDate,
  formatDay,
  formatDuration,
  formatFullDate,
  formatRelative,
  formatTime,
  formatTimeOn,
  formatTimeRange,
  isoDateTime,
  isoDay,
  isValidZone,
  resolveZone,
  venueZoneName,
  zoneLongName,
  zoneName,
  zonedTimeRange,
} from '../../src/data/format.js';
import { nameList } from '../../src/i18n/intl.js';

/** ICU spaces its output with U+202F, U+2009 and U+00A0; the assertions use plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u202f\u2009\u00a0]/g, ' ');
}

const HOUR = 3_600_000;
// The seed session: 11:00–12:30 EEST on Tuesday, 2 September 2014.
const START = Date.UTC(2014, 8, 2, 8, 0);
const END = Date.UTC(2014, 8, 2, 9, 30);
const ISTANBUL = 'Europe/Istanbul';

describe('the seed session in Istanbul', () => {
  const opts = { locale: 'en-US', zone: ISTANBUL };

  it('formats the day, the date, the time and the range as the Sched page does', () => {
    assert.equal(formatDay(START, opts), 'Tuesday, September 2');
    assert.equal(formatDate(START, opts), 'Tuesday, September 2, 2014');
    assert.equal(plain(formatTime(START, opts)), '11:00 AM');
    assert.equal(plain(formatTimeRange(START, END, opts)), '11:00 AM – 12:30 PM');
  });

  it('names the zone EEST (borrowed from en-GB) and in full', () => {
    assert.equal(zoneName(START, opts), 'EEST');
    assert.equal(zoneLongName(START, opts), 'Eastern European Summer Time');
  });

  it('writes the full line', () => {
    assert.equal(plain(formatFullDate(START, END, opts)), 'Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST');
  });

  it('defaults to en-US only when no locale is given', () => {
    assert.equal(formatFullDate(START, END, { zone: ISTANBUL }), formatFullDate(START, END, opts));
  });

  // What ICU (Node 20, full ICU) gives in the six UN languages; Arabic keeps Latin digits.
  const expected = {
    ar: ['11:00 ص – 12:30 م', 'الثلاثاء، 2 سبتمبر 2014، 11:00 ص – 12:30 م غرينتش+3'],
    zh: ['11:00–12:30', '2014年9月2日星期二 11:00–12:30 GMT+3'],
    fr: ['11:00 – 12:30', 'mardi 2 septembre 2014, 11:00 – 12:30 UTC+3'],
    ru: ['11:00–12:30', 'вторник, 2 сентября 2014 г., 11:00–12:30 GMT+3'],
    es: ['11:00–12:30', 'martes, 2 de septiembre de 2014, 11:00–12:30 EEST'],
  };
  for (const [locale, [range, full]] of Object.entries(expected)) {
    it(`reads well in ${locale}`, () => {
      const local = { locale, zone: ISTANBUL };
      assert.equal(plain(formatTimeRange(START, END, local)), range);
      assert.equal(plain(formatFullDate(START, END, local)), full);
    });
  }

  it('follows the locale for days and the 12/24-hour clock', () => {
    const fiveAfter = START + 5 * 60_000;
    assert.equal(formatDay(START, { locale: 'de', zone: ISTANBUL }), 'Dienstag, 2. September');
    assert.equal(plain(formatTime(fiveAfter, opts)), '11:05 AM');
    for (const locale of ['fr', 'ru', 'en-GB']) assert.equal(formatTime(fiveAfter, { locale, zone: ISTANBUL }), '11:05', locale);
  });
});

describe('a viewer far from the venue', () => {
  it('shows the seed session at 1:00–2:30 AM PDT in Los Angeles', () => {
    const opts = { zone: 'America/Los_Angeles' };
    assert.equal(plain(formatTimeRange(START, END, opts)), '1:00 – 2:30 AM');
    assert.equal(plain(formatFullDate(START, END, opts)), 'Tuesday, September 2, 2014, 1:00 – 2:30 AM PDT');
  });

  it('shows the seed session the same evening in Auckland, and an evening session on the next day', () => {
    const opts = { zone: 'Pacific/Auckland' };
    assert.equal(plain(formatFullDate(START, END, opts)), 'Tuesday, September 2, 2014, 8:00 – 9:30 PM GMT+12');
    const evening = Date.UTC(2014, 8, 2, 17, 0); // 20:00 in Istanbul
    assert.equal(formatDay(evening, opts), 'Wednesday, September 3');
    assert.equal(plain(formatTimeRange(evening, evening + 1.5 * HOUR, opts)), '5:00 – 6:30 AM');
    assert.equal(isoDay(evening, 'Pacific/Auckland'), '2014-09-03');
  });
});

describe('daylight saving time', () => {
  const NEW_YORK = 'America/New_York';
  const BERLIN = 'Europe/Berlin';
  const switches = [
    { zone: NEW_YORK, day: '2025-03-09', next: '2025-03-10', startUtc: Date.UTC(2025, 2, 9, 5), hours: 23, names: ['EST', 'EDT'] },
    { zone: NEW_YORK, day: '2025-11-02', next: '2025-11-03', startUtc: Date.UTC(2025, 10, 2, 4), hours: 25, names: ['EDT', 'EST'] },
    { zone: BERLIN, day: '2025-03-30', next: '2025-03-31', startUtc: Date.UTC(2025, 2, 29, 23), hours: 23, names: ['CET', 'CEST'] },
    { zone: BERLIN, day: '2025-10-26', next: '2025-10-27', startUtc: Date.UTC(2025, 9, 25, 22), hours: 25, names: ['CEST', 'CET'] },
  ];
  for (const { zone, day, next, startUtc, hours, names } of switches) {
    it(`switches ${names.join(' → ')} in ${zone} on ${day}`, () => {
      const dayStart = dayStartMs(day, zone);
      assert.equal(dayStart, startUtc);
      const dayEnd = startUtc + hours * HOUR;
      assert.equal(dayStartMs(next, zone), dayEnd);
      assert.equal(isoDay(dayEnd - 1, zone), day);
      assert.equal(isoDay(dayEnd, zone), next);
      assert.deepEqual([zoneName(dayStart, { zone }), zoneName(dayEnd - 1, { zone })], names);
    });
  }

  it('names both zones when a session runs over the switch', () => {
    const start = Date.UTC(2025, 2, 30, 0, 30); // 1:30 CET, an hour before 3:30 CEST
    const berlin = { zone: BERLIN };
    assert.equal(plain(formatTimeRange(start, start + HOUR, berlin)), '1:30 AM CET – 3:30 AM CEST');
    assert.equal(plain(formatFullDate(start, start + HOUR, berlin)), 'Sunday, March 30, 2025 at 1:30 AM CET – 3:30 AM CEST');
    assert.equal(isoDateTime(start, BERLIN), '2025-03-30T01:30:00+01:00');
    assert.equal(isoDateTime(start + HOUR, BERLIN), '2025-03-30T03:30:00+02:00');
    const fallBack = Date.UTC(2025, 10, 2, 5); // 1:00 EDT, two hours before 2:00 EST
    assert.equal(plain(formatFullDate(fallBack, fallBack + 2 * HOUR, { zone: NEW_YORK })), 'Sunday, November 2, 2025 at 1:00 AM EDT – 2:00 AM EST');
    assert.equal(plain(formatFullDate(start, start + HOUR, { locale: 'fr', zone: BERLIN })), 'dimanche 30 mars 2025 à 01:30 UTC+1 – 03:30 UTC+2');
    // A row's time range and the zone after it (my-schedule, speaker-card): each end's zone too.
    const zoned = zonedTimeRange(start, start + HOUR, berlin);
    assert.deepEqual([plain(zoned.range), zoned.zone], ['1:30 AM CET – 3:30 AM', 'CEST']);
    const plainDay = zonedTimeRange(start + 12 * HOUR, start + 13 * HOUR, berlin);
    assert.deepEqual([plain(plainDay.range), plainDay.zone], ['2:30 – 3:30 PM', 'CEST']);
  });

  it('names the zone of a time the clock shows twice, in the hour repeated when the clocks go back', () => {
    const berlin = { zone: BERLIN };
    const first = Date.UTC(2025, 9, 26, 0, 30); // 2:30 CEST
    const second = first + HOUR; // 2:30 CET
    assert.deepEqual([first, second].map((ms) => plain(formatTime(ms, berlin))), ['2:30 AM CEST', '2:30 AM CET']);
    assert.equal(plain(formatTimeRange(first, first + HOUR / 2, berlin)), '2:30 AM CEST – 2:00 AM CET');
    // Within one occurrence of the hour, without crossing the change: still which 2:30.
    assert.equal(plain(formatTimeRange(second, second + HOUR / 2, berlin)), '2:30 – 3:00 AM CET');
    assert.equal(plain(formatTimeRange(first, first + HOUR / 4, berlin)), '2:30 – 2:45 AM CEST');
    assert.equal(plain(formatTimeOn(second, '2025-10-26', { locale: 'fr', zone: BERLIN })), '02:30 UTC+1');
    // Before and after the repeated hour, and every time of the spring change, the clock is unambiguous.
    for (const ms of [first - HOUR, second + HOUR, Date.UTC(2025, 2, 30, 0, 30), Date.UTC(2025, 2, 30, 1, 30)]) {
      assert.doesNotMatch(plain(formatTime(ms, berlin)), /CES?T/);
    }
  });

  it('starts a day after the gap when a zone skips midnight', () => {
    assert.equal(dayStartMs('2018-11-04', 'America/Sao_Paulo'), Date.UTC(2018, 10, 4, 3)); // 01:00 -02:00
  });
});

describe('a session across midnight', () => {
  const start = Date.UTC(2014, 8, 2, 20, 0); // 23:00 in Istanbul
  const end = start + 2 * HOUR;

  it('names the day of each end', () => {
    assert.equal(plain(formatTimeRange(start, end, { zone: ISTANBUL })), 'Tue, Sep 2, 11:00 PM – Wed, Sep 3, 1:00 AM');
    assert.equal(plain(formatTimeRange(start, end, { locale: 'fr', zone: ISTANBUL })), 'mar. 2 sept., 23:00 – mer. 3 sept., 01:00');
    assert.equal(
      plain(formatFullDate(start, end, { zone: ISTANBUL })),
      'Tuesday, September 2, 2014 at 11:00 PM – Wednesday, September 3, 2014 at 1:00 AM EEST',
    );
  });

  it('names no day when it ends at midnight', () => {
    assert.equal(plain(formatTimeRange(start, start + HOUR, { zone: ISTANBUL })), '11:00 PM – 12:00 AM');
    assert.equal(plain(formatTimeRange(start, start + HOUR, { locale: 'fr', zone: ISTANBUL })), '23:00 – 00:00');
    assert.equal(plain(formatTimeRange(start - HOUR, start + HOUR, { zone: ISTANBUL })), '10:00 PM – 12:00 AM');
    assert.equal(plain(zonedTimeRange(start, start + HOUR, { zone: ISTANBUL, locale: 'de' }).range), '23:00 – 00:00');
  });
});

describe('zone names', () => {
  const summer = Date.UTC(2025, 6, 1, 12);

  it('borrows an English abbreviation from the other English locale', () => {
    assert.equal(zoneName(summer, { locale: 'en-GB', zone: 'America/New_York' }), 'EDT');
    assert.equal(zoneName(summer, { locale: 'en-US', zone: 'Europe/London' }), 'BST');
  });

  it('falls back to the offset when no English locale has a name', () => {
    assert.equal(zoneName(summer, { zone: ISTANBUL }), 'GMT+3');
  });

  it('uses the locale’s own short name in other languages', () => {
    assert.equal(zoneName(START, { locale: 'fr', zone: ISTANBUL }), 'UTC+3');
    assert.equal(zoneName(START, { locale: 'es', zone: ISTANBUL }), 'EEST');
    assert.equal(zoneName(START, { locale: 'de', zone: ISTANBUL }), 'OESZ');
  });
});

describe('formatDuration', () => {
  const minutes = [5, 40, 90, 600];

  it('writes minutes under an hour, hours and minutes above', () => {
    assert.deepEqual(minutes.map((m) => plain(formatDuration(m))), ['5 min', '40 min', '1 hr, 30 min', '10 hr']);
    assert.deepEqual(minutes.map((m) => plain(formatDuration(m, 'fr'))), ['5 min', '40 min', '1 h et 30 min', '10 h']);
    assert.deepEqual(minutes.map((m) => formatDuration(m, 'zh')), ['5分钟', '40分钟', '1小时30分钟', '10小时']);
  });

  it('prints the same with or without Intl.DurationFormat', () => {
    for (const locale of ['en-US', 'ar', 'zh', 'fr', 'ru', 'es']) {
      for (const m of minutes) assert.equal(formatDuration(m, locale), composeDuration(m, locale), `${locale} ${m}`);
    }
  });

  it('rounds to whole minutes and never goes below zero', () => {
    assert.equal(plain(composeDuration(89.6)), '1 hr, 30 min');
    assert.equal(formatDuration(0), '0 min');
    assert.equal(formatDuration(-5), '0 min');
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2025, 0, 1, 12);
  const utc = { zone: 'UTC' };

  it('picks the unit by distance', () => {
    assert.equal(formatRelative(now, now, utc), 'now');
    assert.equal(formatRelative(now + 10 * 60_000, now, utc), 'in 10 minutes');
    assert.equal(formatRelative(now - 5 * 60_000, now, utc), '5 minutes ago');
    assert.equal(formatRelative(now - 2 * HOUR, now, utc), '2 hours ago');
    assert.equal(formatRelative(now + 24 * HOUR, now, utc), 'tomorrow');
    assert.equal(formatRelative(now + 3 * 24 * HOUR, now, utc), 'in 3 days');
  });

  it('counts minutes as the clock shows them, as the time left of a session is counted', () => {
    const start = Date.UTC(2025, 0, 1, 11);
    assert.equal(formatRelative(start, start - 1, utc), 'in 1 minute'); // the clock shows 10:59
    assert.equal(formatRelative(start, start - 20_000, utc), 'in 1 minute');
    assert.equal(formatRelative(start, Date.UTC(2025, 0, 1, 10, 40, 40), utc), 'in 20 minutes'); // 10:40, not 19 minutes
    assert.equal(formatRelative(start, start + 40_000, utc), 'now'); // within the minute that began
    assert.equal(formatRelative(Date.UTC(2025, 0, 1, 10, 35), Date.UTC(2025, 0, 1, 10, 40, 40), utc), '5 minutes ago');
  });

  it('rounds hours up into days', () => {
    assert.equal(formatRelative(now + 90 * 60_000, now, utc), 'in 2 hours');
    assert.equal(formatRelative(now + 23.6 * HOUR, now, utc), 'tomorrow');
  });

  it("counts days between the zone's calendar days, so tomorrow is the next day there", () => {
    const zone = 'America/New_York';
    const saturday9am = Date.parse('2026-03-07T09:00:00-05:00');
    assert.equal(formatRelative(saturday9am, Date.parse('2026-03-05T23:00:00-05:00'), { zone }), 'in 2 days'); // Thursday 11 PM, 34 hours before
    assert.equal(formatRelative(saturday9am, Date.parse('2026-03-06T01:00:00-05:00'), { zone }), 'tomorrow'); // Friday 1 AM
    assert.equal(formatRelative(Date.parse('2026-03-05T23:00:00-05:00'), saturday9am, { zone }), '2 days ago');
  });

  it('speaks the locale', () => {
    assert.equal(formatRelative(now + 10 * 60_000, now, { locale: 'fr', zone: 'UTC' }), 'dans 10 minutes');
    assert.equal(formatRelative(now + 24 * HOUR, now, { locale: 'ru', zone: 'UTC' }), 'завтра');
  });
});

describe('resolveZone', () => {
  it('takes the event zone when nothing is asked', () => {
    for (const requested of [undefined, null, '']) {
      assert.deepEqual(resolveZone(requested, ISTANBUL), { zone: ISTANBUL, source: 'event' });
    }
  });

  it('takes the viewer zone for "local"', () => {
    assert.deepEqual(resolveZone('local', ISTANBUL), { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, source: 'viewer' });
  });

  it('takes a valid IANA zone as asked', () => {
    assert.deepEqual(resolveZone('Asia/Tokyo', ISTANBUL), { zone: 'Asia/Tokyo', source: 'custom' });
  });

  it('falls back to the event zone and reports an invalid one', () => {
    assert.deepEqual(resolveZone('Mars/Olympus', ISTANBUL), { zone: ISTANBUL, source: 'event', invalid: 'Mars/Olympus' });
  });

  it('tells valid zones from invalid ones', () => {
    assert.equal(isValidZone('Europe/Istanbul'), true);
    assert.equal(isValidZone('UTC'), true);
    assert.equal(isValidZone('Mars/Olympus'), false);
    assert.equal(isValidZone(''), false);
  });
});

describe('ISO strings and days', () => {
  it('writes the instant with the zone offset for <time datetime>', () => {
    assert.equal(isoDateTime(START, ISTANBUL), '2014-09-02T11:00:00+03:00');
    assert.equal(isoDateTime(START, 'America/St_Johns'), '2014-09-02T05:30:00-02:30');
    assert.equal(isoDateTime(START, 'UTC'), '2014-09-02T08:00:00+00:00');
  });

  it('gives the zone’s calendar day and its start', () => {
    assert.equal(isoDay(START, ISTANBUL), '2014-09-02');
    assert.equal(isoDay(Date.UTC(2014, 8, 2, 21, 30), ISTANBUL), '2014-09-03');
    assert.equal(dayStartMs('2014-09-02', ISTANBUL), Date.UTC(2014, 8, 1, 21));
  });

  it('rejects a day that is not yyyy-MM-dd', () => {
    assert.throws(() => dayStartMs('2014-02-30', ISTANBUL), RangeError);
    assert.throws(() => dayStartMs('2 Sept 2014', ISTANBUL), RangeError);
  });
});

describe('names and zones in any language', () => {
  it('isolates each name, so that a name in another script keeps its place in the list', () => {
    assert.equal(nameList(['Oliver Brandt', 'Chloé Martin'], 'en'), '\u2068Oliver Brandt\u2069 and \u2068Chloé Martin\u2069');
    assert.equal(nameList(['Oliver Brandt', 'Chloé Martin'], 'ar'), '\u2068Oliver Brandt\u2069 و\u2068Chloé Martin\u2069');
    assert.equal(nameList(['أحمد فاروق', 'Sofia Marquez'], 'en'), '\u2068أحمد فاروق\u2069 and \u2068Sofia Marquez\u2069');
  });

  it('keeps a name’s bidi controls from reversing the names and words around it', () => {
    // An override left open (U+202E) would run to the end of the line: "eniF loraC dna ,tsenoH boB".
    assert.equal(nameList(['\u202eAlice Evil', 'Bob Honest'], 'en'), '\u2068Alice Evil\u2069 and \u2068Bob Honest\u2069');
    // A close of the isolate (U+2069) inside a name must not end ours early.
    assert.equal(nameList(['Eve\u2069\u202eX'], 'en'), '\u2068EveX\u2069');
  });

  it('gives the zone as the venue writes it, whatever the language', () => {
    assert.equal(venueZoneName(START, { locale: 'ar', zone: ISTANBUL }), 'EEST');
    assert.equal(venueZoneName(START, { locale: 'fr', zone: 'America/New_York' }), 'EDT');
    // No English abbreviation: the locale's own name.
    assert.equal(venueZoneName(START, { locale: 'fr', zone: 'Asia/Tokyo' }), 'UTC+9');
  });
});
