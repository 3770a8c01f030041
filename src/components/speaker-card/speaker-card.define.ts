import { defineElement } from '../../internal/define-element.js';
import { ClampedTextElement } from '../shared/clamped-text.js';
import { SpeakerAvatarElement } from '../speaker-avatar/speaker-avatar.js';
import { SpeakerCardElement } from './speaker-card.js';

defineElement('speaker-avatar', SpeakerAvatarElement);
defineElement('clamped-text', ClampedTextElement);
defineElement('speaker-card', SpeakerCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCardElement;
  }
}
