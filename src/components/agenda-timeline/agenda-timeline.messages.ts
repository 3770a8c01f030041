import { defineCatalog, plurals } from '../../i18n/localize.js';

/** Every word `<agenda-timeline>` shows in English; the other languages are in src/i18n/locales. Counts take the locale and the number. */
export const agendaTimelineMessages = defineCatalog('agenda-timeline', {
  programme: '{event} programme',
  days: 'Days',
  search: 'Search',
  searchHint: 'Title, speaker or room',
  filters: 'Filters',
  activeFilters: 'Filters ({count})',
  track: 'Track',
  room: 'Room',
  type: 'Type',
  speaker: 'Speaker',
  allTracks: 'All tracks',
  allRooms: 'All rooms',
  allTypes: 'All types',
  allSpeakers: 'All speakers',
  language: 'Language',
  allLanguages: 'All languages',
  savedOnly: 'Only my saved sessions',
  clearFilters: 'Clear filters',
  matching: plurals({
    zero: 'No sessions match',
    one: '# session matches',
    other: '# sessions match',
  }),
  sessions: plurals({
    zero: 'No sessions',
    one: '# session',
    other: '# sessions',
  }),
  layout: 'Layout',
  grid: 'Grid',
  list: 'List',
  zone: 'Time zone',
  venueTime: 'Venue time',
  yourTime: 'Your time',
  timesAtVenue: 'Times in {place} time ({zone})',
  timesYours: 'Times in your time zone ({zone})',
  /** The venue's zone by its name in the reader's language, where that language has one (not in English, which names the city). */
  timesInZone: 'Times in {name} ({zone})',
  other: 'Other',
  happeningNow: 'Happening now',
  upNext: 'Up next',
  now: 'Now',
  live: 'Live',
  saved: 'Saved',
  saveSession: 'Save {title}',
  close: 'Close',
  sessionRemoved: 'This session is no longer in the schedule.',
  noSessionsDay: 'No sessions on this day.',
  noMatches: 'No sessions match these filters.',
  /** While sessions of other days match (the day tabs count them). */
  noMatchesDay: 'No sessions of this day match these filters.',
  /** "Only my saved sessions" with none saved. */
  noSaved: 'Nothing saved yet.',
  noSessions: 'This programme has no sessions yet.',
  agenda: 'Agenda',
  noAgenda: 'This session has no agenda yet.',
});

/** The words of one language. */
export type AgendaTimelineText = (typeof agendaTimelineMessages)['en'];
