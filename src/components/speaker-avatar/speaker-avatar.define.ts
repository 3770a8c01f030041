import { defineElement } from '../../internal/define-element.js';
import { SpeakerAvatarElement } from './speaker-avatar.js';

defineElement('speaker-avatar', SpeakerAvatarElement);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-avatar': SpeakerAvatarElement;
  }
}
