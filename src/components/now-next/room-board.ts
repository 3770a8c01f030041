/**
 * What a screen by a room's door shows at an instant: per room, the session on now and the one that
 * comes next today. Sessions without a room (a coffee break, lunch) are everybody's: they count for
 * every room that has nothing of its own on while they run. Cancelled sessions are the ones the feed
 * no longer has (an iCalendar `STATUS:CANCELLED` is dropped when it is read), so they never appear.
 * Pure code: no DOM, no Lit.
 */
import { dayKey } from '../../data/time.js';
import type { Room, Schedule, Session } from '../../data/model.js';

/**
 * One room's row: what is on now and what comes next today (either may be empty, not both). Most
 * often one of each; more where sessions run at once (a feed without rooms, or a room that holds
 * several), all of them, in start order.
 */
export interface RoomRow {
  /** Undefined for a feed without rooms, whose sessions make one row. */
  readonly room?: Room;
  readonly now: readonly Session[];
  /** The sessions that start next, at the same instant. */
  readonly next: readonly Session[];
}

/** The board at an instant. */
export interface Board {
  /** The rooms with something on now or next today, in the feed's room order. */
  readonly rows: readonly RoomRow[];
  /** The rooms that had sessions today and have nothing more, in the feed's room order. */
  readonly done: readonly Room[];
  /** Whether the venue's day has sessions (live ones from the day before included). */
  readonly hasSessions: boolean;
  /** Whether every session of the day is over. */
  readonly ended: boolean;
}

const isOn = (session: Session, ms: number): boolean => session.startMs <= ms && ms < session.endMs;

/**
 * A room's row among the day's `sessions` (in start order): its own sessions on now, else the shared
 * ones; next, those that start first later, a shared one only if the room has nothing of its own on then.
 */
function roomRow(sessions: readonly Session[], room: Room | undefined, nowMs: number): RoomRow {
  const own = room ? sessions.filter((session) => session.room?.id === room.id) : sessions;
  const mine = room ? sessions.filter((session) => !session.room || session.room.id === room.id) : sessions;
  const busy = (ms: number): boolean => own.some((session) => isOn(session, ms));
  const ownNow = own.filter((session) => isOn(session, nowMs));
  const later = mine.filter((session) => session.startMs > nowMs && (own.includes(session) || !busy(session.startMs)));
  return {
    room,
    now: ownNow.length > 0 ? ownNow : mine.filter((session) => isOn(session, nowMs)),
    next: later.filter((session) => session.startMs === later[0]!.startMs),
  };
}

/**
 * The board of `schedule` at `nowMs` for one room (`roomId`) or every room, on the venue's day.
 * A `roomId` the feed does not have gives an empty board of that day.
 */
export function roomBoard(schedule: Schedule, nowMs: number, roomId?: string): Board {
  const day = dayKey(nowMs, schedule.event.timeZone, schedule.event.dayChange);
  const sessions = schedule.sessions.filter((session) => session.day === day || isOn(session, nowMs));
  const room = roomId === undefined ? undefined : schedule.roomsById.get(roomId);
  const rooms: readonly (Room | undefined)[] = roomId !== undefined ? (room ? [room] : []) : schedule.rooms.length > 0 ? schedule.rooms : [undefined];
  const rows: RoomRow[] = [];
  const done: Room[] = [];
  for (const each of rooms) {
    const row = roomRow(sessions, each, nowMs);
    const used = !each || sessions.some((session) => session.room?.id === each.id);
    // Every room has a row on its own screen; on the foyer's, only the rooms in use today.
    if ((row.now.length > 0 || row.next.length > 0) && (used || roomId !== undefined)) rows.push(row);
    else if (each && used) done.push(each);
  }
  return { rows, done, hasSessions: sessions.length > 0, ended: sessions.length > 0 && sessions.every((session) => session.endMs <= nowMs) };
}
