/**
 * From a feed (JSON text or a parsed value) to the immutable model every component renders.
 *
 * validate.ts has checked the shapes; this module does what needs the event's time zone and the
 * other lists: it parses instants and durations, resolves room/track/person references, lays out
 * agendas, drops duplicates, and builds the sorted lists and indexes. It never throws: anything
 * unexpected becomes one fatal diagnostic and an empty model.
 *
 * Everything returned is frozen (maps are read-only views). Sessions and agenda items carry epoch
 * milliseconds and their zone; their ISO 8601 `start`/`end` (and a session's `roles`) are getters
 * built on first access, so normalizing 10k sessions does not format 20k strings nobody may read. So are the
 * schedule's indexes by room, track and person, its time slots and its conflicts. Being getters,
 * they are not own properties: `{ ...session }` or JSON.stringify leave them out.
 *
 * Each session is shape-checked right before it is built (validate.ts `checkFeed`), without a copy:
 * the model copies what it keeps (and only that), so nothing of the caller's objects is kept or
 * frozen. Together with building path and label strings only for diagnostics, that keeps the whole
 * at about twice the cost of JSON.parse (bench/data.bench.ts).
 *
 * normalizeFeedInSteps gives the same result for a first paint that shows one day: it places each
 * session on its day first and builds the sessions later, the days on screen before the rest.
 */
import type {
  AgendaItem,
  Conflict,
  Day,
  Diagnostic,
  EventInfo,
  FeedAgendaItem,
  FeedPerson,
  FeedSession,
  NormalizeResult,
  Person,
  RoleGroup,
  Room,
  Schedule,
  Session,
  SessionPerson,
  TimeSlot,
  Track,
} from './model.js';
import { dayKey, daysBetween, isoDateTime, nextDay, parseDuration, parseInstant } from './time.js';
import { brief, checkFeed, entryLabel, isNonBlank, type FeedCheck, type FeedHead, type Indexed } from './validate.js';

const MINUTE_MS = 60_000;
/** Past this many days from first to last, `days` lists only the days that have sessions or are event dates. */
const MAX_DAY_SPAN = 366;
const DEFAULT_ROLE = 'speaker';

/** A read-only view of a Map: freezing a Map does not stop `set`, so the model never hands one out. */
class ReadonlyMapView<K, V> implements ReadonlyMap<K, V> {
  readonly #map: Map<K, V>;

  constructor(map: Map<K, V>) {
    this.#map = map;
    Object.freeze(this);
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[K, V]> {
    return this.#map.entries();
  }

  keys(): MapIterator<K> {
    return this.#map.keys();
  }

  values(): MapIterator<V> {
    return this.#map.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#map.entries();
  }
}

/**
 * The instants of a session or agenda item: milliseconds and the event zone (the one string the
 * whole feed shares) now, ISO 8601 text on first access (private fields are writable even on a
 * frozen object).
 */
class Instants {
  #start: string | undefined;
  #end: string | undefined;

  constructor(
    readonly startMs: number,
    readonly endMs: number,
    readonly timeZone: string,
  ) {}

  /** The start as ISO 8601 with the event zone's offset. */
  get start(): string {
    return (this.#start ??= isoDateTime(this.startMs, this.timeZone));
  }

  /** The end as ISO 8601 with the event zone's offset. */
  get end(): string {
    return (this.#end ??= isoDateTime(this.endMs, this.timeZone));
  }
}

/** A session's fields but its instants and roles. */
type SessionFields = Omit<Session, 'startMs' | 'endMs' | 'start' | 'end' | 'timeZone' | 'roles'>;

/**
 * A session: its instants, and its people grouped by role on first access (most views never ask).
 * The fields are assigned one by one in the constructor so that V8 keeps them inside the object:
 * on 10k sessions that builds markedly faster than Object.assign onto the instance.
 */
class SessionRecord extends Instants implements Session {
  readonly id: string;
  readonly code: string | undefined;
  readonly title: string;
  readonly minutes: number;
  readonly day: string;
  readonly room: Room | undefined;
  readonly track: Track | undefined;
  readonly type: string | undefined;
  readonly description: Session['description'];
  readonly people: readonly SessionPerson[];
  readonly agenda: readonly AgendaItem[];
  readonly attendees: Session['attendees'];
  readonly links: Session['links'];
  readonly tags: readonly string[];
  readonly index: number;
  #roles: readonly RoleGroup[] | undefined;

  constructor(startMs: number, endMs: number, zone: string, f: SessionFields) {
    super(startMs, endMs, zone);
    this.id = f.id;
    this.code = f.code;
    this.title = f.title;
    this.minutes = f.minutes;
    this.day = f.day;
    this.room = f.room;
    this.track = f.track;
    this.type = f.type;
    this.description = f.description;
    this.people = f.people;
    this.agenda = f.agenda;
    this.attendees = f.attendees;
    this.links = f.links;
    this.tags = f.tags;
    this.index = f.index;
    Object.freeze(this);
  }

  /** The people grouped by role, groups in order of first appearance. */
  get roles(): readonly RoleGroup[] {
    return (this.#roles ??= groupRoles(this.people));
  }
}

/** One agenda item: a title, its people and its instants. */
class AgendaRecord extends Instants implements AgendaItem {
  constructor(
    startMs: number,
    endMs: number,
    zone: string,
    readonly title: string,
    readonly people: readonly Person[],
  ) {
    super(startMs, endMs, zone);
    Object.freeze(this);
  }

  /** The item's length in minutes. */
  get minutes(): number {
    return (this.endMs - this.startMs) / MINUTE_MS;
  }
}

const freeze = Object.freeze;
const NO_PEOPLE: readonly Person[] = freeze([]);
const NO_SESSIONS: readonly Session[] = freeze([]);
const NO_AGENDA: readonly AgendaItem[] = freeze([]);
const NO_LINKS: readonly never[] = freeze([]);
const NO_TAGS: readonly string[] = freeze([]);

/** The model of a feed that could not be read: no event name, UTC, nothing in it. */
export function emptySchedule(): Schedule {
  return EMPTY_SCHEDULE;
}

/** Collects diagnostics and knows the event zone while one feed is normalized. */
interface Context {
  readonly zone: string;
  readonly diagnostics: Diagnostic[];
}

function warn(ctx: Context, path: string, message: string): void {
  ctx.diagnostics.push({ path, message, severity: 'warning' });
}

function fail(ctx: Context, path: string, message: string): void {
  ctx.diagnostics.push({ path, message, severity: 'error' });
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
      fail(ctx, `$.${list}[${index}].id`, `${noun} "${value.id}": id is already used by ${list}[${first}]; this one is skipped.`);
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
const ATTENDANCE_KEYS: readonly (keyof NonNullable<Session['attendees']>)[] = ['count', 'capacity', 'url'];

/** A session's link, `other` when the feed gives no kind. */
function buildLink(link: NonNullable<FeedSession['links']>[number]): Session['links'][number] {
  const kind = link.kind ?? 'other';
  return freeze(link.label === undefined ? { kind, url: link.url } : { kind, url: link.url, label: link.label });
}

function buildPerson(p: FeedPerson): Person {
  return freeze({
    id: p.id,
    name: p.name,
    jobTitle: p.jobTitle,
    organization: p.organization,
    bio: p.bio === undefined ? undefined : freeze({ format: p.bioFormat ?? 'text', source: p.bio }),
    avatar: p.avatar,
    links: p.links ? freeze(p.links.map((link) => freeze({ label: link.label, url: link.url }))) : NO_LINKS,
  });
}

/** The people of a session grouped by role, groups in order of first appearance. */
function groupRoles(people: readonly SessionPerson[]): readonly RoleGroup[] {
  // Sessions have a handful of people: a linear scan beats a Map here.
  const groups: { role: string; people: Person[] }[] = [];
  for (const { person, role } of people) {
    const group = groups.find((g) => g.role === role);
    if (group) group.people.push(person);
    else groups.push({ role, people: [person] });
  }
  return freeze(groups.map((g) => freeze({ role: g.role, people: freeze(g.people) })));
}

/**
 * One session while it is normalized. Its path and label are built only when a diagnostic needs
 * them: for a clean feed of 10k sessions those strings would be most of the garbage.
 */
class SessionScope {
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

  warn(suffix: string, message: string): void {
    warn(this.ctx, this.path(suffix), this.say(message));
  }

  /**
   * The entry of `byId` that `id` names; else undefined, with a warning at `suffix`, or at the path
   * that `suffix` builds from the indexes `i` and `j` (built only then: no closure per reference).
   */
  find<T>(
    byId: ReadonlyMap<string, T>,
    id: string,
    what: string,
    list: string,
    suffix: string | ((i: number, j: number) => string),
    i = 0,
    j = 0,
  ): T | undefined {
    const found = byId.get(id);
    if (found === undefined) {
      this.warn(typeof suffix === 'string' ? suffix : suffix(i, j), `${what} "${id}" is not in the feed's ${list}; the reference is dropped.`);
    }
    return found;
  }

  fail(suffix: string, message: string): void {
    fail(this.ctx, this.path(suffix), this.say(message));
  }

}

const NO_IDS: readonly string[] = freeze([]);
const NO_REFS: Readonly<NonNullable<FeedSession['people']>> = freeze([]);
const personPath = (k: number): string => `.people[${k}].id`;
const agendaPersonPath = (j: number, m: number): string => `.agenda[${j}].peopleIds[${m}]`;

/** The agenda laid out from the session start, each item where the previous one ended. Bad durations skip the item. */
function layOutAgenda(scope: SessionScope, agenda: readonly FeedAgendaItem[], startMs: number, endMs: number): readonly AgendaItem[] {
  const items: AgendaItem[] = [];
  let cursor = startMs;
  agenda.forEach((item, j) => {
    const length = parseDuration(item.duration);
    if (length === undefined) {
      scope.fail(`.agenda[${j}].duration`, `agenda item "${item.title}" has duration ${brief(item.duration)}, which is not an ISO 8601 duration such as "PT5M"; the item is skipped.`);
      return;
    }
    const people: Person[] = [];
    const ids = item.peopleIds ?? NO_IDS;
    for (let m = 0; m < ids.length; m++) {
      const person = scope.find(scope.lookups.peopleById, ids[m]!, 'agenda person', 'people', agendaPersonPath, j, m);
      if (person) people.push(person);
    }
    items.push(new AgendaRecord(cursor, cursor + length, scope.ctx.zone, item.title, people.length > 0 ? freeze(people) : NO_PEOPLE));
    cursor += length;
  });
  if (items.length > 0 && cursor !== endMs) {
    scope.warn('.agenda', `the agenda adds up to ${(cursor - startMs) / MINUTE_MS} min, but the session lasts ${(endMs - startMs) / MINUTE_MS} min.`);
  }
  return freeze(items);
}

/** The end of a session in ms: `end` wins over `duration`; neither gives a zero-length item with a warning. Undefined skips the session. */
function sessionEnd(scope: SessionScope, startMs: number): number | undefined {
  const s = scope.feed;
  if (s.end !== undefined) {
    const endMs = parseInstant(s.end, scope.ctx.zone);
    if (endMs === undefined) {
      scope.fail('.end', `end ${brief(s.end)} is not an ISO 8601 date-time; the session is skipped.`);
      return undefined;
    }
    if (s.duration !== undefined && parseDuration(s.duration) === undefined) {
      scope.warn('.duration', `duration ${brief(s.duration)} is not an ISO 8601 duration; it is ignored, end wins.`);
    }
    if (endMs < startMs) {
      scope.fail('.end', `end ${brief(s.end)} is before start ${brief(s.start)}; the session is skipped.`);
      return undefined;
    }
    return endMs;
  }
  if (s.duration !== undefined) {
    const length = parseDuration(s.duration);
    if (length === undefined) {
      scope.fail('.duration', `duration ${brief(s.duration)} is not an ISO 8601 duration such as "PT90M"; the session is skipped.`);
      return undefined;
    }
    return startMs + length;
  }
  scope.warn('.end', 'has neither end nor duration; it is shown as a zero-length item at its start.');
  return startMs;
}

/** The references and lists of the feed that sessions point into. */
interface Lookups {
  readonly roomsById: ReadonlyMap<string, Room>;
  readonly tracksById: ReadonlyMap<string, Track>;
  readonly peopleById: ReadonlyMap<string, Person>;
}

/** The start of a session in ms; undefined (with an error) skips the session. */
function sessionStart(scope: SessionScope): number | undefined {
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
  const refs = s.people ?? NO_REFS;
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k]!;
    const person = scope.find(lookups.peopleById, ref.id, 'person', 'people', personPath, k);
    if (person) people.push(freeze({ person, role: ref.role ?? DEFAULT_ROLE }));
  }
  return new SessionRecord(startMs, endMs, ctx.zone, {
    id: s.id,
    code: s.code,
    title: s.title,
    minutes: (endMs - startMs) / MINUTE_MS,
    day: dayKey(startMs, ctx.zone),
    room: s.roomId === undefined ? undefined : scope.find(lookups.roomsById, s.roomId, 'roomId', 'rooms', '.roomId'),
    track: s.trackId === undefined ? undefined : scope.find(lookups.tracksById, s.trackId, 'trackId', 'tracks', '.trackId'),
    type: s.type,
    description: s.description === undefined ? undefined : freeze({ format: s.descriptionFormat ?? 'text', source: s.description }),
    people: freeze(people),
    agenda: s.agenda ? layOutAgenda(scope, s.agenda, startMs, endMs) : NO_AGENDA,
    attendees: s.attendees && known(s.attendees, ATTENDANCE_KEYS),
    links: s.links ? freeze(s.links.map(buildLink)) : NO_LINKS,
    tags: s.tags ? freeze(s.tags.slice()) : NO_TAGS,
    index,
  });
}

/**
 * Lists of sessions keyed by `keys` (all of them, even empty ones), each frozen, in session order.
 * `keysOf` calls `add` for each key of a session; a session is listed once per key however often
 * it is added (sessions come in order, so a repeat is always the list's last element).
 */
function indexBy<K>(keys: Iterable<K>, sessions: readonly Session[], keysOf: (session: Session, add: (key: K) => void) => void): Map<K, readonly Session[]> {
  const lists = new Map<K, Session[]>();
  for (const key of keys) lists.set(key, []);
  let current: Session;
  const add = (key: K): void => {
    const list = lists.get(key);
    if (list === undefined) lists.set(key, [current]);
    else if (list[list.length - 1] !== current) list.push(current);
  };
  for (const session of sessions) {
    current = session;
    keysOf(session, add);
  }
  for (const list of lists.values()) freeze(list);
  return lists;
}

/** Adds everyone in a session: its people and the people of its agenda. */
function addParticipants(session: Session, add: (id: string) => void): void {
  for (const { person } of session.people) add(person.id);
  for (const item of session.agenda) for (const person of item.people) add(person.id);
}

/** Every day from the first to the last (event dates and session days); only the known days when that span is absurd. */
function listDays(ctx: Context, eventStart: string | undefined, eventEnd: string | undefined, sessionDays: readonly string[]): string[] {
  const known = [...new Set([eventStart, eventEnd, ...sessionDays].filter((d): d is string => d !== undefined))].sort();
  if (known.length === 0) return [];
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const span = daysBetween(first, last);
  if (span > MAX_DAY_SPAN) {
    warn(ctx, '$.sessions', `The programme spans ${span} days (${first} to ${last}); only the days with sessions or event dates are listed.`);
    return known;
  }
  const days = [first];
  while (days[days.length - 1] !== last) days.push(nextDay(days[days.length - 1]!));
  return days;
}

/** The sessions of one day grouped by start instant (they arrive sorted). */
function slotsOf(sessions: readonly Session[]): readonly TimeSlot[] {
  const slots: { startMs: number; sessions: Session[] }[] = [];
  for (const session of sessions) {
    const last = slots[slots.length - 1];
    if (last && last.startMs === session.startMs) last.sessions.push(session);
    else slots.push({ startMs: session.startMs, sessions: [session] });
  }
  return freeze(slots.map((slot) => freeze({ startMs: slot.startMs, sessions: freeze(slot.sessions) })));
}

/** Each person in two overlapping sessions, each pair once, people in feed order. */
function findConflicts(people: readonly Person[], byPerson: ReadonlyMap<string, readonly Session[]>): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const person of people) {
    const sessions = byPerson.get(person.id) ?? [];
    for (let i = 0; i < sessions.length; i++) {
      const a = sessions[i]!;
      // Sorted by start: once one starts after `a` ends, so do all the rest.
      for (let j = i + 1; j < sessions.length && sessions[j]!.startMs < a.endMs; j++) {
        const b = sessions[j]!;
        if (b.endMs > a.startMs) conflicts.push(freeze({ person, sessions: freeze([a, b] as const) }));
      }
    }
  }
  return conflicts;
}

/** The event as the model shows it; its first and last day are those of `days`. */
function buildEvent(head: FeedHead, days: readonly string[]): EventInfo {
  const { id, name, timeZone, url, location } = head.event;
  return freeze({ id, name, timeZone, firstDay: days[0], lastDay: days[days.length - 1], url, location });
}

/** The event's declared dates, without an `end` that comes before `start`. */
function eventDates(ctx: Context, head: FeedHead): { start?: string; end?: string } {
  const { start, end } = head.event;
  if (start !== undefined && end !== undefined && end < start) {
    warn(ctx, '$.event.end', `The event: end "${end}" is before start "${start}"; it is ignored.`);
    return { start };
  }
  return { start, end };
}

function view<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  return new ReadonlyMapView(map);
}

/** What a schedule is built from; the rest of it is derived on first access. */
type ScheduleFields = Pick<Schedule, 'event' | 'sessions' | 'rooms' | 'tracks' | 'people' | 'days' | 'sessionsById' | 'peopleById' | 'roomsById' | 'tracksById' | 'byDay'>;

/** A base class whose instances have the fields a schedule is built from (its subclass sets them), so they are declared once. */
const WithScheduleFields = Object as unknown as new () => ScheduleFields;

/**
 * A schedule. The indexes by room, track and person, the time slots and the conflicts are built on
 * first access: a timeline's first paint needs none of them, and at 10,000 sessions they cost a
 * fifth of normalization.
 */
class ScheduleRecord extends WithScheduleFields implements Schedule {
  #byRoom: ReadonlyMap<string, readonly Session[]> | undefined;
  #byTrack: ReadonlyMap<string, readonly Session[]> | undefined;
  #byPerson: ReadonlyMap<string, readonly Session[]> | undefined;
  #slotsByDay: ReadonlyMap<string, readonly TimeSlot[]> | undefined;
  #conflicts: readonly Conflict[] | undefined;

  constructor(f: ScheduleFields) {
    super();
    Object.assign(this, f);
    freeze(this);
  }

  /** The sessions in each room, by room id. */
  get byRoom(): ReadonlyMap<string, readonly Session[]> {
    return (this.#byRoom ??= view(indexBy(this.roomsById.keys(), this.sessions, (s, add) => s.room && add(s.room.id))));
  }

  /** The sessions of each track, by track id. */
  get byTrack(): ReadonlyMap<string, readonly Session[]> {
    return (this.#byTrack ??= view(indexBy(this.tracksById.keys(), this.sessions, (s, add) => s.track && add(s.track.id))));
  }

  /** The sessions each person is in (as one of its people or in its agenda), by person id. */
  get byPerson(): ReadonlyMap<string, readonly Session[]> {
    return (this.#byPerson ??= view(indexBy(this.peopleById.keys(), this.sessions, addParticipants)));
  }

  /** Per day, the sessions grouped by start instant. */
  get slotsByDay(): ReadonlyMap<string, readonly TimeSlot[]> {
    if (this.#slotsByDay === undefined) {
      const slots = new Map<string, readonly TimeSlot[]>();
      for (const [day, list] of this.byDay) slots.set(day, slotsOf(list));
      this.#slotsByDay = view(slots);
    }
    return this.#slotsByDay;
  }

  /** Each person in two overlapping sessions. */
  get conflicts(): readonly Conflict[] {
    return (this.#conflicts ??= freeze(findConflicts(this.people, this.byPerson)));
  }
}

/** The schedule of some sessions (sorted, deduplicated) over all the days of the feed; `byId` lists them in feed order. */
function assemble(event: EventInfo, days: readonly string[], lookups: Lookups, sessions: readonly Session[], byId: Map<string, Session>): Schedule {
  const byDay = indexBy(days, sessions, (s, add) => add(s.day));
  return new ScheduleRecord({
    event,
    sessions,
    rooms: freeze([...lookups.roomsById.values()]),
    tracks: freeze([...lookups.tracksById.values()]),
    people: freeze([...lookups.peopleById.values()]),
    days: freeze(days.map((date): Day => freeze({ date, sessions: byDay.get(date) ?? NO_SESSIONS }))),
    sessionsById: view(byId),
    peopleById: view(lookups.peopleById as Map<string, Person>),
    roomsById: view(lookups.roomsById as Map<string, Room>),
    tracksById: view(lookups.tracksById as Map<string, Track>),
    byDay: view(byDay),
  });
}

/** Sorted by start, end, then feed order. */
function byTime(a: Session, b: Session): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;
}

/**
 * A feed's model while it is built: what a first paint of one day needs now, the rest a slice at a
 * time. See {@link normalizeFeedInSteps}.
 */
export interface FeedProgress {
  /** The event, as the finished schedule has it. */
  readonly event: EventInfo;
  /** The days of the programme, as the finished schedule lists them. */
  readonly days: readonly string[];
  /** Whether every session is built (the finished result is then at hand). */
  readonly done: boolean;
  /** The day of the session with this id, as the finished schedule has it (undefined when it has none). */
  dayOf(id: string): string | undefined;
  /**
   * A schedule with every day of the feed but only the sessions of `dates`, and the sessions of the
   * earliest start and the latest end (so that `eventStatus` of it is that of the whole). Its
   * sessions are the very objects of the finished schedule; its diagnostics wait for that.
   */
  preview(dates: Iterable<string>): Schedule;
  /** Builds more sessions while `hasTime()` says so; true once all are built. */
  advance(hasTime: () => boolean): boolean;
}

/** From this many sessions on, {@link normalizeFeedInSteps} leaves them for later. */
const STEPPED_MIN_SESSIONS = 500;

/**
 * The sessions of a checked feed, built in feed order or a day at a time. A first pass reads only
 * what places each session (id, title, start, end or duration, which decide whether it is kept and
 * on which day); each is then checked and built in full by the same code, in whatever order, and
 * the diagnostics are put back in feed order at the end. So the finished result is the same
 * whatever was built first. A session the first pass cannot place quickly (one that will be skipped,
 * or a repeated id) is built at once, so every skip is decided in feed order as before.
 */
class FeedBuild implements FeedProgress {
  readonly days: readonly string[];
  readonly event: EventInfo;
  readonly #lookups: Lookups;
  readonly #check: (index: number, diagnostics: Diagnostic[]) => FeedSession | undefined;
  /** The diagnostics of the top level, rooms, tracks and people, then of the session list itself. */
  readonly #head: readonly Diagnostic[];
  /** The diagnostics found after the sessions: event dates, the span of days. */
  readonly #tail: readonly Diagnostic[];
  /** Where a session's own diagnostics collect while it is built. */
  readonly #scratch: Diagnostic[] = [];
  readonly #ctx: Context;
  /** Per entry: its session, null when it is skipped, undefined until it is built. */
  readonly #built: (Session | null | undefined)[];
  /** Per entry kept: its day. */
  readonly #dayOf: (string | undefined)[];
  /** The diagnostics of each entry that has some. */
  readonly #found = new Map<number, Diagnostic[]>();
  /** The entry kept for each session id. */
  readonly #kept = new Map<string, number>();
  /** The entries still to build, by day, in feed order. */
  readonly #waiting = new Map<string, number[]>();
  /** The entries of the earliest start and of the latest end. */
  readonly #spanEntries: number[] = [];
  #left = 0;
  #next = 0;
  #result: NormalizeResult | undefined;
  /** What a build threw (from code-made input with throwing getters): the result is then fatal. */
  #error: { thrown: unknown } | undefined;

  /**
   * A feed with fewer than `stepFrom` sessions is built now, in feed order (no first pass: nothing
   * is left for later); normalizeFeed passes Infinity.
   */
  constructor(head: FeedHead, check: FeedCheck, stepFrom: number) {
    const { diagnostics } = check;
    const zone = head.event.timeZone;
    const ctx: Context = { zone, diagnostics };
    const roomsById = uniqueById(ctx, head.rooms, 'rooms', 'Room', (r) => known<Room>(r, ROOM_KEYS));
    const tracksById = uniqueById(ctx, head.tracks, 'tracks', 'Track', (t) => known<Track>(t, TRACK_KEYS));
    const peopleById = uniqueById(ctx, head.people, 'people', 'Person', buildPerson);
    this.#lookups = { roomsById, tracksById, peopleById };
    const { entries, check: checkSession } = check.sessions();
    this.#check = checkSession;
    this.#head = diagnostics;
    this.#ctx = { zone, diagnostics: this.#scratch };
    this.#built = new Array<Session | null | undefined>(entries.length);
    this.#dayOf = new Array<string | undefined>(entries.length);
    const inOrder = entries.length < stepFrom;
    const sessionDays = new Set<string>();
    // The first pass's diagnostics are dropped: the full build of each session finds them again.
    const placing: Context = { zone, diagnostics: [] };
    let firstStart = Infinity;
    let lastEnd = -Infinity;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      let startMs: number | undefined;
      let endMs: number | undefined;
      if (!inOrder && placeable(entry) && !this.#kept.has(entry.id)) {
        const scope = new SessionScope(placing, this.#lookups, index, entry);
        startMs = sessionStart(scope);
        endMs = startMs === undefined ? undefined : sessionEnd(scope, startMs);
        placing.diagnostics.length = 0;
      }
      let day: string;
      if (endMs === undefined) {
        const session = this.#buildNow(index);
        if (session === null) continue;
        ({ startMs, endMs, day } = session);
      } else {
        day = dayKey(startMs!, zone);
        this.#kept.set((entry as FeedSession).id, index);
        const list = this.#waiting.get(day);
        if (list) list.push(index);
        else this.#waiting.set(day, [index]);
        this.#left++;
      }
      this.#dayOf[index] = day;
      sessionDays.add(day);
      if (startMs! < firstStart) {
        firstStart = startMs!;
        this.#spanEntries[0] = index;
      }
      if (endMs > lastEnd) {
        lastEnd = endMs;
        this.#spanEntries[1] = index;
      }
    }
    const tail: Diagnostic[] = [];
    const tailCtx: Context = { zone, diagnostics: tail };
    const dates = eventDates(tailCtx, head);
    this.days = freeze(listDays(tailCtx, dates.start, dates.end, [...sessionDays]));
    this.#tail = tail;
    this.event = buildEvent(head, this.days);
  }

  /** How many sessions are still to build. */
  get left(): number {
    return this.#left;
  }

  get done(): boolean {
    return this.#left === 0;
  }

  dayOf(id: string): string | undefined {
    const index = this.#kept.get(id);
    return index === undefined ? undefined : this.#dayOf[index];
  }

  preview(dates: Iterable<string>): Schedule {
    const shown = new Set(dates);
    const built = this.#guard(() => {
      for (const day of shown) {
        for (const index of this.#waiting.get(day) ?? []) if (this.#built[index] === undefined) this.#buildLater(index);
        this.#waiting.delete(day);
      }
      for (const index of this.#spanEntries) if (this.#built[index] === undefined) this.#buildLater(index);
    });
    if (!built) return EMPTY_SCHEDULE;
    const span = new Set(this.#spanEntries.map((index) => this.#built[index]));
    return this.#schedule((session) => shown.has(session.day) || span.has(session));
  }

  advance(hasTime: () => boolean): boolean {
    const built = this.#built;
    this.#guard(() => {
      while (this.#left > 0 && hasTime()) {
        const index = this.#next++;
        if (built[index] === undefined && this.#dayOf[index] !== undefined) this.#buildLater(index);
      }
    });
    return this.#left === 0;
  }

  /** The finished model and every diagnostic, in the order a build in feed order finds them; throws what a build threw. */
  result(): NormalizeResult {
    if (this.#result) return this.#result;
    this.advance(() => true);
    if (this.#error) throw this.#error.thrown;
    const diagnostics = [...this.#head];
    for (const index of [...this.#found.keys()].sort((a, b) => a - b)) diagnostics.push(...this.#found.get(index)!);
    diagnostics.push(...this.#tail);
    this.#result = freeze({ schedule: this.#schedule(() => true), diagnostics: freeze(diagnostics.map((d) => freeze(d))) });
    return this.#result;
  }

  /** The schedule of the sessions built so far that `keep` lets through (in feed order by id, sorted by time). */
  #schedule(keep: (session: Session) => boolean): Schedule {
    const sessions: Session[] = [];
    const byId = new Map<string, Session>();
    for (const session of this.#built) {
      if (!session || !keep(session)) continue;
      sessions.push(session);
      byId.set(session.id, session);
    }
    return assemble(this.event, this.days, this.#lookups, freeze(sessions.sort(byTime)), byId);
  }

  /** Runs `steps`; false when they threw, which ends the build (the result is then fatal). */
  #guard(steps: () => void): boolean {
    if (this.#error) return false;
    try {
      steps();
      return true;
    } catch (thrown) {
      this.#error = { thrown };
      this.#left = 0;
      return false;
    }
  }

  /** Checks and builds one entry, keeping its diagnostics; null when it is skipped. */
  #build(index: number): Session | null {
    const value = this.#check(index, this.#scratch);
    const session = value === undefined ? undefined : buildSession(this.#ctx, this.#lookups, index, value);
    return session ?? null;
  }

  /** Keeps what an entry's build found. */
  #settle(index: number, session: Session | null): void {
    this.#built[index] = session;
    if (this.#scratch.length > 0) this.#found.set(index, this.#scratch.splice(0));
  }

  /** An entry the first pass could not place (or whose id came before): built now, in feed order, and kept unless its id is taken. */
  #buildNow(index: number): Session | null {
    let session = this.#build(index);
    if (session) {
      const first = this.#kept.get(session.id);
      if (first === undefined) {
        this.#kept.set(session.id, index);
      } else {
        fail(this.#ctx, `$.sessions[${index}].id`, `Session "${session.id}": id is already used by sessions[${first}]; this one is skipped.`);
        session = null;
      }
    }
    this.#settle(index, session);
    return session;
  }

  /** An entry the first pass placed and kept: checked and built now. */
  #buildLater(index: number): void {
    this.#settle(index, this.#build(index));
    this.#left--;
  }
}

/**
 * Whether the first pass can place a session without its full check: an object with an id, a title
 * and a start, and no end or duration of the wrong type (those are pruned with a warning, which
 * changes how the end is found). Anything else is built at once.
 */
function placeable(entry: unknown): entry is FeedSession {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const { id, title, start, end, duration } = entry as Record<string, unknown>;
  return (
    isNonBlank(id) &&
    isNonBlank(title) &&
    typeof start === 'string' &&
    (end === undefined || typeof end === 'string') &&
    (duration === undefined || typeof duration === 'string')
  );
}

const EMPTY_SCHEDULE: Schedule = freeze({
  event: freeze({ name: '', timeZone: 'UTC' }),
  sessions: NO_SESSIONS,
  rooms: freeze([]),
  tracks: freeze([]),
  people: NO_PEOPLE,
  days: freeze([]),
  sessionsById: view(new Map()),
  peopleById: view(new Map()),
  roomsById: view(new Map()),
  tracksById: view(new Map()),
  byDay: view(new Map()),
  byRoom: view(new Map()),
  byTrack: view(new Map()),
  byPerson: view(new Map()),
  slotsByDay: view(new Map()),
  conflicts: freeze([]),
});

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

/** The build of a parsed feed, or the result when its top level is unusable. */
function startBuild(input: unknown, stepFrom: number): FeedBuild | NormalizeResult {
  const check = checkFeed(input, { copy: false });
  if (check.head === undefined) return freeze({ schedule: EMPTY_SCHEDULE, diagnostics: freeze(check.diagnostics.map((d) => freeze(d))) });
  return new FeedBuild(check.head, check, stepFrom);
}

/**
 * A result whose sessions are still being built: reading `schedule` or `diagnostics` finishes the
 * build at once; {@link feedProgress} gives the steps in between.
 */
class SteppedResult implements NormalizeResult {
  /** The build until the result is read; then let go, with the feed's objects it reads from. */
  #build: FeedBuild | undefined;
  #result: NormalizeResult | undefined;
  declare readonly schedule: Schedule;
  declare readonly diagnostics: readonly Diagnostic[];

  constructor(build: FeedBuild) {
    this.#build = build;
    // Own, enumerable getters: `{ ...result }` finishes the build too, rather than losing the schedule.
    Object.defineProperties(this, {
      schedule: { enumerable: true, get: () => this.#finished().schedule },
      diagnostics: { enumerable: true, get: () => this.#finished().diagnostics },
    });
    freeze(this);
  }

  #finished(): NormalizeResult {
    if (this.#result === undefined) {
      const build = this.#build!;
      this.#result = guarded(() => build.result());
      this.#build = undefined;
    }
    return this.#result;
  }

  static progress(result: NormalizeResult): FeedProgress | undefined {
    const build = #build in result ? result.#build : undefined;
    return build && !build.done ? build : undefined;
  }
}

/** The steps still to take of a result of {@link normalizeFeedInSteps}; undefined when it is finished (or any other result). */
export function feedProgress(result: NormalizeResult): FeedProgress | undefined {
  return SteppedResult.progress(result);
}

/** What `read` gives, or a fatal result when it throws (a bug, or a parsed value from code with throwing getters or proxies). */
function guarded(read: () => NormalizeResult): NormalizeResult {
  try {
    return read();
  } catch (error) {
    return fatal('$', `The feed could not be read: ${describeError(error)}.`);
  }
}

/** The parsed value of JSON text (a fatal result when it is not JSON), or the value itself. */
function parse(input: unknown): { value: unknown } | NormalizeResult {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) };
  } catch (error) {
    return fatal('$', `The feed is not valid JSON: ${describeError(error)}.`);
  }
}

/**
 * Validates and normalizes a version 1 feed, given as JSON text or as an already parsed value.
 * Never throws: text that is not JSON, a wrong version or an unusable event give one `fatal`
 * diagnostic and {@link emptySchedule}; a bad entry is skipped (`error`); a bad detail is dropped
 * (`warning`). Diagnostics come in the order they were found. The result is deeply frozen.
 */
export function normalizeFeed(input: unknown): NormalizeResult {
  return guarded(() => {
    const parsed = parse(input);
    if (!('value' in parsed)) return parsed;
    const build = startBuild(parsed.value, Infinity);
    return build instanceof FeedBuild ? build.result() : build;
  });
}

/**
 * {@link normalizeFeed} for a first paint that shows one day of a big feed: the top level, rooms,
 * tracks and people are read now, and each session only as far as its day; the sessions themselves
 * are built later. The result is the same as normalizeFeed's: reading its `schedule` or
 * `diagnostics` builds whatever is left at once. In between, {@link feedProgress} gives a preview of
 * some days and builds the rest a slice at a time (the components do that while the page is idle).
 * Feeds with few sessions are built at once. The sessions are read from `input` as they are built:
 * it must not change meanwhile (a component's `feed` is replaced, never changed in place).
 */
export function normalizeFeedInSteps(input: unknown): NormalizeResult {
  return guarded(() => {
    const parsed = parse(input);
    if (!('value' in parsed)) return parsed;
    const build = startBuild(parsed.value, STEPPED_MIN_SESSIONS);
    if (!(build instanceof FeedBuild)) return build;
    return build.done ? build.result() : new SteppedResult(build);
  });
}
