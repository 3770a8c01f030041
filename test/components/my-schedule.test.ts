import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/session-card/session-card.define.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import { keptCopyKey } from '../../src/controllers/feed-cache.js';
import { FeedStore } from '../../src/controllers/feed-store.js';
import { SavedStore, savedStorageKey } from '../../src/controllers/saved-store.js';
import type { FeedV1, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SHARE_PARAM } from '../../src/data/saved.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { calendarWriter } from '../../src/components/shared/calendar-writer.js';
import { $, captureConsole, inlineFeeds, mount, resetUrl } from './fixtures.js';
import { waitUntil } from '../wait.js';

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

/** A two-day Berlin event with an all-day hackathon and a morning talk on its first day, and `more` sessions. */
function berlinDays(...more: FeedV1['sessions']): FeedV1 {
  return {
    version: 1,
    event: { id: nextEventId(), name: 'Berlin Days', timeZone: 'Europe/Berlin' },
    sessions: [
      { id: 'hack', title: 'Hackathon', start: '2024-10-26T00:00', duration: 'P2D', allDay: true },
      { id: 'talk', title: 'Morning talk', start: '2024-10-26T10:00', end: '2024-10-26T11:00' },
      ...more,
    ],
  };
}

/** A new Berlin congress whose days change at 06:00: an evening talk, and a talk at 00:20 that belongs to the same evening. */
function lateTalks(): FeedV1 {
  return {
    version: 1,
    event: { id: nextEventId(), name: 'Congress', timeZone: 'Europe/Berlin', dayChange: '06:00' },
    sessions: [
      { id: 'evening', title: 'Evening talk', start: '2025-12-27T21:00', end: '2025-12-27T22:00' },
      { id: 'late', title: 'Late talk', start: '2025-12-28T00:20', end: '2025-12-28T01:20' },
    ],
  };
}

const inline = inlineFeeds();
afterEach(resetUrl);

/** A `<my-schedule>` of `src`, once its feed is read, and its page object. */
async function mySchedule(src: string, locale = 'en-US', zone?: string): Promise<MyScheduleHarness> {
  const page = new MyScheduleHarness(await mount('my-schedule', { src, locale, 'time-zone': zone }));
  await page.loaded();
  return page;
}

/** A full card of the session `sessionId` of `src`, whose Save writes to the same saved list, and its page object. */
async function fullCard(src: string, sessionId: string): Promise<SessionCardHarness> {
  return new SessionCardHarness(await mount('session-card', { src, 'session-id': sessionId, variant: 'full', locale: 'en-US' }));
}

/** A `<my-schedule>` and a full card on a new event's feed, once the card's Save has saved `sessionId`. */
async function savedByCard(sessionId: string): Promise<{ card: SessionCardHarness; page: MyScheduleHarness }> {
  const src = inline(firstFeed(nextEventId()));
  const card = await fullCard(src, sessionId);
  const page = await mySchedule(src);
  await waitUntil(() => card.saveButton());
  await card.toggleSave();
  await page.element.updateComplete;
  return { card, page };
}

function scheduleOf(feed: FeedV1): Schedule {
  return normalizeFeed(feed).schedule;
}

/** A clipboard that keeps what is written in `copied`, or refuses it while `refuse` is set; `restore` puts the browser's back. */
function stubClipboard(): { copied: string; refuse: boolean; restore: () => void } {
  const stub = { copied: '', refuse: false, restore: () => void delete (navigator as { clipboard?: unknown }).clipboard };
  const writeText = async (text: string): Promise<void> => {
    if (stub.refuse) throw new Error('denied');
    stub.copied = text;
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return stub;
}

describe('<my-schedule>', () => {
  it('says nothing is saved yet, offers no download, and passes axe', async () => {
    const page = await mySchedule(inline(firstFeed(nextEventId())));
    expect(page.emptyMessage()).to.equal('Nothing saved yet. Use ☆ Save on a session to add it here.');
    expect(readText(page.summary())).to.equal('0 saved sessions');
    expect(page.downloadLink()).to.equal(null);
    expect($(page.element, '[part~="note"]')).to.equal(null);
    await expect(page.element).to.be.accessible();
  });

  it('shows what a card saves, by day, with overlaps in words, and passes axe', async () => {
    const { card, page } = await savedByCard('s2');
    expect(page.rows()).to.deep.equal(['11:00 AM – 12:30 PM GMT+3 | WS196: Enhanced cooperation | Room B']);
    expect(page.days()[0]).to.equal('Sunday, March 10');
    expect(page.dayHeadings()[0]!.localName).to.equal('h2');

    card.element.sessionId = 's1';
    await card.element.updateComplete;
    await card.toggleSave();
    await page.element.updateComplete;
    expect(page.rows()).to.deep.equal([
      '10:00 – 11:30 AM GMT+3 | WS204: Open standards | Room A | Overlaps with WS196',
      '11:00 AM – 12:30 PM GMT+3 | WS196: Enhanced cooperation | Room B | Overlaps with WS204',
    ]);
    expect(readText(page.summary())).to.equal('2 saved sessions');
    await expect(page.element).to.be.accessible();

    const selected = oneEvent<SessionSelectEvent>(page.element, SessionSelectEvent.eventName);
    await page.selectSession('Open standards');
    expect((await selected).session.id).to.equal('s1');
  });

  it('shows a saved all-day session as All day, without a zone', async () => {
    const feed = firstFeed(nextEventId());
    feed.sessions.push({ id: 's6', title: 'Sprints', start: '2030-03-12T00:00', end: '2030-03-13T00:00', allDay: true });
    const src = inline(feed);
    const card = await fullCard(src, 's6');
    const page = await mySchedule(src);
    await waitUntil(() => card.saveButton());
    await card.toggleSave();
    await page.element.updateComplete;
    expect(page.rows()).to.deep.equal(['All day | Sprints']);
    expect(page.days()).to.deep.equal(['Tuesday, March 12']);
  });

  it('shows a cancelled all-day session as All day, on its venue day, and still reads an entry saved without the flag', async () => {
    const feed = berlinDays();
    const store = SavedStore.for(feed.event.id!);
    store.save(scheduleOf(feed).sessions);
    const page = await mySchedule(inline({ ...feed, sessions: [] }), 'en-US', 'America/Los_Angeles');
    expect(page.days()).to.deep.equal(['Saturday, October 26']);
    expect(page.rows()).to.deep.equal([
      'All day | Hackathon | Cancelled: no longer in the programme',
      '1:00 – 2:00 AM PDT | Morning talk | Cancelled: no longer in the programme',
    ]);

    // An entry saved before snapshots kept the flag: shown by its times, as then.
    const key = savedStorageKey(feed.event.id!);
    const stored = JSON.parse(localStorage.getItem(key)!) as { entries: Record<string, unknown>[] };
    for (const entry of stored.entries) delete entry['allDay'];
    localStorage.setItem(key, JSON.stringify(stored));
    page.element.requestUpdate();
    await page.element.updateComplete;
    expect(page.rows()[0]).to.equal('Fri, Oct 25, 3:00 PM – Sun, Oct 27, 4:00 PM PDT | Hackathon | Cancelled: no longer in the programme');
  });

  it('puts Remove under the title where the two do not fit side by side (large text on a phone)', async () => {
    const feed = firstFeed(nextEventId());
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions.slice(0, 1));
    document.documentElement.style.fontSize = '200%';
    try {
      const page = new MyScheduleHarness(await mount('my-schedule', { src: inline(feed), locale: 'en-US', style: 'inline-size: 390px' }));
      await page.loaded();
      const row = $(page.element, '[part~="session"]')!;
      const what = row.querySelector('.what')!.getBoundingClientRect();
      const remove = row.querySelector('.remove')!.getBoundingClientRect();
      expect(what.width, 'the title has the row’s width').to.be.greaterThan(row.getBoundingClientRect().width * 0.8);
      expect(remove.top, 'Remove below it').to.be.at.least(what.bottom - 1);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('starts the time zone, wrapped under the times in their column (a desktop, paper), where the times start', async () => {
    const feed = firstFeed(nextEventId());
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions.slice(1, 2));
    for (const locale of ['en-US', 'ar']) {
      const page = new MyScheduleHarness(await mount('my-schedule', { src: inline(feed), locale, style: 'inline-size: 640px' }));
      await page.loaded();
      const times = $(page.element, '[part~="time"] time')!.getBoundingClientRect();
      const zone = $(page.element, '[part~="time"] .zone')!.getBoundingClientRect();
      expect(zone.top, `${locale}: the zone is on a line of its own`).to.be.at.least(times.bottom - 1);
      const start = (box: DOMRect): number => (locale === 'ar' ? box.right : box.left);
      expect(Math.abs(start(zone) - start(times)), `${locale}: the zone starts where the times start`).to.be.at.most(1);
    }
  });

  it('opens a session in the list’s language and direction', async () => {
    const feed = firstFeed(nextEventId());
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions.slice(0, 1));
    const page = await mySchedule(inline(feed), 'ar');
    page.element.shadowRoot!.querySelector<HTMLButtonElement>('button.title')!.click();
    await waitUntil(() => page.element.shadowRoot!.querySelector('dialog[open]'), 'the session’s dialog');
    const dialog = page.element.shadowRoot!.querySelector('dialog')!;
    expect(dialog.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
  });

  it('heads each session by its day in the zone its times are shown in', async () => {
    const feed: FeedV1 = {
      version: 1,
      event: { id: nextEventId(), name: 'Tokyo Summit', timeZone: 'Asia/Tokyo' },
      sessions: [
        { id: 'open', title: 'Opening', start: '2030-09-02T09:00', end: '2030-09-02T10:00' },
        { id: 'late', title: 'Late talk', start: '2030-09-02T17:00', end: '2030-09-02T18:00' },
      ],
    };
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions);
    const page = await mySchedule(inline(feed), 'en-US', 'America/Los_Angeles');
    // 09:00 in Tokyo is 5 PM the day before in Los Angeles.
    expect(page.days()).to.deep.equal(['Sunday, September 1', 'Monday, September 2']);
    expect(page.rows()).to.deep.equal(['5:00 – 6:00 PM PDT | Opening', '1:00 – 2:00 AM PDT | Late talk']);
  });

  it('keeps the days in time order when an all-day session stays on a venue day after the viewer’s', async () => {
    const feed = berlinDays({ id: 'owl', title: 'Night owl', start: '2024-10-26T02:00', end: '2024-10-26T03:00' });
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions);
    const page = await mySchedule(inline(feed), 'en-US', 'America/Los_Angeles');
    // 02:00 in Berlin is 5 PM the day before in Los Angeles; the all-day session stays on Berlin's Saturday.
    expect(page.days()).to.deep.equal(['Friday, October 25', 'Saturday, October 26']);
    expect(page.rows().map((row) => row.split(' | ').slice(0, 2).join(' | '))).to.deep.equal([
      '5:00 – 6:00 PM PDT | Night owl',
      'All day | Hackathon',
      '1:00 – 2:00 AM PDT | Morning talk',
    ]);
  });

  it('keeps a late talk on the evening it belongs to, by the event’s day change, in the venue’s zone', async () => {
    const feed = lateTalks();
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions);
    const page = await mySchedule(inline(feed));
    expect(page.days()).to.deep.equal(['Saturday, December 27']);
    // Its weekday says it is after midnight.
    expect(page.rows().map((row) => row.split(' | ').slice(0, 2).join(' | '))).to.deep.equal(['9:00 – 10:00 PM CET | Evening talk', 'Sunday 12:20 – 1:20 AM CET | Late talk']);
  });

  it('keeps a cancelled late talk on the evening it belonged to, by the event’s day change', async () => {
    const feed = lateTalks();
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions);
    // The late talk leaves the programme: it stays under Saturday, where it was listed, not under a Sunday of its own.
    const page = await mySchedule(inline({ ...feed, sessions: feed.sessions.slice(0, 1) }));
    expect(page.days()).to.deep.equal(['Saturday, December 27']);
    expect(page.rows().slice(1)).to.deep.equal(['Sunday 12:20 – 1:20 AM CET | Late talk | Cancelled: no longer in the programme']);
  });

  it('names the zone at each end of a session across a change of clocks', async () => {
    const feed: FeedV1 = {
      version: 1,
      event: { id: nextEventId(), name: 'Berlin Night', timeZone: 'Europe/Berlin' },
      sessions: [{ id: 'over', title: 'Over the change', start: '2025-10-26T01:00', end: '2025-10-26T04:00' }],
    };
    SavedStore.for(feed.event.id!).save(scheduleOf(feed).sessions);
    const page = await mySchedule(inline(feed));
    expect(page.rows()).to.deep.equal(['1:00 AM CEST – 4:00 AM CET | Over the change']);
  });

  it('keeps saved sessions across a feed change: moved, room changed, cancelled (until removed), and passes axe', async () => {
    const eventId = nextEventId();
    const before = scheduleOf(firstFeed(eventId));
    SavedStore.for(eventId).save(['s1', 's2', 's3'].map((id) => before.sessionsById.get(id)!));
    const page = await mySchedule(inline(updatedFeed(eventId)));
    expect(page.days()).to.deep.equal(['Sunday, March 10', 'Monday, March 11']);
    expect(page.rows()).to.deep.equal([
      '11:00 AM – 12:30 PM GMT+3 | WS196: Enhanced cooperation | Room A | Room changed: was Room B, now Room A',
      '9:00 – 10:30 AM GMT+3 | WS204: Open standards | Room A | Moved: was Sunday 10:00 – 11:30 AM, now Monday 9:00 – 10:30 AM',
      '2:00 – 3:00 PM GMT+3 | Privacy by design | Room A | Cancelled: no longer in the programme',
    ]);
    // Sunday's two sessions no longer overlap, and the new session is not saved for the person.
    expect(page.rows().join()).not.to.contain('Overlaps').and.not.to.contain('Lightning');
    await expect(page.element).to.be.accessible();

    expect(page.removeButton('Privacy by design').getAttribute('aria-label')).to.equal('Remove Privacy by design from my schedule');
    await page.remove('Privacy by design');
    expect(page.rows()).to.have.length(2);
    expect([...SavedStore.for(eventId).ids].sort()).to.deep.equal(['s1', 's2']);
    // The row is gone: the status says so and focus is on Undo, which puts the entry back (with its snapshot).
    const undo = () => page.element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="undo"]');
    await waitUntil(() => page.element.shadowRoot!.activeElement === undo(), 'focus on Undo');
    expect(readText(page.element.shadowRoot!.querySelector('[role="status"]'))).to.equal('Removed “Privacy by design”. Undo');
    undo()!.click();
    await page.element.updateComplete;
    expect([...SavedStore.for(eventId).ids].sort()).to.deep.equal(['s1', 's2', 's3']);
    expect(page.rows()[2]).to.equal('2:00 – 3:00 PM GMT+3 | Privacy by design | Room A | Cancelled: no longer in the programme');
    expect(undo()).to.equal(null);
    const back = page.removeButton('Privacy by design');
    await waitUntil(() => page.element.shadowRoot!.activeElement === back, 'focus on the row put back (its Remove: a cancelled title is text)');
  });

  it('opens a saved session in a dialog from its title, unless the page routes it, and gives focus back', async () => {
    const { page } = await savedByCard('s2');
    const title = page.element.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
    page.element.addEventListener(SessionSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    title.click();
    await page.element.updateComplete;
    expect(page.element.shadowRoot!.querySelector('dialog[open]'), 'a routed session opens no dialog').to.equal(null);
    title.click();
    await waitUntil(() => page.element.shadowRoot!.querySelector('dialog[open] session-card'), 'the session’s dialog');
    const dialog = page.element.shadowRoot!.querySelector('dialog')!;
    expect(dialog.getAttribute('aria-label')).to.equal('Enhanced cooperation');
    expect(dialog.querySelector('session-card')!.variant).to.equal('full');
    await expect(page.element).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[data-close]')!.click();
    await waitUntil(() => page.element.shadowRoot!.activeElement === title, 'focus back on the title');
    expect(dialog.open).to.equal(false);
  });

  it('closes the dialog of a session that leaves the programme (a feed read again), focus on its row', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    SavedStore.for(eventId).save([scheduleOf(feed).sessionsById.get('s2')!]);
    const page = new MyScheduleHarness(await mount('my-schedule', { locale: 'en-US' }, { feed }));
    await page.loaded();
    page.element.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!.click();
    await waitUntil(() => page.element.shadowRoot!.querySelector('dialog[open] session-card'), 'the session’s dialog');
    page.element.feed = { ...feed, sessions: feed.sessions!.filter((session) => session.id !== 's2') };
    const dialog = page.element.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => !dialog.open, 'an empty dialog stays open over an inert page');
    expect(page.rows().join(' ')).to.contain('Enhanced cooperation');
    await waitUntil(() => page.element.shadowRoot!.activeElement === page.removeButton('Enhanced cooperation'), 'focus on the row (its Remove: a cancelled title is text)');
  });

  it('follows a session saved in another page of the site', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    const page = await mySchedule(inline(feed));
    const frame = document.createElement('iframe');
    const storeModule = new URL('../../src/controllers/saved-store.ts', import.meta.url).href;
    frame.srcdoc = `<script type="module">import { SavedStore } from '${storeModule}'; window.SavedStore = SavedStore;</script>`;
    document.body.append(frame);
    try {
      const other = frame.contentWindow as Window & { SavedStore?: typeof SavedStore };
      await waitUntil(() => other.SavedStore, 'the other page loads the store');
      expect(other.SavedStore).not.to.equal(SavedStore, 'a store of its own, as in another tab');
      other.SavedStore!.for(eventId).save([scheduleOf(feed).sessionsById.get('s3')!]);
      await waitUntil(() => page.rows().length === 1, 'the storage event arrives');
      expect(page.rows()[0]).to.equal('2:00 – 3:00 PM GMT+3 | Privacy by design | Room A');
      other.SavedStore!.for(eventId).remove('s3');
      await waitUntil(() => $(page.element, '[part~="empty"]'), 'the removal arrives too');
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
      const page = await mySchedule(src);
      const card = await fullCard(src, 's3');
      await waitUntil(() => card.saveButton());
      const note = 'Saved in this tab only: your browser’s storage is unavailable.';
      expect(page.storageNote()).to.equal(note);
      await card.toggleSave();
      await page.element.updateComplete;
      await card.element.updateComplete;
      expect(page.rows()).to.deep.equal(['2:00 – 3:00 PM GMT+3 | Privacy by design | Room A']);
      expect(card.storageNote()).to.equal(note);
      await expect(page.element).to.be.accessible();
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
    const page = await mySchedule(src);

    const clipboard = stubClipboard();
    try {
      await page.share();
      await waitUntil(() => page.announcement().startsWith('Link copied.'));
      const link = new URL(clipboard.copied);
      expect(link.searchParams.get(SHARE_PARAM)).to.equal(`v2.${eventId}.s1.s2`);
      clipboard.refuse = true;
      await page.share();
      await waitUntil(() => page.shareField(), 'the link to copy by hand');
      expect(page.shareField()!.value).to.equal(clipboard.copied);
      expect(page.element.shadowRoot!.activeElement).to.equal(page.shareField());

      // The person who opens the link has saved s3 already, and s2.
      store.remove('s1');
      store.save([schedule.sessionsById.get('s3')!]);
      history.replaceState(null, '', link.pathname + link.search);
      const opened = await mySchedule(src);
      expect(opened.offerText()).to.equal('A link shared 1 session with you:');
      expect(opened.offeredSessions()).to.deep.equal(['Sunday 10:00 – 11:30 AM WS204: Open standards']);
      expect([...store.ids].sort()).to.deep.equal(['s2', 's3'], 'nothing changes before the person answers');
      await expect(opened.element).to.be.accessible();
      await opened.answerOffer('Add 1 session shared with you');
      expect([...store.ids].sort()).to.deep.equal(['s1', 's2', 's3']);
      expect(opened.offer()).to.equal(null);
      expect(opened.announcement()).to.equal('Added 1 session to your schedule.');
      expect(new URLSearchParams(location.search).has(SHARE_PARAM)).to.equal(false);
    } finally {
      clipboard.restore();
    }
  });

  it('says “Link copied” again when the link is copied again', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    SavedStore.for(eventId).save([scheduleOf(feed).sessionsById.get('s1')!]);
    const page = await mySchedule(inline(feed));
    const clipboard = stubClipboard();
    try {
      await page.share();
      await waitUntil(() => page.announcement().startsWith('Link copied.'));
      // What a screen reader is told: the status's text each time it changes.
      const said: string[] = [];
      const status = page.element.shadowRoot!.querySelector('[role="status"]')!;
      const observer = new MutationObserver(() => said.push(readText(status)));
      observer.observe(status, { childList: true, subtree: true, characterData: true });
      await page.share();
      await waitUntil(() => said.at(-1)?.startsWith('Link copied.'), 'the status says it again', { timeout: 2000 });
      observer.disconnect();
      expect(said.at(-1)).to.equal('Link copied. Whoever opens it can add these sessions to their own schedule.');
    } finally {
      clipboard.restore();
    }
  });

  it('drops Undo once another announcement replaces “Removed”: a copied link, added shared sessions, a link to copy by hand', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    const schedule = scheduleOf(feed);
    const store = SavedStore.for(eventId);
    store.save(['s1', 's2', 's3'].map((id) => schedule.sessionsById.get(id)!));
    history.replaceState(null, '', `${location.pathname}?${SHARE_PARAM}=v1.s4`);
    const page = await mySchedule(inline(feed));
    const clipboard = stubClipboard();
    try {
      await page.remove('Open standards');
      expect(page.announcement()).to.equal('Removed “Open standards”. Undo');
      await page.share();
      await waitUntil(() => page.announcement() !== 'Removed “Open standards”. Undo', 'the link is copied');
      expect(page.announcement()).to.equal('Link copied. Whoever opens it can add these sessions to their own schedule.');

      await page.remove('Enhanced cooperation');
      await page.answerOffer('Add 1 session shared with you');
      expect(page.announcement()).to.equal('Added 1 session to your schedule.');

      clipboard.refuse = true;
      await page.remove('Privacy by design');
      await page.share();
      await waitUntil(() => page.shareField(), 'the link to copy by hand');
      expect(page.announcement()).to.equal('');
      expect([...store.ids]).to.deep.equal(['s4'], 'nothing removed came back');
    } finally {
      clipboard.restore();
    }
  });

  it('offers a shared link only in the list of the event it was copied from; an older link naming no event, in every list', async () => {
    const [first, other] = [firstFeed(nextEventId()), firstFeed(nextEventId())];
    SavedStore.for(first.event.id!).save([scheduleOf(first).sessionsById.get('s3')!]);
    const clipboard = stubClipboard();
    try {
      await (await mySchedule(inline(first))).share();
      await waitUntil(() => clipboard.copied, 'the link is copied');
    } finally {
      clipboard.restore();
    }
    SavedStore.for(first.event.id!).remove('s3');
    history.replaceState(null, '', new URL(clipboard.copied).search);
    // Two lists on one page, of two events whose sessions have the same ids.
    let [mine, theirs] = [await mySchedule(inline(first)), await mySchedule(inline(other))];
    expect(mine.offeredSessions()).to.deep.equal(['Monday 2:00 – 3:00 PM Privacy by design']);
    expect(theirs.offerText()).to.equal('');

    history.replaceState(null, '', `?${SHARE_PARAM}=v1.s3`);
    [mine, theirs] = [await mySchedule(inline(first)), await mySchedule(inline(other))];
    expect(mine.offeredSessions()).to.deep.equal(['Monday 2:00 – 3:00 PM Privacy by design']);
    expect(theirs.offeredSessions()).to.deep.equal(['Monday 2:00 – 3:00 PM Privacy by design']);
  });

  it('declines a shared link with Not now, and ignores one that is not a share link', async () => {
    const eventId = nextEventId();
    const src = inline(firstFeed(eventId));
    history.replaceState(null, '', `${location.pathname}?page=2&${SHARE_PARAM}=v1.s4.unknown`);
    const page = await mySchedule(src);
    expect(page.offerText()).to.equal('A link shared 1 session with you:');
    await page.answerOffer('Not now');
    expect(page.offer()).to.equal(null);
    expect(SavedStore.for(eventId).ids.size).to.equal(0);
    expect(location.search).to.equal('?page=2');

    history.replaceState(null, '', `${location.pathname}?${SHARE_PARAM}=v9.s4`);
    expect((await mySchedule(src)).offer()).to.equal(null);
  });

  it('downloads every current saved session as one .ics file named after the event', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    const schedule = scheduleOf(feed);
    SavedStore.for(eventId).save(['s1', 's3'].map((id) => schedule.sessionsById.get(id)!));
    const link = (await mySchedule(inline(feed))).downloadLink()!;
    expect(readText(link)).to.equal('Download all (.ics)');
    expect(link.getAttribute('download')).to.equal(`${eventId}-my-schedule.ics`);
    const text = await (await fetch(link.href)).text();
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).to.have.length(2);
    expect(text).to.contain('SUMMARY:WS204: Open standards').and.contain('SUMMARY:Privacy by design');
  });

  it('puts a saved session that left the programme in the download as cancelled, under the UID it had, so that a calendar that imported it marks it', async () => {
    const eventId = nextEventId();
    const before = scheduleOf(firstFeed(eventId));
    SavedStore.for(eventId).save(['s1', 's3'].map((id) => before.sessionsById.get(id)!));
    const download = async (feed: FeedV1): Promise<string[]> => {
      const text = await (await fetch((await mySchedule(inline(feed))).downloadLink()!.href)).text();
      return text.split('BEGIN:VEVENT\r\n').slice(1);
    };
    const privacy = (events: string[]): string => events.find((event) => event.includes('SUMMARY:Privacy by design'))!;
    const [first, later] = [privacy(await download(firstFeed(eventId))), privacy(await download(updatedFeed(eventId)))];
    expect(first).to.not.contain('STATUS:');
    expect(later, 'cancelled').to.contain('\r\nSTATUS:CANCELLED\r\n');
    const fields = (event: string, names: RegExp) => event.split('\r\n').filter((line) => names.test(line));
    expect(fields(later, /^(UID|DTSTART|DTEND|SUMMARY):/), 'the same event, at its time as saved').to.deep.equal(fields(first, /^(UID|DTSTART|DTEND|SUMMARY):/));
  });

  it('still offers the download when every saved session left the programme (each marked cancelled), with no link to share', async () => {
    const eventId = nextEventId();
    SavedStore.for(eventId).save([scheduleOf(firstFeed(eventId)).sessionsById.get('s3')!]);
    const page = await mySchedule(inline(updatedFeed(eventId)));
    expect(page.rows()).to.deep.equal(['2:00 – 3:00 PM GMT+3 | Privacy by design | Room A | Cancelled: no longer in the programme']);
    const text = await (await fetch(page.downloadLink()!.href)).text();
    expect(text.match(/^STATUS:CANCELLED\r$/gm)).to.have.length(1);
    expect(page.element.shadowRoot!.querySelector('[part~="share"]'), 'nothing to share').to.equal(null);
  });

  describe('where the feed cannot be loaded and no copy of it is kept (offline, a feed over the copies’ limit)', () => {
    const { retryDelaysMs } = FeedStore;
    before(() => void (FeedStore.retryDelaysMs = [10]));
    after(() => void (FeedStore.retryDelaysMs = retryDelaysMs));

    it('shows what was saved, as it was saved, under the failure, to read only', async () => {
      // The test server's two-day programme (event "test-program"): a URL of this test's own.
      const src = `/test-server/feed?feed=program&key=my-schedule-offline-${Date.now()}`;
      const url = new URL(src, location.href).href;
      const savedKey = savedStorageKey('test-program');
      localStorage.removeItem(savedKey);
      try {
        // An earlier visit, online: the panel saved from its card.
        const card = await fullCard(src, 'panel');
        await waitUntil(() => card.saveButton(), 'the card of the served feed');
        await card.toggleSave();
        // Then the server fails, the page lets the feed go, and no copy of it is kept.
        await fetch(`/test-server/set?key=${new URL(url).searchParams.get('key')}&status=500`);
        FeedStore.revalidate(url);
        await waitUntil(() => (card.element as unknown as { data: { failure?: unknown } }).data.failure, 'the refresh fails');
        card.element.remove();
        await new Promise((resolve) => setTimeout(resolve));
        localStorage.removeItem(keptCopyKey(url));
        const page = new MyScheduleHarness(await mount('my-schedule', { src, locale: 'en-US', 'time-zone': 'Europe/Istanbul' }));
        const state = (): string => readText($(page.element, '[part~="state"]'));
        await waitUntil(() => !['', 'Loading the schedule…'].includes(state()), 'the failure is shown');
        expect(state()).to.equal('The schedule is not available right now.');
        expect(page.days()).to.deep.equal(['Tuesday, September 2']);
        expect(page.rows(), 'as saved, not called cancelled').to.deep.equal(['11:00 AM – 12:00 PM EEST | Internet governance panel | Main hall']);
        expect([...page.element.shadowRoot!.querySelectorAll('button')].map(readText), 'Retry alone: no Remove without a status line to say it and offer Undo').to.deep.equal(['Retry']);
        await expect(page.element).to.be.accessible();
        expect(JSON.parse(localStorage.getItem(savedKey)!).entries.map((entry: { title: string }) => entry.title)).to.deep.equal(['Internet governance panel']);
      } finally {
        localStorage.removeItem(savedKey);
        localStorage.removeItem(`schedule-elements:saved-event:${url}`);
      }
    });
  });

  it('offers no Copy link in a frame written by srcdoc, whose address (about:srcdoc) no one can open', async () => {
    const eventId = nextEventId();
    const feed = firstFeed(eventId);
    // The frame has this page's origin, so its list reads what is saved here.
    SavedStore.for(eventId).save([scheduleOf(feed).sessionsById.get('s1')!]);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="application/json" id="feed">${JSON.stringify(feed)}</script>
      <my-schedule src="#feed" locale="en-US"></my-schedule>
      <script type="module" src="/src/components/my-schedule/my-schedule.define.ts"></script>`;
    document.body.append(frame);
    try {
      const list = (): ShadowRoot | null | undefined => frame.contentDocument?.querySelector('my-schedule')?.shadowRoot;
      await waitUntil(() => list()?.querySelector('[part~="download"]'), 'the list and its download did not render', { timeout: 7000 });
      expect(readText(list()!.querySelector('[part~="download"]'))).to.equal('Download all (.ics)');
      // A Copy link there would copy about:srcdoc?st-shared=… and say that whoever opens it can add these sessions.
      expect([...list()!.querySelectorAll('button')].map((button) => button.textContent!.trim())).not.to.include('Copy link');
    } finally {
      frame.remove();
    }
  });

  describe('without the calendar writer', () => {
    const printed = captureConsole();
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    it('offers no download, says why once in the console, and still shares a link', async () => {
      restore = calendarWriter.replaceImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const eventId = nextEventId();
      const feed = firstFeed(eventId);
      SavedStore.for(eventId).save([scheduleOf(feed).sessionsById.get('s1')!]);
      const page = await mySchedule(inline(feed));
      expect(page.downloadLink()).to.equal(null);
      expect(readText($(page.element, '[part~="share"]'))).to.equal('Copy link');
      expect(printed.warnings).to.deep.equal([
        'schedule-elements: could not load schedule-elements-ical.min.js, so sessions cannot be added to calendars. Copy it beside schedule-elements.min.js. (TypeError: Failed to fetch dynamically imported module)',
      ]);
    });
  });

  it('speaks Arabic right to left', async () => {
    const eventId = nextEventId();
    const before = scheduleOf(firstFeed(eventId));
    const page = await mySchedule(inline(firstFeed(eventId)), 'ar');
    expect($(page.element, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(page.emptyMessage()).to.equal('لم تحفظ شيئًا بعد. استخدم ☆ حفظ في أي جلسة لإضافتها هنا.');
    SavedStore.for(eventId).save([before.sessionsById.get('s1')!, before.sessionsById.get('s2')!]);
    await page.element.updateComplete;
    expect(page.flags()[0]).to.equal('تتداخل مع WS196');
    expect(readText(page.removeButton('Open standards'))).to.equal('إزالة');
    await expect(page.element).to.be.accessible();
  });
});
