/**
 * The records of the normalized model: sessions and agenda items with their instants, read-only
 * views of maps, the shared empty lists and the empty schedule. Every record is frozen; what is
 * costly and often unused (a session's ISO `start`/`end` and its `roles`) is built on first access
 * and kept in a private field, which stays writable on a frozen object. Being getters, those are
 * not own properties: `{ ...session }` or JSON.stringify leave them out.
 */
import type { AgendaItem, Person, RoleGroup, Room, Schedule, Session, SessionPerson, Track } from './model.js';
import { isoDateTime } from './time.js';

const MINUTE_MS = 60_000;

/** `Object.freeze`, short: the model freezes everything it builds. */
export const freeze = Object.freeze;
/** The frozen empty list that every empty list of the model shares (no people, no agenda, no links …). */
export const NONE: readonly never[] = freeze([]);

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

/** A read-only view of `map`. */
export function view<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  return new ReadonlyMapView(map);
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
export type SessionFields = Omit<Session, 'startMs' | 'endMs' | 'start' | 'end' | 'timeZone' | 'roles'>;

/**
 * A session: its instants, and its people grouped by role on first access (most views never ask).
 * The fields are assigned one by one in the constructor so that V8 keeps them inside the object:
 * on 10k sessions that builds markedly faster than Object.assign onto the instance.
 */
export class SessionRecord extends Instants implements Session {
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
  readonly allDay: boolean;
  readonly languages: readonly string[];
  readonly doNotRecord: boolean;
  readonly index: number;
  readonly i18n: Session['i18n'];
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
    this.allDay = f.allDay;
    this.languages = f.languages;
    this.doNotRecord = f.doNotRecord;
    this.index = f.index;
    this.i18n = f.i18n;
    Object.freeze(this);
  }

  /** The people grouped by role, groups in order of first appearance. */
  get roles(): readonly RoleGroup[] {
    return (this.#roles ??= groupRoles(this.people));
  }
}

/** One agenda item: a title, its people and its instants. */
export class AgendaRecord extends Instants implements AgendaItem {
  constructor(
    startMs: number,
    endMs: number,
    zone: string,
    readonly title: string,
    readonly people: readonly Person[],
    readonly i18n?: AgendaItem['i18n'],
  ) {
    super(startMs, endMs, zone);
    Object.freeze(this);
  }

  /** The item's length in minutes. */
  get minutes(): number {
    return (this.endMs - this.startMs) / MINUTE_MS;
  }
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

/** An empty read-only map: nothing can be added to it, so every empty index of the empty schedule is this one. */
const NO_ENTRIES = view(new Map<never, never>());

/** The model of a feed that could not be read: no event name, UTC, nothing in it. */
export const EMPTY_SCHEDULE: Schedule = freeze({
  event: freeze({ name: '', timeZone: 'UTC' }),
  sessions: NONE,
  rooms: NONE,
  tracks: NONE,
  people: NONE,
  days: NONE,
  sessionsById: NO_ENTRIES,
  peopleById: NO_ENTRIES,
  roomsById: NO_ENTRIES,
  tracksById: NO_ENTRIES,
  byDay: NO_ENTRIES,
  byRoom: NO_ENTRIES,
  byTrack: NO_ENTRIES,
  byPerson: NO_ENTRIES,
  slotsByDay: NO_ENTRIES,
  conflicts: NONE,
});
