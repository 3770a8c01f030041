import type { Person } from '../data/model.js';

/**
 * A person opened a speaker (clicked their name or card). Bubbles and crosses shadow roots.
 * Cancelable: `preventDefault()` keeps a name that is a link (`person-href`) from being followed,
 * so the page can route the person itself.
 */
export class SpeakerSelectEvent extends Event {
  static readonly eventName = 'speaker-select';
  constructor(readonly person: Person) {
    super(SpeakerSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'speaker-select': SpeakerSelectEvent;
  }
}
