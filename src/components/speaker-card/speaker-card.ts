import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { formatDay, isoDateTime, isoDay, resolveZone, zonedTimeRange } from '../../data/format.js';
import type { Person, Schedule, Session } from '../../data/model.js';
import { SessionSelectEvent } from '../../events/session-select-event.js';
import { SpeakerSelectEvent } from '../../events/speaker-select-event.js';
import { messagesFor } from '../../i18n/localize.js';
import { richText } from '../../internal/rich-text.js';
import { CardDialogController } from '../shared/card-dialog.js';
import { feedLink, feedLinkStyles } from '../shared/feed-link.js';
import { heading, titleLink, type HeadingLevel } from '../shared/headings.js';
import { joined, localRichText, localText, personTitle } from '../shared/local-text.js';
import { hrefFor, selectLink } from '../shared/select-link.js';
import { reportMissing } from '../shared/missing.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { SessionsElement } from '../shared/sessions-element.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { linkButtonStyles } from '../../styles/link-button.styles.js';
import { sessionCodeStyles } from '../../styles/session-code.styles.js';
import { speakerAvatarMessages } from '../speaker-avatar/speaker-avatar.messages.js';
import { speakerCardMessages } from './speaker-card.messages.js';
import { styles } from './speaker-card.styles.js';

/** Heading levels outside 1–6 (or not numbers) are brought back into range. */
function headingLevel(level: number): HeadingLevel {
  return Math.min(6, Math.max(1, Math.round(level) || 3)) as HeadingLevel;
}

type SpeakerCardText = (typeof speakerCardMessages)['en'];

/** The words for a role: the known ones translated, any other label as the feed writes it. */
function roleLabel(role: string, t: SpeakerCardText): string {
  if (role === 'moderator') return t.moderator;
  if (role === 'remote-moderator') return t.remoteModerator;
  return role;
}

/**
 * One person of the programme: their picture, name, job and organization, a bio cut to a few lines
 * with "Read more", their links, and the sessions they appear in (day, time in the chosen zone,
 * room, and their role when they are not simply a speaker). Give it a `person` directly, or a
 * `person-id` with a `src`, `feed` or `schedule`.
 *
 * In `compact` mode (as in `<speaker-list>`) it shows only the picture, name, job and the number of
 * sessions, and the name is a button that fires `speaker-select` (a link with `person-href`).
 *
 * @summary A speaker's card: picture, name, job, bio, links and sessions.
 * @tag speaker-card
 * @csspart base - The card.
 * @csspart avatar - The `<speaker-avatar>`.
 * @csspart name - The name heading.
 * @csspart title - The job title and organization.
 * @csspart bio - The bio (a `<clamped-text>`).
 * @csspart bio-toggle - The bio's "Read more" / "Show less" button.
 * @csspart links - The list of the person's links.
 * @csspart sessions - The list of the person's sessions.
 * @csspart session-title - The button (or, with `session-href`, the link) with a session's title.
 * @csspart code - The session code before a title ("WS196").
 * @csspart state - A loading, error or not-found message.
 * @csspart dialog - The dialog in which a session or name chosen in the card opens (the session's full card, or the person's) when nothing else on the page shows it.
 * @cssprop [--schedule-speaker-card-background=var(--schedule-color-surface)] - The card's background.
 * @cssprop [--schedule-speaker-card-padding=var(--schedule-space)] - The space inside the card.
 * @cssprop [--schedule-avatar-size=the avatar's own size] - The diameter of the person's pictures (inherited by the `<speaker-avatar>`s inside); overrides their size.
 * @cssprop [--schedule-clamped-text-lines=3] - The lines of a bio shown before "Read more" (inherited by the `<clamped-text>` inside).
 * @fires {SessionSelectEvent} session-select - The user chose one of the person's sessions. Unless the page cancels it, titles are links (`session-href`) or a component around the card shows the session, its full card opens in a dialog.
 * @fires {SpeakerSelectEvent} speaker-select - The user chose the person (compact cards only), or a name in the session opened in the dialog (from its card). Unless the page cancels it, the name is a link (`person-href`) or a component around the card shows the person, their full card opens in a dialog.
 * @fires {SessionSaveEvent} session-save - The user saved or unsaved the session opened in the dialog (from its card); cancelable.
 */
export class SpeakerCardElement extends SessionsElement {
  static override get properties() {
    return {
      person: { attribute: false },
      personId: { attribute: 'person-id' },
      headingLevel: { attribute: 'heading-level', type: Number },
      compact: { type: Boolean, reflect: true },
      sessionHref: { attribute: 'session-href' },
      personHref: { attribute: 'person-href' },
    };
  }

  static override styles = [...ScheduleElement.styles, linkButtonStyles, feedLinkStyles, sessionCodeStyles, dialogStyles, styles];

  /** The person to show (from the normalized model). Wins over `person-id`; needs no feed, though one adds their sessions. */
  person?: Person;

  /** The id of the person to show, looked up in the feed. */
  personId?: string;

  /** The level of the name heading (1–6); the sessions heading is one below. */
  headingLevel = 3;

  /** A small summary: picture, name, job and number of sessions; the name fires `speaker-select`. */
  compact = false;

  /**
   * Where sessions lead on a site with a page per session: a URL with `{id}` for the session's id
   * (`/talks/{id}`). Session titles become links; they still fire `session-select`, and cancelling
   * that keeps the link from being followed.
   */
  sessionHref?: string;

  /**
   * Where people lead on a site with a page per speaker: a URL with `{id}` for the person's id
   * (`/speakers/{id}`). The compact card's name becomes a link; it still fires `speaker-select`, and
   * cancelling that keeps the link from being followed.
   */
  personHref?: string;

  /** @internal Where a session or name chosen in the card opens when nothing else shows it. */
  private readonly chosen = new CardDialogController(this);

  /** Fires `speaker-select` (then, unless handled, opens the person); returns the event, which the page may have cancelled. */
  private selectPerson(person: Person, href: string | undefined): Event {
    return this.chosen.select(new SpeakerSelectEvent(person), { person }, href);
  }

  /** Fires `session-select` (then, unless handled, opens the session); returns the event, which the page may have cancelled. */
  private selectSession(session: Session, href: string | undefined): Event {
    return this.chosen.select(new SessionSelectEvent(session), { session }, href);
  }

  /** @internal The person's sessions, for the card's JSON-LD. */
  protected override get jsonLdSessions(): readonly Session[] {
    const id = this.person?.id ?? this.personId;
    return (id && this.data.schedule?.byPerson.get(id)) || [];
  }

  protected override render() {
    const schedule = this.data.schedule;
    if (this.person) return this.renderCard(this.person, schedule);
    if (this.data.status !== 'ready' || !schedule) return this.renderFeedState();
    if (!this.personId) return this.renderError(this.commonText[reportMissing(this, 'person', undefined)]);
    const person = schedule.peopleById.get(this.personId);
    if (!person) return this.renderError(this.commonText[reportMissing(this, 'person', this.personId)]);
    return this.renderCard(person, schedule);
  }

  private renderCard(person: Person, schedule: Schedule | undefined): TemplateResult {
    const locale = this.effectiveLocale;
    const t = messagesFor(speakerCardMessages, locale);
    const sessions = schedule?.byPerson.get(person.id) ?? [];
    const job = personTitle(person, locale, messagesFor(speakerAvatarMessages, locale).jobAtOrganization);
    const personLink = hrefFor(this.personHref, person.id);
    const bio = person.bio && localRichText(person.bio, person.i18n?.bio, locale);
    // The avatar is given the locale: a change of it reaches the avatar, which a `lang` around it would not (lang changes are heard in the page, not in shadow roots).
    return html`
      <article part="base" lang=${locale} dir=${this.direction}>
        <speaker-avatar
          part="avatar"
          aria-hidden="true"
          .person=${person}
          size=${this.compact ? 'medium' : 'large'}
          locale=${locale}
        ></speaker-avatar>
        <header class="header">
          ${heading(
            headingLevel(this.headingLevel),
            this.compact
              ? selectLink(personLink, { className: 'link-button' }, () => this.selectPerson(person, personLink), person.name)
              : person.name,
            'name',
            'name',
          )}
          ${job ? html`<p part="title" class="title" lang=${ifDefined(job.lang)} dir=${ifDefined(job.dir)}>${job.text}</p>` : nothing}
          ${this.compact && sessions.length > 0
            ? html`<p class="count">${t.sessionCount(locale, sessions.length)}</p>`
            : nothing}
        </header>
        ${this.compact
          ? nothing
          : html`<div class="body">
              ${bio
                ? // Keyed by the person: a bio opened ("Read more") is that person's, and another person's is shown cut.
                  keyed(
                    person.id,
                    html`<clamped-text part="bio" exportparts="toggle: bio-toggle" lang=${ifDefined(bio.lang)} dir=${bio.dir} locale=${locale} label=${person.name}
                      >${richText(bio.rich)}</clamped-text
                    >`,
                  )
                : nothing}
              ${this.renderLinks(person, t)} ${this.renderSessions(person, sessions, schedule, t)}
            </div>`}
        ${this.chosen.render({ schedule, locale, timeZone: this.timeZone, personHref: this.personHref, sessionHref: this.sessionHref })}
      </article>
    `;
  }

  private renderLinks(person: Person, t: SpeakerCardText): TemplateResult | typeof nothing {
    if (person.links.length === 0) return nothing;
    return html`<ul part="links" class="links" aria-label=${t.links}>
      ${person.links.map((link) => html`<li>${feedLink(link.url, link.label, t.newTab)}</li>`)}
    </ul>`;
  }

  private renderSessions(
    person: Person,
    sessions: readonly Session[],
    schedule: Schedule | undefined,
    t: SpeakerCardText,
  ): TemplateResult | typeof nothing {
    if (!schedule || sessions.length === 0) return nothing;
    const locale = this.effectiveLocale;
    const zone = resolveZone(this.timeZone, schedule.event.timeZone).zone;
    const opts = { locale, zone };
    return html`
      <section class="sessions">
        ${heading(headingLevel(headingLevel(this.headingLevel) + 1), t.sessions, undefined, 'sessions-heading')}
        <ul part="sessions">
          ${sessions.map((session) => {
            const roles = session.people
              .filter((entry) => entry.person.id === person.id && entry.role !== 'speaker')
              .map((entry) => roleLabel(entry.role, t));
            const { room } = session;
            const where = room && joined(localText(room.name, room.i18n?.name, locale), room.location === undefined ? undefined : localText(room.location, room.i18n?.location, locale), t.roomAt);
            const sessionLink = hrefFor(this.sessionHref, session.id);
            // An all-day session is "All day" on the venue's day wherever the reader is, as on its card.
            const when = session.allDay ? { locale, zone: session.timeZone } : opts;
            const times = zonedTimeRange(session.startMs, session.endMs, when);
            return html`<li class="session">
              ${titleLink(
                sessionLink,
                { className: 'link-button session-title', part: 'session-title' },
                () => this.selectSession(session, sessionLink),
                session,
                locale,
              )}
              <p class="when">
                <time datetime=${isoDay(session.startMs, when.zone)}>${formatDay(session.startMs, when)}</time>
                <time datetime=${isoDateTime(session.startMs, when.zone)}
                  >${session.allDay ? this.commonText.allDay : `${times.range} ${times.zone}`}</time
                >
              </p>
              ${where ? html`<p class="room" lang=${ifDefined(where.lang)} dir=${ifDefined(where.dir)}>${where.text}</p>` : nothing}
              ${roles.map((role) => html`<p class="role">${role}</p>`)}
            </li>`;
          })}
        </ul>
      </section>
    `;
  }
}
