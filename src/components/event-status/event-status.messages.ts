import { defineCatalog, plurals } from '../../i18n/localize.js';

/**
 * The words of `<event-status>`. `relative` is a phrase from `formatRelative` in the same locale
 * ("in 3 days", "tomorrow", "dans 3 jours"), so the sentences are built around it.
 */
export const eventStatusMessages = defineCatalog('event-status', {
  upcoming: '{name} starts {relative}',
  upcomingUndated: '{name} has not started yet',
  live: '{name} is on now',
  ended: '{name} has ended',
  onNow: 'On now',
  between: 'Nothing is on right now.',
  next: 'Up next, {relative}',
  more: plurals({
    other: 'and # more',
  }),
  dateRange: '{from} – {to}',
});
