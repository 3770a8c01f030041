import { defineElement } from '../../internal/define-element.js';
import { AgendaTimelineElement } from './agenda-timeline.js';
import { provideDialogCard } from '../shared/dialog-cards.js';

defineElement('agenda-timeline', AgendaTimelineElement);
// The cards of the dialog (and the tags they render), loaded when the page is idle after the first
// paint or when a session is opened: a page with only the programme does not wait for them. The
// parts of the full card, which the dialog shows, download at the same time.
provideDialogCard(() => Promise.all([import('../shared/dialog-cards.define.js'), import('../session-card/session-card.full.js')]));

declare global {
  interface HTMLElementTagNameMap {
    'agenda-timeline': AgendaTimelineElement;
  }
}
