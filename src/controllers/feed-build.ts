/**
 * How the shared store builds a v1 feed's model: at once with normalizeFeed, unless a component
 * that can paint a preview of a big feed (the timeline) has been made on the page, which installs
 * the stepped build (src/data/stepped-build.ts). So a page of cards and avatars never downloads
 * or runs the stepped build, and a timeline's page gets it for every feed it reads afterwards.
 */
import { normalizeFeed } from '../data/normalize.js';
import type { NormalizeResult } from '../data/model.js';
import type { FeedProgress } from '../data/stepped-build.js';

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

/** The model of a v1 feed, built in steps where that is in use. */
export function buildModel(input: unknown): NormalizeResult {
  return stepped ? stepped.build(input) : normalizeFeed(input);
}

/** The steps still to take of a result built in steps; undefined for a finished one. */
export function progressOf(result: NormalizeResult): FeedProgress | undefined {
  return stepped?.progress(result);
}
