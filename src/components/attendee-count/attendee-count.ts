import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../data/model.js';
import { messagesFor } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { feedLink, feedLinkStyles } from '../shared/feed-link.js';
import { reportMissing } from '../shared/missing.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { attendeeCountMessages } from './attendee-count.messages.js';
import { styles } from './attendee-count.styles.js';

/** What the feed publishes about a session's attendance, with the capacity only when it is a real limit. */
interface Attendance {
  readonly count?: number;
  readonly capacity?: number;
  readonly url?: string;
}

function attendanceOf(session: Session): Attendance {
  const { count, capacity, url } = session.attendees ?? {};
  return {
    count,
    capacity: capacity !== undefined && capacity > 0 ? capacity : undefined,
    url: url ?? session.links.find((link) => link.kind === 'attendees')?.url,
  };
}

/**
 * @summary How many people attend a session: the count, the places taken out of the capacity, a "full"
 * state and a link to the attendee list; optionally kept live by re-reading the feed.
 *
 * @tag attendee-count
 *
 * A session whose feed publishes no attendance at all (no count, capacity or list link) shows the
 * muted line "Attendance not published" under the label, so the element never leaves an unexplained
 * gap; the host then has the read-only `unpublished` attribute, so a design that prefers nothing
 * can write `attendee-count[unpublished] { display: none }`.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart label - The word "Attendees" in the heading.
 * @csspart count - The count in brackets after the label, "(12)".
 * @csspart summary - The sentence under the heading: "12 attendees", "35 of 120 places taken", "Full: …".
 * @csspart meter - The bar of places taken (`role="meter"`), when the capacity is known.
 * @csspart link - The link to the attendee list.
 *
 * @cssprop [--schedule-attendee-count-meter-color=var(--schedule-color-accent)] - The taken part of the bar.
 * @cssprop [--schedule-attendee-count-meter-track=var(--schedule-color-surface-subtle)] - The free part of the bar.
 * @cssprop [--schedule-attendee-count-full-color=var(--schedule-color-danger)] - The "full" sentence and bar.
 */
export class AttendeeCountElement extends ScheduleElement {
  static override get properties() {
    return {
      session: { attribute: false },
      sessionId: { attribute: 'session-id' },
      compact: { type: Boolean, reflect: true },
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  static override styles = [...ScheduleElement.styles, feedLinkStyles, styles];

  /** The session to show, for frameworks that hold it already; wins over `session-id`. Needs no feed. */
  session?: Session;

  /** The id of the session in the feed (`src`, `feed` or `schedule`). */
  sessionId?: string;

  /** One line for lists and compact cards: the summary sentence only ("35 of 120 places taken"), without the heading, bar and link; nothing when the session publishes no attendance. */
  compact = false;

  /** The level of the "Attendees" heading, 1 to 6. */
  headingLevel = 3;

  /** Whether the count has reached the capacity; reflected as the read-only `full` attribute for styling. */
  get full(): boolean {
    const attendance = this.current && attendanceOf(this.current);
    return attendance?.count !== undefined && attendance.capacity !== undefined && attendance.count >= attendance.capacity;
  }

  /** The session shown: the `session` property, else `session-id` in the newest schedule (kept live by `refresh`). */
  private get current(): Session | undefined {
    if (this.session) return this.session;
    return this.sessionId ? this.data.schedule?.sessionsById.get(this.sessionId) : undefined;
  }

  /** Reflects the read-only state attributes once the controllers have settled the data for this update. */
  protected override beforeRender(): void {
    const current = this.current;
    this.toggleAttribute('full', this.full);
    this.toggleAttribute('unpublished', current !== undefined && !isPublished(attendanceOf(current)));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.effectiveLocale} dir=${this.direction}>${this.renderBody()}</div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const session = this.current;
    if (session) return this.renderAttendance(attendanceOf(session));
    if (this.session === undefined && this.data.status !== 'ready') return this.renderFeedState();
    // Aloud only from the feed's first element in the page, as a failure is: else the session's card says it (a refresh that dropped the session raised an alert per element of its page).
    return this.renderError(this.commonText[reportMissing(this, 'session', this.sessionId)], this.data.leads);
  }

  private renderAttendance(attendance: Attendance): TemplateResult | typeof nothing {
    if (this.compact) return isPublished(attendance) ? this.renderSummary(attendance) : nothing;
    const t = messagesFor(attendeeCountMessages, this.effectiveLocale);
    const locale = this.effectiveLocale;
    const { count } = attendance;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 3, 1), 6);
    return html`
      <div class="heading" role="heading" aria-level=${level}>
        <span part="label" id="label">${t.label}</span>${
          // The space is the count's own text: Chromium leaves a space on its own before a part's marker out of the heading's name.
          count === undefined ? nothing : html`<span part="count">${` ${t.count(locale, count)}`}</span>`
        }
      </div>
      ${this.renderMeter(attendance)}
      ${this.renderSummary(attendance)}
      ${attendance.url ? feedLink(attendance.url, t.link, t.newTab, { className: 'link', part: 'link' }) : nothing}
    `;
  }

  private renderMeter({ count, capacity }: Attendance): TemplateResult | typeof nothing {
    if (count === undefined || capacity === undefined) return nothing;
    const t = messagesFor(attendeeCountMessages, this.effectiveLocale);
    // `.role` rather than `role=`: lit-analyzer's ARIA list predates ARIA 1.2's `meter`; the property reflects to the attribute.
    return html`
      <div
        part="meter"
        class="meter"
        .role=${'meter'}
        aria-labelledby="label"
        aria-valuemin="0"
        aria-valuemax=${capacity}
        aria-valuenow=${Math.min(count, capacity)}
        aria-valuetext=${t.placesTaken(this.effectiveLocale, count, capacity)}
      >
        <div class="fill" style=${styleProps({ '--_ratio': String(Math.min(count / capacity, 1)) })}></div>
      </div>
    `;
  }

  private renderSummary(attendance: Attendance): TemplateResult | typeof nothing {
    const t = messagesFor(attendeeCountMessages, this.effectiveLocale);
    const locale = this.effectiveLocale;
    const { count, capacity } = attendance;
    let text: string | undefined;
    if (!isPublished(attendance)) text = t.notPublished;
    else if (count === undefined) text = capacity === undefined ? undefined : t.capacity(locale, capacity);
    else if (capacity === undefined) text = t.attendees(locale, count);
    else text = this.full ? t.full(locale, capacity) : t.placesTaken(locale, count, capacity);
    return text === undefined ? nothing : html`<p part="summary" class="summary">${text}</p>`;
  }
}

function isPublished({ count, capacity, url }: Attendance): boolean {
  return count !== undefined || capacity !== undefined || url !== undefined;
}
