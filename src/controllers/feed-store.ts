import { normalizeFeed } from '../data/normalize.js';
import type { Diagnostic, NormalizeResult } from '../data/model.js';

/** Why a feed could not be shown at all. */
export type FeedFailureReason = 'no-inline' | 'not-found' | 'http' | 'network' | 'not-json' | 'not-a-feed';

/** The outcome of loading one `src`: a normalized schedule, or the reason there is none. */
export type LoadedFeed =
  | { readonly ok: true; readonly result: NormalizeResult }
  | {
      readonly ok: false;
      readonly reason: FeedFailureReason;
      readonly status?: number;
      readonly diagnostics: readonly Diagnostic[];
    };

/** One request and one parsed model per feed, shared by every component that names the same `src`. */
const loads = new Map<string, Promise<LoadedFeed>>();

/**
 * Loads the feed a `src` attribute names: `#id` of an inline `<script type="application/json">`
 * (looked up in the element's own tree, then the document), or a URL resolved against the page.
 * Never rejects; problems come back as a failure reason, and are reported once to the console.
 */
export function loadFeed(src: string, from: Node): Promise<LoadedFeed> {
  const key = src.startsWith('#') ? src : new URL(src, document.baseURI).href;
  let load = loads.get(key);
  if (!load) {
    load = (src.startsWith('#') ? readInline(src.slice(1), from) : fetchFeed(key)).then((loaded) => {
      report(src, loaded);
      // A failed inline read may succeed once the page has parsed further; let the next element retry.
      if (!loaded.ok && loaded.reason === 'no-inline') loads.delete(key);
      return loaded;
    });
    loads.set(key, load);
  }
  return load;
}

async function readInline(id: string, from: Node): Promise<LoadedFeed> {
  const root = from.getRootNode();
  const script =
    (root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id);
  if (!(script instanceof HTMLScriptElement)) return { ok: false, reason: 'no-inline', diagnostics: [] };
  return fromText(script.textContent ?? '');
}

async function fetchFeed(url: string): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
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
  return fromText(text);
}

function fromText(text: string): LoadedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', diagnostics: [] };
  }
  return fromValue(value);
}

function fromValue(value: unknown): LoadedFeed {
  const result = normalizeFeed(value);
  const fatal = result.diagnostics.filter((d) => d.severity === 'fatal');
  return fatal.length > 0 ? { ok: false, reason: 'not-a-feed', diagnostics: fatal } : { ok: true, result };
}

const parsedFeeds = new WeakMap<object, LoadedFeed>();

/**
 * Normalizes a feed object that a framework handed over as the `feed` property, once per object,
 * and reports its problems like a loaded one.
 */
export function useFeedObject(feed: object): LoadedFeed {
  let loaded = parsedFeeds.get(feed);
  if (!loaded) {
    loaded = fromValue(feed);
    report('(feed property)', loaded);
    parsedFeeds.set(feed, loaded);
  }
  return loaded;
}

const EXPLANATIONS: Record<FeedFailureReason, string> = {
  'no-inline': 'there is no <script type="application/json"> with that id on the page',
  'not-found': 'the server has no file there',
  http: 'the server answered with an error',
  network: 'the request failed (offline, blocked by CORS, or the server is down)',
  'not-json': 'the response is not valid JSON',
  'not-a-feed': 'the JSON is not a version 1 schedule feed',
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
