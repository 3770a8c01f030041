import { defineElement } from '../../internal/define-element.js';
import { ClampedTextElement } from './clamped-text.js';

defineElement('clamped-text', ClampedTextElement);

declare global {
  interface HTMLElementTagNameMap {
    'clamped-text': ClampedTextElement;
  }
}
