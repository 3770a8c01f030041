/** Set-up of the `<agenda-timeline>` browser tests: a timeline and its harness, a clean URL and no stored layout. */
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import type { Schedule } from '../../src/data/model.js';
import { clearStoredKeys, resetUrl, sample, withSchedule } from './fixtures.js';

/**
 * The stored keys these tests create: layout choices, and saved sessions of the events they use.
 * Only these are removed: other test files run beside them and share localStorage (and hear its
 * `storage` events), so clearing every key would wipe their saved sessions and kept feeds.
 */
const OWN_KEYS = /^schedule-elements:(agenda-timeline:|saved:(igf-2014|timeline-[a-z-]+|gen-\d+)$)/;

/** Each test starts from a URL without timeline state and no stored layout. */
afterEach(() => {
  resetUrl();
  clearStoredKeys(OWN_KEYS);
});

export interface TimelineOptions {
  readonly schedule?: Schedule;
  /** A parsed feed to give as `feed` instead of a schedule (a big one is then painted from a preview). */
  readonly feed?: object;
  readonly layout?: string;
  readonly now?: number;
  readonly timeZone?: string;
  readonly locale?: string;
  readonly width?: string;
  readonly sessionId?: string;
  /** Keep the day, filters and open session out of the URL (`without-url-state`). */
  readonly withoutUrlState?: boolean;
  /** Return right after the first render (no frame painted yet) instead of once it has settled. */
  readonly unsettled?: boolean;
}

/** A timeline on the sample (by default) and its harness. */
export async function timeline(options: TimelineOptions = {}): Promise<AgendaTimelineHarness> {
  const el = await withSchedule(
    'agenda-timeline',
    {
      style: `inline-size: ${options.width ?? '960px'}; --schedule-agenda-timeline-height: 480px`,
      layout: options.layout ?? 'auto',
      'time-zone': options.timeZone ?? '',
      locale: options.locale,
      'session-id': options.sessionId ?? '',
      'without-url-state': options.withoutUrlState,
    },
    {
      schedule: options.feed ? undefined : (options.schedule ?? sample),
      feed: options.feed,
      now: options.now ?? Date.parse('2020-01-01T00:00:00Z'),
    },
  );
  const harness = new AgendaTimelineHarness(el, sendKeys);
  if (!options.unsettled) await harness.settle();
  return harness;
}
