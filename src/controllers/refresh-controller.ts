import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeFeed } from '../data/normalize.js';
import type { Schedule } from '../data/model.js';

/** What a refreshing host exposes: its feed source and the refresh interval in seconds (0 or less: off). */
export interface RefreshSource {
  src?: string;
  feed?: object;
  schedule?: Schedule;
  refresh: number;
}

/** Something that wants the newest schedule of a feed URL. */
interface Subscriber {
  readonly intervalMs: number;
  readonly notify: () => void;
}

/** One feed URL being re-read: its single timer, who listens, and the newest schedule it got. */
interface Poll {
  readonly subscribers: Set<Subscriber>;
  timer?: ReturnType<typeof setInterval>;
  intervalMs?: number;
  inFlight: boolean;
  latest?: Schedule;
}

const MAX_DELAY_MS = 2 ** 31 - 1;

/** Feed URL → its poll. One timer per URL per page, whatever the number of elements naming it. */
const polls = new Map<string, Poll>();

/**
 * Starts (or restarts) the poll's timer at the shortest interval any subscriber asked for, so an
 * element that wants fresher data is never held back by a slower neighbour.
 */
function schedule(url: string, poll: Poll): void {
  const intervalMs = Math.min(...[...poll.subscribers].map((s) => s.intervalMs));
  if (intervalMs === poll.intervalMs) return;
  clearInterval(poll.timer);
  poll.intervalMs = intervalMs;
  poll.timer = setInterval(() => void reread(url, poll), intervalMs);
}

/**
 * Fetches the feed past the HTTP cache and hands the new schedule to every subscriber. A failed or
 * unreadable re-read keeps the last good data on screen (a dropped connection on a phone must not
 * blank the count); the next tick tries again. A hidden page does not poll.
 */
async function reread(url: string, poll: Poll): Promise<void> {
  if (poll.inFlight || document.visibilityState === 'hidden') return;
  poll.inFlight = true;
  try {
    const response = await fetch(url, { cache: 'no-cache', headers: { accept: 'application/json' } });
    if (!response.ok) return;
    const { schedule, diagnostics } = normalizeFeed(await response.text());
    if (diagnostics.some((d) => d.severity === 'fatal') || polls.get(url) !== poll) return;
    poll.latest = schedule;
    for (const subscriber of poll.subscribers) subscriber.notify();
  } catch {
    // Offline or blocked for now: keep what is shown, try again on the next tick.
  } finally {
    poll.inFlight = false;
  }
}

function subscribe(url: string, subscriber: Subscriber): Poll {
  let poll = polls.get(url);
  if (!poll) {
    poll = { subscribers: new Set(), inFlight: false };
    polls.set(url, poll);
  }
  poll.subscribers.add(subscriber);
  schedule(url, poll);
  return poll;
}

function unsubscribe(url: string, subscriber: Subscriber): void {
  const poll = polls.get(url);
  if (!poll) return;
  poll.subscribers.delete(subscriber);
  if (poll.subscribers.size > 0) {
    schedule(url, poll);
  } else {
    clearInterval(poll.timer);
    polls.delete(url);
  }
}

/**
 * Keeps a component's data live: while the host is connected, has a feed URL in `src` (not an
 * inline `#id`, and no `feed` or `schedule` property taking precedence) and a positive `refresh`
 * (seconds), the feed is re-read on that interval, bypassing the shared load cache and the HTTP
 * cache, and the host re-renders with {@link schedule}. All hosts naming the same URL share one
 * timer and one request per tick; the timer stops when the last of them disconnects.
 */
export class RefreshController implements ReactiveController {
  private subscription?: { readonly url: string; readonly subscriber: Subscriber; readonly poll: Poll };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & RefreshSource) {
    host.addController(this);
  }

  /** The newest re-read schedule of the host's feed URL, or undefined before the first re-read lands. */
  get schedule(): Schedule | undefined {
    return this.subscription?.poll.latest;
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
    const { src, feed, schedule: given, refresh } = this.host;
    const wanted = this.host.isConnected && src && !src.startsWith('#') && !feed && !given && refresh > 0;
    const url = wanted ? new URL(src, document.baseURI).href : undefined;
    // setInterval wraps delays past 2^31 - 1 ms round to "at once"; Infinity and the like mean "rarely".
    const intervalMs = Math.min(refresh * 1000, MAX_DELAY_MS);
    if (url === this.subscription?.url && intervalMs === this.subscription?.subscriber.intervalMs) return;
    this.stop();
    if (url === undefined) return;
    const subscriber: Subscriber = { intervalMs, notify: () => this.host.requestUpdate() };
    this.subscription = { url, subscriber, poll: subscribe(url, subscriber) };
  }

  private stop(): void {
    if (!this.subscription) return;
    unsubscribe(this.subscription.url, this.subscription.subscriber);
    this.subscription = undefined;
  }
}
