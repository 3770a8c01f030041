import { defineElement } from '../../internal/define-element.js';
import { MyScheduleElement } from './my-schedule.js';

defineElement('my-schedule', MyScheduleElement);

declare global {
  interface HTMLElementTagNameMap {
    'my-schedule': MyScheduleElement;
  }
}
