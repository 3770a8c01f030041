import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/speaker-avatar-group/speaker-avatar-group.define.js';
import { AVATAR_SIZES, type AvatarSize } from '../src/components/speaker-avatar/speaker-avatar.js';
import { normalizeFeed } from '../src/data/normalize.js';
import type { Person } from '../src/data/model.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, feedErrorParameters, twelvePeople } from './support/story-feeds.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

const { schedule } = normalizeFeed(sampleFeed);

interface GroupArgs {
  people?: readonly Person[];
  sessionId?: string;
  max: number;
  size: AvatarSize;
  locale?: string;
}

const meta = {
  title: 'Components/Speaker avatar group',
  component: 'speaker-avatar-group',
  args: { sessionId: 'ws196', max: 3, size: 'medium' },
  argTypes: { size: { control: 'inline-radio', options: AVATAR_SIZES } },
  render: (args) => html`
    <speaker-avatar-group
      ${liveArgs(args)}
      .schedule=${unlessOwnFeed(args, schedule)}
      session-id=${ifDefined(args.sessionId)}
      max=${args.max}
      size=${args.size}
      locale=${ifDefined(args.locale)}
    ></speaker-avatar-group>
  `,
} satisfies Meta<GroupArgs>;
export default meta;
type Story = StoryObj<GroupArgs>;

/** The seed workshop WS196: its moderator (initials, no picture) and two panelists. */
export const Playground: Story = {};

/** A main session with eight people: three avatars, then "+5" naming the others in its tooltip. */
export const ManyPeople: Story = { args: { sessionId: 'ms-human-rights' } };

/** The three sizes, passed to every avatar and to the badge. */
export const Sizes: Story = {
  render: () => html`${AVATAR_SIZES.map(
    (size) => html`<p><speaker-avatar-group size=${size} session-id="ms-emerging" .schedule=${schedule}></speaker-avatar-group></p>`,
  )}`,
};

/** Arabic: the stack runs right to left and the badge's text follows Arabic plural rules. */
export const RightToLeft: Story = { args: { sessionId: 'ms-human-rights', locale: 'ar' } };

/** People handed over directly (`.people`), without a feed. */
export const FromPeople: Story = { args: { sessionId: undefined, people: schedule.people.slice(0, 6), max: 4 } };

/** Nobody to show yet. */
export const Empty: Story = { args: { sessionId: undefined, people: [] } };

/** No `session-id`: the element says what to set. */
export const MissingSessionId: Story = { args: { sessionId: undefined } };

/** A `session-id` the feed does not have. */
export const UnknownSession: Story = { args: { sessionId: 'ws197' } };

/** A feed that cannot be loaded. */
export const FeedError: Story = {
  render: () => html`<speaker-avatar-group src="/no-such-feed.json" session-id="ws196"></speaker-avatar-group>`,
  parameters: feedErrorParameters,
};

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = {
  render: () => html`<speaker-avatar-group src=${PENDING_FEED_URL} session-id="ws196"></speaker-avatar-group>`,
};

/** Twelve people without pictures, five shown: initials on their own colours, then "+7". */
export const TwelveWithoutPictures: Story = { args: { sessionId: undefined, people: twelvePeople.map((p) => ({ ...p, links: [] })), max: 5 } };
