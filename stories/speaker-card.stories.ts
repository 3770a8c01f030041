import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/speaker-card/speaker-card.define.js';
import type { Person } from '../src/data/model.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

const { schedule } = normalizeFeed(sampleFeed);
const person = (id: string): Person => schedule.peopleById.get(id)!;

interface CardArgs {
  personId?: string;
  person?: Person;
  compact: boolean;
  headingLevel: number;
  timeZone?: string;
  locale?: string;
}

const meta = {
  title: 'Components/Speaker card',
  component: 'speaker-card',
  args: { personId: 'peter-major', compact: false, headingLevel: 3 },
  render: (args) => html`
    <div style="max-inline-size: 40rem">
      <speaker-card
        ${liveArgs(args)}
        .schedule=${unlessOwnFeed(args, schedule)}
        person-id=${ifDefined(args.personId)}
        ?compact=${args.compact}
        heading-level=${args.headingLevel}
        time-zone=${ifDefined(args.timeZone)}
        locale=${ifDefined(args.locale)}
      ></speaker-card>
    </div>
  `,
} satisfies Meta<CardArgs>;
export default meta;
type Story = StoryObj<CardArgs>;

/** Peter Major, panelist of workshop WS196: picture, job, bio cut with "Read more", and his session. */
export const Playground: Story = {};

/** Qusai Al-Shatti has no picture (his initials stand in) and moderates WS196, so his role is shown. */
export const Moderator: Story = { args: { personId: 'qusai-alshatti' } };

/** Someone in six sessions over four days, with a website link. */
export const ManySessions: Story = { args: { personId: 'lucas-ferreira' } };

/** The compact summary used by `<speaker-list>`: the name fires `speaker-select`. */
export const Compact: Story = { args: { compact: true } };

/** Times shown in New York instead of the venue's Istanbul. */
export const OtherTimeZone: Story = { args: { timeZone: 'America/New_York' } };

/** Arabic: right to left, translated headings and roles. */
export const RightToLeft: Story = { args: { personId: 'qusai-alshatti', locale: 'ar' } };

/** A person given directly, with no feed: no sessions to list. */
export const WithoutFeed: Story = {
  render: () => html`<speaker-card .person=${{ id: 'ada', name: 'Ada Lovelace', organization: 'Analytical Society', links: [] }}></speaker-card>`,
};

/** A `person-id` the feed does not have. */
export const UnknownPerson: Story = { args: { personId: 'nobody' } };

/** No `person-id`: the element says what to set. */
export const MissingPersonId: Story = { args: { personId: undefined } };

/** A feed that cannot be loaded (it shows "Loading…" while the request is in flight). */
export const FeedError: Story = {
  render: () => html`<speaker-card src="/no-such-feed.json" person-id="peter-major"></speaker-card>`,
  parameters: feedErrorParameters,
};

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = {
  render: () => html`<speaker-card src=${PENDING_FEED_URL} person-id="peter-major"></speaker-card>`,
};

/** A 320px column: long job titles and session titles wrap, the bio stays cut. */
export const Narrow: Story = {
  render: () => html`<div style="inline-size: 320px"><speaker-card .person=${person('peter-major')} .schedule=${schedule}></speaker-card></div>`,
};
