import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromPretalx } from '../../../src/data/adapters/pretalx.js';
import type { AdapterResult } from '../../../src/data/adapters/types.js';
import type { Diagnostic, FeedV1, Schedule } from '../../../src/data/model.js';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { markdownToHtml } from '../../../src/internal/markdown.js';
import { readFeed, skipUnlessFeed } from './real-feeds.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw source JSON

/** The talks of a c3voc file with the day each is listed under, counted straight from the JSON. */
function rawTalks(source: Json): { talk: Json; day: string }[] {
  return source['schedule'].conference.days.flatMap((day: Json) =>
    Object.values(day['rooms'] as Record<string, Json[]>).flatMap((talks) => talks.map((talk) => ({ talk, day: day['date'] as string }))),
  );
}

/** Counts in the source: days, rooms (listed or used), talks, persons (by guid, code or id). */
function sourceCounts(source: Json): { days: number; rooms: number; sessions: number; people: number } {
  const conference = source['schedule'].conference;
  const talks = rawTalks(source);
  const rooms = new Set<string>((conference.rooms ?? []).map((room: Json) => room['name']));
  for (const day of conference.days) for (const name of Object.keys(day.rooms)) rooms.add(name);
  const people = new Set(talks.flatMap(({ talk }) => talk['persons'].map((p: Json) => String(p['guid'] ?? p['code'] ?? p['id']))));
  return { days: conference.days.length, rooms: rooms.size, sessions: talks.length, people: people.size };
}

function convert(input: unknown, options = {}): { result: AdapterResult; feed: FeedV1; schedule: Schedule; normalized: readonly Diagnostic[] } {
  const result = fromPretalx(input, options);
  assert.ok(result.feed, `converted: ${JSON.stringify(result.diagnostics)}`);
  const { schedule, diagnostics } = normalizeFeed(result.feed);
  return { result, feed: result.feed, schedule, normalized: diagnostics };
}

const severe = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal');
const eventDays = (feed: FeedV1): number => (Date.parse(feed.event.end!) - Date.parse(feed.event.start!)) / 86_400_000 + 1;

const REAL = [
  'c3voc-39c3-everything-schedule.json',
  'c3voc-39c3-main-halls-schedule.json',
  'frab-camp2019-schedule.json',
  'pretalx-rc3-channels-2020-schedule.json',
];

describe('fromPretalx: real feeds keep their counts', () => {
  for (const name of REAL) {
    it(name, { skip: skipUnlessFeed(name) }, () => {
      const source = readFeed(name) as Json;
      const expected = sourceCounts(source);
      const { result, feed, schedule, normalized } = convert(source);
      assert.deepEqual(severe(result.diagnostics), []);
      assert.deepEqual(severe(normalized), []);
      assert.equal(feed.sessions.length, expected.sessions, 'sessions');
      assert.equal(schedule.sessions.length, expected.sessions, 'normalized sessions');
      assert.equal(feed.rooms?.length, expected.rooms, 'rooms');
      assert.equal(feed.people?.length, expected.people, 'people');
      assert.equal(eventDays(feed), expected.days, 'event days = c3voc days');
      // The model's days are the c3voc days, whose nights run into the next morning: the event's day change (see pretalx.ts).
      assert.equal(schedule.days.length, expected.days, 'programme days = c3voc days');
      // A talk's id is its own, or its guid when another talk has the same id.
      const misplaced = rawTalks(source).filter(({ talk, day }) => (schedule.sessionsById.get(String(talk['guid'])) ?? schedule.sessionsById.get(String(talk['id'])))?.day !== day);
      assert.deepEqual(misplaced.map(({ talk, day }) => `${talk['title']} (${talk['date']}) not on ${day}`), []);
    });
  }
});

describe('fromPretalx: 39C3 everything', { skip: skipUnlessFeed(REAL[0]!) }, () => {
  const source = readFeed(REAL[0]!) as Json;
  const { result, feed, schedule } = convert(source);

  it('has 895 sessions, 58 rooms, 709 people and 4 c3voc days in Europe/Berlin', () => {
    assert.deepEqual([feed.sessions.length, feed.rooms?.length, feed.people?.length, eventDays(feed)], [895, 58, 709, 4]);
    assert.equal(feed.event.timeZone, 'Europe/Berlin');
    assert.equal(feed.event.name, '39th Chaos Communications Congress');
  });

  it('starts the Opening Ceremony at 10:30 +01:00 in Berlin', () => {
    const opening = schedule.sessionsById.get('1233');
    assert.ok(opening);
    assert.equal(opening.title, 'Opening Ceremony');
    assert.equal(opening.startMs, Date.parse('2025-12-27T09:30:00Z'));
    assert.equal(opening.start, '2025-12-27T10:30:00+01:00');
    assert.equal(opening.timeZone, 'Europe/Berlin');
    assert.equal(opening.minutes, 30);
    assert.equal(opening.description?.format, 'markdown');
    assert.deepEqual(opening.people.map((p) => p.person.name), ['pajowu', 'Stella']);
  });

  it('keeps a 00:00 set listed under 2025-12-30 on that day, its nights running to the day change at 06:00 (4 model days for 4 c3voc days)', () => {
    assert.equal(feed.event.dayChange, '06:00');
    const set = schedule.sessionsById.get('2051');
    assert.equal(set?.title, 'Yazz Ewok DJ Set');
    assert.equal(set?.start, '2025-12-31T00:00:00+01:00');
    assert.equal(set?.day, '2025-12-30');
    assert.equal(schedule.days.length, 4);
  });

  it('says what it leaves out of the merged schedule, and why, without saying what is not so', () => {
    const notes = result.diagnostics.map((d) => d.message);
    // 452 talks name their page at their own pretalx besides the hub's page, which is kept.
    assert.ok(notes.some((m) => /^origin_url is not kept \(452 times, first here\): /.test(m)), notes.filter((m) => m.includes('origin')).join(' | '));
    // A room's description is often where it is ("In Hall B, 1st Floor"), not only its equipment.
    const rooms = notes.find((m) => m.startsWith('room description is not kept'));
    assert.ok(rooms && !rooms.includes('rather than where it is'), rooms);
  });

  it('keeps track colours, room capacities and avatars', () => {
    assert.deepEqual(feed.tracks?.find((t) => t.name === 'Security'), { id: 'security', name: 'Security', color: '#0347b4' });
    assert.equal(feed.rooms?.find((r) => r.name === 'One')?.capacity, 3025);
    assert.equal(feed.people?.filter((p) => p.avatar !== undefined).length, 277);
  });

  it('gives duplicated source ids the talk guid and warns', () => {
    const clashes = result.diagnostics.filter((d) => d.message.includes('is used more than once'));
    assert.equal(clashes.length, 15);
    assert.equal(new Set(feed.sessions.map((s) => s.id)).size, 895);
  });
});

describe('fromPretalx: frab Camp 2019', { skip: skipUnlessFeed(REAL[2]!) }, () => {
  const { feed, schedule, result } = convert(readFeed(REAL[2]!));

  it('reads a link typed without a scheme ("nymtech.net") as https, not as a page of the Fahrplan, and says so', () => {
    const urls = schedule.sessionsById.get('10317')?.links.map((link) => link.url) ?? [];
    assert.ok(urls.some((url) => /^https:\/\/nymtech\.net\/?$/.test(url)), urls.join(' '));
    assert.ok(!urls.some((url) => url.includes('Fahrplan/nymtech')), urls.join(' '));
    const warning = result.diagnostics.find((d) => d.message.includes('"nymtech.net"'));
    assert.match(warning?.message ?? '', /^"nymtech\.net" has no scheme; it is read as "https:\/\/nymtech\.net"\.$/);
  });

  it('starts the opening at 11:00 +02:00 and resolves attachments against base_url', () => {
    const opening = schedule.sessionsById.get('10386');
    assert.equal(opening?.startMs, Date.parse('2019-08-21T09:00:00Z'));
    assert.equal(opening?.start, '2019-08-21T11:00:00+02:00');
    const slides = feed.sessions.flatMap((s) => s.links ?? []).find((l) => l.url.includes('Hacking_Containers'));
    assert.equal(slides?.kind, 'slides');
    assert.ok(slides?.url.startsWith('https://fahrplan.events.ccc.de/system/'));
  });
});

describe('fromPretalx: rC3 channels (no time_zone_name)', { skip: skipUnlessFeed(REAL[3]!) }, () => {
  const source = readFeed(REAL[3]!);

  it('uses the offset-equivalent Etc/GMT-1 and warns at $ to pass the zone', () => {
    const { result, schedule } = convert(source);
    assert.equal(result.feed?.event.timeZone, 'Etc/GMT-1');
    assert.ok(result.diagnostics.some((d) => d.path === '$' && d.message.includes('--event-time-zone')));
    assert.equal(schedule.sessionsById.get('15')?.startMs, Date.parse('2020-12-27T10:30:00Z'));
    // Its days end at 03:59 and start at 04:00.
    assert.equal(result.feed?.event.dayChange, '04:00');
  });

  it('keeps each talk’s language and do_not_record, as counted in the source', () => {
    const { schedule } = convert(source, { eventTimeZone: 'Europe/Berlin' });
    const talks = rawTalks(source as Json).map(({ talk }) => talk);
    const languages = (lang: string) => schedule.sessions.filter((s) => s.languages.join() === lang).length;
    assert.deepEqual([languages('en'), languages('de')], [talks.filter((t) => t['language'] === 'en').length, talks.filter((t) => t['language'] === 'de').length]);
    assert.deepEqual([languages('en'), languages('de')], [29, 19], 'SOURCES.md');
    assert.equal(schedule.sessions.filter((s) => s.doNotRecord).length, 3);
    assert.equal(schedule.sessions.filter((s) => s.doNotRecord).length, talks.filter((t) => t['do_not_record'] === true).length);
  });

  it('uses eventTimeZone when given, with the same instants', () => {
    const { result, schedule } = convert(source, { eventTimeZone: 'Europe/Berlin' });
    assert.equal(result.feed?.event.timeZone, 'Europe/Berlin');
    assert.ok(!result.diagnostics.some((d) => d.path === '$'));
    const talk = schedule.sessionsById.get('15');
    assert.equal(talk?.startMs, Date.parse('2020-12-27T10:30:00Z'));
    assert.equal(talk?.start.slice(11), '11:30:00+01:00');
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made edge cases
// ---------------------------------------------------------------------------------------------

/** A one-day c3voc schedule with `talks` in room "A". */
function c3voc(talks: unknown[], conference: Json = {}): Json {
  return {
    schedule: {
      conference: {
        acronym: 't',
        title: 'Test',
        time_zone_name: 'Europe/Berlin',
        days: [{ date: '2024-03-30', day_start: '2024-03-30T10:00:00+01:00', rooms: { A: talks } }],
        ...conference,
      },
    },
  };
}
const talk = (extra: Json = {}): Json => ({ id: 1, title: 'Talk', date: '2024-03-30T11:00:00+01:00', start: '11:00', duration: '00:30', room: 'A', ...extra });
const find = (diagnostics: readonly Diagnostic[], path: string): Diagnostic | undefined => diagnostics.find((d) => d.path === path);

describe('fromPretalx: broken files', () => {
  for (const [label, input] of [['null', null], ['a string', 'schedule'], ['an array', []], ['no conference', { schedule: {} }], ['a v1 feed', { version: 1, event: {}, sessions: [] }]] as const) {
    it(`refuses ${label} with one fatal diagnostic`, () => {
      const result = fromPretalx(input);
      assert.equal(result.feed, undefined);
      assert.equal(result.diagnostics.length, 1);
      assert.equal(result.diagnostics[0]?.severity, 'fatal');
      assert.match(result.diagnostics[0]!.message, /pretalx\/frab schedule\.json/);
    });
  }

  it('refuses days that are not a list', () => {
    const result = fromPretalx(c3voc([], { days: { date: '2024-03-30' } }));
    assert.equal(result.feed, undefined);
    assert.match(result.diagnostics[0]!.message, /days must be a list/);
  });

  it('skips garbage talks and days with clear diagnostics', () => {
    const input = c3voc([42, talk({ title: '' }), talk({ id: 2, date: 'soon', start: 'later' }), talk({ id: 3, duration: 'long', persons: ['x', { id: 9 }] })]);
    (input['schedule'].conference.days as unknown[]).push('not a day');
    const { result, feed } = convert(input);
    const path = '$.schedule.conference.days[0].rooms.A';
    assert.equal(find(result.diagnostics, `${path}[0]`)?.severity, 'error');
    assert.equal(find(result.diagnostics, `${path}[1].title`)?.severity, 'error');
    assert.match(find(result.diagnostics, `${path}[2]`)!.message, /no readable start/);
    assert.match(find(result.diagnostics, `${path}[3].duration`)!.message, /"long" is not a duration/);
    assert.equal(find(result.diagnostics, `${path}[3].persons[0]`)?.severity, 'warning');
    assert.equal(find(result.diagnostics, `${path}[3].persons[1]`)?.severity, 'warning');
    assert.equal(find(result.diagnostics, '$.schedule.conference.days[1]')?.severity, 'warning');
    assert.deepEqual(feed.sessions.map((s) => s.id), ['3']);
  });

  it('drops a colour that is not hex and an avatar that is not http(s)', () => {
    const input = c3voc([talk({ track: 'T', persons: [{ guid: 'g', public_name: 'P', avatar: 'javascript:alert(1)' }] })], {
      tracks: [{ name: 'T', color: 'red' }],
    });
    const { result, feed } = convert(input);
    assert.deepEqual(feed.tracks, [{ id: 't', name: 'T' }]);
    assert.deepEqual(feed.people, [{ id: 'g', name: 'P' }]);
    assert.ok(find(result.diagnostics, '$.schedule.conference.tracks[0].color'));
    assert.ok(find(result.diagnostics, '$.schedule.conference.days[0].rooms.A[0].persons[0].avatar'));
  });
});

describe('fromPretalx: edge cases', () => {
  it('reads a talk with only the required fields', () => {
    const { result, feed, normalized } = convert(c3voc([{ title: 'Bare', date: '2024-03-30T12:00:00+01:00' }]));
    assert.deepEqual(normalized.filter((d) => d.severity !== 'warning'), []);
    assert.equal(feed.sessions[0]?.id, 'bare');
    assert.equal(feed.sessions[0]?.roomId, 'a'); // from the rooms key
    assert.ok(find(result.diagnostics, '$.schedule.conference.days[0].rooms.A[0].duration'));
  });

  it('adds a room that conference.rooms does not list, with a warning', () => {
    const { result, feed } = convert(c3voc([talk({ room: 'B' })], { rooms: [{ name: 'A', guid: 'ga', capacity: 10 }] }));
    assert.deepEqual(feed.rooms, [{ id: 'ga', name: 'A', capacity: 10 }, { id: 'b', name: 'B' }]);
    assert.match(find(result.diagnostics, '$.schedule.conference.days[0].rooms.A[0].room')!.message, /not in .*rooms; it is added/);
  });

  it('reads "de, en" as two languages, drops a tag that is not BCP 47 by name, and writes do_not_record only when true', () => {
    const { result, feed } = convert(
      c3voc([talk({ id: 1, language: 'de, en', do_not_record: true }), talk({ id: 2, language: 'deutsch_DE', do_not_record: false }), talk({ id: 3, language: '' })]),
    );
    assert.deepEqual(
      feed.sessions.map((s) => [s.languages, s.doNotRecord]),
      [[['de', 'en'], true], [undefined, undefined], [undefined, undefined]],
    );
    assert.equal(find(result.diagnostics, '$.schedule.conference.days[0].rooms.A[1].language')?.message, '"deutsch_DE" is not a BCP 47 language tag such as "de"; it is dropped.');
    assert.equal(result.diagnostics.some((d) => /language|do_not_record/.test(d.message) && !d.path.endsWith('A[1].language')), false);
  });

  it('labels the talk’s page and a person’s profile by their host, not with English words', () => {
    const { feed } = convert(
      c3voc([talk({ url: 'https://fahrplan.example.org/events/1.html', persons: [{ guid: 'g', public_name: 'P', url: 'https://pretalx.example.org/p/g' }] })]),
    );
    assert.deepEqual(feed.sessions[0]?.links, [{ kind: 'other', url: 'https://fahrplan.example.org/events/1.html', label: 'fahrplan.example.org' }]);
    assert.deepEqual(feed.people?.[0]?.links, [{ label: 'pretalx.example.org', url: 'https://pretalx.example.org/p/g' }]);
  });

  it('keeps a zero duration as a zero-length session', () => {
    const { schedule } = convert(c3voc([talk({ duration: '00:00' })]));
    assert.equal(schedule.sessions[0]?.minutes, 0);
  });

  it('runs a talk across midnight and reads a 02:00 start without date as the next calendar day', () => {
    const { result, schedule } = convert(c3voc([talk({ date: '2024-03-30T23:30:00+01:00', duration: '01:00' }), talk({ id: 2, date: undefined, start: '02:00' })]));
    const late = schedule.sessionsById.get('1');
    assert.equal(late?.endMs, Date.parse('2024-03-30T23:30:00Z'));
    assert.equal(late?.day, '2024-03-30');
    // 2024-03-31 02:00 does not exist in Berlin (spring forward): it moves to 03:00 CEST.
    const early = schedule.sessionsById.get('2');
    assert.equal(early?.day, '2024-03-31');
    assert.equal(early?.startMs, Date.parse('2024-03-31T01:00:00Z'));
    assert.match(find(result.diagnostics, '$.schedule.conference.days[0].rooms.A[1].date')!.message, /2024-03-31 02:00/);
  });

  it('gives a duplicate id the guid, or a suffix, and warns', () => {
    const { result, feed } = convert(c3voc([talk(), talk({ guid: 'g-2' }), talk()]));
    assert.deepEqual(feed.sessions.map((s) => s.id), ['1', 'g-2', '1-2']);
    assert.equal(result.diagnostics.filter((d) => d.message.includes('used more than once')).length, 2);
  });

  it('keeps the line breaks pretalx shows (it renders markdown with nl2br), outside fenced code', () => {
    const abstract = 'One sentence a line.\r\nThe next one.\n\n- a list\n- of two\n\n```\ncode\nas written\n```';
    const biography = 'Fedi: [@q@example.org](https://example.org/@q)\nWebsite: [example.org](https://example.org)';
    const { feed } = convert(c3voc([talk({ abstract, persons: [{ code: 'Q', public_name: 'Q', biography }] })]));
    const description = markdownToHtml(feed.sessions[0]!.description as string);
    assert.match(description, /<p>One sentence a line\.<br>\s*The next one\.<\/p>/);
    assert.match(description, /<li>a list<\/li>\s*<li>of two<\/li>/);
    assert.match(description, /<code>code\nas written\n<\/code>/);
    assert.match(markdownToHtml(feed.people![0]!.bio as string), /<\/a><br>\s*Website:/);
  });

  it('merges a person who appears in several talks, filling fields later copies add', () => {
    const { feed } = convert(c3voc([talk({ persons: [{ code: 'X', public_name: 'Ada' }] }), talk({ id: 2, persons: [{ code: 'X', public_name: 'Ada', biography: 'Bio' }] })]));
    assert.deepEqual(feed.people, [{ id: 'X', name: 'Ada', bio: 'Bio', bioFormat: 'markdown' }]);
  });

  it('assumes UTC without a zone or offsets, and ignores an invalid eventTimeZone', () => {
    const input = c3voc([talk({ date: '2024-03-30T11:00:00' })], { time_zone_name: undefined });
    const result = fromPretalx(input, { eventTimeZone: 'Mars/Olympus' });
    assert.equal(result.feed?.event.timeZone, 'UTC');
    assert.equal(result.diagnostics.filter((d) => d.path === '$').length, 2);
  });

  it('joins subtitle, abstract and description as markdown and keeps links', () => {
    const { feed } = convert(c3voc([talk({ subtitle: 'Sub', abstract: 'Abs', description: 'Abs', url: 'https://x.test/t', feedback_url: 'https://x.test/f', links: [{ url: 'https://x.test/s', title: 'Slides' }] })]));
    const [session] = feed.sessions;
    assert.equal(session?.description, 'Sub\n\nAbs');
    assert.deepEqual(session?.links?.map((l) => l.kind), ['other', 'feedback', 'slides']);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 15: real feeds, read faithfully
// ---------------------------------------------------------------------------------------------

const FIXTURES = new URL('../../fixtures/adapters/', import.meta.url);
const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Json;
/** A name as the source writes it, spaces collapsed (the adapter's own comparison is not reused). */
const spaced = (name: string): string => name.replace(/\s+/g, ' ').trim();

/**
 * Checks, straight from the source, that every talk credits exactly the names its `persons` list
 * (never someone else's), and that each talk's UTC start and end are its `date` plus `duration`.
 */
function assertFaithful(source: Json, feed: FeedV1, schedule: Schedule): void {
  const names = new Map((feed.people ?? []).map((p) => [p.id, spaced(p.name)]));
  const talks = rawTalks(source);
  assert.equal(feed.sessions.length, talks.length);
  talks.forEach(({ talk }, i) => {
    const session = feed.sessions[i]!;
    const expected = [...new Set((talk['persons'] ?? []).map((p: Json) => spaced(p['public_name'] ?? p['name'])))];
    const credited = (session.people ?? []).map((p) => names.get(p.id));
    assert.deepEqual(credited, expected, `people of talk ${String(talk['id'])} "${String(talk['title'])}"`);
    const model = schedule.sessionsById.get(session.id)!;
    const [h, m] = String(talk['duration']).split(':').map(Number);
    const startMs = Date.parse(talk['date']);
    assert.equal(model.startMs, startMs, `start of talk ${String(talk['id'])}`);
    assert.equal(model.endMs, startMs + (h! * 60 + m!) * 60_000, `end of talk ${String(talk['id'])}`);
  });
}

describe('fromPretalx: person ids that are not identities (issue 15)', () => {
  const source = fixture('frab-merged-person-ids.json');
  const { result, feed, schedule } = convert(source);
  const days = '$.schedule.conference.days[0].rooms';

  it('credits every talk to the people it names, and never merges two different names', () => {
    assertFaithful(source, feed, schedule);
    const byName = new Map<string, string[]>();
    for (const person of feed.people ?? []) byName.set(spaced(person.name), [...(byName.get(spaced(person.name)) ?? []), person.id]);
    assert.deepEqual(
      [...byName.keys()].sort(),
      ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Katherine Johnson', 'Lena', 'Linus', 'Margaret Hamilton', 'Radia Perlman'],
    );
    assert.ok([...byName.values()].every((ids) => ids.length === 1), 'one person per name here');
  });

  it('keys placeholder and repeated ids by name, and keeps consistent ids and guids', () => {
    const id = (name: string): string | undefined => feed.people?.find((p) => p.name === name)?.id;
    assert.equal(id('Ada Lovelace'), '22222222-bbbb-4bbb-8bbb-000000000001');
    assert.equal(id('Margaret Hamilton'), '9');
    assert.equal(feed.people?.find((p) => p.id === '9')?.bio, 'Led the Apollo flight software team.');
    assert.equal(id('Grace Hopper'), 'grace-hopper');
    assert.equal(id('Linus'), 'linus');
    assert.equal(id('Lena'), 'lena');
    // "Grace  Hopper" (two spaces) in the second wiki session is the same name.
    assert.deepEqual(feed.sessions[2]?.people?.map((p) => p.id), ['grace-hopper', 'katherine-johnson']);
  });

  it('says so once per key, at the first use, with how many names share it', () => {
    const zero = find(result.diagnostics, `${days}["Saal A"][1].persons[0].id`);
    assert.equal(zero?.severity, 'warning');
    assert.match(zero!.message, /person id "0" is a placeholder, given to 3 different names "Grace Hopper", "Alan Turing", "Katherine Johnson" on 2 talks/);
    assert.match(zero!.message, /told apart by their names/);
    const seven = find(result.diagnostics, `${days}["Workshop 1"][0].persons[0].id`);
    assert.match(seven!.message, /person id "7" is given to 2 different names "Linus", "Lena" on 2 talks/);
    assert.equal(result.diagnostics.filter((d) => /does not identify one person/.test(d.message)).length, 2);
  });
});

describe('fromPretalx: real feeds credit each talk to the names it lists', () => {
  for (const name of REAL) {
    it(name, { skip: skipUnlessFeed(name) }, () => {
      const source = readFeed(name) as Json;
      const { feed, schedule } = convert(source);
      assertFaithful(source, feed, schedule);
    });
  }
});

describe('fromPretalx: links written as plain URL strings (issue 15)', () => {
  const source = fixture('frab-string-links.json');
  const { result, feed, schedule } = convert(source);
  const talk = '$.schedule.conference.days[0].rooms.Curie';

  it('keeps a string link as { url }, beside link objects, each URL once', () => {
    assertFaithful(source, feed, schedule);
    assert.deepEqual(feed.sessions[0]?.links, [
      { kind: 'other', url: 'https://example.org/paper' },
      { kind: 'slides', url: 'https://example.org/slides', label: 'Slides' },
      { kind: 'other', url: 'https://frab.example.org/system/attachments/1/original/notes.txt' },
    ]);
    assert.deepEqual(feed.sessions[1]?.links, [
      { kind: 'other', url: 'https://media.example.org/v/2' },
      { kind: 'other', url: 'https://example.org/with-spaces' },
    ]);
  });

  it('still refuses unsafe URLs and non-links, each with its own path', () => {
    assert.match(find(result.diagnostics, `${talk}[0].links[2]`)!.message, /"javascript:alert\(1\)" is not an http\(s\) URL; it is dropped/);
    assert.match(find(result.diagnostics, `${talk}[0].links[4]`)!.message, /is neither a link object nor a URL \(42\); it is dropped/);
    assert.equal(result.diagnostics.filter((d) => /links|attachments/.test(d.path)).length, 2);
  });
});

describe('fromPretalx: offsets but no zone name (issue 15)', () => {
  const source = fixture('frab-offsets-only.json');

  it('keeps every instant in the fixed-offset zone and names every way to give the real zone', () => {
    const { result, feed, schedule } = convert(source);
    assertFaithful(source, feed, schedule);
    assert.equal(feed.event.timeZone, 'Etc/GMT-1');
    const [warning, ...others] = result.diagnostics.filter((d) => d.path === '$');
    assert.equal(others.length, 0);
    assert.equal(warning?.severity, 'warning');
    assert.match(warning!.message, /only the UTC offset \+01:00 on every time: the fixed-offset zone Etc\/GMT-1 \(UTC\+01:00, shown as "GMT\+1"\)/);
    assert.match(warning!.message, /event-time-zone attribute/);
    assert.match(warning!.message, /--event-time-zone on the command line/);
    assert.match(warning!.message, /eventTimeZone option/);
  });

  it('with eventTimeZone, uses it without a warning and keeps the same instants', () => {
    const { result, feed, schedule } = convert(source, { eventTimeZone: 'Europe/Berlin' });
    assertFaithful(source, feed, schedule);
    assert.equal(feed.event.timeZone, 'Europe/Berlin');
    assert.deepEqual(result.diagnostics.filter((d) => d.path === '$'), []);
  });

  it('with two offsets (a summer-time change during the event), keeps the instants, shows UTC, and lists the offsets', () => {
    const mixed = structuredClone(source);
    const talks = mixed['schedule'].conference.days[0].rooms.Stage as Json[];
    talks[0]!['date'] = '2020-10-24T11:30:00+02:00';
    talks[1]!['date'] = '2020-10-25T00:30:00+01:00';
    const { result, feed, schedule } = convert(mixed);
    assertFaithful(mixed, feed, schedule);
    assert.equal(feed.event.timeZone, 'UTC');
    const warning = result.diagnostics.find((d) => d.path === '$');
    assert.match(warning!.message, /2 different UTC offsets \(\+02:00, \+01:00\): times that carry an offset keep their exact instant, but they are shown in UTC/);
    assert.match(warning!.message, /event-time-zone attribute/);
  });
});
