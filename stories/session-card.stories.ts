import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/session-card/session-card.define.js';
import type { SessionCardVariant } from '../src/components/session-card/session-card.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { LANGUAGES } from '../src/i18n/localize.js';
import { sampleFeed } from '../src/sample/index.js';
import { PENDING_FEED_URL, edgeCaseFeed, feedErrorParameters } from './support/story-feeds.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

const { schedule } = normalizeFeed(sampleFeed);
const ws196 = schedule.sessionsById.get('ws196');
const edgeCases = normalizeFeed(edgeCaseFeed).schedule;

interface CardArgs {
  sessionId?: string;
  variant: SessionCardVariant;
  headingLevel: number;
  saved: boolean;
  /** The page keeps the saved state (`saved`) itself; otherwise the browser's saved list decides it. */
  withoutSavedStore: boolean;
  locale?: string;
  timeZone?: string;
  now?: number;
}

const meta = {
  title: 'Components/Session card',
  component: 'session-card',
  args: { sessionId: 'ws196', variant: 'compact', headingLevel: 3, saved: false, withoutSavedStore: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    // Saved is the browser's saved list unless the page keeps the state itself.
    saved: { if: { arg: 'withoutSavedStore' } },
  },
  render: (args) => html`
    <session-card
      ${liveArgs(args)}
      .schedule=${unlessOwnFeed(args, schedule)}
      session-id=${ifDefined(args.sessionId)}
      variant=${args.variant}
      heading-level=${args.headingLevel}
      ?saved=${args.saved}
      ?without-saved-store=${args.withoutSavedStore}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args.timeZone)}
      style="max-inline-size: ${args.variant === 'full' ? '48rem' : '22rem'}"
    ></session-card>
  `,
} satisfies Meta<CardArgs>;
export default meta;
type Story = StoryObj<CardArgs>;

/** The seed workshop WS196 as a compact card: click anywhere on it to select it. */
export const Playground: Story = {};

/** The seed page, WS196, in full: banner, actions, description, inner agenda, people by role, date and room. */
export const Full: Story = { args: { variant: 'full' } };

/** The cards of one morning in a responsive grid, as a programme page lays them out. */
export const Grid: Story = {
  render: () => html`
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr))">
      ${(schedule.byDay.get('2014-09-02') ?? []).slice(0, 9).map(
        (session) => html`<session-card .schedule=${schedule} session-id=${session.id}></session-card>`,
      )}
    </div>
  `,
};

/** While the session runs (the clock pinned at 11:30 at the venue): a "Live now" badge and banner. */
export const Live: Story = { args: { variant: 'full', now: Date.parse('2014-09-02T11:30:00+03:00') } };

/** After the session (the clock pinned at the evening): the "Ended" badge and banner. */
export const Ended: Story = { args: { variant: 'full', now: Date.parse('2014-09-02T19:00:00+03:00') } };

/** Before the session (the clock pinned an hour earlier): the banner says when it starts. */
export const Upcoming: Story = { args: { variant: 'full', now: Date.parse('2014-09-02T10:00:00+03:00') } };

/** Saved, as the page says (`saved` with `without-saved-store`, the page keeping the state): the Save toggle is pressed. */
export const Saved: Story = { args: { variant: 'full', saved: true, withoutSavedStore: true } };

/** A viewer in New York: times in their zone, and the venue's time under the full date. */
export const OtherTimeZone: Story = { args: { variant: 'full', timeZone: 'America/New_York' } };

/** French: translated words, role headings by number and 24-hour times. */
export const French: Story = { args: { variant: 'full', locale: 'fr' } };

/** Arabic: the whole card runs right to left. */
export const RightToLeft: Story = { args: { variant: 'full', locale: 'ar' } };

/** The site's own buttons in the `actions` slot and a note in the `footer` slot. */
export const WithSlots: Story = {
  render: () => html`
    <session-card .schedule=${schedule} session-id="ws196" variant="full" style="max-inline-size: 48rem">
      <button slot="actions" type="button">Share</button>
      <p slot="footer">Interpretation in Arabic, French and Russian.</p>
    </session-card>
  `,
};

/** A session handed over directly (`.session`), with no feed: the banner speaks of the session, not the event. */
export const FromSession: Story = {
  render: () => html`<session-card .session=${ws196} variant="full" style="max-inline-size: 48rem"></session-card>`,
};

/** No `session-id`: the card says what to set. */
export const MissingSessionId: Story = { args: { sessionId: undefined } };

/** A `session-id` the feed does not have. */
export const UnknownSession: Story = { args: { sessionId: 'ws197' } };

/** A feed that cannot be loaded (it shows "Loading the schedule…" while the request is in flight). */
export const FeedError: Story = {
  render: () => html`<session-card src="/no-such-feed.json" session-id="ws196"></session-card>`,
  parameters: feedErrorParameters,
};

/** While the feed is on its way (a request that never answers): the loading state. */
export const Loading: Story = {
  render: () => html`<session-card src=${PENDING_FEED_URL} session-id="ws196"></session-card>`,
};

/** A very long title, room and track in a 320px column: everything wraps, nothing overflows. */
export const LongTitle: Story = {
  render: () => html`<div style="inline-size: 320px"><session-card .schedule=${edgeCases} session-id="long"></session-card></div>`,
};

/** Twelve speakers, none with a picture: the compact card's avatar group and the full page's people by role. */
export const TwelveSpeakers: Story = {
  render: () => html`
    <div style="display: grid; gap: 1rem; max-inline-size: 48rem">
      <session-card .schedule=${edgeCases} session-id="long"></session-card>
      <session-card .schedule=${edgeCases} session-id="long" variant="full"></session-card>
    </div>
  `,
};

/** The same card in each of the six UN languages, by its `locale` attribute. */
export const EveryLanguage: Story = {
  render: () => html`
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr))">
      ${LANGUAGES.map((locale) => html`<session-card .schedule=${schedule} session-id="ws196" locale=${locale}></session-card>`)}
    </div>
  `,
};
