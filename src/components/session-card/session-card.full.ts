/**
 * The parts of the card's full form (`variant="full"`), the session's page: its links, description,
 * inner agenda, people with their bios, full date and tags. Downloaded the first time a card shows
 * its full form (compact cards never need it); the single-file bundle and the dialogs' cards hold
 * it and provide it at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { formatDuration, formatFullDate, formatTime, isoDateTime, isoDay } from '../../data/format.js';
import type { Person, RoleGroup } from '../../data/model.js';
import { nameList } from '../../i18n/intl.js';
import { richText } from '../../internal/rich-text.js';
import { feedLink } from '../shared/feed-link.js';
import { heading } from '../shared/headings.js';
import { localRichText, localSpan, localText, personTitle } from '../shared/local-text.js';
import { hrefFor, selectLink } from '../shared/select-link.js';
import { allDayDates, allDayText } from '../shared/session-when.js';
import { ROLE_KEYS, type SessionCardText } from './session-card.messages.js';
import { sectionLevel, type CardView } from './session-card.templates.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a \`list-style: none\` list. */

/** A section heading of the card. */
function subheading(view: CardView, content: unknown): TemplateResult {
  return heading(sectionLevel(view), content);
}

/** A link of the card's actions (a recording, a calendar): a feed link styled as an action. */
export function actionLink(url: string, label: string, t: SessionCardText, onClick?: () => void): TemplateResult {
  return feedLink(url, label, t.newTab, { className: 'action', onClick });
}

/** The session's own links, each labelled by its kind in the locale (an `other` link by its own label). */
export function sessionLinks(view: CardView): TemplateResult[] {
  const { session, t } = view;
  return session.links.map((link) =>
    actionLink(link.url, link.kind === 'other' ? (link.label ?? t.other) : t[link.kind], t),
  );
}

/** The description in the reader's language, sanitized, marked with its language when it is another. */
export function description({ session, locale }: CardView): TemplateResult | typeof nothing {
  const shown = session.description && localRichText(session.description, session.i18n?.description, locale);
  return shown
    ? html`<div part="description" class="description" lang=${ifDefined(shown.lang)} dir=${shown.dir}>${richText(shown.rich)}</div>`
    : nothing;
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
  // Own keys only: a feed's role "constructor" or "toString" is a label, not Object's.
  return Object.hasOwn(ROLE_KEYS, group.role) ? view.t[ROLE_KEYS[group.role as keyof typeof ROLE_KEYS]](view.locale, group.people.length) : group.role;
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
            // The picture is beside the name: hidden from screen readers, which hear the name once. It is
            // given the locale: a change of it reaches the avatar, which a `lang` around it would not.
            return html`<li class="person">
              <speaker-avatar class="avatar" aria-hidden="true" .person=${person} size="medium" locale=${view.locale}></speaker-avatar>
              <div class="person-text">
                ${selectLink(hrefFor(view.personHref, person.id), { className: 'link-button person-name' }, () => onSelect(person), person.name)}
                ${role ? html`<p class="affiliation" lang=${ifDefined(role.lang)} dir=${ifDefined(role.dir)}>${role.text}</p>` : nothing}
                ${bio
                  ? // Keyed by the person: a bio opened ("Read more") is that person's, not the next session's person's in its place.
                    keyed(
                      person.id,
                      html`<clamped-text class="bio" lang=${ifDefined(bio.lang)} dir=${bio.dir} locale=${view.locale} label=${person.name}
                        >${richText(bio.rich)}</clamped-text
                      >`,
                    )
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

/** The session's tags as a list. */
export function tags(view: CardView): TemplateResult | typeof nothing {
  return view.session.tags.length > 0
    ? html`<ul class="tags" role="list" aria-label=${view.t.tags}>
        ${view.session.tags.map((tag) => html`<li class="tag" dir="auto">${tag}</li>`)}
      </ul>`
    : nothing;
}
