import { defineCatalog } from './localize.js';

/** Words every component shares: loading and failure states, the notice of an out-of-date schedule, and "All day" for an all-day session's times. */
export const commonMessages = defineCatalog('common', {
  loading: 'Loading the schedule…',
  loadingSlow: 'Still loading the schedule: the connection is slow.',
  noSource: 'No schedule to show: this element has no src or feed.',
  noInline: 'No schedule to show on this page.',
  notFound: 'The schedule is not available right now.',
  http: 'The schedule could not be loaded.',
  network: 'The schedule could not be loaded. Check your connection.',
  offline: 'You are offline. The schedule will load when you are back online.',
  timeout: 'The schedule is taking too long to load.',
  server: 'The schedule is not available right now.',
  staleOffline: 'Offline: showing the schedule as of {time}.',
  staleFailed: 'The schedule could not be updated: showing it as of {time}.',
  retry: 'Retry',
  notJson: 'The schedule could not be read.',
  notAFeed: 'The schedule could not be read.',
  missingPart: 'The schedule could not be shown: part of the page did not load.',
  sessionNotFound: 'This session is not in the schedule.',
  personNotFound: 'This person is not in the schedule.',
  noSessionId: 'No session to show.',
  noPersonId: 'No person to show.',
  invalidZone: 'Unknown time zone "{zone}": times are shown in the event\'s zone.',
  allDay: 'All day',
});
