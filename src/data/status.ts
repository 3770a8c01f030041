/**
 * Where sessions and the event stand against a clock. The clock is always passed in (epoch
 * milliseconds), so components can tick it and tests can pin it.
 */
import type { Schedule, Session, Status } from './model.js';
import { nextDay, startOfDay } from './time.js';

/** Upcoming before `startMs`, live from `startMs` until `endMs`, ended from then on (a zero-length item is never live). */
function statusBetween(startMs: number, endMs: number, nowMs: number): Status {
  if (nowMs < startMs) return 'upcoming';
  return nowMs < endMs ? 'live' : 'ended';
}

/** Where a session stands at `nowMs`: `upcoming` before its start, `live` until its end, then `ended`. */
export function sessionStatus(session: Pick<Session, 'startMs' | 'endMs'>, nowMs: number): Status {
  return statusBetween(session.startMs, session.endMs, nowMs);
}

/** The latest end of a schedule's sessions, found once per schedule (a timeline asks on every render). */
const lastEnds = new WeakMap<Schedule, number>();

function lastEnd(schedule: Schedule): number {
  let endMs = lastEnds.get(schedule);
  if (endMs === undefined) {
    endMs = -Infinity;
    for (const session of schedule.sessions) endMs = Math.max(endMs, session.endMs);
    lastEnds.set(schedule, endMs);
  }
  return endMs;
}

/**
 * Where the event stands at `nowMs`. It runs from the first session's start to the latest session
 * end; without sessions, from the start of its first day to the end of its last day in its zone
 * (at its day change, see `EventInfo.dayChange`: a night running late is still its day);
 * with neither it is `upcoming` (nothing says it has begun).
 */
export function eventStatus(schedule: Schedule, nowMs: number): Status {
  const { sessions, event } = schedule;
  if (sessions.length > 0) return statusBetween(sessions[0]!.startMs, lastEnd(schedule), nowMs);
  if (event.firstDay === undefined || event.lastDay === undefined) return 'upcoming';
  return statusBetween(startOfDay(event.firstDay, event.timeZone, event.dayChange), startOfDay(nextDay(event.lastDay), event.timeZone, event.dayChange), nowMs);
}

/** The sessions live at `nowMs`, in schedule order. */
export function liveSessions(schedule: Schedule, nowMs: number): readonly Session[] {
  return schedule.sessions.filter((session) => session.startMs <= nowMs && nowMs < session.endMs);
}

/** The sessions of the first start instant after `nowMs` (several in parallel rooms), or none when nothing starts later. */
export function nextSessions(schedule: Schedule, nowMs: number): readonly Session[] {
  const { sessions } = schedule;
  // Sessions are sorted by start: binary search for the first one that starts after now.
  let low = 0;
  let high = sessions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sessions[mid]!.startMs <= nowMs) low = mid + 1;
    else high = mid;
  }
  const next = sessions[low];
  if (next === undefined) return [];
  let end = low;
  while (end < sessions.length && sessions[end]!.startMs === next.startMs) end++;
  return sessions.slice(low, end);
}
