/**
 * The schedule and its indexes. `days`, the sessions of each day and the lookups by id are built
 * with the schedule; the indexes by room, track and person, the time slots and the conflicts are
 * built on first access (a timeline's first paint needs none of them, and at 10,000 sessions they
 * cost a fifth of normalization). Every list is frozen and every map a read-only view.
 */
import type { Conflict, Day, Diagnostic, EventInfo, FeedEvent, Person, Room, Schedule, Session, TimeSlot, Track } from './model.js';
import { freeze, NONE, view } from './records.js';
import { dayKey, daysBetween, nextDay } from './time.js';
import { canonicalLanguage } from './language-tag.js';
import { plainText, translations } from './text-maps.js';

/** Past this many days from first to last, `days` lists only the days that have sessions or are event dates. */
const MAX_DAY_SPAN = 366;

/** The references and lists of the feed that sessions point into. */
export interface Lookups {
  readonly roomsById: ReadonlyMap<string, Room>;
  readonly tracksById: ReadonlyMap<string, Track>;
  readonly peopleById: ReadonlyMap<string, Person>;
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

/** Sorted by start, end, then feed order. */
function byTime(a: Session, b: Session): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;
}

/**
 * The schedule of the sessions in `built` (per feed entry: a session, or null or undefined for
 * none) that `keep` lets through, sorted by time, over all the days of the feed.
 */
export function assemble(
  event: EventInfo,
  days: readonly string[],
  lookups: Lookups,
  built: readonly (Session | null | undefined)[],
  keep: (session: Session) => boolean,
): Schedule {
  const sessions: Session[] = [];
  const byId = new Map<string, Session>();
  for (const session of built) {
    if (!session || !keep(session)) continue;
    sessions.push(session);
    byId.set(session.id, session);
  }
  sessions.sort(byTime);
  // Each day's place in the programme. A session runs on the programme's days only: they can be a few known days
  // centuries apart (see listDays), and a session of a feed's millennia walked day by day froze the page.
  const dayIndex = new Map(days.map((day, index) => [day, index]));
  const byDay = indexBy(days, sessions, (s, add) => {
    add(s.day);
    // A session of several days (a sprint, the exhibition, a hackathon, a party until 2 AM) is on each day it runs
    // in, up to the programme's last, as a calendar shows it: the timeline draws each day's part (cut at its edges).
    if (s.endMs - s.startMs <= 0) return;
    const last = sessionDay(s.endMs - 1, event.timeZone, s.allDay, event.dayChange);
    for (let i = dayIndex.get(s.day)! + 1; i < days.length && days[i]! <= last; i++) add(days[i]!);
  });
  return new ScheduleRecord({
    event,
    sessions: freeze(sessions),
    rooms: freeze([...lookups.roomsById.values()]),
    tracks: freeze([...lookups.tracksById.values()]),
    people: freeze([...lookups.peopleById.values()]),
    days: freeze(days.map((date): Day => freeze({ date, sessions: byDay.get(date) ?? NONE }))),
    sessionsById: view(byId),
    peopleById: view(lookups.peopleById as Map<string, Person>),
    roomsById: view(lookups.roomsById as Map<string, Room>),
    tracksById: view(lookups.tracksById as Map<string, Track>),
    byDay: view(byDay),
  });
}

/**
 * The days of the programme and the event as the model shows it, from the event's dates and the
 * days that have sessions; what is wrong with them goes to `diagnostics`.
 */
export function programme(event: FeedEvent, sessionDays: Iterable<string>, diagnostics: Diagnostic[]): { days: readonly string[]; event: EventInfo } {
  const dates = eventDates(event, diagnostics);
  const days = freeze(listDays(diagnostics, dates.start, dates.end, [...sessionDays]));
  return { days, event: buildEvent(event, days) };
}

/** Every day from the first to the last (event dates and session days); only the known days when that span is absurd. */
function listDays(diagnostics: Diagnostic[], eventStart: string | undefined, eventEnd: string | undefined, sessionDays: readonly string[]): string[] {
  const known = [...new Set([eventStart, eventEnd, ...sessionDays].filter((d): d is string => d !== undefined))].sort();
  if (known.length === 0) return [];
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const span = daysBetween(first, last);
  if (span > MAX_DAY_SPAN) {
    diagnostics.push({ path: '$.sessions', message: `The programme spans ${span} days (${first} to ${last}); only the days with sessions or event dates are listed.`, severity: 'warning' });
    return known;
  }
  const days = [first];
  while (days[days.length - 1] !== last) days.push(nextDay(days[days.length - 1]!));
  return days;
}


const EVENT_TEXTS = ['name', 'location'] as const;

/** The programme day of a session's instant `ms` (its start, or its end): by the event's day change, an all-day session's on its own date. */
export function sessionDay(ms: number, zone: string, allDay: boolean | undefined, dayChange: number | undefined): string {
  return dayKey(ms, zone, allDay ? 0 : dayChange);
}

/** The minutes after midnight of an event's `dayChange` (`HH:mm`, checked), for `EventInfo.dayChange`. */
export function dayChangeMinutes(event: FeedEvent): number | undefined {
  const clock = event.dayChange;
  return clock === undefined ? undefined : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
}

/** The event as the model shows it; its first and last day are those of `days`. */
function buildEvent(event: FeedEvent, days: readonly string[]): EventInfo {
  const { id, name, timeZone, url, location } = event;
  const defaultLanguage = event.defaultLanguage === undefined ? undefined : canonicalLanguage(event.defaultLanguage);
  const i18n = translations(event, EVENT_TEXTS, defaultLanguage);
  return freeze({
    id,
    name: plainText(name, i18n?.name),
    timeZone,
    dayChange: dayChangeMinutes(event),
    firstDay: days[0],
    lastDay: days[days.length - 1],
    url,
    location: plainText(location, i18n?.location),
    defaultLanguage,
    i18n,
  });
}

/** The event's declared dates, without an `end` that comes before `start`. */
function eventDates(event: FeedEvent, diagnostics: Diagnostic[]): { start?: string; end?: string } {
  const { start, end } = event;
  if (start !== undefined && end !== undefined && end < start) {
    diagnostics.push({ path: '$.event.end', message: `The event: end "${end}" is before start "${start}"; it is ignored.`, severity: 'warning' });
    return { start };
  }
  return { start, end };
}
