import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { sampleFeed } from '../src/sample/index.js';

const { schedule } = normalizeFeed(sampleFeed);

/**
 * The six UN languages, as a site in each language gets them: no `locale` attribute, only the page's
 * `lang` (the Language switch in the toolbar sets it on every story's root). Words come from the
 * components' catalogs; dates, times, numbers and plurals from `Intl`; Arabic runs right to left.
 */
const meta = {
  title: 'Languages',
  render: () => html`
    <div style="display: grid; gap: 1rem; max-inline-size: 48rem">
      <event-status .schedule=${schedule} now="2014-09-02T11:30:00+03:00" limit="2"></event-status>
      <session-card .schedule=${schedule} session-id="ws196" variant="full" now="2014-09-02T11:30:00+03:00"></session-card>
      <attendee-count .schedule=${schedule} session-id="ws196"></attendee-count>
      <speaker-list .schedule=${schedule} session-id="ws196"></speaker-list>
    </div>
  `,
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const English: Story = { globals: { lang: 'en' } };
export const Arabic: Story = { globals: { lang: 'ar' } };
export const Chinese: Story = { globals: { lang: 'zh' } };
export const French: Story = { globals: { lang: 'fr' } };
export const Russian: Story = { globals: { lang: 'ru' } };
export const Spanish: Story = { globals: { lang: 'es' } };
