import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/event-status/event-status.define.js';
import { readText } from '../../src/components/shared/harness.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { keptCopyKey } from '../../src/controllers/feed-cache.js';
import type { FeedController } from '../../src/controllers/feed-controller.js';
import { FeedStore } from '../../src/controllers/feed-store.js';
import type { FeedErrorEvent } from '../../src/events/feed-error-event.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { timeline } from './agenda-timeline.helpers.js';
import { $, KEPT_FEEDS, captureConsole, clearStoredKeys, fillStorage, restoreVisibility, setVisibility, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

/**
 * Loading that survives the network, against the failing test server of
 * test/server/feed-test-server.mjs: retries, timeouts, clear failures, the kept copy, conditional
 * refreshes, one request per feed, aborts, and refreshes paused while the page is hidden.
 */

interface Counts {
  requests: number;
  ok: number;
  notModified: number;
  closed: number;
}

/** A feed URL of the test server; every test uses a key of its own, so counters and kept copies never mix. */
let run = 0;
function feedUrl(query: Record<string, string | number>): string {
  const key = `${query['key']}-${Date.now()}-${run++}`;
  return `/test-server/feed?${new URLSearchParams({ ...query, key: String(key) } as Record<string, string>)}`;
}

async function counts(url: string): Promise<Counts> {
  const key = new URL(url, location.href).searchParams.get('key')!;
  return (await (await fetch(`/test-server/count?key=${key}`)).json()) as Counts;
}

const title = (el: Element) => readText($(el, '[part~="title"]'));
const data = (el: Element) => (el as unknown as { data: FeedController }).data;
const card = (src: string, extra = html``) =>
  fixture<SessionCardElement>(html`<session-card src=${src} session-id="talk" locale="en-US"></session-card>${extra}`);

/** The feed the server sends, with another title: a copy kept by an earlier visit. */
function keptFeed(titleText: string): string {
  return JSON.stringify(talkFeed({ title: titleText }));
}

/**
 * Hooks of the enclosing describe: retries after 10 and 20 ms instead of seconds, and after each
 * test the store's own timeout back and no kept copy of any feed.
 */
function quickRetries(): void {
  const { retryDelaysMs, timeoutMs } = FeedStore;
  before(() => {
    FeedStore.retryDelaysMs = [10, 20];
  });
  after(() => {
    FeedStore.retryDelaysMs = retryDelaysMs;
  });
  afterEach(() => {
    FeedStore.timeoutMs = timeoutMs;
    clearStoredKeys(KEPT_FEEDS);
  });
}

describe('loading a feed over an unreliable network', () => {
  quickRetries();
  const originalFetch = window.fetch;
  /** The requests the page made, by URL: Chromium itself re-sends a request whose reused connection drops, so the server may count more. */
  const attempts = new Map<string, number>();
  const attemptsOf = (src: string) => attempts.get(new URL(src, location.href).href) ?? 0;
  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      attempts.set(url, (attempts.get(url) ?? 0) + 1);
      return originalFetch(input, init);
    };
  });
  after(() => {
    window.fetch = originalFetch;
  });

  it('shows the loading state while a slow server answers, then the content, and keeps the good copy once that is drawn', async () => {
    const src = feedUrl({ key: 'slow', delay: 300 });
    const key = keptCopyKey(new URL(src, location.href).href);
    const el = await card(src);
    expect(readText($(el, '[role="status"]'))).to.equal('Loading the schedule…');
    // Read in the task that draws the content: writing a big feed's copy (1.8 MB: some 130 ms) held its first paint up.
    let keptAsDrawn: string | null | undefined;
    const watch = new MutationObserver(() => {
      if (keptAsDrawn === undefined && title(el) === 'A talk') keptAsDrawn = localStorage.getItem(key);
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => title(el) === 'A talk', 'the content never showed');
    watch.disconnect();
    expect(keptAsDrawn, 'not written before the content is drawn').to.equal(null);
    await waitUntil(() => localStorage.getItem(key)?.includes('A talk'), 'the good copy is not kept');
  });

  it('keeps the copy of the feed shown when storage is full, letting the copies of other feeds go, the oldest first', async () => {
    const older = keptCopyKey(new URL('/old-programme-2024.json', location.href).href);
    const newer = keptCopyKey(new URL('/old-programme-2025.json', location.href).href);
    localStorage.setItem(older, JSON.stringify({ text: 'x'.repeat(4000), fetchedAt: Date.now() - 2 * 86_400_000 }));
    localStorage.setItem(newer, JSON.stringify({ text: 'y'.repeat(4000), fetchedAt: Date.now() - 86_400_000 }));
    // A storage that is full now: nothing may grow it (each write fails with the browser's QuotaExceededError).
    const restore = fillStorage();
    try {
      const src = feedUrl({ key: 'full-storage' });
      const el = await card(src);
      await waitUntil(() => title(el) === 'A talk', 'the content never showed');
      await waitUntil(() => localStorage.getItem(keptCopyKey(new URL(src, location.href).href)), 'the copy shown is not kept');
      expect([localStorage.getItem(older), localStorage.getItem(newer) !== null], 'the older copy went, the newer one stays').to.deep.equal([null, true]);
    } finally {
      restore();
      localStorage.removeItem(older);
      localStorage.removeItem(newer);
    }
  });

  it('retries a 500 and shows the content that the third request got', async () => {
    const src = feedUrl({ key: 'flaky', fail: 2, status: 500 });
    const el = await card(src);
    await waitUntil(() => title(el) === 'A talk', 'the content never showed');
    expect(await counts(src)).to.include({ requests: 3, ok: 1 });
  });

  it('does not retry a 404 by itself, says the schedule is not available, and offers Retry', async () => {
    const src = feedUrl({ key: 'missing', status: 404 });
    const el = await card(src);
    await waitUntil(() => $(el, '[role="alert"]'), 'no failure shown');
    expect(readText($(el, '[role="alert"]'))).to.equal('The schedule is not available right now.');
    expect((await counts(src)).requests).to.equal(1);
    await expect(el).to.be.accessible();
    $(el, '[part~="retry-button"]')!.click();
    await waitUntil(async () => (await counts(src)).requests === 2, 'Retry did not ask again');
  });

  it('says when the feed is not JSON', async () => {
    const src = feedUrl({ key: 'invalid', mode: 'invalid-json' });
    const el = await card(src);
    await waitUntil(() => $(el, '[role="alert"]'), 'no failure shown');
    expect(readText($(el, '[role="alert"]'))).to.equal('The schedule could not be read.');
    expect($(el, '[part~="retry-button"]'), 'the file may be fixed: Retry').to.not.equal(null);
  });

  it('says the connection failed at the first dropped request, retries it, and retries on request', async () => {
    const src = feedUrl({ key: 'drop', mode: 'drop' });
    const el = await card(src);
    await waitUntil(() => $(el, '[role="alert"]'), 'no failure shown', { timeout: 3000 });
    expect(readText($(el, '[role="alert"]'))).to.equal('The schedule could not be loaded. Check your connection.');
    await waitUntil(() => attemptsOf(src) === 3 && !data(el).retrying, 'the retries did not end');
    expect((await counts(src)).requests).to.be.at.least(3);
    await expect(el).to.be.accessible();
    $(el, '[part~="retry-button"]')!.click();
    await el.updateComplete;
    expect(readText($(el, '[role="status"]')), 'loading again').to.equal('Loading the schedule…');
    await waitUntil(() => $(el, '[role="alert"]'), 'no failure shown after the retry', { timeout: 3000 });
    await waitUntil(() => attemptsOf(src) === 6 && !data(el).retrying, 'the new load did not retry twice', { timeout: 3000 });
  });

  it('gives up on a server slower than the timeout, with a message of its own', async () => {
    FeedStore.timeoutMs = 100;
    const src = feedUrl({ key: 'timeout', delay: 2000 });
    const el = await card(src);
    await waitUntil(() => $(el, '[role="alert"]'), 'no failure shown', { timeout: 3000 });
    expect(readText($(el, '[role="alert"]'))).to.equal('The schedule is taking too long to load.');
    // The server's own bookkeeping, not the thing timed: the test server shares the busy cores with the browser.
    await waitUntil(async () => (await counts(src)).closed === 3, 'the server did not see three abandoned requests', { timeout: 10_000 });
    expect((await counts(src)).requests).to.equal(3);
  });

  it('shows the kept copy at once, and when the network fails says how old it is', async () => {
    const src = feedUrl({ key: 'offline', mode: 'drop' });
    const asOf = new Date(Date.now() - 3600_000);
    localStorage.setItem(keptCopyKey(new URL(src, location.href).href), JSON.stringify({ text: keptFeed('Kept talk'), fetchedAt: asOf.getTime() }));
    const el = await card(src, html`<session-card src=${src} session-id="talk" locale="en-US"></session-card>`);
    const neighbour = el.nextElementSibling as SessionCardElement;
    expect(title(el), 'shown before the server answers').to.equal('Kept talk');
    await waitUntil(() => $(el, '[part~="feed-notice"]'), 'no notice of the old copy', { timeout: 3000 });
    const notice = $(el, '[part~="feed-notice"]')!;
    expect(readText(notice)).to.match(/^The schedule could not be updated: showing it as of \w+day \d{1,2}:\d{2}\s?[AP]M\.\s?Retry$/);
    expect(notice.querySelector('time')!.getAttribute('datetime')).to.equal(asOf.toISOString());
    expect(title(el)).to.equal('Kept talk');
    expect(title(neighbour)).to.equal('Kept talk');
    expect($(neighbour, '[part~="feed-notice"]'), 'one notice per feed, on the first element').to.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => attemptsOf(src) === 3 && !data(el).retrying, 'the retries did not end');
    notice.querySelector('button')!.click();
    await waitUntil(() => attemptsOf(src) === 6, 'the retry button did not load again', { timeout: 3000 });
  });

  it('keeps the very same schedule when a refresh is answered 304, and counts the 304s', async () => {
    setVisibility('visible');
    const src = feedUrl({ key: 'etag', etag: 1 });
    const el = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="talk" refresh="0.1" locale="en-US"></session-card>`);
    await waitUntil(() => title(el) === 'A talk', 'the content never showed');
    const data = (el as unknown as { data: FeedController }).data;
    const schedule = data.schedule;
    let renders = 0;
    const instance = el as unknown as { render(): unknown };
    const render = instance.render.bind(el);
    instance.render = () => (renders++, render());
    await waitUntil(async () => (await counts(src)).notModified >= 2, 'no conditional refreshes', { timeout: 3000 });
    expect(data.schedule).to.equal(schedule);
    expect(renders).to.equal(0);
    expect((await counts(src)).ok).to.equal(1);
    restoreVisibility();
  });

  it('makes one request for five components naming one src, however they spell it (a #fragment does not name another feed)', async () => {
    const src = feedUrl({ key: 'five', delay: 100 });
    const el = await fixture<HTMLElement>(html`<div>
      ${['', '', '#day-2', '#', '#day-3'].map((hash) => html`<session-card src=${src + hash} session-id="talk" locale="en-US"></session-card>`)}
    </div>`);
    const cards = [...el.querySelectorAll('session-card')];
    await waitUntil(() => cards.every((c) => title(c) === 'A talk'), 'not every card showed the content');
    expect((await counts(src)).requests).to.equal(1);
  });

  it('aborts the old request when src changes, unless another element still wants it', async () => {
    const shared = feedUrl({ key: 'abort-shared', delay: 400 });
    const alone = feedUrl({ key: 'abort-alone', delay: 2000 });
    const other = feedUrl({ key: 'abort-other' });
    const el = await card(alone, html`<session-card src=${shared} session-id="talk" locale="en-US"></session-card>`);
    const stays = el.nextElementSibling as SessionCardElement;
    const leaves = document.createElement('session-card') as SessionCardElement;
    leaves.src = shared;
    el.after(leaves);
    await waitUntil(async () => (await counts(alone)).requests === 1 && (await counts(shared)).requests === 1, 'the requests never started');
    el.src = other;
    leaves.src = other;
    await waitUntil(async () => (await counts(alone)).closed === 1, 'the server never saw the request closed');
    await waitUntil(() => title(stays) === 'A talk' && title(el) === 'A talk', 'the remaining feeds never showed');
    expect(await counts(shared)).to.include({ requests: 1, ok: 1, closed: 0 });
    leaves.remove();
  });

  it('pauses refreshing while the page is hidden', async () => {
    setVisibility('visible');
    const src = feedUrl({ key: 'hidden', etag: 1 });
    const el = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="talk" refresh="0.1" locale="en-US"></session-card>`);
    await waitUntil(() => title(el) === 'A talk', 'the content never showed');
    await waitUntil(async () => (await counts(src)).requests >= 2, 'no refresh while visible', { timeout: 3000 });
    setVisibility('hidden');
    const hidden = (await counts(src)).requests;
    await aTimeout(500);
    expect((await counts(src)).requests, 'refreshed while hidden').to.be.at.most(hidden + 1); // one may have been under way
    const paused = (await counts(src)).requests;
    setVisibility('visible');
    await waitUntil(async () => (await counts(src)).requests > paused, 'no refresh once visible again', { timeout: 3000 });
    restoreVisibility();
  });
});

describe('the feed-error event', () => {
  quickRetries();

  /** A card of `src` and every feed-error it fires, listened to from before it connects. */
  async function failingCard(src: string) {
    const errors: FeedErrorEvent[] = [];
    const el = await fixture<SessionCardElement>(
      html`<session-card src=${src} session-id="talk" locale="en-US" @feed-error=${(event: FeedErrorEvent) => errors.push(event)}></session-card>`,
    );
    return { el, errors };
  }

  /** Waits for the first feed-error, then for the render after it, so that a second one would have come. */
  async function settled(el: SessionCardElement, errors: readonly FeedErrorEvent[]): Promise<void> {
    await waitUntil(() => errors.length > 0, 'no feed-error fired', { timeout: 3000 });
    await el.updateComplete;
  }

  const absolute = (src: string) => new URL(src, location.href).href;

  it('fires once for a 404, with the reason, the status and the console explanation', async () => {
    const src = feedUrl({ key: 'event-missing', status: 404 });
    const { el, errors } = await failingCard(src);
    await settled(el, errors);
    expect(errors).to.have.length(1);
    const [error] = errors;
    expect(error!.src).to.equal(src);
    expect(error!.reason).to.equal('not-found');
    expect(error!.status).to.equal(404);
    expect(error!.message).to.equal(`could not load the feed ${absolute(src)} (HTTP 404): the server has no file there.`);
    expect(error!.diagnostics).to.deep.equal([]);
  });

  it('fires with not-json and no status for a body that is not JSON', async () => {
    const src = feedUrl({ key: 'event-invalid', mode: 'invalid-json' });
    const { el, errors } = await failingCard(src);
    await settled(el, errors);
    expect(errors.map((e) => [e.reason, e.status])).to.deep.equal([['not-json', undefined]]);
    expect(errors[0]!.message).to.equal(`could not load the feed ${absolute(src)}: the response is not valid JSON, nor iCalendar.`);
  });

  describe('a body that is not a feed', () => {
    const printed = captureConsole();

    it('shows the failure at once, then says in the console what the file at the URL looks like: an HTML page, by its title', async () => {
      const src = '/test/fixtures/components/event-page.html';
      const { el, errors } = await failingCard(src);
      await settled(el, errors);
      expect(errors.map((e) => e.reason)).to.deep.equal(['not-json']);
      expect(readText(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal('The schedule could not be read.');
      await waitUntil(() => printed.warnings.some((w) => w.includes('HTML page')), 'the console did not say what it is', { timeout: 5000 });
      expect(printed.warnings.filter((w) => w.includes('HTML page'))).to.deep.equal([
        `schedule-elements: the feed ${absolute(src)} could not be read: ` +
          'The input is an HTML page ("Conf 2027 – Programme"), not a schedule: ' +
          'the URL may point at the event\'s web page rather than at its export; use the programme export of the event\'s tool: ' +
          'pretalx or frab <event-url>/schedule/export/schedule.json (or schedule.xml), Sessionize "All data" JSON, ' +
          'Sched\'s session export, or an iCalendar (.ics) file.',
      ]);
    });

    it('names a dump of pretalx\'s API given as src, and the export to use instead', async () => {
      const src = '/test/fixtures/adapters/pretalx-api-talks.json';
      const { el, errors } = await failingCard(src);
      await settled(el, errors);
      expect(errors.map((e) => e.reason)).to.deep.equal(['not-a-feed']);
      await waitUntil(() => printed.warnings.some((w) => w.includes("pretalx's API")), 'the console did not name the API dump', { timeout: 5000 });
      expect(printed.warnings.filter((w) => w.includes("pretalx's API"))).to.have.length(1);
      expect(printed.warnings.find((w) => w.includes("pretalx's API"))).to.match(/^schedule-elements: the feed \S+\/pretalx-api-talks\.json could not be read: .*pretalx's API list of .*\/schedule\/export\/schedule\.json/);
    });
  });

  it('fires once with network for a dropped connection, after the retries', async () => {
    const src = feedUrl({ key: 'event-drop', mode: 'drop' });
    const { el, errors } = await failingCard(src);
    await settled(el, errors);
    expect(errors.map((e) => e.reason)).to.deep.equal(['network']);
    expect(errors[0]!.message).to.match(/^could not load the feed \S+: the request failed, also when tried again/);
    expect(errors[0]!.message, 'the cause a site owner meets most, and its fixes').to.match(
      /\(CORS\) the feed is on a site that sends no Access-Control-Allow-Origin header; serve a copy from this site or preview it with npx schedule-elements serve <url>\.$/,
    );
  });

  it('fires with timeout for a server slower than the timeout', async () => {
    FeedStore.timeoutMs = 100;
    const src = feedUrl({ key: 'event-timeout', delay: 2000 });
    const { el, errors } = await failingCard(src);
    await settled(el, errors);
    expect(errors.map((e) => e.reason)).to.deep.equal(['timeout']);
  });

  it('fires when a kept copy is shown but cannot be brought up to date', async () => {
    const src = feedUrl({ key: 'event-kept', mode: 'drop' });
    localStorage.setItem(keptCopyKey(absolute(src)), JSON.stringify({ text: keptFeed('Kept talk'), fetchedAt: Date.now() - 60_000 }));
    const { el, errors } = await failingCard(src);
    await settled(el, errors);
    expect(errors.map((e) => e.reason)).to.deep.equal(['network']);
    expect(title(el), 'the kept copy is still shown').to.equal('Kept talk');
  });

  it('names a feed property that is not a feed as such, with its diagnostics', async () => {
    const errors: FeedErrorEvent[] = [];
    await fixture<SessionCardElement>(
      html`<session-card .feed=${{ version: 2 }} session-id="talk" @feed-error=${(event: FeedErrorEvent) => errors.push(event)}></session-card>`,
    );
    expect(errors.map((e) => [e.src, e.reason, e.status])).to.deep.equal([[undefined, 'not-a-feed', undefined]]);
    expect(errors[0]!.message).to.match(/^could not load the feed \(feed property\): it is not a schedule feed/);
    expect(errors[0]!.diagnostics.map((d) => d.severity)).to.include('fatal');
  });
});

describe('<agenda-timeline> across a refreshed schedule', () => {
  window.addEventListener(
    'error',
    (event) => {
      if (event.message?.includes('ResizeObserver loop')) event.stopImmediatePropagation();
    },
    { capture: true },
  );

  it('keeps its day, search, open session and scroll position when the schedule object changes', async () => {
    const harness = await timeline({ layout: 'grid', withoutUrlState: true });
    const el = harness.element;
    const [, second] = harness.dayLabels();
    await harness.openDay(second!);
    await harness.search('Internet');
    const grid = $(el, '.grid')!;
    grid.scrollTop = 120;
    const [first] = harness.visibleSessionTitles();
    await harness.openSession(first!);
    const before = { day: harness.selectedDay(), count: harness.count(), scroll: grid.scrollTop };

    el.schedule = normalizeFeed(sampleFeed).schedule; // what a refresh that found a changed feed does
    await harness.settle();
    await aTimeout(50);

    expect(harness.selectedDay()).to.equal(before.day);
    expect(harness.searchInput().value).to.equal('Internet');
    expect(harness.count()).to.equal(before.count);
    expect(harness.dialog(), 'the open session was closed').to.not.equal(null);
    expect(grid.scrollTop).to.equal(before.scroll);
  });
});

describe('an inline feed (src="#id")', () => {
  /** A `<script type="application/json">` of the Test Summit under another event name. */
  const script = (id: string, name: string): HTMLScriptElement =>
    Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: JSON.stringify(talkFeed({}, { name })) });
  const ended = (el: Element): string => readText(el.shadowRoot!.querySelector('[part~="label"]'));
  const box = document.createElement('div');
  before(() => document.body.append(box));
  afterEach(() => box.replaceChildren());
  after(() => box.remove());

  it('reads the script in the element’s own tree: two widgets with a #feed each show their own', async () => {
    const hosts = ['Alpha Con', 'Beta Con'].map((name) => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.append(script('feed', name), Object.assign(document.createElement('event-status'), { now: Date.parse('2015-01-01') }));
      root.lastElementChild!.setAttribute('src', '#feed');
      box.append(host);
      return root.lastElementChild!;
    });
    await waitUntil(() => hosts.every((el) => ended(el) !== ''), 'both widgets show their event');
    expect(hosts.map(ended)).to.deep.equal(['Alpha Con has ended', 'Beta Con has ended']);
  });

  it('follows the script on the page now: one swapped in under the same id, or its text changed', async () => {
    const status = (): Element => {
      const el = Object.assign(document.createElement('event-status'), { now: Date.parse('2015-01-01') });
      el.setAttribute('src', '#event-feed');
      return el;
    };
    const first = status();
    box.append(script('event-feed', 'Alpha Con'), first);
    await waitUntil(() => ended(first) === 'Alpha Con has ended', 'the first view');
    // An SPA's next view: the old script and element go, new ones come under the same id.
    box.replaceChildren(script('event-feed', 'Beta Con'));
    const second = status();
    box.append(second);
    await waitUntil(() => ended(second) !== '', 'the second view');
    expect(ended(second)).to.equal('Beta Con has ended');
    // A CMS editor rewrites the script: the next element reads the new text, and the one shown follows.
    box.querySelector('script')!.textContent = JSON.stringify(talkFeed({}, { name: 'Gamma Con' }));
    const third = status();
    box.append(third);
    await waitUntil(() => ended(third) !== '', 'the third element');
    expect([ended(second), ended(third)]).to.deep.equal(['Gamma Con has ended', 'Gamma Con has ended']);
  });

  it('a script missing under three elements: each says so, and a screen reader hears it once, from the first', async () => {
    const elements = ['event-status', 'session-card', 'attendee-count'].map((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('src', '#no-such-feed');
      el.setAttribute('session-id', 'talk');
      return el;
    });
    box.append(...elements);
    const said = (el: Element): string => readText(el.shadowRoot!.querySelector('[part~="state"]'));
    await waitUntil(() => elements.every((el) => said(el) === 'No schedule to show on this page.'), 'every element says there is no schedule');
    expect(elements.map((el) => el.shadowRoot!.querySelectorAll('[role="alert"]').length)).to.deep.equal([1, 0, 0]);
  });
});
