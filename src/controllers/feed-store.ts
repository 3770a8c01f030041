/**
 * The registry of feeds on the page: one source per feed URL or inline `#id`, one view per way of
 * reading it, and the components subscribed to each; the `feed` objects read once per read options.
 * Loading is in feed-fetch.ts; reading and reporting in feed-read.ts and feed-report.ts, reached through feed-reader.ts; the types
 * are in feed-types.ts and re-exported here for the controllers.
 */
import type { Diagnostic, NormalizeResult } from '../data/model.js';
import { readKeptCopy, type FeedCopy } from './feed-cache.js';
import { fetchWithRetries, type Attempt, type RetryProgress } from './feed-fetch.js';
import { keepRead, prepareFeedReader, readText, readValue, report } from './feed-reader.js';
import {
  FEED_PROPERTY_LABEL,
  readOptionsKey,
  type FeedFailure,
  type FeedReadOptions,
  type FeedState,
  type FeedSubscription,
  type LoadedFeed,
} from './feed-types.js';

export {
  readOptionsKey,
  type FeedFailure,
  type FeedReadOptions,
  type FeedState,
  type FeedSubscription,
  type LoadedFeed,
} from './feed-types.js';
export { whenFinished } from './feed-build.js';

/** A component listening to a feed (the node it subscribed from), and how to tell it the feed changed. */
interface Reader {
  readonly node: Node;
  readonly notify: () => void;
}

/** One way of reading a source (format, zone, name), its newest schedule, and the components showing it. */
interface View {
  readonly options: FeedReadOptions;
  readonly readers: Set<Reader>;
  /** The copy text last read, or being read. */
  text?: string;
  /** The newest schedule read, the text it was read from, and when that text was fetched or confirmed. */
  good?: { readonly result: NormalizeResult; readonly text: string; fetchedAt: number };
  /** Why the newest text could not be read. */
  unreadable?: { readonly failure: FeedFailure; readonly diagnostics: readonly Diagnostic[] };
  /** The read of {@link text} under way, when it waits for a download (the reader, the adapters). */
  reading?: Promise<void>;
}

/** A feed URL, or an inline `#id`: its newest text, the request under way, its last failure and its views. */
interface Source {
  /** The absolute URL, or `#id`. */
  readonly location: string;
  readonly inline: boolean;
  copy?: FeedCopy;
  /** Whether the network sent or confirmed the copy during this visit (false: a copy kept by an earlier visit). */
  confirmed: boolean;
  /** The text last written to storage. */
  keptText?: string;
  /** Why the last request failed; cleared by the next success. */
  failure?: FeedFailure;
  /** Whether {@link failure} is that of an attempt that is still being retried. */
  retrying?: boolean;
  /** Whether the request under way has taken longer than `FeedStore.slowAfterMs` (a schedule shown is then out of date, as far as anyone knows). */
  slow?: boolean;
  /** How long the server took to answer the last refresh (ms; 0 for one that failed): the next may take twice as long before it counts as slow. */
  took?: number;
  /** The failure last written to the console (`reason status`), so that each is written once. */
  reported?: string;
  request?: AbortController;
  /** The progress of the load under way: it ends a pause before a retry. */
  progress?: RetryProgress;
  /** Readers in the order they subscribed, across views. */
  readonly order: Set<Reader>;
  /** The reader first in the page, which shows the out-of-date notice and announces the feed's state. */
  leader?: Reader;
  readonly views: Map<string, View>;
}

/**
 * Every feed named on the page, loaded once and shared by every component naming it, and the
 * settings of its loading (static, so a page or a test sets them once, before the components load):
 *
 * ```js
 * import { FeedStore } from 'schedule-elements';
 * FeedStore.timeoutMs = 30_000;          // a slow event server
 * FeedStore.retryDelaysMs = [500, 1000]; // two retries
 * ```
 *
 * A request that fails for the network (offline, dropped, timed out) or with a 5xx status is tried
 * again after each of `retryDelaysMs` (each delay varied by ±25%, so that a room full of phones
 * does not retry in step); a 4xx status is final. The last good copy of each feed URL is kept in
 * `localStorage` (`schedule-elements:feed:<url>`) with its fetch time and validators: the next visit
 * shows it at once while it is brought up to date, and when the network or the server fails it is
 * shown with the time it is from. Same-origin feeds are revalidated with `If-None-Match` /
 * `If-Modified-Since`, and a 304 keeps the very same schedule object; cross-origin ones through the
 * browser's HTTP cache (custom headers would need a CORS preflight), and an identical body also
 * keeps the schedule object.
 */
export class FeedStore {
  /** How long one request may take, headers and body, before it counts as timed out (ms). */
  static timeoutMs = 15_000;

  /** The pause before each retry (ms); as many retries as delays. */
  static retryDelaysMs: readonly number[] = [1000, 2000, 4000];

  /**
   * How long a request may take before the person is told (ms): a first load's message then says
   * that the connection is slow, and over a schedule shown the notice says how old it is. The
   * request goes on until {@link timeoutMs}; Retry starts a new one at once. A refresh may take
   * twice as long as the server took to answer the last one, if that is longer (a slow server is
   * not said to be out of date at every refresh).
   */
  static slowAfterMs = 2500;

  /** Feeds longer than this many characters are not kept in `localStorage` (a console debug line says so). */
  static maxKeptLength = 2 * 1024 * 1024;

  /**
   * Subscribes a component to the feed a `src` attribute names: `#id` of an inline `<script>`
   * (looked up in the element's own tree, then the document), or a URL resolved against the page.
   * A feed in another format (pretalx, frab schedule.xml, Sessionize, Sched, iCalendar) is converted first, by adapters
   * loaded only then. `notify` is called whenever the state changes, never during this call.
   */
  static subscribe(src: string, from: Node, options: FeedReadOptions, notify: () => void): FeedSubscription {
    // The reader downloads while the feed does (a failure shows when the feed is read).
    prepareFeedReader().catch(() => undefined);
    const source = src.startsWith('#') ? inlineSource(src, from) : sourceFor(src);
    const key = readOptionsKey(options);
    let view = source.views.get(key);
    if (!view) source.views.set(key, (view = { options, readers: new Set() }));
    const reader: Reader = { node: from, notify };
    view.readers.add(reader);
    source.order.add(reader);
    const leader = source.leader;
    if ((source.leader = firstInPage(leader, reader)) !== leader) leader?.notify(); // it gives the notice up
    if (!source.inline && !source.copy && !source.request && !source.failure) {
      const kept = readKeptCopy(source.location);
      if (kept) {
        source.copy = kept;
        source.keptText = kept.text;
      }
      void load(source, FeedStore.retryDelaysMs);
    }
    readView(source, view);
    const subscribed = view;
    return {
      url: source.inline ? undefined : source.location,
      get state() {
        return stateOf(source, subscribed);
      },
      get showsNotice() {
        return source.leader === reader;
      },
      retry() {
        if (source.inline) return;
        // A text that could not be read (not JSON, a part of the page missing) is read again.
        for (const view of source.views.values()) {
          if (view.unreadable) view.text = view.unreadable = undefined;
        }
        source.failure = undefined; // loading again, until this attempt fails too
        source.retrying = false;
        // Between retries: the next one now. A request that hangs: a new one. Mid-request: that request's outcome.
        const skipPause = source.request && source.progress?.skipPause;
        if (skipPause) skipPause();
        else if (!source.request || source.slow) {
          source.request?.abort();
          source.request = undefined;
          source.slow = false;
          void load(source, FeedStore.retryDelaysMs);
        }
        notifyAll(source);
      },
      unsubscribe() {
        subscribed.readers.delete(reader);
        source.order.delete(reader);
        if (source.leader === reader) {
          // The next in the page takes the notice over.
          source.leader = undefined;
          for (const other of source.order) source.leader = firstInPage(source.leader, other);
          source.leader?.notify();
        }
        if (source.order.size === 0) queueMicrotask(() => release(source));
      },
    };
  }

  /**
   * Asks the server whether the feed at `url` changed (a refresh tick), once, without retries: the
   * next tick is the retry. Does nothing for a feed nobody shows, or while a request is under way.
   */
  static revalidate(url: string): void {
    const source = sources.get(url);
    if (source && !source.inline && source.order.size > 0) void load(source, []);
  }
}

/** Where a node sits in the page at each level of shadow roots: the outermost shadow host around it first, the node last. */
function placesInPage(node: Node): Node[] {
  const places = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) places.unshift(root.host);
  return places;
}

/**
 * Of a leader (if any) and another reader, the one first in the page: they are compared in the
 * innermost tree they share (two components in one shadow root by their places there); a host
 * comes before the components in its shadow root; of two at one place the leader stays. A leader
 * not drawn (display: none: a page builder's copy for other screens, a closed accordion) gives way.
 */
function firstInPage(leader: Reader | undefined, reader: Reader): Reader {
  if (!leader || !(leader.node as Element).checkVisibility()) return reader;
  const [ours, theirs] = [placesInPage(leader.node), placesInPage(reader.node)];
  let level = 0;
  while (level + 1 < ours.length && level + 1 < theirs.length && ours[level] === theirs[level]) level++;
  // 2: Node.DOCUMENT_POSITION_PRECEDING, the reader before the leader.
  const before = ours[level] === theirs[level] ? theirs.length < ours.length : (ours[level]!.compareDocumentPosition(theirs[level]!) & 2) > 0;
  return before ? reader : leader;
}

/** URL (or the `#id` of a missing inline feed) → source; the one model per feed and read options that every component shares. */
const sources = new Map<string, Source>();

/** Inline feeds by their `<script>`: an id names another script in another shadow root, or after the page swapped it. */
const inlineSources = new WeakMap<HTMLScriptElement, Source>();

const newSource = (location: string, inline: boolean): Source => ({ location, inline, confirmed: false, order: new Set(), views: new Map() });

function sourceFor(src: string): Source {
  // A #fragment names no other feed: one request, one kept copy.
  const location = new URL(src, document.baseURI).href.split('#')[0]!;
  let source = sources.get(location);
  if (!source) {
    sources.set(location, (source = newSource(location, false)));
    watchConnection();
  }
  return source;
}

/**
 * The inline feed `#id` names for `from`: the `<script>` of that id in its own tree, else in the
 * document, read now. A script whose text the page changed (a CMS editor) is read again, and every
 * element showing it follows.
 */
function inlineSource(src: string, from: Node): Source {
  const id = src.slice(1);
  const root = from.getRootNode();
  const script = (root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id);
  if (!(script instanceof HTMLScriptElement)) {
    // The page may not have parsed that far yet: the next element to subscribe looks again. Those
    // that find none share one source (one console report, one alert) until they all leave (release).
    let missing = sources.get(src);
    if (!missing) {
      sources.set(src, (missing = newSource(src, true)));
      missing.failure = { reason: 'no-inline' };
      report(src, { ok: false, reason: 'no-inline', diagnostics: [] });
    }
    return missing;
  }
  let source = inlineSources.get(script);
  if (!source) inlineSources.set(script, (source = newSource(src, true)));
  const text = script.textContent ?? '';
  if (source.copy?.text !== text) settle(source, { kind: 'copy', copy: { text, fetchedAt: Date.now() } }, false);
  return source;
}

/**
 * After the last component of a feed let go (not one that only moved in the page, which
 * reconnects in the same task): its request under way is aborted, and a feed that never arrived,
 * or whose last load failed, is forgotten, so that naming it again (a page navigated back to) loads
 * it again, from its kept copy.
 */
function release(source: Source): void {
  if (source.order.size > 0 || sources.get(source.location) !== source) return;
  source.request?.abort();
  source.request = undefined;
  source.slow = false;
  if (!source.confirmed || source.failure) sources.delete(source.location);
}

let watching = false;

/** When the connection comes back, feeds that failed and are still shown are loaded again. */
function watchConnection(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('online', () => {
    for (const source of sources.values()) {
      if (!source.inline && source.failure && source.order.size > 0) void load(source, FeedStore.retryDelaysMs);
    }
  });
}

/** What a schedule shown is, while a refresh hangs: out of date as far as anyone knows, and maybe soon brought up to date. */
const SLOW: FeedFailure = { reason: 'timeout' };

function stateOf(source: Source, view: View): FeedState {
  const failure = source.failure ?? view.unreadable?.failure;
  if (view.good) {
    const { result, fetchedAt } = view.good;
    if (!failure && source.slow) return { status: 'ready', result, failure: SLOW, retrying: true, diagnostics: [], asOf: fetchedAt };
    return failure
      ? { status: 'ready', result, failure, retrying: source.retrying && !view.unreadable, diagnostics: [], asOf: fetchedAt }
      : { status: 'ready', result, diagnostics: [] };
  }
  if (failure) {
    return { status: 'error', failure, retrying: source.retrying && !view.unreadable, diagnostics: view.unreadable?.diagnostics ?? [] };
  }
  return { status: 'loading', diagnostics: [], reading: view.reading, slow: source.slow };
}

/**
 * Reads the source's newest copy for a view unless it already has (an unchanged text keeps its
 * schedule object). A v1 feed is read at once; other formats wait for the adapters, and their
 * readers are told when it is done.
 */
function readView(source: Source, view: View): void {
  const copy = source.copy;
  if (!copy || view.text === copy.text) return;
  const { text } = copy;
  view.text = text;
  const done = (loaded: LoadedFeed): void => {
    if (view.text !== text) return; // a newer copy came meanwhile
    if (loaded.ok || reportOnce(source, loaded)) report(source.location, loaded);
    if (loaded.ok) {
      // A 304 may have confirmed the text while an adapter read it.
      const fetchedAt = source.copy?.text === text ? source.copy.fetchedAt : copy.fetchedAt;
      view.good = { result: loaded.result, text, fetchedAt };
      view.unreadable = undefined;
      keep(source);
    } else {
      view.unreadable = { failure: { reason: loaded.reason, status: loaded.status }, diagnostics: loaded.diagnostics };
    }
  };
  const read = readText(text, view.options);
  if (read instanceof Promise) {
    const reading = read.then((loaded) => {
      if (view.reading === reading) view.reading = undefined;
      done(loaded);
      for (const reader of view.readers) reader.notify();
    });
    view.reading = reading;
  } else {
    done(read);
  }
}

/**
 * Keeps the source's copy for the next visit once the network sent or confirmed it and it reads as
 * a schedule: a moment later, after the paint it came with (writing a feed of 1.8 MB to storage
 * took some 130 ms, which held up a first visit's first paint). A newer copy kept meanwhile is
 * written after it, by its own timer.
 */
function keep(source: Source): void {
  const { copy } = source;
  if (source.inline || !source.confirmed || !copy) return;
  if ([...source.views.values()].some((view) => view.good?.text === copy.text)) {
    source.keptText = copy.text;
    setTimeout(() => keepRead(source.location, copy, FeedStore.maxKeptLength), 100);
  }
}

/**
 * Loads the source's URL, trying again after each delay while the failure is worth retrying, then
 * tells every component. A load already under way is joined, not doubled. An aborted load (the last
 * component went away) changes nothing.
 */
async function load(source: Source, delays: readonly number[]): Promise<void> {
  if (source.request) return;
  const request = new AbortController();
  source.request = request;
  // A failed attempt is shown at once (the failure, or the notice over the copy shown), while the retries go on.
  const progress: RetryProgress = {
    failed(failure) {
      source.failure = failure;
      source.retrying = true;
      notifyAll(source);
    },
  };
  source.progress = progress;
  // A request that hangs (a connection that drops packets) over a schedule shown: the notice says, after a while, how old it is.
  // A server that answers every refresh in 3 s is slow, not hanging: its refreshes are given twice their last answer's time, so
  // that the notice does not come and go (and is not said) at each tick.
  const started = Date.now();
  const slowTimer = setTimeout(
    () => {
      if (source.request !== request) return;
      source.slow = true;
      notifyAll(source);
    },
    Math.max(FeedStore.slowAfterMs, 2 * (source.took ?? 0)),
  );
  const outcome = await fetchWithRetries(source.location, source.copy, delays, FeedStore, request.signal, progress);
  clearTimeout(slowTimer);
  if (!outcome || source.request !== request) return; // aborted: the last component left, or Retry started afresh
  // A refresh is one attempt (a load with retries took their pauses too).
  if (!delays.length) source.took = outcome.kind === 'failed' ? 0 : Date.now() - started;
  const wasSlow = source.slow === true;
  source.slow = false;
  source.request = undefined;
  source.progress = undefined;
  settle(source, outcome, wasSlow);
}

/** Applies a finished load to the source and tells the components whose state changed (also those told it was slow). */
function settle(source: Source, outcome: Attempt, wasSlow: boolean): void {
  const hadFailure = source.failure !== undefined || wasSlow;
  source.retrying = false;
  if (outcome.kind === 'failed') {
    source.failure = outcome.failure;
    const loaded: LoadedFeed = { ok: false, ...outcome.failure, diagnostics: [] };
    if (reportOnce(source, loaded)) report(source.location, loaded);
    notifyAll(source);
    return;
  }
  source.failure = undefined;
  source.reported = undefined;
  source.confirmed = true;
  const previous = source.copy;
  const copy = outcome.kind === 'copy' ? outcome.copy : { ...previous!, fetchedAt: Date.now() };
  source.copy = copy;
  for (const view of source.views.values()) {
    if (view.good?.text === copy.text) view.good.fetchedAt = copy.fetchedAt;
  }
  if (copy.text === source.keptText || outcome.kind === 'unchanged') keep(source);
  for (const view of source.views.values()) {
    if (view.readers.size === 0) continue; // read again when a component names it again
    const before = stateOf(source, view);
    readView(source, view);
    const after = stateOf(source, view);
    // A newer text that cannot be read, over a schedule shown, changes the failure alone: the notice must show.
    if (hadFailure || before.result !== after.result || before.status !== after.status || before.failure !== after.failure) {
      for (const reader of view.readers) reader.notify();
    }
  }
}

/**
 * Whether a failure differs from the one last written to the console for the source (and notes it):
 * a feed that keeps failing the same way, at each retry or refresh tick, is reported once.
 */
function reportOnce(source: Source, loaded: LoadedFeed): boolean {
  if (loaded.ok) return true;
  const key = `${loaded.reason} ${loaded.status ?? ''}`;
  if (source.reported === key) return false;
  source.reported = key;
  return true;
}

/** Tells every component of the source to read its state again. */
function notifyAll(source: Source): void {
  for (const view of source.views.values()) for (const reader of view.readers) reader.notify();
}

/** Each `feed` object's reads: read options key → its outcome, or the outcome to come. */
const parsedFeeds = new WeakMap<object, Map<string, LoadedFeed | Promise<LoadedFeed>>>();

/**
 * Normalizes a feed object that a framework handed over as the `feed` property, once per object
 * and read options, and reports its problems like a loaded one. A v1 feed is ready at once where
 * the reader is at hand (the single-file bundle, or once loaded); a feed of another format resolves
 * once the adapters are loaded.
 */
export function useFeedObject(feed: object, options: FeedReadOptions = {}): LoadedFeed | Promise<LoadedFeed> {
  const key = readOptionsKey(options);
  let reads = parsedFeeds.get(feed);
  if (!reads) parsedFeeds.set(feed, (reads = new Map()));
  let loaded = reads.get(key);
  if (!loaded) {
    const reported = (done: LoadedFeed): LoadedFeed => {
      report(FEED_PROPERTY_LABEL, done);
      return done;
    };
    const read = readValue(feed, options);
    loaded = read instanceof Promise ? read.then(reported) : reported(read);
    reads.set(key, loaded);
  }
  return loaded;
}
