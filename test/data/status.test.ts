import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventStatus, liveSessions, nextSessions, normalizeFeed, sessionStatus } from '../../src/data/index.js';
import { fixture } from './fixtures.js';

const utc = (iso: string): number => Date.parse(iso);
const ids = (list: readonly { id: string }[]): string[] => list.map((s) => s.id);

const { schedule } = normalizeFeed({
  version: 1,
  event: { name: 'x', timeZone: 'Europe/Istanbul', start: '2014-09-01', end: '2014-09-05' },
  sessions: [
    { id: 'a', title: 'A', start: '2014-09-02T10:00', end: '2014-09-02T11:00' },
    { id: 'b', title: 'B', start: '2014-09-02T10:30', end: '2014-09-02T12:00' },
    { id: 'c', title: 'C', start: '2014-09-02T13:00', end: '2014-09-02T14:00' },
    { id: 'd', title: 'D', start: '2014-09-02T13:00', end: '2014-09-02T13:30' },
    { id: 'zero', title: 'Z', start: '2014-09-02T15:00' },
  ],
});

describe('sessionStatus', () => {
  const a = schedule.sessionsById.get('a')!;
  it('is upcoming before the start, live from it until the end, then ended', () => {
    assert.equal(sessionStatus(a, utc('2014-09-02T06:59:59Z')), 'upcoming');
    assert.equal(sessionStatus(a, utc('2014-09-02T07:00:00Z')), 'live');
    assert.equal(sessionStatus(a, utc('2014-09-02T07:59:59.999Z')), 'live');
    assert.equal(sessionStatus(a, utc('2014-09-02T08:00:00Z')), 'ended');
  });
  it('never shows a zero-length item as live', () => {
    const zero = schedule.sessionsById.get('zero')!;
    assert.equal(sessionStatus(zero, zero.startMs - 1), 'upcoming');
    assert.equal(sessionStatus(zero, zero.startMs), 'ended');
  });
  it('reads the seed: IGF 2014 "has ended"', () => {
    const seed = normalizeFeed(fixture('minimal')).schedule;
    assert.equal(sessionStatus(seed.sessions[0]!, utc('2024-01-01T00:00:00Z')), 'ended');
    assert.equal(eventStatus(seed, utc('2024-01-01T00:00:00Z')), 'ended');
  });
});

describe('eventStatus', () => {
  it('runs from the first start to the latest end', () => {
    assert.equal(eventStatus(schedule, utc('2014-09-02T06:00:00Z')), 'upcoming');
    assert.equal(eventStatus(schedule, utc('2014-09-02T09:30:00Z')), 'live'); // between sessions
    assert.equal(eventStatus(schedule, utc('2014-09-02T12:00:00Z')), 'ended'); // zero ends at 12:00Z, c at 11:00Z
  });

  it('falls back to the event days in the event zone when there are no sessions', () => {
    const empty = normalizeFeed({ version: 1, event: { name: 'x', timeZone: 'Europe/Istanbul', start: '2014-09-02', end: '2014-09-05' } }).schedule;
    assert.equal(eventStatus(empty, utc('2014-09-01T20:59:59Z')), 'upcoming');
    assert.equal(eventStatus(empty, utc('2014-09-01T21:00:00Z')), 'live'); // midnight in Istanbul
    assert.equal(eventStatus(empty, utc('2014-09-05T20:59:59Z')), 'live');
    assert.equal(eventStatus(empty, utc('2014-09-05T21:00:00Z')), 'ended');
  });

  it('is upcoming when nothing says when the event is', () => {
    const nothing = normalizeFeed({ version: 1, event: { name: 'x', timeZone: 'UTC' } }).schedule;
    assert.equal(eventStatus(nothing, 0), 'upcoming');
  });
});

describe('liveSessions and nextSessions', () => {
  it('lists the live sessions in order', () => {
    assert.deepEqual(ids(liveSessions(schedule, utc('2014-09-02T07:45:00Z'))), ['a', 'b']);
    assert.deepEqual(ids(liveSessions(schedule, utc('2014-09-02T09:15:00Z'))), []);
  });

  it('lists the sessions of the next start instant', () => {
    assert.deepEqual(ids(nextSessions(schedule, utc('2014-09-01T00:00:00Z'))), ['a']);
    assert.deepEqual(ids(nextSessions(schedule, utc('2014-09-02T07:00:00Z'))), ['b']); // a starts now: not next
    assert.deepEqual(ids(nextSessions(schedule, utc('2014-09-02T08:00:00Z'))), ['d', 'c']);
    assert.deepEqual(ids(nextSessions(schedule, utc('2014-09-02T12:00:00Z'))), []);
  });
});
