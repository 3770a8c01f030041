/**
 * The store's way to the feed reader (feed-read.ts: JSON, the normalizer, the adapters), which is
 * most of the data layer: a page whose components are handed a `schedule` never needs it, and one
 * that names a `src` can download it while the feed itself downloads. So the store imports it on
 * first need; the single-file bundle, which holds everything, provides it at once
 * ({@link provideFeedReader} in src/define.ts), and reading is then synchronous.
 */
import type { FeedCopy } from './feed-cache.js';
import type { FeedReadOptions, LoadedFeed } from './feed-types.js';

type FeedRead = typeof import('./feed-read.js');

let reader: FeedRead | undefined;
let loading: Promise<FeedRead> | undefined;

/** Gives the store the reader now, so that nothing waits for it (the single-file bundle does). */
export function provideFeedReader(module: FeedRead): void {
  reader = module;
}

/** Starts downloading the reader, if it is not here yet (a component does when it names a feed). */
export function prepareFeedReader(): Promise<FeedRead> {
  if (reader) return Promise.resolve(reader);
  loading ??= import('./feed-read.js').then(
    (module) => (reader = module),
    (error: unknown) => {
      loading = undefined; // a failed download may succeed later (the connection came back)
      throw error;
    },
  );
  return loading;
}

/** The reader's outcome once it is here, or the failure to download it. */
function withReader(read: (module: FeedRead) => LoadedFeed | Promise<LoadedFeed>): LoadedFeed | Promise<LoadedFeed> {
  if (reader) return read(reader);
  return prepareFeedReader().then(read, (): LoadedFeed => ({ ok: false, reason: 'no-reader', diagnostics: [] }));
}

/** Reads a feed's text (see feed-read.ts `fromText`). */
export function readText(text: string, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  return withReader((module) => module.fromText(text, options));
}

/** Reads a parsed feed (see feed-read.ts `fromValue`). */
export function readValue(value: unknown, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  return withReader((module) => module.fromValue(value, options));
}

/** Keeps a copy the reader has read well for the next visit (see feed-keep.ts): the reader, and the code that keeps, are here then. */
export function keepRead(url: string, copy: FeedCopy, maxLength: number): void {
  reader?.keepCopy(url, copy, maxLength);
}
