/**
 * Issue 16, "Saved sessions": nothing saved is ever lost, across reloads, feed changes, two tabs
 * saving at once, storage that throws, and two copies of the library on one page. Each `describe`
 * measures one guarantee against what a person sees in `<my-schedule>` and `<session-card>`, or
 * against the stored list. The counters at the bottom add up what the file exercised.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import { keptCopyKey } from '../../src/controllers/feed-cache.js';
import { SavedStore, savedStorageKey } from '../../src/controllers/saved-store.js';
import type { FeedV1, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { toSavedEntry } from '../../src/data/saved.js';
import { fillStorage, inlineFeeds, mount } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** What the file exercised, printed after it (for the closing note of issue 16). */
const count = { saves: 0, reloads: 0, raceRounds: 0, storageEvents: 0, storageFaults: 0, copies: 0 };
after(() => console.log(`saved-guarantees: ${JSON.stringify(count)}`));

let eventCount = 0;
/** An event id of its own per test: stores live as long as the page, and other files share localStorage. */
function nextEventId(): string {
  return `saved-guarantees-${++eventCount}-${Date.now()}`;
}

/** `n` one-hour sessions a day apart from 1 March 2030, in two rooms. */
function feedOf(eventId: string, n = 4): FeedV1 {
  return {
    version: 1,
    event: { id: eventId, name: 'Guarantee Conf', timeZone: 'Europe/Istanbul' },
    rooms: [
      { id: 'a', name: 'Room A' },
      { id: 'b', name: 'Room B' },
    ],
    sessions: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      start: `2030-03-01T${String(8 + (i % 12)).padStart(2, '0')}:00`,
      duration: 'PT1H',
      roomId: i % 2 === 0 ? 'a' : 'b',
    })),
  };
}

function scheduleOf(feed: FeedV1): Schedule {
  return normalizeFeed(feed).schedule;
}

const STORE_MODULE = new URL('../../src/controllers/saved-store.ts', import.meta.url).href;
let moduleCount = 0;

/**
 * The `SavedStore` class of a fresh copy of the store module: a store with nothing in memory, as
 * after a reload, or the store of a second copy of the library on the page.
 */
async function freshStoreClass(): Promise<typeof SavedStore> {
  const module = (await import(/* @vite-ignore */ `${STORE_MODULE}?copy=${++moduleCount}-${Date.now()}`)) as { SavedStore: typeof SavedStore };
  expect(module.SavedStore).not.to.equal(SavedStore);
  return module.SavedStore;
}

const inline = inlineFeeds();

async function mySchedule(src: string): Promise<MyScheduleHarness> {
  const page = new MyScheduleHarness(await mount('my-schedule', { src, locale: 'en-US' }));
  await page.loaded();
  return page;
}

async function fullCard(src: string, sessionId: string): Promise<SessionCardHarness> {
  const card = new SessionCardHarness(await mount('session-card', { src, 'session-id': sessionId, variant: 'full', locale: 'en-US' }));
  await waitUntil(() => card.saveButton(), 'the card renders its Save button');
  return card;
}

/** Errors and rejections nobody caught, during each test of the enclosing `describe`. */
function captureUncaught(): string[] {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent): void => void uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(`rejection: ${String(event.reason)}`);
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return uncaught;
}

/** Replaces Storage.prototype methods, or the `localStorage` getter, for the length of `run`. */
async function withFault(fault: { methods?: readonly ('getItem' | 'setItem' | 'removeItem')[]; getter?: boolean; name: string }, run: () => Promise<void>): Promise<void> {
  const error = (): never => {
    throw new DOMException(`stubbed ${fault.name}`, fault.name);
  };
  const restore: (() => void)[] = [];
  for (const name of fault.methods ?? []) {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, name)!;
    Object.defineProperty(Storage.prototype, name, { configurable: true, value: error });
    restore.push(() => Object.defineProperty(Storage.prototype, name, original));
  }
  if (fault.getter) {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: error });
    restore.push(() => Object.defineProperty(window, 'localStorage', original));
  }
  count.storageFaults++;
  try {
    await run();
  } finally {
    for (const undo of restore) undo();
  }
}

describe('saved sessions survive a reload', () => {
  it('a new store on the same storage reads back every saved session, with its snapshot, in saving order', async () => {
    const eventId = nextEventId();
    const schedule = scheduleOf(feedOf(eventId, 12));
    const store = SavedStore.for(eventId);
    const order = [7, 2, 11, 0, 5];
    for (const i of order) {
      store.save([schedule.sessionsById.get(`s${i}`)!], 1000 + i);
      count.saves++;
    }
    for (let reload = 0; reload < 3; reload++) {
      const reloaded = (await freshStoreClass()).for(eventId);
      count.reloads++;
      expect(reloaded.persistent).to.equal(true);
      expect(reloaded.entries).to.deep.equal(store.entries);
      expect(reloaded.entries.map((entry) => entry.id)).to.deep.equal(order.map((i) => `s${i}`));
    }
  });

  it('what a card saved is listed by a <my-schedule> that starts from storage alone', async () => {
    const eventId = nextEventId();
    const feed = feedOf(eventId);
    const src = inline(feed);
    const card = await fullCard(src, 's1');
    await card.toggleSave();
    count.saves++;
    expect(card.saveButton()!.getAttribute('aria-pressed')).to.equal('true');
    const reloaded = (await freshStoreClass()).for(eventId);
    count.reloads++;
    expect([...reloaded.ids]).to.deep.equal(['s1']);
    const page = await mySchedule(src);
    expect(page.rows()).to.deep.equal(['9:00 – 10:00 AM GMT+3 | Session 1 | Room B']);
  });
});

describe('saved sessions survive a feed change', () => {
  it('marks moved, re-roomed and removed sessions in <my-schedule>, and keeps every entry in storage', async () => {
    const eventId = nextEventId();
    const first = feedOf(eventId);
    const schedule = scheduleOf(first);
    SavedStore.for(eventId).save(schedule.sessions);
    count.saves += schedule.sessions.length;
    const [s0, s1, , s3] = first.sessions;
    const changed: FeedV1 = {
      ...first,
      sessions: [{ ...s0!, start: '2030-03-01T15:00' }, { ...s1!, roomId: 'a' }, s3!],
    };
    const page = await mySchedule(inline(changed));
    expect(page.rows()).to.deep.equal([
      '9:00 – 10:00 AM GMT+3 | Session 1 | Room A | Room changed: was Room B, now Room A',
      '10:00 – 11:00 AM GMT+3 | Session 2 | Room A | Cancelled: no longer in the programme',
      '11:00 AM – 12:00 PM GMT+3 | Session 3 | Room B',
      '3:00 – 4:00 PM GMT+3 | Session 0 | Room A | Moved: was Friday 8:00 – 9:00 AM, now Friday 3:00 – 4:00 PM',
    ]);
    expect(readText(page.summary())).to.equal('4 saved sessions');
    const stored = JSON.parse(localStorage.getItem(savedStorageKey(eventId))!) as { entries: { id: string }[] };
    expect(stored.entries.map((entry) => entry.id)).to.deep.equal(['s0', 's1', 's2', 's3']);
    count.reloads++;
    expect([...(await freshStoreClass()).for(eventId).ids]).to.deep.equal(['s0', 's1', 's2', 's3']);
    await expect(page.element).to.be.accessible();
  });
});

describe('a list written by another version of the library', () => {
  it('is never written over: a save is kept in the tab, and the list says so', async () => {
    const eventId = nextEventId();
    const key = savedStorageKey(eventId);
    const theirs = JSON.stringify({ version: 2, sessions: { s0: { at: 1 } } });
    localStorage.setItem(key, theirs);
    try {
      const src = inline(feedOf(eventId));
      const page = await mySchedule(src);
      const card = await fullCard(src, 's1');
      await card.toggleSave();
      count.saves++;
      await page.element.updateComplete;
      expect(page.rows()).to.deep.equal(['9:00 – 10:00 AM GMT+3 | Session 1 | Room B']);
      expect(localStorage.getItem(key), 'the other version’s list is untouched').to.equal(theirs);
      expect(page.storageNote()).to.equal('Saved in this tab only: your browser’s storage is unavailable.');
    } finally {
      localStorage.removeItem(key);
    }
  });
});

describe('a stored entry whose times no Date can hold (edited by hand, or written by a broken copy)', () => {
  const uncaught = captureUncaught();

  it('is skipped: <my-schedule> lists the rest, saves more, and throws nothing', async () => {
    const eventId = nextEventId();
    const feed = feedOf(eventId);
    const schedule = scheduleOf(feed);
    const key = savedStorageKey(eventId);
    const far = { id: 'x1', title: 'Far', startMs: 1e300, endMs: 1e300, savedAt: 1 };
    localStorage.setItem(key, JSON.stringify({ version: 1, entries: [far, toSavedEntry(schedule.sessionsById.get('s0')!, 1)] }));
    try {
      const page = await mySchedule(inline(feed));
      expect(page.rows()).to.deep.equal(['8:00 – 9:00 AM GMT+3 | Session 0 | Room A']);
      SavedStore.for(eventId).save([schedule.sessionsById.get('s1')!]);
      count.saves++;
      await page.element.updateComplete;
      expect(page.rows()).to.deep.equal(['8:00 – 9:00 AM GMT+3 | Session 0 | Room A', '9:00 – 10:00 AM GMT+3 | Session 1 | Room B']);
      await new Promise((resolve) => setTimeout(resolve));
      expect(uncaught).to.deep.equal([]);
    } finally {
      localStorage.removeItem(key);
    }
  });
});

describe('a view taken out of the page and put back', () => {
  it('shows what was saved while it was out (a tab panel of a single-page app)', async () => {
    const eventId = nextEventId();
    const feed = feedOf(eventId);
    const page = await mySchedule(inline(feed));
    const parent = page.element.parentElement!;
    page.element.remove();
    SavedStore.for(eventId).save([scheduleOf(feed).sessionsById.get('s2')!]);
    count.saves++;
    parent.append(page.element);
    await page.element.updateComplete;
    expect(page.rows()).to.deep.equal(['10:00 – 11:00 AM GMT+3 | Session 2 | Room A']);
  });
});

describe('two tabs saving at once', () => {
  it('keeps a write another tab made before its storage event arrived', async () => {
    const eventId = nextEventId();
    const schedule = scheduleOf(feedOf(eventId));
    const key = savedStorageKey(eventId);
    const page = await mySchedule(inline(feedOf(eventId)));
    const store = SavedStore.for(eventId);
    store.save([schedule.sessionsById.get('s0')!]);
    count.saves++;
    // The other tab reads the list, adds s1 and writes it back; its storage event is still on its way.
    const before = localStorage.getItem(key);
    const theirs = JSON.parse(before!) as { version: number; entries: object[] };
    theirs.entries.push({ id: 's1', title: 'Session 1', startMs: schedule.sessionsById.get('s1')!.startMs, endMs: schedule.sessionsById.get('s1')!.endMs, savedAt: 5 });
    const after = JSON.stringify(theirs);
    localStorage.setItem(key, after);
    count.saves++;
    // This tab saves s2 in the meantime.
    store.save([schedule.sessionsById.get('s2')!]);
    count.saves++;
    count.raceRounds++;
    expect([...store.ids]).to.deep.equal(['s0', 's1', 's2'], 'no write lost');
    // The late storage event (its newValue is already stale) must not take s2 away.
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: before, newValue: after, storageArea: localStorage, url: location.href }));
    count.storageEvents++;
    await page.element.updateComplete;
    expect(page.rows().map((row) => row.split(' | ')[1])).to.deep.equal(['Session 0', 'Session 1', 'Session 2']);
  });

  it('keeps this tab’s save when another tab, reading a list older than it, writes over it', async () => {
    const eventId = nextEventId();
    const schedule = scheduleOf(feedOf(eventId));
    const key = savedStorageKey(eventId);
    const entry = (id: string): object => ({ id, title: schedule.sessionsById.get(id)!.title, startMs: schedule.sessionsById.get(id)!.startMs, endMs: schedule.sessionsById.get(id)!.endMs, savedAt: 1 });
    const list = (...ids: string[]): string => JSON.stringify({ version: 1, entries: ids.map(entry) });
    const page = await mySchedule(inline(feedOf(eventId)));
    const store = SavedStore.for(eventId);
    store.save([schedule.sessionsById.get('s0')!]);
    store.save([schedule.sessionsById.get('s1')!]);
    count.saves += 2;
    // The other tab's copy of storage still held [s0] (tabs see each other's writes late): it adds s2
    // to that and writes [s0, s2]; this tab gets its storage event.
    localStorage.setItem(key, list('s0', 's2'));
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: list('s0'), newValue: list('s0', 's2'), storageArea: localStorage }));
    count.saves++;
    count.storageEvents++;
    count.raceRounds++;
    expect([...store.ids].sort(), 'this tab’s s1 is kept').to.deep.equal(['s0', 's1', 's2']);
    const stored = JSON.parse(localStorage.getItem(key)!) as { entries: { id: string }[] };
    expect(stored.entries.map((e) => e.id).sort(), 'and written back for the other tab').to.deep.equal(['s0', 's1', 's2']);
    await page.element.updateComplete;
    expect(readText(page.summary())).to.equal('3 saved sessions');
    // A removal the other tab made knowing of the session is a removal.
    localStorage.setItem(key, list('s0', 's2'));
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: list('s0', 's1', 's2'), newValue: list('s0', 's2'), storageArea: localStorage }));
    count.storageEvents++;
    expect([...store.ids].sort()).to.deep.equal(['s0', 's2']);
  });

  it('updates this tab’s list when a storage event says another tab saved or removed, and when it cleared storage', async () => {
    const eventId = nextEventId();
    const schedule = scheduleOf(feedOf(eventId));
    const key = savedStorageKey(eventId);
    const page = await mySchedule(inline(feedOf(eventId)));
    const card = await fullCard(inline(feedOf(eventId)), 's3');
    const other = (await freshStoreClass()).for(eventId);
    other.save([schedule.sessionsById.get('s3')!]);
    count.saves++;
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }));
    count.storageEvents++;
    await waitUntil(() => page.rows().length === 1, 'the list shows the other tab’s save');
    await waitUntil(() => card.saveButton()!.getAttribute('aria-pressed') === 'true', 'the card shows it saved');
    other.remove('s3');
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: 'x', newValue: null, storageArea: localStorage }));
    count.storageEvents++;
    await waitUntil(() => page.emptyMessage() !== '', 'the list shows the removal');
    await waitUntil(() => card.saveButton()!.getAttribute('aria-pressed') === 'false', 'the card shows it unsaved');
  });

  it('loses no write when a same-origin page and this one save in turn, fast, and both views follow', async () => {
    const eventId = nextEventId();
    const n = 24;
    const feed = feedOf(eventId, n);
    const schedule = scheduleOf(feed);
    const page = await mySchedule(inline(feed));
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module">import { SavedStore } from '${STORE_MODULE}'; window.SavedStore = SavedStore;</script>`;
    document.body.append(frame);
    try {
      const otherWindow = frame.contentWindow as Window & { SavedStore?: typeof SavedStore };
      await waitUntil(() => otherWindow.SavedStore, 'the other page loads the store');
      const theirs = otherWindow.SavedStore!.for(eventId);
      let theirUpdates = 0;
      theirs.subscribe(() => theirUpdates++);
      const mine = SavedStore.for(eventId);
      for (let i = 0; i < n; i++) {
        (i % 2 === 0 ? mine : theirs).save([schedule.sessionsById.get(`s${i}`)!]);
        count.saves++;
        count.raceRounds++;
      }
      // Each removes one the other saved.
      mine.remove('s1');
      theirs.remove('s0');
      count.raceRounds += 2;
      const expected = Array.from({ length: n }, (_, i) => `s${i}`).filter((id) => id !== 's0' && id !== 's1');
      expect([...mine.ids].sort()).to.deep.equal([...expected].sort());
      expect([...theirs.ids].sort()).to.deep.equal([...expected].sort());
      await waitUntil(() => readText(page.summary()) === `${n - 2} saved sessions`, 'this page’s list follows');
      await waitUntil(() => theirUpdates > 0, 'the other page hears this one’s saves');
      count.storageEvents += theirUpdates;
    } finally {
      frame.remove();
    }
  });
});

describe('storage that throws', () => {
  const uncaught = captureUncaught();
  const NOTE = 'Saved in this tab only: your browser’s storage is unavailable.';

  const faults = [
    { label: 'setItem throws QuotaExceededError (a full quota)', methods: ['setItem'], name: 'QuotaExceededError' },
    { label: 'every method throws SecurityError (storage disabled)', methods: ['getItem', 'setItem', 'removeItem'], name: 'SecurityError' },
    { label: 'reading localStorage itself throws SecurityError (a sandboxed iframe)', getter: true, name: 'SecurityError' },
  ] as const;

  for (const fault of faults) {
    it(`when ${fault.label}: both components render, save in the tab, say so in words, and throw nothing`, async () => {
      const eventId = nextEventId();
      const feed = feedOf(eventId);
      await withFault(fault, async () => {
        const page = await mySchedule(inline(feed));
        const card = await fullCard(inline(feed), 's2');
        await card.toggleSave();
        count.saves++;
        await page.element.updateComplete;
        await card.element.updateComplete;
        expect(card.saveButton()!.getAttribute('aria-pressed')).to.equal('true');
        expect(page.rows()).to.deep.equal(['10:00 – 11:00 AM GMT+3 | Session 2 | Room A']);
        expect(page.storageNote()).to.equal(NOTE);
        expect(card.storageNote()).to.equal(NOTE);
        // Removing in memory works too, and the note stays.
        await page.remove('Session 2');
        expect(page.emptyMessage()).not.to.equal('');
        expect(page.storageNote()).to.equal(NOTE);
        await expect(page.element).to.be.accessible();
      });
      await new Promise((resolve) => setTimeout(resolve));
      expect(uncaught).to.deep.equal([]);
      expect(localStorage.getItem(savedStorageKey(eventId))).to.equal(null);
    });

    it(`when ${fault.label}: pressing Save on a card tells a screen reader, in a live region, that it is kept in this tab only`, async () => {
      const eventId = nextEventId();
      await withFault(fault, async () => {
        const card = await fullCard(inline(feedOf(eventId)), 's0');
        const live = [...card.element.shadowRoot!.querySelectorAll('[aria-live="polite"], [role="status"], [role="alert"]')];
        expect(live.map(readText).join(''), 'nothing announced yet').to.equal('');
        await card.toggleSave();
        count.saves++;
        await card.element.updateComplete;
        expect(card.storageNote()).to.equal(NOTE);
        expect(live.some((region) => region.isConnected && readText(region).includes(NOTE)), 'the note is in a live region that was there before').to.equal(true);
        await expect(card.element).to.be.accessible();
      });
      expect(uncaught).to.deep.equal([]);
    });

    it(`when ${fault.label}: <agenda-timeline> renders, filters to the sessions saved in the tab, and throws nothing`, async () => {
      const eventId = nextEventId();
      const feed = feedOf(eventId);
      await withFault(fault, async () => {
        const src = inline(feed);
        const card = await fullCard(src, 's3');
        await card.toggleSave();
        count.saves++;
        const timeline = new AgendaTimelineHarness(await mount('agenda-timeline', { src, locale: 'en-US' }));
        await waitUntil(() => timeline.sessionButtons().length > 0, 'the timeline renders its sessions');
        await timeline.idle();
        expect(timeline.visibleSessionTitles()).to.have.length(4);
        await timeline.toggleSavedOnly();
        await waitUntil(() => timeline.visibleSessionTitles().length === 1, 'only the saved session is shown');
        expect(timeline.visibleSessionTitles()[0]).to.contain('Session 3');
      });
      await new Promise((resolve) => setTimeout(resolve));
      expect(uncaught).to.deep.equal([]);
      expect(localStorage.getItem(savedStorageKey(eventId))).to.equal(null);
    });
  }
});

describe('storage filled by the copies of feeds kept for offline use (other programmes of the site)', () => {
  it('lets the oldest copy go to keep what the person saved, across a reload, and says nothing of this tab only', async () => {
    const eventId = nextEventId();
    const feed = feedOf(eventId);
    const older = keptCopyKey(new URL(`/${eventId}-last-year.json`, location.href).href);
    localStorage.setItem(older, JSON.stringify({ text: 'x'.repeat(4000), fetchedAt: Date.now() - 365 * 86_400_000 }));
    // Full now, as the library leaves storage once its copies fill it: nothing may grow it (QuotaExceededError, as the browser throws).
    const unfill = fillStorage();
    try {
      const page = await mySchedule(inline(feed));
      const card = await fullCard(inline(feed), 's1');
      await card.toggleSave();
      count.saves++;
      await page.element.updateComplete;
      expect(page.rows()).to.deep.equal(['9:00 – 10:00 AM GMT+3 | Session 1 | Room B']);
      expect(page.storageNote(), 'no "Saved in this tab only"').to.equal('');
      expect(card.storageNote()).to.equal('');
      expect(localStorage.getItem(older), 'the old copy went').to.equal(null);
    } finally {
      unfill();
      localStorage.removeItem(older);
    }
    const reloaded = (await freshStoreClass()).for(eventId);
    count.reloads++;
    expect(reloaded.entries.map((entry) => entry.title), 'kept in storage: a reload lists it').to.deep.equal(['Session 1']);
  });
});

describe('in a sandboxed iframe without allow-same-origin (the real SecurityError; needs the built bundle, as npm test makes)', () => {
  it('the bundle renders <my-schedule> and a card, saves in the tab, says so, and reports no error', async () => {
    const code = (await (await fetch('/dist/schedule-elements.min.js')).text()).replaceAll('</script', '<\\/script');
    const feed = JSON.stringify(feedOf('sandboxed', 2));
    const messages: { kind: string; text: string }[] = [];
    const listen = (event: MessageEvent): void => void messages.push(event.data as { kind: string; text: string });
    window.addEventListener('message', listen);
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = `<script>
      const tell = (kind, text) => parent.postMessage({ kind, text: String(text) }, '*');
      try { localStorage; } catch (error) { tell('storage', error.name); }
      addEventListener('error', (event) => tell('error', event.message));
      addEventListener('unhandledrejection', (event) => tell('error', event.reason));
    </script>
    <script type="application/json" id="feed">${feed}</script>
    <my-schedule src="#feed" locale="en-US"></my-schedule>
    <session-card src="#feed" session-id="s1" variant="full" locale="en-US"></session-card>
    <script type="module">${code}
      const card = document.querySelector('session-card');
      const list = document.querySelector('my-schedule');
      const text = (el) => el.shadowRoot.textContent.replace(/\\s+/g, ' ').trim();
      const poll = setInterval(async () => {
        const save = card.shadowRoot?.querySelector('.save');
        if (!save || !list.shadowRoot?.querySelector('.summary')) return;
        clearInterval(poll);
        save.click();
        await card.updateComplete;
        await list.updateComplete;
        tell('done', JSON.stringify({ list: text(list), card: text(card), pressed: save.getAttribute('aria-pressed') }));
      }, 50);
    </script>`;
    document.body.append(frame);
    try {
      await waitUntil(() => messages.some((m) => m.kind === 'done'), 'the sandboxed page reports', { timeout: 4000 });
      count.storageFaults++;
      count.saves++;
      expect(messages.filter((m) => m.kind === 'storage').map((m) => m.text)).to.deep.equal(['SecurityError']);
      expect(messages.filter((m) => m.kind === 'error')).to.deep.equal([]);
      const seen = JSON.parse(messages.find((m) => m.kind === 'done')!.text) as { list: string; card: string; pressed: string };
      expect(seen.pressed).to.equal('true');
      expect(seen.list).to.contain('Saved in this tab only: your browser’s storage is unavailable.').and.to.contain('1 saved session').and.to.contain('Session 1');
      expect(seen.card).to.contain('Saved in this tab only: your browser’s storage is unavailable.');
    } finally {
      window.removeEventListener('message', listen);
      frame.remove();
    }
  });
});

describe('two copies of the library on one page', () => {
  it('share one saved list: each hears the other’s saves and removals at once, and none is lost', async () => {
    const eventId = nextEventId();
    const schedule = scheduleOf(feedOf(eventId, 10));
    const first = SavedStore.for(eventId);
    const second = (await freshStoreClass()).for(eventId);
    count.copies += 2;
    const heard = { first: 0, second: 0 };
    first.subscribe(() => heard.first++);
    second.subscribe(() => heard.second++);
    for (let i = 0; i < 10; i++) {
      const [writer, other] = i % 2 === 0 ? [first, 'second'] as const : [second, 'first'] as const;
      const before = heard[other];
      writer.save([schedule.sessionsById.get(`s${i}`)!]);
      count.saves++;
      expect(heard[other], `copy ${other} hears save ${i}`).to.be.above(before);
    }
    expect([...first.ids]).to.deep.equal([...second.ids]);
    expect(first.ids.size).to.equal(10);
    const before = heard.first;
    second.remove('s4');
    expect(heard.first, 'the first copy hears the removal').to.be.above(before);
    expect(first.has('s4')).to.equal(false);
  });

  it('a <my-schedule> of one copy follows Save pressed in the other copy', async () => {
    const eventId = nextEventId();
    const feed = feedOf(eventId);
    const page = await mySchedule(inline(feed));
    const second = (await freshStoreClass()).for(eventId);
    count.copies++;
    second.save([scheduleOf(feed).sessionsById.get('s3')!]);
    count.saves++;
    await waitUntil(() => page.rows().length === 1, 'the list shows what the other copy saved');
    expect(page.rows()).to.deep.equal(['11:00 AM – 12:00 PM GMT+3 | Session 3 | Room B']);
  });

  it('share one list in memory too, where storage throws (a sandboxed iframe)', async () => {
    const eventId = nextEventId();
    const feed = feedOf(eventId);
    const schedule = scheduleOf(feed);
    await withFault({ getter: true, name: 'SecurityError' }, async () => {
      const page = await mySchedule(inline(feed));
      const first = SavedStore.for(eventId);
      const second = (await freshStoreClass()).for(eventId);
      count.copies += 2;
      first.save([schedule.sessionsById.get('s0')!]);
      second.save([schedule.sessionsById.get('s1')!]);
      count.saves += 2;
      expect(first.persistent).to.equal(false);
      expect(second.persistent).to.equal(false);
      expect([...second.ids], 'the second copy sees the first one’s save').to.deep.equal(['s0', 's1']);
      expect([...first.ids], 'no save lost').to.deep.equal(['s0', 's1']);
      await waitUntil(() => page.rows().length === 2, 'the list shows both copies’ saves');
      second.remove('s0');
      expect([...first.ids]).to.deep.equal(['s1']);
    });
  });
});
