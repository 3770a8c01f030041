import { LazyModule } from '../../internal/lazy-module.js';

/**
 * The calendar writer (the .ics file, the Google and Outlook links), downloaded when a component
 * that offers calendars first renders: a person who never adds a session to a calendar never needs
 * it before then. The single-file bundle holds it and provides it at once (src/define.ts).
 */
export const calendarWriter = new LazyModule(
  () => import('../../data/ical.js'),
  'schedule-elements-ical.min.js',
  'sessions cannot be added to calendars',
);
