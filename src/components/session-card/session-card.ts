import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ClockController, instantConverter } from '../../controllers/clock-controller.js';
import { SavedController, type SavedStore } from '../../controllers/saved-store.js';
import { formatRelative, resolveZone } from '../../data/format.js';
import type { EventInfo, Person, Schedule, Session, Status } from '../../data/model.js';
import { eventStatus, sessionStatus } from '../../data/status.js';
import { SessionSaveEvent } from '../../events/session-save-event.js';
import { SessionSelectEvent } from '../../events/session-select-event.js';
import { SpeakerSelectEvent } from '../../events/speaker-select-event.js';
import { messagesFor } from '../../i18n/localize.js';
import { savedMessages } from '../../i18n/saved.messages.js';
import { LazyModule } from '../../internal/lazy-module.js';
import { ModuleDownloads } from '../../internal/module-downloads.js';
import { styleProps } from '../../internal/style-props.js';
import { linkButtonStyles } from '../../styles/link-button.styles.js';
import { sessionCodeStyles } from '../../styles/session-code.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { CardDialogController } from '../shared/card-dialog.js';
import { hrefFor } from '../shared/select-link.js';
import { localText } from '../shared/local-text.js';
import { heading, headingLevel, titleContent, titleLink } from '../shared/headings.js';
import { reportMissing } from '../shared/missing.js';
import { SessionsElement } from '../shared/sessions-element.js';
import { calendarWriter } from '../shared/calendar-writer.js';
import { feedLinkStyles } from '../shared/feed-link.js';
import { sessionCardMessages } from './session-card.messages.js';
import { sessionCardStyles } from './session-card.styles.js';
import { languageAndRecording, room, sectionLevel, timeLine, trackLabel, uniquePeople, type CardView } from './session-card.templates.js';

/** The two forms of the card. */
export type SessionCardVariant = 'compact' | 'full';

type CalendarWriter = NonNullable<typeof calendarWriter.module>;
type FullForm = NonNullable<typeof fullForm.module>;

/**
 * The parts of the full form (description, agenda, people with their bios …), downloaded the first
 * time a card shows it: pages of compact cards never need them. The single-file bundle and the
 * dialogs' cards hold them and provide them at once.
 */
export const fullForm = new LazyModule(
  () => import('./session-card.full.js'),
  'schedule-elements-session-card.full.min.js',
  'full session cards are shown in their compact form',
);

/** How long a downloaded calendar file's object URL lives; the download has started long before. */
const OBJECT_URL_LIFETIME_MS = 10_000;

/**
 * One session of the programme. The compact form (the default) is a clickable card for lists and
 * grids: code, title, day and time, room, track, speakers' avatars, attendance and a live or ended
 * badge. The full form is the session's page: status banner, actions (save, the session's links,
 * add to calendar), description, inner agenda, people by role with their bios, full date with the
 * zone, room and tags.
 *
 * Give it `.session` directly, or `session-id` with a `src`, `feed` or `schedule`.
 *
 * The full form's parts come in a file of their own, downloaded the first time a card shows that
 * form (the single-file bundle holds them): until they are here the card shows its loading line,
 * and where they cannot be downloaded, its compact form.
 *
 * Printed, the full form leaves out its buttons (and slotted ones), shows every bio whole and
 * each link with its URL after it.
 *
 * @summary One session: a compact clickable card, or the full session page.
 * @tag session-card
 *
 * @slot actions - The site's own buttons, after the card's actions.
 * @slot footer - Content at the end of the card.
 *
 * @csspart base - The card (`<article>`).
 * @csspart header - The day and time, the title and the track.
 * @csspart code - The session code before the title ("WS196").
 * @csspart title - The title heading.
 * @csspart time - The day and time range.
 * @csspart room - The room (and, in the full form, where it is).
 * @csspart track - The track's colour swatch and name.
 * @csspart languages - The badge naming the languages the session is held in ("German"), when the feed says.
 * @csspart recording - The "Not recorded" badge, when the speakers asked not to be recorded.
 * @csspart status - The live or ended badge (compact), or the status banner (full).
 * @csspart actions - The row of actions: save, links, add to calendar, then the `actions` slot.
 * @csspart description - The session's description.
 * @csspart agenda - The inner agenda list.
 * @csspart people - The people, grouped by role.
 * @csspart state - The loading, error or not-found message shown instead of the card.
 * @csspart dialog - The dialog in which a name or title chosen in the card opens (the person's card, or the session's full card) when nothing else on the page shows it.
 *
 * @cssprop [--schedule-session-card-accent=the track's colour] - The stripe along the card's start edge.
 * @cssprop [--schedule-avatar-size=the avatars' own size] - The diameter of the pictures of its people (inherited by the `<speaker-avatar>`s inside); overrides their size.
 * @cssprop [--schedule-clamped-text-lines=3] - The lines of a bio shown before "Read more" (inherited by the `<clamped-text>` inside).
 *
 * @fires {SessionSelectEvent} session-select - The person activated a compact card's title (click or Enter). Unless the page cancels it, the title is a link (`href`, `session-href`) or a component around the card shows the session, the session's full card opens in a dialog.
 * @fires {SessionSaveEvent} session-save - The person toggled Save; cancelable, `saved` is the new state. Unless cancelled, the session is then saved to (or removed from) the person's saved list for the event.
 * @fires {SpeakerSelectEvent} speaker-select - The person activated a speaker's name in the full form. Unless the page cancels it, names are links (`person-href`) or a component around the card shows the person, their card, with their sessions, opens in a dialog.
 */
export class SessionCardElement extends SessionsElement {
  static override get properties() {
    return {
      calendarOpen: { state: true },
      session: { attribute: false },
      sessionId: { attribute: 'session-id' },
      variant: { reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      saved: { type: Boolean, reflect: true },
      withoutSavedStore: { type: Boolean, attribute: 'without-saved-store' },
      href: {},
      sessionHref: { attribute: 'session-href' },
      personHref: { attribute: 'person-href' },
      now: { converter: instantConverter },
    };
  }

  static override styles = [sharedStyles, sessionCodeStyles, linkButtonStyles, feedLinkStyles, dialogStyles, sessionCardStyles];

  /** @internal */
  private readonly clock = new ClockController(this);

  /** @internal The session and status the full card's banner last showed, to tell its session starting or ending from a tick. */
  private shown?: [string, Status];

  /** @internal What the live region says: the banner at the last change of status (none on first show), not its countdown. */
  private told = '';

  /** @internal The person's saved sessions of the card's event (after the feed controller, which settles the schedule). */
  private readonly savedList = new SavedController(this, this.data);

  /** @internal Closes the calendar menu when the person presses outside it. */
  private readonly closeCalendarOutside = (event: Event): void => {
    if (this.calendar && !event.composedPath().includes(this.calendar)) this.calendarOpen = false;
  };

  /** @internal Where a name or title chosen in the card opens when nothing else shows it. */
  private readonly chosen = new CardDialogController(this);

  /** @internal The full form's parts and the calendar writer, once this card asked for them; `updateComplete` waits for them. */
  private readonly downloads = new ModuleDownloads(this);

  /** @internal Whether the "Add to calendar" menu is open. */
  private calendarOpen = false;

  /** The session to show, normalized by `normalizeFeed`. Needs no feed, and wins over `session-id`. */
  session?: Session;

  /** The id of the session to show from the feed given by `src`, `feed` or `schedule`. */
  sessionId?: string;

  /** `compact`: a clickable card for lists and grids. `full`: everything about the session, as its own page. */
  variant: SessionCardVariant = 'compact';

  /** The level of the title's heading, 1 to 6; the full form's section headings are one level below. */
  headingLevel = 3;

  /**
   * Whether the session is in the person's schedule. The Save button toggles it, unless `session-save` is
   * cancelled. When the card knows the event (from `src`, `feed` or `schedule`), it follows the person's
   * saved list for that event, kept in the browser and shared with `<my-schedule>` and other tabs.
   */
  saved = false;

  /** Keep Save out of the browser's saved list: `saved` is then only what the page sets (for sites that keep saved sessions themselves). */
  withoutSavedStore = false;

  /** The session's own page: the compact title becomes a link to it (and still fires `session-select`). */
  href?: string;

  /**
   * Where sessions lead on a site with a page per session: a URL with `{id}` for the session's id
   * (`/talks/{id}`). The compact title becomes a link (unless `href` names the page already); it
   * still fires `session-select`, and cancelling that keeps the link from being followed.
   */
  sessionHref?: string;

  /**
   * Where people lead on a site with a page per speaker: a URL with `{id}` for the person's id
   * (`/speakers/{id}`). Names in the full form become links; they still fire `speaker-select`, and
   * cancelling that keeps the link from being followed.
   */
  personHref?: string;

  /**
   * A fixed clock for the live and ended states: a `Date` or epoch milliseconds, or as an attribute an ISO
   * 8601 instant (to see the card as it shows then). Default: the real time.
   */
  now?: Date | number;

  /**
   * Resolves once the card is rendered, its full form and calendar options included when their code
   * is downloading (each renders again when it is here).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.downloads.settled(() => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.calendarOpen = false;
    document.removeEventListener('pointerdown', this.closeCalendarOutside);
  }

  protected override updated(changed: PropertyValues): void {
    // The calendar menu's writer, downloaded once a card offers it; the card renders its options then.
    if (this.calendar) this.downloads.want(calendarWriter);
    if (!changed.has('calendarOpen')) return;
    if (this.calendarOpen) document.addEventListener('pointerdown', this.closeCalendarOutside);
    else document.removeEventListener('pointerdown', this.closeCalendarOutside);
  }

  protected override beforeRender(): void {
    if (this.variant === 'full') this.downloads.want(fullForm);
    // The saved list is known once the feed controller has settled (after willUpdate): show its state.
    const id = this.session?.id ?? this.sessionId;
    const store = this.savedStore;
    if (store && id) this.saved = store.has(id);
  }

  /** @internal The "Add to calendar" menu and its button, when rendered. */
  private get calendar(): HTMLElement | null {
    return this.renderRoot.querySelector('.calendar');
  }

  /** @internal */
  private get calendarToggle(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.calendar-toggle');
  }

  /** The saved list the Save button writes to, unless the card keeps out of it. */
  private get savedStore(): SavedStore | undefined {
    return this.withoutSavedStore ? undefined : this.savedList.store;
  }

  /** Fires `session-select` (then, unless handled, opens the session); returns the event, which the page may have cancelled. */
  private selectSession(session: Session, href: string | undefined): Event {
    return this.chosen.select(new SessionSelectEvent(session), { session }, href);
  }

  /** Fires `speaker-select` (then, unless handled, opens the person); returns the event, which the page may have cancelled. */
  private selectSpeaker(person: Person): Event {
    return this.chosen.select(new SpeakerSelectEvent(person), { person }, hrefFor(this.personHref, person.id));
  }

  private toggleSave(session: Session): void {
    const saved = !this.saved;
    if (!this.dispatchEvent(new SessionSaveEvent(session, saved))) return;
    if (saved) this.savedStore?.save([session]);
    else this.savedStore?.remove(session.id);
    this.saved = saved;
  }

  private toggleCalendar(): void {
    this.calendarOpen = !this.calendarOpen;
  }

  /** Closes the menu after a choice in it: focus, in the options about to be hidden, goes back to its button. */
  private closeCalendar(): void {
    this.calendarOpen = false;
    if (this.renderRoot.querySelector('#calendar-options:focus-within')) this.calendarToggle?.focus();
  }

  private closeCalendarOnEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.calendarOpen) return;
    // Only the menu: a dialog the card is in would close on the key's default action.
    event.preventDefault();
    event.stopPropagation();
    this.calendarOpen = false;
    this.calendarToggle?.focus();
  }

  /** Focus leaving the menu and its button (Tab past it) closes it: open, it would stay over the text, deaf to Escape. */
  private closeCalendarOnFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (this.calendarOpen && to && !this.calendar?.contains(to)) this.calendarOpen = false;
  }

  /** Downloads the session as an .ics file through a short-lived object URL. */
  private downloadCalendar(writer: CalendarWriter, session: Session, event: EventInfo, locale: string): void {
    const file = new Blob([writer.toICalendar([session], event, { locale })], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = writer.calendarFileName(session);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
    this.closeCalendar();
  }

  /** @internal The card's session, for its JSON-LD. */
  protected override get jsonLdSessions(): readonly Session[] {
    const session = this.session ?? (this.sessionId ? this.data.schedule?.sessionsById.get(this.sessionId) : undefined);
    return session ? [session] : [];
  }

  protected override render() {
    if (this.session) return this.renderCard(this.session);
    // The feed's state first: a card without a source may be waiting for the `.session` a page script sets, and is not missing its session-id yet.
    const feedState = this.renderFeedState();
    if (feedState !== nothing) return this.renderState(feedState);
    const session = this.data.schedule?.sessionsById.get(this.sessionId!);
    return session
      ? this.renderCard(session)
      : this.renderState(this.renderError(this.commonText[reportMissing(this, 'session', this.sessionId)]));
  }

  /** A loading, error or not-found message in the card's language and direction. */
  private renderState(message: TemplateResult): TemplateResult {
    return html`<div lang=${this.effectiveLocale} dir=${this.direction}>${message}</div>`;
  }

  private renderCard(session: Session): TemplateResult {
    // The full form shows once its parts are here (the loading line until then), or compact where they could not be downloaded.
    const full = this.variant === 'full' ? fullForm.module : undefined;
    if (this.variant === 'full' && !full && !fullForm.missing) return this.renderState(this.renderLoading());
    const schedule = this.data.schedule;
    const eventZone = schedule?.event.timeZone ?? session.timeZone;
    const locale = this.effectiveLocale;
    const view: CardView = {
      session,
      t: messagesFor(sessionCardMessages, locale),
      locale,
      zone: resolveZone(this.timeZone, eventZone).zone,
      eventZone,
      level: headingLevel(this.headingLevel),
      personHref: this.personHref,
    };
    const status = sessionStatus(session, this.clock.now);
    const dialogView = { schedule, locale, timeZone: this.timeZone, personHref: this.personHref, sessionHref: this.sessionHref, now: this.now };
    return html`<article
      part="base"
      class="card ${full ? 'full' : 'compact'}"
      data-status=${status}
      lang=${locale}
      dir=${this.direction}
      style=${styleProps({ '--_track': session.track?.color })}
    >
      ${full ? this.renderFull(view, status, schedule, full) : this.renderCompact(view, status)}
      ${this.chosen.render(dialogView)}
    </article>`;
  }

  private renderCompact(view: CardView, status: Status): TemplateResult {
    const { session, t } = view;
    const speakers = uniquePeople(session);
    const href = this.href ?? hrefFor(this.sessionHref, session.id);
    const title = titleLink(href, { className: 'title-action' }, () => this.selectSession(session, href), session, view.locale);
    return html`<header part="header" class="header">${heading(view.level, title, 'title')} ${timeLine(view)}</header>
      <div class="facts">
        ${room(session, false, view.locale)} ${trackLabel(session, view.locale)} ${languageAndRecording(view)}
        ${status === 'upcoming' ? nothing : html`<span class="badge" part="status">${t[status]}</span>`}
      </div>
      ${speakers.length > 0 || session.attendees
        ? html`<div class="meta">
            ${speakers.length > 0
              ? html`<speaker-avatar-group .people=${speakers} max="4" size="small" locale=${view.locale}></speaker-avatar-group>`
              : nothing}
            ${session.attendees ? this.renderAttendees(view, true) : nothing}
          </div>`
        : nothing}
      <div class="slot-row" part="actions"><slot name="actions"></slot></div>
      <div class="slot-row"><slot name="footer"></slot></div>`;
  }

  private renderFull(view: CardView, status: Status, schedule: Schedule | undefined, full: FullForm): TemplateResult {
    const { session, t } = view;
    const invalidZone = resolveZone(this.timeZone, view.eventZone).invalid;
    const banner = this.bannerText(view, status, schedule);
    if (this.shown?.[0] !== session.id) this.told = '';
    else if (this.shown[1] !== status) this.told = banner;
    this.shown = [session.id, status];
    return html`<p class="banner" part="status">${banner}</p>
      <p class="visually-hidden" role="status">${this.told}</p>
      <header part="header" class="header">
        ${timeLine(view)} ${heading(view.level, titleContent(session, view.locale), 'title')}
        ${session.type || session.track || session.languages.length > 0 || session.doNotRecord
          ? html`<p class="kind">
              ${session.type ? html`<span class="type" dir="auto">${session.type}</span>` : nothing} ${trackLabel(session, view.locale)} ${languageAndRecording(view)}
            </p>`
          : nothing}
      </header>
      <div part="actions" class="actions">
        <button type="button" class="action save" aria-pressed=${this.saved ? 'true' : 'false'} @click=${() => this.toggleSave(session)}>
          <span class="save-icon" aria-hidden="true">${this.saved ? '★' : '☆'}</span>${this.saved ? t.saved : t.save}
        </button>
        ${full.sessionLinks(view)} ${this.renderCalendar(view, schedule?.event ?? { name: session.title, timeZone: view.eventZone }, full)}
        <slot name="actions"></slot>
      </div>
      <div class="save-note" aria-live="polite">
        ${this.saved && this.savedStore?.persistent === false
          ? html`<p class="note" role="note">${messagesFor(savedMessages, view.locale).memoryOnly}</p>`
          : nothing}
      </div>
      ${full.description(view)}
      ${full.agenda(view)} ${full.people(view, (person) => this.selectSpeaker(person))}
      <footer class="details">
        ${full.fullDate(view)} ${invalidZone ? html`<p class="note">${this.commonText.invalidZone(invalidZone)}</p>` : nothing}
        ${room(session, true, view.locale)} ${full.tags(view)}
        ${session.attendees ? this.renderAttendees(view) : nothing}
        <slot name="footer"></slot>
      </footer>`;
  }

  /** The banner of the full form: the event or the session has ended, is live, or starts in a while. */
  private bannerText(view: CardView, status: Status, schedule: Schedule | undefined): string {
    const { t, session, locale } = view;
    const now = this.clock.now;
    if (status === 'live') return t.sessionLive;
    if (status === 'upcoming') return t.startsIn(formatRelative(session.startMs, now, view));
    return schedule && eventStatus(schedule, now) === 'ended'
      ? t.eventEnded(localText(schedule.event.name, schedule.event.i18n?.name, locale).text)
      : t.sessionEnded;
  }

  /** The attendance: one line in the compact card, else a section whose heading is one level below the title. */
  private renderAttendees(view: CardView, compact = false): TemplateResult {
    // The card's locale, given: a change of it reaches the count, which a `lang` around it would not.
    return html`<attendee-count .session=${view.session} ?compact=${compact} heading-level=${sectionLevel(view)} locale=${view.locale}></attendee-count>`;
  }

  /**
   * "Add to calendar": a disclosure with the .ics download and the Google and Outlook links (once
   * the writer is here: at once in the single file, a moment after the first render from a tag's
   * own entry; nothing where its file could not be downloaded).
   */
  private renderCalendar(view: CardView, event: EventInfo, { actionLink }: FullForm): TemplateResult | typeof nothing {
    const { session, t, locale } = view;
    const writer = calendarWriter.module;
    if (calendarWriter.missing) return nothing;
    return html`<div class="calendar" @keydown=${this.closeCalendarOnEscape} @focusout=${this.closeCalendarOnFocusOut}>
      <button
        type="button"
        class="action calendar-toggle"
        aria-expanded=${this.calendarOpen ? 'true' : 'false'}
        aria-controls="calendar-options"
        @click=${this.toggleCalendar}
      >
        ${t.addToCalendar}<span class="chevron" aria-hidden="true"></span>
      </button>
      <ul id="calendar-options" class="calendar-options" ?hidden=${!this.calendarOpen}>
        ${writer
          ? html`<li>
                <button type="button" class="action" @click=${() => this.downloadCalendar(writer, session, event, locale)}>${t.downloadIcs}</button>
              </li>
              <li>${actionLink(writer.googleCalendarUrl(session, event, locale), t.googleCalendar, t, this.closeCalendar)}</li>
              <li>${actionLink(writer.outlookCalendarUrl(session, event, locale), t.outlook, t, this.closeCalendar)}</li>`
          : nothing}
      </ul>
    </div>`;
  }
}
