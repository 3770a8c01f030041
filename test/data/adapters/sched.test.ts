import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromSched, type SchedOptions } from '../../../src/data/adapters/sched.js';
import type { Diagnostic } from '../../../src/data/model.js';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { readFeed, skipUnlessFeed } from './real-feeds.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw source JSON

const SESSIONS = 'sched-graphqlconf-2024-sessions-excerpt.json';
const SPEAKERS = 'sched-graphqlconf-speakers-excerpt.json';
const LA = 'America/Los_Angeles';

function convert(input: unknown, options: SchedOptions = {}) {
  const result = fromSched(input, options);
  assert.ok(result.feed, `converted: ${JSON.stringify(result.diagnostics)}`);
  const { schedule, diagnostics } = normalizeFeed(result.feed);
  return { result, feed: result.feed, schedule, normalized: diagnostics };
}

const severe = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal');
const at = (diagnostics: readonly Diagnostic[], path: string): Diagnostic[] => diagnostics.filter((d) => d.path === path);

/** A small Sched session: 09:00–10:00 PDT on 2024-09-10, with its Unix start. */
function session(fields: Json = {}): Json {
  return {
    event_key: 'k1',
    id: 'hash1',
    name: 'A talk',
    event_start: '2024-09-10 09:00',
    event_end: '2024-09-10 10:00',
    start_time_ts: 1725984000,
    ...fields,
  };
}

describe('fromSched: GraphQLConf 2024 excerpt', { skip: skipUnlessFeed(SESSIONS) }, () => {
  const source = readFeed(SESSIONS) as Json[];

  it('keeps the counts of days, rooms, sessions and people, and normalizes cleanly', () => {
    const { result, feed, schedule, normalized } = convert(source, { eventTimeZone: LA, eventName: 'GraphQLConf 2024' });
    const usernames = new Set<string>();
    for (const s of source) {
      for (const group of ['speakers', 'moderators', 'artists']) for (const p of s[group] ?? []) usernames.add(p.username);
    }
    assert.equal(feed.sessions.length, source.length, 'sessions');
    assert.equal(schedule.sessions.length, 16);
    assert.equal(schedule.days.length, new Set(source.map((s) => s['event_start'].slice(0, 10))).size, 'days');
    assert.equal(schedule.days.length, 2);
    assert.equal(feed.rooms?.length, new Set(source.map((s) => s['venue'])).size, 'rooms');
    assert.equal(schedule.rooms.length, 6);
    assert.equal(feed.people?.length, usernames.size, 'people');
    assert.equal(schedule.people.length, 15);
    assert.deepEqual(severe(result.diagnostics), []);
    assert.deepEqual(severe(normalized), []);
    assert.deepEqual(at(result.diagnostics, '$'), [], 'zone and name given: no warning at $');
    assert.equal(schedule.event.name, 'GraphQLConf 2024');
  });

  it('reads local times in America/Los_Angeles: 09:00 PDT is 16:00Z', () => {
    const { schedule } = convert(source, { eventTimeZone: LA });
    const welcome = schedule.sessionsById.get('706605');
    assert.equal(welcome?.startMs, Date.parse('2024-09-10T16:00:00Z'));
    assert.equal(welcome?.start.slice(11), '09:00:00-07:00');
    assert.equal(welcome?.minutes, 15);
    assert.equal(schedule.event.timeZone, LA);
  });

  it('without a zone, takes the offset from start_time_ts and asks for the zone', () => {
    const { result, schedule } = convert(source);
    assert.equal(schedule.event.timeZone, 'Etc/GMT+7');
    assert.equal(schedule.sessionsById.get('706605')?.startMs, Date.parse('2024-09-10T16:00:00Z'));
    const warnings = at(result.diagnostics, '$').map((d) => d.message);
    assert.ok(warnings.some((m) => m.includes('event-time-zone')), warnings.join('\n'));
    assert.ok(warnings.some((m) => m.includes('eventName')), 'no event name: warned');
  });

  it('warns when the given zone does not match the timestamps', () => {
    const { result, schedule } = convert(source, { eventTimeZone: 'Europe/Berlin' });
    assert.match(at(result.diagnostics, '$[0].start_time_ts')[0]?.message ?? '', /Europe\/Berlin/);
    assert.equal(schedule.sessionsById.get('706605')?.startMs, Date.parse('2024-09-10T16:00:00Z'), 'Sched offsets kept');
  });

  it('gives the panel its moderator role group, each person once', () => {
    const { schedule } = convert(source, { eventTimeZone: LA });
    const panel = schedule.sessionsById.get('13');
    assert.deepEqual(panel?.roles.map((g) => [g.role, g.people.length]), [['speaker', 4], ['moderator', 1]]);
    assert.equal(panel?.roles[1]?.people[0]?.name, 'Sasha Solomon');
    assert.equal(panel?.people.length, 5);
  });

  it('keeps the all-day Sponsor Showcase, rooms by venue_id, tracks, attendees, links and custom fields', () => {
    const { schedule } = convert(source, { eventTimeZone: LA });
    const showcase = schedule.sessionsById.get('706608');
    assert.equal(showcase?.start.slice(11, 16), '10:30');
    assert.equal(showcase?.end.slice(11, 16), '19:00');
    assert.equal(showcase?.room?.id, '1944317');
    assert.equal(showcase?.room?.name, 'Level 2 Foyer');
    const talk = schedule.sessionsById.get('699498');
    assert.equal(talk?.track?.name, 'Backend');
    assert.deepEqual(talk?.attendees, { count: 42 }, 'seats 0 means no limit');
    assert.deepEqual(talk?.links.map((l) => l.kind), ['video', 'slides']);
    assert.deepEqual([...(talk?.tags ?? [])].sort(), ['Intermediate', 'Session Presentations']);
    const spaces = schedule.sessionsById.get('706622')?.links.find((l) => l.kind === 'slides');
    assert.equal(spaces?.url, 'https://static.sched.com/hosted_files/graphqlconf2024/20/GraphQL%20Conf%202024.pdf');
  });

  it('merges the speakers export: avatars made https, bios, positions, links', { skip: skipUnlessFeed(SPEAKERS) }, () => {
    const { result, schedule } = convert(source, { eventTimeZone: LA, speakers: readFeed(SPEAKERS) });
    const aditi = schedule.peopleById.get('aditi_rajawat');
    assert.match(aditi?.avatar ?? '', /^https:\/\/avatars\.sched\.co\//);
    assert.equal(aditi?.organization, 'Intuit');
    assert.ok(aditi?.jobTitle);
    assert.ok(aditi?.bio?.source);
    assert.equal(schedule.people.length, 15, 'speakers in no session are left out');
    assert.match(at(result.diagnostics, '$speakers')[0]?.message ?? '', /17 of the speakers export/);
    assert.deepEqual(severe(result.diagnostics), []);
  });
});

describe('fromSched: hand-made cases', () => {
  it('converts a session with only the required fields', () => {
    const { feed, schedule, normalized } = convert([{ event_key: 'x', name: 'Bare', event_start: '2024-09-10 09:00', event_end: '2024-09-10 09:30' }], { eventTimeZone: LA });
    assert.deepEqual(normalized, []);
    assert.deepEqual(feed.rooms, []);
    assert.equal(schedule.sessions[0]?.minutes, 30);
    assert.equal(schedule.sessions[0]?.startMs, Date.parse('2024-09-10T16:00:00Z'), 'no timestamp: read in the zone');
  });

  it('without timestamps or zone, assumes UTC and warns', () => {
    const { result, feed } = convert([{ event_key: 'x', name: 'Bare', event_start: '2024-09-10 09:00', event_end: '2024-09-10 09:30' }]);
    assert.equal(feed.event.timeZone, 'UTC');
    assert.match(at(result.diagnostics, '$')[0]?.message ?? '', /UTC is assumed/);
  });

  it('makes rooms of venues without venue_id, by name', () => {
    const { feed } = convert([session({ venue: 'Room A' }), session({ event_key: 'k2', id: 'h2', venue: 'Room A' })], { eventTimeZone: LA });
    assert.deepEqual(feed.rooms, [{ id: 'room-a', name: 'Room A' }]);
    assert.deepEqual(feed.sessions.map((s) => s.roomId), ['room-a', 'room-a']);
  });

  it('keeps zero-length sessions and sessions across midnight', () => {
    const { result, schedule } = convert(
      [
        session({ event_key: 'zero', event_end: '2024-09-10 09:00' }),
        session({ event_key: 'late', event_start: '2024-09-10 23:00', event_end: '2024-09-11 01:00', start_time_ts: 1726034400 }),
      ],
      { eventTimeZone: LA },
    );
    assert.deepEqual(severe(result.diagnostics), []);
    assert.equal(schedule.sessionsById.get('zero')?.minutes, 0);
    const late = schedule.sessionsById.get('late');
    assert.equal(late?.minutes, 120);
    assert.equal(late?.day, '2024-09-10');
  });

  it('shows a session whose end is missing or before its start with no length, and says why', () => {
    const { result, schedule } = convert(
      [session({ event_end: undefined }), session({ event_key: 'k2', event_end: '2024-09-10 08:00' }), session({ event_key: 'k3', event_end: 'soon' })],
      { eventTimeZone: LA },
    );
    assert.equal(schedule.sessions.length, 3);
    assert.ok(schedule.sessions.every((s) => s.minutes === 0));
    assert.match(at(result.diagnostics, '$[0].event_end')[0]?.message ?? '', /no event_end/);
    assert.match(at(result.diagnostics, '$[1].event_end')[0]?.message ?? '', /before event_start/);
    assert.match(at(result.diagnostics, '$[2].event_end')[0]?.message ?? '', /"soon" is not a Sched date-time/);
  });

  it('dedupes session ids, preferring the other source id, and reports it', () => {
    const { result, feed } = convert([session(), session({ id: 'hash2' }), session({ id: 'hash2' })], { eventTimeZone: LA });
    assert.deepEqual(feed.sessions.map((s) => s.id), ['k1', 'hash2', 'k1-2']);
    assert.equal(at(result.diagnostics, '$[1]').length, 1);
    assert.equal(at(result.diagnostics, '$[2]').length, 1);
  });

  it('skips inactive sessions and sessions with unreadable starts, with diagnostics', () => {
    const { result, feed } = convert([session({ active: 'N' }), session({ event_key: 'k2', event_start: 'tomorrow' }), session({ event_key: 'k3' })], { eventTimeZone: LA });
    assert.deepEqual(feed.sessions.map((s) => s.id), ['k3']);
    assert.equal(at(result.diagnostics, '$[0].active')[0]?.severity, 'warning');
    assert.equal(at(result.diagnostics, '$[1].event_start').find((d) => d.severity === 'error')?.severity, 'error');
  });

  it('ignores garbage values with warnings: bad counts, URLs, timestamps, non-person entries', () => {
    const { result, feed, normalized } = convert(
      [session({ goers: 'many', seats: -3, video_stream: 'javascript:alert(1)', start_time_ts: 99, speakers: ['nobody', { username: 'a' }, { name: 'Ann', avatar: 'javascript:x' }] })],
      { eventTimeZone: LA },
    );
    const s = feed.sessions[0]!;
    assert.equal(s.attendees, undefined);
    assert.equal(s.links, undefined);
    assert.equal(s.start, '2024-09-10T09:00', 'a timestamp that fits no zone is ignored');
    assert.deepEqual(feed.people?.map((p) => [p.id, p.avatar]), [['ann', undefined]]);
    for (const path of ['$[0].video_stream', '$[0].start_time_ts', '$[0].speakers[0]', '$[0].speakers[1]', '$[0].speakers[2].avatar']) {
      assert.equal(at(result.diagnostics, path).length, 1, path);
    }
    assert.deepEqual(severe(normalized), []);
  });

  it('turns text custom fields into tags and notes the others once', () => {
    const { result, feed } = convert([session({ level: 'Beginner', extra: { a: 1 } }), session({ event_key: 'k2', extra: [1] })], { eventTimeZone: LA });
    assert.deepEqual(feed.sessions[0]?.tags, ['Beginner']);
    assert.match(at(result.diagnostics, '$[0].extra')[0]?.message ?? '', /2 times/);
  });

  it('merges speakers-export aliases (`equal`) into one person', () => {
    const speakers = { equal: [['ada', 'ada2']], speakers: [{ username: 'ada', name: 'Ada', about: 'Line one\nline two', avatar: '//avatars.sched.co/a.jpg', url: 'https://ada.example.org/', socialurls: [{ service: 'Mastodon', url: 'https://m.example/@ada' }] }] };
    const { feed } = convert(
      [session({ speakers: [{ username: 'ada', name: 'Ada' }] }), session({ event_key: 'k2', speakers: [{ username: 'ada2', name: 'Ada L.' }] })],
      { eventTimeZone: LA, speakers },
    );
    assert.deepEqual(feed.people, [
      {
        id: 'ada',
        name: 'Ada',
        bio: 'Line one\nline two',
        bioFormat: 'text',
        avatar: 'https://avatars.sched.co/a.jpg',
        // Her site by its host (no English "Website" on a French page), her accounts by their services.
        links: [
          { label: 'ada.example.org', url: 'https://ada.example.org/' },
          { label: 'Mastodon', url: 'https://m.example/@ada' },
        ],
      },
    ]);
    assert.deepEqual(feed.sessions.map((s) => s.people), [[{ id: 'ada' }], [{ id: 'ada' }]]);
  });

  it('ignores a speakers option that is not a user list, with a warning', () => {
    const { result } = convert([session()], { eventTimeZone: LA, speakers: 'oops' });
    assert.equal(at(result.diagnostics, '$speakers').length, 1);
  });

  for (const [label, input] of [
    ['not an object', 42],
    ['a string', 'event_start'],
    ['an object', { sessions: [] }],
    ['an array of garbage', [1, 'x', null]],
  ] as const) {
    it(`gives one fatal diagnostic and no feed for ${label}`, () => {
      const result = fromSched(input);
      assert.equal(result.feed, undefined);
      assert.equal(result.diagnostics.length, 1);
      assert.equal(result.diagnostics[0]?.severity, 'fatal');
      assert.match(result.diagnostics[0]?.message ?? '', /not a Sched session export/);
    });
  }

  it('falls back to UTC, keeping the instants, for an offset of -13:00, which no Etc/GMT zone has (found by test/data/fuzz.test.ts)', () => {
    // 14:45 wall clock, 03:45 UTC the next day: 13 hours behind UTC.
    const { feed, schedule, normalized } = convert([{ event_key: 'k1', id: 'h1', name: 'Hall', event_start: '2000-02-29 14:45', event_end: '2000-02-29 15:45', start_time_ts: Date.UTC(2000, 2, 1, 3, 45) / 1000 }]);
    assert.equal(feed.event.timeZone, 'UTC');
    assert.deepEqual(normalized.filter((d) => d.severity === 'fatal'), []);
    assert.equal(schedule.sessions[0]?.startMs, Date.UTC(2000, 2, 1, 3, 45));
  });

  it('skips items that are not sessions in an otherwise good export', () => {
    const { result, feed } = convert([null, session()], { eventTimeZone: LA });
    assert.equal(feed.sessions.length, 1);
    assert.equal(at(result.diagnostics, '$[0]')[0]?.severity, 'error');
  });
});
