/**
 * `schedule-elements/luxon`: the model's instants as luxon `DateTime`s, for apps that work in
 * luxon. The model itself gives epoch milliseconds (`startMs`) and ISO 8601 text (`start`), and no
 * component or data module loads a date library; this entry is the one module that imports luxon,
 * so only the apps that import it pay for it.
 *
 * ```ts
 * import { startDateTime } from 'schedule-elements/luxon';
 * const start = startDateTime(session); // 2014-09-02T11:00:00.000+03:00, in Europe/Istanbul
 * start.setZone('local').toFormat('ccc HH:mm'); // the viewer's clock
 * ```
 *
 * Each call makes a new `DateTime` (they are immutable); a session or agenda item keeps none.
 */
import { DateTime } from 'luxon';
import type { Session } from './data/model.js';

/** What has instants in a zone: a `Session` or an `AgendaItem`. */
export type Timed = Pick<Session, 'startMs' | 'endMs' | 'timeZone'>;

/** An instant (epoch milliseconds) as a luxon DateTime in `zone`, an IANA zone such as `Europe/Istanbul`. */
export function toDateTime(ms: number, zone: string): DateTime {
  return DateTime.fromMillis(ms, { zone });
}

/** The start of a session or agenda item as a luxon DateTime in the event's zone. */
export function startDateTime(item: Timed): DateTime {
  return toDateTime(item.startMs, item.timeZone);
}

/** The end of a session or agenda item as a luxon DateTime in the event's zone. */
export function endDateTime(item: Timed): DateTime {
  return toDateTime(item.endMs, item.timeZone);
}
