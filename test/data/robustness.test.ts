import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeFeed, SEVERITIES, type NormalizeResult } from '../../src/data/index.js';
import { fixture, GOOD_FIXTURES } from './fixtures.js';

/** What must hold of any result: well-formed diagnostics, fatal alone, a consistent model. */
function checkResult(result: NormalizeResult): void {
  assert.ok(Object.isFrozen(result) && Object.isFrozen(result.schedule) && Object.isFrozen(result.diagnostics));
  for (const d of result.diagnostics) {
    assert.equal(typeof d.path, 'string');
    assert.match(d.path, /^\$/);
    assert.equal(typeof d.message, 'string');
    assert.ok(d.message.length > 0);
    assert.ok(SEVERITIES.includes(d.severity));
  }
  if (result.diagnostics.some((d) => d.severity === 'fatal')) assert.equal(result.diagnostics.length, 1);
  const { sessions, byPerson } = result.schedule;
  for (let i = 1; i < sessions.length; i++) assert.ok(sessions[i - 1]!.startMs <= sessions[i]!.startMs);
  for (const s of sessions) {
    assert.ok(s.endMs >= s.startMs);
    assert.ok(Number.isFinite(s.startMs));
    assert.equal(typeof s.day, 'string');
  }
  for (const [id, list] of byPerson) for (const s of list) assert.ok(s.people.some((p) => p.person.id === id) || s.agenda.some((a) => a.people.some((p) => p.id === id)));
}

/** Every path (as keys) to a value inside `value`. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

/** `feed` with the value at `path` replaced by `value`, or removed when `value` is undefined. */
function mutate(feed: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(feed) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** Values a feed author might plausibly get wrong with. */
const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, null, '', ' ', 'javascript:alert(1)', '2014-09-02T25:00', 'PT', 'P1M', '2014-09-02T11:00', 'PT5M', -1, 1e308, 'Europe/Istanbul', '__proto__', [], {}),
  fc.string(),
);

describe('robustness', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (value) => checkResult(normalizeFeed(value))), { numRuns: 500 });
  });

  it('never throws on arbitrary JSON text, or text that is almost JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), (text) => checkResult(normalizeFeed(text))), { numRuns: 500 });
  });

  it('never throws on feeds with arbitrary values in them', () => {
    fc.assert(
      fc.property(fc.record({ version: fc.constant(1), event: fc.record({ name: fc.string(), timeZone: fc.constantFrom('UTC', 'Europe/Berlin') }), sessions: fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'start', 'end', 'duration', 'people', 'agenda', 'links', 'tags', 'roomId'), nasty)) }), (feed) =>
        checkResult(normalizeFeed(feed)),
      ),
      { numRuns: 300 },
    );
  });

  for (const name of GOOD_FIXTURES) {
    const base = fixture(name);
    const paths = pathsOf(base);
    it(`never throws on mutations of ${name}.json, as a value or as text`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), nasty), { minLength: 1, maxLength: 4 }), (mutations) => {
          let feed: unknown = base;
          for (const [path, value] of mutations) {
            try {
              feed = mutate(feed, path, value);
            } catch {
              // An earlier mutation removed this path's parent: skip it.
            }
          }
          checkResult(normalizeFeed(feed));
          const text = JSON.stringify(feed);
          if (text !== undefined) checkResult(normalizeFeed(text));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('survives values that throw when read', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const getter = { version: 1, get event(): never { throw new Error('boom'); } };
    for (const value of [hostile, getter, { version: 1, event: { name: 'x', timeZone: 'UTC' }, sessions: [hostile] }, { version: 1n }]) {
      checkResult(normalizeFeed(value));
    }
  });
});
