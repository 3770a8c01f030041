/**
 * The store's way to the feed reader (feed-read.ts: JSON, the normalizer, the adapters, and the
 * console's explanations of what is wrong with a feed), which is most of the data layer: a page
 * whose components are handed a `schedule` never needs it, and one that names a `src` can download
 * it while the feed itself downloads. So the store imports it on first need; the single-file
 * bundle, which holds everything, provides it at once ({@link provideFeedReader} in src/define.ts),
 * and reading and explaining are then synchronous.
 */
import type { FeedCopy } from './feed-cache.js';
import type { FeedFailure, FeedReadOptions, LoadedFeed } from './feed-types.js';

type FeedRead = typeof import('./feed-read.js');

let reader: FeedRead | undefined;
let loading: Promise<FeedRead> | undefined;

/** Gives the store the reader now, so that nothing waits for it (the single-file bundle does). */
export function provideFeedReader(module: FeedRead): void {
  reader = module;
}

/** @internal How the reader is downloaded (a test makes the download fail). */
export const readerDownload = { start: (): Promise<FeedRead> => import('./feed-read.js') };

/** Starts downloading the reader, if it is not here yet (a component does when it names a feed). */
export function prepareFeedReader(): Promise<FeedRead> {
  if (reader) return Promise.resolve(reader);
  loading ??= readerDownload.start().then(
    (module) => (reader = module),
    (error: unknown) => {
      loading = undefined; // a failed download may succeed later (the connection came back)
      throw error;
    },
  );
  return loading;
}

/** What `use` makes of the reader, at once when it is here; `without` once its download failed. */
function withReader<T>(use: (module: FeedRead) => T | Promise<T>, without: () => T): T | Promise<T> {
  return reader ? use(reader) : prepareFeedReader().then(use, without);
}

const noReader = (): LoadedFeed => ({ ok: false, reason: 'no-reader', diagnostics: [] });

/** Reads a feed's text (see feed-read.ts `fromText`). */
export function readText(text: string, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  return withReader((module) => module.fromText(text, options), noReader);
}

/** Reads a parsed feed (see feed-read.ts `fromValue`). */
export function readValue(value: unknown, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  return withReader((module) => module.fromValue(value, options), noReader);
}

/** Without the reader, which holds the explanations: the failure's reason and status as they are. */
const unexplained = (label: string, { reason, status }: FeedFailure): string =>
  `could not load the feed ${label} (${reason}${status ? ` ${status}` : ''}): the module that reads feeds and explains failures could not be downloaded`;

/** Why the feed `label` could not be loaded, in the words of the console (see feed-report.ts `failureMessage`). */
export function failureMessage(label: string, failure: FeedFailure): string | Promise<string> {
  return withReader((module) => module.failureMessage(label, failure), () => unexplained(label, failure));
}

/** Tells the developer in the console what is wrong with a feed (see feed-report.ts `report`). */
export function report(label: string, loaded: LoadedFeed): void {
  void withReader(
    (module) => module.report(label, loaded),
    () => loaded.ok || console.error(`schedule-elements: ${unexplained(label, loaded)}`),
  );
}

/** Keeps a copy the reader has read well for the next visit (see feed-keep.ts): the reader, and the code that keeps, are here then. */
export function keepRead(url: string, copy: FeedCopy, maxLength: number): void {
  reader?.keepCopy(url, copy, maxLength);
}

/**
 * Writes a saved list to storage, letting the kept copies of feeds go when it is full (feed-keep.ts
 * `setItemMakingRoom`) once the reader is here, as it is on any page that read a feed; throws what storage throws.
 */
export function writeMakingRoom(area: Storage, key: string, value: string): void {
  if (reader) reader.setItemMakingRoom(area, key, value);
  else area.setItem(key, value);
}
