import { defineCatalog } from './localize.js';

/** Words every component shares: loading and failure states, and the notice of an out-of-date schedule. */
export const commonMessages = defineCatalog('common', {
  loading: 'Loading the schedule…',
  noSource: 'No schedule to show: this element has no src or feed.',
  noInline: 'No schedule to show: this page has no inline feed {src}.',
  notFound: 'The schedule {src} was not found.',
  http: 'The server could not send the schedule {src} (error {status}).',
  network: 'The schedule {src} could not be loaded. Check your connection and try again.',
  offline: 'You are offline: the schedule {src} could not be loaded. It will load when the connection is back.',
  timeout: 'The schedule {src} took too long to load. Try again.',
  server: 'The server of the schedule {src} had an error ({status}). Try again later.',
  staleOffline: 'Offline: showing the schedule as of {time}.',
  staleFailed: 'The schedule could not be updated: showing it as of {time}.',
  retry: 'Retry',
  notJson: 'The schedule {src} could not be read: it is not valid JSON.',
  notAFeed: 'The schedule {src} could not be read: it is not a schedule feed.',
  missingPart: 'The schedule {src} cannot be shown: a file this page needs to read it is missing.',
  sessionNotFound: 'No session {id} in {src}.',
  personNotFound: 'No person {id} in {src}.',
  noSessionId: 'No session to show: set the session-id attribute.',
  noPersonId: 'No person to show: set the person-id attribute.',
  invalidZone: 'Unknown time zone "{zone}": times are shown in the event\'s zone.',
});
