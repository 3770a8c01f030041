import { defineElement } from '../../internal/define-element.js';
import '../speaker-card/speaker-card.define.js';
import { SpeakerListElement } from './speaker-list.js';

defineElement('speaker-list', SpeakerListElement);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-list': SpeakerListElement;
  }
}
