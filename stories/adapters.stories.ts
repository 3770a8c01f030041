import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/define.js';
import { SAMPLES, inspect, renderSample, type FeedSample } from './feeds/samples.js';

/** Renders a sample through its adapter; the components show "Loading…" until the adapters arrive. */
const renderFeed = (sample: FeedSample) =>
  html`${until(
    inspect(sample).then((inspection) => renderSample(sample, inspection)),
    html`<p>Reading ${sample.label}…</p>`,
  )}`;

/**
 * Feeds from event tools, read in the browser through `format=`: each story fetches a small,
 * fictional sample in one tool's format (stories/feeds/), and the components convert it with the
 * adapters, which are downloaded only for such feeds. Under the components, every diagnostic that
 * the adapter and the normalizer reported, with its path in the source file or the v1 feed.
 */
const meta = {
  title: 'Data/Adapters',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A pretalx (also frab, c3voc) `schedule.json`: `format="pretalx"`. It names its zone and event. */
export const Pretalx: Story = { render: () => renderFeed(SAMPLES.pretalx) };

/**
 * pretalx's live widget schedule (`<event-url>schedule/widgets/schedule.json`, served with CORS):
 * `format="pretalx-widget"`, with `event-name`, which it lacks. Speakers by code, breaks as breaks.
 */
export const PretalxWidget: Story = { render: () => renderFeed(SAMPLES.pretalxWidget) };

/** Sessionize "All data": `format="sessionize"`, with `event-time-zone` and `event-name`, which the export lacks. */
export const Sessionize: Story = { render: () => renderFeed(SAMPLES.sessionize) };

/** A Sched session export: `format="sched"`, with `event-time-zone` and `event-name`. Speakers come from the session list. */
export const Sched: Story = { render: () => renderFeed(SAMPLES.sched) };

/** An iCalendar file: `format="ical"`. X-WR-CALNAME names the event; "(talk by …)" in a SUMMARY gives the speakers. */
export const ICalendar: Story = { render: () => renderFeed(SAMPLES.ical) };

/** No `format`: the same pretalx file, detected from its content. */
export const Detected: Story = { render: () => renderFeed({ ...SAMPLES.pretalx, format: undefined }) };

/** The bilingual pretalx event's widget feed (a test fixture: English and German). */
const BILINGUAL_WIDGET = new URL('../test/fixtures/adapters/pretalx-widget-bilingual.json', import.meta.url).href;

/**
 * An English and German pretalx event, as its widget feed sends it: rooms, tracks and breaks in both
 * languages, talks given in one. The **lang** control is the page's `lang`: a German reader gets the
 * German names, an English one the English; a talk in the other language is marked with its `lang`
 * (see the title's attributes in the inspector), so that screen readers switch voice.
 */
export const PretalxWidgetBilingual: StoryObj<{ lang: string }> = {
  args: { lang: 'de' },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'], description: 'The `lang` of the page around the components' } },
  render: ({ lang }) => html`<div lang=${lang} style="display: grid; gap: 1rem">
    <agenda-timeline src=${BILINGUAL_WIDGET} event-name="Netzwerktage 2027" without-url-state style="--schedule-agenda-timeline-height: 520px"></agenda-timeline>
    <session-card src=${BILINGUAL_WIDGET} event-name="Netzwerktage 2027" session-id="NETZ2" variant="full"></session-card>
  </div>`,
};
