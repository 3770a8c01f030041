/**
 * At one instant, every component tells the same story. For a set of feeds and instants (before
 * the event, at and around starts and ends, in gaps, over midnight and changes of clocks, after
 * the last day, in another zone than the venue's), <event-status>, <now-next>, <agenda-timeline>
 * and <session-card> (compact and full) are put side by side on the same `now`, and what each
 * shows, as a person reads it, is compared with the others' and with the feed's plain arithmetic
 * (a session is on from its start, inclusive, to its end, exclusive).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-status/event-status.define.js';
import type { EventStatusElement } from '../../src/components/event-status/event-status.js';
import '../../src/components/now-next/now-next.define.js';
import type { NowNextElement } from '../../src/components/now-next/now-next.js';
import '../../src/components/session-card/session-card.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { readText } from '../../src/components/shared/harness.js';
import type { FeedSession, FeedV1, Schedule, Session } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { dayKey } from '../../src/data/time.js';
import { timeline } from './agenda-timeline.helpers.js';
import { part, partText } from './fixtures.js';
import { waitUntil } from '../wait.js';

const MINUTE = 60_000;

/** A feed, the instants to step through and, for some, the zone the viewer asks for. */
interface Scene {
  readonly name: string;
  readonly feed: FeedV1;
  readonly timeZone?: string;
  readonly instants: readonly (readonly [label: string, iso: string | number])[];
}

const talk = (id: string, start: string, end?: string, extra: Partial<FeedSession> = {}): FeedSession => ({ id, title: `${id} talk`, start, ...(end ? { end } : {}), ...extra });

/** Two days in Istanbul (UTC+3), declared over five: back-to-back talks, a gap, a zero-length item, a talk over midnight, an all-day fair. */
const istanbul: FeedV1 = {
  version: 1,
  event: { id: 'clock-istanbul', name: 'Clock Summit', timeZone: 'Europe/Istanbul', start: '2014-09-01', end: '2014-09-06' },
  sessions: [
    talk('opening', '2014-09-02T09:00', '2014-09-02T10:00'),
    talk('second', '2014-09-02T10:00', '2014-09-02T11:00'),
    talk('after-gap', '2014-09-02T11:30', '2014-09-02T12:30'),
    talk('photo', '2014-09-02T14:00', undefined, { duration: 'PT0M' }),
    talk('late', '2014-09-03T23:00', '2014-09-04T01:00'),
    talk('fair', '2014-09-04T00:00', '2014-09-05T00:00', { allDay: true }),
  ],
};

/** The night the clocks go back in Berlin (26 October 2025, 03:00 CEST is 02:00 CET). */
const berlin: FeedV1 = {
  version: 1,
  event: { id: 'clock-berlin', name: 'Long Night', timeZone: 'Europe/Berlin' },
  sessions: [
    talk('night', '2025-10-26T01:30:00+02:00', '2025-10-26T02:30:00+01:00'),
    talk('dawn', '2025-10-26T02:30:00+01:00', '2025-10-26T04:00:00+01:00'),
  ],
};

/** The night the clocks go forward in New York (8 March 2026, 02:00 EST is 03:00 EDT). */
const newYork: FeedV1 = {
  version: 1,
  event: { id: 'clock-new-york', name: 'Spring Forward', timeZone: 'America/New_York' },
  sessions: [talk('overnight', '2026-03-08T01:00', '2026-03-08T04:00'), talk('breakfast', '2026-03-08T08:00', '2026-03-08T09:00')],
};

/** In Los Angeles, read from Auckland, where the calendar is a day ahead. */
const losAngeles: FeedV1 = {
  version: 1,
  event: { id: 'clock-la', name: 'Coast Days', timeZone: 'America/Los_Angeles', start: '2014-09-02', end: '2014-09-03' },
  sessions: [talk('evening', '2014-09-02T17:00', '2014-09-02T18:00'), talk('morning', '2014-09-03T09:00', '2014-09-03T10:00')],
};

const empty: FeedV1 = { version: 1, event: { id: 'clock-empty', name: 'Empty Days', timeZone: 'Europe/Istanbul', start: '2014-09-02', end: '2014-09-03' }, sessions: [] };

const SCENES: readonly Scene[] = [
  {
    name: 'two days in Istanbul, declared over five',
    feed: istanbul,
    instants: [
      ['on the first declared day, before any session', '2014-09-01T12:00:00+03:00'],
      ['1 ms before the first session starts', Date.parse('2014-09-02T09:00:00+03:00') - 1],
      ['exactly at the first start', '2014-09-02T09:00:00+03:00'],
      ['1 ms before an end', Date.parse('2014-09-02T10:00:00+03:00') - 1],
      ['exactly at an end that is the next start', '2014-09-02T10:00:00+03:00'],
      ['in a gap, between whole minutes', '2014-09-02T11:10:40+03:00'],
      ['1 ms before a zero-length item', Date.parse('2014-09-02T14:00:00+03:00') - 1],
      ['at a zero-length item', '2014-09-02T14:00:00+03:00'],
      ['between two days', '2014-09-03T08:00:00+03:00'],
      ['during a session over midnight, before it', '2014-09-03T23:30:00+03:00'],
      ['during a session over midnight, after it', '2014-09-04T00:30:00+03:00'],
      ['during an all-day session', '2014-09-04T15:00:00+03:00'],
      ['the last instant of the last session’s day', Date.parse('2014-09-05T00:00:00+03:00') - 1],
      ['just after the last session', '2014-09-05T00:00:00+03:00'],
      ['on the last declared day', '2014-09-06T12:00:00+03:00'],
      ['well after the event', '2014-10-01T12:00:00+03:00'],
    ],
  },
  {
    name: 'the same, read in New York',
    feed: istanbul,
    timeZone: 'America/New_York',
    instants: [
      ['in a gap', '2014-09-02T11:10:00+03:00'],
      ['during a session over midnight', '2014-09-04T00:30:00+03:00'],
    ],
  },
  {
    name: 'the night the clocks go back in Berlin',
    feed: berlin,
    instants: [
      ['well before', '2025-10-20T12:00:00+02:00'],
      ['before the change', '2025-10-26T02:15:00+02:00'],
      ['in the repeated hour, after the change', '2025-10-26T02:15:00+01:00'],
      ['at the end that is the next start', '2025-10-26T02:30:00+01:00'],
      ['1 ms before the last end', Date.parse('2025-10-26T04:00:00+01:00') - 1],
      ['just after', '2025-10-26T04:00:00+01:00'],
    ],
  },
  {
    name: 'the night the clocks go forward in New York',
    feed: newYork,
    instants: [
      ['before the change', '2026-03-08T01:45:00-05:00'],
      ['after the change', '2026-03-08T03:15:00-04:00'],
      ['between sessions', '2026-03-08T07:40:00-04:00'],
    ],
  },
  {
    name: 'Los Angeles read from Auckland',
    feed: losAngeles,
    timeZone: 'Pacific/Auckland',
    instants: [
      ['the day before, already the venue’s day in Auckland', '2014-09-01T12:00:00-07:00'],
      ['in the evening session (the next day in Auckland)', '2014-09-02T17:30:00-07:00'],
      ['overnight at the venue', '2014-09-02T23:30:00-07:00'],
      ['after the last session, on the last day', '2014-09-03T12:00:00-07:00'],
    ],
  },
  {
    name: 'an event without sessions',
    feed: empty,
    instants: [
      ['before its days', '2014-09-01T12:00:00+03:00'],
      ['on its first day', '2014-09-02T12:00:00+03:00'],
      ['the last instant of its last day', Date.parse('2014-09-04T00:00:00+03:00') - 1],
      ['just after its last day', '2014-09-04T00:00:00+03:00'],
      ['after its days', '2014-09-04T12:00:00+03:00'],
    ],
  },
  {
    name: 'an event of one zero-length item',
    feed: { version: 1, event: { id: 'clock-instant', name: 'Instant', timeZone: 'Europe/Istanbul' }, sessions: [talk('bell', '2014-09-02T12:00', undefined, { duration: 'PT0S' })] },
    instants: [
      ['1 ms before it', Date.parse('2014-09-02T12:00:00+03:00') - 1],
      ['at it', '2014-09-02T12:00:00+03:00'],
    ],
  },
];

/** What each component says at one instant, as a person reads it. */
interface Story {
  readonly status: string | null;
  readonly label: string;
  readonly statusNow: string[];
  readonly statusNext: string[];
  /** The relative start in "Up next, in 20 minutes". */
  readonly statusNextWhen?: string;
  readonly boardNow: string[];
  readonly boardNext: string[];
  readonly boardSoon: string[];
  readonly boardLeft: string[];
  readonly boardDone: string;
  readonly timelineNow: string[];
  readonly timelineNext: string[];
  readonly timelineShown: string[];
  readonly timelineLive: string[];
  readonly nowLine: boolean;
  /** Per title: the time each shows for a session on now or next (<now-next>: on now; it shows the start alone of the next). */
  readonly statusTimes: Record<string, string>;
  readonly boardTimes: Record<string, string>;
  readonly timelineTimes: Record<string, string>;
  /** Per title: the compact card's badge and the full card's banner. */
  readonly badges: Record<string, string>;
  readonly banners: Record<string, string>;
}

const texts = (root: ParentNode | null | undefined, selector: string): string[] => [...(root?.querySelectorAll(selector) ?? [])].map(readText);

/** The time shown with each title: the `index`th title and time found under `root`. */
function timesByTitle(root: ParentNode | null | undefined, title: string, time: string): Record<string, string> {
  const shown = texts(root, time);
  return Object.fromEntries(texts(root, title).map((text, index) => [text, shown[index]!]));
}

async function read(schedule: Schedule, now: number, timeZone: string | undefined): Promise<Story> {
  const zone = timeZone ?? '';
  const status = await fixture<EventStatusElement>(html`<event-status .schedule=${schedule} .now=${now} limit="50" time-zone=${zone} locale="en-US"></event-status>`);
  const board = await fixture<NowNextElement>(html`<now-next .schedule=${schedule} .now=${now} time-zone=${zone} locale="en-US"></now-next>`);
  const harness = await timeline({ schedule, now, timeZone, layout: 'grid', width: '1100px', withoutUrlState: true });
  await harness.idle();
  const badges: Record<string, string> = {};
  const banners: Record<string, string> = {};
  for (const session of schedule.sessions) {
    const compact = await fixture<SessionCardElement>(html`<session-card .schedule=${schedule} .session=${session} .now=${now} time-zone=${zone} locale="en-US"></session-card>`);
    badges[session.title] = partText(compact, 'status');
    const full = await fixture<SessionCardElement>(html`<session-card variant="full" .schedule=${schedule} .session=${session} .now=${now} time-zone=${zone} locale="en-US"></session-card>`);
    await waitUntil(() => part(full, 'status'), 'the full card');
    banners[session.title] = partText(full, 'status');
  }
  const root = harness.element.shadowRoot!;
  const caption = partText(status, 'next').match(/^Up next, (.*?) \S+ talk/)?.[1];
  return {
    status: status.getAttribute('status'),
    label: partText(status, 'label'),
    statusNow: texts(part(status, 'now'), 'li .title'),
    statusNext: texts(part(status, 'next'), 'li .title'),
    statusNextWhen: caption,
    boardNow: texts(board.shadowRoot, '[part~="now"] [part~="title"]'),
    boardNext: texts(board.shadowRoot, '[part~="next"] [part~="title"]'),
    boardSoon: texts(board.shadowRoot, '[part~="next"] .soon'),
    boardLeft: texts(board.shadowRoot, '[part~="time-left"]'),
    boardDone: partText(board, 'done'),
    timelineNow: texts(root, '[part~="now-next"] .now .line-title'),
    timelineNext: texts(root, '[part~="now-next"] .next .line-title'),
    timelineShown: harness.visibleSessionTitles(),
    timelineLive: harness.sessionButtons().filter((button) => button.querySelector('.badge.live')).map((button) => readText(button.querySelector('.item-title'))),
    nowLine: harness.nowLine() !== null,
    statusTimes: timesByTitle(status.shadowRoot, 'li .title', 'li time'),
    boardTimes: timesByTitle(board.shadowRoot!.querySelector('[part~="now"]'), '[part~="title"]', '.meta time'),
    timelineTimes: timesByTitle(root.querySelector('[part~="now-next"]'), '.line-title', '.line time'),
    badges,
    banners,
  };
}

const titles = (sessions: readonly Session[]): string[] => sessions.map((session) => session.title);

/** The plain arithmetic: on from the start (inclusive) to the end (exclusive); next, those of the first start after now. */
function truth(schedule: Schedule, now: number): { live: string[]; next: Session[] } {
  const { sessions } = schedule;
  const later = sessions.filter((session) => session.startMs > now);
  const first = Math.min(...later.map((session) => session.startMs));
  return {
    live: titles(sessions.filter((session) => session.startMs <= now && now < session.endMs)),
    next: later.filter((session) => session.startMs === first),
  };
}

/** Minutes on the wall clock from `now` (its minute, as a clock shows it) to a start on a whole minute. */
const clockMinutes = (startMs: number, now: number): number => (startMs - Math.floor(now / MINUTE) * MINUTE) / MINUTE;

for (const scene of SCENES) {
  describe(`at one instant, every component tells the same story: ${scene.name}${scene.timeZone ? ` (viewer in ${scene.timeZone})` : ''}`, () => {
    const schedule = normalizeFeed(scene.feed).schedule;
    const venue = schedule.event.timeZone;
    for (const [label, iso] of scene.instants) {
      describe(label, () => {
        const now = typeof iso === 'number' ? iso : Date.parse(iso);
        const expected = truth(schedule, now);
        let story: Story;
        before(async () => {
          story = await read(schedule, now, scene.timeZone);
        });

        it('names the same sessions on now everywhere, as the feed’s times say (start inclusive, end exclusive)', () => {
          const live = expected.live;
          expect(story.statusNow, '<event-status> "On now"').to.deep.equal(story.status === 'live' ? live : []);
          expect(story.boardNow, '<now-next>').to.deep.equal(live);
          expect(story.timelineNow, 'the timeline’s "Happening now"').to.deep.equal(live);
          expect(Object.keys(story.badges).filter((title) => story.badges[title] === 'Live now'), 'compact cards badged "Live now"').to.deep.equal(live);
          expect(Object.keys(story.banners).filter((title) => story.banners[title] === 'This session is live now'), 'full cards’ banners').to.deep.equal(live);
          expect(story.timelineLive, 'the timeline’s live badges on the day shown').to.deep.equal(story.timelineShown.filter((title) => live.includes(title)));
          // The grid is drawn over the hours of the day's timed sessions (all-day ones have a row above it).
          const timed = schedule.sessions.filter((session) => !session.allDay && story.timelineLive.includes(session.title));
          if (timed.length > 0) expect(story.nowLine, 'a now-line in the day of a live session').to.equal(true);
        });

        it('shows each session on now and next at the same time, in the same words ("All day" for an all-day one)', () => {
          for (const [title, time] of Object.entries(story.timelineTimes)) {
            if (title in story.statusTimes) expect(story.statusTimes[title], `${title} in <event-status>`).to.equal(time);
            if (title in story.boardTimes) expect(story.boardTimes[title], `${title} in <now-next>`).to.equal(time);
            if (schedule.sessions.find((session) => session.title === title)!.allDay) expect(time, title).to.equal('All day');
          }
        });

        it('names the same sessions next', () => {
          const next = titles(expected.next);
          if (story.status === 'live') {
            expect(story.statusNext, '<event-status> "Up next"').to.deep.equal(next);
            expect(story.timelineNext, 'the timeline’s "Up next"').to.deep.equal(next);
          } else {
            expect(story.statusNext).to.deep.equal([]);
            expect(story.timelineNext).to.deep.equal([]);
          }
          // <now-next> shows the next of the venue's day only (documented).
          const today = expected.next.filter((session) => session.day === dayKey(now, venue));
          expect(story.boardNext, '<now-next> "Next" today').to.deep.equal(titles(today));
        });

        it('agrees on whether the event is upcoming, live or ended', () => {
          const { status } = story;
          expect(status).to.be.oneOf(['upcoming', 'live', 'ended']);
          const event = schedule.event.name;
          if (status === 'upcoming') expect(story.label).to.match(new RegExp(`^${event} (starts |has not started)`));
          if (status === 'live') expect(story.label).to.equal(`${event} is on now`);
          if (status === 'ended') expect(story.label).to.equal(`${event} has ended`);
          if (status !== 'live') expect(expected.live, 'no session on while the event is not').to.deep.equal([]);
          for (const session of schedule.sessions) {
            const banner = story.banners[session.title]!;
            const badge = story.badges[session.title]!;
            if (status === 'upcoming') {
              expect(badge, `${session.title}: no badge before the event`).to.equal('');
              expect(banner, session.title).to.match(/^Starts /);
            }
            if (status === 'ended') {
              expect(badge, session.title).to.equal('Ended');
              expect(banner, `${session.title}: the card says the event has ended, as <event-status> does`).to.equal(`${event} has ended`);
            }
            if (status === 'live' && badge === 'Ended') expect(banner, session.title).to.equal('This session has ended');
          }
          // The timeline shows "Happening now / Up next" while the event is live and something is on or next.
          expect(story.timelineNow.length + story.timelineNext.length > 0).to.equal(status === 'live' && expected.live.length + expected.next.length > 0);
          // <now-next> says the day's programme has ended once the event has, on the day of its last session.
          if (status === 'ended' && schedule.sessions.some((session) => session.day === dayKey(now, venue))) expect(story.boardDone).to.equal('The day’s programme has ended.');
          if (status === 'upcoming' && schedule.sessions.length > 0) expect(story.boardDone).to.not.equal('The day’s programme has ended.');
        });

        it('says how soon the next session starts in the same words everywhere, as the clock shows it', () => {
          const [first] = expected.next;
          if (!first) return;
          const banner = story.banners[first.title]!;
          const when = banner.replace(/^Starts /, '');
          if (story.status === 'live') expect(story.statusNextWhen, '<event-status> "Up next, …"').to.equal(when);
          if (story.status === 'upcoming' && first === schedule.sessions[0]) expect(story.label, '<event-status>').to.equal(`${schedule.event.name} starts ${when}`);
          if (story.boardSoon.length > 0) expect(story.boardSoon[0], '<now-next>').to.equal(`starts ${when}`);
          const minutes = clockMinutes(first.startMs, now);
          if (minutes >= 1 && minutes < 60) expect(when, `a start ${minutes} minutes away on the clock`).to.equal(minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`);
        });

        it('counts the time left of a session and the start of the one that follows it at its end in the same minutes', () => {
          const ending = schedule.sessions.filter((session) => expected.live.includes(session.title));
          for (const next of expected.next) {
            const before = ending.find((session) => session.endMs === next.startMs);
            if (!before || story.boardSoon.length === 0) continue;
            // One "time left" per session on now, in the board's order.
            const left = story.boardLeft[story.boardNow.indexOf(before.title)];
            const minutes = Number(/^(\d+) min left$/.exec(left ?? '')?.[1]);
            if (!Number.isNaN(minutes)) expect(story.boardSoon[0], `${left}, and the next`).to.equal(minutes === 1 ? 'starts in 1 minute' : `starts in ${minutes} minutes`);
          }
        });
      });
    }
  });
}

describe('at one instant, a card and the full card its title opens tell the same story', () => {
  const schedule = normalizeFeed(istanbul).schedule;
  const now = Date.parse('2014-09-02T09:30:00+03:00');

  /** The banner of the full card open in `host`'s dialog, once it is rendered. */
  async function dialogBanner(host: Element): Promise<string> {
    const banner = (): Element | null | undefined => host.shadowRoot!.querySelector('dialog[open] session-card')?.shadowRoot?.querySelector('[part~="status"]');
    await waitUntil(banner, 'the full card in the dialog');
    return readText(banner());
  }

  it('a compact card on a fixed now opens its full card on that now', async () => {
    const card = await fixture<SessionCardElement>(html`<session-card .schedule=${schedule} session-id="opening" .now=${now} locale="en-US"></session-card>`);
    expect(partText(card, 'status')).to.equal('Live now');
    card.shadowRoot!.querySelector<HTMLButtonElement>('.title-action')!.click();
    expect(await dialogBanner(card), 'not "Clock Summit has ended" by the real clock').to.equal('This session is live now');
  });

  it('the timeline on a fixed now opens a session’s full card on that now', async () => {
    const harness = await timeline({ schedule, now, layout: 'list', withoutUrlState: true });
    await harness.openSession('opening talk');
    expect(await dialogBanner(harness.element)).to.equal('This session is live now');
  });
});

describe('at one instant, one session’s run of show tells its card’s story', () => {
  const schedule = normalizeFeed(istanbul).schedule;
  const now = Date.parse('2014-09-04T15:00:00+03:00');

  it('an all-day session on now is "All day" and live in <agenda-timeline session-id>, as in its card', async () => {
    const card = await fixture<SessionCardElement>(html`<session-card .schedule=${schedule} session-id="fair" .now=${now} locale="en-US"></session-card>`);
    expect(partText(card, 'time')).to.equal('Thursday, September 4 • All day');
    expect(partText(card, 'status')).to.equal('Live now');
    const harness = await timeline({ schedule, now, sessionId: 'fair', withoutUrlState: true });
    expect(partText(harness.element, 'time')).to.equal('Thursday, September 4 • All day Live');
  });
});
