import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromSessionize } from '../../../src/data/adapters/sessionize.js';
import type { AdapterOptions } from '../../../src/data/adapters/types.js';
import type { Diagnostic } from '../../../src/data/model.js';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { readFeed, skipUnlessFeed } from './real-feeds.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw source JSON

function convert(input: unknown, options: AdapterOptions = {}) {
  const result = fromSessionize(input, options);
  assert.ok(result.feed, `converted: ${JSON.stringify(result.diagnostics)}`);
  const { schedule, diagnostics } = normalizeFeed(result.feed);
  return { result, feed: result.feed, schedule, normalized: diagnostics };
}

const severe = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal');
const find = (diagnostics: readonly Diagnostic[], path: string): Diagnostic | undefined => diagnostics.find((d) => d.path === path);

const REAL: Record<string, string> = {
  'sessionize-scottishsummit-2026-all.json': 'Europe/London',
  'sessionize-qaorthehwy-2026-all.json': 'America/New_York',
  'sessionize-globalazure-austria-2024-all.json': 'Europe/Vienna',
};

describe('fromSessionize: real feeds keep their counts', () => {
  for (const [name, zone] of Object.entries(REAL)) {
    it(name, { skip: skipUnlessFeed(name) }, () => {
      const source = readFeed(name) as Json;
      const { result, feed, schedule, normalized } = convert(source, { eventTimeZone: zone, eventName: name });
      assert.deepEqual(severe(result.diagnostics), []);
      assert.deepEqual(severe(normalized), []);
      const days = new Set(source['sessions'].map((s: Json) => s['startsAt'].slice(0, 10)));
      assert.equal(feed.sessions.length, source['sessions'].length, 'sessions');
      assert.equal(schedule.sessions.length, source['sessions'].length, 'normalized sessions');
      assert.equal(feed.rooms?.length, source['rooms'].length, 'rooms');
      assert.equal(feed.people?.length, source['speakers'].length, 'people');
      assert.equal(schedule.days.length, days.size, 'days');
      assert.equal(feed.event.timeZone, zone);
      assert.equal(feed.event.name, name);
    });
  }
});

describe('fromSessionize: Scottish Summit 2026', { skip: skipUnlessFeed('sessionize-scottishsummit-2026-all.json') }, () => {
  const source = readFeed('sessionize-scottishsummit-2026-all.json');

  it('reads local times in the given zone: 09:00 BST is 08:00Z', () => {
    const { schedule } = convert(source, { eventTimeZone: 'Europe/London' });
    const workshop = schedule.sessionsById.get('1252943');
    assert.equal(workshop?.startMs, Date.parse('2026-10-02T08:00:00Z'));
    assert.equal(workshop?.start.slice(11), '09:00:00+01:00');
    assert.equal(workshop?.minutes, 480);
    assert.equal(workshop?.people.length, 3);
  });

  it('turns the track category into tracks, session type into type and level into tags', () => {
    const { feed } = convert(source, { eventTimeZone: 'Europe/London' });
    assert.equal(feed.tracks?.length, 6);
    const workshop = feed.sessions.find((s) => s.id === '1252943');
    assert.equal(workshop?.trackId, '450221');
    assert.deepEqual(workshop?.tags, ['100 - Beginner']);
    assert.ok(feed.sessions.some((s) => s.type === '45 min theatre session'));
  });

  it('assumes UTC and a generic name without options, and warns at $', () => {
    const { result } = convert(source);
    assert.equal(result.feed?.event.timeZone, 'UTC');
    assert.equal(result.feed?.event.name, 'Sessionize event');
    const root = result.diagnostics.filter((d) => d.path === '$');
    assert.equal(root.length, 2);
    assert.ok(root.some((d) => d.message.includes('--event-time-zone')));
    // The name's warning, too, says every way to give it: the page, the command line, the code.
    assert.ok(root.some((d) => /event-name attribute .*--event-name on the command line.*eventName option/.test(d.message)), root.map((d) => d.message).join(' | '));
  });
});

describe('fromSessionize: QA or the Highway and Global Azure', () => {
  it('makes service sessions breaks and plenum sessions tagged', { skip: skipUnlessFeed('sessionize-qaorthehwy-2026-all.json') }, () => {
    const { feed } = convert(readFeed('sessionize-qaorthehwy-2026-all.json'), { eventTimeZone: 'America/New_York' });
    assert.equal(feed.sessions.filter((s) => s.type === 'break').length, 8);
    assert.equal(feed.sessions.filter((s) => s.tags?.includes('plenum')).length, 10);
    assert.equal(feed.people?.find((p) => p.name === 'Aaron Evans')?.jobTitle, 'Software tester & QA strategy consultant');
  });

  it('keeps YouTube answers as video links', { skip: skipUnlessFeed('sessionize-globalazure-austria-2024-all.json') }, () => {
    const { feed } = convert(readFeed('sessionize-globalazure-austria-2024-all.json'), { eventTimeZone: 'Europe/Vienna' });
    const keynote = feed.sessions.find((s) => s.id === '658419');
    assert.deepEqual(keynote?.links, [{ kind: 'video', url: 'https://youtube.com/live/mIguuYMFbh0', label: 'YouTube Video' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made edge cases
// ---------------------------------------------------------------------------------------------

function all(sessions: unknown[], extra: Json = {}): Json {
  return { sessions, speakers: [{ id: 's1', fullName: 'Ada' }], rooms: [{ id: 1, name: 'Hall' }], categories: [], questions: [], ...extra };
}
const session = (extra: Json = {}): Json => ({ id: '1', title: 'Talk', startsAt: '2024-05-01T10:00:00', endsAt: '2024-05-01T10:45:00', roomId: 1, speakers: ['s1'], ...extra });
const OPTIONS = { eventTimeZone: 'Europe/Vienna', eventName: 'Test' };

describe('fromSessionize: broken files', () => {
  for (const [label, input] of [['null', null], ['a number', 7], ['no sessions', { speakers: [] }], ['sessions not a list', { sessions: {} }]] as const) {
    it(`refuses ${label} with one fatal diagnostic`, () => {
      const result = fromSessionize(input);
      assert.equal(result.feed, undefined);
      assert.deepEqual(result.diagnostics.map((d) => d.severity), ['fatal']);
      assert.match(result.diagnostics[0]!.message, /Sessionize "All data"/);
    });
  }

  it('points at the All data view when given the grouped Sessions view', () => {
    const result = fromSessionize([{ groupId: null, groupName: 'All', sessions: [] }]);
    assert.match(result.diagnostics[0]!.message, /view\/All/);
  });

  it('skips garbage sessions, speakers and rooms with clear diagnostics', () => {
    const input = all([null, session({ title: 42 }), session({ id: '2', startsAt: null }), session({ id: '3', endsAt: 'never' })], {
      speakers: [{ id: 's1', fullName: 'Ada', profilePicture: 'ftp://x', links: ['x'] }, { fullName: 'No id' }],
      rooms: [{ id: 1, name: 'Hall' }, { name: 'No id' }],
    });
    const { result, feed, normalized } = convert(input, OPTIONS);
    const d = result.diagnostics;
    assert.equal(find(d, '$.sessions[0]')?.severity, 'error');
    assert.equal(find(d, '$.sessions[1].title')?.severity, 'error');
    assert.match(find(d, '$.sessions[2].startsAt')!.message, /not scheduled/);
    assert.match(find(d, '$.sessions[3].endsAt')!.message, /zero-length/);
    assert.equal(find(d, '$.speakers[1]')?.severity, 'warning');
    assert.equal(find(d, '$.speakers[0].profilePicture')?.severity, 'warning');
    assert.equal(find(d, '$.speakers[0].links[0]')?.severity, 'warning');
    assert.equal(find(d, '$.rooms[1]')?.severity, 'warning');
    assert.deepEqual(feed.sessions.map((s) => s.id), ['3']);
    assert.deepEqual(severe(normalized), []);
  });
});

describe('fromSessionize: edge cases', () => {
  it('reads a session with only the required fields', () => {
    const { feed, normalized } = convert(all([{ id: 9, title: 'Bare', startsAt: '2024-05-01T09:00:00', endsAt: '2024-05-01T09:30:00' }], { speakers: undefined, rooms: undefined, categories: undefined, questions: undefined }), OPTIONS);
    assert.deepEqual(feed.sessions, [{ id: '9', title: 'Bare', start: '2024-05-01T09:00:00', end: '2024-05-01T09:30:00' }]);
    assert.deepEqual(normalized, []);
  });

  it('keeps a session in an unknown room or with an unknown speaker, without them', () => {
    const { result, feed } = convert(all([session({ roomId: 99, speakers: ['nobody'], categoryItems: [5] })]), OPTIONS);
    assert.equal(feed.sessions[0]?.roomId, undefined);
    assert.equal(feed.sessions[0]?.people, undefined);
    assert.ok(find(result.diagnostics, '$.sessions[0].roomId'));
    assert.ok(find(result.diagnostics, '$.sessions[0].speakers[0]'));
    assert.ok(find(result.diagnostics, '$.sessions[0].categoryItems[0]'));
  });

  it('keeps a zero-length session and one across midnight', () => {
    const { schedule } = convert(all([session({ endsAt: '2024-05-01T10:00:00' }), session({ id: '2', startsAt: '2024-05-01T23:30:00', endsAt: '2024-05-02T00:30:00' })]), OPTIONS);
    assert.equal(schedule.sessionsById.get('1')?.minutes, 0);
    const late = schedule.sessionsById.get('2');
    assert.equal(late?.day, '2024-05-01');
    assert.equal(late?.endMs, Date.parse('2024-05-01T22:30:00Z'));
  });

  it('renames duplicate session ids and warns', () => {
    const { result, feed } = convert(all([session(), session()]), OPTIONS);
    assert.deepEqual(feed.sessions.map((s) => s.id), ['1', '1-2']);
    assert.match(find(result.diagnostics, '$.sessions[1].id')!.message, /used more than once/);
  });

  it('keeps live and recording URLs as video links', () => {
    const { feed } = convert(all([session({ liveUrl: 'https://live.test', recordingUrl: 'https://rec.test' })]), OPTIONS);
    assert.deepEqual(feed.sessions[0]?.links?.map((l) => [l.kind, l.label]), [['video', 'Live stream'], ['video', 'Recording']]);
  });
});

describe('fromSessionize: one speaker id given to two people (issue 15)', () => {
  const source = JSON.parse(readFileSync(new URL('../../fixtures/adapters/sessionize-repeated-speaker-id.json', import.meta.url), 'utf8')) as Json;
  const { result, feed, schedule } = convert(source, { eventTimeZone: 'America/New_York', eventName: 'Test' });
  const names = new Map(feed.people?.map((p) => [p.id, p.name]));
  const credited = feed.sessions.map((s) => (s.people ?? []).map((p) => names.get(p.id)));

  it('credits each session to the speaker whose own sessions list names it, never to the first by default', () => {
    assert.deepEqual(credited, [['Ada Lovelace'], ['Alan Turing', 'Grace Hopper'], []]);
    assert.deepEqual(feed.people?.map((p) => [p.id, p.name]), [['0c1d', 'Ada Lovelace'], ['0c1d-2', 'Alan Turing'], ['9f2e', 'Grace Hopper']]);
  });

  it('says where an id is repeated and where it cannot be resolved', () => {
    assert.match(find(result.diagnostics, '$.speakers[1].id')!.message, /speaker id "0c1d" is used more than once; this one gets the id "0c1d-2"/);
    assert.match(find(result.diagnostics, '$.sessions[2].speakers[0]')!.message, /speaker id "0c1d" belongs to 2 speakers in \$\.speakers \("Ada Lovelace", "Alan Turing"\) and none of them lists this session/);
  });

  it('keeps the wall-clock times in the given zone', () => {
    const utc = schedule.sessions.map((s) => [new Date(s.startMs).toISOString(), new Date(s.endMs).toISOString()]);
    assert.deepEqual(utc, [
      ['2026-06-12T13:00:00.000Z', '2026-06-12T13:45:00.000Z'],
      ['2026-06-12T14:00:00.000Z', '2026-06-12T14:30:00.000Z'],
      ['2026-06-12T15:00:00.000Z', '2026-06-12T15:20:00.000Z'],
    ]);
  });
});
