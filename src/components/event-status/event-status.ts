import { html, nothing, type TemplateResult } from 'lit';
import { ClockController, instantConverter } from '../../controllers/clock-controller.js';
import { formatDate, formatRelative, formatTimeRange, isoDateTime, resolveZone, type FormatOptions } from '../../data/format.js';
import type { Schedule, Session, Status } from '../../data/model.js';
import { savedEventKey } from '../../data/saved.js';
import { eventStatus, liveSessions, nextSessions } from '../../data/status.js';
import { dayKey, startOfDay } from '../../data/time.js';
import { messagesFor } from '../../i18n/localize.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { localSpan, localText } from '../shared/local-text.js';
import { eventStatusMessages } from './event-status.messages.js';
import { styles } from './event-status.styles.js';

/** Private-use characters that stand for the two dates in a date-range message while it is split. */
const FIRST = '\uE000';
const LAST = '\uE001';

/**
 * @summary Where the event stands against the viewer's clock: "IGF 2014 starts in 3 days", "IGF 2014
 * is on now" with what is on and what comes next, or "IGF 2014 has ended".
 *
 * @tag event-status
 *
 * The text follows the clock (re-checked every 30 seconds); a change of state (the event starting or
 * ending while the page is open) is announced politely to screen readers, the ticks in between are not.
 *
 * @slot actions - The site's own call to action under the status, e.g. a link to the full programme.
 *
 * @csspart base - The banner around everything shown.
 * @csspart label - The sentence of the state: "IGF 2014 has ended".
 * @csspart dates - The event's first and last day, when upcoming or ended.
 * @csspart now - What is on now (while live): a caption and a list of sessions with their rooms.
 * @csspart next - What starts next (while live): a caption with its relative start and a list of sessions.
 *
 * @cssprop [--schedule-event-status-background=var(--schedule-color-surface-subtle)] - The banner's background.
 * @cssprop [--schedule-event-status-stripe=the state's colour] - The banner's inline-start stripe; by default the accent colour
 * while upcoming, the live colour while live and the border colour once ended.
 */
export class EventStatusElement extends ScheduleElement {
  static override get properties() {
    return {
      now: { converter: instantConverter },
      limit: { type: Number },
    };
  }

  static override styles = [...ScheduleElement.styles, styles];

  /** @internal */
  private readonly clock = new ClockController(this);

  /** The state shown by the last update, to tell a transition from a tick. */
  private shownStatus?: Status;

  /** The event of the last update's schedule: its key (its id, else its name), as its saved sessions are kept under. */
  private shownEvent?: string;

  /** The state whose change is announced in the live region; none on first show. */
  private announcedStatus?: Status;

  /**
   * A fixed "now" for a kiosk, a story or a test: a `Date` or epoch milliseconds, or as an attribute an
   * ISO 8601 instant. Unset (the default), the viewer's clock is used.
   */
  now?: Date | number;

  /** How many of the sessions on now and next to list before "and N more". */
  limit = 3;

  /** Where the event stands: `upcoming`, `live` or `ended`; undefined until the schedule is ready. Reflected as the read-only `status` attribute for styling. */
  get status(): Status | undefined {
    return this.shownStatus;
  }

  /** Works out the state at this update's clock, reflects it and notes a transition to announce. */
  protected override beforeRender(): void {
    const schedule = this.data.schedule;
    const status = schedule ? eventStatus(schedule, this.clock.now) : undefined;
    // Another event (`src`, `feed` or `schedule` changed; a refresh is the same event) is no transition: nothing to announce.
    const event = schedule && savedEventKey(schedule.event);
    if (event !== this.shownEvent) this.announcedStatus = undefined;
    else if (status && this.shownStatus && status !== this.shownStatus) this.announcedStatus = status;
    this.shownEvent = event;
    this.shownStatus = status;
    if (status) this.setAttribute('status', status);
    else this.removeAttribute('status');
  }

  protected override render(): TemplateResult {
    const schedule = this.data.schedule;
    return html`
      <div part="base" class="base" lang=${this.effectiveLocale} dir=${this.direction}>
        ${schedule && this.shownStatus ? this.renderStatus(schedule, this.shownStatus) : this.renderFeedState()}
        <p class="visually-hidden" role="status">${schedule && this.announcedStatus ? this.label(schedule, this.announcedStatus) : ''}</p>
      </div>
    `;
  }

  private renderStatus(schedule: Schedule, status: Status): TemplateResult {
    return html`
      <p part="label" class="label">${this.label(schedule, status)}</p>
      ${status === 'live' ? this.renderLive(schedule) : this.renderDates(schedule)}
      <slot name="actions"></slot>
    `;
  }

  /** The sentence of a state, in the element's language. */
  private label(schedule: Schedule, status: Status): string {
    const t = messagesFor(eventStatusMessages, this.effectiveLocale);
    const { event } = schedule;
    // The name in the reader's language, within the sentence of the element's.
    const name = localText(event.name, event.i18n?.name, this.effectiveLocale).text;
    if (status === 'live') return t.live(name);
    if (status === 'ended') return t.ended(name);
    const { firstDay } = event;
    const startMs = schedule.sessions[0]?.startMs ?? (firstDay && startOfDay(firstDay, event.timeZone, event.dayChange));
    return startMs === undefined ? t.upcomingUndated(name) : t.upcoming(name, formatRelative(startMs, this.clock.now, this.formatOptions(schedule)));
  }

  private renderDates(schedule: Schedule): TemplateResult | typeof nothing {
    const { firstDay, lastDay, timeZone } = schedule.event;
    if (firstDay === undefined || lastDay === undefined) return nothing;
    const t = messagesFor(eventStatusMessages, this.effectiveLocale);
    // Event days are the venue's calendar days, so they are named in its zone whatever `time-zone` says.
    const opts = { locale: this.effectiveLocale, zone: timeZone };
    const first = formatDate(startOfDay(firstDay, timeZone), opts);
    if (firstDay === lastDay) return html`<p part="dates" class="dates"><time datetime=${firstDay}>${first}</time></p>`;
    const last = formatDate(startOfDay(lastDay, timeZone), opts);
    // The message orders the two dates; each goes in its own <time>, so split the sentence at two markers.
    const [before, rest = ''] = t.dateRange(FIRST, LAST).split(FIRST);
    const [between, after] = rest.split(LAST);
    return html`<p part="dates" class="dates">${before}<time datetime=${firstDay}>${first}</time>${between}<time datetime=${lastDay}>${last}</time>${after}</p>`;
  }

  private renderLive(schedule: Schedule): TemplateResult {
    const t = messagesFor(eventStatusMessages, this.effectiveLocale);
    const now = this.clock.now;
    const live = liveSessions(schedule, now);
    const next = nextSessions(schedule, now);
    return html`
      <div part="now" class="group">
        ${live.length === 0
          ? html`<p class="caption">${t.between}</p>`
          : html`<p class="caption" id="now-caption">${t.onNow}</p>
              ${this.renderSessions(schedule, live, 'now-caption')}`}
      </div>
      ${next.length === 0
        ? nothing
        : html`<div part="next" class="group">
            <p class="caption" id="next-caption">${t.next(formatRelative(next[0]!.startMs, now, this.formatOptions(schedule)))}</p>
            ${this.renderSessions(schedule, next, 'next-caption')}
          </div>`}
    `;
  }

  /** The language and the zone (`time-zone`, else the event's) that sessions' times are read in. */
  private formatOptions(schedule: Schedule): FormatOptions & { locale: string } {
    return { locale: this.effectiveLocale, zone: resolveZone(this.timeZone, schedule.event.timeZone).zone };
  }

  /** A list of sessions, each with its time; one on another day than now says its day, as in the timeline's "Up next". */
  private renderSessions(schedule: Schedule, sessions: readonly Session[], captionId: string): TemplateResult {
    const t = messagesFor(eventStatusMessages, this.effectiveLocale);
    const opts = this.formatOptions(schedule);
    const { zone } = opts;
    const today = dayKey(this.clock.now, zone);
    // A removed limit is null: the default, as when it was never set.
    const limit = Math.max(1, Math.floor(this.limit ?? 3) || 1);
    const shown = sessions.slice(0, limit);
    return html`
      <ul class="sessions" aria-labelledby=${captionId}>
        ${shown.map(
          (session) => html`<li>
            ${localSpan(localText(session.title, session.i18n?.title, opts.locale), 'title')}
            <span class="meta">
              ${session.room ? localSpan(localText(session.room.name, session.room.i18n?.name, opts.locale)) : nothing}
              <time datetime=${isoDateTime(session.startMs, zone)}>${session.allDay ? this.commonText.allDay : formatTimeRange(session.startMs, session.endMs, opts, today)}</time>
            </span>
          </li>`,
        )}
        ${sessions.length > shown.length ? html`<li class="more">${t.more(this.effectiveLocale, sessions.length - shown.length)}</li>` : nothing}
      </ul>
    `;
  }
}
