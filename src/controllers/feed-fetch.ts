/**
 * Requests for a feed URL: each bounded by a timeout, conditional on the copy held when same-origin,
 * and tried again after a pause while the failure is worth retrying (the network, a 5xx status).
 */
import type { FeedCopy } from './feed-cache.js';
import type { FeedFailure } from './feed-types.js';

const ACCEPT = 'application/json, text/calendar;q=0.9, */*;q=0.1';

/** How a request for a feed ended: a new copy, the copy held confirmed (304), or a failure and whether it is worth retrying. */
export type Attempt =
  | { readonly kind: 'copy'; readonly copy: FeedCopy }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'failed'; readonly failure: FeedFailure; readonly retry: boolean };

/** The loading settings a request reads at each attempt (FeedStore itself passes them). */
export interface FetchLimits {
  /** How long one request may take, headers and body, before it counts as timed out (ms). */
  readonly timeoutMs: number;
}

/** What the store hears of a load while its retries go on, and how it cuts a pause short. */
export interface RetryProgress {
  /** An attempt failed and another follows after a pause: the failure can be shown meanwhile. */
  failed(failure: FeedFailure): void;
  /** Set while the load pauses before a retry: ends the pause now (the person pressed Retry). */
  skipPause?: () => void;
}

/**
 * Requests the feed at `url`, trying again after each of `delays` (each varied by ±25%) while the
 * failure is worth retrying, and resolves with the last outcome; or with undefined once `signal`
 * aborts (the last component went away), whose outcome no one wants. Each failure that is retried
 * is told to `progress` at once, so that the person need not wait for the last retry to know.
 */
export async function fetchWithRetries(
  url: string,
  copy: FeedCopy | undefined,
  delays: readonly number[],
  limits: FetchLimits,
  signal: AbortSignal,
  progress?: RetryProgress,
): Promise<Attempt | undefined> {
  let outcome: Attempt;
  for (let tries = 0; ; tries++) {
    outcome = await attempt(url, copy, limits.timeoutMs, signal);
    if (signal.aborted) return undefined;
    const delay = delays[tries];
    // A server that said when to come back (Retry-After) is not asked again now: the refresh waits, or the person retries.
    if (outcome.kind !== 'failed' || !outcome.retry || delay === undefined || outcome.failure.retryAfter) return outcome;
    progress?.failed(outcome.failure);
    await pause(delay * (0.75 + Math.random() * 0.5), signal, progress);
    if (signal.aborted) return undefined;
  }
}

/** Resolves after `ms`, or at once when `signal` aborts or `progress.skipPause` is called. */
function pause(ms: number, signal: AbortSignal, progress?: RetryProgress): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      if (progress) progress.skipPause = undefined;
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (progress) progress.skipPause = done;
    signal.addEventListener('abort', done, { once: true });
  });
}

/** One request, bounded by `timeoutMs`, conditional on the copy held when same-origin. */
async function attempt(url: string, copy: FeedCopy | undefined, timeoutMs: number, signal: AbortSignal): Promise<Attempt> {
  const bounded = new AbortController();
  const abort = (): void => bounded.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    bounded.abort();
  }, timeoutMs);
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
      return { kind: 'failed', failure: { reason, status, retryAfter: response.headers.get('retry-after') }, retry: status >= 500 };
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
