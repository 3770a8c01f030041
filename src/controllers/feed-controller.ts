import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, NormalizeResult, Schedule } from '../data/model.js';
import { FeedErrorEvent } from '../events/feed-error-event.js';
import { failureMessage } from './feed-reader.js';
import { FEED_PROPERTY_LABEL } from './feed-types.js';
import {
  type FeedFailure,
  type FeedReadOptions,
  type FeedState,
  type FeedSubscription,
  type LoadedFeed,
  FeedStore,
  readOptionsKey,
  useFeedObject,
} from './feed-store.js';

/** What a component reads its schedule from, in order of precedence, and how to read a foreign format. */
export interface FeedSource extends FeedReadOptions {
  schedule?: Schedule;
  feed?: object;
  src?: string;
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Gives a component its schedule from whichever source it was handed: a normalized `schedule`,
 * a parsed `feed` object, or a `src` to load (shared with every other element naming it), read
 * in the host's `format`, `eventTimeZone` and `eventName`.
 * The host re-renders when the state changes, and only then: a refresh that finds the feed
 * unchanged keeps the very same schedule object. A failure also fires `feed-error` on the host, once.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  /** The schedule to show (the whole, or with PreviewFeedController a preview of some days while the rest is built). */
  schedule?: Schedule;
  /** Why there is no schedule (`error`), or why the schedule shown could not be brought up to date (`ready`). */
  failure?: FeedFailure;
  /**
   * When the schedule shown is out of date because the network or the server failed: when it was
   * fetched. Set only on the one element of a feed that shows the notice (the first in the page to name it).
   */
  asOf?: Date;
  /** Whether {@link failure} is that of an attempt still being retried: a later try may replace it. */
  retrying = false;
  /**
   * Whether the host is the one element of its feed that announces a failure to assistive technology
   * (the first in the page to name it, as for the notice): a page of twenty cards raises one alert, not twenty.
   */
  leads = true;
  /** While loading: whether the feed's request took longer than `FeedStore.slowAfterMs` (the store's one timer for every element naming it), so that the person is told the connection is slow; it stays so until loaded. */
  slow = false;
  private source?: unknown;
  private optionsKey?: string;
  /** How the host asked, at its last update, for its feed to be read (what {@link subscribe} passes on, also once it is back in the page). */
  private options?: FeedReadOptions;
  /** The load the controller waits for; an older one that settles late is ignored. */
  private pending?: Promise<LoadedFeed>;
  private subscription?: FeedSubscription;
  /** The failure last announced with `feed-error`, so that each is announced once. */
  private announced?: FeedFailure;
  constructor(protected readonly host: ReactiveControllerHost & HTMLElement & FeedSource) {
    host.addController(this);
  }

  /** The absolute URL of the feed the host loads, or undefined for an inline `#id`, a `feed` or a `schedule`. */
  get url(): string | undefined {
    return this.subscription?.url;
  }

  hostConnected(): void {
    // Back in the page (or moved within it, which disconnects first): listen again.
    const { src } = this.host;
    if (!src || this.source !== src || this.subscription) return;
    this.subscribe(src);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.slow = false;
  }

  hostUpdate(): void {
    const { schedule, feed, src, format, eventTimeZone, eventName } = this.host;
    // A feed handed over as `.schedule`, or text as `.feed`, fails each update: the host says what is wrong (ScheduleElement.performUpdate).
    if ((schedule && !schedule.sessionsById) || (feed && typeof feed != 'object')) throw new TypeError('not a schedule');
    const options: FeedReadOptions = { format, eventTimeZone, eventName };
    const source = schedule ?? feed ?? src;
    const optionsKey = readOptionsKey(options);
    if (source === this.source && optionsKey === this.optionsKey) return this.sourceKept();
    this.source = source;
    this.optionsKey = optionsKey;
    this.options = options;
    this.pending = this.announced = undefined;
    this.retrying = false;
    this.leads = true;
    this.hostDisconnected(); // lets the old source go
    if (schedule) this.settle({ ok: true, result: { schedule, diagnostics: [] } });
    else if (feed) this.follow(useFeedObject(feed, options));
    // A removed element whose `src` changes subscribes once back in the page (hostConnected): no request meanwhile.
    else if (src && this.host.isConnected) this.subscribe(src);
    else {
      this.status = 'idle';
      this.schedule = undefined;
      this.failure = undefined;
      this.asOf = undefined;
    }
  }

  /** Called at each update that keeps the source (a subclass may change what it shows of it). */
  protected sourceKept(): void {}

  /** Loads the feed again now (the retry button of a failure or an out-of-date schedule). */
  retry(): void {
    this.subscription?.retry();
  }

  /**
   * While loading: the read of a feed already in hand (a `feed` object, an inline or kept copy)
   * that waits for a download of code (the feed reader, the adapters); it settles once read. Never
   * a wait for the network. The components' `updateComplete` waits for it.
   */
  get reading(): Promise<unknown> | undefined {
    return this.status === 'loading' ? (this.pending ?? this.subscription?.state.reading) : undefined;
  }

  /** Whether {@link schedule} is only part of the feed's (see PreviewFeedController); never here. */
  get partial(): boolean {
    return false;
  }

  /** The schedule to show of a ready result: here the whole (built now if it was built in steps). */
  protected show(result: NormalizeResult): Schedule {
    return result.schedule;
  }

  private subscribe(src: string): void {
    const subscription = FeedStore.subscribe(src, this.host, this.options!, () => {
      if (this.subscription !== subscription) return;
      this.apply(subscription);
      this.host.requestUpdate();
    });
    this.subscription = subscription;
    this.apply(subscription);
  }

  private apply(subscription: FeedSubscription): void {
    const state: FeedState = subscription.state;
    this.status = state.status;
    this.schedule = state.result && this.show(state.result);
    this.failure = state.failure;
    this.retrying = state.retrying ?? false;
    this.leads = subscription.showsNotice;
    this.asOf = state.asOf !== undefined && subscription.showsNotice ? new Date(state.asOf) : undefined;
    // Slow once, slow until loaded: a slow download's feed may then wait for the adapters.
    this.slow = state.status == 'loading' && (this.slow || !!state.slow);
    // A failure that a retry under way may still mend is shown, but announced only once final.
    if (!this.retrying) this.announce(state.failure, state.diagnostics);
  }

  /** Settles now on a ready result, or shows loading until the promised one arrives. */
  private follow(loaded: LoadedFeed | Promise<LoadedFeed>): void {
    if (!(loaded instanceof Promise)) return this.settle(loaded);
    this.status = 'loading';
    this.pending = loaded;
    void loaded.then((result) => {
      if (this.pending !== loaded) return; // the element moved on to another source meanwhile
      this.settle(result);
      this.host.requestUpdate();
    });
  }

  private settle(loaded: LoadedFeed): void {
    this.asOf = undefined;
    if (loaded.ok) {
      this.status = 'ready';
      this.schedule = this.show(loaded.result);
      this.failure = undefined;
    } else {
      this.status = 'error';
      this.schedule = undefined;
      this.failure = { reason: loaded.reason, status: loaded.status };
      this.announce(this.failure, loaded.diagnostics);
    }
  }

  /**
   * Fires `feed-error` for a failure not announced yet, explained as the console explains it: the
   * feed named by its URL, its `#id`, or as the feed property.
   */
  private announce(failure: FeedFailure | undefined, diagnostics: readonly Diagnostic[]): void {
    const repeated = failure?.reason === this.announced?.reason && failure?.status === this.announced?.status;
    this.announced = failure;
    if (!failure || repeated) return;
    const label = typeof this.source === 'string' ? (this.url ?? this.source) : FEED_PROPERTY_LABEL;
    const { reason, status } = failure;
    // The explanation comes with the feed reader: at once when it is here, else once it is.
    const fire = (message: string) => this.host.dispatchEvent(new FeedErrorEvent(this.host.src, { reason, status, message, diagnostics }));
    const message = failureMessage(label, failure);
    if (typeof message == 'string') fire(message);
    else void message.then(fire);
  }
}
