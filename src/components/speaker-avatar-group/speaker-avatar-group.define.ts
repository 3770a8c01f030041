import { defineElement } from '../../internal/define-element.js';
import '../speaker-avatar/speaker-avatar.define.js';
import { SpeakerAvatarGroupElement } from './speaker-avatar-group.js';

defineElement('speaker-avatar-group', SpeakerAvatarGroupElement);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-avatar-group': SpeakerAvatarGroupElement;
  }
}
