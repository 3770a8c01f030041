import type { Session } from '../data/model.js';

/** A person chose a session: clicked its title or pressed Enter on it. Bubbles and crosses shadow roots. */
export class SessionSelectEvent extends Event {
  static readonly eventName = 'session-select';
  constructor(readonly session: Session) {
    super(SessionSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'session-select': SessionSelectEvent;
  }
}
