import { html, nothing, type TemplateResult } from 'lit';
import { SavedController, type SavedStore } from '../../controllers/saved-store.js';
import { formatDay, formatTimeRange, isoDateTime, resolveZone, zonedTimeRange } from '../../data/format.js';
import type { EventInfo, Schedule, Session } from '../../data/model.js';
import { clashes, decodeSavedIds, diffSaved, encodeSavedIds, savedEventKey, SHARE_PARAM, type MovedSession, type SavedEntry } from '../../data/saved.js';
import { dayKey } from '../../data/time.js';
import { SessionSelectEvent } from '../../events/session-select-event.js';
import { dateTimeFormat, nameList } from '../../i18n/intl.js';
import { messagesFor } from '../../i18n/localize.js';
import { savedMessages } from '../../i18n/saved.messages.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { sessionCodeStyles } from '../../styles/session-code.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { heading, headingLevel, titleContent, titleLink, type HeadingLevel } from '../shared/headings.js';
import { localSpan, localText } from '../shared/local-text.js';
import { ModuleDownloads } from '../../internal/module-downloads.js';
import { calendarWriter } from '../shared/calendar-writer.js';
import { cardReady } from '../shared/dialog-cards.js';
import { keepModal, modalDialog, syncDialog } from '../shared/modal-dialog.js';
import { fire, hrefFor } from '../shared/select-link.js';
import { allDayText } from '../shared/session-when.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { zoneNotice } from '../shared/zone-notice.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
import { myScheduleMessages, type MyScheduleText } from './my-schedule.messages.js';
import { myScheduleStyles } from './my-schedule.styles.js';

/** One row of the list: a saved session still in the programme, or the snapshot of one that is gone. */
type Row =
  | { readonly kind: 'session'; readonly session: Session; readonly moved?: MovedSession; readonly overlaps: readonly Session[] }
  | { readonly kind: 'cancelled'; readonly entry: SavedEntry };

/** What every row is rendered with. */
interface RowView {
  readonly t: MyScheduleText;
  readonly locale: string;
  /** The zone times are shown in. */
  readonly zone: string;
  /** The event's zone, whose days all-day sessions stay on. */
  readonly venueZone: string;
  readonly level: HeadingLevel;
}

/** The day before a change note's time range: "Tuesday". */
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };

/** The weekday of an instant in the rows' zone: "Tuesday". */
function weekdayOf(ms: number, view: RowView): string {
  return dateTimeFormat(view.locale, WEEKDAY, view.zone).format(ms);
}

/** An event-local day (`2014-09-02`) as a heading: "Tuesday, September 2" (noon UTC is that day everywhere it is read). */
function dayHeading(day: string, locale: string): string {
  return formatDay(Date.parse(`${day}T12:00:00Z`), { locale, zone: 'UTC' });
}

/**
 * A row's times and their zone: "11:00 AM – 12:30 PM EEST", each end's zone across a change of
 * clocks; "All day" alone for an all-day session; with its weekday when it starts on another date
 * than the `day` it is listed under ("Sunday 12:20 – 1:20 AM" on Saturday: the event's day change).
 */
function timeLine(startMs: number, endMs: number, view: RowView, day: string, allDay = false): TemplateResult {
  const { range, zone } = allDay ? { range: allDayText(view.locale), zone: undefined } : zonedTimeRange(startMs, endMs, { locale: view.locale, zone: view.zone });
  const weekday = allDay || dayKey(startMs, view.zone) === day ? '' : `${weekdayOf(startMs, view)} `;
  return html`<p class="time" part="time">
    <time datetime=${isoDateTime(startMs, view.zone)}>${weekday}${range}</time>
    ${zone ? html`<span class="zone">${zone}</span>` : nothing}
  </p>`;
}

/** When a session runs, for a change note: "Tuesday 11:00 AM – 12:30 PM" (a range past midnight names both days itself; one that ends at midnight does not). */
function when(startMs: number, endMs: number, view: RowView): string {
  const opts = { locale: view.locale, zone: view.zone };
  const range = formatTimeRange(startMs, endMs, opts);
  if (dayKey(startMs, view.zone) !== dayKey(endMs - 1, view.zone)) return range;
  return `${weekdayOf(startMs, view)} ${range}`;
}

/** How a session is named in an overlap note: its code, else its title in the reader's language. */
function shortName(session: Session, locale: string): string {
  return session.code ?? localText(session.title, session.i18n?.title, locale).text;
}

/** A file name made of letters, digits, `.`, `_` and `-`: `igf-2014-my-schedule.ics`. */
function calendarFileName(eventKey: string): string {
  const base = eventKey.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 80);
  return `${base === '' ? 'event' : base}-my-schedule.ics`;
}

/**
 * The person's own schedule, without an account: the sessions they saved with ☆ Save (on
 * `<session-card>` or in `<agenda-timeline>`), by event-local day, each with its time, title and
 * room. It says which saved sessions overlap ("Overlaps with WS204"), which moved or changed room
 * since they were saved, and which are no longer in the programme (with a Remove button: nothing
 * is dropped by itself). "Download all (.ics)" puts them in a calendar (those no longer in the programme as
 * cancelled, which a calendar that imported them then marks so); "Copy link" shares them:
 * whoever opens the link is offered to add them, never without asking, by the list of the same event.
 *
 * The list is kept in the browser per event (`localStorage`, shared by every tab of the site);
 * where the browser refuses storage it lives in the tab only, and the element says so. While a feed
 * read before cannot be read (offline, and no copy of it kept), its saved sessions are listed as they
 * were saved (to read: nothing to open or remove), under the loading line or the failure.
 *
 * @summary The sessions the person saved, by day, with overlaps, changes, a calendar download and a share link.
 * @tag my-schedule
 *
 * @csspart base - The wrapper.
 * @csspart note - The note that storage is unavailable and the list lives in this tab only.
 * @csspart offer - The offer to add the sessions of a shared link.
 * @csspart actions - The row with the count, the download and the share link.
 * @csspart download - The "Download all (.ics)" link.
 * @csspart share - The "Copy link" button.
 * @csspart day - One day's section.
 * @csspart day-heading - A day's heading.
 * @csspart session - One saved session's row.
 * @csspart time - A row's time range.
 * @csspart title - A row's title (a button that fires `session-select`, a link with `session-href`, or the saved title of a cancelled session).
 * @csspart code - The session code before a title ("WS196").
 * @csspart room - A row's room.
 * @csspart flag - A note on a row: an overlap, a move, a room change or a cancellation.
 * @csspart remove - A row's Remove button.
 * @csspart undo - The Undo button in the status line once a row was removed: it puts the session back.
 * @csspart empty - The message shown when nothing is saved.
 * @csspart state - The loading or failure message shown instead of the list.
 * @csspart dialog - The dialog in which a chosen title opens the session's full card (which saves and unsaves it too), unless the page cancels `session-select` or titles are links.
 *
 * @cssprop [--schedule-my-schedule-flag=the danger colour] - The colour of overlap, change and cancellation notes.
 *
 * @fires {SessionSelectEvent} session-select - The person chose a saved session's title (click or Enter). Unless the page cancels it or titles are links (`session-href`), the session's full card opens in a dialog.
 * @fires {SessionSaveEvent} session-save - The person saved or unsaved the session in the dialog (from its card); cancelable. Remove and Undo in the list fire none.
 * @fires {SpeakerSelectEvent} speaker-select - The person chose a name in the dialog's session (from its card); cancelable: the person's card then does not open.
 */
export class MyScheduleElement extends ScheduleElement {
  static override get properties() {
    return {
      offerAnswered: { state: true },
      announcement: { state: true },
      removed: { state: true },
      openId: { state: true },
      manualShareUrl: { state: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      sessionHref: { attribute: 'session-href' },
    };
  }

  static override styles = [sharedStyles, sessionCodeStyles, dialogStyles, myScheduleStyles];

  /** @internal The person's saved sessions of the event (after the feed controller, which settles the schedule). */
  private readonly savedList = new SavedController(this, this.data);

  /** @internal The share link's value in the page's URL ('' without one), read once when the element is first connected. */
  private sharedLink?: string;

  /** @internal The calendar writer, once the list offered a calendar; `updateComplete` waits for it. */
  private readonly downloads = new ModuleDownloads(this);

  /** @internal The calendar file of the current sessions, and what it was made from. */
  private calendar?: { readonly url: string; readonly items: readonly (Session | SavedEntry)[]; readonly event: EventInfo; readonly locale: string };

  /** @internal Whether the person answered the share link's offer (added or declined). */
  private offerAnswered = false;

  /** @internal What the polite status line says last (copied, added). */
  private announcement = '';

  /** @internal The entry last removed, which Undo puts back. */
  private removed?: SavedEntry;

  /** @internal The session shown in the dialog, by id. */
  private openId?: string;

  constructor() {
    super();
    keepModal(this, () => this.openId !== undefined);
  }

  /** @internal The share link, shown to copy by hand when the clipboard refused it. */
  private manualShareUrl?: string;

  /** The level of the day headings, 1 to 6. */
  headingLevel = 2;

  /**
   * Where sessions lead on a site with a page per session: a URL with `{id}` for the session's id
   * (`/talks/{id}`). Titles become links; they still fire `session-select`, and cancelling that
   * keeps the link from being followed.
   */
  sessionHref?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read before anything rewrites the URL (a timeline on the page keeps only its own `st-` state).
    this.sharedLink ??= new URLSearchParams(location.search).get(SHARE_PARAM) ?? '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseCalendar();
  }

  /** @internal The count line, which takes focus when what had it is gone. */
  private get summary(): HTMLElement | null {
    return this.renderRoot.querySelector('.summary');
  }

  /** @internal The share link to copy by hand, when shown. */
  private get shareField(): HTMLInputElement | null {
    return this.renderRoot.querySelector('.share-field input');
  }

  /**
   * Fires `session-select`; unless the page cancelled it or titles are links (`session-href`), the
   * session opens in the dialog. Returns the event.
   */
  private selectSession(session: Session): Event {
    const event = fire(this, new SessionSelectEvent(session));
    if (!event.defaultPrevented && !this.sessionHref) {
      void cardReady();
      this.openId = session.id;
    }
    return event;
  }

  /** The dialog closed: focus goes back to the title it was opened from. */
  private readonly dialogClosed = (): void => {
    const id = this.openId;
    this.openId = undefined;
    if (id !== undefined) this.focusRow(id);
  };

  /** Removes an entry and offers to undo it; focus goes to Undo, since the row and its button are gone. */
  private removeEntry(store: SavedStore, id: string, t: MyScheduleText): void {
    const entry = store.entries.find((candidate) => candidate.id === id);
    store.remove(id);
    if (entry) this.announce(t.removed(entry.title));
    this.removed = entry;
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>('[part~="undo"]') ?? this.summary)?.focus());
  }

  /** Says `text` in the status line instead of what it said, and with it goes the Undo of a removal. */
  private announce(text: string): void {
    this.announcement = text;
    this.removed = undefined;
  }

  /** Focus on a row's title, or (a cancelled session's title is text) its Remove button; on the count line once the row is gone (unsaved in its dialog). */
  private focusRow(id: string): void {
    const row = this.renderRoot.querySelector(`[data-session-id="${CSS.escape(id)}"]`);
    (row?.querySelector<HTMLElement>(':is(button, a).title, [part~="remove"]') ?? this.summary)?.focus();
  }

  /** Puts the entry last removed back, and focus on its row. */
  private undoRemove(store: SavedStore): void {
    const entry = this.removed;
    if (!entry) return;
    store.restore(entry);
    this.announce('');
    void this.updateComplete.then(() => this.focusRow(entry.id));
  }

  protected override updated(): void {
    // A session that left the programme (a feed read again) closes its dialog, which would be empty.
    syncDialog(this.renderRoot.querySelector('dialog'), this.openId !== undefined && this.data.schedule?.sessionsById.has(this.openId) === true);
  }

  /** Resolves once rendered, "Download all" included while the calendar writer is downloading. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.downloads.settled(() => super.getUpdateComplete());
  }

  /** Adds the shared sessions the person does not have yet, then forgets the link. */
  private acceptOffer(store: SavedStore, sessions: readonly Session[], t: MyScheduleText, locale: string): void {
    store.save(sessions);
    this.announce(t.added(locale, sessions.length));
    this.answerOffer();
  }

  /** Closes the offer and takes the share link out of the address, so a reload does not ask again. */
  private answerOffer(): void {
    this.offerAnswered = true;
    const url = new URL(location.href);
    if (url.searchParams.has(SHARE_PARAM)) {
      url.searchParams.delete(SHARE_PARAM);
      history.replaceState(history.state, '', url);
    }
    void this.updateComplete.then(() => this.summary?.focus());
  }

  /** Copies a link to this page that carries the saved ids; shows it to copy by hand when the clipboard refuses. */
  private async copyLink(sessions: readonly Session[], eventKey: string, t: MyScheduleText): Promise<void> {
    const url = new URL(location.href);
    url.searchParams.set(SHARE_PARAM, encodeSavedIds(sessions.map((session) => session.id), eventKey));
    url.hash = '';
    const link = url.href;
    try {
      await navigator.clipboard.writeText(link);
      this.manualShareUrl = undefined;
      // Copied again: the status emptied first, so that a screen reader, which says only what changes, says it again.
      if (this.announcement === t.linkCopied) {
        this.announce('');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      this.announce(t.linkCopied);
    } catch {
      this.announce('');
      this.manualShareUrl = link;
      await this.updateComplete;
      this.shareField?.focus();
      this.shareField?.select();
    }
  }

  /**
   * The object URL of the calendar file of `sessions`, and of the `cancelled` ones (so marked in a calendar that imported
   * them), in the reader's language, made again only when they (the event, the language) change.
   */
  private calendarUrl(sessions: readonly Session[], cancelled: readonly SavedEntry[], event: EventInfo, locale: string, writer: NonNullable<typeof calendarWriter.module>): string {
    const current = this.calendar;
    const items = [...sessions, ...cancelled];
    if (current?.event === event && current.locale === locale && current.items.length === items.length && current.items.every((item, i) => item === items[i])) {
      return current.url;
    }
    this.releaseCalendar();
    const file = new Blob([writer.toICalendar(sessions, event, { locale, cancelled })], { type: 'text/calendar;charset=utf-8' });
    this.calendar = { url: URL.createObjectURL(file), items, event, locale };
    return this.calendar.url;
  }

  private releaseCalendar(): void {
    if (this.calendar) URL.revokeObjectURL(this.calendar.url);
    this.calendar = undefined;
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const feedState = this.renderFeedState();
    const schedule = this.data.schedule;
    const store = this.savedList.store;
    const t = messagesFor(myScheduleMessages, locale);
    // Without the feed (loading, or failed with no copy kept), the viewer's zone, which the times name.
    const venueZone = schedule?.event.timeZone ?? resolveZone('local', '').zone;
    const view: RowView = { t, locale, zone: resolveZone(this.timeZone, venueZone).zone, venueZone, level: headingLevel(this.headingLevel ?? 2) }; // a removed heading-level (null) is the default
    // The feed's event remembered: what was saved, as it was saved, under the loading line or the failure.
    if (feedState !== nothing || !schedule || !store)
      return html`<div class="base" lang=${locale} dir=${this.direction}>${feedState}${store?.entries.length ? this.renderDays(store, [], [], store.entries, view) : nothing}</div>`;
    const entries = store.entries;
    const diff = diffSaved(entries, schedule);
    return html`<div part="base" class="base" lang=${locale} dir=${this.direction}>
      ${zoneNotice(this.timeZone, venueZone, this.commonText)}
      ${store.persistent ? nothing : html`<p class="note" part="note" role="note">${messagesFor(savedMessages, locale).memoryOnly}</p>`}
      ${this.renderOffer(store, schedule, view)}
      <div class="actions" part="actions">
        <p class="summary" tabindex="-1">${t.count(locale, entries.length)}</p>
        ${this.renderShare(schedule, diff.current, diff.cancelled, view)}
      </div>
      ${this.manualShareUrl
        ? html`<label class="share-field"><span>${t.copyThisLink}</span><input type="url" readonly .value=${this.manualShareUrl} /></label>`
        : nothing}
      <p class="status" role="status">
        ${this.announcement}
        ${this.removed
          ? html`<button type="button" class="action" part="undo" @click=${() => this.undoRemove(store)}>${t.undo}</button>`
          : nothing}
      </p>
      ${entries.length === 0 ? html`<p class="empty" part="empty">${t.empty}</p>` : this.renderDays(store, diff.current, diff.moved, diff.cancelled, view)}
      ${this.renderDialog(schedule, view)}
    </div>`;
  }

  /** The dialog of the session whose title was chosen (empty while none is): its full card, which saves and unsaves it too. */
  private renderDialog(schedule: Schedule, view: RowView): TemplateResult {
    const session = this.openId === undefined ? undefined : schedule.sessionsById.get(this.openId);
    const card = session
      ? html`<session-card variant="full" .schedule=${schedule} .session=${session} heading-level="2" locale=${view.locale} time-zone=${view.zone}></session-card>`
      : nothing;
    return modalDialog(session ? localText(session.title, session.i18n?.title, view.locale).text : '', view.t.close, card, this.dialogClosed);
  }

  /** "A link shared 2 sessions with you", the sessions, and Add / Not now; only for sessions not saved yet, of a link for this event (or naming none). */
  private renderOffer(store: SavedStore, schedule: Schedule, view: RowView): TemplateResult | typeof nothing {
    if (this.offerAnswered || !this.sharedLink) return nothing;
    const { t, locale } = view;
    const sessions = (decodeSavedIds(this.sharedLink, savedEventKey(schedule.event)) ?? [])
      .map((id) => schedule.sessionsById.get(id))
      .filter((session): session is Session => session !== undefined && !store.has(session.id))
      .sort((a, b) => a.startMs - b.startMs);
    if (sessions.length === 0) return nothing;
    return html`<section class="offer" part="offer" aria-label=${t.addShared(locale, sessions.length)}>
      <p>${t.shared(locale, sessions.length)}</p>
      <ul class="offer-list" role="list">
        ${sessions.map(
          (session) => html`<li>
            <time datetime=${isoDateTime(session.startMs, view.zone)}>${when(session.startMs, session.endMs, view)}</time>
            <span class="offer-title">${titleContent(session, locale)}</span>
          </li>`,
        )}
      </ul>
      <div class="offer-actions">
        <button type="button" class="action primary" @click=${() => this.acceptOffer(store, sessions, t, locale)}>
          ${t.addShared(locale, sessions.length)}
        </button>
        <button type="button" class="action" @click=${this.answerOffer}>${t.notNow}</button>
      </div>
    </section>`;
  }

  /**
   * "Download all (.ics)", while some saved session is in the programme or left it (cancelled), once
   * the calendar writer is here (at once in the single file; never where its file is missing); and
   * "Copy link", while some saved session is in the programme, on a page with an http(s) address.
   */
  private renderShare(schedule: Schedule, sessions: readonly Session[], cancelled: readonly SavedEntry[], { t, locale }: RowView): TemplateResult | typeof nothing {
    const writer = calendarWriter.module;
    const none = sessions.length + cancelled.length === 0;
    if (none || !writer) this.releaseCalendar();
    if (none) return nothing;
    // The calendar writer, downloaded once the list offers a calendar; "Download all" shows then.
    this.downloads.want(calendarWriter);
    const eventKey = savedEventKey(schedule.event);
    // A page with no address to share (a frame written by srcdoc: about:srcdoc) offers no link, which would open nothing.
    return html`${writer
        ? html`<a class="action" part="download" href=${this.calendarUrl(sessions, cancelled, schedule.event, locale, writer)} download=${calendarFileName(eventKey)}
            >${t.downloadAll}</a
          >`
        : nothing}
      ${sessions.length > 0 && location.protocol.startsWith('http')
        ? html`<button type="button" class="action" part="share" @click=${() => this.copyLink(sessions, eventKey, t)}>${t.copyLink}</button>`
        : nothing}`;
  }

  /**
   * The saved sessions and the snapshots of cancelled ones, by their day in the zone their times are
   * shown in (5 PM in Los Angeles is under the day before the Tokyo morning it is), days and the rows
   * of each in time order; an all-day session stays on the venue's days.
   */
  private renderDays(
    store: SavedStore,
    current: readonly Session[],
    moved: readonly MovedSession[],
    cancelled: readonly SavedEntry[],
    view: RowView,
  ): TemplateResult {
    const overlaps = new Map<string, Session[]>();
    for (const [a, b] of clashes(current)) {
      overlaps.set(a.id, [...(overlaps.get(a.id) ?? []), b]);
      overlaps.set(b.id, [...(overlaps.get(b.id) ?? []), a]);
    }
    const movedById = new Map(moved.map((change) => [change.session.id, change]));
    const rows: { day: string; startMs: number; row: Row }[] = [
      ...current.map((session) => ({
        // In the venue's zone, the day of the programme (late talks stay on their evening: the event's day change); else the viewer's calendar day.
        day: session.allDay || view.zone === view.venueZone ? session.day : dayKey(session.startMs, view.zone),
        startMs: session.startMs,
        row: { kind: 'session', session, moved: movedById.get(session.id), overlaps: overlaps.get(session.id) ?? [] } as const,
      })),
      ...cancelled.map((entry) => ({
        // As it was listed while in the programme: in the venue's zone, late talks on their evening.
        day: dayKey(entry.startMs, entry.allDay ? view.venueZone : view.zone, entry.allDay || view.zone !== view.venueZone ? 0 : this.data.schedule?.event.dayChange),
        startMs: entry.startMs,
        row: { kind: 'cancelled', entry } as const,
      })),
    ].sort((a, b) => (a.day === b.day ? a.startMs - b.startMs : a.day < b.day ? -1 : 1));
    const days = new Map<string, Row[]>();
    for (const { day, row } of rows) days.set(day, [...(days.get(day) ?? []), row]);
    return html`${[...days].map(
      ([day, dayRows]) => html`<section class="day" part="day">
        ${heading(view.level, dayHeading(day, view.locale), 'day-heading')}
        <ol class="rows" role="list">
          ${dayRows.map((row) => (row.kind === 'session' ? this.renderSession(store, row, view, day) : this.renderCancelled(store, row.entry, view, day)))}
        </ol>
      </section>`,
    )}`;
  }

  private renderSession(store: SavedStore, row: Extract<Row, { kind: 'session' }>, view: RowView, day: string): TemplateResult {
    const { session, moved, overlaps } = row;
    const { t, locale } = view;
    const flagged = overlaps.length > 0 || moved !== undefined;
    const room = session.room && localText(session.room.name, session.room.i18n?.name, locale);
    return html`<li class="row" part="session" data-session-id=${session.id} data-flagged=${flagged ? 'true' : 'false'}>
      ${timeLine(session.startMs, session.endMs, view, day, session.allDay)}
      <div class="what">
        ${titleLink(hrefFor(this.sessionHref, session.id), { className: 'title', part: 'title' }, () => this.selectSession(session), session, locale)}
        ${room ? html`<p class="room" part="room">${localSpan(room)}</p>` : nothing}
        ${overlaps.length > 0 ? this.flag(t.overlaps(nameList(overlaps.map((other) => shortName(other, locale)), locale))) : nothing}
        ${moved?.timeChanged
          ? this.flag(t.moved(when(moved.entry.startMs, moved.entry.endMs, view), when(session.startMs, session.endMs, view)))
          : nothing}
        ${moved?.roomChanged ? this.flag(t.roomChanged(moved.entry.roomName ?? t.noRoom, room?.text ?? t.noRoom)) : nothing}
      </div>
      ${this.removeButton(store, session.id, localText(session.title, session.i18n?.title, locale).text, t)}
    </li>`;
  }

  private renderCancelled(store: SavedStore, entry: SavedEntry, view: RowView, day: string): TemplateResult {
    const { t } = view;
    // Without the programme (the feed not read), an entry is only what was saved, not known to be cancelled; and it is
    // not removed there, where no status line says so nor offers Undo (and focus would have nowhere to go).
    const gone = this.data.schedule !== undefined;
    return html`<li class="row ${gone ? 'cancelled' : ''}" part="session" data-session-id=${entry.id} data-flagged=${gone}>
      ${timeLine(entry.startMs, entry.endMs, view, day, entry.allDay)}
      <div class="what">
        <p class="title" part="title"><bdi>${entry.title}</bdi></p>
        ${entry.roomName ? html`<p class="room" part="room"><bdi>${entry.roomName}</bdi></p>` : nothing}
        ${gone ? this.flag(t.cancelled) : nothing}
      </div>
      ${gone ? this.removeButton(store, entry.id, entry.title, t) : nothing}
    </li>`;
  }

  private flag(text: string): TemplateResult {
    return html`<p class="flag" part="flag">${text}</p>`;
  }

  private removeButton(store: SavedStore, id: string, title: string, t: MyScheduleText): TemplateResult {
    return html`<button type="button" class="action remove" part="remove" aria-label=${t.removeLabel(title)} @click=${() => this.removeEntry(store, id, t)}>
      ${t.remove}
    </button>`;
  }
}
