import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClockController, instantConverter } from '../../controllers/clock-controller.js';
import { formatDuration, formatRelative, formatTimeOn, formatTimeRange, isoDateTime, resolveZone } from '../../data/format.js';
import { dayKey } from '../../data/time.js';
import type { Room, Schedule, Session } from '../../data/model.js';
import { savedEventKey } from '../../data/saved.js';
import { nameList } from '../../i18n/intl.js';
import { messagesFor } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { peopleNames } from '../agenda-timeline/session-text.js';
import { heading, headingLevel, titleContent, titleDirection, type HeadingLevel } from '../shared/headings.js';
import { localText, type LocalText } from '../shared/local-text.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { zoneNotice } from '../shared/zone-notice.js';
import { sessionCodeStyles } from '../../styles/session-code.styles.js';
import { nowNextMessages } from './now-next.messages.js';
import { styles } from './now-next.styles.js';
import { roomBoard, type Board, type RoomRow } from './room-board.js';

const MINUTE_MS = 60_000;
/** A next session that starts within this many minutes also says how soon ("starts in 10 minutes"). */
const SOON_MINUTES = 30;

/** A session on now in a room shown: its room, and a key of both ids. */
interface OnNow {
  readonly room?: Room;
  readonly session: Session;
  readonly key: string;
}

/** The rows of the board a room's row takes: one per session on now or next, whichever has more. */
const span = (row: RoomRow): number => Math.max(1, row.now.length, row.next.length);

/** What one render needs besides the row. */
interface View {
  readonly t: (typeof nowNextMessages)['en'];
  readonly locale: string;
  readonly zone: string;
  readonly nowMs: number;
  readonly level: HeadingLevel;
  /** The event's name in the reader's language, which heads the one row of a feed without rooms. */
  readonly eventName: LocalText;
  /** Whether the feed has rooms: a session without one is then a break, shared by every room. */
  readonly rooms: boolean;
}

/**
 * @summary What is on now and what comes next, for a screen by a room's door or in the foyer.
 *
 * @tag now-next
 *
 * With `room-id`, one room: the session on now (title, time, speakers, a progress bar and the time
 * left) and the one that comes next today (title, start, "starts in 10 minutes" when soon, speakers).
 * Without it, one row per room that has something on now or next today, in the feed's room order, and
 * a line naming the rooms done for the day. Sessions without a room (breaks) count for every room
 * that has nothing of its own on. Before the day's first session it says what comes first; after the
 * last, "The day's programme has ended."
 *
 * Made for a screen nobody touches: the type scales with the element's box (container query units),
 * not with `--schedule-font-size` as the other components' does, titles are clamped to a few lines,
 * and it follows the clock by itself (re-checked every 30 seconds) and, with `refresh`, the feed.
 * Give it the box it should fill (a kiosk page: `now-next { height: 100vh }`; it is 100vh high
 * unless told). The type never gets smaller than the page's: where the rooms do not fit at that size
 * (a phone, a sidebar), each room is shown whole and the board scrolls, and in a box no wider than
 * 30em, "now" stands above "next" and nothing is clamped. Light or dark as the viewer's system
 * prefers, or as `theme` says.
 * A session starting is announced politely to screen readers; the ticks in between are not.
 *
 * @csspart base - The screen around everything shown.
 * @csspart room - One room's row.
 * @csspart room-name - The room's heading (the event's name for a feed without rooms).
 * @csspart now - What is on now in a room: a caption, the title, the time and people, the progress bar and the time left.
 * @csspart next - What comes next in a room: a caption, the title, the start and people.
 * @csspart title - The title of a session on now or next.
 * @csspart code - The session code before a title ("WS196").
 * @csspart progress - The progress bar of the session on now (`<progress>`).
 * @csspart time-left - The time left of the session on now: "25 min left".
 * @csspart done - The line naming the rooms done for the day, or the message of a day, or a room, with nothing more.
 *
 * @cssprop [--schedule-now-next-background=var(--schedule-color-surface)] - The screen's background.
 * @cssprop [--schedule-now-next-progress=var(--schedule-color-accent)] - The filled part of the progress bar.
 */
export class NowNextElement extends ScheduleElement {
  static override get properties() {
    return {
      roomId: { attribute: 'room-id' },
      now: { converter: instantConverter },
      headingLevel: { type: Number, attribute: 'heading-level' },
      theme: { reflect: true },
    };
  }

  static override styles = [...ScheduleElement.styles, sessionCodeStyles, styles];

  /** @internal */
  private readonly clock = new ClockController(this);

  /** @internal The sessions on now at the last update (room and session ids), to tell a session starting from a tick. */
  private shownNow?: Set<string>;

  /** @internal The event of the last update's schedule: its key (its id, else its name), as its saved sessions are kept under. */
  private shownEvent?: string;

  /** @internal The board of the last update. */
  private board?: Board;

  /** @internal What the live region says: the sessions that started at the last change, while they are still on. */
  private announced: readonly OnNow[] = [];

  /** The id of the room to show (`room-03`). Unset, every room with something on now or next today. */
  roomId?: string;

  /**
   * A fixed "now" for a story, a test or a rehearsal: a `Date` or epoch milliseconds, or as an
   * attribute an ISO 8601 instant. Unset (the default), the viewer's clock is used.
   */
  now?: Date | number;

  /** The level of each room's heading, 1 to 6. */
  headingLevel = 2;

  /** `dark` or `light` whatever the viewer's system prefers; unset, as it prefers. */
  theme?: 'dark' | 'light';

  /** Works out the board at this update's clock and what started since the last one (another room is no start). */
  protected override update(changed: PropertyValues<this>): void {
    // Another room, or another event (`src`, `feed` or `schedule` changed; a refresh is the same event): what is on there has not just started.
    const schedule = this.data.schedule;
    const event = schedule && savedEventKey(schedule.event);
    if (changed.has('roomId') || event !== this.shownEvent) this.shownNow = undefined;
    this.shownEvent = event;
    this.board = schedule && roomBoard(schedule, this.clock.now, this.roomId ?? undefined);
    this.noteStarts();
    super.update(changed);
  }

  /**
   * Announces the sessions that have started in a room since the last update, if any; an earlier
   * announcement stays only while what it names is still on in a room shown.
   */
  private noteStarts(): void {
    const on = (this.board?.rows ?? []).flatMap((row) => row.now.map((session): OnNow => ({ room: row.room, session, key: `${row.room?.id}\n${session.id}` })));
    const keys = new Set(on.map((item) => item.key));
    // A session on in several rooms shown (a break for everyone, of no room) is said once, as the event's: not "Now in Room 01: Lunch" for each room.
    const started = new Map<Session, OnNow>();
    for (const item of on) if (this.shownNow && !this.shownNow.has(item.key)) started.set(item.session, started.has(item.session) ? { ...item, room: undefined } : item);
    this.shownNow = this.board && keys;
    this.announced = started.size > 0 ? [...started.values()] : this.announced.filter((item) => keys.has(item.key));
  }

  /** The live region's sentence, in the reader's language. */
  private announcement(): string {
    const locale = this.effectiveLocale;
    const t = messagesFor(nowNextMessages, locale);
    const event = this.data.schedule?.event;
    const name = event ? localText(event.name, event.i18n?.name, locale).text : '';
    return this.announced
      .map(({ room, session }) => t.started(room ? localText(room.name, room.i18n?.name, locale).text : name, localText(session.title, session.i18n?.title, locale).text))
      .join(' ');
  }

  /**
   * A board that scrolls (rooms that do not fit at the page's text size) is a tab stop, so that a
   * keyboard scrolls it in every browser; one that fits is not. Checked at each update (each tick).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const base = this.renderRoot.querySelector('.base')!;
    if (base.scrollHeight > base.clientHeight) base.setAttribute('tabindex', '0');
    else base.removeAttribute('tabindex');
  }

  protected override render(): TemplateResult {
    const schedule = this.data.schedule;
    // The type is sized for the rows to fit: one column of them, or two side by side on a wide screen.
    // A room with sessions at once counts as a row for each.
    const rows = Math.max(1, this.board?.rows.reduce((sum, row) => sum + span(row), 0) ?? 0);
    return html`
      <div
        part="base"
        class=${rows > 1 ? 'base' : 'base single'}
        lang=${this.effectiveLocale}
        dir=${this.direction}
        style=${styleProps({ '--_rows': String(rows), '--_pairs': String(Math.ceil(rows / 2)) })}
      >
        ${schedule && this.board ? this.renderBoard(schedule, this.board) : this.renderFeedState()}
        <p class="visually-hidden" role="status">${this.announcement()}</p>
      </div>
    `;
  }

  private renderBoard(schedule: Schedule, board: Board): TemplateResult {
    const locale = this.effectiveLocale;
    const t = messagesFor(nowNextMessages, locale);
    const view: View = {
      t,
      locale,
      zone: resolveZone(this.timeZone, schedule.event.timeZone).zone,
      nowMs: this.clock.now,
      // A removed heading-level is null: the default, as when it was never set.
      level: headingLevel(this.headingLevel ?? 2),
      eventName: localText(schedule.event.name, schedule.event.i18n?.name, locale),
      rooms: schedule.rooms.length > 0,
    };
    const done = this.doneLine(schedule, board, t, locale);
    return html`
      ${zoneNotice(this.timeZone, schedule.event.timeZone, this.commonText)}
      ${board.rows.length > 0 ? html`<div class="rooms">${board.rows.map((row, i) => this.renderRow(row, i, view))}</div>` : nothing}
      ${done ? html`<p part="done" class="done">${done}</p>` : nothing}
    `;
  }

  /** What is said of the day, or of the rooms, that have nothing more; undefined while there is nothing to say. */
  private doneLine(schedule: Schedule, board: Board, t: View['t'], locale: string): string | undefined {
    // A removed room-id is null: every room, as when it was never set.
    const roomId = this.roomId ?? undefined;
    if (board.ended) return t.dayEnded;
    if (roomId !== undefined && !schedule.roomsById.has(roomId)) return t.unknownRoom;
    if (!board.hasSessions) return t.noneToday;
    if (roomId !== undefined) return board.rows.length === 0 ? t.roomDone : undefined;
    return board.done.length > 0 ? t.doneRooms(nameList(board.done.map((room) => localText(room.name, room.i18n?.name, locale).text), locale)) : undefined;
  }

  private renderRow(row: RoomRow, index: number, view: View): TemplateResult {
    const { now, next } = row;
    const rows = span(row);
    return html`<section part="room" class="room" aria-labelledby="room-${index}" style=${styleProps({ '--_span': rows > 1 ? String(rows) : undefined })}>
      ${heading(view.level, this.roomName(row.room, index, view), 'room-name', 'room-name')}
      ${now.length > 0 ? this.renderNow(now, `now-${index}`, view) : nothing} ${next.length > 0 ? this.renderNext(next, `next-${index}`, view) : nothing}
    </section>`;
  }

  /** A row's heading: the room's name in the reader's language (or the event's, for a feed without rooms). */
  private roomName(room: Room | undefined, index: number, view: View): TemplateResult {
    const name = room ? localText(room.name, room.i18n?.name, view.locale) : view.eventName;
    return html`<span id="room-${index}" lang=${ifDefined(name.lang)} dir=${name.dir}>${name.text}</span>`;
  }

  /** What is on now in a room: each session with its progress bar and time left. */
  private renderNow(sessions: readonly Session[], id: string, view: View): TemplateResult {
    const { t, nowMs } = view;
    return html`<div part="now" class=${this.kind('now', sessions[0]!, view)}>
      <p class="caption">${t.now}</p>
      ${sessions.map((session, i) => {
        const left = t.left(formatDuration(Math.ceil((session.endMs - nowMs) / MINUTE_MS), view.locale));
        const total = Math.max(1, session.endMs - session.startMs);
        return html`${this.renderSession(session, `${id}-${i}`, session.allDay ? this.commonText.allDay : formatTimeRange(session.startMs, session.endMs, view), view)}
          <p class="progress">
            <progress part="progress" max=${total} .value=${Math.min(total, nowMs - session.startMs)} aria-labelledby="${id}-${i}" aria-valuetext=${left}></progress>
            <span part="time-left" class="left">${left}</span>
          </p>`;
      })}
    </div>`;
  }

  /** What comes next in a room: the sessions that start first, at the same instant; a start on another day than now names its day (after midnight in a zone far from the venue's). */
  private renderNext(sessions: readonly Session[], id: string, view: View): TemplateResult {
    const { t, nowMs } = view;
    const startMs = sessions[0]!.startMs;
    const soon = startMs - nowMs <= SOON_MINUTES * MINUTE_MS ? t.soon(formatRelative(startMs, nowMs, view)) : undefined;
    const time = formatTimeOn(startMs, dayKey(nowMs, view.zone), view);
    return html`<div part="next" class=${this.kind('next', sessions[0]!, view)}>
      <p class="caption">${t.next}</p>
      ${sessions.map((session, i) => this.renderSession(session, `${id}-${i}`, time, view, soon))}
    </div>`;
  }

  /** The classes of a block: `now` or `next`, and `break` for a session without a room in a feed with rooms. */
  private kind(block: 'now' | 'next', session: Session, view: View): string {
    return view.rooms && !session.room ? `${block} break` : block;
  }

  /** A session's title, its time (a range, or the start) with how soon it starts if that is said, and its people. */
  private renderSession(session: Session, id: string, time: string, view: View, soon?: string): TemplateResult {
    return html`<p part="title" class="title" id=${id} dir=${titleDirection(session, view.locale)}>${titleContent(session, view.locale)}</p>
      <p class="meta">
        <time datetime=${isoDateTime(session.startMs, view.zone)}>${time}</time>
        ${soon ? html`<span class="soon">${soon}</span>` : nothing}
        ${session.people.length > 0 ? html`<span class="people">${peopleNames(session, view.locale)}</span>` : nothing}
      </p>`;
  }
}
