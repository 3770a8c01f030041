import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedStore } from './feed-store.js';
import type { FeedFailure } from './feed-types.js';

/**
 * What a refreshing host exposes: the refresh interval in seconds (0 or less: off), and its feed
 * controller (added before this one): the URL of the feed it loads, as the store names it (undefined
 * for an inline `#id`, a `feed` or a `schedule`), and how its reads are going.
 */
export interface RefreshSource {
  refresh: number;
  readonly data: { readonly url?: string; readonly failure?: FeedFailure };
}

/**
 * One feed URL being re-read: its single timer, the intervals its elements ask for, when it last
 * ticked; and, while its reads fail, the last failure seen, how many in a row, the ticks let pass
 * since the last read, and the time its server asked to be left alone until (`Retry-After`).
 */
interface Poll {
  readonly intervals: Map<object, number>;
  timer?: ReturnType<typeof setInterval>;
  intervalMs?: number;
  lastTick: number;
  seen?: FeedFailure;
  failures?: number;
  skipped?: number;
  quietUntil?: number;
}

const MAX_DELAY_MS = 2 ** 31 - 1;

/** Feed URL → its poll. One timer per URL per page, whatever the number of elements naming it. */
const polls = new Map<string, Poll>();

/** A `Retry-After` header's wait in ms from now: seconds, or an HTTP date (NaN, no wait, for neither). */
function retryAfterMs(value: string | null | undefined): number {
  return !value ? NaN : /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
}

/**
 * A tick reads the feed, unless its server keeps failing: after n failed reads in a row, one tick
 * in 2^(n-1) reads, at most one in 32 and at the latest the first tick 5 minutes after the last
 * read (a kiosk refreshed every minute read a server back from an outage up to 32 minutes later),
 * and none before the time its `Retry-After` asked for. Retry, and the connection coming back,
 * read at once all the same.
 */
function tick(url: string, poll: Poll): void {
  poll.lastTick = performance.now();
  // The elements of a URL share its feed, so any of them says how its reads went.
  const [owner] = poll.intervals.keys() as IterableIterator<RefreshController>;
  const failure = owner?.host.data.failure;
  if (!failure) poll.failures = 0;
  else {
    if (failure !== poll.seen) {
      poll.seen = failure;
      poll.failures = (poll.failures ?? 0) + 1;
      poll.skipped = 0;
      poll.quietUntil = Date.now() + retryAfterMs(failure.retryAfter);
    }
    if (Date.now() < poll.quietUntil! || ++poll.skipped! < Math.min(2 ** (poll.failures! - 1), 32, 3e5 / poll.intervalMs!)) return;
  }
  poll.skipped = 0;
  FeedStore.revalidate(url);
}

/**
 * Runs the poll's timer at the shortest interval any element asked for (an element that wants fresher
 * data is never held back by a slower neighbour), and not at all while the page is hidden.
 */
function run(url: string, poll: Poll): void {
  const intervalMs = document.visibilityState === 'hidden' ? undefined : Math.min(...poll.intervals.values());
  if (intervalMs === poll.intervalMs) return;
  clearInterval(poll.timer);
  poll.timer = undefined;
  poll.intervalMs = intervalMs;
  if (intervalMs === undefined) return;
  // Back from hidden later than a tick was due: catch up at once.
  if (performance.now() - poll.lastTick >= intervalMs) tick(url, poll);
  poll.timer = setInterval(() => tick(url, poll), intervalMs);
}

/** A hidden page does not poll (a phone in a pocket keeps its battery); shown again, it catches up. */
function handleVisibility(): void {
  for (const [url, poll] of polls) run(url, poll);
}

function subscribe(url: string, owner: object, intervalMs: number): void {
  let poll = polls.get(url);
  if (!poll) {
    // The first load counts as the first tick.
    poll = { intervals: new Map(), lastTick: performance.now() };
    polls.set(url, poll);
    if (polls.size === 1) document.addEventListener('visibilitychange', handleVisibility);
  }
  poll.intervals.set(owner, intervalMs);
  run(url, poll);
}

/**
 * An element that only moved in the page (React reordering a list) reconnects in the same task:
 * the poll is stopped a microtask later, once no element took it up again, so that the move
 * neither restarts its timer (an element moved more often than its interval was never refreshed) nor reads the feed again.
 */
function unsubscribe(url: string, owner: object): void {
  const poll = polls.get(url);
  if (!poll) return;
  poll.intervals.delete(owner);
  if (poll.intervals.size > 0) return run(url, poll);
  queueMicrotask(() => {
    if (poll.intervals.size > 0 || polls.get(url) !== poll) return;
    clearInterval(poll.timer);
    polls.delete(url);
    if (polls.size === 0) document.removeEventListener('visibilitychange', handleVisibility);
  });
}

/**
 * Keeps a component's data live: while the host is connected, has a feed URL in `src` (not an
 * inline `#id`, and no `feed` or `schedule` property taking precedence) and a positive `refresh`
 * (seconds), the feed is re-read on that interval with a conditional request, and every component
 * showing it re-renders when (and only when) it changed. All hosts naming the same URL share one timer
 * and one request per tick; the timer pauses while the page is hidden and stops when the last of
 * them disconnects.
 */
export class RefreshController implements ReactiveController {
  private subscription?: { readonly url: string; readonly intervalMs: number };

  constructor(readonly host: ReactiveControllerHost & HTMLElement & RefreshSource) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Subscribes to the poll the host's current properties call for, leaving any other. */
  private sync(): void {
    const { data, refresh } = this.host;
    const url = this.host.isConnected && refresh > 0 ? data.url : undefined;
    // setInterval wraps delays past 2^31 - 1 ms round to "at once"; Infinity and the like mean "rarely".
    const intervalMs = Math.min(refresh * 1000, MAX_DELAY_MS);
    if (url === this.subscription?.url && intervalMs === this.subscription?.intervalMs) return;
    this.stop();
    if (url === undefined) return;
    subscribe(url, this, intervalMs);
    this.subscription = { url, intervalMs };
  }

  private stop(): void {
    if (!this.subscription) return;
    unsubscribe(this.subscription.url, this);
    this.subscription = undefined;
  }
}
