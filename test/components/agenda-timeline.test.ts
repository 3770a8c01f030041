import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { readText } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { timeline } from './agenda-timeline.helpers.js';
import { DURING_WS196, SAMPLE_URL, sample, sampleAs } from './fixtures.js';

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
      // The venue's city kept apart too, with the abbreviation the venue uses.
      const caption = harness.element.shadowRoot!.querySelector('.zone-caption')!.textContent!;
      expect(caption).to.include('\u2068Istanbul\u2069').and.to.include('(EEST)');
    });

    it('gives track colours legible text', async () => {
      const harness = await timeline();
      const button = harness.session(WS196);
      const style = getComputedStyle(button);
      expect(style.backgroundColor).to.equal('rgb(91, 60, 153)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
    });

    it('puts a break without a room across every column', async () => {
      const harness = await timeline();
      const coffee = harness.sessionButtons().find((button) => readText(button).startsWith('Coffee Break, Tuesday, September 2, 10:30 – 11:00 AM'));
      expect(coffee, 'the morning coffee break on screen').to.not.equal(undefined);
      const cell = coffee!.parentElement!;
      expect(cell.getBoundingClientRect().width).to.be.greaterThan(harness.element.shadowRoot!.querySelector('.head')!.getBoundingClientRect().width * 2);
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
    });

    it('keeps a session saved in the dialog', async () => {
      const harness = await timeline();
      await harness.openSession(WS196);
      const save = harness.dialogCard()!.shadowRoot!.querySelector<HTMLButtonElement>('.save')!;
      save.click();
      await aTimeout(0);
      expect([...harness.element.saved]).to.deep.equal(['ws196']);
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
    it('switches between the venue’s clock and another, and says which is in use', async () => {
      const harness = await timeline({ timeZone: 'America/New_York' });
      expect(harness.zoneCaption()).to.equal('Times in New York time (EDT)');
      await harness.chooseZone('Venue time');
      expect(harness.zoneCaption()).to.equal('Times in Istanbul time (EEST)');
      expect(readText(harness.session(WS196))).to.include('11:00 AM – 12:30 PM');
      await harness.chooseZone('New York');
      expect(readText(harness.session(WS196))).to.include('4:00 – 5:30 AM');
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

    it('draws no now-line outside the day', async () => {
      const harness = await timeline();
      expect(harness.nowLine()).to.equal(null);
      expect(harness.nowAndNext()).to.deep.equal([]);
    });
  });
});
