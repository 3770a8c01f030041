import { defineCatalog } from '../../i18n/localize.js';

/** The words of `<clamped-text>`'s toggle. */
export const clampedTextMessages = defineCatalog('clamped-text', { readMore: 'Read more', showLess: 'Show less' });
