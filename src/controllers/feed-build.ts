/**
 * How the shared store builds a v1 feed's model: at once with normalizeFeed, unless a component
 * that can paint a preview of a big feed (the timeline) has been made on the page, which installs
 * the stepped build (src/data/stepped-build.ts). So a page of cards and avatars never downloads
 * or runs the stepped build, and a timeline's page gets it for every feed it reads afterwards.
 */
import type { NormalizeResult } from '../data/model.js';
import type { FeedProgress } from '../data/stepped-build.js';
import { inIdleSlices } from '../internal/idle.js';

/** A build in steps: the result at once (possibly unfinished), and the steps left of a result. */
export interface SteppedBuilder {
  build(input: unknown): NormalizeResult;
  progress(result: NormalizeResult): FeedProgress | undefined;
}

let stepped: SteppedBuilder | undefined;

/** Builds the feeds read from now on in steps (the first builder given stays). */
export function useSteppedBuild(builder: SteppedBuilder): void {
  stepped ??= builder;
}

/** The stepped build in use, if any. */
export function steppedBuild(): SteppedBuilder | undefined {
  return stepped;
}

/** The steps still to take of a result built in steps; undefined for a finished one. */
export function progressOf(result: NormalizeResult): FeedProgress | undefined {
  return stepped?.progress(result);
}

/** The callbacks waiting for each stepped result to be finished. */
const finishing = new WeakMap<NormalizeResult, (() => void)[]>();

/**
 * Calls `then` once every session of `result` is built: at once for a finished result, else after
 * the page's idle slices have built the rest (one run of slices per result, however many wait).
 * Reading the result's `schedule` meanwhile finishes it at once; the slices then end.
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
    for (const callback of callbacks) callback();
    return true;
  }, undefined, 500);
}
