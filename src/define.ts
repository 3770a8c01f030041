/**
 * Registers every schedule-elements tag under its own name. This is the entry of the single-file
 * bundle (dist/schedule-elements.min.js) and of `schedule-elements/define`.
 * A tag the page already has is skipped with a console warning, never an error.
 */
import * as feedRead from './controllers/feed-read.js';
import { provideFeedReader } from './controllers/feed-reader.js';
import * as ical from './data/ical.js';
import { calendarWriter } from './components/shared/calendar-writer.js';
import { jsonLdWriter } from './components/shared/json-ld-controller.js';
import { fullForm } from './components/session-card/session-card.js';
import * as sessionCardFull from './components/session-card/session-card.full.js';
import * as jsonLd from './components/shared/json-ld-writer.js';
import { refreshCode } from './components/shared/schedule-element.js';
import * as refresh from './controllers/refresh-controller.js';
import './components/session-card/session-card.define.js';
// With speaker-card's: the cards of the timeline's dialog, which its own entry loads on demand.
import './components/shared/dialog-cards.define.js';
import './components/speaker-avatar/speaker-avatar.define.js';
import './components/speaker-avatar-group/speaker-avatar-group.define.js';
import './components/attendee-count/attendee-count.define.js';
import './components/event-status/event-status.define.js';
import './components/now-next/now-next.define.js';
import './components/speaker-card/speaker-card.define.js';
import './components/speaker-list/speaker-list.define.js';
import './components/agenda-timeline/agenda-timeline.define.js';
import './components/my-schedule/my-schedule.define.js';

// The single file holds everything an English page with a v1 feed uses: the feed reader, the full
// session card's parts, the JSON-LD and the calendar writers and the refresh timer, which each
// tag's own entry downloads on first need, are inside and given at once.
provideFeedReader(feedRead);
fullForm.provide(sessionCardFull);
jsonLdWriter.provide(jsonLd);
calendarWriter.provide(ical);
refreshCode.provide(refresh);
