import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/session-card/session-card.define.js';
import { KEPT_FEEDS, clearStoredKeys } from './fixtures.js';
import { waitUntil } from '../wait.js';

/**
 * The components in a single-page app (React, Vue, a router of its own), where elements are
 * created, moved, removed and given new attributes all the time: what the page shows, and the
 * requests it makes to test/server/feed-test-server.mjs, as a site owner would watch them.
 */

let run = 0;
/** A feed URL of the test server with a key of its own. */
function feedUrl(query: Record<string, string | number>): string {
  const key = `${query['key']}-${Date.now()}-${run++}`;
  return `/test-server/feed?${new URLSearchParams({ ...query, key } as Record<string, string>)}`;
}
const keyOf = (src: string) => new URL(src, location.href).searchParams.get('key')!;
async function requestsOf(src: string): Promise<number> {
  return ((await (await fetch(`/test-server/count?key=${keyOf(src)}`)).json()) as { requests: number }).requests;
}
const shown = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

function card(src: string): HTMLElement {
  const el = document.createElement('session-card');
  el.setAttribute('session-id', 'talk');
  el.setAttribute('src', src);
  return el;
}

describe('in a single-page app', () => {
  const made: Element[] = [];
  const add = <T extends Element>(el: T): T => (made.push(el), el);
  beforeEach(() => clearStoredKeys(KEPT_FEEDS));
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
  });

  it('a src switched while the first feed still loads shows the second, even when the first answers last', async () => {
    const slow = feedUrl({ key: 'first', title: 'First feed', delay: 600 });
    const fast = feedUrl({ key: 'second', title: 'Second feed' });
    const el = add(card(slow));
    document.body.append(el);
    await aTimeout(100);
    el.setAttribute('src', fast);
    await waitUntil(() => shown(el).includes('Second feed'), 'the second feed', { timeout: 3000 });
    await aTimeout(800); // the first would have answered by now
    expect(shown(el)).to.include('Second feed').and.not.include('First feed');
  });

  it('an element moved in the page and through a shadow root while its feed loads makes one request and keeps its content', async () => {
    const src = feedUrl({ key: 'moved', delay: 300 });
    const el = add(card(src));
    const host = add(document.createElement('div'));
    document.body.append(el, host);
    await aTimeout(50);
    host.attachShadow({ mode: 'open' }).append(el);
    await aTimeout(50);
    document.body.append(el);
    await waitUntil(() => shown(el).includes('A talk'), 'loaded', { timeout: 3000 });
    el.remove();
    document.body.append(el); // the same element added again
    await aTimeout(100);
    expect(shown(el)).to.include('A talk');
    expect(await requestsOf(src)).to.equal(1);
  });

  it('an element moved more often than its refresh interval is still refreshed', async () => {
    // A React list that re-orders its items every 400 ms, one of them refresh="1": the move must not restart the timer.
    const src = feedUrl({ key: 'reordered' });
    const [a, b] = [add(document.createElement('div')), add(document.createElement('div'))];
    document.body.append(a, b);
    const el = add(document.createElement('event-status'));
    el.setAttribute('src', src);
    el.setAttribute('refresh', '1');
    a.append(el);
    await waitUntil(async () => (await requestsOf(src)) === 1, 'the first load', { timeout: 3000 });
    for (let i = 0; i < 8; i++) {
      await aTimeout(400);
      (i % 2 ? a : b).append(el);
    }
    // 3.2 s at one read a second: 3 refreshes (at least 2 on a busy machine); none before the fix.
    expect(await requestsOf(src)).to.be.greaterThan(2);
  });

  it('once every element of a refreshed feed is removed, the page reads it no more', async () => {
    const src = feedUrl({ key: 'removed' });
    const els = ['event-status', 'session-card'].map((tag) => {
      const el = add(document.createElement(tag));
      el.setAttribute('src', src);
      el.setAttribute('session-id', 'talk');
      el.setAttribute('refresh', '1');
      document.body.append(el);
      return el;
    });
    await waitUntil(() => shown(els[1]!).includes('A talk'), 'loaded', { timeout: 3000 });
    for (let i = 0; i < 5; i++) for (const el of els) el.remove(), document.body.append(el);
    for (const el of els) el.remove();
    const atRemoval = await requestsOf(src);
    await aTimeout(2200);
    expect(await requestsOf(src)).to.equal(atRemoval);
  });

  it('a removed element whose src changes requests nothing until it is back in the page, then shows the new feed', async () => {
    // A router that keeps a page's elements while another page shows, and points them at another event.
    const first = feedUrl({ key: 'kept', title: 'First event' });
    const next = feedUrl({ key: 'kept-next', title: 'Next event' });
    const el = add(card(first));
    document.body.append(el);
    await waitUntil(() => shown(el).includes('First event'), 'loaded', { timeout: 3000 });
    el.remove();
    el.setAttribute('src', next);
    await aTimeout(500);
    expect(await requestsOf(next), 'requests while out of the page').to.equal(0);
    document.body.append(el);
    await waitUntil(() => shown(el).includes('Next event'), 'the next event once back', { timeout: 3000 });
    expect(await requestsOf(next)).to.equal(1);
  });
  it('a feed whose refresh failed is loaded again when a component names it after all had left (a page navigated back to)', async () => {
    const src = feedUrl({ key: 'back', title: 'Fresh talk' });
    const el = add(card(src));
    el.setAttribute('refresh', '1');
    document.body.append(el);
    await waitUntil(() => shown(el).includes('Fresh talk'), 'loaded', { timeout: 3000 });
    await fetch(`/test-server/set?key=${keyOf(src)}&status=500`);
    await waitUntil(() => shown(el).includes('could not be updated'), 'the notice of the failed refresh', { timeout: 4000 });
    el.remove();
    // The server mends while the person is on another page; they come back to a page with a card of that feed.
    await fetch(`/test-server/set?key=${keyOf(src)}&status=`);
    const before = await requestsOf(src);
    const back = add(card(src));
    document.body.append(back);
    await waitUntil(async () => (await requestsOf(src)) > before, 'no new request', { timeout: 3000 });
    await waitUntil(() => !shown(back).includes('could not be updated'), 'the old failure still shown', { timeout: 3000 });
    expect(shown(back)).to.include('Fresh talk');
  });
});
