/**
 * The stepped build: {@link normalizeFeedInSteps} gives the same result as normalizeFeed for a
 * first paint that shows one day of a big feed. A first pass places each session on its day; the
 * sessions themselves are built later, the days on screen first, the rest a slice at a time
 * ({@link feedProgress}). The shared feed store (src/controllers) loads this module; normalize.ts
 * does not, so a page that only normalizes pays nothing for it.
 */
import { FeedBuild, guarded, SessionScope, sessionEnd, sessionStart, startBuild, type Context } from './build-session.js';
import type { Diagnostic, EventInfo, FeedSession, NormalizeResult, Schedule } from './model.js';
import { EMPTY_SCHEDULE, freeze } from './records.js';
import { sessionDay } from './indexes.js';
import { dayKey } from './time.js';
import { isNonBlank } from './validate.js';

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
  /** The event-local day (`yyyy-MM-dd`) of an instant. */
  dayAt(ms: number): string;
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
 * A feed's sessions built a day at a time. A first pass reads only what places each session (id,
 * title, start, end or duration, which decide whether it is kept and on which day); each is then
 * checked and built in full by the same code as in feed order ({@link FeedBuild}), which puts the
 * diagnostics back in feed order at the end. So the finished result is the same whatever was built
 * first. A session the first pass cannot place quickly (one that will be skipped, or a repeated id)
 * is built at once, so every skip is decided in feed order as before.
 */
class SteppedBuild implements FeedProgress {
  readonly #feed: FeedBuild;
  /** The entries still to build, by day, in feed order. */
  readonly #waiting = new Map<string, number[]>();
  /** The entries of the earliest start and of the latest end. */
  readonly #spanEntries: number[] = [];
  #left = 0;
  #next = 0;
  /** What a build threw (from code-made input with throwing getters): the result is then fatal. */
  #error: { thrown: unknown } | undefined;

  constructor(feed: FeedBuild) {
    this.#feed = feed;
    const { entries, kept, dayOf, lookups, zone, dayChange } = feed;
    // The first pass's diagnostics are dropped: the full build of each session finds them again.
    const placing: Context = { zone, diagnostics: [] };
    let firstStart = Infinity;
    let lastEnd = -Infinity;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      let startMs: number | undefined;
      let endMs: number | undefined;
      if (placeable(entry) && !kept.has(entry.id)) {
        const scope = new SessionScope(placing, lookups, index, entry);
        startMs = sessionStart(scope);
        endMs = startMs === undefined ? undefined : sessionEnd(scope, startMs);
        placing.diagnostics.length = 0;
      }
      if (endMs === undefined) {
        const session = feed.buildNow(index);
        if (session === null) continue;
        ({ startMs, endMs } = session);
      } else {
        const day = sessionDay(startMs!, zone, (entry as FeedSession).allDay === true, dayChange);
        kept.set((entry as FeedSession).id, index);
        dayOf[index] = day;
        const list = this.#waiting.get(day);
        if (list) list.push(index);
        else this.#waiting.set(day, [index]);
        this.#left++;
      }
      if (startMs! < firstStart) {
        firstStart = startMs!;
        this.#spanEntries[0] = index;
      }
      if (endMs > lastEnd) {
        lastEnd = endMs;
        this.#spanEntries[1] = index;
      }
    }
    feed.close();
  }

  get event(): EventInfo {
    return this.#feed.event;
  }

  get days(): readonly string[] {
    return this.#feed.days;
  }

  get done(): boolean {
    return this.#left === 0;
  }

  dayAt(ms: number): string {
    return dayKey(ms, this.#feed.zone, this.#feed.dayChange);
  }

  dayOf(id: string): string | undefined {
    const index = this.#feed.kept.get(id);
    return index === undefined ? undefined : this.#feed.dayOf[index];
  }

  preview(dates: Iterable<string>): Schedule {
    const shown = new Set(dates);
    const { built } = this.#feed;
    const ok = this.#guard(() => {
      for (const day of shown) {
        for (const index of this.#waiting.get(day) ?? []) if (built[index] === undefined) this.#buildLater(index);
        this.#waiting.delete(day);
      }
      for (const index of this.#spanEntries) if (built[index] === undefined) this.#buildLater(index);
    });
    if (!ok) return EMPTY_SCHEDULE;
    const span = new Set(this.#spanEntries.map((index) => built[index]));
    return this.#feed.schedule((session) => shown.has(session.day) || span.has(session));
  }

  advance(hasTime: () => boolean): boolean {
    const { built, dayOf } = this.#feed;
    this.#guard(() => {
      while (this.#left > 0 && hasTime()) {
        const index = this.#next++;
        if (built[index] === undefined && dayOf[index] !== undefined) this.#buildLater(index);
      }
    });
    return this.#left === 0;
  }

  /** The finished model and every diagnostic, in the order a build in feed order finds them; throws what a build threw. */
  result(): NormalizeResult {
    this.advance(() => true);
    if (this.#error) throw this.#error.thrown;
    return this.#feed.result();
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

  /** An entry the first pass placed and kept: checked and built now. */
  #buildLater(index: number): void {
    this.#feed.build(index);
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

/**
 * A result whose sessions are still being built: reading `schedule` or `diagnostics` finishes the
 * build at once; {@link feedProgress} gives the steps in between.
 */
class SteppedResult implements NormalizeResult {
  /** The build until the result is read; then let go, with the feed's objects it reads from. */
  #build: SteppedBuild | undefined;
  #result: NormalizeResult | undefined;
  declare readonly schedule: Schedule;
  declare readonly diagnostics: readonly Diagnostic[];

  constructor(build: SteppedBuild) {
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

  /** The steps still to take of `result`, when it is a stepped result that is not finished. */
  static progress(result: NormalizeResult): FeedProgress | undefined {
    const build = #build in result ? result.#build : undefined;
    return build && !build.done ? build : undefined;
  }
}

/** The steps still to take of a result of {@link normalizeFeedInSteps}; undefined when it is finished (or any other result). */
export function feedProgress(result: NormalizeResult): FeedProgress | undefined {
  return SteppedResult.progress(result);
}

/**
 * normalizeFeed (normalize.ts) for a first paint that shows one day of a big feed: the top level, rooms,
 * tracks and people are read now, and each session only as far as its day; the sessions themselves
 * are built later. The result is the same as normalizeFeed's: reading its `schedule` or
 * `diagnostics` builds whatever is left at once. In between, {@link feedProgress} gives a preview of
 * some days and builds the rest a slice at a time (the components do that while the page is idle).
 * Feeds with few sessions are built at once. The sessions are read from `input` as they are built:
 * it must not change meanwhile (a component's `feed` is replaced, never changed in place).
 */
export function normalizeFeedInSteps(input: unknown): NormalizeResult {
  return guarded(() => {
    const feed = startBuild(input);
    if (!(feed instanceof FeedBuild)) return feed;
    if (feed.entries.length < STEPPED_MIN_SESSIONS) return feed.inOrder();
    const build = new SteppedBuild(feed);
    return build.done ? build.result() : new SteppedResult(build);
  });
}

