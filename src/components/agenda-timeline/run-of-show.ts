/**
 * `<agenda-timeline session-id="…">`: one session's inner agenda as a vertical run of show, with
 * each item's clock time, length, title and people, and the item running now marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay, formatDuration, formatTime, isoDateTime, isoDay } from '../../data/format.js';
import type { Session } from '../../data/model.js';
import { sessionStatus } from '../../data/status.js';
import { heading } from '../shared/headings.js';
import { sessionRange } from '../shared/session-when.js';
/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
import type { TimelineView } from './agenda-timeline.templates.js';
import { localSpan, localText } from '../shared/local-text.js';
import { codedTitle, namesOf, roomName } from './session-text.js';

/** A session's inner agenda as a vertical run of show: clock time, length, title and people of each item. */
export function runOfShow(view: TimelineView, session: Session): TemplateResult {
  const { t, locale, zone } = view;
  const status = sessionStatus(session, view.now);
  const room = roomName(session, locale);
  return html`<header class="ros-header">
      ${heading(view.level, localSpan(codedTitle(session, locale)), 'title')}
      <p class="ros-when" part="time">
        <time datetime=${isoDay(session.startMs, zone)}>${formatDay(session.startMs, { locale, zone })}</time>
        <span aria-hidden="true">•</span>
        <time datetime=${isoDateTime(session.startMs, zone)}>${sessionRange(session, view)}</time>
        ${room ? html`<span aria-hidden="true">•</span> ${localSpan(room)}` : nothing}
        ${status === 'live' ? html`<span class="badge live">${t.live}</span>` : nothing}
      </p>
    </header>
    ${session.agenda.length === 0
      ? html`<p class="state" part="state">${t.noAgenda}</p>`
      : html`<ol class="ros" part="agenda" role="list" aria-label=${t.agenda}>
          ${session.agenda.map((item) => {
            const live = item.startMs <= view.now && view.now < item.endMs;
            return html`<li class="ros-item ${live ? 'live' : ''}" aria-current=${live ? 'time' : 'false'}>
              <span class="ros-marker" aria-hidden="true"></span>
              <span class="ros-clock">
                <time datetime=${isoDateTime(item.startMs, zone)}>${formatTime(item.startMs, { locale, zone })}</time>
                <span class="ros-duration">${formatDuration(item.minutes, locale)}</span>
              </span>
              <span class="ros-what">
                ${localSpan(localText(item.title, item.i18n?.title, locale), 'ros-title')}
                ${item.people.length > 0 ? html`<span class="ros-people">${namesOf(item.people, locale)}</span>` : nothing}
                ${live ? html`<span class="badge live">${t.now}</span>` : nothing}
              </span>
            </li>`;
          })}
        </ol>`}`;
}
