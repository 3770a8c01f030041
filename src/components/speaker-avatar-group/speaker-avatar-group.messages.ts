import { defineCatalog, plurals } from '../../i18n/localize.js';

/** The words of `<speaker-avatar-group>`: its accessible name, the "+N" badge's text and the empty state. */
export const speakerAvatarGroupMessages = defineCatalog('speaker-avatar-group', {
  label: 'Speakers: {names}',
  more: plurals({
    other: 'and # more',
  }),
  empty: 'No speakers announced yet.',
});
