/** Every message catalog the library ships, for the tests that go through them all (Node and browser alike). */
import { agendaTimelineMessages } from '../src/components/agenda-timeline/agenda-timeline.messages.js';
import { attendeeCountMessages } from '../src/components/attendee-count/attendee-count.messages.js';
import { eventStatusMessages } from '../src/components/event-status/event-status.messages.js';
import { myScheduleMessages } from '../src/components/my-schedule/my-schedule.messages.js';
import { nowNextMessages } from '../src/components/now-next/now-next.messages.js';
import { sessionCardMessages } from '../src/components/session-card/session-card.messages.js';
import { clampedTextMessages } from '../src/components/shared/clamped-text.messages.js';
import { speakerAvatarGroupMessages } from '../src/components/speaker-avatar-group/speaker-avatar-group.messages.js';
import { speakerAvatarMessages } from '../src/components/speaker-avatar/speaker-avatar.messages.js';
import { speakerCardMessages } from '../src/components/speaker-card/speaker-card.messages.js';
import { speakerListMessages } from '../src/components/speaker-list/speaker-list.messages.js';
import { commonMessages } from '../src/i18n/common.messages.js';
import { dialogMessages } from '../src/i18n/dialog.messages.js';
import type { Catalog } from '../src/i18n/localize.js';
import { savedMessages } from '../src/i18n/saved.messages.js';

export const CATALOGS: readonly Catalog[] = [
  commonMessages,
  savedMessages,
  dialogMessages,
  agendaTimelineMessages,
  attendeeCountMessages,
  clampedTextMessages,
  eventStatusMessages,
  myScheduleMessages,
  nowNextMessages,
  sessionCardMessages,
  speakerAvatarMessages,
  speakerAvatarGroupMessages,
  speakerCardMessages,
  speakerListMessages,
];
