/**
 * The data layer under fuzzing (issue 16): generated feeds, mutated in every way a feed author or a
 * broken exporter might get them wrong, through normalizeFeed, the stepped build, every adapter and
 * the .ics writer. Each property counts the feeds it ran; the totals are printed at the end.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { convertFeed, fromICalendar, fromPretalx, fromSched, fromSessionize } from '../../src/data/adapters/index.js';
import { calendarFileName, googleCalendarUrl, normalizeFeed, outlookCalendarUrl, parseInstant, toICalendar, type Diagnostic, type NormalizeResult, type Session } from '../../src/data/index.js';
import { feedProgress, normalizeFeedInSteps } from '../../src/data/stepped-build.js';

type Json = Record<string, unknown>;

// A failure prints its seed; FUZZ_SEED=<seed> replays the run, FUZZ_RUNS=<factor> scales every property.
fc.configureGlobal({ includeErrorInReport: true, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) });

// ---------------------------------------------------------------------------------------------
// Counting and the checks every run makes
// ---------------------------------------------------------------------------------------------

const counts = new Map<string, number>();
function counted(property: string, n = 1): void {
  counts.set(property, (counts.get(property) ?? 0) + n);
}
const started = performance.now();
after(() => {
  const total = [...counts].reduce((sum, [name, n]) => (name.includes('not added') ? sum : sum + n), 0);
  const lines = [...counts].map(([name, n]) => `  ${String(n).padStart(7)}  ${name}`);
  console.log(`fuzz: feeds generated per property\n${lines.join('\n')}\n  ${String(total).padStart(7)}  total, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
const ARRAY_PROTO_KEYS = Object.getOwnPropertyNames(Array.prototype).sort().join();
/** Object.prototype (and Array.prototype) as they were: nothing added, nothing replaced. */
function assertNotPolluted(): void {
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort().join(), PROTO_KEYS, 'Object.prototype gained a key');
  assert.equal(Object.getOwnPropertyNames(Array.prototype).sort().join(), ARRAY_PROTO_KEYS, 'Array.prototype gained a key');
  const probe = {} as Json;
  for (const key of ['polluted', 'id', 'name', 'title', 'timeZone', 'x']) assert.equal(probe[key], undefined, `Object.prototype.${key} is set`);
}

/** The keys of a diagnostic path: `$.a["b c"][3].d` → ['a', 'b c', 3, 'd']; undefined when it is not such a path. */
function pathKeys(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const keys: (string | number)[] = [];
  const token = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < path.length) {
    const m = token.exec(path);
    if (!m) return undefined;
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  return keys;
}

const hasOwn = (value: unknown, key: string | number): boolean =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);

/**
 * Whether `path` points into `input`: every key exists, except that the last may be absent (a
 * missing field is reported at the place it should be) when its parent is an object or array.
 */
function pathExists(input: unknown, path: string): boolean {
  const keys = pathKeys(path);
  if (keys === undefined) return false;
  let node = input;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!hasOwn(node, key)) return i === keys.length - 1 && typeof node === 'object' && node !== null && (typeof key === 'string' || Array.isArray(node));
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

function assertPaths(input: unknown, diagnostics: readonly Diagnostic[], where: string): void {
  for (const d of diagnostics) assert.ok(pathExists(input, d.path), `${where}: the path ${d.path} of "${d.message}" is not in the input`);
}

/** A fatal diagnostic that says something threw inside: never expected. */
const INTERNAL = /could not be read:|could not be converted|please report/;

/** What must hold of any normalize result. */
function checkResult(input: unknown, result: NormalizeResult, { rootIsFeed }: { rootIsFeed: boolean }): void {
  const { diagnostics, schedule } = result;
  for (const d of diagnostics) {
    assert.doesNotMatch(d.message, INTERNAL, `normalizeFeed threw inside: ${d.message}`);
    assert.ok(d.message.length > 0);
  }
  const fatal = diagnostics.filter((d) => d.severity === 'fatal');
  if (rootIsFeed) assert.deepEqual(fatal, [], 'a fatal diagnostic for a feed whose root, version and event are good');
  else if (fatal.length > 0) assert.equal(diagnostics.length, 1);
  for (const s of schedule.sessions) {
    assert.ok(Number.isFinite(s.startMs) && Number.isFinite(s.endMs) && s.endMs >= s.startMs, `session ${s.id} has times ${s.startMs}–${s.endMs}`);
    assert.match(s.day, /^\d{4}-\d\d-\d\d$/);
  }
  assertPaths(typeof input === 'string' ? safeParse(input) : input, diagnostics, 'normalizeFeed');
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The .ics writer and the calendar links on the sessions of a schedule: well-formed, never throwing. */
function checkCalendar(result: NormalizeResult): void {
  const { sessions, event } = result.schedule;
  const ics = toICalendar(sessions, event, { now: 0 });
  assert.ok(ics.endsWith('\r\n'));
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line) <= 75, `an .ics line of ${Buffer.byteLength(line)} octets: ${line}`);
    assert.doesNotMatch(line, /[\r\n]/);
  }
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, sessions.length);
  assert.equal(lines.filter((l) => l === 'END:VEVENT').length, sessions.length);
  for (const s of sessions.slice(0, 3)) {
    assert.match(calendarFileName(s), /\.ics$/);
    new URL(googleCalendarUrl(s, event));
    new URL(outlookCalendarUrl(s, event));
  }
}

// ---------------------------------------------------------------------------------------------
// Generators: v1 feeds
// ---------------------------------------------------------------------------------------------

/** Zones with DST gaps and overlaps of every kind: 1 h, 30 min (Lord Howe), odd offsets, the southern hemisphere, none. */
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kolkata', 'America/Sao_Paulo', 'Europe/Istanbul', 'Africa/Casablanca', 'Pacific/Apia'];
const BAD_ZONES = ['Mars/Olympus', '', ' ', 'Europe/Berlin ', 'GMT+25', '+03:00', 'local', 'Europe', '__proto__', 'constructor'];
/** Days with a DST change in one of ZONES, and some ordinary ones. */
const DATES = ['2024-03-31', '2024-10-27', '2024-03-10', '2024-11-03', '2024-04-07', '2024-10-06', '2024-09-29', '2024-02-18', '2011-12-29', '2014-09-02', '2000-02-29', '1970-01-01'];
const IDS = ['a', 'b', 'c', 'ws196', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'é', '😀', '0'];

const wallTime = fc
  .tuple(fc.constantFrom(...DATES), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59), fc.constantFrom('', ':00', ':30.5'))
  .map(([d, h, m, s]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s}`);
const offsetTime = fc.tuple(wallTime, fc.constantFrom('Z', '+03:00', '-05:00', '+0545', '+13', '-00:30')).map(([t, o]) => t + o);
const startText = fc.oneof({ weight: 3, arbitrary: wallTime }, { weight: 1, arbitrary: offsetTime });
const duration = fc.constantFrom('PT90M', 'PT0M', 'PT1H30M', 'PT5M', 'P1D', 'PT1.5H', 'PT30M', 'P1W', 'PT0S');

/** Values a feed author might plausibly get wrong with. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, '', ' ', true, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER, [], {}, 'javascript:alert(1)', 'data:text/html,x', '2014-09-02T25:00', '2014-02-30T10:00', 'PT', 'P1M', '-PT5M', 'Mars/Olympus', '__proto__', 'x'.repeat(100_000), '\u202e\u0000\ud800', '<script>alert(1)</script>', '#zzz'),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  startText,
  duration,
);

const role = fc.constantFrom(undefined, 'speaker', 'moderator', 'remote-moderator', 'Chair');

function sessionArb(ids: fc.Arbitrary<string>, refs: { rooms: string[]; tracks: string[]; people: string[] }): fc.Arbitrary<Json> {
  const pick = (list: string[]) => (list.length > 0 ? fc.constantFrom(...list) : fc.constant('nowhere'));
  return fc
    .record(
      {
        id: ids,
        title: fc.string({ minLength: 1, maxLength: 12 }).map((t) => (t.trim() === '' ? 'T' : t)),
        start: startText,
        end: startText,
        duration,
        roomId: pick(refs.rooms),
        trackId: pick(refs.tracks),
        type: fc.constantFrom('Workshop', 'Talk'),
        description: fc.string({ maxLength: 20 }),
        descriptionFormat: fc.constantFrom('text', 'markdown', 'html'),
        people: fc.array(fc.record({ id: pick(refs.people), role }, { requiredKeys: ['id'] }), { maxLength: 3 }),
        agenda: fc.array(fc.record({ title: fc.constant('Item'), peopleIds: fc.array(pick(refs.people), { maxLength: 2 }), duration }, { requiredKeys: ['title', 'duration'] }), { maxLength: 3 }),
        attendees: fc.record({ count: fc.nat(200), capacity: fc.nat(200), url: fc.constant('https://example.org/a') }, { requiredKeys: [] }),
        links: fc.array(fc.record({ kind: fc.constantFrom('media', 'slides', 'other'), url: fc.constantFrom('https://example.org/x', '/rel'), label: fc.constant('L') }, { requiredKeys: ['url'] }), { maxLength: 2 }),
        tags: fc.array(fc.constantFrom('a', '__proto__', 'ü'), { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'title', 'start'] },
    )
    .map((s) => {
      // Mostly an end after the start: a reversed one is one mutation among many, not most sessions.
      if (typeof s.end === 'string' && typeof s.start === 'string' && s.end < s.start && s.start.length === s.end.length) [s.start, s.end] = [s.end, s.start];
      return s;
    });
}

const goodEvent = fc.record({ name: fc.constantFrom('Conf', 'Ünïcødé ☃', 'x'), timeZone: fc.constantFrom(...ZONES), start: fc.constantFrom(undefined, '2024-03-30'), end: fc.constantFrom(undefined, '2024-04-02') }).map((e) => JSON.parse(JSON.stringify(e)) as Json);

/** A valid-looking v1 feed: a few rooms, tracks, people and sessions, with ids from a small pool (so repeats happen). */
const feedArb: fc.Arbitrary<Json> = fc
  .record({
    event: goodEvent,
    rooms: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }),
    tracks: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 2 }),
    people: fc.array(fc.constantFrom(...IDS), { maxLength: 4 }),
  })
  .chain(({ event, rooms, tracks, people }) =>
    fc.record({
      version: fc.constant(1),
      event: fc.constant(event),
      rooms: fc.constant(rooms.map((id) => ({ id, name: `Room ${id}`, capacity: 10 }))),
      tracks: fc.constant(tracks.map((id) => ({ id, name: `Track ${id}`, color: '#0b6e4f' }))),
      people: fc.constant(people.map((id) => ({ id, name: `Person ${id}` }))),
      sessions: fc.array(sessionArb(fc.constantFrom(...IDS), { rooms, tracks, people }), { minLength: 1, maxLength: 6 }),
    }),
  );

/** Every path (as keys) to a value inside `value`. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** `doc` (a JSON copy) changed at `path`: replaced by `value`, removed, or given an own `__proto__`/`constructor` key. */
function mutateAt(doc: unknown, path: readonly (string | number)[], kind: number, value: unknown): unknown {
  if (path.length === 0) return kind === 0 ? value : doc;
  let parent = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return doc;
    parent = parent[key] as Record<string | number, unknown>;
  }
  if (typeof parent !== 'object' || parent === null) return doc;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (kind) {
    case 0: // replace
      parent[last] = value;
      break;
    case 1: // remove
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 2: // duplicate an array element or set the value to null
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(target));
      else parent[last] = null;
      break;
    default: // own __proto__ / constructor / prototype keys, as JSON.parse makes them
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        const key = ['__proto__', 'constructor', 'prototype'][kind - 3] ?? '__proto__';
        // Keys whose value is undefined (an earlier mutation) are not in the JSON: only what is written counts.
        const written = JSON.stringify(target);
        const text = written.replace(/^\{/, `{${JSON.stringify(key)}:{"polluted":1,"id":"p","name":"P","toString":"x"}${written === '{}' ? '' : ','}`);
        parent[last] = JSON.parse(text);
      } else parent[last] = value;
  }
  return doc;
}

const mutations = fc.array(fc.tuple(fc.nat(), fc.nat(5), nasty), { minLength: 1, maxLength: 4 });

/** `base` with `list` applied, each at the path its number picks among the paths there are then. */
function applyMutations(base: unknown, list: readonly [number, number, unknown][]): unknown {
  let doc = JSON.parse(JSON.stringify(base)) as unknown;
  for (const [which, kind, value] of list) {
    const paths = pathsOf(doc);
    doc = mutateAt(doc, paths[which % paths.length]!, kind, value);
  }
  return doc;
}

/** Whether normalizeFeed must read the root: an object with version 1 and an event that is good. */
function rootIsFeed(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const { version, event } = doc as Json;
  if (version !== 1 || typeof event !== 'object' || event === null || Array.isArray(event)) return false;
  const { name, timeZone, start, end, id, url, location } = event as Json;
  const optionalText = (v: unknown): boolean => v === undefined || typeof v === 'string';
  return (
    typeof name === 'string' && name.trim() !== '' && ZONES.includes(timeZone as string) &&
    [start, end].every((d) => d === undefined || (typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d) && !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d))) &&
    optionalText(id) && optionalText(location) && optionalText(url)
  );
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * RUNS));

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('fuzz: normalizeFeed', () => {
  it('never throws, never pollutes, reports at paths in the input; fatal only for a root that is not a feed', () => {
    fc.assert(
      fc.property(feedArb, fc.array(mutations, { minLength: 8, maxLength: 8 }), (base, variants) => {
        for (const list of [[], ...variants] as [number, number, unknown][][]) {
          const doc = applyMutations(base, list);
          const rooted = rootIsFeed(doc);
          const result = normalizeFeed(doc);
          checkResult(doc, result, { rootIsFeed: rooted });
          assertNotPolluted();
          counted('normalizeFeed: mutated feeds (values)');
          const text = JSON.stringify(doc);
          if (text !== undefined) {
            const fromText = normalizeFeed(text);
            checkResult(text, fromText, { rootIsFeed: rooted });
            assertNotPolluted();
            counted('normalizeFeed: mutated feeds (JSON text)');
          }
        }
      }),
      { numRuns: runs(4000) },
    );
  });
});

/** What a session of the model holds, as plain data (its index aside: that is its place in the feed). */
function sessionData(s: Session): unknown {
  return JSON.parse(
    JSON.stringify({
      ...s,
      index: undefined,
      start: s.start,
      end: s.end,
      roles: s.roles,
      startMs: s.startMs,
      endMs: s.endMs,
      agenda: s.agenda.map((a) => ({ ...a, start: a.start, end: a.end, startMs: a.startMs, endMs: a.endMs, minutes: a.minutes })),
    }),
  ) as unknown;
}

/** The diagnostics at `$.sessions[index]…`, with the index written as 0. */
function diagnosticsOf(diagnostics: readonly Diagnostic[], index: number): unknown[] {
  const prefix = `$.sessions[${index}]`;
  return diagnostics
    .filter((d) => d.path === prefix || d.path.startsWith(`${prefix}.`) || d.path.startsWith(`${prefix}[`))
    .map((d) => ({ ...d, path: `$.sessions[0]${d.path.slice(prefix.length)}`, message: d.message.replace(/^Session #\d+/, 'Session #0') }));
}

const KEEP = 'keep-me';

describe('fuzz: a good session beside broken ones', () => {
  it('is kept, and built exactly as in a feed of just it and what it references', () => {
    const arb = feedArb.chain((feed) => {
      const refs = {
        rooms: (feed.rooms as Json[]).map((r) => r.id as string),
        tracks: (feed.tracks as Json[]).map((t) => t.id as string),
        people: (feed.people as Json[]).map((p) => p.id as string),
      };
      return fc.tuple(fc.constant(feed), sessionArb(fc.constant(KEEP), refs), fc.nat(), fc.array(mutations, { minLength: 4, maxLength: 4 }));
    });
    fc.assert(
      fc.property(arb, ([feed, good, at, variants]) => {
        const alone = {
          version: 1,
          event: feed.event,
          rooms: (feed.rooms as Json[]).filter((r) => r.id === good.roomId),
          tracks: (feed.tracks as Json[]).filter((t) => t.id === good.trackId),
          people: (feed.people as Json[]).filter((p) => JSON.stringify([good.people, good.agenda]).includes(JSON.stringify(p.id))),
          sessions: [good],
        };
        const single = normalizeFeed(alone);
        counted('isolation: the feed of one good session');
        const expected = single.schedule.sessionsById.get(KEEP);
        if (expected === undefined) return; // the generated session is itself bad (reversed times …): nothing to compare
        for (const list of variants) {
          // Break the other sessions (and rooms, tracks, people that the good one does not use), then put it among them.
          const broken = applyMutations({ ...feed, sessions: feed.sessions }, list.map(([w, k, v]) => [w, k, v] as [number, number, unknown])) as Json | null;
          if (typeof broken !== 'object' || broken === null || Array.isArray(broken)) continue; // the root itself was replaced
          const keepUnique = (key: 'rooms' | 'tracks' | 'people', used: (id: unknown) => boolean): unknown[] => {
            const listed = Array.isArray(broken[key]) ? (broken[key] as unknown[]) : [];
            const others = listed.filter((e) => !(typeof e === 'object' && e !== null && used((e as Json).id)));
            return [...(alone[key] as unknown[]), ...others];
          };
          const sessions = (Array.isArray(broken.sessions) ? (broken.sessions as unknown[]) : []).filter(
            (s) => !(typeof s === 'object' && s !== null && (s as Json).id === KEEP),
          );
          const index = at % (sessions.length + 1);
          sessions.splice(index, 0, good);
          const mixed = {
            ...broken,
            event: feed.event,
            rooms: keepUnique('rooms', (id) => id === good.roomId),
            tracks: keepUnique('tracks', (id) => id === good.trackId),
            people: keepUnique('people', (id) => (alone.people as Json[]).some((p) => p.id === id)),
            sessions,
          };
          if (!rootIsFeed(mixed)) continue; // a mutation of the root or the version: nothing is kept, rightly
          const result = normalizeFeed(mixed);
          counted('isolation: the good session among broken ones');
          const kept = result.schedule.sessionsById.get(KEEP);
          assert.ok(kept, `the good session is lost: ${JSON.stringify(result.diagnostics.filter((d) => d.path.startsWith(`$.sessions[${index}]`)))}`);
          assert.equal(kept.index, index);
          assert.deepEqual(sessionData(kept), sessionData(expected));
          assert.deepEqual(diagnosticsOf(result.diagnostics, index), diagnosticsOf(single.diagnostics, 0));
          assertNotPolluted();
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe('fuzz: the stepped build', () => {
  it('gives what normalizeFeed gives, whatever days are previewed first and however the rest is sliced', () => {
    fc.assert(
      fc.property(feedArb, mutations, fc.integer({ min: 500, max: 700 }), fc.array(fc.constantFrom(...DATES), { maxLength: 3 }), fc.integer({ min: 1, max: 300 }), (base, list, n, shown, slice) => {
        const doc = applyMutations(base, list) as Json | null; // a mutation may replace the root itself
        // Many sessions (a stepped build starts at 500): the generated ones over and over, some ids repeated on purpose.
        if (Array.isArray(doc?.sessions) && doc.sessions.length > 0) {
          const sessions = doc.sessions as unknown[];
          doc.sessions = Array.from({ length: n }, (_, i) => {
            const s = structuredClone(sessions[i % sessions.length]);
            if (typeof s === 'object' && s !== null && !Array.isArray(s) && i % 7 !== 0) (s as Json).id = `${String((s as Json).id)}-${i}`;
            return s;
          });
        }
        const expected = normalizeFeed(doc);
        const stepped = normalizeFeedInSteps(doc);
        const progress = feedProgress(stepped);
        if (progress) {
          const preview = progress.preview(shown);
          for (const s of preview.sessions) assert.equal(s, preview.sessionsById.get(s.id));
          let budget = slice;
          while (!progress.advance(() => budget-- > 0)) budget = slice;
        }
        checkResult(doc, stepped, { rootIsFeed: rootIsFeed(doc) });
        assert.deepEqual(stepped.diagnostics, expected.diagnostics);
        assert.deepEqual(stepped.schedule.sessions.map(sessionData), expected.schedule.sessions.map(sessionData));
        assert.deepEqual(stepped.schedule.days, expected.schedule.days);
        assertNotPolluted();
        counted('stepped build: feeds of 500-700 sessions');
      }),
      { numRuns: runs(150) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Wall-clock times in DST gaps and overlaps, against luxon
// ---------------------------------------------------------------------------------------------

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The documented reading of a local time (time.ts `wallClockToInstant`, and the feed contract: "read
 * in event.timeZone"): an ambiguous fall-back time takes the earlier instant; a time in a
 * spring-forward gap moves forward by the gap (keeps the offset before it). Computed here from
 * luxon's offsets alone: every offset the zone has within a day either side is tried.
 */
function expectedInstant(wallMs: number, zone: string): { ms: number; kind: 'once' | 'repeated' | 'skipped' } {
  const z = IANAZone.create(zone);
  const offsets = new Set<number>();
  for (let h = -26; h <= 26; h++) offsets.add(z.offset(wallMs + h * HOUR_MS));
  const fits = [...offsets].map((o) => wallMs - o * MINUTE_MS).filter((t) => z.offset(t) * MINUTE_MS === wallMs - t);
  if (fits.length > 0) return { ms: Math.min(...fits), kind: fits.length > 1 ? 'repeated' : 'once' };
  // In a gap: the offset in force just before it; luxon's DateTime.fromObject moves forward the same way.
  let before = wallMs - 26 * HOUR_MS;
  while (z.offset(before + HOUR_MS) * MINUTE_MS + before + HOUR_MS <= wallMs) before += HOUR_MS;
  return { ms: wallMs - z.offset(before) * MINUTE_MS, kind: 'skipped' };
}

/** Every offset change of ZONES in some years (found daily, then to the hour, with luxon), as [zone, the wall clock just before it in ms]. */
const TRANSITIONS: [string, number][] = [];
for (const zone of ZONES) {
  const z = IANAZone.create(zone);
  for (const year of [1995, 2011, 2024, 2037]) {
    for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * HOUR_MS) {
      if (z.offset(day) === z.offset(day + 24 * HOUR_MS)) continue;
      for (let t = day; t < day + 24 * HOUR_MS; t += HOUR_MS) {
        if (z.offset(t) !== z.offset(t + HOUR_MS)) TRANSITIONS.push([zone, t + z.offset(t) * MINUTE_MS]);
      }
    }
  }
}

/** A wall-clock time: within three hours of a transition of its zone mostly, else any time of a day of DATES. */
const zonedWallClock = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -180, max: 180 })).map(([[zone, wall], m]) => [zone, Math.floor(wall / MINUTE_MS + m) * MINUTE_MS] as const) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ZONES), fc.constantFrom(...DATES), fc.integer({ min: 0, max: 24 * 60 - 1 })).map(([zone, date, m]) => [zone, Date.parse(`${date}T00:00Z`) + m * MINUTE_MS] as const) },
);

describe('fuzz: local times in DST gaps and overlaps', () => {
  it('resolve as documented: the earlier instant when repeated, moved forward by the gap when skipped', () => {
    fc.assert(
      fc.property(
        zonedWallClock,
        ([zone, wallMs]) => {
          const text = new Date(wallMs).toISOString().slice(0, 16);
          const date = text.slice(0, 10);
          const minute = (wallMs / MINUTE_MS) % (24 * 60);
          const got = parseInstant(text, zone);
          const { ms: want, kind } = expectedInstant(wallMs, zone);
          assert.equal(got, want, `${text} in ${zone}: ${new Date(got!).toISOString()}, expected ${new Date(want).toISOString()}`);
          const local = DateTime.fromObject({ year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10), hour: Math.floor(minute / 60), minute: minute % 60 }, { zone });
          // In a gap, luxon's DateTime moves forward just the same. (Elsewhere its one-guess reading of a
          // local time can be an hour off next to a transition: 2011-09-24T04:00 in Apia, for one.)
          if (kind === 'skipped') assert.equal(local.toMillis(), want, `luxon reads ${text} in ${zone} as ${local.toISO()}`);
          // And a session starting then starts there, on the day of its instant.
          const result = normalizeFeed({ version: 1, event: { name: 'DST', timeZone: zone }, sessions: [{ id: 's', title: 'S', start: text, duration: 'PT30M' }] });
          const session = result.schedule.sessions[0]!;
          assert.equal(session.startMs, want);
          assert.equal(session.endMs, want + 30 * MINUTE_MS);
          assert.equal(session.day, DateTime.fromMillis(want, { zone }).toISODate());
          counted('DST: local times (and a one-session feed each)');
          counted(`DST: … of which ${kind === 'once' ? 'exist once' : kind === 'repeated' ? 'are in an overlap' : 'are in a gap'} (not added to the total)`);
        },
      ),
      { numRuns: runs(4000) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Adapters and the .ics writer
// ---------------------------------------------------------------------------------------------

const NAMES = ['Hall', 'Saal 1', '__proto__', 'constructor', 'prototype', 'toString', 'Ünï ☃', ' ', ''];
const someText = fc.oneof(fc.constantFrom(...NAMES, 'x'.repeat(5000), '<b>bold</b>', '**md**', '\u202e'), fc.string({ maxLength: 10 }));
const localClock = fc.tuple(fc.constantFrom(...DATES), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30, 45)).map(([d, h, m]) => [d, `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`] as const);
const adapterOptions = fc.record({ eventTimeZone: fc.constantFrom(...ZONES, ...BAD_ZONES), eventName: someText }, { requiredKeys: [] });

const pretalxTalk = fc
  .record({
    id: fc.oneof(fc.nat(9), fc.constantFrom(...IDS)),
    guid: fc.constantFrom('0e6a5c44-0000-4000-8000-000000000001', '0e6a5c44-0000-4000-8000-000000000002', 'x'),
    when: fc.tuple(localClock, fc.constantFrom('+01:00', 'Z', '-05:00', '')),
    duration: fc.constantFrom('00:30', '01:00', '0:05', '25:00', '00:00', 'xx', '1:2:3'),
    room: fc.constantFrom(...NAMES),
    slug: fc.constantFrom('AAA1', 'AAA2'),
    title: someText,
    subtitle: someText,
    track: fc.constantFrom('Main', '__proto__', 'Side'),
    type: fc.constantFrom('Talk', 'Workshop'),
    abstract: someText,
    description: someText,
    url: fc.constantFrom('https://example.org/t', 'javascript:alert(1)', 'rel'),
    persons: fc.array(fc.record({ code: fc.constantFrom(...IDS), guid: fc.constantFrom('g1', 'g2'), public_name: someText, biography: someText, avatar: fc.constantFrom('https://example.org/a.png', 'data:text/html,x', '/a.png') }, { requiredKeys: [] }), { maxLength: 3 }),
    links: fc.array(fc.record({ url: fc.constantFrom('https://example.org/x', 'javascript:x'), title: someText }), { maxLength: 2 }),
    attachments: fc.array(fc.record({ url: fc.constantFrom('https://example.org/s.pdf', 'ftp://x'), title: someText }), { maxLength: 1 }),
  }, { requiredKeys: ['title', 'when', 'room'] })
  .map(({ when: [[date, clock], offset], ...talk }) => ({ ...talk, date: `${date}T${clock}:00${offset}`, start: clock }));

const pretalxDoc = fc
  .record({
    zone: fc.constantFrom(...ZONES, ...BAD_ZONES, undefined),
    title: someText,
    days: fc.array(fc.tuple(fc.constantFrom(...DATES), fc.array(pretalxTalk, { maxLength: 5 })), { minLength: 1, maxLength: 3 }),
    rooms: fc.array(fc.record({ name: fc.constantFrom(...NAMES), guid: fc.constantFrom('r1', 'r2'), capacity: fc.oneof(fc.nat(300), fc.constant(-1)) }, { requiredKeys: [] }), { maxLength: 3 }),
  })
  .map(({ zone, title, days, rooms }) => ({
    schedule: {
      version: 'fuzz',
      base_url: 'https://pretalx.example.org/fuzz/',
      conference: {
        acronym: 'fuzz',
        title,
        start: days[0]![0],
        end: days[days.length - 1]![0],
        time_zone_name: zone,
        rooms,
        days: days.map(([date, talks], i) => {
          const byRoom: Record<string, unknown[]> = {};
          for (const talk of talks) (Object.hasOwn(byRoom, talk.room) ? byRoom[talk.room]! : (Object.defineProperty(byRoom, talk.room, { value: [], enumerable: true, writable: true, configurable: true }), byRoom[talk.room]!)).push(talk);
          return { index: i + 1, date, day_start: `${date}T04:00:00+01:00`, rooms: byRoom };
        }),
      },
    },
  }));

const sessionizeDoc = fc
  .record({
    sessions: fc.array(
      fc.record({
        id: fc.oneof(fc.nat(9).map(String), fc.constantFrom(...IDS)),
        title: someText,
        description: someText,
        start: localClock,
        minutes: fc.constantFrom(0, 30, 90, -30),
        isServiceSession: fc.boolean(),
        isPlenumSession: fc.boolean(),
        speakers: fc.array(fc.constantFrom('s-1', 's-2', '__proto__'), { maxLength: 2 }),
        categoryItems: fc.array(fc.constantFrom(1, 2, 3, 99), { maxLength: 2 }),
        roomId: fc.constantFrom(1, 2, 99, '1'),
        liveUrl: fc.constantFrom(null, 'https://example.org/live', 'javascript:x'),
        questionAnswers: fc.array(fc.record({ questionId: fc.constantFrom(1, 2), answerValue: fc.constantFrom('https://example.org/v', 'text') }), { maxLength: 2 }),
      }),
      { maxLength: 6 },
    ),
    speakers: fc.array(fc.record({ id: fc.constantFrom('s-1', 's-2', '__proto__', 'constructor'), fullName: someText, firstName: someText, lastName: someText, bio: someText, tagLine: someText, profilePicture: fc.constantFrom(null, 'https://example.org/p.png'), links: fc.array(fc.record({ title: someText, url: fc.constantFrom('https://example.org', 'x:y'), linkType: fc.constantFrom('Twitter', 'Blog') }), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 3 }),
    rooms: fc.array(fc.record({ id: fc.constantFrom(1, 2, '__proto__'), name: someText, sort: fc.nat(3) }, { requiredKeys: [] }), { maxLength: 3 }),
    categories: fc.array(fc.record({ id: fc.nat(3), title: fc.constantFrom('Track', 'Format', 'Level', '__proto__'), items: fc.array(fc.record({ id: fc.constantFrom(1, 2, 3), name: someText }), { maxLength: 3 }) }), { maxLength: 3 }),
    questions: fc.array(fc.record({ id: fc.constantFrom(1, 2), question: someText, questionType: fc.constantFrom('Url', 'Text') }), { maxLength: 2 }),
  })
  .map(({ sessions, ...rest }) => ({
    ...rest,
    sessions: sessions.map(({ start: [date, clock], minutes, ...s }) => {
      const startsAt = `${date}T${clock}:00`;
      const end = new Date(Date.parse(`${startsAt}Z`) + minutes * MINUTE_MS).toISOString().slice(0, 19);
      return { ...s, startsAt, endsAt: end, status: 'Accepted' };
    }),
  }));

const schedDoc = fc.array(
  fc
    .record({
      event_key: fc.constantFrom('k1', 'k2', '__proto__'),
      id: fc.constantFrom('h1', 'h2', 'constructor'),
      name: someText,
      active: fc.constantFrom('Y', 'N'),
      start: localClock,
      minutes: fc.constantFrom(0, 30, 90, -30),
      event_type: someText,
      venue: fc.constantFrom(...NAMES),
      venue_id: fc.constantFrom('1', '2'),
      description: someText,
      ts: fc.boolean(),
      speakers: fc.array(fc.record({ username: fc.constantFrom('cy', '__proto__', 'constructor'), name: someText, company: someText }, { requiredKeys: [] }), { maxLength: 2 }),
      moderators: fc.array(fc.record({ username: fc.constantFrom('cy', 'di'), name: someText }), { maxLength: 1 }),
    }, { requiredKeys: ['event_key', 'start', 'minutes', 'ts'] })
    .map(({ start: [date, clock], minutes, ts, ...s }) => {
      const startMs = Date.parse(`${date}T${clock}:00Z`);
      const end = new Date(startMs + minutes * MINUTE_MS).toISOString();
      return { ...s, event_start: `${date} ${clock}`, event_end: `${end.slice(0, 10)} ${end.slice(11, 16)}`, ...(ts ? { start_time_ts: startMs / 1000 - 3600 } : {}) };
    }),
  { minLength: 1, maxLength: 6 },
);

/** iCalendar text: events with UTC, floating, TZID and all-day times, recurrences, durations, folding, and broken lines. */
const icalText = fc
  .record({
    calName: fc.option(someText),
    zone: fc.option(fc.constantFrom(...ZONES, ...BAD_ZONES)),
    events: fc.array(
      fc.record({
        uid: fc.constantFrom('a@x', 'b@x', '__proto__'),
        start: localClock,
        form: fc.constantFrom('utc', 'floating', 'tzid', 'date', 'bad'),
        length: fc.constantFrom('DTEND', 'DURATION:PT45M', 'DURATION:P1D', 'DURATION:-PT5M', ''),
        rrule: fc.constantFrom('', 'RRULE:FREQ=DAILY;COUNT=3', 'RRULE:FREQ=MINUTELY;COUNT=20', 'RRULE:FREQ=WEEKLY;UNTIL=20240601T000000Z', 'RRULE:garbage'),
        summary: someText,
        extra: fc.array(fc.constantFrom('LOCATION:Hall', 'CATEGORIES:a,b,__proto__', 'URL:javascript:x', 'URL:https://example.org', 'DESCRIPTION:line\\nnext', 'STATUS:CANCELLED', 'ORGANIZER;CN=Ada:mailto:a@x', 'ATTENDEE;CN=Bo:mailto:b@x', 'RECURRENCE-ID:20240331T020000Z', 'X-ALT-DESC;FMTTYPE=text/html:<b>x</b>', 'EXDATE:20240401T020000Z'), { maxLength: 3 }),
      }),
      { maxLength: 4 },
    ),
    garble: fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'cut', 'fold')), { maxLength: 3 }),
  })
  .map(({ calName, zone, events, garble }) => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN'];
    if (calName !== null) lines.push(`X-WR-CALNAME:${calName.replace(/[\r\n]/g, ' ')}`);
    if (zone !== null) lines.push(`X-WR-TIMEZONE:${zone}`);
    for (const e of events) {
      const [date, clock] = e.start;
      const compact = `${date.replaceAll('-', '')}T${clock.replace(':', '')}00`;
      const start = { utc: `DTSTART:${compact}Z`, floating: `DTSTART:${compact}`, tzid: `DTSTART;TZID=${zone ?? 'Europe/Berlin'}:${compact}`, date: `DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`, bad: `DTSTART:${date}` }[e.form];
      lines.push('BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20240101T000000Z', start, `SUMMARY:${e.summary.replace(/[\r\n]/g, ' ')}`);
      if (e.length === 'DTEND') lines.push(start.replace('DTSTART', 'DTEND').replace(/T(\d\d)/, (_, h: string) => `T${String((+h + 1) % 24).padStart(2, '0')}`));
      else if (e.length) lines.push(e.length);
      if (e.rrule) lines.push(e.rrule);
      lines.push(...e.extra, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    for (const [at, how] of garble) {
      const i = at % lines.length;
      if (how === 'drop') lines.splice(i, 1);
      else if (how === 'dup') lines.splice(i, 0, lines[i]!);
      else if (how === 'cut') lines[i] = lines[i]!.slice(0, Math.floor(lines[i]!.length / 2));
      else lines[i] = `${lines[i]!.slice(0, 3)}\r\n ${lines[i]!.slice(3)}`;
    }
    return lines.join('\r\n');
  });

/** What must hold of any adapter result; the feed it makes (if any) normalized and written as .ics. */
function checkAdapter(name: string, source: unknown, result: ReturnType<typeof fromPretalx>): void {
  assertNotPolluted();
  for (const d of result.diagnostics) assert.doesNotMatch(d.message, INTERNAL, `${name} threw inside: ${d.message}`);
  if (typeof source !== 'string') assertPaths(source, result.diagnostics.filter((d) => !d.path.startsWith('$speakers')), name);
  if (result.feed === undefined) {
    assert.equal(result.diagnostics.filter((d) => d.severity === 'fatal').length, 1, `${name}: no feed, and not one fatal diagnostic`);
    return;
  }
  assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'fatal'), [], `${name}: a feed and a fatal diagnostic`);
  const normalized = normalizeFeed(result.feed);
  checkResult(result.feed, normalized, { rootIsFeed: true });
  assertNotPolluted();
  checkCalendar(normalized);
  counted(`adapters: ${name} (converted, normalized, written as .ics)`);
}

describe('fuzz: adapters', () => {
  /** `source` picks what the diagnostic paths point into (the sessions of a Sched pair). */
  const property = <T>(name: string, arb: fc.Arbitrary<T>, convert: (doc: unknown, options: Record<string, unknown>) => ReturnType<typeof fromPretalx>, numRuns: number, source = (doc: unknown): unknown => doc): void => {
    it(`${name}: never throws or pollutes, reports at paths in the source, makes feeds that normalize`, () => {
      fc.assert(
        fc.property(arb, fc.array(mutations, { minLength: 3, maxLength: 3 }), adapterOptions, (base, variants, options) => {
          for (const list of [[], ...variants] as [number, number, unknown][][]) {
            const doc = typeof base === 'string' ? base : applyMutations(base, list);
            checkAdapter(name, source(doc), convert(doc, options));
            if (typeof base === 'string') break;
            const converted = convertFeed(source(doc), options);
            assertNotPolluted();
            for (const d of converted.diagnostics) assert.doesNotMatch(d.message, INTERNAL);
          }
        }),
        { numRuns: runs(numRuns) },
      );
    });
  };
  property('pretalx/frab', pretalxDoc, (doc, options) => fromPretalx(doc, options), 1500);
  property('Sessionize', sessionizeDoc, (doc, options) => fromSessionize(doc, options), 1500);
  property('Sched', schedDoc, (doc, options) => fromSched(doc, options), 1500);
  const schedSpeakers = fc.array(fc.record({ username: fc.constantFrom('cy', '__proto__', 'constructor'), name: someText, avatar: fc.constantFrom('https://example.org/a.png', 'javascript:x'), socialurls: fc.array(fc.record({ service: someText, url: fc.constantFrom('https://x.org', 'x') }), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 3 });
  // The pair is mutated as one document: [sessions, speakers]; paths point into the sessions.
  const pair = (doc: unknown): [unknown, unknown] => (Array.isArray(doc) ? [doc[0], doc[1]] : [doc, undefined]);
  property('Sched with a speakers export', fc.tuple(schedDoc, schedSpeakers), (doc, options) => fromSched(pair(doc)[0], { ...options, speakers: pair(doc)[1] }), 500, (doc) => pair(doc)[0]);
  property('iCalendar', icalText, (doc, options) => fromICalendar(doc as string, options), 1000);
});

// ---------------------------------------------------------------------------------------------
// Scaling: normalizing N sessions takes time linear in N, whatever their shape
// ---------------------------------------------------------------------------------------------

/** Adversarial feeds of `n` sessions. */
const SHAPES: Record<string, (n: number) => Json> = {
  'one id repeated': (n) => feedOf(n, () => ({ id: 'same', title: 'T', start: '2024-03-31T02:30', duration: 'PT1H' })),
  'all at one start, one room, one person': (n) => ({
    ...feedOf(n, (i) => ({ id: `s${i}`, title: 'T', start: '2024-10-27T02:30', end: '2024-10-27T02:45', roomId: 'r', people: [{ id: 'p' }] })),
    rooms: [{ id: 'r', name: 'R' }],
    people: [{ id: 'p', name: 'P' }],
  }),
  'deep overlaps': (n) => feedOf(n, (i) => ({ id: `s${i}`, title: 'T', start: `2024-03-31T${String(i % 24).padStart(2, '0')}:00`, duration: `PT${n - i}M` })),
  'many people each': (n) => ({
    ...feedOf(n, (i) => ({ id: `s${i}`, title: 'T', start: '2024-03-10T01:00', duration: 'PT30M', people: Array.from({ length: 20 }, (_, k) => ({ id: `p${(i + k) % 200}`, role: k % 2 ? 'moderator' : undefined })), agenda: [{ title: 'A', duration: 'PT30M', peopleIds: ['p1', 'p2', 'nobody'] }] })),
    people: Array.from({ length: 200 }, (_, k) => ({ id: `p${k}`, name: `P${k}` })),
  }),
  'broken everywhere': (n) => feedOf(n, (i) => ({ id: i % 3 ? `s${i % 50}` : 7, title: '', start: '2024-13-01T00:00', end: 5, people: [{ id: 'x' }, 3, null], links: [{ url: 'javascript:x' }], agenda: [{ duration: 'P1M' }] })),
};

function feedOf(n: number, session: (i: number) => Json): Json {
  return { version: 1, event: { name: 'Scale', timeZone: 'Europe/Berlin' }, sessions: Array.from({ length: n }, (_, i) => session(i)) };
}

/** The garbage collector, where Node exposes it (`npm test` runs with `--expose-gc`). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * The best of `tries` timings of normalizing `feed` (and reading the lazy indexes), in ms. Each try
 * starts with the garbage of the one before collected, where it can be: 8,000 broken sessions leave
 * tens of thousands of issues behind, and collecting them inside the next timed try measured the
 * collector (a 29.5× growth on a loaded CI machine, where the normalizing itself grows about 8×).
 */
function bestTime(feed: Json, tries: number): number {
  let best = Infinity;
  for (let t = 0; t < tries; t++) {
    collectGarbage?.();
    const from = performance.now();
    const { schedule } = normalizeFeed(feed);
    void schedule.byPerson.size;
    void schedule.byRoom.size;
    void schedule.slotsByDay.size;
    best = Math.min(best, performance.now() - from);
  }
  return best;
}

/** Plain feeds of `n` good sessions: the baseline whose growth the machine itself gives (caches, garbage collection). */
const plainFeed = (n: number): Json => feedOf(n, (i) => ({ id: `s${i}`, title: 'T', start: '2024-03-31T09:00', duration: 'PT1H' }));

describe('fuzz: scaling', () => {
  const N = Number(process.env.FUZZ_SCALE_N ?? 1000);
  // On a loaded 2-core machine even plain feeds grow faster than 8× from N to 8N (the large one no
  // longer fits the caches, and collects more garbage): the bound is 3× the larger of 8 and that growth.
  const growth = (small: Json, large: Json): number => {
    bestTime(small, 3); // warm up
    return bestTime(large, 5) / bestTime(small, 7);
  };
  let baseline = 8;
  it(`plain feeds: the growth from ${N} to ${8 * N} sessions`, () => {
    baseline = Math.max(8, growth(plainFeed(N), plainFeed(8 * N)));
    counted(`scaling: adversarial feeds of ${N} and ${8 * N} sessions`, 2 + 7 + 5);
  });
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: ${8 * N} sessions take at most 3 × the time that linear growth from ${N} gives`, () => {
      const ratio = growth(make(N), make(8 * N));
      counted(`scaling: adversarial feeds of ${N} and ${8 * N} sessions`, 2 + 7 + 5);
      assert.ok(ratio < 3 * baseline, `8× the sessions took ${ratio.toFixed(1)}× the time; plain feeds ${baseline.toFixed(1)}× (linear: 8, quadratic: 64)`);
    });
  }
});
