/**
 * The feed reader (feed-read.ts, with the console's explanations of failures) is downloaded on first
 * need by each tag's own entry. Where that download fails (the network, or a site's build that left
 * the chunk out), the person is told that part of the page did not load, the developer is told in the
 * console and by `feed-error` which feed failed and why, and Retry tries the download again. Its own
 * page: no test before these may have downloaded the reader (the last one does).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-card/session-card.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { readerDownload } from '../../src/controllers/feed-reader.js';
import { FeedStore } from '../../src/controllers/feed-store.js';
import type { FeedErrorEvent } from '../../src/events/feed-error-event.js';
import { $, captureConsole, partText } from './fixtures.js';
import { waitUntil } from '../wait.js';

const printed = captureConsole();
const { start } = readerDownload;
afterEach(() => {
  readerDownload.start = start;
});

async function card(src: string) {
  const errors: FeedErrorEvent[] = [];
  const el = await fixture<SessionCardElement>(
    html`<session-card src=${src} session-id="ws196" locale="en-US" @feed-error=${(event: FeedErrorEvent) => errors.push(event)}></session-card>`,
  );
  await waitUntil(() => errors.length > 0, 'no feed-error fired');
  await el.updateComplete;
  return { el, errors, url: new URL(src, location.href).href };
}

describe('without the feed reader', () => {
  it('a slow connection stays said to be slow while the feed, arrived, waits for the reader', async () => {
    const { slowAfterMs } = FeedStore;
    FeedStore.slowAfterMs = 50;
    const failed = () => new TypeError('Failed to fetch dynamically imported module');
    const held: (() => void)[] = [];
    readerDownload.start = () => new Promise((_, reject) => held.push(() => reject(failed())));
    try {
      const src = `/test-server/feed?key=slow-then-reader-${Date.now()}&delay=400`;
      const el = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="talk" locale="en-US"></session-card>`);
      const slow = 'Still loading the schedule: the connection is slow.';
      await waitUntil(() => readText(el) === slow, 'the slow request is not told');
      const arrived = performance.now() + 700; // the feed is in hand (400 ms), its read waits for the reader
      const seen = new Set<string | undefined>();
      while (performance.now() < arrived) {
        seen.add(readText(el));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect([...seen]).to.deep.equal([slow]);
      readerDownload.start = () => Promise.reject(failed()); // what explains the failure asks too
      held.forEach((fail) => fail());
      await waitUntil(() => readText(el) === 'The schedule could not be shown: part of the page did not load.', 'the missing reader is not told');
    } finally {
      FeedStore.slowAfterMs = slowAfterMs;
    }
  });

  it('gives a feed that failed on the network its reason and status', async () => {
    readerDownload.start = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { errors, url } = await card('/test/fixtures/components/no-such-feed.json');
    const message = `could not load the feed ${url} (not-found 404): the module that reads feeds and explains failures could not be downloaded`;
    expect(errors.map((error) => error.message)).to.deep.equal([message]);
    expect(printed.errors).to.deep.equal([`schedule-elements: ${message}`]);
  });

  it('says part of the page did not load, names the feed in the console and the event, and Retry loads it once the reader comes', async () => {
    readerDownload.start = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { el, errors, url } = await card('/test/fixtures/minimal.json');
    expect(readText(el)).to.equal('The schedule could not be shown: part of the page did not load.');
    const message = `could not load the feed ${url} (no-reader): the module that reads feeds and explains failures could not be downloaded`;
    expect(errors.map((error) => [error.reason, error.message])).to.deep.equal([['no-reader', message]]);
    expect(printed.errors).to.deep.equal([`schedule-elements: ${message}`]);

    readerDownload.start = start;
    $(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => partText(el, 'title').includes('Enhanced Cooperation'), 'the session is not shown after Retry');
  });
});

function readText(el: SessionCardElement): string | undefined {
  return $(el, '[part~="state"]')?.textContent?.trim();
}
