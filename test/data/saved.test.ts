import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeFeed } from '../../src/data/normalize.js';
import {
  clashes,
  decodeSavedIds,
  diffSaved,
  encodeSavedIds,
  isSavedEntry,
  savedEventKey,
  toSavedEntry,
  type SavedEntry,
} from '../../src/data/saved.js';
import type { FeedV1 } from '../../src/data/model.js';

const ids = (list: readonly { id: string }[]): string[] => list.map((s) => s.id);

/** The programme when the person saved: a, b, c in two rooms on one day. */
const before: FeedV1 = {
  version: 1,
  event: { id: 'conf', name: 'Conf', timeZone: 'Europe/Istanbul' },
  rooms: [
    { id: 'r1', name: 'Room 1' },
    { id: 'r2', name: 'Room 2' },
  ],
  sessions: [
    { id: 'a', title: 'A', start: '2014-09-02T10:00', end: '2014-09-02T11:00', roomId: 'r1' },
    { id: 'b', title: 'B', start: '2014-09-02T10:30', end: '2014-09-02T12:00', roomId: 'r2' },
    { id: 'c', title: 'C', start: '2014-09-02T11:00', end: '2014-09-02T12:00', roomId: 'r1' },
    { id: 'd', title: 'D', start: '2014-09-02T13:00', end: '2014-09-02T14:00' },
  ],
};
const old = normalizeFeed(before).schedule;
const SAVED_AT = Date.parse('2014-08-01T00:00:00Z');
const entries: SavedEntry[] = old.sessions.map((session) => toSavedEntry(session, SAVED_AT));

describe('toSavedEntry', () => {
  it('keeps the id, title, times and room name of the session, and when it was saved', () => {
    const a = old.sessionsById.get('a')!;
    assert.deepEqual(toSavedEntry(a, SAVED_AT), {
      id: 'a', title: 'A', startMs: a.startMs, endMs: a.endMs, roomName: 'Room 1', savedAt: SAVED_AT,
    });
    assert.equal('roomName' in toSavedEntry(old.sessionsById.get('d')!, SAVED_AT), false);
  });

  it('keeps that a session lasts all day; entries without the flag (saved before it was kept) are still read', () => {
    const feed = normalizeFeed({ ...before, sessions: [{ id: 'h', title: 'Hack', start: '2014-09-03T00:00', duration: 'P2D', allDay: true }] });
    const entry = toSavedEntry(feed.schedule.sessionsById.get('h')!, SAVED_AT);
    assert.equal(entry.allDay, true);
    assert.ok(isSavedEntry(JSON.parse(JSON.stringify(entry))));
    assert.equal('allDay' in entries[0]!, false, 'a timed session has no flag');
    const { allDay, ...older } = entry;
    assert.ok(allDay && isSavedEntry(older));
    assert.equal(isSavedEntry({ ...entry, allDay: 'yes' }), false);
  });

  it('is what isSavedEntry accepts; anything malformed is refused', () => {
    assert.ok(entries.every(isSavedEntry));
    for (const bad of [null, 'a', {}, { ...entries[0], id: '' }, { ...entries[0], startMs: 'x' }, { ...entries[0], roomName: 3 }]) {
      assert.equal(isSavedEntry(bad), false, JSON.stringify(bad));
    }
  });

  it('refuses times a Date cannot hold (beyond ±8.64e15 ms), in every time field, and keeps the extremes it can', () => {
    const entry = entries[0]!;
    for (const field of ['startMs', 'endMs', 'savedAt'] as const) {
      for (const far of [1e300, 8.64e15 + 1, -8.64e15 - 1]) {
        assert.equal(isSavedEntry({ ...entry, [field]: far }), false, `${field}: ${far}`);
      }
      assert.ok(isSavedEntry({ ...entry, [field]: -8.64e15 }), `${field}: the earliest instant a Date holds`);
    }
  });
});

describe('savedEventKey', () => {
  it('is the event id, else its name', () => {
    assert.equal(savedEventKey({ id: 'igf-2014', name: 'IGF 2014' }), 'igf-2014');
    assert.equal(savedEventKey({ name: 'IGF 2014' }), 'IGF 2014');
  });
});

describe('diffSaved', () => {
  it('finds every saved session unchanged in the same programme', () => {
    const diff = diffSaved(entries, old);
    assert.deepEqual(ids(diff.current), ['a', 'b', 'c', 'd']);
    assert.deepEqual(diff.moved, []);
    assert.deepEqual(diff.cancelled, []);
  });

  it('tells moved sessions, room changes and cancelled ones apart, and drops nothing', () => {
    const after = normalizeFeed({
      ...before,
      sessions: [
        { id: 'a', title: 'A', start: '2014-09-03T14:00', end: '2014-09-03T15:00', roomId: 'r1' }, // moved a day
        { id: 'b', title: 'B renamed', start: '2014-09-02T10:30', end: '2014-09-02T12:00', roomId: 'r1' }, // new room
        { id: 'd', title: 'D', start: '2014-09-02T13:00', end: '2014-09-02T14:00', roomId: 'r2' }, // gained a room
        { id: 'new', title: 'New', start: '2014-09-02T09:00', end: '2014-09-02T10:00' },
      ],
    }).schedule;
    const diff = diffSaved(entries, after);
    assert.deepEqual(ids(diff.current), ['b', 'd', 'a']);
    assert.deepEqual(
      diff.moved.map((m) => [m.session.id, m.entry.id, m.timeChanged, m.roomChanged]),
      [['b', 'b', false, true], ['d', 'd', false, true], ['a', 'a', true, false]],
    );
    assert.deepEqual(ids(diff.cancelled), ['c']);
    assert.equal(diff.cancelled[0]!.title, 'C', 'the snapshot is kept');
    assert.equal(diff.current.length + diff.cancelled.length, entries.length);
  });

  it('counts a changed end alone as a move', () => {
    const longer = normalizeFeed({ ...before, sessions: [{ ...before.sessions[0]!, end: '2014-09-02T11:30' }] }).schedule;
    assert.deepEqual(diffSaved(entries.slice(0, 1), longer).moved.map((m) => m.timeChanged), [true]);
  });
});

describe('clashes', () => {
  it('pairs sessions that overlap, in start order, but not those that only touch', () => {
    const pairs = clashes([...old.sessions].reverse());
    assert.deepEqual(pairs.map((pair) => ids(pair)), [['a', 'b'], ['b', 'c']]);
  });

  it('finds nothing in one session or none', () => {
    assert.deepEqual(clashes([]), []);
    assert.deepEqual(clashes(old.sessions.slice(0, 1)), []);
  });

  it('pairs a session with every one it overlaps', () => {
    const { schedule } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      sessions: [
        { id: 'long', title: 'L', start: '2030-01-01T09:00Z', end: '2030-01-01T17:00Z' },
        { id: 'x', title: 'X', start: '2030-01-01T10:00Z', end: '2030-01-01T11:00Z' },
        { id: 'y', title: 'Y', start: '2030-01-01T12:00Z', end: '2030-01-01T13:00Z' },
      ],
    });
    assert.deepEqual(clashes(schedule.sessions).map((pair) => ids(pair)), [['long', 'x'], ['long', 'y']]);
  });

  it('pairs a zero-length item with what runs at its instant, and two at the same instant', () => {
    const { schedule } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      sessions: [
        { id: 'doors', title: 'Doors open', start: '2030-01-01T18:00Z' },
        { id: 'bell', title: 'Bell', start: '2030-01-01T18:00Z' },
        { id: 'talk', title: 'Talk', start: '2030-01-01T18:00Z', end: '2030-01-01T19:00Z' },
        { id: 'end', title: 'The end', start: '2030-01-01T19:00Z' },
      ],
    });
    assert.deepEqual(clashes(schedule.sessions).map((pair) => ids(pair)), [['doors', 'bell'], ['doors', 'talk'], ['bell', 'talk']]);
  });

  it('pairs no all-day session: a hackathon all day is no clash with the talks of its day', () => {
    const { schedule } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      sessions: [
        { id: 'hack', title: 'Hackathon', start: '2030-01-01T00:00Z', end: '2030-01-02T00:00Z', allDay: true },
        { id: 'expo', title: 'Expo', start: '2030-01-01T00:00Z', end: '2030-01-03T00:00Z', allDay: true },
        { id: 'x', title: 'X', start: '2030-01-01T10:00Z', end: '2030-01-01T11:00Z' },
        { id: 'y', title: 'Y', start: '2030-01-01T10:30Z', end: '2030-01-01T12:00Z' },
      ],
    });
    assert.deepEqual(clashes(schedule.sessions).map((pair) => ids(pair)), [['x', 'y']]);
  });
});

describe('share link ids', () => {
  it('writes plain ids as they are, after a version', () => {
    assert.equal(encodeSavedIds(['ws196', 'ws204']), 'v1.ws196.ws204');
    assert.deepEqual(decodeSavedIds('v1.ws196.ws204'), ['ws196', 'ws204']);
    assert.equal(encodeSavedIds([]), 'v1');
    assert.deepEqual(decodeSavedIds('v1'), []);
  });

  it('names the event after the version, and is read for that event only; a v1 link names none and is read for any', () => {
    const link = encodeSavedIds(['ws196', 'ws204'], 'igf-2014');
    assert.equal(link, 'v2.igf-2014.ws196.ws204');
    assert.deepEqual(decodeSavedIds(link, 'igf-2014'), ['ws196', 'ws204']);
    assert.equal(decodeSavedIds(link, 'igf-2015'), undefined);
    assert.deepEqual(decodeSavedIds(link), ['ws196', 'ws204'], 'without an event to match, the ids of any');
    assert.equal(encodeSavedIds([], 'IGF 2014.b'), 'v2.IGF%202014%2Eb');
    assert.deepEqual(decodeSavedIds('v2.IGF%202014%2Eb', 'IGF 2014.b'), []);
    assert.deepEqual(decodeSavedIds('v1.ws196', 'igf-2015'), ['ws196']);
    assert.equal(encodeSavedIds(['ws196'], 'lone \ud800'), 'v1.ws196', 'a key that cannot travel in a URL: a link naming no event');
  });

  it('escapes the separator and anything not URL-safe, and leaves out duplicates, empty ids and broken text', () => {
    const value = encodeSavedIds(['a.b', 'ä ö/&', 'a.b', '', 'lone \ud800']);
    assert.equal(value, 'v1.a%2Eb.%C3%A4%20%C3%B6%2F%26');
    assert.match(encodeSavedIds(['\ud83d\ude00']), /^v1\.%F0%9F%98%80$/, 'a pair of surrogates is one character');
    assert.match(value, /^[A-Za-z0-9._%-]+$/);
    assert.deepEqual(decodeSavedIds(value), ['a.b', 'ä ö/&']);
  });

  it('leaves out an id longer than a link carries (a feed\'s id of 201 characters), so that the link still shares the others', () => {
    const long = 'x'.repeat(201);
    assert.deepEqual(decodeSavedIds(encodeSavedIds(['ws196', long, 'ws204'], 'igf-2014'), 'igf-2014'), ['ws196', 'ws204']);
    assert.deepEqual(decodeSavedIds(encodeSavedIds(['ws196', 'y'.repeat(200)])), ['ws196', 'y'.repeat(200)]);
  });

  it('refuses other versions, bad escapes, empty and overlong ids, and too many ids', () => {
    for (const bad of ['', 'ws196', 'v3.ws196', 'v2', 'v2.%E0%A4%A.ws196', 'v2.e..ws196', 'v1..ws196', 'v1.%E0%A4%A', 'v1.' + 'x'.repeat(201), 'v1.' + Array.from({ length: 501 }, (_, i) => `s${i}`).join('.')]) {
      assert.equal(decodeSavedIds(bad), undefined, bad.slice(0, 40));
    }
  });

  it('round-trips any list of ids, and its event, through a URL query', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), { maxLength: 12 }), fc.string({ unit: 'grapheme' }), (list, event) => {
        const params = new URLSearchParams({ 'st-shared': encodeSavedIds(list, event) });
        const read = new URLSearchParams(params.toString()).get('st-shared')!;
        assert.deepEqual(decodeSavedIds(read, event), [...new Set(list)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('nothing saved is dropped by a feed change (issue 16)', () => {
  /** How many feed changes the property below tried (quoted in the closing note of issue 16). */
  let feedChanges = 0;

  it('every saved entry is current or cancelled, exactly once; moved ones are current and really changed', () => {
    const change = fc.record({
      kept: fc.boolean(),
      shiftMinutes: fc.constantFrom(0, 0, 30, -60, 24 * 60),
      room: fc.constantFrom<'r1' | 'r2' | undefined>('r1', 'r2', undefined),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: before.sessions.length, maxLength: before.sessions.length }), fc.subarray(entries), (changes, saved) => {
        feedChanges++;
        const sessions = before.sessions.flatMap((session, i) => {
          const { kept, shiftMinutes, room } = changes[i]!;
          if (!kept) return [];
          const shift = (text: string): string => new Date(Date.parse(`${text}Z`) + shiftMinutes * 60_000).toISOString().slice(0, 16);
          return [{ ...session, start: shift(session.start), end: shift(session.end!), roomId: room }];
        });
        const after = normalizeFeed({ ...before, sessions }).schedule;
        const diff = diffSaved(saved, after);
        const listed = [...ids(diff.current), ...ids(diff.cancelled)].sort();
        assert.deepEqual(listed, ids(saved).sort(), 'each saved entry once');
        assert.deepEqual(ids(diff.cancelled).sort(), ids(saved).filter((id) => !after.sessionsById.has(id)).sort());
        for (const { entry, session, timeChanged, roomChanged } of diff.moved) {
          assert.ok(ids(diff.current).includes(session.id));
          assert.equal(timeChanged, entry.startMs !== session.startMs || entry.endMs !== session.endMs);
          assert.equal(roomChanged, entry.roomName !== session.room?.name);
          assert.ok(timeChanged || roomChanged);
        }
        const movedIds = new Set(diff.moved.map((change) => change.session.id));
        for (const session of diff.current) {
          const entry = saved.find((e) => e.id === session.id)!;
          const same = entry.startMs === session.startMs && entry.endMs === session.endMs && entry.roomName === session.room?.name;
          assert.equal(movedIds.has(session.id), !same, `${session.id} marked moved iff it changed`);
        }
      }),
      { numRuns: 500 },
    );
    assert.equal(feedChanges, 500);
  });

  it('an entry survives its trip through storage text (JSON) unchanged and accepted', () => {
    const stored = JSON.parse(JSON.stringify({ version: 1, entries })) as { entries: unknown[] };
    assert.deepEqual(stored.entries, entries);
    assert.ok(stored.entries.every(isSavedEntry));
  });
});
