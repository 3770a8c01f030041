import { defineElement } from '../../internal/define-element.js';
import { provideDialogCard } from '../shared/dialog-cards.js';
import { MyScheduleElement } from './my-schedule.js';

defineElement('my-schedule', MyScheduleElement);
// The card a chosen session opens in (and the parts of its full form, at the same time), loaded
// when a title is chosen: the list alone does not wait for it.
provideDialogCard(() => Promise.all([import('../shared/dialog-cards.define.js'), import('../session-card/session-card.full.js')]));

declare global {
  interface HTMLElementTagNameMap {
    'my-schedule': MyScheduleElement;
  }
}
