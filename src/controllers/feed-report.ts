/**
 * What the developer reads in the console about a feed: why it could not be loaded, and each
 * problem found in it. It comes with the reader (feed-read.ts), so that a page whose feeds load
 * well never downloads it; the store and the controllers reach it through feed-reader.ts.
 */
import { progressOf } from './feed-build.js';
import { whenFinished } from './feed-build.js';
import type { FeedFailure, FeedFailureReason, LoadedFeed } from './feed-types.js';

/** Why a feed could not be loaded, in the words of the console report (after "could not load the feed …: "). */
const EXPLANATIONS: Record<FeedFailureReason, string> = {
  'no-inline': 'there is no <script> with that id on the page',
  'not-found': 'the server has no file there',
  http: 'the server refused the request',
  server: 'the server failed, also when asked again',
  network:
    'the request failed, also when tried again: the connection dropped, or (CORS) the feed is on a site that sends no ' +
    'Access-Control-Allow-Origin header; serve a copy from this site or preview it with npx schedule-elements serve <url>',
  offline: 'the browser is offline; it is loaded again when the connection is back',
  timeout: 'the server did not answer in time, also when asked again',
  'no-adapters':
    'it is not a v1 feed, and the adapters that convert other formats could not be loaded ' +
    '(with the single-file bundle, serve schedule-elements-adapters.min.js beside it)',
  'no-reader': 'the module that reads feeds could not be downloaded (a network failure, or a build that left out a chunk)',
  'not-json': 'the response is not valid JSON, nor iCalendar',
  'not-a-feed': 'it is not a schedule feed that schedule-elements can read (v1, pretalx/frab schedule.json or schedule.xml, the pretalx widget schedule, Sessionize, Sched, iCalendar)',
};

/**
 * Why the feed `label` (its URL, `#id` or `FEED_PROPERTY_LABEL`) could not be loaded, in one
 * English sentence: `could not load the feed https://example.org/x.json (HTTP 404): the server has no file there.`
 */
export function failureMessage(label: string, failure: FeedFailure): string {
  const status = failure.status ? ` (HTTP ${failure.status})` : '';
  return `could not load the feed ${label}${status}: ${EXPLANATIONS[failure.reason]}.`;
}

/**
 * Tells the developer, once per failure or read, what is wrong with a feed: every diagnostic with
 * its JSON path (for a feed built in steps, once it is finished), and for a text that is no feed
 * what it looks like, once the adapters say.
 */
export function report(label: string, loaded: LoadedFeed): void {
  if (loaded.ok && progressOf(loaded.result)) return whenFinished(loaded.result, () => report(label, loaded));
  const diagnostics = loaded.ok ? loaded.result.diagnostics : loaded.diagnostics;
  if (!loaded.ok) {
    console.error(`schedule-elements: ${failureMessage(label, loaded)}`);
    void loaded.explained?.then((message) => message && console.warn(`schedule-elements: the feed ${label} could not be read: ${message}`));
  }
  if (diagnostics.length > 0) {
    const heading = loaded.ok ? `${diagnostics.length} problem(s) in the feed ${label}; the rest of it is shown.` : `what is wrong with the feed ${label}:`;
    console.warn(
      `schedule-elements: ${heading}\n` +
        diagnostics.map((d) => `  ${d.severity} ${d.path}: ${d.message}`).join('\n'),
    );
  }
}
