import { defineElement } from '../../internal/define-element.js';
import '../shared/clamped-text.define.js';
import '../speaker-avatar/speaker-avatar.define.js';
import { SpeakerCardElement } from './speaker-card.js';

defineElement('speaker-card', SpeakerCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCardElement;
  }
}
