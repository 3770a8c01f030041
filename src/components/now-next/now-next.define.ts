import { defineElement } from '../../internal/define-element.js';
import { NowNextElement } from './now-next.js';

defineElement('now-next', NowNextElement);

declare global {
  interface HTMLElementTagNameMap {
    'now-next': NowNextElement;
  }
}
