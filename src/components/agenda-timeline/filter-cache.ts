/**
 * The timeline's filter results and day layouts, computed once per schedule and kept: a render
 * asks for them several times, and a keystroke that extends the query only tests what the last
 * query let through. Pure code: no DOM, no Lit.
 */
import type { Schedule, Session } from '../../data/model.js';
import { compileFilter, filterKey, isFiltering, narrows, type FilterState } from './filter.js';
import { layoutDay, type DayLayout } from './layout.js';
import { nextDay, startOfDay } from '../../data/time.js';

/** The sessions matching one filter, overall (in session order) and per day. */
export interface FilterResult {
  readonly count: number;
  readonly matches: readonly Session[];
  readonly byDay: ReadonlyMap<string, readonly Session[]>;
  readonly test: (session: Session) => boolean;
}

/** How many filter results and layouts one schedule keeps. */
const LIMIT = 24;

/**
 * One timeline's caches. Results are kept per schedule (a refreshed schedule starts afresh, and
 * an old one is let go with it); within a schedule the oldest of {@link LIMIT} entries goes first.
 */
export class FilterCache {
  private readonly caches = new WeakMap<Schedule, Map<string, FilterResult | DayLayout>>();
  /** The last filter applied, whose matches the next keystroke narrows instead of testing every session. */
  private last?: { readonly schedule: Schedule; readonly filter: FilterState; readonly saved: ReadonlySet<string>; readonly result: FilterResult };

  /** The sessions of `schedule` that pass `filter` (with the person's `saved` ids for "only saved"). */
  result(schedule: Schedule, filter: FilterState, saved: ReadonlySet<string>): FilterResult {
    const result = this.cached(schedule, `filter|${filterKey(filter, saved)}`, (): FilterResult => {
      const test = compileFilter(filter, saved);
      const { sessions } = schedule;
      if (!isFiltering(filter)) return { count: sessions.length, matches: sessions, byDay: schedule.byDay, test };
      // Typing on narrows the last result: only what it let through can match the longer query.
      const last = this.last;
      const narrowing = last?.schedule === schedule && last.saved === saved && narrows(last.filter, filter);
      const matches = (narrowing ? last.result.matches : sessions).filter(test);
      // Each match on every day the schedule lists it (a session of several days is on each), in the day's order.
      const matched = new Set(matches);
      const byDay = new Map<string, Session[]>();
      for (const [day, sessions] of schedule.byDay) {
        const list = sessions.filter((session) => matched.has(session));
        if (list.length > 0) byDay.set(day, list);
      }
      return { count: matches.length, matches, byDay, test };
    });
    this.last = { schedule, filter, saved, result };
    return result;
  }

  /** The grid layout of `day`'s sessions that pass `filter`, in `zone`, each drawn at least `minMinutes` tall. */
  dayLayout(schedule: Schedule, day: string, filter: FilterState, saved: ReadonlySet<string>, zone: string, minMinutes: number): DayLayout {
    const sessions = this.result(schedule, filter, saved).byDay.get(day) ?? [];
    const key = `layout|${day}|${zone}|${minMinutes}|${filterKey(filter, saved)}`;
    // The day's bounds are the venue's midnights (or its day changes), which cut the sessions that run in from the day before or on into the next.
    const venue = schedule.event.timeZone;
    return this.cached(schedule, key, () =>
      layoutDay(sessions, schedule.rooms, { zone, minMinutes, dayStartMs: startOfDay(day, venue, schedule.event.dayChange), dayEndMs: startOfDay(nextDay(day), venue, schedule.event.dayChange) }),
    );
  }

  private cached<T extends FilterResult | DayLayout>(schedule: Schedule, key: string, make: () => T): T {
    let cache = this.caches.get(schedule);
    if (!cache) this.caches.set(schedule, (cache = new Map()));
    let value = cache.get(key) as T | undefined;
    if (value === undefined) {
      if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
      value = make();
      cache.set(key, value);
    }
    return value;
  }
}
