import { defineElement } from '../../internal/define-element.js';
import { SpeakerAvatarElement } from '../speaker-avatar/speaker-avatar.js';
import { SpeakerAvatarGroupElement } from './speaker-avatar-group.js';

defineElement('speaker-avatar', SpeakerAvatarElement);
defineElement('speaker-avatar-group', SpeakerAvatarGroupElement);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-avatar-group': SpeakerAvatarGroupElement;
  }
}
