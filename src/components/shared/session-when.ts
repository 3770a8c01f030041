/**
 * When a session runs, in the words every component shows it in: "All day" for a session the feed
 * marks `allDay`, else its time range.
 */
import { formatTimeRange, type FormatOptions } from '../../data/format.js';
import type { Session } from '../../data/model.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import { messagesFor } from '../../i18n/localize.js';

/** "All day" in the locale. */
export function allDayText(locale: string | undefined): string {
  return messagesFor(commonMessages, locale).allDay;
}

/** "All day" for an all-day session, else its time range: "11:00 AM – 12:30 PM", with its day when listed under another `day` (see formatTimeRange). */
export function sessionRange(session: Session, opts: FormatOptions, day?: string): string {
  return session.allDay ? allDayText(opts.locale) : formatTimeRange(session.startMs, session.endMs, opts, day);
}

const FULL_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'full' };

/**
 * The days an all-day session covers, with the year, in the venue's zone (an all-day session is the
 * venue's days wherever the reader is): "Wednesday, March 20 – Thursday, March 21, 2024".
 */
export function allDayDates(session: Session, locale: string): string {
  return dateTimeFormat(locale, FULL_DATE, session.timeZone).formatRange(session.startMs, Math.max(session.startMs, session.endMs - 1));
}
