/** Shared set-up of the `<agenda-timeline>` browser tests: fixtures, a generated feed, a clean URL. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import type { FeedSession, FeedV1, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';

/** The IGF 2014 sample (91 sessions, 6 rooms, 4 days), normalized once. */
export const sample: Schedule = normalizeFeed(sampleFeed).schedule;

/** 11:30 at the venue on 2 September 2014, while WS196 (11:00–12:30) runs. */
export const DURING_WS196 = Date.parse('2014-09-02T11:30:00+03:00');

/**
 * The stored keys these tests create: layout choices, and saved sessions of the events they use.
 * Only these are removed: other test files run beside them and share localStorage (and hear its
 * `storage` events), so clearing every key would wipe their saved sessions and kept feeds.
 */
const OWN_KEYS = /^schedule-elements:(agenda-timeline:|saved:(igf-2014|timeline-saved-list|gen-\d+)$)/;

/** Each test starts from a URL without timeline state and no stored layout. */
afterEach(() => {
  history.replaceState(null, '', location.pathname);
  for (const key of Object.keys(localStorage)) if (OWN_KEYS.test(key)) localStorage.removeItem(key);
});

export interface TimelineOptions {
  readonly schedule?: Schedule;
  /** A parsed feed to give as `feed` instead of a schedule (a big one is then painted from a preview). */
  readonly feed?: object;
  readonly layout?: string;
  readonly now?: number;
  readonly timeZone?: string;
  readonly width?: string;
  readonly sessionId?: string;
  /** Return right after the first render (no frame painted yet) instead of once it has settled. */
  readonly unsettled?: boolean;
}

/** A timeline on the sample (by default) and its harness. */
export async function timeline(options: TimelineOptions = {}): Promise<AgendaTimelineHarness> {
  const el = await fixture<AgendaTimelineElement>(html`<agenda-timeline
    style="inline-size: ${options.width ?? '960px'}; --schedule-agenda-timeline-height: 480px"
    .schedule=${options.feed ? undefined : (options.schedule ?? sample)}
    .feed=${options.feed}
    layout=${options.layout ?? 'auto'}
    locale="en-US"
    time-zone=${options.timeZone ?? ''}
    session-id=${options.sessionId ?? ''}
    .now=${options.now ?? Date.parse('2020-01-01T00:00:00Z')}
  ></agenda-timeline>`);
  const harness = new AgendaTimelineHarness(el, sendKeys);
  if (!options.unsettled) await harness.settle();
  return harness;
}

/** A feed of `count` sessions over `rooms` rooms, 8 one-hour slots a day from 09:00 at the venue. */
export function generatedFeed(count: number, rooms: number): FeedV1 {
  const perDay = rooms * 8;
  const sessions: FeedSession[] = Array.from({ length: count }, (_, i) => {
    const day = Math.floor(i / perDay);
    const slot = Math.floor((i % perDay) / rooms);
    const date = new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10);
    return {
      id: `g${i}`,
      title: `Generated session ${i}`,
      start: `${date}T${String(9 + slot).padStart(2, '0')}:00`,
      duration: 'PT50M',
      roomId: `r${i % rooms}`,
      people: [{ id: `p${i % 50}` }],
    };
  });
  return {
    version: 1,
    event: { id: `gen-${count}`, name: 'Generated', timeZone: 'Europe/Istanbul' },
    rooms: Array.from({ length: rooms }, (_, i) => ({ id: `r${i}`, name: `Room ${i}` })),
    people: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
    sessions,
  };
}
