/**
 * The geometry of a day's grid: one column per room (in the feed's room order), time running
 * down, sessions that overlap in one room side by side in lanes, sessions without a room either
 * spanning the rooms that are free while they run (a break nobody is in a room for) or in an
 * "Other" column. Positions are
 * in columns and minutes; the element turns them into pixels, so a layout does not depend on the
 * width it is shown at and can be cached per (schedule, day, filter).
 *
 * Also: the hour ticks of the axis in a zone, and the neighbours of an item for keyboard moves.
 * Pure code: no DOM, no Lit.
 */
import type { Room, Session } from '../../data/model.js';
import { zoneOffset } from '../../data/time.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** The height of the all-day row above the hours, in minutes of the grid. */
export const ALL_DAY_MINUTES = 30;

/** A column: a room, or the sessions without one (`room` undefined). */
export interface GridColumn {
  readonly room?: Room;
}

/** One session placed in the grid. */
export interface GridItem {
  readonly session: Session;
  /** Its place in the day's session order. */
  readonly index: number;
  /** First column, and how many columns it covers (more than one for a spanning session). */
  readonly column: number;
  readonly span: number;
  /** Its lane among the sessions it overlaps, and the number of lanes they share. */
  readonly lane: number;
  readonly lanes: number;
  /** Minutes from the layout's start to the session's start, and its drawn length in minutes. */
  readonly top: number;
  readonly height: number;
  /** Whether the session began before the day (drawn from the day's start) or runs on after it (drawn to its end). */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

/** A day laid out. */
export interface DayLayout {
  /** The first drawn instant (a whole hour of the zone) and the last one (likewise). */
  readonly startMs: number;
  readonly endMs: number;
  readonly minutes: number;
  readonly columns: readonly GridColumn[];
  /** Every item in session order (start, then end, then feed order). */
  readonly items: readonly GridItem[];
  /** The items of each column (a spanning item in none), by start. */
  readonly byColumn: readonly (readonly GridItem[])[];
  /** The items that span several columns (the roomless sessions that are not in Other, the all-day ones), by start. */
  readonly spanning: readonly GridItem[];
  /** Whether the day has all-day sessions, drawn side by side across every column in a row above the hours. */
  readonly allDay: boolean;
}

/** How to lay out a day. */
export interface LayoutOptions {
  /** The zone whose whole hours bound the drawing. */
  readonly zone: string;
  /** The shortest drawn length in minutes, so a 5-minute item stays readable (and gets its own lane). */
  readonly minMinutes: number;
  /**
   * The day's first and last instant (the venue's midnights): a session that runs in from the day
   * before or on into the next is drawn only within them. Unset, every session is drawn whole.
   */
  readonly dayStartMs?: number;
  readonly dayEndMs?: number;
}

/** The moves of the keyboard between items. */
export type GridMove = 'up' | 'down' | 'next-column' | 'previous-column' | 'first' | 'last';

/** The start of the zone's hour that holds `ms`. */
function floorHour(ms: number, zone: string): number {
  const local = ms + zoneOffset(zone, ms) * MINUTE_MS;
  return ms - (((local % HOUR_MS) + HOUR_MS) % HOUR_MS);
}

/** The first whole hour of the zone at or after `ms`. */
function ceilHour(ms: number, zone: string): number {
  const floor = floorHour(ms, zone);
  return floor === ms ? ms : floorHour(floor + HOUR_MS + MINUTE_MS, zone);
}

/**
 * Lanes for the items `group` (indexes, sorted by start) drawn from `startMs` to `drawnEndMs`: each
 * overlapping cluster gets as many lanes as it needs at most at once, and every item in the
 * cluster knows that number. Written into `lane` and `lanes`, by index.
 */
function assignLanes(group: readonly number[], startMs: readonly number[], drawnEndMs: readonly number[], lane: number[], lanes: number[]): void {
  let clusterStart = 0;
  const laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = (end: number): void => {
    for (let k = clusterStart; k < end; k++) lanes[group[k]!] = laneEnds.length;
    clusterStart = end;
    laneEnds.length = 0;
  };
  for (let k = 0; k < group.length; k++) {
    const i = group[k]!;
    if (startMs[i]! >= clusterEnd) close(k);
    let free = 0;
    while (free < laneEnds.length && laneEnds[free]! > startMs[i]!) free++;
    laneEnds[free] = drawnEndMs[i]!;
    lane[i] = free;
    clusterEnd = Math.max(clusterEnd, drawnEndMs[i]!);
  }
  close(group.length);
}

/**
 * The columns a roomless session spans: the longest run of neighbouring room columns that none of
 * the sorted (by start) roomed sessions holds while it runs, if that run has two rooms at least (or
 * is the only room), so that nobody reads it as one room's; else undefined (it goes to Other).
 */
function freeRun(session: Session, roomed: readonly Session[], columnOf: ReadonlyMap<string, number>, roomCount: number): { column: number; span: number } | undefined {
  const busy = new Array<boolean>(roomCount).fill(false);
  for (const other of roomed) {
    if (other.startMs >= session.endMs) break;
    if (other.endMs > session.startMs) busy[columnOf.get(other.room!.id)!] = true;
  }
  let best = { column: 0, span: 0 };
  let runStart = 0;
  for (let column = 0; column <= roomCount; column++) {
    if (column < roomCount && !busy[column]) continue;
    if (column - runStart > best.span) best = { column: runStart, span: column - runStart };
    runStart = column + 1;
  }
  return best.span >= Math.min(2, roomCount) && best.span > 0 ? best : undefined;
}

/**
 * Lays out one day's sessions (in session order). Columns are the rooms that hold a session, in
 * `rooms` order, then "Other" when a session without a room finds no run of free rooms to span
 * (or there are no rooms at all). The all-day row holds the sessions the feed marks `allDay`; times
 * from midnight to midnight are not read as all-day any more: the iCalendar adapter, the one source
 * of such sessions, now sets the field, and a feed that does not is taken at its word (a 24-hour
 * hackathon is drawn as the 24 hours it is, as the card and the calendar file show it). A timed
 * session that runs in from the day before or on into the next (given `dayStartMs` and `dayEndMs`)
 * is drawn within the day and marked cut there, as a calendar draws each day's part of it: the
 * grid never runs on past the day's end under a clock that starts over.
 */
export function layoutDay(sessions: readonly Session[], rooms: readonly Room[], options: LayoutOptions): DayLayout {
  const minMs = options.minMinutes * MINUTE_MS;
  const dayStartMs = Number.isFinite(options.dayStartMs) ? options.dayStartMs! : -Infinity;
  const dayEndMs = Number.isFinite(options.dayEndMs) ? options.dayEndMs! : Infinity;
  /** A timed session's drawn start and end: its own, within the day. */
  const drawnStart = (session: Session): number => Math.max(session.startMs, dayStartMs);
  const drawnEnd = (session: Session): number => Math.min(session.endMs, dayEndMs);
  const allDay = new Set(sessions.filter((session) => session.allDay));
  const timed = allDay.size === 0 ? sessions : sessions.filter((session) => !allDay.has(session));
  const roomed = timed.filter((session) => session.room);
  const usedRooms = new Set(roomed.map((session) => session.room!.id));
  const columns: GridColumn[] = [];
  const columnOf = new Map<string, number>();
  const addColumn = (room: Room): void => {
    if (columnOf.has(room.id)) return;
    columnOf.set(room.id, columns.length);
    columns.push({ room });
  };
  for (const room of rooms) if (usedRooms.has(room.id)) addColumn(room);
  // A room the room list does not name (a feed without `rooms`) still gets its column.
  for (const session of roomed) addColumn(session.room!);
  const roomCount = columns.length;
  const runs = new Map<Session, { column: number; span: number }>();
  for (const session of timed) {
    const run = session.room || roomCount === 0 ? undefined : freeRun(session, roomed, columnOf, roomCount);
    if (run) runs.set(session, run);
  }
  const inOther = new Set(timed.filter((session) => !session.room && !runs.has(session)));
  if (inOther.size > 0 || (columns.length === 0 && allDay.size > 0)) columns.push({});
  // The hours start at the first timed session's hour; all-day sessions get a row above it.
  const first = timed[0] ? drawnStart(timed[0]) : sessions[0]?.startMs;
  const firstHour = first === undefined ? 0 : floorHour(first, options.zone);
  const startMs = allDay.size > 0 ? firstHour - ALL_DAY_MINUTES * MINUTE_MS : firstHour;

  // Per session (by its index in `sessions`): its column, whether it spans every room, where its drawing ends.
  const count = sessions.length;
  const column = new Array<number>(count);
  const spans = new Array<boolean>(count);
  const startMsOf = new Array<number>(count);
  const drawnEndMs = new Array<number>(count);
  // Lanes are shared within a column; the spanning items have their own set.
  const groups = new Map<number, number[]>();
  let lastEnd = -Infinity;
  for (let i = 0; i < count; i++) {
    const session = sessions[i]!;
    if (allDay.has(session)) {
      // In the row above the hours, across every column, side by side with the day's other all-day sessions.
      column[i] = 0;
      spans[i] = true;
      startMsOf[i] = startMs;
      drawnEndMs[i] = startMs + ALL_DAY_MINUTES * MINUTE_MS;
      const group = groups.get(-2);
      if (group) group.push(i);
      else groups.set(-2, [i]);
      continue;
    }
    const run = runs.get(session);
    const spanning = run !== undefined;
    column[i] = session.room ? columnOf.get(session.room.id)! : (run?.column ?? columns.length - 1);
    spans[i] = spanning;
    startMsOf[i] = drawnStart(session);
    drawnEndMs[i] = Math.max(drawnEnd(session), startMsOf[i]! + minMs);
    lastEnd = Math.max(lastEnd, drawnEndMs[i]!);
    const key = spanning ? -1 : column[i]!;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const lane = new Array<number>(count);
  const lanes = new Array<number>(count);
  for (const group of groups.values()) assignLanes(group, startMsOf, drawnEndMs, lane, lanes);

  const endMs = count > 0 ? ceilHour(Math.max(lastEnd, firstHour + HOUR_MS), options.zone) : 0;
  const byColumn: GridItem[][] = columns.map(() => []);
  const spanning: GridItem[] = [];
  const items = new Array<GridItem>(count);
  for (let i = 0; i < count; i++) {
    const item: GridItem = {
      session: sessions[i]!,
      index: i,
      column: column[i]!,
      span: allDay.has(sessions[i]!) ? columns.length : (runs.get(sessions[i]!)?.span ?? 1),
      lane: lane[i]!,
      lanes: lanes[i]!,
      top: (startMsOf[i]! - startMs) / MINUTE_MS,
      height: (drawnEndMs[i]! - startMsOf[i]!) / MINUTE_MS,
      cutStart: !allDay.has(sessions[i]!) && sessions[i]!.startMs < dayStartMs,
      cutEnd: !allDay.has(sessions[i]!) && sessions[i]!.endMs > dayEndMs,
    };
    items[i] = item;
    if (spans[i]) spanning.push(item);
    else byColumn[item.column]!.push(item);
  }
  return { startMs, endMs, minutes: (endMs - startMs) / MINUTE_MS, columns, items, byColumn, spanning, allDay: allDay.size > 0 };
}

/** The instants of the zone's whole hours from the layout's start to its end. */
export function hourTicks(layout: DayLayout, zone: string): number[] {
  const ticks: number[] = [];
  for (let ms = floorHour(layout.startMs, zone); ms <= layout.endMs; ms = floorHour(ms + HOUR_MS + MINUTE_MS, zone)) {
    if (ms >= layout.startMs) ticks.push(ms);
  }
  return ticks;
}

/** The items of a column, with the spanning items that cover it, by start. */
function itemsOfColumn(layout: DayLayout, column: number): readonly GridItem[] {
  const own = layout.byColumn[column] ?? [];
  const over = layout.spanning.filter((item) => column >= item.column && column < item.column + item.span);
  if (over.length === 0) return own;
  return [...own, ...over].sort((a, b) => a.top - b.top || a.lane - b.lane);
}

/** The item of `candidates` nearest in time to `item`: the one whose start is closest, earlier on a tie. */
function nearestInTime(candidates: readonly GridItem[], item: GridItem): GridItem | undefined {
  let best: GridItem | undefined;
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.top - item.top) < Math.abs(best.top - item.top)) best = candidate;
  }
  return best;
}

/**
 * Where a keyboard move from `item` lands: up and down in its column (through the spanning items;
 * from a spanning item, in `column`, the one the person came from), to the nearest-in-time item of
 * the next or previous column that has any, or the day's first or last item. `undefined` when
 * there is nowhere to go.
 */
export function neighbour(layout: DayLayout, item: GridItem, move: GridMove, column = item.column): GridItem | undefined {
  const { items } = layout;
  if (move === 'first') return items[0];
  if (move === 'last') return items[items.length - 1];
  if (move === 'up' || move === 'down') {
    const inColumn = itemsOfColumn(layout, item.span > 1 ? column : item.column);
    return inColumn[inColumn.indexOf(item) + (move === 'down' ? 1 : -1)];
  }
  const step = move === 'next-column' ? 1 : -1;
  const from = move === 'next-column' ? item.column + item.span - 1 : item.column;
  for (let column = from + step; column >= 0 && column < layout.columns.length; column += step) {
    const found = nearestInTime(layout.byColumn[column]!, item);
    if (found) return found;
  }
  return undefined;
}
