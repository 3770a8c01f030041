import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { fromICalendar } from '../../../src/data/adapters/ical.js';
import { normalizeFeed } from '../../../src/data/normalize.js';

/**
 * test/fixtures/adapters/recurrences.ics, expanded by hand: each occurrence's UTC instants are
 * computed here with Temporal from the wall-clock times the file writes, not by ical.js or the
 * adapter. Europe/Berlin moves to summer time on 31 March 2024, in the middle of the weekly rule.
 */
const BERLIN = 'Europe/Berlin';
const berlin = (wall: string): Temporal.ZonedDateTime => Temporal.PlainDateTime.from(wall).toZonedDateTime(BERLIN);
const utc = (wall: string): Temporal.ZonedDateTime => Temporal.Instant.from(`${wall}Z`).toZonedDateTimeISO('UTC');
const iso = (time: Temporal.ZonedDateTime): string => time.toInstant().toString();

interface Expected {
  id: string;
  title: string;
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
  room?: string;
  allDay?: true;
}

/** `count` occurrences of a weekly rule from `first`, in the zone of `first` (wall-clock time kept across DST). */
const weekly = (first: Temporal.ZonedDateTime, count: number): Temporal.ZonedDateTime[] =>
  Array.from({ length: count }, (_, week) => first.add({ weeks: week }));

const STANDUP = 'standup@recurrences.test';
const standups: Expected[] = weekly(berlin('2024-03-18T09:00'), 5)
  // EXDATE 25 March: gone. RECURRENCE-ID 1 April and 8 April: replaced below.
  .filter((start) => !['2024-03-25', '2024-04-01', '2024-04-08'].includes(start.toPlainDate().toString()))
  .map((start) => ({ id: `${STANDUP}_${start.toPlainDateTime().toString().replace(/[-:]/g, '').slice(0, 15)}`, title: 'Standup', start, end: start.add({ minutes: 30 }), room: 'Room 1' }));

const expected: Expected[] = [
  ...standups,
  // RDATE (a date-time): the event's 30 minutes.
  { id: `${STANDUP}_20240327T140000`, title: 'Standup', start: berlin('2024-03-27T14:00'), end: berlin('2024-03-27T14:30'), room: 'Room 1' },
  // RDATE (a period with TZID): its own 45 minutes.
  { id: `${STANDUP}_20240410T160000`, title: 'Standup', start: berlin('2024-04-10T16:00'), end: berlin('2024-04-10T16:45'), room: 'Room 1' },
  // RECURRENCE-ID overrides: a new title, time and room; a move to the next day.
  { id: `${STANDUP}_20240401T090000`, title: 'Standup (Easter Monday, moved)', start: berlin('2024-04-01T11:00'), end: berlin('2024-04-01T12:00'), room: 'Room 2' },
  { id: `${STANDUP}_20240408T090000`, title: 'Standup', start: berlin('2024-04-09T09:00'), end: berlin('2024-04-09T09:30'), room: 'Room 1' },
  // Daily 20–22 March at 15:00 UTC minus EXDATE 21 March, and two RDATE periods of their own lengths.
  { id: 'clinic@recurrences.test_20240320T150000Z', title: 'Clinic', start: utc('2024-03-20T15:00'), end: utc('2024-03-20T16:00') },
  { id: 'clinic@recurrences.test_20240322T150000Z', title: 'Clinic', start: utc('2024-03-22T15:00'), end: utc('2024-03-22T16:00') },
  { id: 'clinic@recurrences.test_20240325T100000Z', title: 'Clinic', start: utc('2024-03-25T10:00'), end: utc('2024-03-25T12:00') },
  { id: 'clinic@recurrences.test_20240326T090000Z', title: 'Clinic', start: utc('2024-03-26T09:00'), end: utc('2024-03-26T09:30') },
  // Two all-day occurrences; the second is the 23-hour day of the change to summer time.
  ...['2024-03-30', '2024-03-31'].map((day): Expected => {
    const date = Temporal.PlainDate.from(day);
    return { id: `sprint@recurrences.test_${day.replace(/-/g, '')}`, title: 'Sprint day', start: date.toZonedDateTime(BERLIN), end: date.add({ days: 1 }).toZonedDateTime(BERLIN), allDay: true };
  }),
];

describe('fromICalendar: recurrences.ics (RRULE, RDATE, EXDATE, RECURRENCE-ID)', () => {
  const result = fromICalendar(readFileSync('test/fixtures/adapters/recurrences.ics', 'utf8'));
  const { schedule, diagnostics } = normalizeFeed(result.feed);
  const byId = new Map(schedule.sessions.map((session) => [session.id, session]));

  it('converts cleanly, in the zone the file uses', () => {
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(diagnostics, []);
    assert.equal(schedule.event.timeZone, BERLIN);
  });

  it('gives exactly the expected occurrences, 12 in all', () => {
    assert.equal(expected.length, 12);
    assert.deepEqual([...byId.keys()].sort(), expected.map((e) => e.id).sort());
  });

  for (const occurrence of expected) {
    it(`${occurrence.id}: ${occurrence.title}, ${iso(occurrence.start)} to ${iso(occurrence.end)}`, () => {
      const session = byId.get(occurrence.id);
      assert.ok(session, 'is there');
      assert.deepEqual(
        [session.title, new Date(session.startMs).toISOString(), new Date(session.endMs).toISOString(), session.room?.name, session.allDay],
        [occurrence.title, new Date(occurrence.start.epochMilliseconds).toISOString(), new Date(occurrence.end.epochMilliseconds).toISOString(), occurrence.room, occurrence.allDay === true],
      );
    });
  }

  it('leaves out the excluded dates and the occurrences the overrides replace', () => {
    const days = schedule.sessions.map((session) => `${session.title.slice(0, 7)} ${session.day}`);
    assert.ok(!days.includes('Standup 2024-03-25'), 'EXDATE 25 March');
    assert.ok(!days.includes('Clinic 2024-03-21'), 'EXDATE 21 March');
    assert.ok(!days.includes('Standup 2024-04-08'), 'the 8 April occurrence moved to the 9th');
    assert.equal(schedule.sessions.filter((session) => session.startMs === berlin('2024-04-01T09:00').epochMilliseconds).length, 0, 'nothing left at the overridden time');
  });
});
