import { defineCatalog } from '../../i18n/localize.js';

/**
 * The words of `<now-next>`. `{time}` in `left` is a duration from `formatDuration` ("25 min",
 * "1 hr, 10 min"); `{when}` in `soon` a phrase from `formatRelative` ("in 10 minutes").
 */
export const nowNextMessages = defineCatalog('now-next', {
  now: 'Now',
  next: 'Next',
  left: '{time} left',
  soon: 'starts {when}',
  dayEnded: 'The day’s programme has ended.',
  roomDone: 'Nothing more in this room today.',
  doneRooms: 'Done for the day: {rooms}',
  noneToday: 'No sessions today.',
  unknownRoom: 'This room is not in the schedule.',
  started: 'Now in {room}: {title}',
});
