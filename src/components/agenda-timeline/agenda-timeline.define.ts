import { defineElement } from '../../internal/define-element.js';
import '../session-card/session-card.define.js';
import { AgendaTimelineElement } from './agenda-timeline.js';

defineElement('agenda-timeline', AgendaTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-timeline': AgendaTimelineElement;
  }
}
