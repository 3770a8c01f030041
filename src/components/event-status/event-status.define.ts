import { defineElement } from '../../internal/define-element.js';
import { EventStatusElement } from './event-status.js';

defineElement('event-status', EventStatusElement);

declare global {
  interface HTMLElementTagNameMap {
    'event-status': EventStatusElement;
  }
}
