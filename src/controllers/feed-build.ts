/**
 * Whether the shared store builds a v1 feed's model in steps: only once a component that can paint
 * a preview of a big feed (the timeline) has been made on the page; otherwise at once with
 * normalizeFeed. The reader (feed-read.ts, loaded on demand) does the building and gives the way to
 * follow a stepped result here; this small module is what the store and the controllers use.
 */
import type { NormalizeResult } from '../data/model.js';
import type { FeedProgress } from '../data/stepped-build.js';
import { inIdleSlices } from '../internal/idle.js';

let stepped = false;
let progress: ((result: NormalizeResult) => FeedProgress | undefined) | undefined;

/** Builds the feeds read from now on in steps. */
export function useSteppedBuild(): void {
  stepped = true;
}

/** Whether feeds are built in steps. */
export function buildsInSteps(): boolean {
  return stepped;
}

/** The reader gives the way to follow its stepped results (stepped-build.ts's feedProgress). */
export function followSteps(steps: (result: NormalizeResult) => FeedProgress | undefined): void {
  progress = steps;
}

/** The steps still to take of a result built in steps; undefined for a finished one. */
export function progressOf(result: NormalizeResult): FeedProgress | undefined {
  return progress?.(result);
}

/** The callbacks waiting for each stepped result to be finished. */
const finishing = new WeakMap<NormalizeResult, (() => void)[]>();

/**
 * Calls `then` once every session of `result` is built: at once for a finished result, else in
 * the task after the page's idle slices have built the rest (one run of slices per result, however
 * many wait). Reading the result's `schedule` meanwhile finishes it at once; the slices then end.
 */
export function whenFinished(result: NormalizeResult, then: () => void): void {
  const progress = progressOf(result);
  if (!progress) return then();
  const waiting = finishing.get(result);
  if (waiting) return void waiting.push(then);
  const callbacks = [then];
  finishing.set(result, callbacks);
  inIdleSlices((hasTime) => {
    if (!progress.advance(hasTime)) return false;
    finishing.delete(result);
    // In a task of its own: the components' render of the whole model would lengthen this slice
    // (its microtasks run in the same task) past 50 ms.
    setTimeout(() => {
      for (const callback of callbacks) callback();
    });
    return true;
  }, undefined, 500);
}
