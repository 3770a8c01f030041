import { defineElement } from '../../internal/define-element.js';
import { AttendeeCountElement } from './attendee-count.js';

defineElement('attendee-count', AttendeeCountElement);

declare global {
  interface HTMLElementTagNameMap {
    'attendee-count': AttendeeCountElement;
  }
}
