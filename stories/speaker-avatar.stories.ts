import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/speaker-avatar/speaker-avatar.define.js';
import { AVATAR_SIZES, type AvatarSize } from '../src/components/speaker-avatar/speaker-avatar.js';
import { normalizeFeed } from '../src/data/normalize.js';
import type { Person } from '../src/data/model.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

const { schedule } = normalizeFeed(sampleFeed);
const person = (id: string): Person => schedule.peopleById.get(id)!;

interface AvatarArgs {
  person?: Person;
  personId?: string;
  size: AvatarSize;
  withName: boolean;
  withTitle: boolean;
  selectable: boolean;
  locale?: string;
}

const meta = {
  title: 'Components/Speaker avatar',
  component: 'speaker-avatar',
  args: { person: person('peter-major'), size: 'medium', withName: false, withTitle: false, selectable: false },
  argTypes: { size: { control: 'inline-radio', options: AVATAR_SIZES } },
  render: (args) => html`
    <speaker-avatar
      ${liveArgs(args)}
      .schedule=${unlessOwnFeed(args, schedule)}
      person-id=${ifDefined(args.personId)}
      size=${args.size}
      ?with-name=${args.withName}
      ?with-title=${args.withTitle}
      ?selectable=${args.selectable}
      locale=${ifDefined(args.locale)}
    ></speaker-avatar>
  `,
} satisfies Meta<AvatarArgs>;
export default meta;
type Story = StoryObj<AvatarArgs>;

/** Peter Major, one of the seed workshop's panelists, with his name and job title. */
export const Playground: Story = { args: { withName: true, withTitle: true } };

/** The three sizes: small (2rem), medium (3rem, the default) and large (5rem). */
export const Sizes: Story = {
  render: () => html`${AVATAR_SIZES.map((size) => html`<speaker-avatar size=${size} .person=${person('peter-major')}></speaker-avatar> `)}`,
};

/** Qusai Al-Shatti, the workshop's moderator, has no picture: his initials on a colour derived from his name. */
export const Initials: Story = { args: { person: person('qusai-alshatti'), withName: true, withTitle: true } };

/** Initials of names in several scripts, each on its own colour; set `color-scheme: dark` on the page for the dark colours. */
export const InitialsInManyScripts: Story = {
  render: () => html`${['Carlos A. Afonso', 'Désirée Miloshevic', 'Madonna', '王小明', 'محمد القرشي', 'Zeynep Aydın'].map(
    (name) => html`<speaker-avatar with-name .person=${{ id: name, name, links: [] }}></speaker-avatar> `,
  )}`,
};

/** A picture that fails to load gives way to the initials. */
export const BrokenPicture: Story = {
  args: { person: { ...person('peter-major'), avatar: '/no-such-image.png' }, withName: true },
  parameters: { smoke: { expectConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] } },
};

/** The name is a button that fires `speaker-select` (see the Actions panel or the console). */
export const Selectable: Story = { args: { selectable: true, withName: true, withTitle: true } };

/** Read from a feed by `person-id`, as a site owner embeds it. */
export const FromFeed: Story = { args: { person: undefined, personId: 'desiree-miloshevic', withName: true, withTitle: true } };

/** Arabic: right to left, with the Arabic comma between job title and organization. */
export const RightToLeft: Story = { args: { locale: 'ar', withName: true, withTitle: true } };

/** No `person-id`: the element says what to set. */
export const MissingPersonId: Story = { args: { person: undefined } };

/** A `person-id` the feed does not have. */
export const UnknownPerson: Story = { args: { person: undefined, personId: 'nobody' } };

/** A feed that cannot be loaded. */
export const FeedError: Story = {
  render: () => html`<speaker-avatar src="/no-such-feed.json" person-id="peter-major"></speaker-avatar>`,
  parameters: feedErrorParameters,
};

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = {
  render: () => html`<speaker-avatar src=${PENDING_FEED_URL} person-id="peter-major" with-name></speaker-avatar>`,
};

/** A long name and job title wrap inside a narrow (320px) column. */
export const LongText: Story = {
  render: () => html`<div style="inline-size: 320px">
    <speaker-avatar with-name with-title .person=${person('peter-major')}></speaker-avatar>
  </div>`,
};
