import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness, readText } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { timeline } from './agenda-timeline.helpers.js';
import { DURING_WS196, bigFeed, captureConsole, findAxNode, generatedFeed, inlineFeeds, sample } from './fixtures.js';
import { waitUntil } from '../wait.js';

const WS196 = 'IGF & Enhanced Cooperation';

describe('<agenda-timeline> keyboard, big days and run of show', () => {
  describe('keyboard', () => {
    it('has one tab stop in the grid and moves by room and by time with the arrow keys', async () => {
      const harness = await timeline();
      const tabbable = harness.sessionButtons().filter((button) => button.tabIndex === 0);
      expect(tabbable).to.have.length(1);
      await harness.press('ArrowRight', WS196);
      expect(harness.focusedTitle()).to.include('IPv6 Deployment');
      await harness.press('ArrowLeft');
      expect(harness.focusedTitle()).to.include(WS196);
      await harness.press('ArrowUp');
      expect(harness.focusedTitle()).to.equal('Coffee Break');
      // The break has nothing to open, but focus reaches it: it is named, and says it does nothing.
      const focused = await findAxNode((node) => node.focused === true);
      expect([focused?.role, focused?.name.split(',')[0], focused?.disabled]).to.deep.equal(['button', 'Coffee Break', true]);
      await harness.press('ArrowUp');
      expect(harness.focusedTitle()).to.include('SMEs and E-Commerce');
      await harness.press('ArrowDown');
      await harness.press('ArrowDown');
      expect(harness.focusedTitle()).to.include(WS196);
      expect(harness.sessionButtons().filter((button) => button.tabIndex === 0).map((b) => readText(b.querySelector('.item-title')))).to.deep.equal([
        readText(harness.session(WS196).querySelector('.item-title')),
      ]);
      await harness.press('Home');
      expect(harness.focusedTitle()).to.include('Orientation Session');
      await harness.press('End');
      expect(harness.focusedTitle()).to.include('Internationalized Domain Names');
    });

    it('moves with the arrow keys from a session’s star as from the session, instead of scrolling the page', async () => {
      for (const [layout, key, back] of [['grid', 'ArrowRight', 'ArrowLeft'], ['list', 'ArrowDown', 'ArrowUp']] as const) {
        const harness = await timeline({ layout });
        await harness.idle();
        // Where the key goes from WS196, then back there, which makes it the tab stop.
        await harness.press(key, WS196);
        const beside = harness.focusedTitle();
        await harness.press(back);
        expect(harness.focusedTitle()).to.include(WS196);
        await harness.press('Tab');
        const star = harness.element.shadowRoot!.activeElement as HTMLElement;
        expect(star.getAttribute('part'), `${layout}: Tab from the session`).to.equal('save-toggle');
        const scrolled = window.scrollY;
        await harness.press(key);
        expect(harness.focusedTitle(), layout).to.equal(beside);
        expect(window.scrollY, `${layout}: the page did not scroll`).to.equal(scrolled);
      }
    });

    it('takes Tab from the Filters button, once open, straight into the filters', async () => {
      const harness = await timeline();
      const toggle = harness.element.shadowRoot!.querySelector<HTMLElement>('[aria-controls="filters"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await harness.settle();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      const focused = harness.element.shadowRoot!.activeElement!;
      expect(focused.closest('[part~="filters"]'), `Tab went to ${focused.outerHTML.slice(0, 60)}`).to.not.equal(null);
    });

    it('takes Tab into the day, while it runs, to the first session not over yet, where the day opens, without scrolling it away', async () => {
      // During WS196 (11:30): the sessions of 9:00 and the coffee break are over; the 11:00 ones are on.
      for (const layout of ['grid', 'list']) {
        const harness = await timeline({ layout, now: DURING_WS196 });
        await harness.idle();
        const box = harness.element.shadowRoot!.querySelector<HTMLElement>(`[part~="${layout}"]`)!;
        const opened = box.scrollTop;
        harness.element.shadowRoot!.querySelector<HTMLElement>('[part~="day-tab"][aria-selected="true"]')!.focus();
        await harness.press('Tab');
        expect(harness.focusedTitle(), layout).to.include('WS225');
        expect(box.scrollTop, `${layout}: where the day opened`).to.equal(opened);
      }
    });

    it('keeps the rooms’ names and the hour axis over a focused session that runs under them', async () => {
      // As GraphQLConf's Sponsor Showcase in Sched's export: a session of a whole afternoon, taller than the grid shows.
      const rooms = Array.from({ length: 8 }, (_, index) => ({ id: `r${index}`, name: `Room ${index}` }));
      const schedule = normalizeFeed({
        version: 1,
        event: { id: 'timeline-long-session', name: 'Long', timeZone: 'Europe/Istanbul' },
        rooms,
        sessions: [
          { id: 'long', title: 'Sponsor Showcase', start: '2030-03-10T09:00', end: '2030-03-10T18:00', roomId: 'r0' },
          ...rooms.slice(1).map(({ id }) => ({ id: `talk-${id}`, title: `A talk in ${id}`, start: '2030-03-10T13:00', end: '2030-03-10T14:00', roomId: id })),
        ],
      }).schedule;
      const harness = await timeline({ schedule, layout: 'grid' });
      await harness.press('ArrowLeft', 'A talk in r1');
      expect(harness.focusedTitle()).to.equal('Sponsor Showcase');
      const root = harness.element.shadowRoot!;
      // Taller than the grid, it shows its start (its time and title) below the rooms' names, rather than a blank middle.
      const heads = root.querySelector('.heads')!.getBoundingClientRect();
      // The time is drawn at the start of the title's box.
      const start = harness.session('Sponsor Showcase').querySelector('.item-title')!.getBoundingClientRect();
      expect(start.top, 'the focused session’s time and title, below the rooms’ names').to.be.at.least(heads.bottom - 0.5);
      expect(start.top, 'the focused session’s time and title, in the grid').to.be.below(root.querySelector('[part~="grid"]')!.getBoundingClientRect().bottom - 40);
      const seen = (x: number, y: number): string => {
        const hit = root.elementFromPoint(x, y);
        return hit?.closest('.heads') ? 'the rooms’ names' : hit?.closest('.axis') ? 'the hour axis' : `${hit?.localName}.${hit?.className}`;
      };
      const head = root.querySelector('.head')!.getBoundingClientRect();
      expect(seen(head.left + head.width / 2, head.top + head.height / 2), 'over the focused session, at its room’s name').to.equal('the rooms’ names');
      // The grid scrolled sideways (a trackpad), focus staying on the session, which slides under the sticky axis.
      const grid = root.querySelector<HTMLElement>('[part~="grid"]')!;
      grid.scrollLeft = 100;
      await harness.settle();
      const axis = root.querySelector('.axis')!.getBoundingClientRect();
      const cell = harness.session('Sponsor Showcase').getBoundingClientRect();
      expect(cell.left, 'the session under the axis').to.be.lessThan(axis.right - 20);
      expect(seen(axis.right - 10, grid.getBoundingClientRect().top + 240), 'over the focused session, at the axis').to.equal('the hour axis');
    });

    it('brings the session it moves to wholly beside the hour axis in a grid as narrow as a zoomed phone (320 px), in English and Arabic', async () => {
      // Centred in the whole box, a 184 px room at 320 px ran 15 px under the 76 px axis: "Vorkshop Room 03", its focus ring hidden there.
      for (const [locale, key] of [['en-US', 'ArrowRight'], ['ar', 'ArrowLeft']] as const) {
        const harness = await timeline({ layout: 'grid', width: '320px', locale });
        await harness.idle();
        await harness.press(key, 'Freedom of Expression');
        expect(harness.focusedTitle(), locale).to.include(WS196);
        const axis = harness.element.shadowRoot!.querySelector('.axis')!.getBoundingClientRect();
        const cell = harness.session(WS196).getBoundingClientRect();
        const clear = locale === 'ar' ? axis.left - cell.right : cell.left - axis.right;
        expect(clear, `${locale}: px between the axis and the session's start`).to.be.at.least(0);
      }
    });

    it('opens the focused session with Enter', async () => {
      const harness = await timeline();
      await harness.press('Enter', WS196);
      await waitUntil(() => harness.dialog());
      expect(harness.dialogCard()!.session!.id).to.equal('ws196');
    });

    it('mirrors Left and Right in a right-to-left language', async () => {
      const harness = await timeline();
      harness.element.locale = 'ar';
      await harness.settle();
      expect(harness.element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      await harness.press('ArrowLeft', WS196);
      expect(harness.focusedTitle()).to.include('IPv6 Deployment');
      await expect(harness.element).to.be.accessible();
    });

    it('moves to the next and previous session in the list', async () => {
      const harness = await timeline({ layout: 'list' });
      await waitUntil(() => harness.visibleSessionTitles().length > 3);
      await harness.press('ArrowDown', 'Orientation Session');
      expect(harness.focusedTitle()).to.include('Affordable Broadband');
      await harness.press('End');
      await waitUntil(() => harness.focusedTitle()?.includes('Internationalized Domain Names'));
    });
  });

  describe('every session of the day in the page', () => {
    it('builds every session of a 320-session day, in at most 12 DOM nodes each, once the page is idle', async () => {
      const large = await timeline({ schedule: normalizeFeed(generatedFeed(2000, 40)).schedule });
      await large.idle();
      expect(large.sessionButtons()).to.have.length(320);
      expect(large.visibleSessionTitles()).to.include.members(['Generated session 0', 'Generated session 319']);
      expect(large.cellNodes() / 320).to.be.at.most(12);
      await large.chooseLayout('List');
      await large.idle();
      expect(large.sessionButtons()).to.have.length(320);
      expect(large.cellNodes() / 320).to.be.at.most(12);
    });

    it('builds what is on screen first and the rest while the page is idle, in session order', async () => {
      const harness = await timeline({ schedule: normalizeFeed(generatedFeed(2000, 40)).schedule, unsettled: true });
      const first = harness.visibleSessionTitles();
      // The 958 × 480 px grid shows about 5 of the 40 rooms and the first hours.
      expect(first).to.include('Generated session 4').and.not.include('Generated session 319');
      expect(first.length).to.be.lessThan(320);
      await harness.idle();
      const then = harness.visibleSessionTitles();
      expect(then).to.have.length(320);
      expect(then).to.deep.equal(Array.from({ length: 320 }, (_, i) => `Generated session ${i}`));
    });

    it('gives a screen reader every session of the day, also those far off screen, in both layouts', async () => {
      const harness = await timeline({ schedule: normalizeFeed(generatedFeed(2000, 40)).schedule });
      for (const layout of ['Grid', 'List']) {
        await harness.chooseLayout(layout);
        await harness.idle();
        // The last room's last session: far to the side and below the 958 × 480 px box.
        const last = await findAxNode((node) => node.role === 'button' && node.name.startsWith('Generated session 319'));
        expect(last?.name, `${layout}: read, not only in the document`).to.include('Generated session 319');
      }
    });

    it('keeps cells that a filter lets through, removing only the others', async () => {
      const harness = await timeline({ schedule: normalizeFeed(generatedFeed(2000, 40)).schedule });
      await harness.idle();
      const kept = harness.session('Generated session 12');
      await harness.search('12');
      expect(harness.session('Generated session 12')).to.equal(kept);
      expect(harness.sessionButtons().length).to.be.within(1, 319);
      expect(harness.sessionButtons().every((button) => readText(button).includes('12'))).to.equal(true);
    });
  });

  describe('a big feed, painted before all of it is built', () => {
    const { warnings } = captureConsole();
    const inline = inlineFeeds();

    it('shows its first day at once, and reports the feed’s problems once the rest is built', async () => {
      const harness = await timeline({ feed: bigFeed(), unsettled: true });
      expect(harness.selectedDay()).to.equal('Tue, Jan 1');
      expect(harness.visibleSessionTitles()).to.include('Generated session 0');
      expect(warnings, 'the rest is built after the first paint').to.deep.equal([]);
      await waitUntil(() => warnings.length > 0, 'the report once the page was idle', { timeout: 4000 });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('$.sessions[1990].roomId');
    });

    it('reads a big feed named by src the same way, through the shared store', async () => {
      const element = await fixture<AgendaTimelineElement>(html`<agenda-timeline src=${inline(bigFeed())} locale="en-US" layout="grid"></agenda-timeline>`);
      const harness = new AgendaTimelineHarness(element);
      await harness.settle();
      expect(harness.selectedDay()).to.equal('Tue, Jan 1');
      expect(warnings).to.deep.equal([]);
      await harness.openDay('Mon, Jan 7');
      expect(harness.visibleSessionTitles()).to.include('Generated session 1920');
      await waitUntil(() => warnings.length > 0, 'the report once the rest was built', { timeout: 4000 });
      expect(warnings[0]).to.include('$.sessions[1990].roomId');
    });

    it('opens any day, searches every day and opens a deep link at once, whatever is built yet', async () => {
      const harness = await timeline({ feed: bigFeed() });
      await harness.openDay('Sat, Jan 5');
      expect(harness.visibleSessionTitles()).to.include('Generated session 1280');
      harness.element.remove();
      const searching = await timeline({ feed: bigFeed() });
      await searching.search('Generated session 1999');
      expect(searching.count()).to.equal('1 session matches');
      expect(searching.dayLabels().at(-1)).to.equal('Mon, Jan 7 (1)');
      searching.element.remove();
      history.replaceState(null, '', `${location.pathname}#session-g1700`);
      const linked = await timeline({ feed: bigFeed() });
      await waitUntil(() => linked.dialog());
      expect(linked.dialogCard()!.session!.title).to.equal('Generated session 1700');
      expect(linked.selectedDay()).to.equal('Sun, Jan 6');
    });
  });

  describe('run of show', () => {
    it('shows the session’s inner agenda with each item’s clock time, length and people', async () => {
      const harness = await timeline({ sessionId: 'ws196' });
      const root = harness.element.shadowRoot!;
      expect(readText(root.querySelector('[part~="title"]'))).to.equal('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      const items = [...root.querySelectorAll('[part~="agenda"] li')].map(readText);
      expect(items).to.have.length(10);
      expect(items[0]).to.equal('11:00 AM 5 min Background on Workshop Topic & Panelists Introduction Qusai Al-Shatti');
      expect(items[8]).to.match(/^11:40 AM 40 min Interactive Discussion/);
      await expect(harness.element).to.be.accessible();
    });

    it('marks the item running now', async () => {
      const harness = await timeline({ sessionId: 'ws196', now: Date.parse('2014-09-02T11:07:00+03:00') });
      const current = harness.element.shadowRoot!.querySelector('[aria-current="time"]')!;
      expect(readText(current)).to.include('Multistakeholder Engagement');
    });

    it('says when the session does not exist', async () => {
      const harness = await timeline({ sessionId: 'ws197' });
      expect(readText(harness.element.shadowRoot!.querySelector('[role="alert"]'))).to.equal('This session is not in the schedule.');
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('hostile feed text', () => {
    it('shows markup in titles as text', async () => {
      const { schedule } = normalizeFeed({
        version: 1,
        event: { name: 'x', timeZone: 'UTC' },
        sessions: [{ id: 'x', title: '<img src=x onerror="window.hacked=1">Talk', start: '2030-01-01T10:00:00Z', duration: 'PT1H' }],
      });
      const harness = await timeline({ schedule });
      expect(harness.visibleSessionTitles()).to.deep.equal(['<img src=x onerror="window.hacked=1">Talk']);
      expect(harness.element.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  it('shows the sample’s days with the right session counts', async () => {
    const harness = await timeline();
    await harness.openDay('Fri, Sep 5');
    expect(harness.count()).to.equal(`${sample.byDay.get('2014-09-05')!.length} sessions`);
  });
});
