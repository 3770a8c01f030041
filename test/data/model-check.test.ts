import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainGiven } from '../../src/data/model-check.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';

const { schedule } = normalizeFeed(sampleFeed);
const ws196 = schedule.sessionsById.get('ws196')!;

describe('explainGiven', () => {
  it('finds nothing wrong with what normalizeFeed makes, nor with unset properties', () => {
    const person = schedule.peopleById.get('peter-major')!;
    assert.deepEqual(explainGiven({ schedule, session: ws196, person, people: ws196.roles[0]!.people, feed: sampleFeed, now: undefined }), []);
  });

  it('names a session of a schedule put together by hand, by its index, and the field', () => {
    const sessions = [...schedule.sessions];
    sessions[3] = { ...sessions[3]!, roles: sessions[3]!.roles, title: undefined } as never;
    const { event, sessionsById, peopleById, byPerson, days } = schedule;
    assert.deepEqual(explainGiven({ schedule: { event, sessions, sessionsById, peopleById, byPerson, days } }), ['.schedule.sessions[3] has no valid "title" (is missing).']);
    // Spread, a schedule loses what it computes on demand: that is said too.
    assert.deepEqual(explainGiven({ schedule: { ...schedule } }), ['.schedule has no "byPerson", so it is not normalizeFeed(feed).schedule.']);
  });

  it('says what it could not read, where reading the object throws', () => {
    const hostile = Object.defineProperty({}, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('no title here');
      },
    });
    assert.deepEqual(explainGiven({ session: hostile }), ['.session could not be read (Error: no title here).']);
  });

  it('says what a value is when it is not an object at all, and cuts a long one', () => {
    assert.deepEqual(explainGiven({ person: 42 }), ['.person is not a person (from normalizeFeed), but 42.']);
    assert.deepEqual(explainGiven({ feed: 'x'.repeat(100) }), [`.feed is not an object (a parsed feed), but "${'x'.repeat(36)}....`]);
  });

  it('names a wrong nested field with what it found', () => {
    const people = [{ person: { ...ws196.people[0]!.person, name: ['Qusai'] }, role: 'speaker' }];
    assert.deepEqual(explainGiven({ session: { ...ws196, roles: ws196.roles, people } }), [
      '.session has no valid "people[0].person.name" (must be a string that is not blank, not ["Qusai"]).',
    ]);
  });
});
