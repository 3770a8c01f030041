import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness, readText } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { normalizeFeed } from '../../src/data/index.js';
import type { FeedV1 } from '../../src/data/model.js';
import { sampleFeed } from '../../src/sample/index.js';
import { SessionSaveEvent } from '../../src/events/session-save-event.js';
import { timeline } from './agenda-timeline.helpers.js';
import { DURING_WS196, SAMPLE_URL, contrast, sample, sampleAs, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

const WS196 = 'IGF & Enhanced Cooperation';

describe('<agenda-timeline>', () => {
  describe('states', () => {
    it('says it is loading, then that the feed failed', async () => {
      const el = await fixture<AgendaTimelineElement>(html`<agenda-timeline src="/nowhere.json" locale="en-US"></agenda-timeline>`);
      expect(readText(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading the schedule…');
      await expect(el).to.be.accessible();
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(readText(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal('The schedule is not available right now.');
      await expect(el).to.be.accessible();
    });

    it('loads the feed from src and shows the first day', async () => {
      const el = await fixture<AgendaTimelineElement>(html`<agenda-timeline src=${SAMPLE_URL} locale="en-US"></agenda-timeline>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="day-tab"]'));
      expect(readText(el.shadowRoot!.querySelector('[aria-selected="true"]'))).to.equal('Tue, Sep 2');
    });

    it('says so when the programme has no sessions', async () => {
      const harness = await timeline({ schedule: { ...sample, sessions: [], days: [] } });
      expect(readText(harness.element.shadowRoot!.querySelector('[part~="state"]'))).to.equal('This programme has no sessions yet.');
      await expect(harness.element).to.be.accessible();
    });
  });

  it('with json-ld, names every session of the programme as a schema.org Event in a child script', async () => {
    const harness = await timeline();
    const el = harness.element;
    el.toggleAttribute('json-ld', true);
    await waitUntil(() => el.querySelector(':scope > script[type="application/ld+json"]'), 'no JSON-LD was written');
    const data = JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')!.textContent!) as { '@graph': { name: string }[] };
    expect(data['@graph']).to.have.length(sample.sessions.length);
    expect(data['@graph'].map((event) => event.name)).to.include('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
  });

  describe('days', () => {
    it('shows the event-local days as tabs, the first selected before the event', async () => {
      const harness = await timeline();
      expect(harness.dayLabels()).to.deep.equal(['Tue, Sep 2', 'Wed, Sep 3', 'Thu, Sep 4', 'Fri, Sep 5']);
      expect(harness.selectedDay()).to.equal('Tue, Sep 2');
      expect(harness.count()).to.equal('21 sessions');
    });

    it('selects today while the event runs', async () => {
      const harness = await timeline({ now: Date.parse('2014-09-04T10:00:00+03:00') });
      expect(harness.selectedDay()).to.equal('Thu, Sep 4');
    });

    it('opens another day by click and by arrow keys', async () => {
      const harness = await timeline();
      await harness.openDay('Wed, Sep 3');
      expect(harness.count()).to.equal('25 sessions');
      harness.element.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!.focus();
      await harness.press('ArrowRight');
      expect(harness.selectedDay()).to.equal('Thu, Sep 4');
      expect(harness.element.shadowRoot!.activeElement?.getAttribute('aria-selected')).to.equal('true');
      await harness.press('End');
      expect(harness.selectedDay()).to.equal('Fri, Sep 5');
      await harness.press('ArrowRight');
      expect(harness.selectedDay()).to.equal('Tue, Sep 2');
    });
  });

  describe('grid', () => {
    it('is the default on a wide screen: rooms as columns, sessions with their times, no axe violations', async () => {
      const harness = await timeline();
      expect(harness.layout()).to.equal('grid');
      const heads = [...harness.element.shadowRoot!.querySelectorAll('.head')].map(readText);
      expect(heads).to.include.members(['Main Hall', 'Workshop Room 01', 'Workshop Room 03']);
      expect(harness.visibleSessionTitles().some((title) => title.includes(WS196))).to.equal(true);
      await expect(harness.element).to.be.accessible();
    });

    for (const [change, edit] of [
      ['adds a session before the day’s first hour', (feed: FeedV1) => feed.sessions.push({ id: 'early', title: 'Registration', start: '2014-09-02T07:00:00+03:00', duration: 'PT1H', roomId: 'room-01' })],
      ['takes away the sessions of its first hour', (feed: FeedV1) => (feed.sessions = feed.sessions.filter((session) => session.start !== '2014-09-02T09:00:00+03:00'))],
    ] as const) {
      it(`keeps what the person reads in place when a refresh ${change}`, async () => {
        const harness = await timeline({ feed: structuredClone(sampleFeed), layout: 'grid' });
        await harness.idle(); // every cell built
        const box = harness.element.shadowRoot!.querySelector<HTMLElement>('.grid')!;
        const offset = () => Math.round(harness.session('OF05').getBoundingClientRect().top - box.getBoundingClientRect().top);
        // Scrolled to the early afternoon: OF05 (1:15 PM) in the box's middle, neither end of the day in view.
        box.scrollTop += offset() - 240;
        await harness.settle();
        const before = offset();
        const feed = structuredClone(sampleFeed) as FeedV1;
        edit(feed);
        harness.element.feed = feed;
        await harness.settle();
        expect(offset(), 'OF05’s place in the box').to.equal(before);
      });
    }

    it('names each session by title first, then day, time, room and people', async () => {
      const harness = await timeline();
      const name = readText(harness.session(WS196));
      expect(name).to.match(
        /^WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected, Tuesday, September 2, 11:00 AM – 12:30 PM, Workshop Room 03, Qusai Al-Shatti, Peter Major,? and Desiree Miloshevic, /,
      );
      expect(name).not.to.match(/ ,|,,|, *$/);
    });

    it('keeps each name apart from the Arabic conjunction', async () => {
      const harness = await timeline({ locale: 'ar' });
      const name = harness.session(WS196).textContent!;
      // Each name isolated (U+2068 … U+2069): "Peter Major" and "و" are not one bidi run.
      expect(name).to.include('\u2068Qusai Al-Shatti\u2069');
      expect(name).to.match(/و ?\u2068Desiree Miloshevic\u2069/);
      // The venue's zone by its Arabic name, not the English city, with the abbreviation the venue uses.
      expect(harness.zoneCaption()).to.equal('الأوقات حسب توقيت شرق أوروبا (EEST)');
    });

    it('names the venue\'s zone in the reader\'s language (English names its city)', async () => {
      expect((await timeline({ locale: 'fr' })).zoneCaption()).to.equal('Horaires en heure d’Europe de l’Est (EEST)');
      expect((await timeline({ locale: 'zh' })).zoneCaption()).to.equal('时间为东欧时间（EEST）');
    });

    it('gives track colours legible text', async () => {
      const harness = await timeline();
      const button = harness.session(WS196);
      const style = getComputedStyle(button);
      expect(style.backgroundColor).to.equal('rgb(91, 60, 153)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
    });

    it('outlines sessions of a white track, as those without one, where they would melt into the grid, in both layouts', async () => {
      // A white or near-white track ("General", "Breaks") as events pick: two such sessions back to back read as one white box, whose ends nothing drew.
      const at = (time: string) => `2025-07-01T${time}`;
      const feed = {
        version: 1,
        event: { id: 'timeline-white-track', name: 'Summer School', timeZone: 'Europe/Lisbon' },
        rooms: [{ id: 'main', name: 'Main' }],
        tracks: [{ id: 'white', name: 'General', color: '#fdfdfd' }],
        sessions: [
          { id: 'doors', title: 'Doors open', start: at('09:00'), end: at('10:00'), roomId: 'main', trackId: 'white' },
          { id: 'workshop', title: 'Workshop', start: at('10:00'), end: at('12:00'), roomId: 'main', trackId: 'white' },
          { id: 'lunch', title: 'Lunch', start: at('12:00'), end: at('13:00'), roomId: 'main' },
        ],
      };
      for (const layout of ['grid', 'list']) {
        const harness = await timeline({ feed, layout });
        const [doors, workshop, lunch] = harness.sessionButtons().map((button) => getComputedStyle(button));
        let behind = harness.sessionButtons()[0]!.parentElement!;
        while (getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement!;
        for (const [name, style] of [['Doors open', doors!], ['Workshop', workshop!]] as const) {
          expect(style.borderBlockEndColor, `${layout}: ${name}'s edge`).to.equal(lunch!.borderBlockEndColor);
          expect(contrast(style.borderBlockEndColor, getComputedStyle(behind).backgroundColor), `${layout}: ${name}'s edge on the ${layout}`).to.be.at.least(1.3);
        }
      }
    });

    it('keeps a focused session as tall as its time while it shows all its text', async () => {
      const harness = await timeline();
      const button = harness.session(WS196);
      const cell = button.closest('.cell')!;
      const height = cell.getBoundingClientRect().height;
      button.focus();
      expect(Number(getComputedStyle(cell).zIndex), 'over its neighbours (drawn at z-index auto), under the rooms’ names and the axis').to.be.greaterThan(0);
      expect(button.getBoundingClientRect().height, '11:00–12:30 drawn whole').to.be.at.least(height - 2 * 2 - 1);
    });

    it('rings a focused star in a colour that shows on its session’s track colour, in both layouts', async () => {
      for (const layout of ['grid', 'list']) {
        const harness = await timeline({ layout });
        const button = harness.session(WS196);
        const star = button.parentElement!.querySelector<HTMLElement>('.save-toggle')!;
        star.focus();
        expect(star.matches(':focus-visible'), `${layout}: focused from the keyboard`).to.equal(true);
        const ring = getComputedStyle(star).outlineColor;
        expect(contrast(ring, getComputedStyle(button).backgroundColor), `${layout}: ring on the track`).to.be.at.least(3);
      }
    });

    it('is as tall as a short day, not an empty box below it, with its last hour written whole inside it', async () => {
      const harness = await timeline({ schedule: normalizeFeed(talkFeed()).schedule, layout: 'grid' });
      const grid = harness.element.shadowRoot!.querySelector<HTMLElement>('.grid')!;
      expect(grid.clientHeight, 'an hour drawn, under the rooms').to.be.below(240);
      expect(grid.scrollHeight, 'nothing to scroll to').to.be.at.most(grid.clientHeight);
      const ticks = [...grid.querySelectorAll('.tick')];
      expect(ticks.map(readText)).to.deep.equal(['11:00 AM', '12:00 PM']);
      expect(ticks.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(grid.getBoundingClientRect().bottom);
    });

    it('puts a break without a room across every column', async () => {
      const harness = await timeline();
      const coffee = harness.sessionButtons().find((button) => readText(button).startsWith('Coffee Break, Tuesday, September 2, 10:30 – 11:00 AM'));
      expect(coffee, 'the morning coffee break on screen').to.not.equal(undefined);
      const cell = coffee!.parentElement!;
      expect(cell.getBoundingClientRect().width).to.be.greaterThan(harness.element.shadowRoot!.querySelector('.head')!.getBoundingClientRect().width * 2);
    });
  });

  describe('grid text that does not fit', () => {
    const feed = {
      version: 1,
      event: { name: 'Overlap Day', timeZone: 'Europe/Berlin' },
      rooms: [
        { id: 'a', name: 'Room A' },
        { id: 'b', name: 'The Extraordinarily Long Grand Ballroom Named After A Very Generous Sponsor Incorporated Limited' },
      ],
      sessions: [
        { id: 'a1', title: 'Two at once, the first', start: '2027-06-01T09:00:00+02:00', duration: 'PT1H', roomId: 'a' },
        { id: 'a2', title: 'Two at once, the second', start: '2027-06-01T09:00:00+02:00', duration: 'PT1H', roomId: 'a' },
        { id: 'b1', title: 'Alone', start: '2027-06-01T09:00:00+02:00', duration: 'PT1H', roomId: 'b' },
      ],
    };
    afterEach(() => document.documentElement.style.removeProperty('font-size'));

    /** The lines of `element`'s text that show whole inside its content box (its padding cut off). */
    function wholeLines(element: Element): number {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
      const bottom = box.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines = new Set([...range.getClientRects()].filter((line) => line.top >= top - 0.5 && line.bottom <= bottom + 0.5).map((line) => Math.round(line.top)));
      return lines.size;
    }

    it('shows a long room name’s first two lines whole, and a short one whole at twice the text size', async () => {
      document.documentElement.style.fontSize = '200%';
      const harness = await timeline({ feed, width: '390px', layout: 'grid' });
      await waitUntil(() => harness.element.shadowRoot!.querySelectorAll('.head').length === 2, 'the grid’s heads');
      const [short, long] = harness.element.shadowRoot!.querySelectorAll('.head');
      expect(wholeLines(short!), 'Room A').to.equal(1);
      const range = document.createRange();
      range.selectNodeContents(short!);
      const line = range.getBoundingClientRect();
      const head = short!.getBoundingClientRect();
      expect(line.top, 'inside its header').to.be.at.least(head.top);
      expect(line.bottom).to.be.at.most(head.bottom);
      expect(wholeLines(long!), 'the long name').to.equal(2);
    });

    it('gives two sessions at once in a narrow column their titles, the star above', async () => {
      const harness = await timeline({ feed, width: '390px', layout: 'grid' });
      const both = harness.sessionButtons().filter((button) => readText(button).startsWith('Two at once'));
      expect(both).to.have.length(2);
      for (const button of both) {
        const title = button.querySelector('.item-title')!;
        expect(getComputedStyle(title, '::before').display, 'the time gives way').to.equal('none');
        const star = title.closest('.cell')!.querySelector('.save-toggle')!.getBoundingClientRect();
        const text = title.getBoundingClientRect();
        expect(text.top, 'the title below the star').to.be.at.least(star.bottom - 1);
        expect(text.width, 'the title has the lane’s width').to.be.greaterThan(title.closest('.cell')!.getBoundingClientRect().width * 0.6);
      }
    });
  });

  describe('list', () => {
    it('is the default on a narrow screen, grouped by start time, without axe violations', async () => {
      const harness = await timeline({ width: '360px' });
      await waitUntil(() => harness.layout() === 'list');
      await waitUntil(() => harness.visibleSessionTitles().length > 3);
      const slots = [...harness.element.shadowRoot!.querySelectorAll('.slot')].map(readText);
      expect(slots[0]).to.equal('9:00 AM');
      await expect(harness.element).to.be.accessible();
    });

    it('keeps the person’s place when a phone turns: the first session in view stays in view in the grid, and back in the list', async () => {
      const harness = await timeline({ width: '390px' });
      await waitUntil(() => harness.layout() === 'list');
      const box = (): HTMLElement => harness.element.shadowRoot!.querySelector<HTMLElement>('.grid, .list')!;
      /** Whether `session` is wholly in the box's view (below the grid's room names). */
      const inView = (session: Element): boolean => {
        const seen = box().getBoundingClientRect();
        const { top, bottom, left, right } = session.getBoundingClientRect();
        return top >= seen.top + (parseFloat(getComputedStyle(box()).scrollPaddingTop) || 0) && bottom <= seen.bottom && left >= seen.left && right <= seen.right;
      };
      const firstInView = (): string => readText(harness.sessionButtons().find((session) => session.getAttribute('aria-disabled') !== 'true' && inView(session))!.querySelector('.item-title'));
      // The afternoon scrolled to with a finger: WS213 at the list's top.
      box().scrollTop += harness.session('WS213').getBoundingClientRect().top - box().getBoundingClientRect().top - 2;
      await harness.settle();
      expect(firstInView()).to.match(/^WS213/);
      for (const [width, layout] of [['844px', 'grid'], ['390px', 'list']] as const) {
        const title = firstInView();
        harness.element.style.inlineSize = width;
        await waitUntil(() => harness.layout() === layout, layout);
        await harness.settle();
        expect(inView(harness.session(title)), `${title} in view in the ${layout} at ${width}`).to.equal(true);
      }
    });

    it('keeps the person’s layout choice across re-creation', async () => {
      const first = await timeline();
      await first.chooseLayout('List');
      expect(first.layout()).to.equal('list');
      first.element.remove();
      const second = await timeline();
      expect(second.layout()).to.equal('list');
    });
  });

  describe('filters', () => {
    it('searches accent- and case-insensitively and announces the count', async () => {
      const harness = await timeline();
      await harness.search('désirée MILOSHEVIC');
      expect(harness.count()).to.match(/^\d+ sessions? match(es)?$/);
      expect(harness.visibleSessionTitles().some((title) => title.includes(WS196))).to.equal(true);
      expect(harness.element.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
      await harness.search('zzzz nothing');
      expect(harness.count()).to.equal('No sessions match');
      expect(readText(harness.element.shadowRoot!.querySelector('.panel [part~="state"]'))).to.include('No sessions match these filters.');
    });

    it('shows its whole hint in the search field on a phone (390 px, a page in its system font), in each language', async () => {
      const cut: string[] = [];
      for (const locale of ['en-US', 'ar', 'es', 'fr', 'ru', 'zh']) {
        const harness = await timeline({ locale, width: '374px' });
        harness.element.style.fontFamily = 'system-ui, sans-serif';
        const input = harness.element.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
        // The hint as typed words: they have its room (beside the clear button's), and scroll when longer.
        input.value = input.placeholder;
        if (input.scrollWidth > input.clientWidth) cut.push(`${locale}: “${input.placeholder}”, ${input.scrollWidth} px in ${input.clientWidth}`);
        input.value = '';
      }
      expect(cut).to.deep.equal([]);
    });

    it('says that no session of the day matches, not that none does, while other days have matches', async () => {
      const harness = await timeline();
      await harness.openDay('Wed, Sep 3');
      await harness.search('IPv6');
      expect(harness.count()).to.equal('2 sessions match');
      expect(harness.dayLabels()).to.deep.equal(['Tue, Sep 2 (1)', 'Wed, Sep 3 (0)', 'Thu, Sep 4 (0)', 'Fri, Sep 5 (1)']);
      expect(readText(harness.element.shadowRoot!.querySelector('.panel [part~="state"]'))).to.equal('No sessions of this day match these filters. Clear filters');
    });

    it('filters by track, counts per day on the tabs, and clears', async () => {
      const harness = await timeline();
      await harness.filterTrack('IGF and the Future of the Internet Ecosystem');
      const ecosystem = sample.sessions.filter((session) => session.track?.id === 'ecosystem');
      expect(harness.count()).to.equal(`${ecosystem.length} sessions match`);
      expect(harness.dayLabels()[0]).to.equal(`Tue, Sep 2 (${ecosystem.filter((s) => s.day === '2014-09-02').length})`);
      for (const title of harness.visibleSessionTitles()) {
        expect(ecosystem.some((session) => title.endsWith(session.title))).to.equal(true);
      }
      await expect(harness.element).to.be.accessible();
      await harness.clearFilters();
      expect(harness.count()).to.equal('21 sessions');
    });

    it('shows only saved sessions when asked', async () => {
      const harness = await timeline();
      harness.element.saved = ['ws196'];
      await harness.toggleSavedOnly();
      expect(harness.count()).to.equal('1 session matches');
      expect(harness.visibleSessionTitles()).to.have.length(1);
      expect(readText(harness.session(WS196))).to.include('Saved');
    });

    it('says that nothing is saved yet, not that no session matches, when only saved sessions are shown and none is saved', async () => {
      const harness = await timeline();
      harness.element.saved = [];
      await harness.toggleSavedOnly();
      expect(readText(harness.element.shadowRoot!.querySelector('.panel [part~="state"]'))).to.equal('Nothing saved yet. Clear filters');
    });

    it('lets go of a room filter whose room a newer programme renamed, rather than match nothing under another name', async () => {
      const feed = (roomId: string, roomName: string) =>
        normalizeFeed({
          version: 1,
          event: { id: 'renamed-room', name: 'Forum', timeZone: 'UTC' },
          rooms: [{ id: roomId, name: roomName }, { id: 'b', name: 'Hall B' }],
          sessions: [
            { id: 's1', title: 'One', start: '2030-01-01T10:00:00Z', duration: 'PT1H', roomId },
            { id: 's2', title: 'Two', start: '2030-01-01T11:00:00Z', duration: 'PT1H', roomId: 'b' },
          ],
        }).schedule;
      const harness = await timeline({ schedule: feed('curie', 'Curie') });
      await harness.filterBy('Room', 'Curie');
      expect(harness.count()).to.equal('1 session matches');
      harness.element.schedule = feed('curie-renamed', 'Curie (renamed)');
      await harness.settle();
      expect(harness.count(), 'the filter still holds the old room').to.equal('2 sessions');
      const room = [...harness.element.shadowRoot!.querySelectorAll('[part~="filters"] select')].find((select) => select.closest('label')!.textContent!.includes('Room')) as HTMLSelectElement;
      expect(room.selectedOptions[0]!.textContent).to.equal('All rooms');
    });

    it('keeps focus on the search box when “Clear filters” is chosen, in the panel or where nothing matches', async () => {
      const harness = await timeline();
      const root = harness.element.shadowRoot!;
      await harness.filterTrack('Plenary');
      root.querySelector<HTMLElement>('[part~="filters"] button:last-of-type')!.focus();
      await harness.press('Enter');
      expect(harness.count()).to.equal('21 sessions');
      expect(root.activeElement, 'focus left with the disabled button').to.equal(harness.searchInput());
      await harness.search('zzzz');
      root.querySelector<HTMLElement>('[part~="state"] button')!.focus();
      await harness.press('Enter');
      expect(harness.count()).to.equal('21 sessions');
      expect(root.activeElement, 'focus left with the removed button').to.equal(harness.searchInput());
    });

    it('keeps focus among the sessions shown when one is unsaved under “Only my saved sessions”, from its star or its dialog', async () => {
      const harness = await timeline({ layout: 'list' });
      harness.element.saved = ['ws182', 'ws196', 'ws213'];
      await harness.toggleSavedOnly();
      const root = harness.element.shadowRoot!;
      const star = (id: string): HTMLElement => root.querySelector<HTMLElement>(`[data-save-id="${id}"]`)!;
      star('ws196').focus();
      await harness.press('Enter');
      await harness.settle();
      expect(harness.visibleSessionTitles()).to.have.length(2);
      await waitUntil(() => harness.focusedTitle()?.includes('Internet of Things'), 'focus on the next saved session, not on the page');
      // Unsaved in its dialog: when the dialog closes, the session is gone, and focus goes to the one before it (none is after).
      await harness.openSession('Internet of Things');
      const inDialog = new SessionCardHarness(harness.dialogCard()!);
      await waitUntil(() => inDialog.saveButton(), 'the dialog card’s Save'); // the full card's code may still be on its way
      await inDialog.toggleSave();
      await harness.press('Escape');
      await harness.settle();
      await waitUntil(() => harness.focusedTitle()?.includes('Freedom of Expression'), 'focus on the saved session before it');
      star('ws182').focus();
      await harness.press('Enter');
      await harness.settle();
      expect(harness.count()).to.equal('No sessions match');
      await waitUntil(() => readText(root.activeElement as HTMLElement | null) === 'Clear filters', 'focus on “Clear filters”');
    });

    it('follows the person’s saved list of the event, unless saved is set', async () => {
      const schedule = sampleAs('timeline-saved-list');
      const harness = await timeline({ schedule });
      await harness.toggleSavedOnly();
      expect(harness.count()).to.equal('No sessions match');
      SavedStore.for('timeline-saved-list').save([schedule.sessionsById.get('ws196')!]);
      await harness.settle();
      expect(harness.count()).to.equal('1 session matches');
      harness.element.saved = [];
      await harness.settle();
      expect(harness.count()).to.equal('No sessions match');
    });
  });

  describe('cells of the grid', () => {
    const long = 'on a very long title about internet governance and cooperation in depth and at length';
    const shortDay = normalizeFeed({
      version: 1,
      event: { name: 'Short', timeZone: 'Europe/Istanbul' },
      rooms: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `Room ${id}` })),
      people: [{ id: 'p', name: 'Oliver Brandt' }, { id: 'q', name: 'Chloé Martin' }],
      sessions: [10, 20, 30, 45, 60].map((minutes, i) => ({
        id: `s${minutes}`,
        title: `${minutes} minutes ${long}`,
        start: '2014-09-02T09:00:00+03:00',
        duration: `PT${minutes}M`,
        roomId: 'abcde'[i],
        people: [{ id: 'p' }, { id: 'q' }],
      })),
    }).schedule;

    it('show whole lines only, a readable title even when short, and everything on focus', async () => {
      const harness = await timeline({ schedule: shortDay, layout: 'grid' });
      for (const minutes of [10, 20, 30, 45, 60]) {
        const button = harness.session(`${minutes} minutes`);
        const inner = button.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(button).lineHeight);
        for (const block of button.querySelectorAll<HTMLElement>('.item-title, .item-people')) {
          if (getComputedStyle(block).display === 'none') continue;
          const box = block.getBoundingClientRect();
          expect(box.bottom, `${minutes} min: ${block.className} ends inside its cell`).to.be.at.most(inner.bottom);
          // Whole lines: the visible height is a whole number of lines (the time line included).
          expect(box.height / lineHeight, `${minutes} min: whole lines of ${block.className}`).to.be.closeTo(Math.round(box.height / lineHeight), 0.05);
        }
        const title = button.querySelector<HTMLElement>('.item-title')!;
        expect(title.getBoundingClientRect().height, `${minutes} min: a title line at least`).to.be.at.least(lineHeight - 1);
      }
      const clamped = harness.session('30 minutes').querySelector<HTMLElement>('.item-title')!;
      expect(clamped.scrollHeight).to.be.greaterThan(clamped.clientHeight);
      harness.session('30 minutes').focus();
      await harness.settle();
      expect(clamped.scrollHeight, 'the whole title once focused').to.be.at.most(clamped.clientHeight + 1);
    });
  });

  describe('a grid wider than its box', () => {
    it('shows a shadow on each edge past which rooms are hidden, and follows the scroll', async () => {
      const harness = await timeline({ layout: 'grid', width: '600px' });
      const root = harness.element.shadowRoot!;
      const panel = root.querySelector<HTMLElement>('.panel')!;
      const grid = root.querySelector<HTMLElement>('.grid')!;
      const shadow = (edge: 'before' | 'after'): string => getComputedStyle(panel, `::${edge}`).opacity;
      await waitUntil(() => shadow('after') === '1', 'a shadow at the end, where rooms are hidden');
      expect([panel.hasAttribute('data-more-start'), shadow('before')]).to.deep.equal([false, '0']);
      grid.scrollLeft = grid.scrollWidth;
      await waitUntil(() => panel.hasAttribute('data-more-start') && !panel.hasAttribute('data-more-end'), 'rooms hidden at the start only');
      const wide = await timeline({ layout: 'grid', width: '1600px' });
      await aTimeout(50);
      expect(wide.element.shadowRoot!.querySelector('.panel')!.hasAttribute('data-more-end'), 'no cue when every room fits').to.equal(false);
    });

    it('keeps the words of a break across every room in view beside the hours, scrolled to the last room, in both directions', async () => {
      for (const locale of ['en', 'ar']) {
        const harness = await timeline({ layout: 'grid', width: '600px', locale });
        const root = harness.element.shadowRoot!;
        const grid = root.querySelector<HTMLElement>('.grid')!;
        grid.scrollLeft = locale === 'ar' ? -grid.scrollWidth : grid.scrollWidth;
        window.scrollBy(0, grid.getBoundingClientRect().top);
        await aTimeout(50);
        const axis = root.querySelector('.axis')!.getBoundingClientRect();
        const box = grid.getBoundingClientRect();
        const title = [...root.querySelectorAll<HTMLElement>('.break .item-title')].find((line) => readText(line).includes('Coffee Break'))!;
        const { left, right, top, bottom } = title.getBoundingClientRect();
        expect(locale === 'ar' ? right <= axis.left && left >= box.left : left >= axis.right && right <= box.right, `${locale}: beside the hours, within the box`).to.equal(true);
        expect(title.contains(root.elementFromPoint((left + right) / 2, (top + bottom) / 2)), `${locale}: on top, not under the hours`).to.equal(true);
      }
    });

    it('keeps following the scroll after the page moves it elsewhere', async () => {
      const harness = await timeline({ layout: 'grid', width: '600px' });
      const root = harness.element.shadowRoot!;
      const panel = root.querySelector<HTMLElement>('.panel')!;
      await waitUntil(() => panel.hasAttribute('data-more-end'), 'rooms hidden at the end');
      const elsewhere = document.createElement('div');
      harness.element.parentElement!.after(elsewhere);
      elsewhere.append(harness.element);
      await harness.settle();
      const grid = root.querySelector<HTMLElement>('.grid')!;
      grid.scrollLeft = grid.scrollWidth;
      await waitUntil(() => panel.hasAttribute('data-more-start') && !panel.hasAttribute('data-more-end'), 'rooms hidden at the start only');
      elsewhere.remove();
    });

    it('takes the shadow away when the list replaces the grid, which does not scroll sideways', async () => {
      const harness = await timeline({ layout: 'grid', width: '600px' });
      const panel = harness.element.shadowRoot!.querySelector<HTMLElement>('.panel')!;
      await waitUntil(() => getComputedStyle(panel, '::after').opacity === '1', 'a shadow at the end of the grid');
      harness.element.layout = 'list';
      await harness.settle();
      expect(harness.element.shadowRoot!.querySelector('.list'), 'the list').to.exist;
      expect([panel.hasAttribute('data-more-start'), panel.hasAttribute('data-more-end')]).to.deep.equal([false, false]);
    });
  });

  describe('all-day sessions', () => {
    const sprints = normalizeFeed({
      version: 1,
      event: { name: 'Sprints', timeZone: 'Europe/Berlin' },
      rooms: [{ id: 'a', name: 'Room A' }, { id: 'b', name: 'Room B' }],
      sessions: [
        { id: 'sprints', title: 'Sprints', start: '2024-05-18T00:00:00+02:00', end: '2024-05-19T00:00:00+02:00', allDay: true },
        { id: 'k', title: 'Keynote', start: '2024-05-18T09:00:00+02:00', duration: 'PT1H', roomId: 'a' },
        { id: 't', title: 'A talk', start: '2024-05-18T10:00:00+02:00', duration: 'PT1H', roomId: 'b' },
      ],
    }).schedule;

    it('sit in a row above the hours in the grid, not a block from midnight', async () => {
      const harness = await timeline({ schedule: sprints, layout: 'grid', timeZone: 'Europe/Berlin' });
      const root = harness.element.shadowRoot!;
      expect(readText(root.querySelector('.tick'))).to.equal('All day');
      const allDay = harness.session('Sprints').getBoundingClientRect();
      const keynote = harness.session('Keynote').getBoundingClientRect();
      expect(allDay.height, 'a row, not 24 hours').to.be.below(80);
      expect(allDay.bottom).to.be.at.most(keynote.top);
      expect(keynote.top - allDay.top, 'the keynote right below it, not nine hours down').to.be.below(120);
      expect(readText(harness.session('Sprints'))).to.match(/^Sprints, Saturday, May 18, All day/);
    });

    it('are on the venue’s day for a reader a day behind it (Los Angeles), not on the day before and after', async () => {
      const harness = await timeline({ schedule: sprints, layout: 'list', timeZone: 'America/Los_Angeles' });
      expect(readText(harness.session('Sprints'))).to.match(/^Sprints, Saturday, May 18, All day/);
    });

    it('come first under an All day heading in the list', async () => {
      const harness = await timeline({ schedule: sprints, layout: 'list', timeZone: 'Europe/Berlin' });
      const headings = [...harness.element.shadowRoot!.querySelectorAll('.slot')].map(readText);
      expect(headings).to.deep.equal(['All day', '9:00 AM', '10:00 AM']);
    });
  });

  describe('the night the clocks go back', () => {
    // 2:30 comes twice in Berlin on 2026-10-25: at 2:30 CEST and, an hour later, at 2:30 CET.
    const night = normalizeFeed({
      version: 1,
      event: { name: 'Night owls', timeZone: 'Europe/Berlin' },
      rooms: [{ id: 'b', name: 'Room B' }],
      sessions: [
        { id: 'first', title: 'First 2:30', start: '2026-10-25T02:30:00+02:00', duration: 'PT30M', roomId: 'b' },
        { id: 'second', title: 'Second 2:30', start: '2026-10-25T02:30:00+01:00', duration: 'PT30M', roomId: 'b' },
      ],
    }).schedule;

    it('gives each 2:30 its own heading in the list, with its zone', async () => {
      const harness = await timeline({ schedule: night, layout: 'list' });
      const headings = [...harness.element.shadowRoot!.querySelectorAll('.slot')].map(readText);
      expect(headings).to.deep.equal(['2:30 AM CEST', '2:30 AM CET']);
    });

    it('names in its caption both zones the day is in', async () => {
      const harness = await timeline({ schedule: night, layout: 'grid' });
      expect(harness.zoneCaption()).to.equal('Times in Berlin time (CEST and CET)');
    });

    it('names both zones of a session over the change, so it never reads as ending before it starts', async () => {
      const harness = await timeline({ schedule: night, layout: 'grid' });
      expect(readText(harness.session('First 2:30'))).to.include('2:30 AM CEST – 2:00 AM CET');
    });
  });

  describe('on a phone', () => {
    it('keeps every day tab in view at 390 px, wrapping rather than running off the edge', async () => {
      const harness = await timeline({ width: '390px' });
      const box = harness.element.getBoundingClientRect();
      const tabs = [...harness.element.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs.map(readText)).to.deep.equal(['Tue, Sep 2', 'Wed, Sep 3', 'Thu, Sep 4', 'Fri, Sep 5']);
      for (const tab of tabs) {
        const rect = tab.getBoundingClientRect();
        expect(rect.left >= box.left && rect.right <= box.right, `${readText(tab)} inside the timeline`).to.equal(true);
      }
    });

    // The count is said (and shown) once typing pauses, half a second after the last key: a change of layout then is no answer to
    // input (the list's own change is), and Chrome counts it as a layout shift. On a 390 px phone (and here at 360 px) "21 sessions"
    // fit beside the zone's line and "8 sessions match" did not: the day tabs and the list moved 27 px down at each search, and up
    // when it was cleared (a CLS of 0.19 each way, measured at 390 px).
    it('moves nothing on a phone when the count of a search is said after typing pauses', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const harness = await timeline({ width: '328px' });
        harness.element.style.fontFamily = 'sans-serif'; // a phone's, wider than the test page's Times
        const tabs = harness.element.shadowRoot!.querySelector('[role="tablist"]')!;
        const input = harness.searchInput();
        input.value = 'governance';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await harness.element.updateComplete;
        const typed = tabs.getBoundingClientRect().top;
        await waitUntil(() => harness.count().includes('match'), 'the count not said');
        expect(tabs.getBoundingClientRect().top, 'the day tabs where they were as the search was typed').to.equal(typed);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('writes each hour of the grid’s axis on one line', async () => {
      const harness = await timeline({ layout: 'grid' });
      const ticks = [...harness.element.shadowRoot!.querySelectorAll<HTMLElement>('.tick')];
      expect(ticks.map(readText)).to.include('10:00 AM');
      const lineHeight = parseFloat(getComputedStyle(ticks[0]!).fontSize) * 1.6;
      for (const tick of ticks) expect(tick.getBoundingClientRect().height, readText(tick)).to.be.below(lineHeight);
    });

    it('writes each hour of the grid’s axis whole inside the axis when the reader’s minimum font size raises it', async () => {
      // A browser's minimum font size (Chromium's and Firefox's setting) raises the 12 px hours but not the em of the
      // boxes around them: at 20 px '10:00 AM' was 86 px wide in the 75 px axis, its 'M' under the first room's sessions.
      // Here as a style sheet in the timeline's shadow root raising the text of its innermost elements alone to 20 px.
      const harness = await timeline({ layout: 'grid' });
      const root = harness.element.shadowRoot!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':not(:has(*)) { font-size: max(1em, 20px) !important }');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const axis = root.querySelector('.axis')!.getBoundingClientRect();
      const ticks = [...root.querySelectorAll<HTMLElement>('.tick')];
      expect(parseFloat(getComputedStyle(ticks[0]!).fontSize)).to.equal(20);
      for (const tick of ticks) {
        const range = document.createRange();
        range.selectNodeContents(tick);
        const text = range.getBoundingClientRect();
        expect([text.left >= axis.left - 0.5, text.right <= axis.right + 0.5], `${readText(tick)}: ${text.left}–${text.right} in the axis ${axis.left}–${axis.right}`).to.deep.equal([true, true]);
      }
    });
  });

  describe('saving from the overview', () => {
    it('saves a session with the star beside it, in the grid and the list, and says so', async () => {
      const schedule = sampleAs('timeline-star');
      const harness = await timeline({ schedule });
      const store = SavedStore.for('timeline-star');
      const star = (): HTMLButtonElement => harness.session(WS196).parentElement!.querySelector<HTMLButtonElement>('.save-toggle')!;
      expect(star().getAttribute('aria-label')).to.equal('Save WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      const glyph = (): string => getComputedStyle(star(), '::before').content;
      expect([star().getAttribute('aria-pressed'), glyph()]).to.deep.equal(['false', '"☆"']);
      const saving = oneEvent<SessionSaveEvent>(harness.element, SessionSaveEvent.eventName);
      star().click();
      expect([(await saving).saved, (await saving).session.id]).to.deep.equal([true, 'ws196']);
      await harness.settle();
      expect([...store.ids]).to.deep.equal(['ws196']);
      expect([star().getAttribute('aria-pressed'), glyph()]).to.deep.equal(['true', '"★"']);
      expect(readText(harness.session(WS196))).to.include('Saved');
      expect(harness.dialog(), 'the star opens nothing').to.equal(null);

      await harness.chooseLayout('List');
      star().click();
      await harness.settle();
      expect([...store.ids]).to.deep.equal([]);
      expect(star().getAttribute('aria-pressed')).to.equal('false');
    });

    it('reaches the star with Tab from its session, and lets a cancelled session-save change nothing', async () => {
      const harness = await timeline({ schedule: sampleAs('timeline-star-keys') });
      // The grid's one tab stop is the day's first session; its star is the next.
      const first = harness.sessionButtons()[0]!;
      expect(first.tabIndex).to.equal(0);
      first.focus();
      await sendKeys({ press: 'Tab' });
      const focused = harness.element.shadowRoot!.activeElement as HTMLElement;
      expect(focused.classList.contains('save-toggle')).to.equal(true);
      expect(focused.getAttribute('aria-label')).to.equal('Save Orientation Session for Newcomers');
      harness.element.addEventListener(SessionSaveEvent.eventName, (event) => event.preventDefault(), { once: true });
      await sendKeys({ press: 'Enter' });
      await harness.settle();
      expect(focused.getAttribute('aria-pressed')).to.equal('false');
      expect(SavedStore.for('timeline-star-keys').ids.size).to.equal(0);
    });
  });

  describe('URL state', () => {
    it('writes the day and filters to st- parameters, keeping the page’s own', async () => {
      history.replaceState(null, '', `${location.pathname}?page=1`);
      const harness = await timeline();
      await harness.openDay('Wed, Sep 3');
      await harness.search('privacy');
      await waitUntil(() => new URLSearchParams(location.search).get('st-q') === 'privacy');
      const params = new URLSearchParams(location.search);
      expect(params.get('page')).to.equal('1');
      expect(params.get('st-day')).to.equal('2014-09-03');
    });

    it('reads them back on load', async () => {
      history.replaceState(null, '', `${location.pathname}?st-day=2014-09-04&st-track=ecosystem&st-layout=list`);
      const harness = await timeline();
      expect(harness.selectedDay()).to.match(/^Thu, Sep 4/);
      expect(harness.layout()).to.equal('list');
      expect(harness.count()).to.match(/sessions? match/);
    });
  });

  describe('dialog', () => {
    it('opens a session in full, fires session-select, sets the fragment, and returns focus on Escape', async () => {
      const harness = await timeline();
      const selected = oneEvent<SessionSelectEvent>(harness.element, SessionSelectEvent.eventName);
      await harness.openSession(WS196);
      expect((await selected).session.id).to.equal('ws196');
      const dialog = harness.dialog()!;
      expect(dialog.getAttribute('aria-label')).to.equal('IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect(harness.dialogCard()!.variant).to.equal('full');
      expect(location.hash).to.equal('#session-ws196');
      await expect(harness.element).to.be.accessible();
      await harness.press('Escape');
      expect(harness.dialog()).to.equal(null);
      expect(location.hash).to.equal('');
      await waitUntil(() => harness.focusedTitle()?.includes(WS196));
      // The closed dialog lets its card go once the page is idle (not in the closing's frame).
      await waitUntil(() => !harness.element.shadowRoot!.querySelector('dialog session-card'), 'the closed dialog still holds its card', { timeout: 3000 });
    });

    it('brings the session back on the page when the dialog closes and the page had scrolled away', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const spacer = document.createElement('div');
      spacer.style.blockSize = '3000px';
      harness.element.after(spacer);
      try {
        window.scrollTo(0, 2500);
        await harness.press('Escape');
        await waitUntil(() => harness.focusedTitle()?.includes(WS196), 'focus is not back on the session');
        const box = harness.session(WS196).getBoundingClientRect();
        expect(box.top, 'the session below the top of the page’s view').to.be.at.least(0);
        expect(box.bottom, 'the session above its bottom').to.be.at.most(innerHeight);
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('leaves the day where it was when the dialog closes over a session on screen', async () => {
      const harness = await timeline();
      const grid = harness.element.shadowRoot!.querySelector<HTMLElement>('[part~="grid"]')!;
      expect(grid.scrollWidth, 'the day is wider than its box').to.be.greaterThan(grid.clientWidth);
      const before = [grid.scrollTop, grid.scrollLeft];
      await harness.openSession(WS196);
      await harness.press('Escape');
      await waitUntil(() => harness.focusedTitle()?.includes(WS196), 'focus is not back on the session');
      await harness.settle();
      expect([grid.scrollTop, grid.scrollLeft], 'the grid scrolled').to.deep.equal(before);
    });

    it('closes only the card’s calendar menu on Escape, not the dialog', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const card = new SessionCardHarness(harness.dialogCard()!);
      await waitUntil(() => card.calendarToggle(), 'no “Add to calendar” in the dialog’s card');
      await card.toggleCalendar();
      expect(card.calendarToggle()!.getAttribute('aria-expanded')).to.equal('true');
      card.calendarMenu()!.querySelector<HTMLElement>('a, button')!.focus();
      await harness.press('Escape');
      await harness.settle();
      expect(harness.dialog(), 'the dialog closed with its menu').to.not.equal(null);
      expect(card.calendarToggle()!.getAttribute('aria-expanded')).to.equal('false');
      expect(harness.dialogCard()!.shadowRoot!.activeElement).to.equal(card.calendarToggle());
      await harness.press('Escape');
      expect(harness.dialog(), 'a second Escape closes the dialog').to.equal(null);
    });

    it('keeps a session saved in the dialog', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const save = harness.dialogCard()!.shadowRoot!.querySelector<HTMLButtonElement>('.save')!;
      save.click();
      await aTimeout(0);
      expect([...harness.element.saved]).to.deep.equal(['ws196']);
    });

    it('opens a person from a name in the session, with their sessions, each of which opens in turn', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const sessionCard = harness.dialogCard()!;
      const chosen = oneEvent<SpeakerSelectEvent>(harness.element, SpeakerSelectEvent.eventName);
      await harness.openPerson('Peter Major');
      expect((await chosen).person.id).to.equal('peter-major');
      expect(sessionCard.shadowRoot!.querySelector('dialog[open]'), 'the card opened no dialog of its own').to.equal(null);
      expect(harness.dialog()!.getAttribute('aria-label')).to.equal('Peter Major');
      expect(location.hash).to.equal('#person-peter-major');
      const card = harness.dialogPersonCard()!;
      expect(harness.element.shadowRoot!.activeElement?.matches('[data-close]'), 'focus on the close button').to.equal(true);
      await expect(harness.element).to.be.accessible();
      // Their session opens in the same dialog.
      const session = card.shadowRoot!.querySelector<HTMLElement>('[part~="session-title"]')!;
      expect(readText(session)).to.include('WS196');
      session.click();
      await waitUntil(() => harness.dialogCard()?.session?.id === 'ws196', 'the dialog shows WS196 again');
      expect(location.hash).to.equal('#session-ws196');
      await harness.press('Escape');
      expect(harness.dialog()).to.equal(null);
      expect(location.hash).to.equal('');
    });

    it('opens a person from a deep link, and leaves the person alone when the page cancels speaker-select', async () => {
      history.replaceState(null, '', `${location.pathname}#person-desiree-miloshevic`);
      const harness = await timeline();
      await waitUntil(() => harness.dialogPersonCard(), 'the person’s dialog');
      expect(harness.dialogPersonCard()!.person!.name).to.equal('Desiree Miloshevic');
      await harness.closeDialog();
      // Opened by the link, it came from no session: focus goes to the day's, not to the page.
      await waitUntil(() => harness.element.shadowRoot!.activeElement?.matches('[part~="session"]'), 'focus on the day’s session, not on the page');

      await harness.openSession(WS196);
      harness.element.addEventListener(SpeakerSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
      const name = [...harness.dialogCard()!.shadowRoot!.querySelectorAll<HTMLElement>('.person-name')].find((b) => readText(b) === 'Peter Major')!;
      name.click();
      await aTimeout(20);
      expect(harness.dialogCard(), 'still the session').to.exist;
      expect(harness.dialogPersonCard()).to.equal(null);
    });

    it('keeps its dialog modal when the page moves the timeline (a re-sorted or re-laid-out page)', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const other = document.createElement('section');
      harness.element.parentElement!.after(other);
      try {
        other.append(harness.element);
        await harness.element.updateComplete;
        expect(harness.dialog()!.matches(':modal'), 'still modal, over an inert page').to.equal(true);
        await harness.press('Escape');
        expect(harness.dialog()).to.equal(null);
      } finally {
        other.remove();
      }
    });

    it('fills a phone’s screen, keeps the close button off the card, and frames the card once', async () => {
      await setViewport({ width: 390, height: 844 });
      try {
        const harness = await timeline({ width: '390px' });
        await harness.openSession(WS196);
        const dialog = harness.dialog()!.getBoundingClientRect();
        expect([dialog.left, dialog.top, dialog.width, dialog.height]).to.deep.equal([0, 0, 390, 844]);
        const close = harness.dialog()!.querySelector('.close')!.getBoundingClientRect();
        const banner = harness.dialogCard()!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect();
        expect(close.bottom, 'the close button above the banner, not over it').to.be.at.most(banner.top);
        const base = getComputedStyle(harness.dialogCard()!.shadowRoot!.querySelector('[part~="base"]')!);
        expect([base.borderTopWidth, base.borderInlineStartWidth]).to.deep.equal(['0px', '0px']);
        // The actions take two rows at most before the description.
        const actions = [...harness.dialogCard()!.shadowRoot!.querySelectorAll<HTMLElement>('.actions > *')];
        expect(new Set(actions.map((action) => Math.round(action.getBoundingClientRect().top))).size).to.be.at.most(3);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('closes the session a link opened when the fragment leaves it (Back, or an anchor of the page)', async () => {
      const harness = await timeline();
      location.hash = '#session-ws196';
      await waitUntil(() => harness.dialog(), 'the link opens the session');
      history.back();
      await waitUntil(() => !harness.dialog(), 'Back closes it');
      location.hash = '#session-ws196';
      await waitUntil(() => harness.dialog(), 'the link opens it again');
      location.hash = '#footer';
      await waitUntil(() => !harness.dialog(), 'an anchor of the page closes it');
      await waitUntil(() => harness.element.shadowRoot!.activeElement?.matches('[part~="session"]'), 'focus on the day’s session, not on the page');
    });

    it('opens a link followed the moment the fragment closed another (the close event leaves the new fragment alone)', async () => {
      const harness = await timeline();
      location.hash = '#session-ws196';
      await waitUntil(() => harness.dialog(), 'the link opens the session');
      const dialog = harness.dialog()!;
      // The page's anchor closes the dialog; before its `close` event (a task of its own) the person follows a link.
      const followed = new Promise<void>((resolve) =>
        new MutationObserver((_, observer) => {
          observer.disconnect();
          location.hash = '#session-ws225';
          resolve();
        }).observe(dialog, { attributeFilter: ['open'] }),
      );
      location.hash = '#footer';
      await followed;
      await waitUntil(() => harness.dialog() && harness.dialogCard()?.session?.id === 'ws225', 'the link followed opens its session');
      expect(location.hash).to.equal('#session-ws225');
      await harness.press('Escape');
      history.replaceState(null, '', location.pathname);
    });

    it('keeps a dialog open again before its close event came (that event is stale: the link followed at once opened it)', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const dialog = harness.dialog()!;
      // Closed and opened in one task, as when the fragment closes it and a link opens it before the close event is dispatched.
      dialog.close();
      dialog.showModal();
      await aTimeout(100);
      expect(harness.dialog(), 'still open').to.equal(dialog);
      expect(location.hash).to.equal('#session-ws196');
      await harness.press('Escape');
      expect(harness.dialog()).to.equal(null);
    });

    it('without-url-state, neither follows nor sets the fragment: the page’s other timeline owns it', async () => {
      history.replaceState(null, '', `${location.pathname}#session-ws225`);
      const harness = await timeline({ withoutUrlState: true });
      await aTimeout(50);
      expect(harness.dialog(), 'the link is not this timeline’s').to.equal(null);
      history.replaceState(null, '', location.pathname);
      await harness.openSession(WS196);
      expect(location.hash).to.equal('');
      await harness.press('Escape');
      expect(harness.dialog()).to.equal(null);
    });

    it('opens from a deep link on load, on the session’s day', async () => {
      history.replaceState(null, '', `${location.pathname}#session-ws225`);
      const harness = await timeline();
      const session = sample.sessionsById.get('ws225');
      if (!session) throw new Error('the sample has ws225');
      await waitUntil(() => harness.dialog());
      expect(harness.dialogCard()!.session!.id).to.equal('ws225');
      expect(harness.selectedDay()).to.equal(new Date(`${session.day}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }));
    });
  });

  describe('time zone', () => {
    it('names a zone of an offset only (Etc/GMT-1, as pretalx gives it) by that offset, not its inverted id', async () => {
      const { schedule } = normalizeFeed({
        version: 1,
        event: { name: 'rC3', timeZone: 'Etc/GMT-1' },
        sessions: [{ id: 'a', title: 'Talk', start: '2020-12-27T11:00:00+01:00', duration: 'PT1H' }],
      });
      const harness = await timeline({ schedule });
      expect(harness.zoneCaption()).to.equal('Times in GMT+1 time (GMT+1)');
      expect(readText(harness.session('Talk'))).to.include('11:00 AM – 12:00 PM');
    });

    it('switches between the venue’s clock and another, and says which is in use', async () => {
      const harness = await timeline({ timeZone: 'America/New_York' });
      expect(harness.zoneCaption()).to.equal('Times in New York time (EDT)');
      await harness.chooseZone('Venue time');
      expect(harness.zoneCaption()).to.equal('Times in Istanbul time (EEST)');
      expect(readText(harness.session(WS196))).to.include('11:00 AM – 12:30 PM');
      await harness.chooseZone('New York');
      expect(readText(harness.session(WS196))).to.include('4:00 – 5:30 AM');
    });

    it('in another zone, gives a list time its day where that is not the tab’s', async () => {
      const { schedule } = normalizeFeed({
        version: 1,
        event: { name: 'Tokyo Summit', timeZone: 'Asia/Tokyo' },
        sessions: [
          { id: 'open', title: 'Opening', start: '2030-09-02T09:00', end: '2030-09-02T10:00' },
          { id: 'late', title: 'Late talk', start: '2030-09-02T17:00', end: '2030-09-02T18:00' },
        ],
      });
      const harness = await timeline({ schedule, layout: 'list', timeZone: 'America/Los_Angeles' });
      const slots = [...harness.element.shadowRoot!.querySelectorAll('.slot')].map(readText);
      // The tab is the venue's Monday, 2 September: 09:00 in Tokyo is Sunday evening in Los Angeles.
      expect(slots).to.deep.equal(['Sun, Sep 1, 5:00 PM', '1:00 AM']);
    });

    it('follows time-zone set or removed after the first paint, as the other tags do', async () => {
      const harness = await timeline();
      const el = harness.element;
      expect(harness.zoneCaption()).to.equal('Times in Istanbul time (EEST)');
      el.setAttribute('time-zone', 'Asia/Kolkata');
      await el.updateComplete;
      expect(harness.zoneCaption()).to.equal('Times in Kolkata time (GMT+5:30)');
      expect(readText(harness.session(WS196))).to.include('1:30 – 3:00 PM');
      el.removeAttribute('time-zone');
      await el.updateComplete;
      expect(harness.zoneCaption()).to.equal('Times in Istanbul time (EEST)');
      expect(location.search).not.to.include('zone');
    });
  });

  describe('now', () => {
    it('draws the now-line and lists what is happening now and next at a pinned now', async () => {
      const harness = await timeline({ now: DURING_WS196 });
      expect(harness.nowLine()).to.not.equal(null);
      const [now, next] = harness.nowAndNext();
      expect(now).to.match(/^Happening now/);
      expect(now).to.include(WS196);
      expect(next).to.match(/^Up next/);
      await expect(harness.element).to.be.accessible();
    });

    it('takes the pinned now as an attribute too, an ISO instant, as a page without a script gives it', async () => {
      const el = await fixture<AgendaTimelineElement>(
        html`<agenda-timeline src=${SAMPLE_URL} locale="en-US" without-url-state now="2014-09-02T11:30:00+03:00"></agenda-timeline>`,
      );
      const harness = new AgendaTimelineHarness(el, sendKeys);
      await harness.settle();
      expect(harness.nowAndNext()[0]).to.match(/^Happening now/).and.include(WS196);
      el.setAttribute('now', '2014-09-02T09:30:00+03:00');
      await harness.settle();
      expect(harness.nowAndNext()[0]).to.match(/^Happening now/).and.not.include(WS196);
      el.removeAttribute('now'); // the real clock: the event is long over
      await harness.settle();
      expect(harness.nowAndNext()).to.deep.equal([]);
    });

    it('gives focus back to the line of "Happening now" a session was opened from', async () => {
      const harness = await timeline({ now: DURING_WS196 });
      await harness.openDay('Thu, Sep 4');
      const line = [...harness.element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="now-next"] .line')].find((candidate) => readText(candidate).includes(WS196))!;
      line.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => harness.dialogCard()?.session?.id === 'ws196', 'the session’s dialog');
      await sendKeys({ press: 'Escape' });
      await harness.settle();
      const focused = (): string => readText(harness.element.shadowRoot!.activeElement as HTMLElement | null);
      await waitUntil(() => !harness.dialog() && focused() !== '', 'focus somewhere once the dialog closed');
      await harness.settle();
      expect(focused(), 'the line pressed, not the session’s cell in the day below').to.equal(readText(line));
    });

    it('puts the now-line’s label on the hour axis, where it covers no session (during the Main Hall’s first session)', async () => {
      const harness = await timeline({ now: Date.parse('2014-09-02T09:40:00+03:00'), layout: 'grid' });
      const root = harness.element.shadowRoot!;
      const label = root.querySelector('.now-label')!.getBoundingClientRect();
      const [axis, line] = [root.querySelector('.axis')!.getBoundingClientRect(), harness.nowLine()!.getBoundingClientRect()];
      expect(label.left, 'on the axis').to.be.at.least(axis.left);
      expect(label.right, 'on the axis').to.be.at.most(axis.right + 1);
      expect(label.top < line.top && label.bottom > line.top, 'across the line').to.equal(true);
      const sessions = [...root.querySelectorAll('[part~="session"]')].map((session) => session.getBoundingClientRect());
      expect(sessions.filter((box) => box.left < label.right && box.right > label.left && box.top < label.bottom && box.bottom > label.top)).to.deep.equal([]);
    });

    it('shows the now-line’s label whole at the grid’s first hour, below the room headers, not half under them', async () => {
      const harness = await timeline({ now: Date.parse('2014-09-02T09:00:00+03:00'), layout: 'grid' });
      const root = harness.element.shadowRoot!;
      const [label, line] = [root.querySelector('.now-label')!.getBoundingClientRect(), harness.nowLine()!.getBoundingClientRect()];
      // The corner over the axis ends where the headers do.
      expect(label.top, 'below the headers').to.be.at.least(root.querySelector('.heads')!.getBoundingClientRect().bottom - 0.5);
      expect(label.top, 'at the line').to.be.at.most(line.bottom);
    });

    it('follows now down the day on a screen left on, until the person scrolls the grid', async () => {
      const harness = await timeline({ now: Date.parse('2014-09-02T11:00:00+03:00'), layout: 'grid' });
      const box = harness.element.shadowRoot!.querySelector<HTMLElement>('.grid')!;
      const nowInView = (): boolean => {
        const [line, view] = [harness.nowLine()!.getBoundingClientRect(), box.getBoundingClientRect()];
        return line.top >= view.top && line.bottom <= view.bottom;
      };
      expect(nowInView(), 'at 11:00, as the day opened').to.equal(true);
      const opened = box.scrollTop;
      expect(opened, 'opened at now, not at the top').to.be.above(0);
      harness.element.now = Date.parse('2014-09-02T11:15:00+03:00');
      await harness.settle();
      expect(box.scrollTop, 'still, a quarter of an hour later: it does not creep under the eyes of someone reading it').to.equal(opened);
      for (const time of ['13:30', '15:00', '17:30']) {
        harness.element.now = Date.parse(`2014-09-02T${time}:00+03:00`);
        await harness.settle();
        expect(nowInView(), `at ${time}`).to.equal(true);
      }
      box.scrollTop = 0; // the person goes back to the morning
      harness.element.now = Date.parse('2014-09-02T17:45:00+03:00');
      await harness.settle();
      expect(box.scrollTop, 'the grid stays where the person left it').to.equal(0);
    });

    it('draws no now-line outside the day', async () => {
      const harness = await timeline();
      expect(harness.nowLine()).to.equal(null);
      expect(harness.nowAndNext()).to.deep.equal([]);
    });
  });
});
