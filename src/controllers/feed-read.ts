/**
 * From a feed's text or parsed value to its model: JSON or iCalendar, v1 or another format (through
 * the adapters, imported on first need), a big feed built in steps while the page is idle; and what
 * the console says of a feed that fails or has problems (feed-report.ts). The
 * whole normalizer comes with this module, so the store loads it only when a feed is to be read
 * (feed-reader.ts); the single-file bundle has it inside.
 */
import { detectFormat, isICalendarText, isScheduleXmlText, type FeedFormat } from '../data/adapters/detect.js';
import { normalizeFeed } from '../data/normalize.js';
import { feedProgress, normalizeFeedInSteps } from '../data/stepped-build.js';
import { buildsInSteps, followSteps, progressOf } from './feed-build.js';
import type { FeedReadOptions, LoadedFeed } from './feed-types.js';

export { keepCopy, setItemMakingRoom } from './feed-keep.js';
export { failureMessage, report } from './feed-report.js';

/** Text goes to an adapter when it is iCalendar, a `schedule.xml`, or another format is named; otherwise it must be JSON. */
export function fromText(text: string, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  const { format } = options;
  if (format ? format !== 'v1' : isICalendarText(text) || isScheduleXmlText(text)) return convert(text, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return explain({ ok: false, reason: 'not-json', diagnostics: [] }, (adapters) => adapters.describeText(text, String(error)).diagnostics[0]?.message);
  }
  return fromValue(value, options);
}

/**
 * Gives a failed read what a response that is not a feed looks like (an HTML page by its title,
 * other XML, a CSV table, a pretalx API dump) and which export to use instead, as soon as the
 * adapters are here (downloaded for this): the report of the failure, which names the feed, tells
 * it to the site owner then (feed-report.ts). The reader is not kept waiting for it.
 */
function explain(loaded: LoadedFeed, describe: (adapters: Adapters) => string | undefined): LoadedFeed {
  // Without the adapters, the report of the failure stands alone.
  if (!loaded.ok) loaded.explained = loadAdapters().then(describe, () => undefined);
  return loaded;
}

/**
 * Parsed JSON of another format goes to its adapter. JSON of no known format goes to the
 * normalizer like a v1 feed: its diagnostics say best what is missing from a broken v1 feed.
 */
export function fromValue(value: unknown, options: FeedReadOptions): LoadedFeed | Promise<LoadedFeed> {
  const format = options.format || detectFormat(value);
  if (format && format !== 'v1') return convert(value, options);
  const loaded = normalized(value);
  return options.format ? loaded : explain(loaded, (adapters) => adapters.pretalxApiDump(value));
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
