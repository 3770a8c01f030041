import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, Schedule } from '../data/model.js';
import { FeedErrorEvent } from '../events/feed-error-event.js';
import { type FeedFailureReason, type LoadedFeed, loadFeed, useFeedObject } from './feed-store.js';

/** What a component reads its schedule from, in order of precedence. */
export interface FeedSource {
  schedule?: Schedule;
  feed?: object;
  src?: string;
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Gives a component its schedule from whichever source it was handed: a normalized `schedule`,
 * a parsed `feed` object, or a `src` to load (shared with every other element naming it).
 * The host re-renders when the status changes; a failure also fires `feed-error` on the host.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  schedule?: Schedule;
  diagnostics: readonly Diagnostic[] = [];
  failure?: { readonly reason: FeedFailureReason; readonly status?: number };
  private source?: unknown;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & FeedSource) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { schedule, feed, src } = this.host;
    const source = schedule ?? feed ?? src;
    if (source === this.source) return;
    this.source = source;
    if (schedule) this.settle({ ok: true, result: { schedule, diagnostics: [] } });
    else if (feed) this.settle(useFeedObject(feed));
    else if (src) {
      this.status = 'loading';
      void loadFeed(src, this.host).then((loaded) => {
        if (this.source !== src) return; // the element moved on to another source meanwhile
        this.settle(loaded);
        this.host.requestUpdate();
      });
    } else {
      this.status = 'idle';
      this.schedule = undefined;
    }
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
