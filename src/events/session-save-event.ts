import type { Session } from '../data/model.js';

/** A person saved a session to their schedule or removed it (`saved` tells which). Cancelable: call `preventDefault()` to keep the old state. */
export class SessionSaveEvent extends Event {
  static readonly eventName = 'session-save';
  constructor(
    readonly session: Session,
    readonly saved: boolean,
  ) {
    super(SessionSaveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'session-save': SessionSaveEvent;
  }
}
