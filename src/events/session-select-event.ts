import type { Session } from '../data/model.js';

/**
 * A person chose a session: clicked its title or pressed Enter on it. Bubbles and crosses shadow
 * roots. Cancelable: `preventDefault()` keeps a title that is a link (`session-href`) from being
 * followed, and `<agenda-timeline>` from opening the session in its dialog, so the page can route the person itself.
 */
export class SessionSelectEvent extends Event {
  static readonly eventName = 'session-select';
  constructor(readonly session: Session) {
    super(SessionSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'session-select': SessionSelectEvent;
  }
}
