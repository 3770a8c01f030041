import { detectFormat, isICalendarText, type FeedFormat } from '../data/adapters/detect.js';
import { normalizeFeed } from '../data/normalize.js';
import type { Diagnostic, NormalizeResult } from '../data/model.js';

/** Why a feed could not be shown at all. */
export type FeedFailureReason =
  | 'no-inline'
  | 'not-found'
  | 'http'
  | 'network'
  | 'no-adapters'
  | 'not-json'
  | 'not-a-feed';

/** The outcome of loading one `src`: a normalized schedule, or the reason there is none. */
export type LoadedFeed =
  | { readonly ok: true; readonly result: NormalizeResult }
  | {
      readonly ok: false;
      readonly reason: FeedFailureReason;
      readonly status?: number;
      readonly diagnostics: readonly Diagnostic[];
    };

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

/**
 * What tells two reads of the same source apart: the same file read as another format, or in
 * another zone, is another schedule. Empty attributes count as absent.
 */
export function readOptionsKey(options: FeedReadOptions): string {
  return JSON.stringify([options.format || '', options.eventTimeZone || '', options.eventName || '']);
}

/** One request and one parsed model per feed and read options, shared by every component that names them. */
const loads = new Map<string, Promise<LoadedFeed>>();

/**
 * Loads the feed a `src` attribute names: `#id` of an inline `<script>` (looked up in the element's
 * own tree, then the document), or a URL resolved against the page. A feed in another format
 * (pretalx, Sessionize, Sched, iCalendar) is converted first, by adapters loaded only then.
 * Never rejects; problems come back as a failure reason, and are reported once to the console.
 */
export function loadFeed(src: string, from: Node, options: FeedReadOptions = {}): Promise<LoadedFeed> {
  const location = src.startsWith('#') ? src : new URL(src, document.baseURI).href;
  const key = `${location} ${readOptionsKey(options)}`;
  let load = loads.get(key);
  if (!load) {
    const read = src.startsWith('#') ? readInline(src.slice(1), from, options) : fetchFeed(location, options);
    load = read.then((loaded) => {
      report(src, loaded);
      // A failed inline read may succeed once the page has parsed further; let the next element retry.
      if (!loaded.ok && loaded.reason === 'no-inline') loads.delete(key);
      return loaded;
    });
    loads.set(key, load);
  }
  return load;
}

async function readInline(id: string, from: Node, options: FeedReadOptions): Promise<LoadedFeed> {
  const root = from.getRootNode();
  const script =
    (root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id);
  if (!(script instanceof HTMLScriptElement)) return { ok: false, reason: 'no-inline', diagnostics: [] };
  return fromText(script.textContent ?? '', options);
}

async function fetchFeed(url: string, options: FeedReadOptions): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json, text/calendar;q=0.9, */*;q=0.1' } });
  } catch {
    return { ok: false, reason: 'network', diagnostics: [] };
  }
  if (!response.ok) {
    const reason = response.status === 404 || response.status === 410 ? 'not-found' : 'http';
    return { ok: false, reason, status: response.status, diagnostics: [] };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, reason: 'network', diagnostics: [] };
  }
  return fromText(text, options);
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

function normalized(value: unknown): LoadedFeed {
  const result = normalizeFeed(value);
  const fatal = result.diagnostics.filter((d) => d.severity === 'fatal');
  return fatal.length > 0 ? { ok: false, reason: 'not-a-feed', diagnostics: fatal } : { ok: true, result };
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
    ? { ok: true, result: { ...loaded.result, diagnostics: [...converted.diagnostics, ...loaded.result.diagnostics] } }
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
  http: 'the server answered with an error',
  network: 'the request failed (offline, blocked by CORS, or the server is down)',
  'no-adapters':
    'it is not a v1 feed, and the adapters that convert other formats could not be loaded ' +
    '(with the single-file bundle, serve schedule-elements-adapters.min.js beside it)',
  'not-json': 'the response is neither JSON nor iCalendar',
  'not-a-feed': 'it is not a schedule feed that schedule-elements can read (v1, pretalx/frab, Sessionize, Sched, iCalendar)',
};

/** Tells the developer, once per feed, what is wrong with it: every diagnostic with its JSON path. */
function report(src: string, loaded: LoadedFeed): void {
  const diagnostics = loaded.ok ? loaded.result.diagnostics : loaded.diagnostics;
  if (!loaded.ok) {
    const status = loaded.status ? ` (HTTP ${loaded.status})` : '';
    console.error(`schedule-elements: could not load the feed ${src}${status}: ${EXPLANATIONS[loaded.reason]}.`);
  }
  if (diagnostics.length > 0) {
    console.warn(
      `schedule-elements: ${diagnostics.length} problem(s) in the feed ${src}; the rest of it is shown.\n` +
        diagnostics.map((d) => `  ${d.severity} ${d.path}: ${d.message}`).join('\n'),
    );
  }
}
