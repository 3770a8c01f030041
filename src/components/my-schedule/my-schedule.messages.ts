import { defineCatalog, plurals } from '../../i18n/localize.js';

/** Every word `<my-schedule>` shows in English (the other languages are in src/i18n/locales; the storage note is in `savedMessages`). */
export const myScheduleMessages = defineCatalog('my-schedule', {
  count: plurals({
    one: '# saved session',
    other: '# saved sessions',
  }),
  empty: 'Nothing saved yet. Use ☆ Save on a session to add it here.',
  downloadAll: 'Download all (.ics)',
  copyLink: 'Copy link',
  linkCopied: 'Link copied. Whoever opens it can add these sessions to their own schedule.',
  copyThisLink: 'Copy this link to share your schedule:',
  shared: plurals({
    one: 'A link shared # session with you:',
    other: 'A link shared # sessions with you:',
  }),
  addShared: plurals({
    one: 'Add # session shared with you',
    other: 'Add # sessions shared with you',
  }),
  notNow: 'Not now',
  added: plurals({
    one: 'Added # session to your schedule.',
    other: 'Added # sessions to your schedule.',
  }),
  overlaps: 'Overlaps with {names}',
  moved: 'Moved: was {was}, now {now}',
  roomChanged: 'Room changed: was {was}, now {now}',
  noRoom: 'no room',
  cancelled: 'Cancelled: no longer in the programme',
  remove: 'Remove',
  removeLabel: 'Remove {title} from my schedule',
  removed: 'Removed “{title}”.',
  undo: 'Undo',
  close: 'Close',
});

/** The words of one language. */
export type MyScheduleText = (typeof myScheduleMessages)['en'];
