import type { Diagnostic } from '../data/model.js';

/**
 * A component's feed could not be loaded or has problems. `message` is what the component shows;
 * `diagnostics` lists each problem found in the feed (empty when it could not be read at all).
 * Bubbles and crosses shadow roots, so a page can listen once on `document`.
 */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'feed-error';
  constructor(
    readonly src: string | undefined,
    readonly message: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(FeedErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feed-error': FeedErrorEvent;
  }
}
