import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { FeedV1 } from '../src/data/model.js';
import { sampleFeed } from '../src/sample/index.js';
import { FeedPlayground } from './support/feed-playground.js';

/** The first morning of IGF 2014 (the sample, cut to six sessions), with one mistake to diagnose. */
const starter: FeedV1 = {
  ...sampleFeed,
  sessions: [
    ...sampleFeed.sessions.filter((s) => s.start.startsWith('2014-09-02T09')).slice(0, 5),
    { id: 'typo', title: 'A session in a room that does not exist', start: '2014-09-02T09:30', duration: 'PT30M', roomId: 'room-99' },
  ],
};

/**
 * Try your own feed: paste it, or give its URL (the server must allow CORS), in any format the
 * components read. It is converted and normalized exactly as the components do it; every problem is
 * listed with its JSON path, and what could be read is rendered as session cards or as the agenda.
 */
const meta = {
  title: 'Playground/Live feed',
  parameters: { layout: 'padded' },
  // Built by its constructor: a side-effect-only import of the module would be dropped (package.json `sideEffects`).
  render: () => {
    const playground = new FeedPlayground();
    playground.initialFeed = JSON.stringify(starter, null, 2);
    return html`${playground}`;
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The sample's first morning, with a session whose room is not in the feed. */
export const LiveFeed: Story = {};

/** Shown as the agenda timeline instead of cards. */
export const AsTimeline: Story = {
  play: async ({ canvasElement }) => {
    const playground = canvasElement.querySelector('feed-playground')!;
    await playground.updateComplete;
    const select = playground.shadowRoot!.querySelectorAll('select')[1]!;
    select.value = 'timeline';
    select.dispatchEvent(new Event('change'));
  },
};
