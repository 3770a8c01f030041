/**
 * From a feed (JSON text or a parsed value) to the immutable model every component renders: the
 * data layer's public entry to it, {@link normalizeFeed}, and the model of a feed that could not
 * be read, {@link emptySchedule}.
 *
 * validate.ts checks the shapes; build-session.ts checks and builds each session with the records
 * of records.ts; indexes.ts makes the schedule, whose indexes by room, track and person, time
 * slots and conflicts are built on first access, as are a session's ISO `start`/`end` and `roles`.
 * Everything returned is frozen (maps are read-only views).
 *
 * stepped-build.ts gives the same result for a first paint of one day of a big feed
 * (`normalizeFeedInSteps`); this module does not load it.
 */
import { FeedBuild, guarded, startBuild } from './build-session.js';
import type { NormalizeResult, Schedule } from './model.js';
import { EMPTY_SCHEDULE } from './records.js';

/** The model of a feed that could not be read: no event name, UTC, nothing in it. */
export function emptySchedule(): Schedule {
  return EMPTY_SCHEDULE;
}

/**
 * Validates and normalizes a version 1 feed, given as JSON text or as an already parsed value.
 * Never throws: text that is not JSON, a wrong version or an unusable event give one `fatal`
 * diagnostic and {@link emptySchedule}; a bad entry is skipped (`error`); a bad detail is dropped
 * (`warning`). Diagnostics come in the order they were found. The result is deeply frozen.
 */
export function normalizeFeed(input: unknown): NormalizeResult {
  return guarded(() => {
    const build = startBuild(input);
    return build instanceof FeedBuild ? build.inOrder() : build;
  });
}
