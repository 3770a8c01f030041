/**
 * Checking and building the sessions of a feed, one entry at a time.
 *
 * validate.ts has checked the shapes of the top level, rooms, tracks and people; this module does
 * what needs the event's time zone and the other lists: it parses instants and durations, resolves
 * room, track and person references, lays out agendas and drops repeated ids. Each session is
 * shape-checked right before it is built (validate.ts `checkFeed`), without a copy: the model
 * copies what it keeps (and only that), so nothing of the caller's objects is kept or frozen.
 * Together with building path and label strings only for diagnostics, that keeps the whole at
 * about twice the cost of JSON.parse (bench/data.bench.ts).
 *
 * {@link startBuild} reads a feed into a {@link FeedBuild}, which holds its sessions while they are
 * built: normalize.ts builds them all in feed order, stepped-build.ts the days on screen first.
 * Either way each entry's diagnostics are kept apart and put back in feed order, so the result is
 * the same. Nothing here throws on data: {@link guarded} turns what a build throws into a fatal
 * diagnostic and an empty model.
 */
import type {
  AgendaItem,
  Diagnostic,
  EventInfo,
  FeedAgendaItem,
  FeedEvent,
  FeedPerson,
  FeedSession,
  FeedText,
  NormalizeResult,
  Person,
  Room,
  Schedule,
  Session,
  SessionPerson,
  Track,
} from './model.js';
import { assemble, dayChangeMinutes, programme, sessionDay, type Lookups } from './indexes.js';
import { AgendaRecord, EMPTY_SCHEDULE, freeze, NONE, SessionRecord } from './records.js';
import { plainText, translations } from './text-maps.js';
import { isoDateTime, wallClockToInstant, zoneOffset } from './time.js';
import { parseDuration, parseInstant } from './time-text.js';
import { brief } from './shape.js';
import { checkFeed, entryLabel, feedIndex, type FeedCheck, type FeedHead, type Indexed } from './validate.js';

const MINUTE_MS = 60_000;
const DEFAULT_ROLE = 'speaker';

/** Collects diagnostics and knows the event zone while one feed is normalized. */
export interface Context {
  readonly zone: string;
  readonly diagnostics: Diagnostic[];
  /** The event's day change in minutes after midnight (see `EventInfo.dayChange`): sessions before it are on the day before. */
  readonly dayChange?: number;
  /** The event's `defaultLanguage`: texts in several languages put it first. */
  readonly lang?: string;
}

/** A problem whose item is kept without the bad part. */
function warn(ctx: Context, path: string, message: string): void {
  ctx.diagnostics.push({ path, message, severity: 'warning' });
}

/** A problem that skips its item. */
function fail(ctx: Context, path: string, message: string): void {
  ctx.diagnostics.push({ path, message, severity: 'error' });
}

/** The error of an entry of `list` whose id an earlier entry has: it is skipped. */
function repeatedId(ctx: Context, list: string, noun: string, id: string, index: number, first: number): void {
  fail(ctx, `$.${list}[${index}].id`, `${noun} "${id}": id is already used by ${list}[${first}]; this one is skipped.`);
}

/** The first entry of each id; later ones are skipped with an error naming the first. */
function uniqueById<T extends { id: string }, R>(
  ctx: Context,
  entries: readonly Indexed<T>[],
  list: string,
  noun: string,
  build: (value: T) => R,
): Map<string, R> {
  const byId = new Map<string, R>();
  const firstIndex = new Map<string, number>();
  for (const { index, value } of entries) {
    const first = firstIndex.get(value.id);
    if (first !== undefined) {
      repeatedId(ctx, list, noun, value.id, index, first);
      continue;
    }
    firstIndex.set(value.id, index);
    byId.set(value.id, build(value));
  }
  return byId;
}

/**
 * A frozen copy of the `keys` of a checked entry that are present. The entries come from the feed
 * itself (validate.ts `checkFeed` with `copy: false`), so the model keeps copies, never them.
 */
function known<T extends object>(entry: T, keys: readonly (keyof T)[]): T {
  const copy = {} as T;
  for (const key of keys) if (entry[key] !== undefined) copy[key] = entry[key];
  return freeze(copy);
}

const ROOM_KEYS: readonly (keyof Room)[] = ['id', 'name', 'location', 'capacity'];
const TRACK_KEYS: readonly (keyof Track)[] = ['id', 'name', 'color'];
const ROOM_TEXTS = ['name', 'location'] as const;
const TRACK_TEXTS = ['name'] as const;
const PERSON_TEXTS = ['jobTitle', 'organization', 'bio'] as const;
const SESSION_TEXTS = ['title', 'description'] as const;
const AGENDA_TEXTS = ['title'] as const;

/**
 * {@link known} for a room or track whose `texts` may be given in several languages: each plain
 * field holds the default language's text, and `i18n` every version.
 */
function withTexts<T extends Room | Track>(entry: object, keys: readonly (keyof T)[], texts: readonly string[], lang?: string): T {
  const fields = entry as Record<string, FeedText | undefined>;
  const i18n = translations(fields, texts, lang);
  if (i18n === undefined) return known(entry as T, keys);
  const copy: Record<string, unknown> = { ...fields, i18n };
  for (const field of texts) copy[field] = plainText(fields[field], i18n[field]);
  return known(copy as T, [...keys, 'i18n' as keyof T]);
}
const ATTENDANCE_KEYS: readonly (keyof NonNullable<Session['attendees']>)[] = ['count', 'capacity', 'url'];

/** A session's link, `other` when the feed gives no kind. */
function buildLink(link: NonNullable<FeedSession['links']>[number]): Session['links'][number] {
  const kind = link.kind ?? 'other';
  return freeze(link.label === undefined ? { kind, url: link.url } : { kind, url: link.url, label: link.label });
}

function buildPerson(p: FeedPerson, lang?: string): Person {
  const i18n = translations(p, PERSON_TEXTS, lang);
  const bio = plainText(p.bio, i18n?.bio);
  return freeze({
    id: p.id,
    name: p.name,
    jobTitle: plainText(p.jobTitle, i18n?.jobTitle),
    organization: plainText(p.organization, i18n?.organization),
    bio: bio === undefined ? undefined : freeze({ format: p.bioFormat ?? 'text', source: bio }),
    avatar: p.avatar,
    links: p.links ? freeze(p.links.map((link) => freeze({ label: link.label, url: link.url }))) : NONE,
    i18n,
  });
}

/** The rooms, tracks and people of the feed by id, each id's first entry (later ones are skipped with an error). */
function buildLookups(ctx: Context, head: FeedHead): Lookups {
  const { lang } = ctx;
  return {
    roomsById: uniqueById(ctx, head.rooms, 'rooms', 'Room', (r) => withTexts<Room>(r, ROOM_KEYS, ROOM_TEXTS, lang)),
    tracksById: uniqueById(ctx, head.tracks, 'tracks', 'Track', (t) => withTexts<Track>(t, TRACK_KEYS, TRACK_TEXTS, lang)),
    peopleById: uniqueById(ctx, head.people, 'people', 'Person', (p) => buildPerson(p, lang)),
  };
}

/**
 * One session while it is normalized. Its path and label are built only when a diagnostic needs
 * them: for a clean feed of 10k sessions those strings would be most of the garbage.
 */
export class SessionScope {
  constructor(
    readonly ctx: Context,
    readonly lookups: Lookups,
    readonly index: number,
    readonly feed: FeedSession,
  ) {}

  /** `$.sessions[3]` + `suffix`. */
  path(suffix = ''): string {
    return `$.sessions[${this.index}]${suffix}`;
  }

  /** `Session "ws196": ` + `message`. */
  say(message: string): string {
    return `${entryLabel('Session', this.feed, this.index)}: ${message}`;
  }

  /** A warning (the detail is dropped, the session kept) at `$.sessions[i]` + `suffix`. */
  warn(suffix: string, message: string): void {
    warn(this.ctx, this.path(suffix), this.say(message));
  }

  /**
   * The entry of `byId` that `id` names; else undefined, with a warning at `suffix`, or at the path
   * that `suffix` builds from the entry and the indexes `i` and `j` (built only then: no closure per reference).
   */
  find<T>(
    byId: ReadonlyMap<string, T>,
    id: string,
    what: string,
    list: string,
    suffix: string | ((feed: FeedSession, i: number, j: number) => string),
    i = 0,
    j = 0,
  ): T | undefined {
    const found = byId.get(id);
    if (found === undefined) {
      this.warn(typeof suffix === 'string' ? suffix : suffix(this.feed, i, j), `${what} "${id}" is not in the feed's ${list}; the reference is dropped.`);
    }
    return found;
  }

  /** An error (the session or agenda item is skipped) at `$.sessions[i]` + `suffix`. */
  fail(suffix: string, message: string): void {
    fail(this.ctx, this.path(suffix), this.say(message));
  }
}

// Lists may have lost bad elements to pruning: paths give the index in the feed (validate.ts `feedIndex`).
const personPath = (s: FeedSession, k: number): string => `.people[${feedIndex(s, 'people', k)}].id`;
const agendaPath = (s: FeedSession, j: number): string => `.agenda[${feedIndex(s, 'agenda', j)}]`;
const agendaPersonPath = (s: FeedSession, j: number, m: number): string => {
  const item = feedIndex(s, 'agenda', j);
  return `.agenda[${item}].peopleIds[${feedIndex(s, `agenda.${item}.peopleIds`, m)}]`;
};

/** The agenda laid out from the session start, each item where the previous one ended. Bad durations skip the item. */
function layOutAgenda(scope: SessionScope, agenda: readonly FeedAgendaItem[], startMs: number, endMs: number): readonly AgendaItem[] {
  const items: AgendaItem[] = [];
  let cursor = startMs;
  agenda.forEach((item, j) => {
    const length = parseDuration(item.duration, cursor);
    if (length === undefined) {
      scope.fail(`${agendaPath(scope.feed, j)}.duration`, `agenda item ${brief(item.title)} has duration ${brief(item.duration)}, which is not an ISO 8601 duration such as "PT5M"; the item is skipped.`);
      return;
    }
    const people: Person[] = [];
    const ids = item.peopleIds ?? NONE;
    for (let m = 0; m < ids.length; m++) {
      const person = scope.find(scope.lookups.peopleById, ids[m]!, 'agenda person', 'people', agendaPersonPath, j, m);
      if (person) people.push(person);
    }
    const i18n = translations(item, AGENDA_TEXTS, scope.ctx.lang);
    const title = plainText(item.title, i18n?.title);
    items.push(new AgendaRecord(cursor, cursor + length, scope.ctx.zone, title, people.length > 0 ? freeze(people) : NONE, i18n));
    cursor += length;
  });
  if (items.length > 0 && cursor !== endMs) {
    scope.warn('.agenda', `the agenda adds up to ${(cursor - startMs) / MINUTE_MS} min, but the session lasts ${(endMs - startMs) / MINUTE_MS} min.`);
  }
  return freeze(items);
}

/**
 * The end of a session in ms: `end` wins over `duration`. One that cannot be read is left out with
 * a warning; with neither, the session is a zero-length item at its start, with a warning.
 * Undefined (an end before the start) skips the session.
 */
export function sessionEnd(scope: SessionScope, startMs: number): number | undefined {
  const s = scope.feed;
  const zone = scope.ctx.zone;
  const endMs = s.end === undefined ? undefined : parseInstant(s.end, zone);
  const length = s.duration === undefined ? undefined : parseDuration(s.duration, startMs);
  const zeroLength = 'the session is shown as a zero-length item at its start';
  if (s.end !== undefined && endMs === undefined) {
    scope.warn('.end', `end ${brief(s.end)} is not an ISO 8601 date-time; ${length === undefined ? zeroLength : 'it is ignored, the duration is used'}.`);
  }
  if (s.duration !== undefined && length === undefined) {
    const instead = endMs !== undefined ? 'it is ignored, end wins' : s.end === undefined ? zeroLength : 'it is ignored';
    scope.warn('.duration', `duration ${brief(s.duration)} is not an ISO 8601 duration such as "PT90M"; ${instead}.`);
  }
  if (endMs !== undefined) {
    if (endMs >= startMs) return endMs;
    scope.fail('.end', `end ${brief(s.end)} is before start ${brief(s.start)}${skipped(s.start, startMs, zone)}; the session is skipped.`);
    return undefined;
  }
  // An all-day session's days are the calendar's: "P1D" over a change of clocks ends at the next midnight, not an hour off it.
  if (length !== undefined) return s.allDay ? wallClockToInstant(startMs + zoneOffset(zone, startMs) * MINUTE_MS + length, zone) : startMs + length;
  if (s.end === undefined && s.duration === undefined) scope.warn('.end', 'has neither end nor duration; it is shown as a zero-length item at its start.');
  return startMs;
}

/**
 * What an error says of a local start time the clocks skip in `zone` (02:30 on the night they go
 * forward, read as 03:30), which may land it after its end; nothing for any other start.
 */
function skipped(start: string, startMs: number, zone: string): string {
  const written = /T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?$/.exec(start)?.[1];
  const read = isoDateTime(startMs, zone).slice(11, 16);
  return written === undefined || written === read ? '' : `, a time the clocks skip in ${zone} (read as ${read})`;
}

/** The start of a session in ms; undefined (with an error) skips the session. */
export function sessionStart(scope: SessionScope): number | undefined {
  const { start } = scope.feed;
  const startMs = parseInstant(start, scope.ctx.zone);
  if (startMs === undefined) scope.fail('.start', `start ${brief(start)} is not an ISO 8601 date-time; the session is skipped.`);
  return startMs;
}

/** One session of the model, or undefined (with an error) when it cannot be placed in time. */
function buildSession(ctx: Context, lookups: Lookups, index: number, s: FeedSession): Session | undefined {
  const scope = new SessionScope(ctx, lookups, index, s);
  const startMs = sessionStart(scope);
  if (startMs === undefined) return undefined;
  const endMs = sessionEnd(scope, startMs);
  if (endMs === undefined) return undefined;
  const people: SessionPerson[] = [];
  const refs = s.people ?? NONE;
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k]!;
    const person = scope.find(lookups.peopleById, ref.id, 'person', 'people', personPath, k);
    if (person) people.push(freeze({ person, role: ref.role ?? DEFAULT_ROLE }));
  }
  const i18n = translations(s, SESSION_TEXTS, ctx.lang);
  const description = plainText(s.description, i18n?.description);
  return new SessionRecord(startMs, endMs, ctx.zone, {
    id: s.id,
    code: s.code,
    title: plainText(s.title, i18n?.title),
    minutes: (endMs - startMs) / MINUTE_MS,
    day: sessionDay(startMs, ctx.zone, s.allDay, ctx.dayChange),
    room: s.roomId === undefined ? undefined : scope.find(lookups.roomsById, s.roomId, 'roomId', 'rooms', '.roomId'),
    track: s.trackId === undefined ? undefined : scope.find(lookups.tracksById, s.trackId, 'trackId', 'tracks', '.trackId'),
    type: s.type,
    description: description === undefined ? undefined : freeze({ format: s.descriptionFormat ?? 'text', source: description }),
    people: freeze(people),
    agenda: s.agenda ? layOutAgenda(scope, s.agenda, startMs, endMs) : NONE,
    attendees: s.attendees && known(s.attendees, ATTENDANCE_KEYS),
    links: s.links ? freeze(s.links.map(buildLink)) : NONE,
    tags: s.tags ? freeze(s.tags.slice()) : NONE,
    allDay: s.allDay === true,
    languages: s.languages ? freeze(s.languages.slice()) : NONE,
    doNotRecord: s.doNotRecord === true,
    index,
    i18n,
  });
}

/**
 * The sessions of a checked feed while they are built, and the model they make. Entries are built
 * one at a time, in whatever order the caller chooses ({@link build}, or {@link buildNow} for an
 * entry whose id is not known yet); each one's diagnostics are kept apart, and {@link result} puts
 * them back in feed order, so it is the same whatever was built first.
 */
export class FeedBuild {
  /** The event's zone. */
  readonly zone: string;
  /** The event's day change in minutes after midnight (see `EventInfo.dayChange`). */
  readonly dayChange: number | undefined;
  /** The rooms, tracks and people that sessions point into. */
  readonly lookups: Lookups;
  /** The session entries as the feed has them (unchecked). */
  readonly entries: readonly unknown[];
  /** Per entry: its session, null when it is skipped, undefined until it is built. */
  readonly built: (Session | null | undefined)[];
  /** Per entry kept: its day. */
  readonly dayOf: (string | undefined)[];
  /** The entry kept for each session id. */
  readonly kept = new Map<string, number>();
  /** The days of the programme, once {@link close} has found them. */
  days: readonly string[] = [];
  /** The event as the model shows it, set by {@link close} (which every build calls before it is read). */
  event!: EventInfo;
  /** The event as the feed has it. */
  readonly #feedEvent: FeedEvent;
  readonly #check: (index: number, diagnostics: Diagnostic[]) => FeedSession | undefined;
  /** The diagnostics of the top level, rooms, tracks and people, then of the session list itself. */
  readonly #head: readonly Diagnostic[];
  /** The diagnostics found after the sessions: event dates, the span of days. */
  readonly #tail: Diagnostic[] = [];
  /** Where a session's own diagnostics collect while it is built. */
  readonly #scratch: Diagnostic[] = [];
  readonly #ctx: Context;
  /** The diagnostics of each entry that has some. */
  readonly #found = new Map<number, Diagnostic[]>();

  constructor(head: FeedHead, check: FeedCheck) {
    const { diagnostics } = check;
    this.zone = head.event.timeZone;
    this.dayChange = dayChangeMinutes(head.event);
    const lang = head.event.defaultLanguage;
    this.lookups = buildLookups({ zone: this.zone, diagnostics, lang }, head);
    const { entries, check: checkSession } = check.sessions();
    this.entries = entries;
    this.#feedEvent = head.event;
    this.#check = checkSession;
    this.#head = diagnostics;
    this.#ctx = { zone: this.zone, diagnostics: this.#scratch, lang, dayChange: this.dayChange };
    this.built = new Array<Session | null | undefined>(entries.length);
    this.dayOf = new Array<string | undefined>(entries.length);
  }

  /** Every entry built in feed order, then the finished result. */
  inOrder(): NormalizeResult {
    for (let index = 0; index < this.entries.length; index++) this.buildNow(index);
    this.close();
    return this.result();
  }

  /** Checks and builds entry `index`, keeping its diagnostics; null when it is skipped. */
  build(index: number): Session | null {
    const session = this.#make(index);
    this.#settle(index, session);
    return session;
  }

  /** Builds entry `index` now and keeps it (with its day) unless its id is taken, which skips it with an error. */
  buildNow(index: number): Session | null {
    let session = this.#make(index);
    if (session) {
      const first = this.kept.get(session.id);
      if (first === undefined) {
        this.kept.set(session.id, index);
        this.dayOf[index] = session.day;
      } else {
        // Skipped: what its build found (a zero-length item "shown" …) would not hold.
        this.#scratch.length = 0;
        repeatedId(this.#ctx, 'sessions', 'Session', session.id, index, first);
        session = null;
      }
    }
    this.#settle(index, session);
    return session;
  }

  /** Finds the days of the programme and the event, once every entry kept has its day. */
  close(): void {
    const sessionDays = new Set<string>();
    for (const day of this.dayOf) if (day !== undefined) sessionDays.add(day);
    ({ days: this.days, event: this.event } = programme(this.#feedEvent, sessionDays, this.#tail));
  }

  /** The schedule of the sessions built so far that `keep` lets through. */
  schedule(keep: (session: Session) => boolean): Schedule {
    return assemble(this.event, this.days, this.lookups, this.built, keep);
  }

  /** The model of every session built and every diagnostic, in the order a build in feed order finds them. */
  result(): NormalizeResult {
    const diagnostics = [...this.#head];
    for (const index of [...this.#found.keys()].sort((a, b) => a - b)) diagnostics.push(...this.#found.get(index)!);
    diagnostics.push(...this.#tail);
    return freeze({ schedule: this.schedule(() => true), diagnostics: freeze(diagnostics.map((d) => freeze(d))) });
  }

  /** Checks and builds one entry; null when it is skipped. */
  #make(index: number): Session | null {
    const value = this.#check(index, this.#scratch);
    const session = value === undefined ? undefined : buildSession(this.#ctx, this.lookups, index, value);
    return session ?? null;
  }

  /** Keeps what an entry's build found. */
  #settle(index: number, session: Session | null): void {
    this.built[index] = session;
    if (this.#scratch.length > 0) this.#found.set(index, this.#scratch.splice(0));
  }
}

function fatal(path: string, message: string): NormalizeResult {
  return freeze({ schedule: EMPTY_SCHEDULE, diagnostics: freeze([freeze({ path, message, severity: 'fatal' as const })]) });
}

/** The message of something thrown, without trusting it (a thrown object's getters may throw too). */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** What `read` gives, or a fatal result when it throws (a bug, or a parsed value from code with throwing getters or proxies). */
export function guarded(read: () => NormalizeResult): NormalizeResult {
  try {
    return read();
  } catch (error) {
    return fatal('$', `The feed could not be read: ${describeError(error)}.`);
  }
}

/**
 * The build of a feed given as JSON text or as a parsed value, its top level, rooms, tracks and
 * people checked and read; or the result when it cannot be read (not JSON, or its top level unusable).
 */
export function startBuild(input: unknown): FeedBuild | NormalizeResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return fatal('$', `The feed is not valid JSON: ${describeError(error)}.`);
    }
  }
  const check = checkFeed(value, { copy: false });
  if (check.head === undefined) return freeze({ schedule: EMPTY_SCHEDULE, diagnostics: freeze(check.diagnostics.map((d) => freeze(d))) });
  return new FeedBuild(check.head, check);
}
