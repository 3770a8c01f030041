/**
 * The small, fictional sample feeds in each foreign format (beside this file), and a preview that
 * renders one through its adapter: the components read it with `src` and `format`, exactly as on
 * a page, and the list under them shows what the adapter and the normalizer reported. Shared by
 * the Data/Adapters stories and demo/adapters.html.
 */
import { html, type TemplateResult } from 'lit';
import { convertFeed, type FeedFormat } from '../../src/data/adapters/index.js';
import type { Diagnostic } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';

/** A feed to preview and how to read it (the components' `format`, `event-time-zone`, `event-name`). */
export interface FeedSample {
  readonly label: string;
  readonly url: string;
  readonly format?: FeedFormat;
  readonly eventTimeZone?: string;
  readonly eventName?: string;
}

/** One hand-written sample per format that an event tool exports. */
export const SAMPLES = {
  pretalx: {
    label: 'pretalx / frab schedule.json',
    url: new URL('./pretalx-sample.json', import.meta.url).href,
    format: 'pretalx',
  },
  pretalxWidget: {
    label: "pretalx's live widget schedule",
    // The test fixture (with a talk that has no time, an unknown speaker and an unsafe avatar, to show their
    // diagnostics), its avatars drawn inline instead of at an example host that a story cannot reach.
    url: new URL('./pretalx-widget-sample.json', import.meta.url).href,
    format: 'pretalx-widget',
    // The widget's JSON does not name the event.
    eventName: 'Example Conf 2027',
  },
  sessionize: {
    label: 'Sessionize "All data" JSON',
    url: new URL('./sessionize-sample.json', import.meta.url).href,
    format: 'sessionize',
    // Sessionize names neither the zone nor the event.
    eventTimeZone: 'Europe/Oslo',
    eventName: 'Fjord Cloud Day 2031',
  },
  sched: {
    label: 'Sched session export',
    url: new URL('./sched-sample.json', import.meta.url).href,
    format: 'sched',
    eventTimeZone: 'America/Chicago',
    eventName: 'Graph Week 2031',
  },
  ical: {
    label: 'iCalendar (.ics)',
    url: new URL('./sample.ics', import.meta.url).href,
    format: 'ical',
  },
} as const satisfies Record<string, FeedSample>;

/** What a preview shows besides the components: the ids of the first sessions, and every diagnostic. */
export interface Inspection {
  readonly sessionIds: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads `sample` the way the feed store does (adapter, then normalizer) for its session ids and diagnostics. */
export async function inspect(sample: FeedSample, cards = 6): Promise<Inspection> {
  const response = await fetch(sample.url);
  if (!response.ok) return { sessionIds: [], diagnostics: [{ severity: 'fatal', path: '$', message: `HTTP ${response.status}` }] };
  const converted = convertFeed(await response.text(), sample);
  if (!converted.feed) return { sessionIds: [], diagnostics: converted.diagnostics };
  const { schedule, diagnostics } = normalizeFeed(converted.feed);
  return {
    sessionIds: schedule.sessions.slice(0, cards).map((s) => s.id),
    diagnostics: [...converted.diagnostics, ...diagnostics],
  };
}

/** A component element reading `sample` through `src`, `format`, `event-time-zone` and `event-name`. */
export function sampleElement(tag: string, sample: FeedSample, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  const read = { src: sample.url, format: sample.format, 'event-time-zone': sample.eventTimeZone, 'event-name': sample.eventName };
  for (const [name, value] of Object.entries({ ...read, ...attributes })) if (value) element.setAttribute(name, value);
  return element;
}

/** The components on `sample` (status, compact cards of its first sessions, speakers), then its diagnostics. */
export function renderSample(sample: FeedSample, { sessionIds, diagnostics }: Inspection): TemplateResult {
  return html`
    <section class="adapter-sample" style="display: grid; gap: 1rem">
      ${sampleElement('event-status', sample)}
      <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">${sessionIds.map((id) => sampleElement('session-card', sample, { 'session-id': id }))}</div>
      ${sampleElement('speaker-list', sample)}
      <h3 style="margin: 0">Diagnostics (${diagnostics.length})</h3>
      ${diagnostics.length === 0
        ? html`<p>None: the feed converted cleanly.</p>`
        : html`<ul class="diagnostics" style="overflow-wrap: anywhere">
            ${diagnostics.map((d) => html`<li><strong>${d.severity}</strong> <code>${d.path}</code>: ${d.message}</li>`)}
          </ul>`}
    </section>
  `;
}
