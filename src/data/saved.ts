/**
 * The person's own schedule, without an account: the sessions they saved, each kept as a snapshot
 * taken when it was saved, compared with the programme as it is now (moved, cancelled), checked
 * for overlaps, and written into a share link.
 *
 * Pure code (no DOM, no storage): `src/controllers/saved-store.ts` keeps the entries in the browser.
 */
import type { EventInfo, Session } from './model.js';

/** A saved session as it was when the person saved it, so a change or a cancellation can be told. */
export interface SavedEntry {
  readonly id: string;
  readonly title: string;
  /** Epoch milliseconds of the start and end at save time. */
  readonly startMs: number;
  readonly endMs: number;
  /** The room's name at save time, when the session had a room. */
  readonly roomName?: string;
  /** Whether the session lasted all day (only written when it did; entries saved before this flag have none). */
  readonly allDay?: boolean;
  /** Epoch milliseconds of the save. */
  readonly savedAt: number;
}

/** A saved session that is still in the programme, but at another time or in another room. */
export interface MovedSession {
  readonly entry: SavedEntry;
  readonly session: Session;
  /** The start or the end changed. */
  readonly timeChanged: boolean;
  /** The room changed (or the session gained or lost its room). */
  readonly roomChanged: boolean;
}

/** The saved entries against the programme as it is now. */
export interface SavedDiff {
  /** Every saved session still in the programme (moved ones too), in programme order. */
  readonly current: readonly Session[];
  /** Those of `current` whose time or room changed since they were saved, in programme order. */
  readonly moved: readonly MovedSession[];
  /** Entries whose session is no longer in the programme, by their saved start. */
  readonly cancelled: readonly SavedEntry[];
}

/** The name of the share link's query parameter (`?st-shared=v2.igf-2014.ws196.ws204`; see {@link encodeSavedIds}). */
export const SHARE_PARAM = 'st-shared';

/** The version prefix of the share links this code writes, which name their event. */
const SHARE_VERSION = 'v2';
/** The version prefix of the older share links, which name no event; still read, for the links already shared. */
const UNNAMED_SHARE_VERSION = 'v1';
/** The most ids a share link may carry, and the longest id; anything longer is not ours. */
const MAX_SHARED_IDS = 500;
const MAX_ID_LENGTH = 200;

/** The key saved sessions are kept under for an event: its `id`, else its name. */
export function savedEventKey(event: Pick<EventInfo, 'id' | 'name'>): string {
  return event.id ?? event.name;
}

/** A snapshot of a session for the saved list, taken at `nowMs`. */
export function toSavedEntry(session: Session, nowMs: number): SavedEntry {
  const { id, title, startMs, endMs, room, allDay } = session;
  return { id, title, startMs, endMs, ...(room && { roomName: room.name }), ...(allDay && { allDay }), savedAt: nowMs };
}

/** The furthest instant from 1970 a `Date` can hold, in milliseconds either way (ECMA-262, "Time Values and Time Range"). */
const MAX_TIME_MS = 8.64e15;

/** Whether a value read from storage is epoch milliseconds a `Date` can hold. */
function isTime(value: unknown): value is number {
  return typeof value === 'number' && Math.abs(value) <= MAX_TIME_MS;
}

/** Whether a value read back from storage is a well-formed entry (anything else is skipped, never trusted). */
export function isSavedEntry(value: unknown): value is SavedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['id'] === 'string' &&
    entry['id'] !== '' &&
    typeof entry['title'] === 'string' &&
    isTime(entry['startMs']) &&
    isTime(entry['endMs']) &&
    isTime(entry['savedAt']) &&
    (entry['roomName'] === undefined || typeof entry['roomName'] === 'string') &&
    (entry['allDay'] === undefined || typeof entry['allDay'] === 'boolean')
  );
}

/**
 * Compares the saved entries with a schedule: which saved sessions are still there (`current`),
 * which of those moved or changed room since they were saved (`moved`), and which are gone
 * (`cancelled`). Nothing is dropped: every entry is in `current` or in `cancelled`.
 */
export function diffSaved(entries: readonly SavedEntry[], schedule: { readonly sessionsById: ReadonlyMap<string, Session> }): SavedDiff {
  const current: Session[] = [];
  const moved: MovedSession[] = [];
  const cancelled: SavedEntry[] = [];
  for (const entry of entries) {
    const session = schedule.sessionsById.get(entry.id);
    if (!session) {
      cancelled.push(entry);
      continue;
    }
    current.push(session);
    const timeChanged = session.startMs !== entry.startMs || session.endMs !== entry.endMs;
    const roomChanged = session.room?.name !== entry.roomName;
    if (timeChanged || roomChanged) moved.push({ entry, session, timeChanged, roomChanged });
  }
  const programmeOrder = (a: Session, b: Session): number => a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;
  current.sort(programmeOrder);
  moved.sort((a, b) => programmeOrder(a.session, b.session));
  cancelled.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return { current, moved, cancelled };
}

/**
 * The pairs of sessions that overlap in time, each pair in start order. Sessions that only touch
 * (one ends as the next starts) do not overlap; a zero-length item clashes with what runs at its
 * instant and with another at the same instant. An all-day session (a hackathon, an exhibition)
 * clashes with nothing, as in a calendar: one goes to it between the rest.
 */
export function clashes(sessions: readonly Session[]): (readonly [Session, Session])[] {
  const sorted = sessions.filter((session) => !session.allDay).sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const pairs: (readonly [Session, Session])[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    // In start order, the later one overlaps if it starts before the first ends, or with it.
    for (let j = i + 1; j < sorted.length && (sorted[j]!.startMs < first.endMs || sorted[j]!.startMs === first.startMs); j++) {
      if (sorted[j]!.id !== first.id) pairs.push([first, sorted[j]!]);
    }
  }
  return pairs;
}

/** An id as a share-link segment: percent-encoded, with `.` (the separator) encoded too. */
function encodeSegment(id: string): string {
  return encodeURIComponent(id).replaceAll('.', '%2E');
}

/** A lone surrogate: text that cannot be written as UTF-8, so cannot travel in a URL. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Session ids as the value of a share link's {@link SHARE_PARAM}, `.`-separated after a version:
 * `v2.igf-2014.ws196.ws204` names the event (its key, {@link savedEventKey}) before the ids, so
 * that only that event's list offers them. Without `eventKey`, or with one that is not well-formed
 * text, it is a link of the older form, which names no event and is offered by every event's list:
 * `v1.ws196.ws204`. The key and ids are percent-encoded where needed (most need nothing);
 * duplicates, empty and overlong ids and ids that are not well-formed text are left out.
 */
export function encodeSavedIds(ids: Iterable<string>, eventKey?: string): string {
  // An overlong id would make decodeSavedIds refuse the whole link: it goes without that one.
  const unique = [...new Set(ids)].filter((id) => id !== '' && id.length <= MAX_ID_LENGTH && !LONE_SURROGATE.test(id));
  const head = eventKey === undefined || LONE_SURROGATE.test(eventKey) ? [UNNAMED_SHARE_VERSION] : [SHARE_VERSION, eventKey];
  return [...head, ...unique].map(encodeSegment).join('.');
}

/**
 * The session ids of a share link's value (see {@link encodeSavedIds}), or `undefined` when it is
 * not one this code wrote (another version, a bad escape, an empty or overlong id, too many ids) or
 * names another event than `eventKey`. A `v1` link names none and is read for any. Duplicates are dropped.
 */
export function decodeSavedIds(text: string, eventKey?: string): readonly string[] | undefined {
  const [version, ...segments] = text.trim().split('.');
  let ids: string[];
  try {
    ids = segments.map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (version === SHARE_VERSION) {
    const event = ids.shift();
    if (event === undefined || (eventKey !== undefined && event !== eventKey)) return undefined;
  } else if (version !== UNNAMED_SHARE_VERSION) return undefined;
  if (ids.length > MAX_SHARED_IDS || ids.some((id) => id === '' || id.length > MAX_ID_LENGTH)) return undefined;
  return [...new Set(ids)];
}
