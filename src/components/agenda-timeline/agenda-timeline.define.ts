import { defineElement } from '../../internal/define-element.js';
import { AttendeeCountElement } from '../attendee-count/attendee-count.js';
import { ClampedTextElement } from '../shared/clamped-text.js';
import { SessionCardElement } from '../session-card/session-card.js';
import { SpeakerAvatarElement } from '../speaker-avatar/speaker-avatar.js';
import { SpeakerAvatarGroupElement } from '../speaker-avatar-group/speaker-avatar-group.js';
import { AgendaTimelineElement } from './agenda-timeline.js';

defineElement('attendee-count', AttendeeCountElement);
defineElement('clamped-text', ClampedTextElement);
defineElement('speaker-avatar', SpeakerAvatarElement);
defineElement('speaker-avatar-group', SpeakerAvatarGroupElement);
defineElement('session-card', SessionCardElement);
defineElement('agenda-timeline', AgendaTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-timeline': AgendaTimelineElement;
  }
}
