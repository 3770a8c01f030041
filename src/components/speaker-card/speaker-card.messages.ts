import { defineCatalog, plurals } from '../../i18n/localize.js';

/** The words of `<speaker-card>` (job and organization are joined as `<speaker-avatar>` joins them). Roles other than the known ones are shown as the feed writes them. */
export const speakerCardMessages = defineCatalog('speaker-card', {
  roomAt: '{room} ({location})',
  sessions: 'Sessions',
  links: 'Links',
  newTab: '(opens in a new tab)',
  moderator: 'Moderator',
  remoteModerator: 'Remote moderator',
  sessionCount: plurals({
    one: '# session',
    other: '# sessions',
  }),
});
