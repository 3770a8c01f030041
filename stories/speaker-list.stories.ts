import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/speaker-list/speaker-list.define.js';
import { SPEAKER_LIST_LAYOUTS, type SpeakerListLayout } from '../src/components/speaker-list/speaker-list.js';
import type { FeedV1 } from '../src/data/model.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, edgeCaseFeed, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

const { schedule } = normalizeFeed(sampleFeed);

interface ListArgs {
  layout: SpeakerListLayout;
  sessionId?: string;
  personRole?: string;
  headingLevel: number;
  locale?: string;
}

const meta = {
  title: 'Components/Speaker list',
  component: 'speaker-list',
  args: { layout: 'grid', headingLevel: 3 },
  argTypes: { layout: { control: 'inline-radio', options: SPEAKER_LIST_LAYOUTS } },
  render: (args) => html`
    <speaker-list
      ${liveArgs(args)}
      .schedule=${unlessOwnFeed(args, schedule)}
      layout=${args.layout}
      session-id=${ifDefined(args.sessionId)}
      person-role=${ifDefined(args.personRole)}
      heading-level=${args.headingLevel}
      locale=${ifDefined(args.locale)}
    ></speaker-list>
  `,
} satisfies Meta<ListArgs>;
export default meta;
type Story = StoryObj<ListArgs>;

/** Everyone at IGF 2014, sorted by name, searchable (try "kovac" or "afilias"). */
export const Playground: Story = {};

/** One person a row instead of a grid. */
export const ListLayout: Story = { args: { layout: 'list' } };

/** The people of workshop WS196. */
export const OfASession: Story = { args: { sessionId: 'ws196' } };

/** Only the moderators. */
export const Moderators: Story = { args: { personRole: 'moderator' } };

/** Arabic: right to left, translated search and counts. */
export const RightToLeft: Story = { args: { sessionId: 'ws196', locale: 'ar' } };

/** A session with nobody in it: the empty state. */
export const Empty: Story = {
  render: () => {
    const feed: FeedV1 = { version: 1, event: { name: 'Quiet day', timeZone: 'UTC' }, sessions: [] };
    return html`<speaker-list .feed=${feed}></speaker-list>`;
  },
};

/** A `session-id` the feed does not have. */
export const UnknownSession: Story = { args: { sessionId: 'ws197' } };

/** A feed that cannot be loaded (it shows "Loading…" while the request is in flight). */
export const FeedError: Story = {
  render: () => html`<speaker-list src="/no-such-feed.json"></speaker-list>`,
  parameters: feedErrorParameters,
};

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = { render: () => html`<speaker-list src=${PENDING_FEED_URL}></speaker-list>` };

/** Twelve people, none with a picture, with long job titles and organizations. */
export const NoPictures: Story = { render: () => html`<speaker-list .feed=${edgeCaseFeed}></speaker-list>` };
