import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_OCCURRENCES, fromICalendar } from '../../../src/data/adapters/ical.js';
import type { AdapterOptions } from '../../../src/data/adapters/types.js';
import type { Diagnostic } from '../../../src/data/model.js';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { FEEDS_DIR, skipUnlessFeed } from './real-feeds.js';

const PYCON = 'ical-pyconuk-2015-schedule.ics';

function convert(text: string, options: AdapterOptions = {}) {
  const result = fromICalendar(text, options);
  assert.ok(result.feed, `converted: ${JSON.stringify(result.diagnostics)}`);
  const { schedule, diagnostics } = normalizeFeed(result.feed);
  return { result, feed: result.feed, schedule, normalized: diagnostics };
}

const severe = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal');
const at = (diagnostics: readonly Diagnostic[], path: string): Diagnostic[] => diagnostics.filter((d) => d.path === path);

/** A calendar of the given lines (VEVENTs, VTIMEZONEs …), CRLF as RFC 5545 wants. */
function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

function vevent(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}

/** Europe/Berlin's rules under a Windows-style TZID, as Outlook writes them. */
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'END:VTIMEZONE',
];

describe('fromICalendar: PyCon UK 2015', { skip: skipUnlessFeed(PYCON) }, () => {
  const text = skipUnlessFeed(PYCON) ? '' : readFileSync(join(FEEDS_DIR, PYCON), 'utf8');
  // Counted from the raw text: unfold continuation lines, then read property lines.
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const values = (name: string): string[] => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1));
  const speakers = new Set(
    values('SUMMARY').flatMap((summary) => {
      const byline = /\((?:talk|workshop|demo) by (.+)\)$/.exec(summary)?.[1];
      return byline === undefined ? [] : byline.split(/ & | and /).map((name) => name.split('\\,')[0]!.trim());
    }),
  );

  it('keeps the counts of sessions, rooms, days and people, and normalizes cleanly', () => {
    const { result, feed, schedule, normalized } = convert(text, { eventTimeZone: 'Europe/London' });
    assert.equal(values('BEGIN').filter((v) => v === 'VEVENT').length, 162);
    assert.equal(feed.sessions.length, 162, 'sessions');
    assert.equal(schedule.sessions.length, 162, 'normalized sessions');
    assert.equal(feed.rooms?.length, new Set(values('LOCATION')).size, 'rooms');
    assert.equal(feed.rooms?.length, 11);
    assert.deepEqual(schedule.days.map((d) => d.date), ['2015-09-18', '2015-09-19', '2015-09-20', '2015-09-21']);
    assert.equal(feed.people?.length, speakers.size, 'people from "(talk by …)"');
    assert.deepEqual(severe(result.diagnostics), []);
    assert.deepEqual(severe(normalized), []);
    assert.equal(schedule.event.name, 'PyCon UK 2015 Schedule');
    assert.equal(schedule.event.timeZone, 'Europe/London');
    assert.deepEqual(at(result.diagnostics, '$'), []);
  });

  it('reads UTC times and shows them in BST', () => {
    const { schedule } = convert(text, { eventTimeZone: 'Europe/London' });
    const plenary = schedule.sessions.find((s) => s.title === 'Opening Plenary');
    assert.equal(plenary?.startMs, Date.parse('2015-09-18T08:30:00Z'));
    assert.equal(plenary?.start, '2015-09-18T09:30:00+01:00');
    assert.equal(plenary?.minutes, 60);
    assert.equal(plenary?.room?.name, 'PythonAnywhere Room (CC1.3)');
  });

  it('unescapes commas, keeps titles as written and takes speakers only from clean bylines', () => {
    const { schedule } = convert(text, { eventTimeZone: 'Europe/London' });
    assert.ok(schedule.sessions.some((s) => s.title === 'Keynote: Van Lindberg, PSF Chair'));
    const gil = schedule.sessions.find((s) => s.title === "Python's Infamous GIL (talk by Larry Hastings)");
    assert.deepEqual(gil?.people.map((p) => p.person.name), ['Larry Hastings']);
    const duo = schedule.sessions.find((s) => s.title.includes('talk by Safe Hammad & Fiona Burrows'));
    assert.deepEqual(duo?.people.map((p) => p.person.name), ['Safe Hammad', 'Fiona Burrows']);
    assert.equal(schedule.peopleById.get('sarah-mount')?.organization, 'University of Wolverhampton');
    const panel = schedule.sessions.find((s) => s.title.includes('(panel by Discussion:'));
    assert.deepEqual(panel?.people, [], 'a byline that is no list of names gives nobody');
  });

  it('reports the real file\'s flaws: missing DTEND, empty SUMMARY, a duplicate UID', () => {
    const { result } = convert(text, { eventTimeZone: 'Europe/London' });
    assert.match(at(result.diagnostics, '$.VEVENT[54].DTSTART')[0]?.message ?? '', /neither DTEND nor DURATION/);
    assert.match(at(result.diagnostics, '$.VEVENT[79].SUMMARY')[0]?.message ?? '', /Untitled/);
    // Its UID is long: the message shows how the new id ends, where it differs ("-2").
    assert.match(at(result.diagnostics, '$.VEVENT[131].UID')[0]?.message ?? '', /^session id "20160417T070217Z-58703@.{1,30}….*-linux-5" is used more than once; this one gets the id "20160417T070217Z-58703@.*….*-linux-5-2"\.$/);
  });

  it('without a zone, stays in UTC and asks for the zone', () => {
    const { result, schedule } = convert(text);
    assert.equal(schedule.event.timeZone, 'UTC');
    assert.match(at(result.diagnostics, '$')[0]?.message ?? '', /event-time-zone/);
    assert.equal(schedule.sessions.find((s) => s.title === 'Opening Plenary')?.startMs, Date.parse('2015-09-18T08:30:00Z'));
  });
});

describe('fromICalendar: hand-made cases', () => {
  it('honours a TZID defined by a VTIMEZONE, and names the zone from X-LIC-LOCATION', () => {
    const { result, schedule } = convert(
      calendar(...BERLIN_VTIMEZONE, ...vevent('UID:a', 'DTSTART;TZID=W. Europe Standard Time:20240320T090000', 'DTEND;TZID=W. Europe Standard Time:20240320T100000', 'SUMMARY:Talk')),
      { eventName: 'Zoned' },
    );
    assert.equal(schedule.event.timeZone, 'Europe/Berlin');
    assert.equal(schedule.sessions[0]?.startMs, Date.parse('2024-03-20T08:00:00Z'));
    assert.deepEqual(at(result.diagnostics, '$'), [], 'the zone is known: no warning');
  });

  it('reads a TZID without VTIMEZONE as an IANA zone', () => {
    const { schedule } = convert(calendar(...vevent('UID:a', 'DTSTART;TZID=America/New_York:20240710T090000', 'DURATION:PT45M', 'SUMMARY:Talk')));
    assert.equal(schedule.event.timeZone, 'America/New_York');
    assert.equal(schedule.sessions[0]?.startMs, Date.parse('2024-07-10T13:00:00Z'));
    assert.equal(schedule.sessions[0]?.minutes, 45, 'DURATION stands in for DTEND');
  });

  it('reads an unknown TZID in the event zone, with one warning', () => {
    const { result, schedule } = convert(
      calendar(...vevent('UID:a', 'DTSTART;TZID=Mars/Olympus:20240710T090000', 'DURATION:PT1H', 'SUMMARY:A'), ...vevent('UID:b', 'DTSTART;TZID=Mars/Olympus:20240710T110000', 'DURATION:PT1H', 'SUMMARY:B')),
      { eventTimeZone: 'Europe/Paris' },
    );
    assert.equal(schedule.sessions[0]?.start.slice(11, 16), '09:00');
    assert.equal(result.diagnostics.filter((d) => d.message.includes('Mars/Olympus') && d.path.endsWith('DTSTART')).length, 1);
  });

  it('expands a weekly RRULE ×3 into 3 sessions that keep their wall time across DST', () => {
    const { feed, schedule } = convert(
      calendar(...BERLIN_VTIMEZONE, ...vevent('UID:weekly', 'DTSTART;TZID=W. Europe Standard Time:20240320T090000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Stand-up')),
    );
    assert.deepEqual(feed.sessions.map((s) => s.id), ['weekly_20240320T090000', 'weekly_20240327T090000', 'weekly_20240403T090000']);
    assert.deepEqual(schedule.sessions.map((s) => s.start.slice(5)), ['03-20T09:00:00+01:00', '03-27T09:00:00+01:00', '04-03T09:00:00+02:00']);
  });

  it('applies EXDATE and RECURRENCE-ID exceptions', () => {
    const { schedule } = convert(
      calendar(
        ...vevent('UID:r', 'DTSTART:20240101T100000Z', 'DTEND:20240101T110000Z', 'RRULE:FREQ=DAILY;COUNT=4', 'EXDATE:20240102T100000Z', 'SUMMARY:Daily'),
        ...vevent('UID:r', 'RECURRENCE-ID:20240103T100000Z', 'DTSTART:20240103T150000Z', 'DTEND:20240103T160000Z', 'SUMMARY:Daily (moved)'),
      ),
      { eventTimeZone: 'UTC' },
    );
    assert.deepEqual(schedule.sessions.map((s) => `${s.start.slice(8, 13)} ${s.title}`), ['01T10 Daily', '03T15 Daily (moved)', '04T10 Daily']);
  });

  it('stops an endless RRULE at the bound, with a warning', () => {
    const { result, feed } = convert(calendar(...vevent('UID:e', 'DTSTART:20240101T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY', 'SUMMARY:Forever')), { eventTimeZone: 'UTC' });
    assert.equal(feed.sessions.length, MAX_OCCURRENCES);
    assert.match(at(result.diagnostics, '$.VEVENT[0].RRULE')[0]?.message ?? '', /more than 1000/);
  });

  it('keeps the calendar and the event when ical.js cannot expand an RRULE (found by test/data/fuzz.test.ts)', () => {
    // FREQ=MINUTELY on an all-day start repeats one date: ical.js throws "Same occurrence found twice".
    const { result, feed } = convert(
      calendar(...vevent('UID:m', 'DTSTART;VALUE=DATE:20240331', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Odd'), ...vevent('UID:n', 'DTSTART:20240331T100000Z', 'DURATION:PT1H', 'SUMMARY:Plain')),
      { eventTimeZone: 'UTC' },
    );
    assert.deepEqual(feed.sessions.map((s) => s.title), ['Odd', 'Plain']);
    assert.equal(feed.sessions[0]!.start, '2024-03-31T00:00:00');
    assert.match(at(result.diagnostics, '$.VEVENT[0].RRULE')[0]?.message ?? '', /cannot be expanded \(Same occurrence found twice.*\); it is ignored: the event is kept once/);
  });

  it('skips an event whose DTSTART or DTEND ical.js cannot read, and keeps the rest (found by test/data/fuzz.test.ts)', () => {
    // A DATE-TIME written as a date: ical.js parses the file, then throws when the value is read.
    const { result, feed } = convert(
      calendar(
        ...vevent('UID:a', 'DTSTART:2024-03-31', 'SUMMARY:Bad start'),
        ...vevent('UID:b', 'DTSTART:20240331T090000Z', 'DTEND:2024-03-31', 'SUMMARY:Bad end'),
        ...vevent('UID:c', 'DTSTART:20240331T100000Z', 'DURATION:PT1H', 'SUMMARY:Good'),
      ),
      { eventTimeZone: 'UTC' },
    );
    assert.deepEqual(feed.sessions.map((s) => s.title), ['Good']);
    assert.deepEqual(severe(result.diagnostics), [
      { path: '$.VEVENT[0].DTSTART', message: 'is missing or unreadable; the event is skipped.', severity: 'error' },
      { path: '$.VEVENT[1].DTEND', message: 'is unreadable; the event is skipped.', severity: 'error' },
    ]);
  });

  it('keeps all-day events (DATE values) as allDay sessions from midnight to midnight, without a warning', () => {
    const { result, feed, schedule, normalized } = convert(
      calendar(
        ...vevent('UID:d', 'DTSTART;VALUE=DATE:20240320', 'DTEND;VALUE=DATE:20240322', 'SUMMARY:Sprints'),
        ...vevent('UID:e', 'DTSTART;VALUE=DATE:20240325', 'SUMMARY:One day'),
        ...vevent('UID:f', 'DTSTART:20240325T090000Z', 'DTEND:20240325T100000Z', 'SUMMARY:Timed'),
      ),
      { eventTimeZone: 'Europe/Berlin', eventName: 'Sprints week' },
    );
    assert.deepEqual(
      feed.sessions.map((s) => [s.title, s.start, s.end, s.allDay]),
      [
        ['Sprints', '2024-03-20T00:00:00', '2024-03-22T00:00:00', true],
        ['One day', '2024-03-25T00:00:00', '2024-03-26T00:00:00', true],
        ['Timed', '2024-03-25T10:00:00+01:00', '2024-03-25T11:00:00+01:00', undefined],
      ],
    );
    const [sprints, oneDay, timed] = schedule.sessions;
    assert.equal(sprints?.start, '2024-03-20T00:00:00+01:00');
    assert.equal(sprints?.end, '2024-03-22T00:00:00+01:00');
    assert.equal(oneDay?.minutes, 24 * 60, 'a DATE with no end lasts one day (RFC 5545)');
    assert.deepEqual([sprints?.allDay, oneDay?.allDay, timed?.allDay], [true, true, false]);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(normalized, []);
  });

  it('shows an event with neither DTEND nor DURATION with no length, and one whose end is early too', () => {
    const { result, schedule } = convert(
      calendar(...vevent('UID:a', 'DTSTART:20240320T090000Z', 'SUMMARY:Open end'), ...vevent('UID:b', 'DTSTART:20240320T090000Z', 'DTEND:20240320T080000Z', 'SUMMARY:Backwards')),
      { eventTimeZone: 'UTC' },
    );
    assert.deepEqual(schedule.sessions.map((s) => s.minutes), [0, 0]);
    assert.match(at(result.diagnostics, '$.VEVENT[0].DTSTART')[0]?.message ?? '', /neither DTEND nor DURATION/);
    assert.match(at(result.diagnostics, '$.VEVENT[1].DTEND')[0]?.message ?? '', /before DTSTART/);
  });

  it('keeps floating times, sessions across midnight, categories, URL, and dedupes UIDs', () => {
    const { result, feed, schedule } = convert(
      calendar(
        'X-WR-CALNAME:Night\\, and day',
        ...vevent('UID:x', 'DTSTART:20240320T230000', 'DTEND:20240321T010000', 'SUMMARY:Late', 'CATEGORIES:Music,Live', 'URL:https://example.org/late', 'LOCATION:Club', 'GEO:1;2'),
        ...vevent('UID:x', 'DTSTART:20240321T230000', 'DTEND:20240322T010000', 'SUMMARY:Later', 'LOCATION:Unknown hall'),
      ),
      { eventTimeZone: 'Europe/Berlin' },
    );
    assert.equal(feed.event.name, 'Night, and day');
    assert.deepEqual(feed.sessions.map((s) => s.id), ['x', 'x-2']);
    assert.equal(at(result.diagnostics, '$.VEVENT[1].UID').length, 1);
    const late = schedule.sessions[0];
    assert.equal(late?.startMs, Date.parse('2024-03-20T22:00:00Z'), 'floating time read in the event zone');
    assert.equal(late?.minutes, 120);
    assert.equal(late?.day, '2024-03-20');
    assert.equal(late?.track?.name, 'Music');
    assert.deepEqual(late?.tags, ['Live']);
    assert.deepEqual(late?.links, [{ kind: 'other', url: 'https://example.org/late' }]);
    assert.deepEqual(feed.rooms?.map((r) => r.name), ['Club', 'Unknown hall']);
    assert.match(at(result.diagnostics, '$.VEVENT[0].GEO')[0]?.message ?? '', /GEO is not kept/);
  });

  it('skips cancelled events and events without DTSTART, with diagnostics', () => {
    const { result, feed } = convert(
      calendar(...vevent('UID:c', 'DTSTART:20240320T090000Z', 'STATUS:CANCELLED', 'SUMMARY:Off'), ...vevent('UID:n', 'SUMMARY:No start'), ...vevent('UID:ok', 'DTSTART:20240320T090000Z', 'DURATION:PT1H', 'SUMMARY:On')),
      { eventTimeZone: 'UTC' },
    );
    assert.deepEqual(feed.sessions.map((s) => s.id), ['ok']);
    assert.equal(at(result.diagnostics, '$.VEVENT[0].STATUS')[0]?.severity, 'warning');
    assert.equal(at(result.diagnostics, '$.VEVENT[1].DTSTART')[0]?.severity, 'error');
  });

  it('converts an empty calendar to an empty feed, with a warning', () => {
    const { result, feed } = convert(calendar(), { eventTimeZone: 'UTC', eventName: 'Empty' });
    assert.deepEqual(feed.sessions, []);
    assert.equal(feed.event.name, 'Empty');
    assert.match(at(result.diagnostics, '$')[0]?.message ?? '', /no VEVENT/);
  });

  for (const [label, input, reason] of [
    ['not text', 42, /not iCalendar text/],
    ['JSON text', '{"version":1}', /not iCalendar text/],
    ['a calendar that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\n', /cannot be read/],
    ['garbage lines', 'BEGIN:VCALENDAR\r\ngarbage\r\nEND:VCALENDAR\r\n', /cannot be read/],
  ] as const) {
    it(`gives one fatal diagnostic and no feed for ${label}`, () => {
      const result = fromICalendar(input as string);
      assert.equal(result.feed, undefined);
      assert.equal(result.diagnostics.length, 1);
      assert.equal(result.diagnostics[0]?.severity, 'fatal');
      assert.match(result.diagnostics[0]?.message ?? '', reason);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Issue 15: real feeds, read faithfully
// ---------------------------------------------------------------------------------------------

const fixtureText = (name: string): string => readFileSync(new URL(`../../fixtures/adapters/${name}`, import.meta.url), 'utf8');

describe('fromICalendar: HTML character references in plain text (issue 15)', () => {
  const { result, feed, schedule } = convert(fixtureText('html-escaped.ics'));

  it('decodes them in SUMMARY, DESCRIPTION, LOCATION, CATEGORIES and X-WR-CALNAME, as text', () => {
    const [first, second] = feed.sessions;
    assert.equal(feed.event.name, 'PyData & Friends 2026');
    assert.equal(first?.title, 'Q&A: why <script> tags stay text (talk by Ada Lovelace & Alan Turing)');
    assert.equal(first?.description, 'a = b, c = d, \u201cquoted\u201d\nAT&T and R&D stay as they are, so do &bogus; and \ufffd.'); // &#0; is no character: U+FFFD, as in HTML
    assert.equal(first?.descriptionFormat, 'text');
    assert.deepEqual(feed.rooms, [{ id: 'hall-b', name: 'Hall "B"' }]);
    assert.deepEqual(feed.tracks, [{ id: 'data-ai', name: 'Data & AI' }]);
    assert.equal(second?.title, 'Double-escaped &amp; left once');
    assert.deepEqual(severe(result.diagnostics), []);
  });

  it('leaves a reference named like a property of every object (&constructor;, &toString;) as written', () => {
    const { feed } = convert(calendar(...vevent('UID:a', 'DTSTART:20240320T090000Z', 'DURATION:PT1H', 'SUMMARY:Q&constructor; A&toString;', 'LOCATION:Hall &valueOf;')));
    assert.equal(feed.sessions[0]?.title, 'Q&constructor; A&toString;');
    assert.deepEqual(feed.rooms?.map((room) => room.name), ['Hall &valueOf;']);
  });

  it('reads the byline of a decoded SUMMARY: two people, not one "Ada Lovelace &amp; Alan Turing"', () => {
    assert.deepEqual(feed.people?.map((p) => p.name), ['Ada Lovelace', 'Alan Turing']);
    assert.deepEqual(feed.sessions[0]?.people?.map((p) => p.id), ['ada-lovelace', 'alan-turing']);
  });

  it('keeps the UTC instants of DTSTART and DTEND', () => {
    assert.deepEqual(
      schedule.sessions.map((s) => [new Date(s.startMs).toISOString(), new Date(s.endMs).toISOString()]),
      [['2026-09-18T08:30:00.000Z', '2026-09-18T09:15:00.000Z'], ['2026-09-18T10:00:00.000Z', '2026-09-18T10:30:00.000Z']],
    );
  });
});

describe("fromICalendar: pretalx's own .ics, recognised by PRODID (issue 15)", () => {
  const { result, feed, schedule } = convert(fixtureText('pretalx-talks.ics'));
  const names = new Map(feed.people?.map((p) => [p.id, p.name]));
  const credited = (i: number): (string | undefined)[] => (feed.sessions[i]?.people ?? []).map((p) => names.get(p.id));

  it('takes the speakers after the last " - " off the title', () => {
    assert.deepEqual(feed.sessions.map((s) => s.title), ['Opening', 'Rust - the good parts', 'Lunch', 'Q&A: ask us anything']);
    assert.deepEqual([credited(0), credited(1), credited(2), credited(3)], [['Ada Lovelace', 'Alan Turing'], ['Grace Hopper'], [], ['pajowu', 'Ada Lovelace']]);
    assert.deepEqual(feed.people?.map((p) => p.name), ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'pajowu']);
    assert.deepEqual(severe(result.diagnostics), []);
  });

  it('keeps the instants of the Europe/Berlin times, across the end of summer time', () => {
    assert.equal(feed.event.timeZone, 'Europe/Berlin');
    const utc = schedule.sessions.map((s) => [s.id, new Date(s.startMs).toISOString(), new Date(s.endMs).toISOString()]);
    assert.deepEqual(utc, [
      ['pretalx-democon-ABC123@cfp.example.org', '2026-10-24T08:00:00.000Z', '2026-10-24T08:30:00.000Z'],
      // 2026-10-25 01:30 is summer time (+02:00); 03:15 is after the change back (+01:00).
      ['pretalx-democon-DEF456@cfp.example.org', '2026-10-24T23:30:00.000Z', '2026-10-25T02:15:00.000Z'],
      ['pretalx-democon-GHI789@cfp.example.org', '2026-10-25T11:00:00.000Z', '2026-10-25T12:00:00.000Z'],
      ['pretalx-democon-JKL012@cfp.example.org', '2026-10-25T13:00:00.000Z', '2026-10-25T14:00:00.000Z'],
    ]);
  });

  it('leaves " - " in the titles of other exporters alone', () => {
    const other = convert(calendar(...vevent('UID:1', 'DTSTART:20261024T080000Z', 'DTEND:20261024T090000Z', 'SUMMARY:Rust - the good parts - Grace Hopper'))).feed;
    assert.equal(other.sessions[0]?.title, 'Rust - the good parts - Grace Hopper');
    assert.equal(other.people?.length, 0);
  });
});
