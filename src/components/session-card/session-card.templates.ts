/**
 * The parts of a card that both its forms show (the full form's own are in session-card.full.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay, isSameDay, isoDateTime, isoDay } from '../../data/format.js';
import type { Person, Session } from '../../data/model.js';
import { languageName, nameList } from '../../i18n/intl.js';
import { headingLevel, type HeadingLevel } from '../shared/headings.js';
import { localSpan, localText } from '../shared/local-text.js';
import { sessionRange } from '../shared/session-when.js';
import type { SessionCardText } from './session-card.messages.js';

/** What every part of a card is rendered from: the session, the words and how to show times. */
export interface CardView {
  readonly session: Session;
  readonly t: SessionCardText;
  readonly locale: string;
  /** The zone times are shown in. */
  readonly zone: string;
  /** The venue's zone. */
  readonly eventZone: string;
  /** The level of the card's title; its sections are one below. */
  readonly level: HeadingLevel;
  /** Where people lead (`person-href`), if the site has a page per speaker. */
  readonly personHref?: string;
}

/** The level of the card's section headings: one below its title. */
export function sectionLevel(view: CardView): HeadingLevel {
  return headingLevel(view.level + 1);
}

/** The day and the time range ("All day" for an all-day session, on the venue's day), each a `<time>`: "Tuesday, September 2 • 11:00 AM – 12:30 PM". */
export function timeLine(view: CardView): TemplateResult {
  const { session, locale } = view;
  // An all-day session is on the venue's day wherever the reader is, as the full card's dates say.
  const zone = session.allDay ? session.timeZone : view.zone;
  const opts = { locale, zone };
  // A range over midnight names its days itself ("Sat, Jul 5, 11:45 PM – Sun, Jul 6, 1:30 AM"): its day is not said before it again.
  return html`<p class="when" part="time">
    ${session.allDay || isSameDay(session.startMs, session.endMs - 1, zone)
      ? html`<time datetime=${isoDay(session.startMs, zone)}>${formatDay(session.startMs, opts)}</time>
          <span class="separator" aria-hidden="true">•</span>`
      : nothing}
    <time datetime=${isoDateTime(session.startMs, zone)}>${sessionRange(session, opts)}</time>
  </p>`;
}

/** The track as a swatch and its name in the reader's language (the colour is never the only sign). */
export function trackLabel(session: Session, locale: string): TemplateResult | typeof nothing {
  const { track } = session;
  return track
    ? html`<span class="track" part="track"
        ><span class="swatch" aria-hidden="true"></span>${localSpan(localText(track.name, track.i18n?.name, locale))}</span
      >`
    : nothing;
}

/**
 * The languages the session is held in, named in the reader's language ("German" on an English page,
 * "Deutsch" on a German one), and "Not recorded" when the speakers asked for that.
 */
export function languageAndRecording(view: CardView): TemplateResult {
  const { session, t, locale } = view;
  return html`${session.languages.length > 0
      ? html`<span class="badge" part="languages"
          ><span class="visually-hidden">${t.language}: </span>${nameList(session.languages.map((tag) => languageName(tag, locale)), locale)}</span
        >`
      : nothing}
    ${session.doNotRecord ? html`<span class="badge" part="recording">${t.notRecorded}</span>` : nothing}`;
}

/** Everyone in the session once, in feed order (a person may hold two roles). */
export function uniquePeople(session: Session): Person[] {
  return [...new Map(session.people.map(({ person }) => [person.id, person])).values()];
}

/** The room's name in the reader's language and, with `withLocation`, where it is on a line of its own. */
export function room(session: Session, withLocation: boolean, locale: string): TemplateResult | typeof nothing {
  const { room } = session;
  return room
    ? html`<p class="room" part="room">
        ${localSpan(localText(room.name, room.i18n?.name, locale), 'room-name')}
        ${withLocation && room.location ? localSpan(localText(room.location, room.i18n?.location, locale), 'room-location') : nothing}
      </p>`
    : nothing;
}

