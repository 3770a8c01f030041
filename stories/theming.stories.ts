import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { sampleFeed } from '../src/sample/index.js';

const { schedule } = normalizeFeed(sampleFeed);

/** A page's worth of components: status, two cards, an avatar group and an attendee count, all live. */
const showcase = () => html`
  <div style="display: grid; gap: 1rem; max-inline-size: 48rem">
    <event-status .schedule=${schedule} now="2014-09-02T11:30:00+03:00" limit="2"></event-status>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr))">
      <session-card .schedule=${schedule} session-id="ws196" now="2014-09-02T11:30:00+03:00"></session-card>
      <session-card .schedule=${schedule} session-id="ms-human-rights" now="2014-09-02T11:30:00+03:00"></session-card>
    </div>
    <speaker-avatar-group .schedule=${schedule} session-id="ms-human-rights"></speaker-avatar-group>
    <attendee-count .schedule=${schedule} session-id="ws196"></attendee-count>
  </div>
`;

/**
 * The components follow the page: its font, its `color-scheme` (light, dark, or the system's with
 * `color-scheme: light dark`) and the `--schedule-*` custom properties it sets; pieces are styled with
 * `::part()`. The Scheme switch in the toolbar sets `color-scheme` on every story's root.
 */
const meta = {
  title: 'Theming',
  render: showcase,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The default colours, on a light page. */
export const Light: Story = { globals: { scheme: 'light' } };

/** The same page with `color-scheme: dark`: every default colour switches through `light-dark()`. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/**
 * A site's own brand, with no change to the components: a serif font, square corners, its purple
 * and its own live red through the custom properties, and bolder titles through `::part(title)`.
 */
export const Brand: Story = {
  render: () => html`
    <style>
      .brand {
        --schedule-font-family: Georgia, 'Times New Roman', serif;
        --schedule-color-accent: #5b21b6;
        --schedule-color-on-accent: #ffffff;
        --schedule-color-live: #9f1239;
        --schedule-color-surface-subtle: #f5f3ff;
        --schedule-color-border: #c4b5fd;
        --schedule-radius: 0;
        --schedule-space: 1.25rem;
        --schedule-focus-ring: 3px solid #5b21b6;
      }
      .brand session-card::part(title) {
        font-weight: 800;
        letter-spacing: -0.01em;
      }
    </style>
    <div class="brand">${showcase()}</div>
  `,
};

/** A brand for dark pages: the site sets its own dark palette on a `color-scheme: dark` page. */
export const BrandOnDark: Story = {
  globals: { scheme: 'dark' },
  render: () => html`
    <div
      style="--schedule-color-text: #f5f3ff; --schedule-color-muted: #c4b5fd; --schedule-color-surface: #1e1b2e;
        --schedule-color-surface-subtle: #2e2a45; --schedule-color-border: #4c4470; --schedule-color-accent: #c4b5fd;
        --schedule-color-on-accent: #1e1b2e; --schedule-color-live: #fda4af; background: #14121f; padding: 1rem"
    >
      ${showcase()}
    </div>
  `,
};
