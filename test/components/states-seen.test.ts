/**
 * The states a person passes through, as they see them (found by the visual review of the states:
 * loading, a slow or failing feed, the out-of-date notice, offline, nothing found, my schedule
 * changed, the event before and after): a failure in the box the others have, and the time of a
 * kept copy on one line.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/session-card/session-card.define.js';
import { keptCopyKey } from '../../src/controllers/feed-cache.js';
import { SAMPLE_URL, mount, part } from './fixtures.js';
import { waitUntil } from '../wait.js';

let run = 0;
/** A URL the test server has no file at (404), of its own. */
const missingFeed = () => `/no-such-feed-${Date.now()}-${run++}.json`;

/** Runs `body` with the console's errors (the failure's report, meant for the site's developer) kept quiet. */
async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const { error } = console;
  console.error = () => undefined;
  try {
    return await body();
  } finally {
    console.error = error;
  }
}

describe('states seen', () => {
  it('<event-status> that cannot read its feed shows the failure in one box, as every other tag does, not inside its banner', async () => {
    const el = await mount('event-status', { src: missingFeed(), locale: 'en-US' });
    await quietly(() => waitUntil(() => part(el, 'retry-button'), 'the failure never showed'));
    // The banner (its stripe, background and padding) would show around the failure's box.
    const box = el.shadowRoot!.querySelector('.feed-failure')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([host.left, host.top, host.width, host.height]);
  });

  for (const locale of ['en-US', 'ar']) {
    it(`the time of a kept copy ("as of Monday 9:07 AM") is never split across two lines (${locale})`, async () => {
      const src = missingFeed();
      const text = await (await fetch(SAMPLE_URL)).text();
      localStorage.setItem(keptCopyKey(new URL(src, location.href).href), JSON.stringify({ text, fetchedAt: Date.now() - 60_000 }));
      try {
        const el = await mount('session-card', { src, 'session-id': 'ws196', locale, style: 'display: block' });
        const time = () => part(el, 'feed-notice')?.querySelector('time');
        await quietly(() => waitUntil(() => time() && (locale === 'en-US' || /[\u0600-\u06ff]/.test(time()!.textContent!)), 'no notice'));
        const split: number[] = [];
        for (let width = 160; width <= 420; width += 2) {
          el.style.inlineSize = `${width}px`;
          // One box per line and per run of a direction: a box that starts below another's middle is on a line of its own.
          const boxes = [...time()!.getClientRects()];
          if (boxes.some((box) => boxes.some((other) => box.top > other.top + other.height / 2))) split.push(width);
        }
        expect(split, 'widths at which the time breaks').to.deep.equal([]);
      } finally {
        localStorage.removeItem(keptCopyKey(new URL(src, location.href).href));
      }
    });
  }
});
