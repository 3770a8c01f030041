import { defineElement } from '../../internal/define-element.js';
import { provideDialogCard } from '../shared/dialog-cards.js';
import '../shared/clamped-text.define.js';
import '../speaker-avatar/speaker-avatar.define.js';
import { SpeakerCardElement } from './speaker-card.js';

defineElement('speaker-card', SpeakerCardElement);
// The cards a name or title chosen in the card opens in, on a page that shows it nowhere else
// (shared/card-dialog.ts): loaded the first time one is chosen.
provideDialogCard(() => import('../shared/dialog-cards.define.js'));

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCardElement;
  }
}
