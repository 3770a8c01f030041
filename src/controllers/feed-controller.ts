import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, Schedule } from '../data/model.js';
import { FeedErrorEvent } from '../events/feed-error-event.js';
import {
  type FeedFailureReason,
  type FeedReadOptions,
  type LoadedFeed,
  loadFeed,
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
 * The host re-renders when the status changes; a failure also fires `feed-error` on the host.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  schedule?: Schedule;
  diagnostics: readonly Diagnostic[] = [];
  failure?: { readonly reason: FeedFailureReason; readonly status?: number };
  private source?: unknown;
  private optionsKey?: string;
  /** The load the controller waits for; an older one that settles late is ignored. */
  private pending?: Promise<LoadedFeed>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & FeedSource) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { schedule, feed, src, format, eventTimeZone, eventName } = this.host;
    const options: FeedReadOptions = { format, eventTimeZone, eventName };
    const source = schedule ?? feed ?? src;
    const optionsKey = readOptionsKey(options);
    if (source === this.source && optionsKey === this.optionsKey) return;
    this.source = source;
    this.optionsKey = optionsKey;
    this.pending = undefined;
    if (schedule) this.settle({ ok: true, result: { schedule, diagnostics: [] } });
    else if (feed) this.follow(useFeedObject(feed, options));
    else if (src) this.follow(loadFeed(src, this.host, options));
    else {
      this.status = 'idle';
      this.schedule = undefined;
    }
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
    if (loaded.ok) {
      this.status = 'ready';
      this.schedule = loaded.result.schedule;
      this.diagnostics = loaded.result.diagnostics;
      this.failure = undefined;
    } else {
      this.status = 'error';
      this.schedule = undefined;
      this.diagnostics = loaded.diagnostics;
      this.failure = { reason: loaded.reason, status: loaded.status };
      this.host.dispatchEvent(new FeedErrorEvent(this.host.src, loaded.reason, loaded.diagnostics));
    }
  }
}
