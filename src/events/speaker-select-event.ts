import type { Person } from '../data/model.js';

/** A person opened a speaker (clicked their name or card). Bubbles and crosses shadow roots. */
export class SpeakerSelectEvent extends Event {
  static readonly eventName = 'speaker-select';
  constructor(readonly person: Person) {
    super(SpeakerSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'speaker-select': SpeakerSelectEvent;
  }
}
