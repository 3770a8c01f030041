/**
 * The shapes of the feed store: why a feed failed, the outcome of reading one, what a component
 * shows for the feed it names, how to read a foreign format, and a component's subscription.
 */
import type { Diagnostic, NormalizeResult } from '../data/model.js';

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
  | 'no-reader'
  | 'not-json'
  | 'not-a-feed';

/** A failure and, for an HTTP error, its status and the server's `Retry-After` (seconds or a date), if it sent one. */
export interface FeedFailure {
  readonly reason: FeedFailureReason;
  readonly status?: number;
  readonly retryAfter?: string | null;
}

/** The outcome of reading one feed: a normalized schedule, or the reason there is none. */
export type LoadedFeed =
  | { readonly ok: true; readonly result: NormalizeResult }
  | {
      readonly ok: false;
      readonly reason: FeedFailureReason;
      readonly status?: number;
      readonly diagnostics: readonly Diagnostic[];
      /** What the text looks like, for the console (an HTML page, other XML, pretalx's API), once the adapters say. */
      explained?: Promise<string | undefined>;
    };

/** What a component shows for the feed it names, now. */
export interface FeedState {
  readonly status: 'loading' | 'ready' | 'error';
  /** The schedule and its problems, when ready. */
  readonly result?: NormalizeResult;
  /** Why there is no schedule (error), or why the one shown could not be brought up to date (ready). */
  readonly failure?: FeedFailure;
  /** Whether the failure is that of an attempt still being retried (the next try is under way or soon). */
  readonly retrying?: boolean;
  /** The fatal problems of a feed that could not be read (error). */
  readonly diagnostics: readonly Diagnostic[];
  /** With a failure while ready: when the schedule shown was fetched, in ms since the epoch. */
  readonly asOf?: number;
  /** While loading, a text in hand still being read (the reader or the adapters downloading): settles when it is read. */
  readonly reading?: Promise<unknown>;
  /** While loading: whether the request under way has taken longer than `FeedStore.slowAfterMs`, so that the person is told the connection is slow. */
  readonly slow?: boolean;
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
   * Whether this component is the one that shows the notice of an out-of-date schedule: the first in
   * the page of those that name the feed, so that a page of twenty cards shows one notice, not twenty,
   * at the top, wherever the components' tags were defined from.
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

/** How the reports name a feed handed over as the `feed` property, which has no URL. */
export const FEED_PROPERTY_LABEL = '(feed property)';
