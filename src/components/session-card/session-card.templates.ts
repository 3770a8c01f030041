import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDay, formatDuration, formatFullDate, formatTime, isoDateTime, isoDay } from '../../data/format.js';
import type { Person, RoleGroup, Session } from '../../data/model.js';
import { languageName, nameList } from '../../i18n/intl.js';
import { richText } from '../../internal/rich-text.js';
import { heading, headingLevel, type HeadingLevel } from '../shared/headings.js';
import { localRichText, localSpan, localText, personTitle } from '../shared/local-text.js';
import { hrefFor, selectLink } from '../shared/select-link.js';
import { allDayDates, allDayText, sessionRange } from '../shared/session-when.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a \`list-style: none\` list. */

import { ROLE_KEYS, type SessionCardText } from './session-card.messages.js';

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

/** A section heading of the card. */
function subheading(view: CardView, content: unknown): TemplateResult {
  return heading(sectionLevel(view), content);
}

/** Whether a URL leaves this site (and so opens in a new tab). */
function isExternal(url: string): boolean {
  return new URL(url, document.baseURI).origin !== location.origin;
}

/** A link that opens a new tab when it leaves the site, and says so to everyone. */
export function actionLink(url: string, label: string, t: SessionCardText, onClick?: () => void): TemplateResult {
  const external = isExternal(url);
  return html`<a
    class="action"
    href=${url}
    @click=${onClick}
    target=${ifDefined(external ? '_blank' : undefined)}
    rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
    >${label}${external
      ? html`<span class="external" aria-hidden="true">↗</span><span class="visually-hidden">${t.newTab}</span>`
      : nothing}</a
  >`;
}

/** The session's own links, each labelled by its kind in the locale (an `other` link by its own label). */
export function sessionLinks(view: CardView): TemplateResult[] {
  const { session, t } = view;
  return session.links.map((link) =>
    actionLink(link.url, link.kind === 'other' ? (link.label ?? t.other) : t[link.kind], t),
  );
}

/** The day and the time range ("All day" for an all-day session), each a `<time>`: "Tuesday, September 2 • 11:00 AM – 12:30 PM". */
export function timeLine(view: CardView): TemplateResult {
  const { session, locale, zone } = view;
  const opts = { locale, zone };
  return html`<p class="when" part="time">
    <time datetime=${isoDay(session.startMs, zone)}>${formatDay(session.startMs, opts)}</time>
    <span class="separator" aria-hidden="true">•</span>
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

/** The inner agenda: one row per item with its clock time, length, title and people. */
export function agenda(view: CardView): TemplateResult | typeof nothing {
  const { session, t, locale, zone } = view;
  if (session.agenda.length === 0) return nothing;
  return html`<section class="agenda">
    ${subheading(view, t.agenda)}
    <ol part="agenda" class="agenda-list" role="list">
      ${session.agenda.map(
        (item) => html`<li class="agenda-item">
          <span class="agenda-when">
            <time class="agenda-time" datetime=${isoDateTime(item.startMs, zone)}>${formatTime(item.startMs, { locale, zone })}</time>
            <span class="agenda-duration">${formatDuration(item.minutes, locale)}</span>
          </span>
          <span class="agenda-what">
            ${localSpan(localText(item.title, item.i18n?.title, locale), 'agenda-title')}
            ${item.people.length > 0
              ? html`<span class="agenda-people">${nameList(item.people.map((person) => person.name), locale)}</span>`
              : nothing}
          </span>
        </li>`,
      )}
    </ol>
  </section>`;
}

/** A role group's heading: the contract's roles in words, singular or plural; any other label as written. */
function roleHeading(view: CardView, group: RoleGroup): string {
  const key = ROLE_KEYS[group.role as keyof typeof ROLE_KEYS];
  return key ? view.t[key](view.locale, group.people.length) : group.role;
}

/** The people by role: a heading per role, and for each person their avatar, name, affiliation and bio. */
export function people(view: CardView, onSelect: (person: Person) => Event): TemplateResult | typeof nothing {
  const groups = view.session.roles.filter((group) => group.people.length > 0);
  if (groups.length === 0) return nothing;
  return html`<div part="people" class="people">
    ${groups.map(
      (group) => html`<section class="role">
        ${subheading(view, roleHeading(view, group))}
        <ul class="person-list" role="list">
          ${group.people.map((person) => {
            const role = personTitle(person, view.locale, view.t.affiliation);
            const bio = person.bio && localRichText(person.bio, person.i18n?.bio, view.locale);
            return html`<li class="person">
              <speaker-avatar class="avatar" .person=${person} size="medium"></speaker-avatar>
              <div class="person-text">
                ${selectLink(hrefFor(view.personHref, person.id), { className: 'link-button person-name' }, () => onSelect(person), person.name)}
                ${role ? html`<p class="affiliation" lang=${ifDefined(role.lang)} dir=${role.dir}>${role.text}</p>` : nothing}
                ${bio
                  ? html`<clamped-text class="bio" lang=${ifDefined(bio.lang)} dir=${bio.dir} lines="3" locale=${view.locale} label=${person.name}
                      >${richText(bio.rich)}</clamped-text
                    >`
                  : nothing}
              </div>
            </li>`;
          })}
        </ul>
      </section>`,
    )}
  </div>`;
}

/**
 * The full date line with the zone's name; when times are shown in another zone than the venue's,
 * the venue's time follows, so nobody is confused about when to be in the room. An all-day session
 * gives its days and "All day".
 */
export function fullDate(view: CardView): TemplateResult {
  const { session, t, locale, zone, eventZone } = view;
  if (session.allDay) {
    return html`<p class="full-date">
      <time datetime=${isoDay(session.startMs, session.timeZone)}>${allDayDates(session, locale)}</time>
      <span class="separator" aria-hidden="true">•</span> ${allDayText(locale)}
    </p>`;
  }
  const line = (inZone: string): string => formatFullDate(session.startMs, session.endMs, { locale, zone: inZone });
  return html`<p class="full-date">
      <time datetime=${isoDateTime(session.startMs, zone)}>${line(zone)}</time>
    </p>
    ${zone === eventZone
      ? nothing
      : html`<p class="venue-time">${t.venueTime(line(eventZone))}</p>`}`;
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

/** The session's tags as a list. */
export function tags(view: CardView): TemplateResult | typeof nothing {
  return view.session.tags.length > 0
    ? html`<ul class="tags" role="list" aria-label=${view.t.tags}>
        ${view.session.tags.map((tag) => html`<li class="tag" dir="auto">${tag}</li>`)}
      </ul>`
    : nothing;
}
