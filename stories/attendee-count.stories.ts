import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/attendee-count/attendee-count.define.js';
import type { FeedAttendees, FeedV1 } from '../src/data/model.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs } from './support/live-args.js';

/** The sample feed as a file, so the story loads and re-reads it by URL (Vite serves and bundles it). */
const sampleUrl = new URL('../src/sample/igf-2014.json', import.meta.url).href;

/** A one-session feed with the given attendance, for the variants the sample does not pin down. */
function feedWith(attendees: FeedAttendees | undefined): FeedV1 {
  return {
    version: 1,
    event: { name: 'IGF 2014', timeZone: 'Europe/Istanbul' },
    sessions: [{ id: 'talk', title: 'A workshop', start: '2014-09-02T11:00:00+03:00', duration: 'PT90M', attendees }],
  };
}

interface AttendeeCountArgs {
  feed?: FeedV1;
  src?: string;
  sessionId?: string;
  headingLevel: number;
  locale?: string;
}

const meta = {
  title: 'Components/Attendee count',
  component: 'attendee-count',
  args: { feed: sampleFeed, sessionId: 'ws196', headingLevel: 3 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } }, feed: { control: false } },
  render: (args) => html`
    <attendee-count
      ${liveArgs(args)}
      src=${ifDefined(args.src)}
      session-id=${ifDefined(args.sessionId)}
      heading-level=${args.headingLevel}
      locale=${ifDefined(args.locale)}
    ></attendee-count>
  `,
} satisfies Meta<AttendeeCountArgs>;
export default meta;
type Story = StoryObj<AttendeeCountArgs>;

/** The seed's workshop WS196: "Attendees (0)", none of its 120 places taken, and the link to the attendee list. */
export const Playground: Story = {};

/** 35 of 120 places taken: the bar and the sentence say the same thing. */
export const PlacesTaken: Story = { args: { feed: feedWith({ count: 35, capacity: 120 }), sessionId: 'talk' } };

/** The count has reached the capacity: "Full" in words, the `full` attribute on the host, the bar in the full colour. */
export const Full: Story = { args: { feed: feedWith({ count: 120, capacity: 120 }), sessionId: 'talk' } };

/** A count without a capacity: plural-aware words and no bar. */
export const CountOnly: Story = { args: { feed: feedWith({ count: 12 }), sessionId: 'talk' } };

/** No one yet, and no capacity: "No attendees yet". */
export const NoAttendeesYet: Story = { args: { feed: feedWith({ count: 0 }), sessionId: 'talk' } };

/** A session that publishes no attendance: a muted line, and `unpublished` on the host for sites that would rather hide it. */
export const NotPublished: Story = { args: { feed: feedWith(undefined), sessionId: 'talk' } };

/** Egyptian Arabic: right to left, Arabic-Indic digits. */
export const Arabic: Story = { args: { feed: feedWith({ count: 35, capacity: 120 }), sessionId: 'talk', locale: 'ar-EG' } };

/** French, Chinese and Russian side by side. */
export const Languages: Story = {
  render: () => html`${['fr', 'zh', 'ru'].map(
    (locale) => html`<attendee-count .feed=${feedWith({ count: 21, capacity: 120 })} session-id="talk" locale=${locale}></attendee-count><br />`,
  )}`,
};

/** A live count: re-reads the feed every 30 seconds, one request for every element on the page naming the same URL. */
export const LiveRefresh: Story = {
  render: () => html`<attendee-count src=${sampleUrl} session-id="ws196" refresh="30"></attendee-count>`,
};

/** A session id the feed does not have. */
export const NotFound: Story = { args: { sessionId: 'ws197' } };

/** No session-id at all. */
export const MissingId: Story = { args: { sessionId: undefined } };

/** A feed URL that does not exist. */
export const LoadError: Story = { args: { feed: undefined, src: '/no-such-feed.json' }, parameters: feedErrorParameters };

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = { args: { feed: undefined, src: PENDING_FEED_URL } };
