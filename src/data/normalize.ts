/**
 * From a feed (JSON text or a parsed value) to the immutable model every component renders.
 *
 * validate.ts has checked the shapes; this module does what needs the event's time zone and the
 * other lists: it parses instants and durations, resolves room/track/person references, lays out
 * agendas, drops duplicates, and builds the sorted lists and indexes. It never throws: anything
 * unexpected becomes one fatal diagnostic and an empty model.
 *
 * Everything returned is frozen (maps are read-only views). Sessions and agenda items carry epoch
 * milliseconds; their luxon `start`/`end` (and a session's `roles`) are getters built on first
 * access, so normalizing 10k sessions does not build 20k DateTimes nobody may look at. So are the
 * schedule's indexes by room, track and person, its time slots and its conflicts. Being getters,
 * they are not own properties: `{ ...session }` or JSON.stringify leave them out.
 *
 * Each session is shape-checked right before it is built (validate.ts `checkFeed`), without a copy:
 * the model copies what it keeps (and only that), so nothing of the caller's objects is kept or
 * frozen. Together with building path and label strings only for diagnostics, that keeps the whole
 * at about twice the cost of JSON.parse (bench/data.bench.ts).
 */
import type { DateTime } from 'luxon';
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
import { dayKey, daysBetween, nextDay, parseDuration, parseInstant, toDateTime } from './time.js';
import { brief, checkFeed, entryLabel, type FeedHead, type Indexed } from './validate.js';

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
 * The instants of a session or agenda item: milliseconds now, luxon DateTimes in the event zone
 * on first access (private fields are writable even on a frozen object).
 */
class Instants {
  readonly #zone: string;
  #start: DateTime | undefined;
  #end: DateTime | undefined;

  constructor(
    readonly startMs: number,
    readonly endMs: number,
    zone: string,
  ) {
    this.#zone = zone;
  }

  /** The start as a luxon DateTime in the event zone. */
  get start(): DateTime {
    return (this.#start ??= toDateTime(this.startMs, this.#zone));
  }

  /** The end as a luxon DateTime in the event zone. */
  get end(): DateTime {
    return (this.#end ??= toDateTime(this.endMs, this.#zone));
  }
}

/** A session's fields but its instants and roles. */
type SessionFields = Omit<Session, 'startMs' | 'endMs' | 'start' | 'end' | 'roles'>;

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

/** One session of the model, or undefined (with an error) when it cannot be placed in time. */
function buildSession(ctx: Context, lookups: Lookups, { index, value: s }: Indexed<FeedSession>): Session | undefined {
  const scope = new SessionScope(ctx, lookups, index, s);
  const startMs = parseInstant(s.start, ctx.zone);
  if (startMs === undefined) {
    scope.fail('.start', `start ${brief(s.start)} is not an ISO 8601 date-time; the session is skipped.`);
    return undefined;
  }
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

/** Sessions without duplicate ids (the first usable one wins), sorted by start, end, feed order; and by id. */
function buildSessions(ctx: Context, lookups: Lookups, entries: Iterable<Indexed<FeedSession>>): { sessions: Session[]; byId: Map<string, Session> } {
  const sessions: Session[] = [];
  const byId = new Map<string, Session>();
  for (const entry of entries) {
    const session = buildSession(ctx, lookups, entry);
    if (session === undefined) continue;
    const first = byId.get(session.id);
    if (first !== undefined) {
      fail(ctx, `$.sessions[${entry.index}].id`, `Session "${session.id}": id is already used by sessions[${first.index}]; this one is skipped.`);
      continue;
    }
    byId.set(session.id, session);
    sessions.push(session);
  }
  return { sessions: sessions.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index), byId };
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

/** The model of a checked feed head and its sessions, each checked as it is built. */
function buildSchedule(ctx: Context, head: FeedHead, entries: Iterable<Indexed<FeedSession>>): Schedule {
  const roomsById = uniqueById(ctx, head.rooms, 'rooms', 'Room', (r) => known<Room>(r, ROOM_KEYS));
  const tracksById = uniqueById(ctx, head.tracks, 'tracks', 'Track', (t) => known<Track>(t, TRACK_KEYS));
  const peopleById = uniqueById(ctx, head.people, 'people', 'Person', buildPerson);
  const built = buildSessions(ctx, { roomsById, tracksById, peopleById }, entries);
  const sessions = freeze(built.sessions);
  const dates = eventDates(ctx, head);
  const days = listDays(ctx, dates.start, dates.end, sessions.map((s) => s.day));
  const byDay = indexBy(days, sessions, (s, add) => add(s.day));
  return new ScheduleRecord({
    event: buildEvent(head, days),
    sessions,
    rooms: freeze([...roomsById.values()]),
    tracks: freeze([...tracksById.values()]),
    people: freeze([...peopleById.values()]),
    days: freeze(days.map((date): Day => freeze({ date, sessions: byDay.get(date) ?? NO_SESSIONS }))),
    sessionsById: view(built.byId),
    peopleById: view(peopleById),
    roomsById: view(roomsById),
    tracksById: view(tracksById),
    byDay: view(byDay),
  });
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

function normalizeParsed(input: unknown): NormalizeResult {
  const { head, sessions, diagnostics } = checkFeed(input, { copy: false });
  // The check and the build share one list, so each session's diagnostics stay together.
  const schedule = head === undefined ? EMPTY_SCHEDULE : buildSchedule({ zone: head.event.timeZone, diagnostics }, head, sessions);
  return freeze({ schedule, diagnostics: freeze(diagnostics.map((d) => freeze(d))) });
}

/**
 * Validates and normalizes a version 1 feed, given as JSON text or as an already parsed value.
 * Never throws: text that is not JSON, a wrong version or an unusable event give one `fatal`
 * diagnostic and {@link emptySchedule}; a bad entry is skipped (`error`); a bad detail is dropped
 * (`warning`). Diagnostics come in the order they were found. The result is deeply frozen.
 */
export function normalizeFeed(input: unknown): NormalizeResult {
  try {
    if (typeof input !== 'string') return normalizeParsed(input);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch (error) {
      return fatal('$', `The feed is not valid JSON: ${describeError(error)}.`);
    }
    return normalizeParsed(parsed);
  } catch (error) {
    // A bug here, or a parsed value from code with throwing getters or proxies: still no throw.
    return fatal('$', `The feed could not be read: ${describeError(error)}.`);
  }
}
