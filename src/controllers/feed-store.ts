import { detectFormat, isICalendarText, type FeedFormat } from '../data/adapters/detect.js';
import { feedProgress, normalizeFeedInSteps } from '../data/normalize.js';
import type { Diagnostic, NormalizeResult } from '../data/model.js';
import { inIdleSlices } from '../internal/idle.js';
import { keepCopy, readKeptCopy, type FeedCopy } from './feed-cache.js';

/** Why a feed could not be shown, or could not be brought up to date. */
export type FeedFailureReason =
  | 'no-inline'
  | 'not-found'
  | 'http'
  | 'server'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'no-adapters'
  | 'not-json'
  | 'not-a-feed';

/** A failure and, for an HTTP error, its status. */
export interface FeedFailure {
  readonly reason: FeedFailureReason;
  readonly status?: number;
}

/** The outcome of reading one feed: a normalized schedule, or the reason there is none. */
export type LoadedFeed =
  | { readonly ok: true; readonly result: NormalizeResult }
  | {
      readonly ok: false;
      readonly reason: FeedFailureReason;
      readonly status?: number;
      readonly diagnostics: readonly Diagnostic[];
    };

/** What a component shows for the feed it names, now. */
export interface FeedState {
  readonly status: 'loading' | 'ready' | 'error';
  /** The schedule and its problems, when ready. */
  readonly result?: NormalizeResult;
  /** Why there is no schedule (error), or why the one shown could not be brought up to date (ready). */
  readonly failure?: FeedFailure;
  /** The fatal problems of a feed that could not be read (error). */
  readonly diagnostics: readonly Diagnostic[];
  /** With a failure while ready: when the schedule shown was fetched, in ms since the epoch. */
  readonly asOf?: number;
}

/**
 * How to read a feed that is not version 1 (the `format`, `event-time-zone` and `event-name`
 * attributes). `format` is taken as written: an unknown one is reported by the adapters.
 */
export interface FeedReadOptions {
  /** `v1`, `pretalx`, `sessionize`, `sched` or `ical`; detected from the content when undefined. */
  readonly format?: string;
  /** IANA zone of the venue, for sources that name none. */
  readonly eventTimeZone?: string;
  /** The event's name, for sources that carry none. */
  readonly eventName?: string;
}

/** One component's interest in a feed: what it shows now, and the way to ask again or let go. */
export interface FeedSubscription {
  /** The absolute URL of the feed, or undefined for an inline `#id`. */
  readonly url: string | undefined;
  readonly state: FeedState;
  /**
   * Whether this component is the one that shows the notice of an out-of-date schedule: the first,
   * still subscribed, that named the feed, so that a page of twenty cards shows one notice, not twenty.
   */
  readonly showsNotice: boolean;
  /** Loads the feed again now (the retry button), unless a request is already under way. */
  retry(): void;
  /** Stops listening; the last subscriber of a feed still loading aborts its request. */
  unsubscribe(): void;
}

/**
 * What tells two reads of the same source apart: the same file read as another format, or in
 * another zone, is another schedule. Empty attributes count as absent.
 */
export function readOptionsKey(options: FeedReadOptions): string {
  return JSON.stringify([options.format || '', options.eventTimeZone || '', options.eventName || '']);
}

/** A component listening to a feed, and how to tell it the feed changed. */
interface Reader {
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
  request?: AbortController;
  /** Readers in the order they subscribed, across views; the first shows the out-of-date notice. */
  readonly order: Set<Reader>;
  readonly views: Map<string, View>;
}

const ACCEPT = 'application/json, text/calendar;q=0.9, */*;q=0.1';

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

  /** Feeds longer than this many characters are not kept in `localStorage` (a console debug line says so). */
  static maxKeptLength = 2 * 1024 * 1024;

  /**
   * Subscribes a component to the feed a `src` attribute names: `#id` of an inline `<script>`
   * (looked up in the element's own tree, then the document), or a URL resolved against the page.
   * A feed in another format (pretalx, Sessionize, Sched, iCalendar) is converted first, by adapters
   * loaded only then. `notify` is called whenever the state changes, never during this call.
   */
  static subscribe(src: string, from: Node, options: FeedReadOptions, notify: () => void): FeedSubscription {
    const source = sourceFor(src);
    const key = readOptionsKey(options);
    let view = source.views.get(key);
    if (!view) source.views.set(key, (view = { options, readers: new Set() }));
    const reader: Reader = { notify };
    view.readers.add(reader);
    source.order.add(reader);
    if (source.inline) {
      if (!source.copy) readInline(source, from);
    } else if (!source.copy && !source.request && !source.failure) {
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
        return source.order.values().next().value === reader;
      },
      retry() {
        if (source.inline || source.request) return;
        source.failure = undefined; // loading again, until this attempt fails too
        void load(source, FeedStore.retryDelaysMs);
        notifyAll(source);
      },
      unsubscribe() {
        subscribed.readers.delete(reader);
        const wasFirst = source.order.values().next().value === reader;
        source.order.delete(reader);
        if (wasFirst) source.order.values().next().value?.notify(); // the next element takes the notice over
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

/** Location → source; the one model per feed and read options that every component shares. */
const sources = new Map<string, Source>();

function sourceFor(src: string): Source {
  const inline = src.startsWith('#');
  const location = inline ? src : new URL(src, document.baseURI).href;
  let source = sources.get(location);
  if (!source) {
    source = { location, inline, confirmed: false, order: new Set(), views: new Map() };
    sources.set(location, source);
    watchConnection();
  }
  return source;
}

/**
 * After the last component of a feed let go (not one that only moved in the page, which
 * reconnects in the same task): its request under way is aborted, and a feed that never arrived is
 * forgotten, so that naming it again loads it again.
 */
function release(source: Source): void {
  if (source.order.size > 0 || sources.get(source.location) !== source) return;
  source.request?.abort();
  source.request = undefined;
  if (!source.confirmed) sources.delete(source.location);
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

function readInline(source: Source, from: Node): void {
  const id = source.location.slice(1);
  const root = from.getRootNode();
  const script = (root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id);
  if (script instanceof HTMLScriptElement) {
    source.copy = { text: script.textContent ?? '', fetchedAt: Date.now() };
    source.confirmed = true;
    source.failure = undefined;
  } else {
    // The page may not have parsed that far yet: the next element to subscribe reads it again.
    source.failure = { reason: 'no-inline' };
    report(source.location, { ok: false, reason: 'no-inline', diagnostics: [] });
  }
}

function stateOf(source: Source, view: View): FeedState {
  const failure = source.failure ?? view.unreadable?.failure;
  if (view.good) {
    const { result, fetchedAt } = view.good;
    return failure ? { status: 'ready', result, failure, diagnostics: [], asOf: fetchedAt } : { status: 'ready', result, diagnostics: [] };
  }
  if (failure) return { status: 'error', failure, diagnostics: view.unreadable?.diagnostics ?? [] };
  return { status: 'loading', diagnostics: [] };
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
    report(source.location, loaded);
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
  const read = fromText(text, view.options);
  if (read instanceof Promise) {
    void read.then((loaded) => {
      done(loaded);
      for (const reader of view.readers) reader.notify();
    });
  } else {
    done(read);
  }
}

/** Keeps the source's copy for the next visit once the network sent or confirmed it and it reads as a schedule. */
function keep(source: Source): void {
  const { copy } = source;
  if (source.inline || !source.confirmed || !copy) return;
  const good = [...source.views.values()].some((view) => view.good?.text === copy.text);
  if (good) {
    keepCopy(source.location, copy, FeedStore.maxKeptLength);
    source.keptText = copy.text;
  }
}

type Attempt =
  | { readonly kind: 'copy'; readonly copy: FeedCopy }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'failed'; readonly failure: FeedFailure; readonly retry: boolean };

/**
 * Loads the source's URL, trying again after each delay while the failure is worth retrying, then
 * tells every component. A load already under way is joined, not doubled. An aborted load (the last
 * component went away) changes nothing.
 */
async function load(source: Source, delays: readonly number[]): Promise<void> {
  if (source.request) return;
  const request = new AbortController();
  source.request = request;
  let outcome: Attempt;
  for (let tries = 0; ; tries++) {
    outcome = await attempt(source.location, source.copy, request.signal);
    if (request.signal.aborted) return;
    const delay = delays[tries];
    if (outcome.kind !== 'failed' || !outcome.retry || delay === undefined) break;
    await pause(delay * (0.75 + Math.random() * 0.5), request.signal);
    if (request.signal.aborted) return;
  }
  source.request = undefined;
  settle(source, outcome);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** One request, bounded by {@link FeedStore.timeoutMs}, conditional on the copy held when same-origin. */
async function attempt(url: string, copy: FeedCopy | undefined, signal: AbortSignal): Promise<Attempt> {
  const bounded = new AbortController();
  const abort = (): void => bounded.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    bounded.abort();
  }, FeedStore.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: ACCEPT };
    if (copy && new URL(url).origin === location.origin) {
      if (copy.etag) headers['if-none-match'] = copy.etag;
      if (copy.lastModified) headers['if-modified-since'] = copy.lastModified;
    }
    const conditional = Object.keys(headers).length > 1;
    // With our own validators the HTTP cache must stay out (it would answer the 304 itself); with a
    // copy but no validators, past it to the server; a first load may use it.
    const cache: RequestCache = conditional ? 'no-store' : copy ? 'no-cache' : 'default';
    const response = await fetch(url, { headers, cache, signal: bounded.signal });
    if (response.status === 304 && conditional) return { kind: 'unchanged' };
    if (!response.ok) {
      const { status } = response;
      const reason = status === 404 || status === 410 ? 'not-found' : status >= 500 ? 'server' : 'http';
      return { kind: 'failed', failure: { reason, status }, retry: status >= 500 };
    }
    const text = await response.text();
    return {
      kind: 'copy',
      copy: {
        text,
        fetchedAt: Date.now(),
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      },
    };
  } catch {
    const reason = timedOut ? 'timeout' : navigator.onLine === false ? 'offline' : 'network';
    // Offline, retrying is pointless: the `online` event loads the feed again.
    return { kind: 'failed', failure: { reason }, retry: reason !== 'offline' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Applies a finished load to the source and tells the components whose state changed. */
function settle(source: Source, outcome: Attempt): void {
  const hadFailure = source.failure !== undefined;
  if (outcome.kind === 'failed') {
    const repeated = source.failure?.reason === outcome.failure.reason && source.failure.status === outcome.failure.status;
    source.failure = outcome.failure;
    if (!repeated) report(source.location, { ok: false, ...outcome.failure, diagnostics: [] });
    notifyAll(source);
    return;
  }
  source.failure = undefined;
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
    if (hadFailure || before.result !== after.result || before.status !== after.status) {
      for (const reader of view.readers) reader.notify();
    }
  }
}

function notifyAll(source: Source): void {
  for (const view of source.views.values()) for (const reader of view.readers) reader.notify();
}

/** Text goes to an adapter when it is iCalendar or another format is named; otherwise it must be JSON. */
function fromText(text: string, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  const { format } = options;
  if (format ? format !== 'v1' : isICalendarText(text)) return convert(text, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', diagnostics: [] };
  }
  return fromValue(value, options);
}

/**
 * Parsed JSON of another format goes to its adapter. JSON of no known format goes to the
 * normalizer like a v1 feed: its diagnostics say best what is missing from a broken v1 feed.
 */
function fromValue(value: unknown, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  const format = options.format || detectFormat(value);
  return !format || format === 'v1' ? normalized(value) : convert(value, options);
}

/**
 * The feed's model. A big feed's sessions are built in steps (normalizeFeedInSteps): the rest after
 * the first paint, while the page is idle (see {@link whenFinished}); a fatal problem is always
 * known at once.
 */
function normalized(value: unknown): LoadedFeed {
  const result = normalizeFeedInSteps(value);
  const fatal = feedProgress(result) ? [] : result.diagnostics.filter((d) => d.severity === 'fatal');
  return fatal.length > 0 ? { ok: false, reason: 'not-a-feed', diagnostics: fatal } : { ok: true, result };
}

/** The callbacks waiting for each stepped result to be finished. */
const finishing = new WeakMap<NormalizeResult, (() => void)[]>();

/**
 * Calls `then` once every session of `result` is built: at once for a finished result, else after
 * the page's idle slices have built the rest (one run of slices per result, however many wait).
 * Reading the result's `schedule` meanwhile finishes it at once; the slices then end.
 */
export function whenFinished(result: NormalizeResult, then: () => void): void {
  const progress = feedProgress(result);
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

type Adapters = typeof import('../data/adapters/index.js');
let adapters: Promise<Adapters> | undefined;

/**
 * The adapters, imported on first need: pages with v1 feeds never download them (ical.js alone is
 * ~23 kB gzip). In the single-file bundle they are the sibling file schedule-elements-adapters.min.js.
 */
function loadAdapters(): Promise<Adapters> {
  adapters ??= import('../data/adapters/index.js').catch((error: unknown) => {
    adapters = undefined; // a failed download may succeed later (the connection came back)
    throw error;
  });
  return adapters;
}

/** Converts a foreign feed, then normalizes it; the adapter's diagnostics come first, then the normalizer's. */
async function convert(input: unknown, options: FeedReadOptions): Promise<LoadedFeed> {
  let convertFeed: Adapters['convertFeed'];
  try {
    ({ convertFeed } = await loadAdapters());
  } catch {
    return { ok: false, reason: 'no-adapters', diagnostics: [] };
  }
  // An unknown format is passed on as written: convertFeed checks it and explains.
  const format = (options.format || undefined) as FeedFormat | undefined;
  const converted = convertFeed(input, {
    format,
    eventTimeZone: options.eventTimeZone || undefined,
    eventName: options.eventName || undefined,
  });
  if (!converted.feed) return { ok: false, reason: 'not-a-feed', diagnostics: converted.diagnostics };
  const loaded = normalized(converted.feed);
  return loaded.ok
    ? { ok: true, result: { schedule: loaded.result.schedule, diagnostics: [...converted.diagnostics, ...loaded.result.diagnostics] } }
    : { ...loaded, diagnostics: [...converted.diagnostics, ...loaded.diagnostics] };
}

const parsedFeeds = new WeakMap<object, Map<string, LoadedFeed | Promise<LoadedFeed>>>();

/**
 * Normalizes a feed object that a framework handed over as the `feed` property, once per object
 * and read options, and reports its problems like a loaded one. A v1 feed is ready at once; a
 * feed of another format resolves once the adapters are loaded.
 */
export function useFeedObject(feed: object, options: FeedReadOptions = {}): LoadedFeed | Promise<LoadedFeed> {
  const key = readOptionsKey(options);
  let reads = parsedFeeds.get(feed);
  if (!reads) parsedFeeds.set(feed, (reads = new Map()));
  let loaded = reads.get(key);
  if (!loaded) {
    const reported = (done: LoadedFeed): LoadedFeed => {
      report('(feed property)', done);
      return done;
    };
    const read = fromValue(feed, options);
    loaded = read instanceof Promise ? read.then(reported) : reported(read);
    reads.set(key, loaded);
  }
  return loaded;
}

const EXPLANATIONS: Record<FeedFailureReason, string> = {
  'no-inline': 'there is no <script> with that id on the page',
  'not-found': 'the server has no file there',
  http: 'the server refused the request',
  server: 'the server failed, also when asked again',
  network: 'the request failed, also when tried again (blocked by CORS, or the connection dropped)',
  offline: 'the browser is offline; it is loaded again when the connection is back',
  timeout: 'the server did not answer in time, also when asked again',
  'no-adapters':
    'it is not a v1 feed, and the adapters that convert other formats could not be loaded ' +
    '(with the single-file bundle, serve schedule-elements-adapters.min.js beside it)',
  'not-json': 'the response is neither JSON nor iCalendar',
  'not-a-feed': 'it is not a schedule feed that schedule-elements can read (v1, pretalx/frab, Sessionize, Sched, iCalendar)',
};

/**
 * Tells the developer, once per failure or read, what is wrong with a feed: every diagnostic with
 * its JSON path (for a feed built in steps, once it is finished).
 */
function report(label: string, loaded: LoadedFeed): void {
  if (loaded.ok && feedProgress(loaded.result)) return whenFinished(loaded.result, () => report(label, loaded));
  const diagnostics = loaded.ok ? loaded.result.diagnostics : loaded.diagnostics;
  if (!loaded.ok) {
    const status = loaded.status ? ` (HTTP ${loaded.status})` : '';
    console.error(`schedule-elements: could not load the feed ${label}${status}: ${EXPLANATIONS[loaded.reason]}.`);
  }
  if (diagnostics.length > 0) {
    console.warn(
      `schedule-elements: ${diagnostics.length} problem(s) in the feed ${label}; the rest of it is shown.\n` +
        diagnostics.map((d) => `  ${d.severity} ${d.path}: ${d.message}`).join('\n'),
    );
  }
}
