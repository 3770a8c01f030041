import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptySchedule, normalizeFeed, type Diagnostic, type NormalizeResult, type Schedule, type Session } from '../../src/data/index.js';
import { fixture, fixtureText, GOOD_FIXTURES } from './fixtures.js';

const HOUR = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);

function session(schedule: Schedule, id: string): Session {
  const found = schedule.sessionsById.get(id);
  assert.ok(found, `session ${id}`);
  return found;
}

/** A feed around some sessions, in Istanbul. */
function feed(sessions: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, event: { name: 'Test', timeZone: 'Europe/Istanbul' }, ...extra, sessions };
}

const brief = (d: Diagnostic): string => `${d.severity} ${d.path}`;

describe('normalizeFeed: the seed session WS196', () => {
  const { schedule, diagnostics } = normalizeFeed(fixtureText('minimal'));
  const ws196 = session(schedule, 'ws196');

  it('reads the fixture without diagnostics', () => assert.deepEqual(diagnostics, []));

  it('places it on 2014-09-02, 08:00 UTC, +03:00, 90 minutes', () => {
    assert.equal(ws196.day, '2014-09-02');
    assert.equal(ws196.startMs, utc('2014-09-02T08:00:00Z'));
    assert.equal(ws196.endMs, utc('2014-09-02T09:30:00Z'));
    assert.equal(ws196.minutes, 90);
    assert.equal(ws196.start, '2014-09-02T11:00:00+03:00');
    assert.equal(ws196.timeZone, 'Europe/Istanbul');
    assert.equal(ws196.end, '2014-09-02T12:30:00+03:00');
  });

  it('has its room with the location, its track and its other fields', () => {
    assert.deepEqual({ ...ws196.room }, { id: 'room-03', name: 'Workshop Room 03', location: 'Rumeli -1 Floor / Room 1', capacity: 120 });
    assert.equal(ws196.track?.color, '#0b6e4f');
    assert.equal(ws196.code, 'WS196');
    assert.equal(ws196.type, 'Workshop');
    assert.equal(ws196.description?.format, 'html');
    assert.deepEqual({ ...ws196.attendees }, { count: 0, capacity: 120, url: 'https://example.org/ws196/attendees' });
    assert.deepEqual(ws196.links.map((l) => ({ ...l })), [{ kind: 'media', url: 'https://example.org/ws196/media', label: 'View media' }]);
    assert.deepEqual(ws196.tags, ['enhanced cooperation']);
    assert.equal(ws196.index, 0);
  });

  it('lays the agenda out from 11:00: 8 × 5 min, the 40-min discussion 11:40–12:20, then 12:20–12:30', () => {
    const times = ws196.agenda.map((item) => `${item.start.slice(11, 16)}-${item.end.slice(11, 16)}`);
    assert.deepEqual(times, [
      '11:00-11:05', '11:05-11:10', '11:10-11:15', '11:15-11:20', '11:20-11:25', '11:25-11:30', '11:30-11:35', '11:35-11:40',
      '11:40-12:20', '12:20-12:30',
    ]);
    assert.deepEqual(ws196.agenda.map((item) => item.minutes), [5, 5, 5, 5, 5, 5, 5, 5, 40, 10]);
    assert.equal(ws196.agenda[8]!.startMs, utc('2014-09-02T08:40:00Z'));
    assert.deepEqual(ws196.agenda[0]!.people.map((p) => p.id), ['qusai-alshatti']);
    assert.deepEqual(ws196.agenda[8]!.people, []);
  });

  it('groups people by role in order of first appearance, speaker by default', () => {
    assert.deepEqual(ws196.people.map((p) => `${p.role}:${p.person.id}`), [
      'moderator:qusai-alshatti', 'speaker:peter-major', 'speaker:desiree-miloshevic', 'remote-moderator:jane-doe',
    ]);
    assert.deepEqual(ws196.roles.map((g) => [g.role, g.people.map((p) => p.name)]), [
      ['moderator', ['Qusai Al-Shatti']],
      ['speaker', ['Peter Major', 'Desiree Miloshevic']],
      ['remote-moderator', ['Jane Doe']],
    ]);
  });

  it('keeps the people with bio, avatar and links', () => {
    const peter = schedule.peopleById.get('peter-major')!;
    assert.deepEqual(peter.bio, { format: 'text', source: 'Peter was working at the Radiocommunication Bureau (BR) of the ITU for 23 years.' });
    assert.equal(peter.avatar, 'https://example.org/peter.jpg');
    assert.deepEqual(peter.links.map((l) => ({ ...l })), [{ label: 'Website', url: 'https://example.org' }]);
  });

  it('reads local wall time in the event zone: ws197 starts with WS196', () => {
    const ws197 = session(schedule, 'ws197');
    assert.equal(ws197.startMs, ws196.startMs);
    assert.equal(ws197.minutes, 90);
    assert.deepEqual(schedule.slotsByDay.get('2014-09-02')!.map((slot) => slot.sessions.map((s) => s.id)), [['ws196', 'ws197']]);
  });

  it('lists every event day, indexes by day, room, track and person', () => {
    assert.deepEqual(schedule.days.map((d) => [d.date, d.sessions.length]), [['2014-09-02', 2], ['2014-09-03', 0], ['2014-09-04', 0], ['2014-09-05', 0]]);
    assert.equal(schedule.event.firstDay, '2014-09-02');
    assert.equal(schedule.event.lastDay, '2014-09-05');
    assert.deepEqual(schedule.byDay.get('2014-09-03'), []);
    assert.deepEqual(schedule.byRoom.get('room-03')!.map((s) => s.id), ['ws196', 'ws197']);
    assert.deepEqual(schedule.byTrack.get('ws')!.map((s) => s.id), ['ws196']);
    // Only in the agenda, not in `people`: still indexed, once.
    assert.deepEqual(schedule.byPerson.get('marilyn-cade')!.map((s) => s.id), ['ws196']);
    assert.deepEqual(schedule.byPerson.get('qusai-alshatti')!.map((s) => s.id), ['ws196']);
    assert.deepEqual(schedule.conflicts, []);
  });

  it('writes the ISO start and end on first access, even though the session is frozen, in the zone the feed shares', () => {
    assert.ok(Object.isFrozen(ws196));
    assert.ok(!Object.hasOwn(ws196, 'start') && !Object.hasOwn(ws196.agenda[1]!, 'end'), 'getters, not fields');
    assert.equal(ws196.start, ws196.start);
    assert.equal(ws196.agenda[1]!.start, '2014-09-02T11:05:00+03:00');
    assert.equal(ws196.agenda[1]!.end, '2014-09-02T11:10:00+03:00');
    assert.equal(ws196.agenda[1]!.timeZone, 'Europe/Istanbul');
    assert.equal(ws196.timeZone, schedule.event.timeZone);
  });
});

describe('normalizeFeed: DST days', () => {
  it('Europe/Berlin: spans, the gap and the repeated hour', () => {
    const { schedule, diagnostics } = normalizeFeed(fixture('dst-berlin'));
    assert.deepEqual(diagnostics, []);
    assert.equal(session(schedule, 'spring-span').minutes, 120); // 01:00–04:00 on the spring-forward day
    assert.equal(session(schedule, 'fall-span').minutes, 240); // 01:00–04:00 on the fall-back day
    const gap = session(schedule, 'spring-gap');
    assert.equal(gap.start, '2024-03-31T03:30:00+02:00');
    assert.equal(gap.minutes, 30);
    const first = session(schedule, 'fall-ambiguous');
    const second = session(schedule, 'fall-second');
    assert.equal(first.start.slice(19), '+02:00');
    assert.equal(second.start.slice(19), '+01:00');
    assert.equal(second.startMs - first.startMs, HOUR);
    assert.equal(first.day, '2024-10-27');
  });

  it('America/New_York: spans, the gap and the repeated hour', () => {
    const { schedule, diagnostics } = normalizeFeed(fixture('dst-new-york'));
    assert.deepEqual(diagnostics, []);
    assert.equal(session(schedule, 'spring-span').minutes, 120);
    assert.equal(session(schedule, 'fall-span').minutes, 180);
    assert.equal(session(schedule, 'spring-gap').startMs, utc('2024-03-10T07:30:00Z'));
    assert.equal(session(schedule, 'fall-ambiguous').startMs, utc('2024-11-03T05:30:00Z'));
    assert.equal(session(schedule, 'fall-ambiguous').start, '2024-11-03T01:30:00-04:00');
    assert.equal(session(schedule, 'fall-second').startMs, utc('2024-11-03T06:30:00Z'));
    // No event dates: the days run from the first session's to the last one's.
    assert.equal(schedule.days[0]!.date, '2024-03-10');
    assert.equal(schedule.days.at(-1)!.date, '2024-11-03');
    assert.equal(schedule.days.length, 239);
  });

  it('counts an all-day session’s duration in calendar days, across a change too', () => {
    const { schedule, diagnostics } = normalizeFeed(feed([
      { id: 'one', title: 'One', start: '2025-03-30T00:00', duration: 'P1D', allDay: true },
      { id: 'two', title: 'Two', start: '2025-03-29T00:00', duration: 'P2D', allDay: true },
      { id: 'timed', title: 'Timed', start: '2025-03-30T00:00', duration: 'P1D' },
    ], { event: { name: 'Berlin', timeZone: 'Europe/Berlin' } }));
    assert.deepEqual(diagnostics, []);
    assert.equal(session(schedule, 'one').end, '2025-03-31T00:00:00+02:00');
    assert.equal(session(schedule, 'two').end, '2025-03-31T00:00:00+02:00');
    // A timed session's duration stays elapsed time: 24 hours.
    assert.equal(session(schedule, 'timed').minutes, 24 * 60);
  });

  it('puts a session of several days on each of them, the all-day ones first, a timed one in start order', () => {
    const { schedule } = normalizeFeed(feed([
      { id: 'talk', title: 'Talk', start: '2025-03-30T09:00', duration: 'PT1H' },
      { id: 'sprint', title: 'Sprint', start: '2025-03-29T00:00', duration: 'P2D', allDay: true },
      { id: 'night', title: 'Hackathon', start: '2025-03-29T20:00', end: '2025-03-30T08:00' },
      { id: 'far', title: 'Exhibition', start: '2025-03-29T00:00', end: '2099-01-01T00:00', allDay: true },
    ], { event: { name: 'Berlin', timeZone: 'Europe/Berlin', start: '2025-03-29', end: '2025-03-31' } }));
    assert.deepEqual(schedule.days.map((day) => [day.date, day.sessions.map((s) => s.id)]), [
      ['2025-03-29', ['sprint', 'far', 'night']],
      ['2025-03-30', ['sprint', 'far', 'night', 'talk']],
      ['2025-03-31', ['far']],
    ]);
  });

  it('keeps the late talks of a festival on the evening they end, from the event\'s day change on', () => {
    const { schedule, diagnostics } = normalizeFeed(feed([
      { id: 'evening', title: 'Evening', start: '2025-12-27T22:00', duration: 'PT1H' },
      { id: 'late', title: 'Late talk', start: '2025-12-28T00:20', duration: 'PT1H' },
      { id: 'night', title: 'Party', start: '2025-12-27T23:00', end: '2025-12-28T04:00' },
      { id: 'dawn', title: 'Sunrise walk', start: '2025-12-28T06:00', duration: 'PT1H' },
      { id: 'camp', title: 'Camp open', start: '2025-12-28T00:00', duration: 'P1D', allDay: true },
    ], { event: { name: 'Congress', timeZone: 'Europe/Berlin', dayChange: '06:00' } }));
    assert.deepEqual(diagnostics, []);
    assert.equal(schedule.event.dayChange, 360);
    assert.deepEqual(schedule.days.map((day) => [day.date, day.sessions.map((s) => s.id)]), [
      ['2025-12-27', ['evening', 'night', 'late']],
      ['2025-12-28', ['camp', 'dawn']],
    ]);
    assert.equal(session(schedule, 'late').day, '2025-12-27');
  });

  it('warns of a day change that is not a time of day up to noon, and changes days at midnight', () => {
    for (const dayChange of ['6:00', '13:00', '24:00', '06:60', 360]) {
      const { schedule, diagnostics } = normalizeFeed(feed([
        { id: 'late', title: 'Late talk', start: '2025-12-28T00:20', duration: 'PT1H' },
      ], { event: { name: 'Congress', timeZone: 'Europe/Berlin', dayChange } }));
      assert.deepEqual(diagnostics.map(brief), ['warning $.event.dayChange'], String(dayChange));
      assert.match(diagnostics[0]!.message, typeof dayChange === 'string' ? /dayChange must be a time of day from "00:00" to "12:00"/ : /dayChange must be a string/);
      assert.equal(schedule.event.dayChange, undefined);
      assert.equal(session(schedule, 'late').day, '2025-12-28');
    }
  });

  it('puts a session of millennia on the programme\'s days only, not on every day it spans', () => {
    const { schedule } = normalizeFeed(feed([
      { id: 'ages', title: 'Ages', start: '1970-01-01T00:00', end: '9999-12-31T00:00' },
      { id: 'talk', title: 'Talk', start: '2014-09-02T11:00', duration: 'PT1H' },
    ]));
    assert.deepEqual(schedule.days.map((day) => [day.date, day.sessions.map((s) => s.id)]), [
      ['1970-01-01', ['ages']],
      ['2014-09-02', ['ages', 'talk']],
    ]);
    assert.equal(schedule.byDay.size, 2);
  });

  it('says so when a start the clocks skip moves past its end', () => {
    const { schedule, diagnostics } = normalizeFeed(feed([
      { id: 'night-shift', title: 'Night shift', start: '2025-03-30T02:30', end: '2025-03-30T03:15' },
    ], { event: { name: 'Berlin', timeZone: 'Europe/Berlin' } }));
    assert.equal(schedule.sessions.length, 0);
    assert.deepEqual(diagnostics.map((d) => d.message), [
      'Session "night-shift": end "2025-03-30T03:15" is before start "2025-03-30T02:30", a time the clocks skip in Europe/Berlin (read as 03:30); the session is skipped.',
    ]);
  });

  it('lays an agenda out across the change in elapsed time', () => {
    const { schedule } = normalizeFeed(feed([
      { id: 'a', title: 'A', start: '2024-10-27T02:00', end: '2024-10-27T03:00', agenda: [{ title: 'x', duration: 'PT60M' }, { title: 'y', duration: 'PT60M' }] },
    ], { event: { name: 'Berlin', timeZone: 'Europe/Berlin' } }));
    const a = session(schedule, 'a');
    assert.equal(a.minutes, 120);
    assert.deepEqual(a.agenda.map((i) => i.start), ['2024-10-27T02:00:00+02:00', '2024-10-27T02:00:00+01:00']);
  });
});

describe('normalizeFeed: across midnight', () => {
  const { schedule, diagnostics } = normalizeFeed(fixture('cross-midnight'));

  it('puts a session on the day it starts, in the event zone', () => {
    assert.deepEqual(diagnostics, []);
    assert.equal(session(schedule, 'night').day, '2014-09-02');
    assert.equal(session(schedule, 'night').minutes, 90);
    assert.equal(session(schedule, 'utc-late').day, '2014-09-03'); // 22:30Z is 01:30 in Istanbul
  });

  it('extends the event days by sessions outside them, and sorts by start', () => {
    // "night" (23:30 to 01:00) is also on the day it runs on into, as a calendar shows it; its `day` stays the one it starts on.
    assert.deepEqual(schedule.days.map((d) => [d.date, d.sessions.map((s) => s.id)]), [['2014-09-02', ['evening', 'night']], ['2014-09-03', ['night', 'utc-late']]]);
    assert.deepEqual(schedule.sessions.map((s) => s.id), ['evening', 'night', 'utc-late']);
    assert.equal(schedule.event.lastDay, '2014-09-03');
  });
});

describe('normalizeFeed: bad sessions and details', () => {
  const input = fixture('bad-sessions');
  const before = JSON.stringify(input);
  const { schedule, diagnostics } = normalizeFeed(input);
  const find = (path: string): Diagnostic => {
    const found = diagnostics.find((d) => d.path === path);
    assert.ok(found, `a diagnostic at ${path}; got ${diagnostics.map(brief).join(', ')}`);
    return found;
  };

  it('reports each problem once at its exact path, with the right severity', () => {
    assert.deepEqual(diagnostics.map(brief).sort(), [
      'error $.rooms[1].name',
      'error $.rooms[2].id',
      'error $.sessions[0].agenda[1].duration',
      'error $.sessions[1].id',
      'error $.sessions[2].title',
      'error $.sessions[3].start',
      'error $.sessions[4].end',
      'error $.sessions[5].id',
      'error $.sessions[8]',
      'warning $.people[0].avatar',
      'warning $.people[0].links[0].url',
      'warning $.sessions[0].agenda',
      'warning $.sessions[0].links[0].url',
      'warning $.sessions[0].people[1].id',
      'warning $.sessions[0].roomId',
      'warning $.sessions[0].trackId',
      'warning $.sessions[6].duration',
      'warning $.sessions[7].end',
      'warning $.sessions[9].attendees.count',
      'warning $.tracks[0].color',
    ]);
  });

  it('says what is wrong in a specific sentence', () => {
    assert.equal(find('$.sessions[3].start').message, 'Session "bad-start": start "2014-13-02T11:00" is not an ISO 8601 date-time; the session is skipped.');
    assert.equal(find('$.sessions[1].id').message, 'Session #1: id is missing; it is skipped.');
    assert.equal(find('$.sessions[2].title').message, 'Session "no-title": title is missing; it is skipped.');
    assert.equal(find('$.sessions[4].end').message, 'Session "backwards": end "2014-09-02T11:00" is before start "2014-09-02T12:00"; the session is skipped.');
    assert.equal(find('$.sessions[5].id').message, 'Session "good": id is already used by sessions[0]; this one is skipped.');
    assert.equal(
      find('$.sessions[6].duration').message,
      'Session "bad-duration": duration "90 minutes" is not an ISO 8601 duration such as "PT90M"; the session is shown as a zero-length item at its start.',
    );
    assert.equal(find('$.sessions[0].roomId').message, 'Session "good": roomId "room-9" is not in the feed\'s rooms; the reference is dropped.');
    assert.equal(find('$.sessions[0].agenda').message, 'Session "good": the agenda adds up to 40 min, but the session lasts 60 min.');
    assert.equal(find('$.tracks[0].color').message, 'Track "t1": color must be a CSS hex colour such as "#0b6e4f", not "green"; it is ignored.');
    assert.match(find('$.people[0].avatar').message, /^Person "p1": avatar must be an http\(s\), relative or data:image URL, not "javascript:alert\(1\)"/);
    for (const d of diagnostics) assert.match(d.message, /^[A-Z].*\.$/);
  });

  it('keeps the good sessions, without the bad details', () => {
    assert.deepEqual(schedule.sessions.map((s) => s.id), ['bad-duration', 'good', 'zero', 'late']);
    const good = session(schedule, 'good');
    assert.equal(good.room, undefined);
    assert.equal(good.track, undefined);
    assert.deepEqual(good.people.map((p) => p.person.id), ['p1']);
    assert.deepEqual(good.links.map((l) => ({ ...l })), [{ kind: 'other', url: 'https://example.org/ok' }]);
    assert.deepEqual(good.agenda.map((i) => `${i.title}@${i.start.slice(11, 16)}`), ['First@10:00', 'Third@10:20']);
    assert.equal(session(schedule, 'zero').minutes, 0);
    assert.equal(session(schedule, 'bad-duration').minutes, 0, 'an unreadable duration leaves the session, zero-length');
    assert.deepEqual({ ...session(schedule, 'late').attendees }, { capacity: 80 });
  });

  it('says of a session skipped for its id that alone, not what its other fields would have shown', () => {
    const { diagnostics: found } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      sessions: [
        { id: 'a', title: 'A', start: '2030-01-01T10:00Z', duration: 'PT1H' },
        { id: 'a', title: 'A again', start: '2030-01-01T11:00Z', end: 'soon' },
      ],
    });
    assert.deepEqual(found.map(brief), ['error $.sessions[1].id']);
  });

  it('uses the duration of a session whose end cannot be read', () => {
    const { schedule: read, diagnostics: found } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      sessions: [{ id: 'a', title: 'A', start: '2030-01-01T10:00Z', end: '11 o’clock', duration: 'PT45M' }],
    });
    assert.equal(read.sessions[0]!.minutes, 45);
    assert.deepEqual(found.map((d) => d.message), ['Session "a": end "11 o’clock" is not an ISO 8601 date-time; it is ignored, the duration is used.']);
  });

  it('keeps the good rooms, tracks and people, without the bad details', () => {
    assert.deepEqual(schedule.rooms.map((r) => r.name), ['Room 1']);
    assert.deepEqual({ ...schedule.tracks[0] }, { id: 't1', name: 'Track 1' });
    const [p1, p2] = schedule.people;
    assert.equal(p1!.avatar, undefined);
    assert.deepEqual(p1!.links.map((l) => l.url), ['/people/p1']);
    assert.equal(p2!.avatar, 'data:image/png;base64,iVBORw0KGgo=');
  });

  it('leaves the caller’s object alone', () => assert.equal(JSON.stringify(input), before));

  it('reads a duration or agenda that ends past the last date JavaScript can hold (year 275760) as unreadable, the rest of the feed shown', () => {
    const result = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'Europe/Berlin' },
      sessions: [
        { id: 'good', title: 'Good', start: '2026-03-01T10:00', duration: 'PT1H' },
        { id: 'forever', title: 'Forever', start: '2026-03-01T10:00', duration: 'P100000000W' },
        { id: 'long-agenda', title: 'Long agenda', start: '2026-03-01T10:00', duration: 'P60000000D', agenda: [{ title: 'First', duration: 'P60000000D' }, { title: 'Second', duration: 'P60000000D' }] },
      ],
    });
    assert.deepEqual(result.diagnostics.map(brief), ['warning $.sessions[1].duration', 'error $.sessions[2].agenda[1].duration']);
    assert.deepEqual(result.schedule.sessions.map((s) => `${s.id} ${s.start.slice(0, 16)}`), ['forever 2026-03-01T10:00', 'good 2026-03-01T10:00', 'long-agenda 2026-03-01T10:00']);
    assert.equal(session(result.schedule, 'forever').minutes, 0);
    assert.deepEqual(session(result.schedule, 'long-agenda').agenda.map((item) => item.title), ['First']);
  });
});

describe('normalizeFeed: fatal input', () => {
  const fatal = (result: NormalizeResult, path: string): void => {
    assert.equal(result.diagnostics.length, 1, JSON.stringify(result.diagnostics));
    assert.equal(result.diagnostics[0]!.severity, 'fatal');
    assert.equal(result.diagnostics[0]!.path, path);
    assert.equal(result.schedule, emptySchedule());
    assert.equal(result.schedule.sessions.length, 0);
  };

  it('text that is not JSON', () => fatal(normalizeFeed('{"version": 1,'), '$'));
  it('an empty string', () => fatal(normalizeFeed(''), '$'));
  it('JSON that is not an object', () => {
    fatal(normalizeFeed('[1, 2]'), '$');
    fatal(normalizeFeed(null), '$');
    fatal(normalizeFeed(42), '$');
  });
  it('a wrong or missing version', () => {
    const result = normalizeFeed({ ...fixture('minimal'), version: 2 });
    fatal(result, '$.version');
    assert.equal(result.diagnostics[0]!.message, "The feed's version is 2; this reader understands version 1 only.");
    fatal(normalizeFeed({ ...fixture('minimal'), version: '1' }), '$.version');
    fatal(normalizeFeed({ event: { name: 'x', timeZone: 'UTC' }, sessions: [] }), '$.version');
  });
  it('no usable event', () => {
    fatal(normalizeFeed({ version: 1, sessions: [] }), '$.event');
    fatal(normalizeFeed({ version: 1, event: { timeZone: 'UTC' } }), '$.event.name');
    fatal(normalizeFeed({ version: 1, event: { name: '', timeZone: 'Nowhere/Atlantis' } }), '$.event.name');
    const zone = normalizeFeed({ version: 1, event: { name: 'x', timeZone: 'Nowhere/Atlantis' } });
    fatal(zone, '$.event.timeZone');
    assert.match(zone.diagnostics[0]!.message, /timeZone must be an IANA time zone.*"Nowhere\/Atlantis"/);
  });
});

describe('normalizeFeed: the rest of the contract', () => {
  it('accepts unknown keys and a feed without sessions', () => {
    const { schedule, diagnostics } = normalizeFeed({ $comment: 'hi', version: 1, event: { name: 'x', timeZone: 'UTC', future: true, start: '2030-01-01' } });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(schedule.days.map((d) => d.date), ['2030-01-01']);
  });

  it('lets end win over duration, and warns about a bad duration next to a good end', () => {
    const { schedule, diagnostics } = normalizeFeed(feed([
      { id: 'a', title: 'A', start: '2014-09-02T10:00', end: '2014-09-02T11:00', duration: 'PT3H' },
      { id: 'b', title: 'B', start: '2014-09-02T10:00', end: '2014-09-02T11:00', duration: 'soon' },
    ]));
    assert.equal(session(schedule, 'a').minutes, 60);
    assert.equal(session(schedule, 'b').minutes, 60);
    assert.deepEqual(diagnostics.map(brief), ['warning $.sessions[1].duration']);
  });

  it('sorts by start, then end, then feed order', () => {
    const { schedule } = normalizeFeed(feed([
      { id: 'late', title: 'x', start: '2014-09-02T12:00', duration: 'PT1H' },
      { id: 'long', title: 'x', start: '2014-09-02T10:00', duration: 'PT2H' },
      { id: 'short-1', title: 'x', start: '2014-09-02T10:00', duration: 'PT1H' },
      { id: 'short-2', title: 'x', start: '2014-09-02T07:00:00Z', duration: 'PT1H' },
    ]));
    assert.deepEqual(schedule.sessions.map((s) => s.id), ['short-1', 'short-2', 'long', 'late']);
    assert.deepEqual(schedule.slotsByDay.get('2014-09-02')!.map((slot) => [slot.startMs, slot.sessions.length]), [[utc('2014-09-02T07:00:00Z'), 3], [utc('2014-09-02T09:00:00Z'), 1]]);
  });

  it('finds each conflict once: a person in two overlapping sessions, through people or agenda', () => {
    const { schedule } = normalizeFeed(feed([
      { id: 'a', title: 'A', start: '2014-09-02T10:00', end: '2014-09-02T11:00', people: [{ id: 'ann' }, { id: 'bob' }] },
      { id: 'b', title: 'B', start: '2014-09-02T10:30', end: '2014-09-02T11:30', agenda: [{ title: 'x', peopleIds: ['ann'], duration: 'PT60M' }] },
      { id: 'c', title: 'C', start: '2014-09-02T11:00', end: '2014-09-02T12:00', people: [{ id: 'bob' }, { id: 'bob', role: 'moderator' }] },
      { id: 'd', title: 'D', start: '2014-09-02T10:45', end: '2014-09-02T10:50', people: [{ id: 'ann' }] },
    ], { people: [{ id: 'ann', name: 'Ann' }, { id: 'bob', name: 'Bob' }] }));
    assert.deepEqual(schedule.conflicts.map((c) => `${c.person.id}:${c.sessions[0].id}+${c.sessions[1].id}`), ['ann:a+b', 'ann:a+d', 'ann:b+d']);
    // a and c only touch (11:00); bob is twice in c but c is listed once.
    assert.deepEqual(schedule.byPerson.get('bob')!.map((s) => s.id), ['a', 'c']);
    assert.deepEqual(session(schedule, 'c').roles.map((g) => `${g.role}:${g.people.length}`), ['speaker:1', 'moderator:1']);
  });

  it('warns when the programme spans more than a year, and lists only the days in use', () => {
    const { schedule, diagnostics } = normalizeFeed(feed([
      { id: 'a', title: 'A', start: '2014-09-02T10:00', duration: 'PT1H' },
      { id: 'typo', title: 'B', start: '2041-09-02T10:00', duration: 'PT1H' },
    ]));
    assert.deepEqual(diagnostics.map(brief), ['warning $.sessions']);
    assert.deepEqual(schedule.days.map((d) => d.date), ['2014-09-02', '2041-09-02']);
  });

  it('ignores an event end before its start', () => {
    const { schedule, diagnostics } = normalizeFeed({ version: 1, event: { name: 'x', timeZone: 'UTC', start: '2030-01-02', end: '2030-01-01' } });
    assert.deepEqual(diagnostics.map(brief), ['warning $.event.end']);
    assert.deepEqual(schedule.days.map((d) => d.date), ['2030-01-02']);
  });

  it('reports a list that is not an array, and duplicate people and tracks', () => {
    const { schedule, diagnostics } = normalizeFeed(feed({} as unknown as unknown[], {
      people: [{ id: 'p', name: 'P' }, { id: 'p', name: 'Q' }],
      tracks: [{ id: 't', name: 'T' }, { id: 't', name: 'U' }],
      rooms: 'room-1',
    }));
    assert.deepEqual(diagnostics.map(brief).sort(), ['error $.people[1].id', 'error $.rooms', 'error $.sessions', 'error $.tracks[1].id']);
    assert.deepEqual(schedule.people.map((p) => p.name), ['P']);
  });
});

describe('normalizeFeed: immutability', () => {
  const { schedule, diagnostics } = normalizeFeed(fixture('minimal'));

  it('deep-freezes the model and the diagnostics', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      assert.ok(Object.isFrozen(value), `${path} is frozen`);
      const entries = Symbol.iterator in value && !Array.isArray(value) ? [...(value as Iterable<[unknown, unknown]>)].map(([k, v], i) => [`<${String(k)}>${i}`, v] as const) : Object.entries(value);
      for (const [key, child] of entries) walk(child, `${path}.${String(key)}`);
    };
    walk(schedule, 'schedule');
    walk(diagnostics, 'diagnostics');
    assert.ok(seen.size > 50);
  });

  it('keeps none of the caller’s objects, and freezes none of them', () => {
    const input = fixture('minimal');
    const theirs = new Set<object>();
    const collect = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      theirs.add(value);
      Object.values(value).forEach(collect);
    };
    collect(input);
    const model = normalizeFeed(input).schedule;
    const seen = new Set<unknown>();
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      assert.ok(!theirs.has(value), `${path} is the caller's own object`);
      const entries = Symbol.iterator in value && !Array.isArray(value) ? [...(value as Iterable<[unknown, unknown]>)].map(([k, v], i) => [`<${String(k)}>${i}`, v] as const) : Object.entries(value);
      for (const [key, child] of entries) walk(child, `${path}.${String(key)}`);
    };
    walk(model, 'schedule');
    assert.deepEqual([...theirs].filter((object) => Object.isFrozen(object)), []);
  });

  it('hands out maps without set/delete/clear', () => {
    for (const map of [schedule.sessionsById, schedule.byDay, schedule.peopleById, schedule.slotsByDay]) {
      assert.equal('set' in map, false);
      assert.equal('clear' in map, false);
    }
    assert.deepEqual([...schedule.roomsById.keys()], ['room-03']);
    assert.equal(schedule.sessionsById.size, 2);
  });

  it('emptySchedule() is empty and frozen', () => {
    const empty = emptySchedule();
    assert.ok(Object.isFrozen(empty));
    assert.equal(empty.sessions.length, 0);
    assert.equal(empty.byDay.size, 0);
  });

  it('reads every good fixture without diagnostics', () => {
    for (const name of GOOD_FIXTURES) assert.deepEqual(normalizeFeed(fixtureText(name)).diagnostics, [], name);
  });
});

describe('paths after a bad list element is dropped (found by test/data/fuzz.test.ts)', () => {
  it('point at the element in the feed, not at its place in the list that is left', () => {
    const { diagnostics } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      people: [{ id: 'p', name: 'P' }],
      sessions: [
        {
          id: 'a', title: 'T', start: '2024-01-01T10:00', end: '2024-01-01T11:00',
          people: [{ id: 7 }, { id: 'nowhere' }],
          agenda: [{ title: 1, duration: 'PT5M' }, { title: 'x', duration: 'bad' }, { title: 'y', duration: 'PT5M', peopleIds: [3, 'nobody'] }],
        },
      ],
    });
    const at = (text: string): string | undefined => diagnostics.find((d) => d.message.includes(text))?.path;
    assert.equal(at('person "nowhere"'), '$.sessions[0].people[1].id');
    assert.equal(at('agenda item "x"'), '$.sessions[0].agenda[1].duration');
    assert.equal(at('agenda person "nobody"'), '$.sessions[0].agenda[2].peopleIds[1]');
  });
});

describe('normalizeFeed: allDay, languages and doNotRecord', () => {
  const { schedule, diagnostics } = normalizeFeed(
    feed([
      { id: 'sprints', title: 'Sprints', start: '2014-09-05T00:00', end: '2014-09-07T00:00', allDay: true, languages: ['DE', 'en-gb'], doNotRecord: true },
      { id: 'plain', title: 'Plain', start: '2014-09-05T10:00', end: '2014-09-05T11:00' },
      { id: 'odd', title: 'Odd', start: '2014-09-05T12:00', duration: 'PT1H', allDay: 'yes', languages: ['fr', 'de_DE', 'de, en', 'pt-br'], doNotRecord: 1 },
    ]),
  );

  it('keeps the fields, the tags in canonical form, and the days the start and end give', () => {
    const sprints = session(schedule, 'sprints');
    assert.equal(sprints.allDay, true);
    assert.equal(sprints.doNotRecord, true);
    assert.deepEqual(sprints.languages, ['de', 'en-GB']);
    assert.equal(sprints.startMs, utc('2014-09-04T21:00:00Z'));
    assert.equal(sprints.endMs, utc('2014-09-06T21:00:00Z'));
    assert.ok(Object.isFrozen(sprints.languages));
  });

  it('reads a session without them as timed, recordable and of no stated language', () => {
    const plain = session(schedule, 'plain');
    assert.deepEqual([plain.allDay, plain.doNotRecord, plain.languages], [false, false, []]);
  });

  it('drops a value of the wrong type, and each bad language tag by name, keeping the good ones and the session', () => {
    const odd = session(schedule, 'odd');
    assert.deepEqual([odd.allDay, odd.doNotRecord, odd.languages], [false, false, ['fr', 'pt-BR']]);
    assert.deepEqual(
      diagnostics.map((d) => `${brief(d)} ${d.message}`),
      [
        'warning $.sessions[2].allDay Session "odd": allDay must be true or false, not "yes"; it is ignored.',
        'warning $.sessions[2].languages[1] Session "odd": languages[1] must be a BCP 47 language tag such as "de" or "pt-BR", not "de_DE"; it is ignored.',
        'warning $.sessions[2].languages[2] Session "odd": languages[2] must be a BCP 47 language tag such as "de" or "pt-BR", not "de, en"; it is ignored.',
        'warning $.sessions[2].doNotRecord Session "odd": doNotRecord must be true or false, not 1; it is ignored.',
      ],
    );
  });
});
