import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, NormalizeResult, Schedule } from '../data/model.js';
import { progressOf } from './feed-build.js';
import { dayKey } from '../data/time.js';
import { FeedErrorEvent } from '../events/feed-error-event.js';
import { FEED_PROPERTY_LABEL, failureMessage } from './feed-report.js';
import {
  type FeedFailure,
  type FeedReadOptions,
  type FeedState,
  type FeedSubscription,
  type LoadedFeed,
  FeedStore,
  readOptionsKey,
  useFeedObject,
  whenFinished,
} from './feed-store.js';

/** What a component reads its schedule from, in order of precedence, and how to read a foreign format. */
export interface FeedSource extends FeedReadOptions {
  schedule?: Schedule;
  feed?: object;
  src?: string;
}

/**
 * What a component that can paint a big feed before all of it is built shows first: it sets
 * {@link FeedController.preview} to this before each update, and is given a preview with the
 * sessions of those days (and the whole schedule once it is built), or the whole at once when it
 * asks for it.
 */
export interface FeedPreview {
  /** The event-local days (`yyyy-MM-dd`) the component shows now or first; the event's first day is always added. */
  readonly days: readonly string[];
  /** Sessions whose days it shows (a deep link, a `session-id`). */
  readonly sessionIds: readonly string[];
  /** Its clock: the event's day of this instant (today, while the event runs) is added. */
  readonly now: number;
  /** Whether it needs every session now (a search, the filters). */
  readonly whole: boolean;
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
  /** The schedule to show: the whole, or a preview of some days while the rest is built (see {@link partial}). */
  schedule?: Schedule;
  /** Why there is no schedule (`error`), or why the schedule shown could not be brought up to date (`ready`). */
  failure?: FeedFailure;
  /**
   * When the schedule shown is out of date because the network or the server failed: when it was
   * fetched. Set only on the one element of a feed that shows the notice (the first to name it).
   */
  asOf?: Date;
  private source?: unknown;
  private optionsKey?: string;
  /** The load the controller waits for; an older one that settles late is ignored. */
  private pending?: Promise<LoadedFeed>;
  private subscription?: FeedSubscription;
  /** The failure last announced with `feed-error`, so that each is announced once. */
  private announced?: FeedFailure;
  /**
   * Set by a component that can show a preview of a big feed while the rest is built (see
   * {@link FeedPreview}); read at each update. Unset, the component is always given the whole.
   */
  preview?: FeedPreview;
  /** The result still being built while {@link schedule} is a preview of it, and the days previewed. */
  private building?: { readonly result: NormalizeResult; readonly preview: Schedule; readonly days: ReadonlySet<string> };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & FeedSource) {
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
  }

  hostUpdate(): void {
    const { schedule, feed, src, format, eventTimeZone, eventName } = this.host;
    const options: FeedReadOptions = { format, eventTimeZone, eventName };
    const source = schedule ?? feed ?? src;
    const optionsKey = readOptionsKey(options);
    if (source === this.source && optionsKey === this.optionsKey) return this.widenPreview();
    this.source = source;
    this.optionsKey = optionsKey;
    this.pending = undefined;
    this.announced = undefined;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    if (schedule) this.settle({ ok: true, result: { schedule, diagnostics: [] } });
    else if (feed) this.follow(useFeedObject(feed, options));
    else if (src) this.subscribe(src);
    else {
      this.status = 'idle';
      this.schedule = undefined;
      this.building = undefined;
      this.failure = undefined;
      this.asOf = undefined;
    }
  }

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

  /** Whether {@link schedule} is a preview: only the sessions of some days, the rest still being built. */
  get partial(): boolean {
    return this.building !== undefined;
  }

  /** Moves from the preview to the whole schedule when the component now needs more than the preview has. */
  private widenPreview(): void {
    const { building, preview } = this;
    const lacks = (day: string): boolean => !building!.days.has(day);
    const missing = (id: string): boolean => !building!.preview.sessionsById.has(id);
    if (building && (!preview || preview.whole || preview.days.some(lacks) || preview.sessionIds.some(missing))) this.finish();
  }

  /** Shows the whole schedule now, building what is left of it at once. */
  private finish(): void {
    const building = this.building;
    if (!building) return;
    this.building = undefined;
    this.schedule = building.result.schedule;
    this.host.requestUpdate();
  }

  /**
   * The schedule of a result: its preview while a big feed is still being built, if the host asks
   * for one (then the whole schedule follows, with an update); else the whole, built now if need be.
   */
  private show(result: NormalizeResult): Schedule {
    const progress = progressOf(result);
    const wanted = this.preview;
    if (!progress || !wanted || wanted.whole) {
      this.building = undefined;
      return result.schedule;
    }
    if (this.building?.result !== result) {
      const days = new Set([...wanted.days, dayKey(wanted.now, progress.event.timeZone), ...progress.days.slice(0, 1)]);
      for (const id of wanted.sessionIds) {
        const day = progress.dayOf(id);
        if (day) days.add(day);
      }
      this.building = { result, preview: progress.preview(days), days };
      whenFinished(result, () => {
        if (this.building?.result === result) this.finish();
      });
    }
    return this.building.preview;
  }

  private subscribe(src: string): void {
    const { format, eventTimeZone, eventName } = this.host;
    const subscription = FeedStore.subscribe(src, this.host, { format, eventTimeZone, eventName }, () => {
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
    this.asOf = state.asOf !== undefined && subscription.showsNotice ? new Date(state.asOf) : undefined;
    this.announce(state.failure, state.diagnostics);
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
      this.building = undefined;
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
    const message = failureMessage(label, failure);
    this.host.dispatchEvent(new FeedErrorEvent(this.host.src, { reason, status, message, diagnostics }));
  }
}
