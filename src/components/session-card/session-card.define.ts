import { defineElement } from '../../internal/define-element.js';
import '../attendee-count/attendee-count.define.js';
import '../shared/clamped-text.define.js';
import '../speaker-avatar/speaker-avatar.define.js';
import '../speaker-avatar-group/speaker-avatar-group.define.js';
import { SessionCardElement } from './session-card.js';

defineElement('session-card', SessionCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'session-card': SessionCardElement;
  }
}
