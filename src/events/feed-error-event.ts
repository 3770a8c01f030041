import type { FeedFailureReason } from '../controllers/feed-types.js';
import type { Diagnostic } from '../data/model.js';

/** What a {@link FeedErrorEvent} says about the failure: what its fields of the same names hold. */
export interface FeedErrorDetails {
  readonly reason: FeedFailureReason;
  readonly status?: number;
  readonly message: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Fired by a component when its feed (`src` or `feed`) could not be loaded or read, so it shows its
 * failure message; and when the schedule it shows (a copy kept by an earlier visit, or an earlier
 * load) could not be brought up to date, so it shows the out-of-date notice. Fired once per
 * failure: the same reason and status again (at the next refresh) fire nothing until the feed has
 * loaded in between. Problems in a feed that is shown anyway fire nothing: they are listed in the
 * console. Bubbles and crosses shadow roots, so a page can listen once on `document`.
 */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'feed-error';

  /** Why the feed could not be loaded, read, or brought up to date. */
  readonly reason: FeedFailureReason;

  /** The HTTP status of the failed response (reasons `not-found`, `http` and `server`), else undefined. */
  readonly status: number | undefined;

  /**
   * For developers, in English: the explanation the console gives, such as
   * `could not load the feed https://example.org/x.json (HTTP 404): the server has no file there.`
   * The component shows visitors a message of its own, in their language.
   */
  readonly message: string;

  /**
   * The problems that make the feed unreadable, each with its JSON path (reason `not-a-feed`, while
   * no schedule is shown); else empty.
   */
  readonly diagnostics: readonly Diagnostic[];

  constructor(
    /** The component's `src` as written; undefined when it has none (a `feed` property). */
    readonly src: string | undefined,
    details: FeedErrorDetails,
  ) {
    super(FeedErrorEvent.eventName, { bubbles: true, composed: true });
    this.reason = details.reason;
    this.status = details.status;
    this.message = details.message;
    this.diagnostics = details.diagnostics;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feed-error': FeedErrorEvent;
  }
}
