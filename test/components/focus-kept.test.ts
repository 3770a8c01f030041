/**
 * Keyboard focus is never lost: for each component, every action a keyboard or pointer user can
 * take (opening and closing a dialog, saving, removing, filtering, switching day or layout, a feed
 * read again, Retry, "Read more") leaves focus on a control of the component that is still there
 * (the one acted on, its replacement, a neighbour, or the control that opened a dialog), never on
 * the page's `<body>` while the component is on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/speaker-list/speaker-list.define.js';
import '../../src/components/now-next/now-next.define.js';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/shared/clamped-text.define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import type { ClampedTextElement } from '../../src/components/shared/clamped-text.js';
import { readText } from '../../src/components/shared/harness.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import type { FeedV1 } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { DURING_WS196, clearStoredKeys, deepFocus, inlineFeeds, mount, resetUrl, sample } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** What has focus, as a failure message names it. */
function described(element: Element | null): string {
  if (!element || element === document.body) return 'the page (focus was lost)';
  return `<${element.localName}> "${readText(element.getAttribute('aria-label') ?? element.textContent).slice(0, 60)}"`;
}

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits for `el` to render, and two frames. */
async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
}

/** Waits until focus is on what `expected` gives (an element, or a test of the focused one), failing with where it is. */
async function focusOn(expected: () => Element | null | undefined | boolean, what: string): Promise<void> {
  const ok = (): boolean => {
    const focused = deepFocus();
    const want = expected();
    return typeof want === 'boolean' ? want : !!want && focused === want;
  };
  try {
    await waitUntil(ok, what, { timeout: 2000 });
  } catch {
    expect.fail(`focus should be on ${what}, is on ${described(deepFocus())}`);
  }
  expect(document.activeElement === document.body, 'focus on the page').to.equal(false);
}

/** The sample as a new feed object with the same sessions: what a refresh that changed nothing shown gives. */
const sameAgain = (): FeedV1 => structuredClone(sampleFeed) as FeedV1;

/**
 * Opens `el`'s dialog from `opener` with Enter, reads the feed again while it is open (a new object,
 * the same sessions), closes it with Escape: focus must be back on the opener.
 */
async function closedAfterRefresh(el: HTMLElement & { schedule?: unknown; updateComplete: Promise<unknown> }, opener: () => HTMLElement | null | undefined, what: string): Promise<void> {
  opener()!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the dialog');
  el.schedule = normalizeFeed(sameAgain()).schedule;
  await settle(el);
  await sendKeys({ press: 'Escape' });
  await settle(el);
  await focusOn(opener, what);
}

const OWN_KEYS = /^schedule-elements:(agenda-timeline:|saved:(igf-2014|focus-kept-[\w-]+)$)/;
afterEach(() => {
  resetUrl();
  clearStoredKeys(OWN_KEYS);
});

describe('keyboard focus is never lost', () => {
  describe('<agenda-timeline>', () => {
    async function timeline(options: { now?: number; width?: string; layout?: string; feed?: object } = {}): Promise<AgendaTimelineHarness> {
      const el = await mount(
        'agenda-timeline',
        { locale: 'en-US', style: `inline-size: ${options.width ?? '960px'}; --schedule-agenda-timeline-height: 480px`, layout: options.layout ?? 'auto' },
        { ...(options.feed ? { feed: options.feed } : { schedule: sample }), now: options.now ?? Date.parse('2020-01-01T00:00:00Z') },
      );
      const harness = new AgendaTimelineHarness(el, sendKeys);
      await harness.settle();
      return harness;
    }
    const root = (harness: AgendaTimelineHarness): ShadowRoot => harness.element.shadowRoot!;
    const star = (harness: AgendaTimelineHarness, id: string): HTMLElement => root(harness).querySelector<HTMLElement>(`[data-save-id="${id}"]`)!;
    const cell = (harness: AgendaTimelineHarness, id: string): HTMLElement | null => root(harness).querySelector<HTMLElement>(`[data-session-id="${id}"]`);

    for (const [how, close] of [
      ['Escape', (harness: AgendaTimelineHarness) => harness.press('Escape')],
      ['its close button', (harness: AgendaTimelineHarness) => harness.closeDialog()],
      [
        'a click on its backdrop',
        async (harness: AgendaTimelineHarness) => {
          const dialog = harness.dialog()!;
          dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          dialog.click();
          await harness.settle();
        },
      ],
    ] as const) {
      it(`gives focus back to the session a dialog was opened from when it is closed with ${how}`, async () => {
        const harness = await timeline();
        harness.session('WS196').focus();
        await harness.press('Enter');
        await focusOn(() => harness.dialog()?.querySelector('[data-close]'), 'the dialog’s close button');
        await close(harness);
        await focusOn(() => cell(harness, 'ws196'), 'the session WS196');
      });
    }

    it('gives focus back to the session when the feed was read again while its dialog was open', async () => {
      const harness = await timeline({ feed: sameAgain() });
      await harness.openSession('WS196');
      harness.element.feed = sameAgain();
      await harness.settle();
      await harness.press('Escape');
      await focusOn(() => cell(harness, 'ws196'), 'the session WS196');
    });

    it('gives focus back to the line of “Happening now” when the feed was read again while its dialog was open', async () => {
      const harness = await timeline({ now: DURING_WS196, feed: sameAgain() });
      const line = () => [...root(harness).querySelectorAll<HTMLElement>('[part~="now-next"] .line')].find((candidate) => readText(candidate).includes('WS196'));
      line()!.focus();
      await harness.press('Enter');
      await focusOn(() => harness.dialog()?.querySelector('[data-close]'), 'the dialog’s close button');
      harness.element.feed = sameAgain();
      await harness.settle();
      await harness.press('Escape');
      await focusOn(line, 'the line of WS196');
    });

    it('moves Tab on from the session once its dialog closed, not from the start of the page', async () => {
      const harness = await timeline();
      await harness.openSession('WS196');
      await harness.press('Escape');
      await focusOn(() => cell(harness, 'ws196'), 'the session WS196');
      await harness.press('Tab');
      await focusOn(() => star(harness, 'ws196'), 'the star of WS196');
    });

    for (const layout of ['grid', 'list']) {
      it(`keeps focus on a session’s star as it saves and unsaves it (${layout})`, async () => {
        const harness = await timeline({ layout });
        star(harness, 'ws196').focus();
        await harness.press('Enter');
        expect(star(harness, 'ws196').getAttribute('aria-pressed')).to.equal('true');
        await focusOn(() => star(harness, 'ws196'), 'the star of WS196');
        await harness.press('Space');
        expect(star(harness, 'ws196').getAttribute('aria-pressed')).to.equal('false');
        await focusOn(() => star(harness, 'ws196'), 'the star of WS196');
      });
    }

    it('keeps focus on the day tabs as the arrow keys switch days', async () => {
      const harness = await timeline();
      root(harness).querySelector<HTMLElement>('[part~="day-tab"][aria-selected="true"]')!.focus();
      await harness.press('ArrowRight');
      await focusOn(() => root(harness).querySelector('[part~="day-tab"][aria-selected="true"]'), 'the selected day tab');
      expect(harness.selectedDay()).to.match(/^Wed, Sep 3/);
      await harness.press('End');
      await focusOn(() => root(harness).querySelector('[part~="day-tab"][aria-selected="true"]'), 'the selected day tab');
    });

    it('keeps focus on the layout button pressed, also after the arrow keys moved among the sessions', async () => {
      const harness = await timeline();
      await harness.press('ArrowDown', 'WS196');
      const list = () => [...root(harness).querySelectorAll<HTMLElement>('[part~="layout-toggle"] button')].find((button) => readText(button) === 'List');
      list()!.focus();
      await harness.press('Enter');
      expect(harness.layout()).to.equal('list');
      await focusOn(list, 'the List button');
      const grid = () => [...root(harness).querySelectorAll<HTMLElement>('[part~="layout-toggle"] button')].find((button) => readText(button) === 'Grid');
      grid()!.focus();
      await harness.press('Enter');
      expect(harness.layout()).to.equal('grid');
      await focusOn(grid, 'the Grid button');
    });

    it('keeps focus on the session when the timeline narrows and shows the list instead of the grid', async () => {
      const harness = await timeline();
      const id = harness.session('WS196').dataset['sessionId']!;
      harness.session('WS196').focus();
      harness.element.style.inlineSize = '480px';
      await waitUntil(() => harness.layout() === 'list', 'the list');
      await harness.settle();
      await focusOn(() => cell(harness, id), 'the session WS196 in the list');
    });

    it('moves focus to the search box, not the page, when the clock takes away the line of “Happening now” focused', async () => {
      const harness = await timeline({ now: DURING_WS196 });
      [...root(harness).querySelectorAll<HTMLElement>('[part~="now-next"] .line')].at(-1)!.focus();
      harness.element.now = Date.parse('2014-09-05T23:00:00+03:00');
      await harness.settle();
      expect(harness.nowAndNext()).to.deep.equal([]);
      await focusOn(() => harness.searchInput(), 'the search box');
    });

    it('leaves focus on the page when the person had left the timeline before the line they were on went', async () => {
      const harness = await timeline({ now: DURING_WS196 });
      const line = [...root(harness).querySelectorAll<HTMLElement>('[part~="now-next"] .line')].at(-1)!;
      line.focus();
      harness.element.requestUpdate(); // an update while it has focus, then one once the person left it
      await harness.settle();
      line.blur();
      harness.element.requestUpdate();
      await harness.settle();
      harness.element.now = Date.parse('2014-09-05T23:00:00+03:00');
      await harness.settle();
      await harness.settle();
      expect(described(deepFocus()), 'focus taken back into the timeline').to.equal(described(document.body));
    });

    it('keeps focus in the search box while typing, also when nothing matches', async () => {
      const harness = await timeline();
      const input = harness.searchInput();
      input.focus();
      await sendKeys({ type: 'zzzz' });
      await harness.settle();
      // The count is said once typing pauses (half a second).
      await waitUntil(() => harness.count() === 'No sessions match', 'the count after the pause');
      await focusOn(() => input, 'the search box');
      await harness.press('Escape'); // a search box's Escape clears it
      await harness.settle();
      await focusOn(() => harness.searchInput(), 'the search box');
    });

    it('keeps focus on a filter’s select as it changes the day shown, and on the Filters button as it opens and closes the panel', async () => {
      const harness = await timeline();
      const toggle = root(harness).querySelector<HTMLElement>('[aria-controls="filters"]')!;
      toggle.focus();
      await harness.press('Enter');
      await focusOn(() => toggle, 'the Filters button');
      await harness.filterTrack('Plenary');
      const select = root(harness).querySelector('[part~="filters"] select');
      await focusOn(() => select, 'the Track select');
      toggle.focus();
      await harness.press('Enter');
      await focusOn(() => toggle, 'the Filters button');
    });

    describe('a feed read again with the same sessions', () => {
      it('keeps focus on the session, its star, the day tab, the search box and a filter’s select', async () => {
        const harness = await timeline({ feed: sameAgain() });
        await harness.openFilters();
        const controls: [string, () => Element | null][] = [
          ['the session WS196', () => cell(harness, 'ws196')],
          ['the star of WS196', () => star(harness, 'ws196')],
          ['the selected day tab', () => root(harness).querySelector('[part~="day-tab"][aria-selected="true"]')],
          ['the search box', () => harness.searchInput()],
          ['the Track select', () => root(harness).querySelector('[part~="filters"] select')],
          ['the Grid button', () => root(harness).querySelector('[part~="layout-toggle"] button')],
        ];
        for (const [what, control] of controls) {
          (control() as HTMLElement).focus();
          harness.element.feed = sameAgain();
          await harness.settle();
          await focusOn(control, what);
        }
      });

      it('moves focus to the search box, not the page, when the session focused is gone from the feed', async () => {
        const harness = await timeline({ feed: sameAgain() });
        harness.session('WS196').focus();
        const without = sameAgain();
        without.sessions = without.sessions.filter((session) => session.id !== 'ws196');
        harness.element.feed = without;
        await harness.settle();
        // Where the timeline puts focus from a session a refresh cancelled (as when its dialog closes).
        await focusOn(() => harness.searchInput(), 'the search box');
      });

      /** The sample read again with WS196 moved from Tuesday to Thursday afternoon. */
      function ws196OnThursday(): FeedV1 {
        const moved = sameAgain();
        Object.assign(moved.sessions.find((session) => session.id === 'ws196')!, { start: '2014-09-04T14:30:00+03:00', end: '2014-09-04T16:00:00+03:00' });
        return moved;
      }

      it('moves focus to the search box, not the page, when the session focused is moved to another day', async () => {
        const harness = await timeline({ feed: sameAgain() });
        harness.session('WS196').focus();
        harness.element.feed = ws196OnThursday();
        await harness.settle();
        expect(harness.selectedDay(), 'the day the person reads').to.match(/^Tue, Sep 2/);
        await focusOn(() => harness.searchInput(), 'the search box');
      });

      it('gives focus to the search box, not the page, when a dialog is closed on its session moved to another day', async () => {
        const harness = await timeline({ feed: sameAgain() });
        await harness.openSession('WS196');
        harness.element.feed = ws196OnThursday();
        await harness.settle();
        expect(readText(harness.dialogCard()!.shadowRoot)).to.include('Thursday, September 4');
        await harness.press('Escape');
        expect(harness.selectedDay(), 'the day the person reads').to.match(/^Tue, Sep 2/);
        await focusOn(() => harness.searchInput(), 'the search box');
      });

      it('keeps focus in the dialog, on its close button, when the session it shows (its Save focused) is gone from the feed', async () => {
        const harness = await timeline({ feed: sameAgain() });
        await harness.openSession('WS196');
        const save = harness.dialogCard()!.shadowRoot!.querySelector<HTMLElement>('button[aria-pressed]')!;
        save.focus();
        const without = sameAgain();
        without.sessions = without.sessions.filter((session) => session.id !== 'ws196');
        harness.element.feed = without;
        await harness.settle();
        expect(readText(harness.dialog())).to.include('This session is no longer in the schedule.');
        // The search behind the modal dialog cannot take it: focus fell to the page, where Tab and a screen reader start over.
        await focusOn(() => harness.dialog()?.querySelector('[data-close]'), 'the dialog’s close button');
      });
    });
  });

  describe('<my-schedule>', () => {
    const inline = inlineFeeds();
    let count = 0;
    function feedOf(): FeedV1 {
      return {
        version: 1,
        event: { id: `focus-kept-${++count}-${Date.now()}`, name: 'Test Conf', timeZone: 'Europe/Istanbul' },
        sessions: [
          { id: 's1', title: 'Open standards', start: '2030-03-10T10:00', end: '2030-03-10T11:00' },
          { id: 's2', title: 'Enhanced cooperation', start: '2030-03-10T12:00', end: '2030-03-10T13:00' },
          { id: 's3', title: 'Privacy by design', start: '2030-03-11T14:00', end: '2030-03-11T15:00' },
        ],
      };
    }
    async function saved(ids: string[], feed = feedOf()): Promise<MyScheduleHarness> {
      const schedule = normalizeFeed(feed).schedule;
      SavedStore.for(feed.event.id!).save(ids.map((id) => schedule.sessionsById.get(id)!));
      const page = new MyScheduleHarness(await mount('my-schedule', { src: inline(feed), locale: 'en-US' }), sendKeys);
      await page.loaded();
      await page.settle();
      return page;
    }
    const root = (page: MyScheduleHarness): ShadowRoot => page.element.shadowRoot!;
    const undo = (page: MyScheduleHarness) => root(page).querySelector('[part~="undo"]');
    const title = (page: MyScheduleHarness, text: string) => page.row(text).querySelector<HTMLElement>('[part~="title"]');

    it('puts focus on Undo when a row is removed, also the last one, and on the row put back by Undo', async () => {
      const page = await saved(['s1']);
      page.removeButton('Open standards').focus();
      await page.press('Enter');
      await focusOn(() => undo(page), 'Undo');
      await page.press('Enter');
      await focusOn(() => title(page, 'Open standards'), 'the title put back');
    });

    it('gives focus back to the title a dialog was opened from, closed with Escape, its close button or the backdrop', async () => {
      const page = await saved(['s1', 's2']);
      for (const close of ['Escape', 'close', 'backdrop']) {
        title(page, 'Enhanced cooperation')!.focus();
        await page.press('Enter');
        await waitUntil(() => root(page).querySelector('dialog[open] session-card'), 'the dialog');
        const dialog = root(page).querySelector('dialog')!;
        if (close === 'Escape') await page.press('Escape');
        else if (close === 'close') dialog.querySelector<HTMLElement>('[data-close]')!.click();
        else {
          dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          dialog.click();
        }
        await page.settle();
        await focusOn(() => title(page, 'Enhanced cooperation'), `the title (closed with ${close})`);
      }
    });

    it('gives focus back to the title when the feed was read again while the dialog was open', async () => {
      const feed = feedOf();
      const page = await saved(['s1', 's2'], feed);
      page.element.removeAttribute('src');
      page.element.feed = structuredClone(feed);
      await page.settle();
      title(page, 'Enhanced cooperation')!.focus();
      await page.press('Enter');
      await waitUntil(() => root(page).querySelector('dialog[open] session-card'), 'the dialog');
      page.element.feed = structuredClone(feed);
      await page.settle();
      await page.press('Escape');
      await focusOn(() => title(page, 'Enhanced cooperation'), 'the title');
    });

    it('moves Tab on from the title once its dialog closed, to the row’s Remove', async () => {
      const page = await saved(['s1', 's2']);
      title(page, 'Open standards')!.focus();
      await page.press('Enter');
      await waitUntil(() => root(page).querySelector('dialog[open] session-card'), 'the dialog');
      await page.press('Escape');
      await focusOn(() => title(page, 'Open standards'), 'the title');
      await page.press('Tab');
      await focusOn(() => page.removeButton('Open standards'), 'its Remove');
    });

    it('puts focus on the count line when the session opened is unsaved in its dialog, then the dialog closed', async () => {
      const page = await saved(['s1', 's2', 's3']);
      title(page, 'Enhanced cooperation')!.focus();
      await page.press('Enter');
      await waitUntil(() => root(page).querySelector('dialog[open] session-card'), 'the dialog');
      const card = root(page).querySelector('dialog session-card')!;
      await waitUntil(() => card.shadowRoot!.querySelector('.save'), 'the card’s Save');
      card.shadowRoot!.querySelector<HTMLElement>('.save')!.click();
      await page.settle();
      expect(page.rows().join(' ')).to.not.contain('Enhanced cooperation');
      await page.press('Escape');
      await focusOn(() => page.summary(), 'the count line');
      expect(readText(page.summary())).to.equal('2 saved sessions');
      expect(getComputedStyle(page.summary()!).outlineStyle, 'a focus ring where focus went').to.not.equal('none');
    });
  });

  describe('<clamped-text>', () => {
    /** A two-line `<clamped-text>` of `text` in a 240 px box, its toggle pressed once (Read more): the box, the element and its toggle. */
    async function readMore(text: string) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 240px">
        <clamped-text lines="2" locale="en"><p>${text}</p></clamped-text>
      </div>`);
      const el = wrapper.querySelector<ClampedTextElement>('clamped-text')!;
      const toggle = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]');
      await waitUntil(toggle, 'the toggle');
      toggle()!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      return { wrapper, el, toggle };
    }

    it('keeps focus on its toggle as it reads more and shows less', async () => {
      const { el, toggle } = await readMore('A long biography that goes on and on. '.repeat(8));
      expect(readText(toggle())).to.equal('Show less');
      await focusOn(toggle, 'Show less');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await settle(el);
      expect(readText(toggle())).to.equal('Read more');
      await focusOn(toggle, 'Read more');
    });

    it('keeps focus on its toggle when the text no longer overflows once shown whole (its box widened meanwhile)', async () => {
      const { wrapper, el } = await readMore('A biography. '.repeat(9));
      wrapper.style.width = '2000px';
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await settle(el);
      await focusOn(() => !!deepFocus() && el.shadowRoot!.contains(deepFocus()), 'something in the text');
    });
  });

  describe('<speaker-list>', () => {
    it('keeps focus in the search box while typing, and gives it back to the name a person was opened from', async () => {
      const el = await mount('speaker-list', { locale: 'en-US' }, { schedule: sample });
      await settle(el);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
      input.focus();
      await sendKeys({ type: 'peter' });
      await settle(el);
      await focusOn(() => input, 'the search box');
      const card = el.shadowRoot!.querySelector('speaker-card')!;
      await closedAfterRefresh(el, () => card.shadowRoot!.querySelector<HTMLElement>('.link-button'), 'the name');
    });
  });

  describe('<session-card> and <speaker-card>', () => {
    it('gives focus back to the title a session card’s dialog was opened from, after the card’s session was read again', async () => {
      const el = await mount('session-card', { locale: 'en-US' }, { schedule: sample, sessionId: 'ws196' } as never);
      await settle(el);
      await closedAfterRefresh(el, () => el.shadowRoot!.querySelector<HTMLElement>('.title-action'), 'the title');
    });

    it('keeps focus on a full card’s Save as it saves and unsaves, and on “Add to calendar” as it opens and closes', async () => {
      const el = await mount('session-card', { locale: 'en-US', variant: 'full', 'without-saved-store': true }, { schedule: sample, sessionId: 'ws196' } as never);
      await settle(el);
      const save = () => el.shadowRoot!.querySelector<HTMLElement>('.save');
      await waitUntil(save, 'Save');
      for (const pressed of ['true', 'false']) {
        save()!.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(save()!.getAttribute('aria-pressed')).to.equal(pressed);
        await focusOn(save, 'Save');
      }
      const calendar = () => el.shadowRoot!.querySelector<HTMLElement>('.calendar-toggle');
      await waitUntil(calendar, 'Add to calendar');
      for (const expanded of ['true', 'false']) {
        calendar()!.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(calendar()!.getAttribute('aria-expanded')).to.equal(expanded);
        await focusOn(calendar, 'Add to calendar');
      }
    });

    it('keeps focus on a bio’s “Read more” of a full speaker card when the feed is read again', async () => {
      const el = await mount('speaker-card', { locale: 'en-US', 'person-id': 'peter-major', style: 'inline-size: 320px' }, { schedule: sample });
      await settle(el);
      const toggle = () => el.shadowRoot!.querySelector('clamped-text')?.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]');
      await waitUntil(toggle, 'Read more');
      toggle()!.focus();
      await sendKeys({ press: 'Enter' });
      el.schedule = normalizeFeed(sameAgain()).schedule;
      await settle(el);
      expect(readText(toggle())).to.match(/^Show less/);
      await focusOn(toggle, 'Show less');
    });

    it('gives focus back to the session a speaker card’s dialog was opened from, after the feed was read again', async () => {
      const el = await mount('speaker-card', { locale: 'en-US', 'person-id': 'peter-major' }, { schedule: sample });
      await settle(el);
      await closedAfterRefresh(el, () => el.shadowRoot!.querySelector<HTMLElement>('[part~="session-title"]'), 'the session’s title');
    });
  });

  describe('Retry', () => {
    let run = 0;
    const feedUrl = (query: Record<string, string>): string => `/test-server/feed?${new URLSearchParams({ ...query, key: `focus-kept-${Date.now()}-${run++}` })}`;

    it('moves focus from Retry to the search box of <agenda-timeline> once the feed loads', async () => {
      const el = await mount('agenda-timeline', { src: feedUrl({ fail: '1', status: '404' }), locale: 'en-US', 'without-url-state': true });
      const retry = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]');
      await waitUntil(retry, 'Retry');
      retry()!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !retry() && el.shadowRoot!.querySelector('[part~="search"]'), 'the feed loaded');
      await settle(el);
      await focusOn(() => el.shadowRoot!.querySelector('[part~="search"]'), 'the search box');
      expect(el.shadowRoot!.querySelector('[part~="day-tab"][aria-selected="true"]'), 'the day shown').to.not.equal(null);
    });

    // Retry takes its own button away: focus goes to what replaced it (the loading line, then what loaded), never to the page.
    const others: ['session-card' | 'attendee-count' | 'event-status' | 'now-next', Record<string, string>][] = [
      ['session-card', { 'session-id': 'talk' }],
      ['attendee-count', { 'session-id': 'talk' }],
      ['event-status', {}],
      ['now-next', {}],
    ];
    for (const [tag, attributes] of others) {
      it(`keeps focus in <${tag}> from Retry to what loaded`, async () => {
        const el = await mount(tag, { src: feedUrl({ fail: '1', status: '404' }), locale: 'en-US', ...attributes });
        const retry = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]');
        await waitUntil(retry, 'Retry');
        retry()!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !retry() && !el.shadowRoot!.querySelector('[part~="state"]'), 'the feed loaded');
        await settle(el);
        await focusOn(() => el.shadowRoot!.querySelector('[part]'), 'the first part of what loaded');
      });
    }
  });
});
