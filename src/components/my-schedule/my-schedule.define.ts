import { defineElement } from '../../internal/define-element.js';
import { provideDialogCard } from '../shared/dialog-cards.js';
import { MyScheduleElement } from './my-schedule.js';

defineElement('my-schedule', MyScheduleElement);
// The card a chosen session opens in, loaded when a title is chosen: the list alone does not wait for it.
provideDialogCard(() => import('../shared/dialog-cards.define.js'));

declare global {
  interface HTMLElementTagNameMap {
    'my-schedule': MyScheduleElement;
  }
}
