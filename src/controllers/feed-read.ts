/**
 * From a feed's text or parsed value to its model: JSON or iCalendar, v1 or another format (through
 * the adapters, imported on first need), a big feed built in steps while the page is idle. The
 * whole normalizer comes with this module, so the store loads it only when a feed is to be read
 * (feed-reader.ts); the single-file bundle has it inside.
 */
import { detectFormat, isICalendarText, isScheduleXmlText, type FeedFormat } from '../data/adapters/detect.js';
import { normalizeFeed } from '../data/normalize.js';
import { feedProgress, normalizeFeedInSteps } from '../data/stepped-build.js';
import { buildsInSteps, followSteps, progressOf } from './feed-build.js';
import type { FeedReadOptions, LoadedFeed } from './feed-types.js';

/** Text goes to an adapter when it is iCalendar, a `schedule.xml`, or another format is named; otherwise it must be JSON. */
export function fromText(text: string, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  const { format } = options;
  if (format ? format !== 'v1' : isICalendarText(text) || isScheduleXmlText(text)) return convert(text, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return unreadable(text, String(error));
  }
  return fromValue(value, options);
}

/**
 * Text that is not JSON, nor a text format read: what it looks like (an HTML page and its title,
 * XML of another kind, a CSV table), from the adapters, downloaded for this, for the console.
 */
async function unreadable(text: string, reason: string): Promise<LoadedFeed> {
  const failure = { ok: false, reason: 'not-json' } as const;
  try {
    return { ...failure, diagnostics: (await loadAdapters()).describeText(text, reason).diagnostics };
  } catch {
    return { ...failure, diagnostics: [] };
  }
}

/**
 * Parsed JSON of another format goes to its adapter. JSON of no known format goes to the
 * normalizer like a v1 feed: its diagnostics say best what is missing from a broken v1 feed.
 */
export function fromValue(value: unknown, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  const format = options.format || detectFormat(value);
  if (format && format !== 'v1') return convert(value, options);
  const loaded = normalized(value);
  return loaded.ok || options.format ? loaded : apiDumpOr(value, loaded);
}

/** JSON that is not a feed may be a dump of pretalx's API: the adapters say so, and which export to use instead. */
async function apiDumpOr(value: unknown, loaded: LoadedFeed): Promise<LoadedFeed> {
  try {
    const dump = (await loadAdapters()).pretalxApiDump(value);
    if (dump) return { ok: false, reason: 'not-a-feed', diagnostics: [{ path: '$', message: dump, severity: 'fatal' }] };
  } catch {
    // Without the adapters, the normalizer's account of what is missing stands.
  }
  return loaded;
}

/**
 * The feed's model. On a page with a timeline, a big feed's sessions are built in steps
 * (feed-build.ts): the rest after the first paint, while the page is idle (see {@link whenFinished});
 * a fatal problem is always known at once.
 */
function normalized(value: unknown): LoadedFeed {
  if (buildsInSteps()) followSteps(feedProgress);
  const result = buildsInSteps() ? normalizeFeedInSteps(value) : normalizeFeed(value);
  const fatal = progressOf(result) ? [] : result.diagnostics.filter((d) => d.severity === 'fatal');
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
    ? { ok: true, result: { schedule: loaded.result.schedule, diagnostics: [...converted.diagnostics, ...loaded.result.diagnostics] } }
    : { ...loaded, diagnostics: [...converted.diagnostics, ...loaded.diagnostics] };
}
