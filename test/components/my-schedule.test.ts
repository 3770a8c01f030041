import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/session-card/session-card.define.js';
import type { MyScheduleElement } from '../../src/components/my-schedule/my-schedule.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { SavedStore, savedStorageKey } from '../../src/controllers/saved-store.js';
import type { FeedV1, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SHARE_PARAM } from '../../src/data/saved.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';

/** Every test saves under its own event id: stores live as long as the page, and other test files share localStorage. */
let eventCount = 0;
function nextEventId(): string {
  return `my-schedule-test-${++eventCount}-${Date.now()}`;
}

/** The programme as first published: two overlapping workshops on Sunday, two talks on Monday. */
function firstFeed(eventId: string): FeedV1 {
  return {
    version: 1,
    event: { id: eventId, name: 'Test Conf', timeZone: 'Europe/Istanbul' },
    rooms: [
      { id: 'a', name: 'Room A' },
      { id: 'b', name: 'Room B' },
    ],
    sessions: [
      { id: 's1', code: 'WS204', title: 'Open standards', start: '2030-03-10T10:00', end: '2030-03-10T11:30', roomId: 'a' },
      { id: 's2', code: 'WS196', title: 'Enhanced cooperation', start: '2030-03-10T11:00', end: '2030-03-10T12:30', roomId: 'b' },
      { id: 's3', title: 'Privacy by design', start: '2030-03-11T14:00', end: '2030-03-11T15:00', roomId: 'a' },
      { id: 's4', title: 'Closing', start: '2030-03-11T16:00', end: '2030-03-11T17:00' },
    ],
  };
}

/** The same event after an update: s1 moved to Monday, s2 changed room, s3 is gone, s5 is new. */
function updatedFeed(eventId: string): FeedV1 {
  const [s1, s2, , s4] = firstFeed(eventId).sessions;
  return {
    ...firstFeed(eventId),
    sessions: [
      { ...s1!, start: '2030-03-11T09:00', end: '2030-03-11T10:30' },
      { ...s2!, roomId: 'a' },
      s4!,
      { id: 's5', title: 'Lightning talks', start: '2030-03-11T11:00', end: '2030-03-11T12:00' },
    ],
  };
}

const inlineScripts: HTMLScriptElement[] = [];

/** Puts a feed on the page as an inline `<script type="application/json">` and returns its `src` (`#id`). */
function inline(feed: FeedV1): string {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = `feed-${inlineScripts.length}-${Date.now()}`;
  script.textContent = JSON.stringify(feed);
  document.body.append(script);
  inlineScripts.push(script);
  return `#${script.id}`;
}

afterEach(() => {
  for (const script of inlineScripts.splice(0)) script.remove();
  history.replaceState(null, '', location.pathname);
});

/** Text as a person reads it: Intl's narrow and thin spaces as plain ones, runs of white space as one. */
function read(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The rows as "time | title | room | flags…". */
function rows(el: MyScheduleElement): string[] {
  return $$(el, '[part~="session"]').map((row) =>
    [...row.querySelectorAll('[part~="time"], [part~="title"], [part~="room"], [part~="flag"]')].map(read).join(' | '),
  );
}

async function mySchedule(src: string, locale = 'en-US'): Promise<MyScheduleElement> {
  const el = await fixture<MyScheduleElement>(html`<my-schedule src=${src} locale=${locale}></my-schedule>`);
  await waitUntil(() => $(el, '[part~="base"]'), 'the feed loads');
  return el;
}

function scheduleOf(feed: FeedV1): Schedule {
  return normalizeFeed(feed).schedule;
}

describe('<my-schedule>', () => {
  it('says nothing is saved yet, offers no download, and passes axe', async () => {
    const el = await mySchedule(inline(firstFeed(nextEventId())));
    expect(read($(el, '[part~="empty"]'))).to.equal('Nothing saved yet. Use ☆ Save on a session to add it here.');
    expect(read($(el, '.summary'))).to.equal('0 saved sessions');
    expect($(el, '[part~="download"]')).to.equal(null);
    expect($(el, '[part~="note"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows what a card saves, by day, with overlaps in words, and passes axe', async () => {
    const src = inline(firstFeed(nextEventId()));
    const card = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="s2" variant="full" locale="en-US"></session-card>`);
    const el = await mySchedule(src);
    await waitUntil(() => $(card, '.save'));
    $(card, '.save')!.click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['11:00 AM – 12:30 PM | WS196: Enhanced cooperation | Room B']);
    expect(read($(el, '[part~="day-heading"]'))).to.equal('Sunday, March 10');
    expect($(el, '[part~="day-heading"]')!.localName).to.equal('h2');

    card.sessionId = 's1';
    await card.updateComplete;
    $(card, '.save')!.click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([
      '10:00 – 11:30 AM | WS204: Open standards | Room A | Overlaps with WS196',
      '11:00 AM – 12:30 PM | WS196: Enhanced cooperation | Room B | Overlaps with WS204',
    ]);
    expect(read($(el, '.summary'))).to.equal('2 saved sessions');
    await expect(el).to.be.accessible();

    setTimeout(() => $(el, 'button[part~="title"]')!.click());
    const selected = await new Promise<SessionSelectEvent>((resolve) => el.addEventListener(SessionSelectEvent.eventName, resolve, { once: true }));
    expect(selected.session.id).to.equal('s1');
  });

  it('keeps saved sessions across a feed change: moved, room changed, cancelled (until removed), and passes axe', async () => {
    const eventId = nextEventId();
    const before = scheduleOf(firstFeed(eventId));
    SavedStore.for(eventId).save(['s1', 's2', 's3'].map((id) => before.sessionsById.get(id)!));
    const el = await mySchedule(inline(updatedFeed(eventId)));
    expect($$(el, '[part~="day-heading"]').map(read)).to.deep.equal(['Sunday, March 10', 'Monday, March 11']);
    expect(rows(el)).to.deep.equal([
      '11:00 AM – 12:30 PM | WS196: Enhanced cooperation | Room A | Room changed: was Room B, now Room A',
      '9:00 – 10:30 AM | WS204: Open standards | Room A | Moved: was Sunday 10:00 – 11:30 AM, now Monday 9:00 – 10:30 AM',
      '2:00 – 3:00 PM | Privacy by design | Room A | Cancelled: no longer in the programme',
    ]);
    // Sunday's two sessions no longer overlap, and the new session is not saved for the person.
    expect(rows(el).join()).not.to.contain('Overlaps').and.not.to.contain('Lightning');
    await expect(el).to.be.accessible();

    const remove = $$(el, '[part~="remove"]')[2]!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Privacy by design from my schedule');
    remove.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(2);
    expect([...SavedStore.for(eventId).ids].sort()).to.deep.equal(['s1', 's2']);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.summary'), 'focus stays in the list');
  });

  it('follows a session saved in another page of the site', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    const el = await mySchedule(inline(feed));
    const frame = document.createElement('iframe');
    const storeModule = new URL('../../src/controllers/saved-store.ts', import.meta.url).href;
    frame.srcdoc = `<script type="module">import { SavedStore } from '${storeModule}'; window.SavedStore = SavedStore;</script>`;
    document.body.append(frame);
    try {
      const other = frame.contentWindow as Window & { SavedStore?: typeof SavedStore };
      await waitUntil(() => other.SavedStore, 'the other page loads the store');
      expect(other.SavedStore).not.to.equal(SavedStore, 'a store of its own, as in another tab');
      other.SavedStore!.for(eventId).save([scheduleOf(feed).sessionsById.get('s3')!]);
      await waitUntil(() => rows(el).length === 1, 'the storage event arrives');
      expect(rows(el)[0]).to.equal('2:00 – 3:00 PM | Privacy by design | Room A');
      other.SavedStore!.for(eventId).remove('s3');
      await waitUntil(() => $(el, '[part~="empty"]'), 'the removal arrives too');
    } finally {
      frame.remove();
    }
  });

  it('keeps working in memory when storage throws, and says so on the list and the card', async () => {
    const eventId = nextEventId();
    const src = inline(firstFeed(eventId));
    const methods = ['getItem', 'setItem', 'removeItem'] as const;
    const originals = methods.map((name) => Object.getOwnPropertyDescriptor(Storage.prototype, name)!);
    for (const name of methods) {
      Object.defineProperty(Storage.prototype, name, {
        configurable: true,
        value: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    }
    try {
      const el = await mySchedule(src);
      const card = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="s3" variant="full" locale="en-US"></session-card>`);
      await waitUntil(() => $(card, '.save'));
      const note = 'Saved in this tab only: your browser’s storage is unavailable.';
      expect(read($(el, '[part~="note"]'))).to.equal(note);
      $(card, '.save')!.click();
      await el.updateComplete;
      await card.updateComplete;
      expect(rows(el)).to.deep.equal(['2:00 – 3:00 PM | Privacy by design | Room A']);
      expect(read($(card, '[role="note"]'))).to.equal(note);
      await expect(el).to.be.accessible();
    } finally {
      methods.forEach((name, i) => Object.defineProperty(Storage.prototype, name, originals[i]!));
    }
    expect(localStorage.getItem(savedStorageKey(eventId))).to.equal(null);
  });

  it('shares a link, and on load offers its sessions without overwriting the person’s own', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    const schedule = scheduleOf(feed);
    const store = SavedStore.for(eventId);
    const src = inline(feed);
    store.save(['s2', 's1'].map((id) => schedule.sessionsById.get(id)!));
    const el = await mySchedule(src);

    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    let refuse = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => (refuse ? Promise.reject(new Error('denied')) : void (copied = text)) },
    });
    try {
      $(el, '[part~="share"]')!.click();
      await waitUntil(() => read($(el, '[role="status"]')).startsWith('Link copied.'));
      const link = new URL(copied);
      expect(link.searchParams.get(SHARE_PARAM)).to.equal('v1.s1.s2');
      refuse = true;
      $(el, '[part~="share"]')!.click();
      await waitUntil(() => $(el, '.share-field input'), 'the link to copy by hand');
      expect(($(el, '.share-field input') as HTMLInputElement).value).to.equal(copied);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.share-field input'));

      // The person who opens the link has saved s3 already, and s2.
      store.remove('s1');
      store.save([schedule.sessionsById.get('s3')!]);
      history.replaceState(null, '', link.pathname + link.search);
      const opened = await mySchedule(src);
      const offer = $(opened, '[part~="offer"]')!;
      expect(read(offer.querySelector('p'))).to.equal('A link shared 1 session with you:');
      expect(read(offer.querySelector('li'))).to.equal('Sunday 10:00 – 11:30 AM WS204: Open standards');
      expect([...store.ids].sort()).to.deep.equal(['s2', 's3'], 'nothing changes before the person answers');
      await expect(opened).to.be.accessible();
      const add = [...offer.querySelectorAll('button')].find((button) => read(button) === 'Add 1 session shared with you')!;
      add.click();
      await opened.updateComplete;
      expect([...store.ids].sort()).to.deep.equal(['s1', 's2', 's3']);
      expect($(opened, '[part~="offer"]')).to.equal(null);
      expect(read($(opened, '[role="status"]'))).to.equal('Added 1 session to your schedule.');
      expect(new URLSearchParams(location.search).has(SHARE_PARAM)).to.equal(false);
    } finally {
      Object.defineProperty(navigator, 'clipboard', clipboard);
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('declines a shared link with Not now, and ignores one that is not a share link', async () => {
    const eventId = nextEventId();
    const src = inline(firstFeed(eventId));
    history.replaceState(null, '', `${location.pathname}?page=2&${SHARE_PARAM}=v1.s4.unknown`);
    const el = await mySchedule(src);
    const offer = $(el, '[part~="offer"]')!;
    expect(read(offer.querySelector('p'))).to.equal('A link shared 1 session with you:');
    [...offer.querySelectorAll('button')].find((button) => read(button) === 'Not now')!.click();
    await el.updateComplete;
    expect($(el, '[part~="offer"]')).to.equal(null);
    expect(SavedStore.for(eventId).ids.size).to.equal(0);
    expect(location.search).to.equal('?page=2');

    history.replaceState(null, '', `${location.pathname}?${SHARE_PARAM}=v9.s4`);
    expect($(await mySchedule(src), '[part~="offer"]')).to.equal(null);
  });

  it('downloads every current saved session as one .ics file named after the event', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    const schedule = scheduleOf(feed);
    SavedStore.for(eventId).save(['s1', 's3'].map((id) => schedule.sessionsById.get(id)!));
    const el = await mySchedule(inline(feed));
    const link = $(el, '[part~="download"]') as HTMLAnchorElement;
    expect(read(link)).to.equal('Download all (.ics)');
    expect(link.getAttribute('download')).to.equal(`${eventId}-my-schedule.ics`);
    const text = await (await fetch(link.href)).text();
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).to.have.length(2);
    expect(text).to.contain('SUMMARY:WS204: Open standards').and.contain('SUMMARY:Privacy by design');
  });

  it('speaks Arabic right to left', async () => {
    const eventId = nextEventId();
    const before = scheduleOf(firstFeed(eventId));
    const el = await mySchedule(inline(firstFeed(eventId)), 'ar');
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(read($(el, '[part~="empty"]'))).to.equal('لم تحفظ شيئًا بعد. استخدم ☆ حفظ في أي جلسة لإضافتها هنا.');
    SavedStore.for(eventId).save([before.sessionsById.get('s1')!, before.sessionsById.get('s2')!]);
    await el.updateComplete;
    expect(read($(el, '[part~="flag"]'))).to.equal('تتداخل مع WS196');
    expect(read($(el, '[part~="remove"]'))).to.equal('إزالة');
    await expect(el).to.be.accessible();
  });
});
