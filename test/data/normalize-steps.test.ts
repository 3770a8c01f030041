import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateFeed } from '../../bench/generate-feed.js';
import { dayKey } from '../../src/data/time.js';
import { eventStatus, normalizeFeed, type FeedSession, type NormalizeResult, type Schedule } from '../../src/data/index.js';
import { feedProgress, normalizeFeedInSteps, type FeedProgress } from '../../src/data/stepped-build.js';
import { fixture } from './fixtures.js';

/**
 * A big feed (2,000 sessions over 9 days) with trouble spread through it: the bad sessions of the
 * fixture in the middle, an id repeated days later, an id whose first use is unusable (so the
 * second wins), sessions pointing at missing rooms, and an agenda that does not add up.
 */
function troubledFeed(): Record<string, unknown> {
  const feed = generateFeed({ sessions: 2000, rooms: 40, seed: 7 }) as unknown as Record<string, unknown> & { sessions: unknown[] };
  const bad = (fixture('bad-sessions') as { sessions: unknown[] }).sessions;
  feed.sessions.splice(1000, 0, ...bad);
  const first = feed.sessions[3] as FeedSession;
  feed.sessions.push({ ...first, title: 'The same id, days later' });
  feed.sessions.splice(20, 0, { id: 'twice', title: 'Unusable first', start: 'tomorrow' });
  feed.sessions.splice(1900, 0, { id: 'twice', title: 'Usable second', start: '2014-09-08T09:00', duration: 'PT1H', roomId: 'nowhere' });
  (feed.sessions[1500] as FeedSession).agenda = [{ title: 'Too short', duration: 'PT5M' }];
  return feed;
}

/** What two results must agree on: every session in order with its fields, the indexes, and every diagnostic in order. */
function summary({ schedule, diagnostics }: NormalizeResult): unknown {
  return {
    event: schedule.event,
    days: schedule.days.map((day) => `${day.date}:${day.sessions.map((s) => s.id).join(',')}`),
    sessions: schedule.sessions.map((s) => [s.id, s.index, s.day, s.startMs, s.endMs, s.room?.id, s.track?.id, s.people.map((p) => `${p.person.id}/${p.role}`), s.agenda.map((a) => [a.title, a.startMs, a.endMs])]),
    byId: [...schedule.sessionsById.keys()],
    rooms: schedule.rooms.map((r) => r.id),
    people: schedule.people.length,
    byRoom: [...schedule.byRoom].map(([id, list]) => `${id}:${list.length}`),
    byPerson: [...schedule.byPerson].map(([id, list]) => `${id}:${list.length}`),
    conflicts: schedule.conflicts.length,
    diagnostics,
  };
}

/** The steps of a result that must still have some. */
function progressOf(result: NormalizeResult): FeedProgress {
  const progress = feedProgress(result);
  assert.ok(progress, 'a big feed is built in steps');
  return progress;
}

/** A clock that lets `count` sessions through, then says time is up. */
function budget(count: number): () => boolean {
  let left = count;
  return () => left-- > 0;
}

describe('normalizeFeedInSteps', () => {
  const whole = normalizeFeed(troubledFeed());
  const expected = summary(whole);

  it('gives the same result as normalizeFeed when read at once', () => {
    const result = normalizeFeedInSteps(troubledFeed());
    progressOf(result);
    assert.deepEqual(summary(result), expected);
    assert.equal(feedProgress(result), undefined, 'finished once read');
  });

  it('gives the same result after a preview of a middle day and small slices', () => {
    const result = normalizeFeedInSteps(troubledFeed());
    const progress = progressOf(result);
    progress.preview(['2014-09-06']);
    let slices = 0;
    while (!progress.advance(budget(97))) slices++;
    assert.ok(slices > 10, `built in ${slices} slices`);
    assert.equal(progress.done, true);
    assert.deepEqual(summary(result), expected);
  });

  it('gives the same result after previews of the last days, and through a spread', () => {
    const result = normalizeFeedInSteps(troubledFeed());
    const progress = progressOf(result);
    progress.preview(['2014-09-10']);
    progress.preview(['2014-09-08', '2014-09-09']);
    progress.advance(budget(300));
    assert.deepEqual(summary({ ...result }), expected);
  });

  it('previews every day, but only the sessions of the days asked for, the first start and the last end', () => {
    const result = normalizeFeedInSteps(troubledFeed());
    const progress = progressOf(result);
    assert.deepEqual(progress.days, whole.schedule.days.map((day) => day.date));
    const preview: Schedule = progress.preview(['2014-09-05']);
    const final = result.schedule;
    const first = final.sessions[0]!;
    const lastEnd = final.sessions.reduce((a, b) => (b.endMs > a.endMs ? b : a));
    assert.notEqual(first.day, '2014-09-05');
    assert.notEqual(lastEnd.day, '2014-09-05');
    assert.deepEqual(preview.days.map((day) => day.date), progress.days);
    for (const day of preview.days) {
      const all = final.byDay.get(day.date)!;
      const expectedSessions = day.date === '2014-09-05' ? all : all.filter((session) => session === first || session === lastEnd);
      assert.deepEqual(day.sessions, expectedSessions, day.date);
      day.sessions.forEach((session, i) => assert.equal(session, expectedSessions[i], 'the very objects of the finished schedule'));
    }
    assert.ok(preview.sessions.length < final.sessions.length / 2);
    for (const hours of [-1, 0, 30, 100, 200, 300]) {
      const now = final.sessions[0]!.startMs + hours * 3_600_000;
      assert.equal(eventStatus(preview, now), eventStatus(final, now), `status ${hours} h after the start`);
    }
    assert.deepEqual(preview.rooms, final.rooms);
    assert.equal(preview.event.lastDay, final.event.lastDay);
  });

  it('places each session by the event\'s day change before building it, as normalizeFeed does', () => {
    const late = (): Record<string, unknown> => {
      const feed = troubledFeed();
      feed['event'] = { ...(feed['event'] as object), dayChange: '10:00' };
      return feed;
    };
    const once = normalizeFeed(late());
    const moved = once.schedule.sessions.filter((session) => session.day !== dayKey(session.startMs, session.timeZone));
    assert.ok(moved.length > 100, `${moved.length} sessions before 10:00 are on the day before`);
    const result = normalizeFeedInSteps(late());
    const progress = progressOf(result);
    const day = moved[0]!.day;
    assert.equal(progress.dayOf(moved[0]!.id), day);
    assert.deepEqual(progress.preview([day]).byDay.get(day)!.map((session) => session.id), once.schedule.byDay.get(day)!.map((session) => session.id));
    while (!progress.advance(budget(97)));
    assert.deepEqual(summary(result), summary(once));
  });

  it('knows the day of a session before building it, and of the id that wins', () => {
    const result = normalizeFeedInSteps(troubledFeed());
    const progress = progressOf(result);
    const days = ['s3', 's1999', 'twice', 'good', 'nothing-such'].map((id) => progress.dayOf(id));
    assert.deepEqual(days, ['s3', 's1999', 'twice', 'good', 'nothing-such'].map((id) => result.schedule.sessionsById.get(id)?.day));
    assert.equal(result.schedule.sessionsById.get('twice')?.title, 'Usable second');
  });

  it('builds a small feed at once, and reads fatal input at once', () => {
    assert.equal(feedProgress(normalizeFeedInSteps(fixture('minimal'))), undefined);
    assert.equal(feedProgress(normalizeFeedInSteps(generateFeed({ sessions: 400, rooms: 8 }))), undefined);
    const fatal = normalizeFeedInSteps('{"version": 2}');
    assert.equal(feedProgress(fatal), undefined);
    assert.equal(fatal.diagnostics[0]?.severity, 'fatal');
  });

  it('lets go of the feed once it is finished and read', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let feed: { sessions: object[] } | undefined = generateFeed({ sessions: 1000, rooms: 10 }) as unknown as { sessions: object[] };
    const sessions = new WeakRef(feed.sessions);
    const result = normalizeFeedInSteps(feed);
    feed = undefined;
    progressOf(result).preview(['2014-09-02']);
    assert.equal(result.schedule.sessions.length, 1000);
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(sessions.deref(), undefined, 'the feed’s session objects are collected');
  });

  it('never throws, even when a session is read later from an object that throws', () => {
    const feed = generateFeed({ sessions: 1000, rooms: 10 }) as unknown as { sessions: Record<string, unknown>[] };
    Object.defineProperty(feed.sessions[900], 'tags', { enumerable: true, get: () => { throw new Error('no tags for you'); } });
    const result = normalizeFeedInSteps(feed);
    progressOf(result).preview(['2014-09-02']);
    assert.deepEqual(result.diagnostics.map((d) => d.severity), ['fatal']);
    assert.match(result.diagnostics[0]!.message, /no tags for you/);
  });

  it('is not among the modules that normalizeFeed loads', () => {
    // Every module normalize.ts imports, and theirs, by relative path.
    const seen = new Set<string>();
    const visit = (url: URL): void => {
      const path = fileURLToPath(url).replace(/\.js$/, '.ts');
      if (seen.has(path)) return;
      seen.add(path);
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)) visit(new URL(specifier!, url));
    };
    visit(new URL('../../src/data/normalize.ts', import.meta.url));
    const names = [...seen].map((path) => path.split('/').pop());
    assert.ok(names.includes('build-session.ts') && names.includes('time.ts'), names.join(', '));
    assert.ok(!names.includes('stepped-build.ts'), names.join(', '));
  });
});
