import { defineCatalog, plurals } from '../../i18n/localize.js';

/** Every word `<session-card>` shows in English; the other languages are in src/i18n/locales. Role headings take the locale and the number of people. */
export const sessionCardMessages = defineCatalog('session-card', {
  live: 'Live now',
  ended: 'Ended',
  sessionLive: 'This session is live now',
  sessionEnded: 'This session has ended',
  eventEnded: '{event} has ended',
  startsIn: 'Starts {relative}',
  save: 'Save',
  saved: 'Saved',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',
  outlook: 'Outlook',
  newTab: '(opens in a new tab)',
  agenda: 'Agenda',
  tags: 'Tags',
  language: 'Language',
  notRecorded: 'Not recorded',
  venueTime: 'At the venue: {when}',
  affiliation: '{jobTitle}, {organization}',
  moderator: plurals({
    one: 'Moderator',
    other: 'Moderators',
  }),
  speaker: plurals({
    one: 'Speaker',
    other: 'Speakers',
  }),
  remoteModerator: plurals({
    one: 'Remote moderator',
    other: 'Remote moderators',
  }),
  media: 'View media',
  slides: 'Slides',
  video: 'Video',
  feedback: 'Leave feedback',
  attendees: 'See who’s attending',
  signup: 'Sign up',
  other: 'Link',
});

/** The words of one language. */
export type SessionCardText = (typeof sessionCardMessages)['en'];

/** The catalog keys of the roles the contract names. */
export const ROLE_KEYS = {
  moderator: 'moderator',
  speaker: 'speaker',
  'remote-moderator': 'remoteModerator',
} as const satisfies Record<string, keyof SessionCardText>;
