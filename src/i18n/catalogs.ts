/**
 * The shape of a language: every catalog by its name, with that catalog's English messages as the
 * type to match. Types only; a new catalog is added to `AnyCatalog`, and the compiler then asks each
 * file in ./locales for its messages.
 */
import type { agendaTimelineMessages } from '../components/agenda-timeline/agenda-timeline.messages.js';
import type { attendeeCountMessages } from '../components/attendee-count/attendee-count.messages.js';
import type { eventStatusMessages } from '../components/event-status/event-status.messages.js';
import type { myScheduleMessages } from '../components/my-schedule/my-schedule.messages.js';
import type { nowNextMessages } from '../components/now-next/now-next.messages.js';
import type { sessionCardMessages } from '../components/session-card/session-card.messages.js';
import type { clampedTextMessages } from '../components/shared/clamped-text.messages.js';
import type { speakerAvatarGroupMessages } from '../components/speaker-avatar-group/speaker-avatar-group.messages.js';
import type { speakerAvatarMessages } from '../components/speaker-avatar/speaker-avatar.messages.js';
import type { speakerCardMessages } from '../components/speaker-card/speaker-card.messages.js';
import type { speakerListMessages } from '../components/speaker-list/speaker-list.messages.js';
import type { commonMessages } from './common.messages.js';
import type { dialogMessages } from './dialog.messages.js';
import type { savedMessages } from './saved.messages.js';

/** Every catalog the components take words from. */
type AnyCatalog =
  | typeof commonMessages
  | typeof savedMessages
  | typeof dialogMessages
  | typeof agendaTimelineMessages
  | typeof attendeeCountMessages
  | typeof clampedTextMessages
  | typeof eventStatusMessages
  | typeof myScheduleMessages
  | typeof nowNextMessages
  | typeof sessionCardMessages
  | typeof speakerAvatarMessages
  | typeof speakerAvatarGroupMessages
  | typeof speakerCardMessages
  | typeof speakerListMessages;

/**
 * How another language gives a message: text for text; where English has a template (a function of
 * text values), a template with the same `{placeholders}` in its own word order, or such a function;
 * any other function (counts, numbers), a function of the same arguments.
 */
type Translated<T> = T extends (...values: infer A) => string ? (A extends string[] ? T | string : T) : string;

/** A catalog's messages in another language. */
type Translation<M> = { readonly [K in keyof M]: Translated<M[K]> };

/**
 * All the messages of one language: each catalog by name (`common`, `saved`, and one per tag such as
 * `session-card`), each with every key of its English messages and no other. A file in ./locales
 * holds one of these.
 */
export type LanguageMessages = { readonly [C in AnyCatalog as C['name']]: Translation<C['en']> };

/**
 * Some messages of a language, as a site gives them to `registerCatalog`: any catalogs, any of their
 * keys. What is left out is shown in the shipped language of the same name if there is one, else in English.
 */
export type PartialLanguageMessages = { readonly [C in AnyCatalog as C['name']]?: Partial<Translation<C['en']>> };
