import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/agenda-timeline/agenda-timeline.define.js';
import type { AgendaTimelineLayout } from '../src/components/agenda-timeline/agenda-timeline.js';
import type { FeedSession, FeedV1 } from '../src/data/model.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, edgeCaseFeed, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

const { schedule } = normalizeFeed(sampleFeed);

/** 11:30 at the venue on 2 September 2014: WS196 is live. */
const DURING_WS196 = Date.parse('2014-09-02T11:30:00+03:00');

/** A big programme: `count` sessions over 40 rooms, eight hourly slots a day. */
function bigFeed(count: number): FeedV1 {
  const rooms = 40;
  const sessions: FeedSession[] = Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2030, 0, 1 + Math.floor(i / (rooms * 8)))).toISOString().slice(0, 10);
    const hour = 9 + Math.floor((i % (rooms * 8)) / rooms);
    return { id: `s${i}`, title: `Session ${i}`, start: `${date}T${String(hour).padStart(2, '0')}:00`, duration: 'PT50M', roomId: `r${i % rooms}` };
  });
  return {
    version: 1,
    event: { id: 'big', name: 'Big conference', timeZone: 'Europe/Istanbul' },
    rooms: Array.from({ length: rooms }, (_, i) => ({ id: `r${i}`, name: `Room ${i + 1}` })),
    sessions,
  };
}

interface TimelineArgs {
  layout: AgendaTimelineLayout;
  sessionId?: string;
  locale?: string;
  timeZone?: string;
  now?: number;
  src?: string;
  withoutUrlState: boolean;
}

const meta = {
  title: 'Components/Agenda timeline',
  component: 'agenda-timeline',
  // Without URL state: the story's frame keeps its address, so a day or a session chosen is not kept in it.
  args: { layout: 'auto', withoutUrlState: true },
  argTypes: { layout: { control: 'inline-radio', options: ['auto', 'grid', 'list'] } },
  render: (args) => html`
    <agenda-timeline
      ${liveArgs(args)}
      .schedule=${unlessOwnFeed(args, schedule)}
      src=${ifDefined(args.src)}
      layout=${args.layout}
      session-id=${ifDefined(args.sessionId)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args.timeZone)}
      ?without-url-state=${args.withoutUrlState}
    ></agenda-timeline>
  `,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The IGF 2014 programme: a grid when there is room, a list when narrow. */
export const Playground: Story = {};

/** Rooms as columns, time running down, breaks across the rooms. */
export const Grid: Story = { args: { layout: 'grid' } };

/** Grouped by start time, as on a phone. */
export const List: Story = { args: { layout: 'list' } };

/** During the event: the now-line, "Happening now" and "Up next". */
export const Live: Story = { args: { now: DURING_WS196 } };

/** Times first in New York, with the switch back to the venue's clock. */
export const OtherTimeZone: Story = { args: { timeZone: 'America/New_York' } };

/** Arabic, right to left: the grid's columns and the arrow keys mirror. */
export const RightToLeft: Story = { args: { locale: 'ar' } };

/** The run of show of WS196: each agenda item's clock time, length and people. */
export const RunOfShow: Story = { args: { sessionId: 'ws196', now: Date.parse('2014-09-02T11:07:00+03:00') } };

/** A festival whose nights run late: two evenings of talks, a party and a DJ set past midnight, a morning talk. */
const lateNights: FeedV1 = {
  version: 1,
  // Its days change at 06:00: the talks after midnight belong to the evening before.
  event: { id: 'late-nights', name: 'Late Nights Congress', timeZone: 'Europe/Berlin', dayChange: '06:00' },
  rooms: [{ id: 'one', name: 'Saal One' }, { id: 'two', name: 'Saal Two' }],
  sessions: [
    { id: 'keynote', title: 'Opening keynote', start: '2025-12-27T18:00', duration: 'PT1H', roomId: 'one' },
    { id: 'evening', title: 'Hacking washing machines', start: '2025-12-27T21:00', duration: 'PT1H', roomId: 'one' },
    { id: 'party', title: 'Congress party', start: '2025-12-27T22:00', end: '2025-12-28T04:00', roomId: 'two' },
    { id: 'late', title: 'Unnecessarily complicated kitchen', start: '2025-12-28T00:20', duration: 'PT1H', roomId: 'one' },
    { id: 'morning', title: 'Breakfast lightning talks', start: '2025-12-28T11:00', duration: 'PT1H', roomId: 'one' },
    { id: 'dj', title: 'Closing DJ set', start: '2025-12-28T23:00', end: '2025-12-29T02:00', roomId: 'two' },
  ],
};

/**
 * An event whose days change at 06:00 (`event.dayChange`), at 00:30 on its second calendar date: the
 * timeline opens on the first day, whose night (the party, the 00:20 talk) is drawn after its evening;
 * the second day starts with its morning, not with the first night's end.
 */
export const LateNights: Story = {
  render: () => html`<agenda-timeline .feed=${lateNights} .now=${Date.parse('2025-12-28T00:30:00+01:00')} layout="grid" without-url-state></agenda-timeline>`,
};

/** 10,000 sessions over 40 rooms: only what is on screen is rendered. */
export const TenThousandSessions: Story = {
  render: () => html`<agenda-timeline .schedule=${normalizeFeed(bigFeed(10_000)).schedule} without-url-state></agenda-timeline>`,
};

/** A feed that is not there: loading, then the error. */
export const FeedError: Story = { args: { src: '/missing-feed.json' }, parameters: feedErrorParameters };

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = { args: { src: PENDING_FEED_URL } };

/** A feed with no sessions: the empty state. */
export const Empty: Story = {
  render: () => html`<agenda-timeline .feed=${{ ...edgeCaseFeed, sessions: [] }} without-url-state></agenda-timeline>`,
};

/** One session with a very long title and twelve speakers, in the grid and in the list. */
export const LongTitle: Story = {
  render: () => html`
    <agenda-timeline .feed=${edgeCaseFeed} layout="grid" without-url-state></agenda-timeline>
    <agenda-timeline .feed=${edgeCaseFeed} layout="list" without-url-state></agenda-timeline>
  `,
};

/** A session id the feed does not have. */
export const NotFound: Story = { args: { sessionId: 'ws197' } };
