import { defineCatalog, formatNumber, plural, plurals } from '../../i18n/localize.js';

/** The words of `<attendee-count>`. Counts arrive as numbers and are formatted for the locale here. */
export const attendeeCountMessages = defineCatalog('attendee-count', {
  label: 'Attendees',
  count: plurals({
    other: '(#)',
  }),
  attendees: plurals({
    zero: 'No attendees yet',
    one: '# attendee',
    other: '# attendees',
  }),
  placesTaken: (locale: string, count: number, capacity: number) =>
    plural(locale, capacity, {
      one: `${formatNumber(locale, count)} of # place taken`,
      other: `${formatNumber(locale, count)} of # places taken`,
    }),
  full: plurals({
    one: 'Full: the only place is taken',
    other: 'Full: all # places are taken',
  }),
  capacity: plurals({
    other: 'Capacity: #',
  }),
  notPublished: 'Attendance not published',
  link: 'See who’s attending',
  newTab: '(opens in a new tab)',
});
