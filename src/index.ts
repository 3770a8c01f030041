/**
 * schedule-elements: the component classes, their events and the data API, with no side effects.
 * Importing this registers no tag; import `schedule-elements/define` (all tags) or
 * `schedule-elements/<component>/define` (one tag and the tags it renders), or call
 * `customElements.define('my-name', SessionCardElement)` to use your own names.
 */
export { ScheduleElement } from './components/shared/schedule-element.js';
export { SessionCardElement, type SessionCardVariant } from './components/session-card/session-card.js';
export { SpeakerAvatarElement, AVATAR_SIZES, type AvatarSize } from './components/speaker-avatar/speaker-avatar.js';
export { SpeakerAvatarGroupElement } from './components/speaker-avatar-group/speaker-avatar-group.js';
export { AttendeeCountElement } from './components/attendee-count/attendee-count.js';
export { EventStatusElement } from './components/event-status/event-status.js';
export { NowNextElement } from './components/now-next/now-next.js';
export { SpeakerCardElement } from './components/speaker-card/speaker-card.js';
export {
  SpeakerListElement,
  SPEAKER_LIST_LAYOUTS,
  type SpeakerListLayout,
} from './components/speaker-list/speaker-list.js';
export { ClampedTextElement } from './components/shared/clamped-text.js';
export { AgendaTimelineElement, type AgendaTimelineLayout } from './components/agenda-timeline/agenda-timeline.js';
export { MyScheduleElement } from './components/my-schedule/my-schedule.js';

export { SessionSelectEvent } from './events/session-select-event.js';
export { SessionSaveEvent } from './events/session-save-event.js';
export { SpeakerSelectEvent } from './events/speaker-select-event.js';
export { FeedErrorEvent, type FeedErrorDetails } from './events/feed-error-event.js';

export { FeedController, type FeedSource, type FeedStatus } from './controllers/feed-controller.js';
export { FeedStore } from './controllers/feed-store.js';
export type { FeedFailureReason } from './controllers/feed-types.js';
export { ClockController } from './controllers/clock-controller.js';
export { RefreshController } from './controllers/refresh-controller.js';
export { SavedStore, SavedController, savedStorageKey } from './controllers/saved-store.js';
export { defineElement } from './internal/define-element.js';

export { LANGUAGES, type Language, pickLanguage, registerCatalog, textDirection } from './i18n/localize.js';
export type { LanguageMessages, PartialLanguageMessages } from './i18n/catalogs.js';

export * from './data/index.js';
