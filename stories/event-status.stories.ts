import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/event-status/event-status.define.js';
import type { FeedV1 } from '../src/data/model.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs } from './support/live-args.js';

interface EventStatusArgs {
  feed?: FeedV1;
  src?: string;
  now?: string;
  limit: number;
  timeZone?: string;
  locale?: string;
}

const meta = {
  title: 'Components/Event status',
  component: 'event-status',
  args: { feed: sampleFeed, limit: 3 },
  argTypes: { feed: { control: false }, now: { control: 'text' } },
  render: (args) => html`
    <event-status
      ${liveArgs(args)}
      src=${ifDefined(args.src)}
      now=${ifDefined(args.now)}
      limit=${args.limit}
      time-zone=${ifDefined(args.timeZone)}
      locale=${ifDefined(args.locale)}
    ></event-status>
  `,
} satisfies Meta<EventStatusArgs>;
export default meta;
type Story = StoryObj<EventStatusArgs>;

/** At today's clock: "IGF 2014 has ended", the seed's banner, with the dates it ran. */
export const Playground: Story = {};

/** The clock pinned inside the first morning of workshops: what is on now, and what comes next. */
export const Live: Story = { args: { now: '2014-09-02T11:30:00+03:00' } };

/** Three days before the first session: a countdown and the dates. */
export const Upcoming: Story = { args: { now: '2014-08-30T09:00:00+03:00' } };

/** Overnight between two days: still live, nothing on, the next morning's sessions. */
export const BetweenDays: Story = { args: { now: '2014-09-02T22:00:00+03:00' } };

/** Live, with the times shown in New York time instead of the venue's. */
export const OtherTimeZone: Story = { args: { now: '2014-09-02T11:30:00+03:00', timeZone: 'America/New_York' } };

/** The site's own call to action in the `actions` slot. */
export const WithCallToAction: Story = {
  render: () => html`
    <event-status .feed=${sampleFeed} now="2014-08-30T09:00:00+03:00">
      <a slot="actions" href="#programme">See the programme</a>
    </event-status>
  `,
};

/** Arabic, right to left, while live. */
export const Arabic: Story = { args: { now: '2014-09-02T11:30:00+03:00', locale: 'ar' } };

/** French, Chinese, Russian and Spanish, upcoming. */
export const Languages: Story = {
  render: () => html`${['fr', 'zh', 'ru', 'es'].map(
    (locale) => html`<event-status .feed=${sampleFeed} now="2014-08-30T09:00:00+03:00" locale=${locale}></event-status><br />`,
  )}`,
};

/** A feed URL that does not exist. */
export const LoadError: Story = { args: { feed: undefined, src: '/no-such-feed.json' }, parameters: feedErrorParameters };

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = { args: { feed: undefined, src: PENDING_FEED_URL } };

/** The morning after the last day: "IGF 2014 has ended", whatever today's date. */
export const Ended: Story = { args: { now: '2014-09-06T09:00:00+03:00' } };

/** A feed with no sessions yet: the event's name, and nothing on or next. */
export const NoSessions: Story = {
  args: { feed: { version: 1, event: { name: 'Quiet Summit 2031', timeZone: 'Europe/Istanbul' }, sessions: [] } },
};
