import { defineCatalog, plurals } from '../../i18n/localize.js';

/** The words of `<speaker-list>`. */
export const speakerListMessages = defineCatalog('speaker-list', {
  speakers: 'Speakers',
  search: 'Search speakers',
  searchHint: 'Name or organization',
  count: plurals({
    one: '# speaker',
    other: '# speakers',
  }),
  noMatch: 'No speakers match “{query}”.',
  none: 'No speakers to show.',
  close: 'Close',
});
