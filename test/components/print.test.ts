/**
 * Printing: under print media (a print preview, a PDF export, the browser's emulation) the
 * timeline shows the day on screen as a plain list and the full card prints whole, without controls.
 * Print media is emulated here, which sends no `beforeprint`: the components must follow the media alone.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/speaker-list/speaker-list.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/now-next/now-next.define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import { isoDay } from '../../src/data/format.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { DURING_WS196, sample, sampleAs, withSchedule } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** Every element matching `selector` in `host`'s shadow root and in the shadow roots within it. */
function deepAll(host: Element, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (root: ShadowRoot): void => {
    found.push(...root.querySelectorAll<HTMLElement>(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(host.shadowRoot!);
  return found;
}

/** Whether the element is drawn: rendered, not `visibility: hidden`, with a box. */
function drawn(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return el.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
}

/** A short name of an element for messages. */
const nameOf = (el: Element): string => `${el.localName}.${[...el.classList].join('.')} "${readText(el as HTMLElement).slice(0, 30)}"`;

/**
 * Lays the fixture's block out on pages `height` px high, as paper does: it becomes columns filled one after
 * another, and a column breaks its content as a page does (keeping whole what asks to be kept whole).
 */
function onPages(el: HTMLElement, height: number): void {
  Object.assign(el.parentElement!.style, { columnWidth: '700px', columnGap: '0', columnFill: 'auto', blockSize: `${height}px` });
}

/** The names of those of `items` broken across two pages (drawn as more than one box). */
const broken = (items: HTMLElement[], name = nameOf): string[] => items.filter((item) => item.getClientRects().length > 1).map(name);

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  describe('<agenda-timeline>', () => {
    /** The sessions of 2 September 2014 at the venue, the day a timeline opens on during WS196, in the schedule's order. */
    const firstDay = sample.sessions.filter((session) => isoDay(session.startMs, sample.event.timeZone) === '2014-09-02');

    async function timeline(): Promise<HTMLElement> {
      const el = await withSchedule('agenda-timeline', { 'without-url-state': true }, { now: DURING_WS196 });
      await new AgendaTimelineHarness(el).idle();
      return el;
    }

    it('prints every session of the day shown, in order, each with its time, room, title and speakers', async () => {
      const el = await timeline();
      await emulateMedia({ media: 'print' });
      await waitUntil(() => el.shadowRoot!.querySelector('.print-list li'), 'no list under print media');
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.print-list li')];
      expect(items.map((item) => item.querySelector('.line-title')!.textContent!.trim())).to.deep.equal(
        firstDay.map((session) => (session.code ? `${session.code}: ${session.title}` : session.title)),
      );
      let previousTop = -Infinity;
      items.forEach((item, i) => {
        const session = firstDay[i]!;
        expect(drawn(item), session.title).to.equal(true);
        const top = item.getBoundingClientRect().top;
        expect(top, `${session.title} is below the one before it`).to.be.greaterThan(previousTop);
        previousTop = top;
        expect(drawn(item.querySelector('time')!), `the time of ${session.title}`).to.equal(true);
        const text = readText(item);
        if (session.room) expect(text, session.title).to.include(session.room.name);
        for (const { person } of session.people) expect(text, session.title).to.include(person.name);
      });
      expect(drawn(el.shadowRoot!.querySelector('.print-list .heading')!), 'the day as a heading').to.equal(true);
      // The zone the times are in, and how many sessions (or how many match a search) are on paper too.
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.summary')!;
      expect(drawn(summary), 'the time zone and the count').to.equal(true);
      expect(readText(summary)).to.equal(`Times in Istanbul time (EEST) ${firstDay.length} sessions`);
    });

    it('prints no controls: no button, tab, search field or filter is drawn', async () => {
      const el = await timeline();
      await emulateMedia({ media: 'print' });
      await waitUntil(() => el.shadowRoot!.querySelector('.print-list li'), 'no list under print media');
      const controls = deepAll(el, 'button, input, select, [role="tab"]');
      expect(controls.length, 'the timeline has controls on screen').to.be.greaterThan(20);
      expect(controls.filter(drawn).map(nameOf)).to.deep.equal([]);
    });

    it('lists the day when it is connected while print media already applies, and leaves the list when the screen returns', async () => {
      await emulateMedia({ media: 'print' });
      const el = await timeline();
      expect(el.shadowRoot!.querySelectorAll('.print-list li')).to.have.length(firstDay.length);
      await emulateMedia({ media: 'screen' });
      await waitUntil(() => !el.shadowRoot!.querySelector('.print-list'), 'the list stays on screen');
      expect(drawn(el.shadowRoot!.querySelector('[part~="grid"], [part~="list"]')!)).to.equal(true);
    });
  });

  describe('<session-card variant="full">', () => {
    async function fullCard(): Promise<HTMLElement> {
      // WS196: three people with bios longer than three lines, and three links.
      const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full' });
      await waitUntil(() => deepAll(el, '[part~="toggle"]').length > 0, 'no bio was clamped on screen');
      return el;
    }

    it('prints without its buttons: saving, the calendar menu, "Read more"', async () => {
      const el = await fullCard();
      const buttons = deepAll(el, 'button:not(.person-name)');
      expect(buttons.length, 'the card has buttons on screen').to.be.greaterThan(3);
      await emulateMedia({ media: 'print' });
      await nextFrame();
      expect([...buttons, ...deepAll(el, 'button:not(.person-name)')].filter(drawn).map(nameOf)).to.deep.equal([]);
      for (const name of deepAll(el, '.person-name')) expect(drawn(name), 'a person’s name').to.equal(true);
    });

    it('prints each bio in full', async () => {
      const el = await fullCard();
      await emulateMedia({ media: 'print' });
      const bios = deepAll(el, 'clamped-text');
      expect(bios).to.have.length(3);
      for (const bio of bios) {
        const content = bio.shadowRoot!.querySelector<HTMLElement>('[part~="content"]')!;
        expect(content.scrollHeight, 'the bio is cut').to.be.at.most(content.clientHeight + 1);
      }
    });

    it('prints no heading of its own (the agenda, a role of people) alone at the foot of a page, away from what it heads', async () => {
      const el = await fullCard();
      await emulateMedia({ media: 'print' });
      const headings = deepAll(el, '.agenda > .heading, .role > .heading');
      expect(headings.length, 'the agenda, the moderator, the speakers').to.equal(3);
      const alone: string[] = [];
      // Pages of every height from a third of the card's to its whole, 10 px apart: each heading meets a page's foot at some.
      const height = el.getBoundingClientRect().height;
      for (let page = Math.round(height / 3); page < height; page += 10) {
        onPages(el, page);
        for (const heading of headings) {
          const [own, next] = [heading, heading.nextElementSibling!].map((box) => box.getClientRects()[0]!);
          if (own.left !== next.left) alone.push(`${readText(heading)} on pages of ${page} px`);
        }
      }
      expect(alone).to.deep.equal([]);
    });

    it('prints each agenda item and each person whole on one page', async () => {
      const el = await fullCard();
      await emulateMedia({ media: 'print' });
      const items = deepAll(el, '.agenda-list > li, .person-list > li');
      expect(items.length).to.be.at.least(12);
      const broke = new Set<string>();
      const height = el.getBoundingClientRect().height;
      for (let page = Math.round(height / 3); page < height; page += 10) {
        onPages(el, page);
        for (const name of broken(items)) broke.add(name);
      }
      expect([...broke]).to.deep.equal([]);
    });

    it('prints each link with its URL after it', async () => {
      const el = await fullCard();
      await emulateMedia({ media: 'print' });
      // The calendar menu's links are not printed with it.
      const links = deepAll(el, 'a[href^="http"]').filter((link) => !link.closest('.calendar'));
      expect(links.length, 'the card has links').to.be.at.least(3);
      for (const link of links) {
        expect(drawn(link), nameOf(link)).to.equal(true);
        expect(getComputedStyle(link, '::after').content, nameOf(link)).to.include(link.getAttribute('href')!);
      }
    });
  });

  it('prints a compact <session-card> whole on one page, not broken at a page’s foot', async () => {
    const card = await withSchedule('session-card', { 'session-id': 'ws196' });
    await emulateMedia({ media: 'print' });
    await nextFrame();
    // A page's foot across the middle of the card: what is above it on the page takes the rest.
    const height = card.getBoundingClientRect().height;
    card.before(Object.assign(document.createElement('div'), { style: `block-size: ${400 - height / 2}px` }));
    onPages(card, 400);
    expect(broken(deepAll(card, '[part~="base"]'))).to.deep.equal([]);
  });

  describe('<session-card> with an href', () => {
    it('prints the title link’s URL after the title, in the flow of the text (not over the card)', async () => {
      const el = await withSchedule('session-card', { 'session-id': 'ws196', href: 'https://example.org/ws196' });
      await emulateMedia({ media: 'print' });
      const after = getComputedStyle(el.shadowRoot!.querySelector('a.title-action')!, '::after');
      expect(after.content).to.include('https://example.org/ws196');
      expect(after.position).to.equal('static');
    });
  });

  describe('<now-next>', () => {
    /** A board on an A4 page (at 96 dpi, without its margins), as a kiosk page prints (100vh is the page), in a sans-serif font. */
    const PAGE = 'inline-size: 718px; block-size: 1047px; font-family: sans-serif';

    it('prints every title and line of speakers whole: none cut to a few lines or ended with "…", all within their room', async () => {
      const board = await withSchedule('now-next', { style: PAGE }, { now: DURING_WS196 });
      const room = await withSchedule('now-next', { 'room-id': 'room-03', style: PAGE }, { now: DURING_WS196 });
      await emulateMedia({ media: 'print' });
      await nextFrame();
      for (const el of [board, room]) {
        const lines = deepAll(el, '[part~="title"], .people');
        expect(lines.length, 'titles and speakers').to.be.at.least(3);
        for (const line of lines) {
          expect(line.scrollHeight, `${nameOf(line)}: lines cut off`).to.be.at.most(line.clientHeight + 1);
          expect(line.scrollWidth, `${nameOf(line)}: cut at its end`).to.be.at.most(line.clientWidth + 1);
          const [box, within] = [line, line.closest('[part~="room"]')!].map((node) => node.getBoundingClientRect());
          expect(box.bottom, `${nameOf(line)}: below the bottom of its room`).to.be.at.most(within!.bottom);
        }
      }
    });
    it('on a page with no size of its own, prints after what is above it, every room whole on a page, none cut at the foot of the screen’s height', async () => {
      // A plain host page: a heading, then the board, whose height (the viewport's) is the page's on paper.
      const board = await withSchedule('now-next', {}, { now: DURING_WS196 });
      board.before(Object.assign(document.createElement('h1'), { textContent: 'Now at IGF 2014', style: 'block-size: 200px; margin: 0' }));
      await emulateMedia({ media: 'print' });
      onPages(board, innerHeight + 100);
      await nextFrame();
      const [first] = board.getClientRects();
      expect(first!.left, 'the board starts on the heading’s page, not after a page left blank').to.equal(board.parentElement!.getBoundingClientRect().left);
      const rooms = deepAll(board, '[part~="room"]');
      expect(rooms.length).to.be.at.least(5);
      const shown = deepAll(board, '.base')[0]!;
      expect(shown.scrollHeight, 'rooms scrolled out of sight').to.be.at.most(shown.clientHeight + 1);
      const bottom = Math.max(...[...board.getClientRects()].map((box) => box.bottom));
      for (const room of rooms) for (const box of room.getClientRects()) expect(box.bottom, `${nameOf(room)}: cut off`).to.be.at.most(bottom + 1);
      expect(broken(rooms), 'rooms broken across two pages').to.deep.equal([]);
      // Columns keep a room (a box that clips) whole by themselves; Chromium's printing breaks it unless it asks not to be.
      for (const room of rooms) expect(getComputedStyle(room).breakInside, nameOf(room)).to.equal('avoid');
    });
  });

  it('prints my schedule and the speaker list without their controls', async () => {
    const saved = sampleAs('print-saved');
    SavedStore.for('print-saved').save([saved.sessionsById.get('ws196')!]);
    const schedule = await withSchedule('my-schedule', {}, { schedule: saved });
    expect(deepAll(schedule, '.action').filter(drawn).length, 'Remove, Download and Copy on screen').to.be.at.least(3);
    const speakers = await withSchedule('speaker-list', { 'session-id': 'ws196' });
    await emulateMedia({ media: 'print' });
    await nextFrame();
    const controls = [...deepAll(schedule, '.action, input'), ...deepAll(speakers, 'input, [part~="search"]')].filter(drawn);
    expect(controls.map(nameOf), 'no control on paper').to.deep.equal([]);
    expect(deepAll(speakers, '[part~="name"]').filter(drawn).map((el) => readText(el))).to.include('Peter Major');
    SavedStore.for('print-saved').remove('ws196');
  });

  it('prints each person of the speaker list and each saved session whole, none broken across two pages', async () => {
    const saved = sampleAs('print-whole');
    const store = SavedStore.for('print-whole');
    store.save(saved.sessions.slice(0, 12));
    const schedule = await withSchedule('my-schedule', {}, { schedule: saved });
    const speakers = await withSchedule('speaker-list');
    await emulateMedia({ media: 'print' });
    for (const el of [schedule, speakers]) onPages(el, 333);
    await nextFrame();
    const rows = deepAll(schedule, '[part~="session"]');
    const people = deepAll(speakers, '[part~="item"] > speaker-card');
    expect([rows.length, people.length]).to.deep.equal([12, sample.people.length]);
    expect(broken(rows), 'saved sessions broken').to.deep.equal([]);
    expect(broken(people, (card) => readText(deepAll(card, '[part~="name"]')[0]!)), 'people broken').to.deep.equal([]);
    for (const session of saved.sessions.slice(0, 12)) store.remove(session.id);
  });

  it('prints no day of my schedule with its heading alone at the foot of a page, away from its sessions', async () => {
    const saved = sampleAs('print-days');
    const store = SavedStore.for('print-days');
    const chosen = saved.sessions.filter((_, i) => i % 6 === 0);
    store.save(chosen);
    const el = await withSchedule('my-schedule', {}, { schedule: saved });
    await emulateMedia({ media: 'print' });
    const headings = deepAll(el, '[part~="day-heading"]');
    expect(headings.length, 'days').to.be.at.least(3);
    const alone: string[] = [];
    const height = el.getBoundingClientRect().height;
    for (let page = 300; page < height; page += 10) {
      onPages(el, page);
      for (const heading of headings) {
        const [own, next] = [heading, heading.nextElementSibling!].map((box) => box.getClientRects()[0]!);
        if (own.left !== next.left) alone.push(`${readText(heading)} on pages of ${page} px`);
      }
    }
    expect(alone).to.deep.equal([]);
    for (const session of chosen) store.remove(session.id);
  });

  it('prints a speaker’s sessions each whole, their heading on the page of the first, not alone at a page’s foot', async () => {
    const el = await withSchedule('speaker-card', { 'person-id': 'lucas-ferreira' });
    await emulateMedia({ media: 'print' });
    const [heading] = deepAll(el, '.sessions-heading');
    const sessions = deepAll(el, '[part~="sessions"] > li');
    expect(sessions.length).to.be.at.least(3);
    const wrong: string[] = [];
    const height = el.getBoundingClientRect().height;
    for (let page = Math.round(height / 3); page < height; page += 10) {
      onPages(el, page);
      const [own, next] = [heading!, heading!.nextElementSibling!].map((box) => box.getClientRects()[0]!);
      if (own.left !== next.left) wrong.push(`the heading alone on pages of ${page} px`);
      wrong.push(...broken(sessions).map((name) => `${name} broken on pages of ${page} px`));
    }
    expect(wrong).to.deep.equal([]);
  });

  it('prints the initials of a person whose picture was never loaded (a page printed before it was scrolled to), not a blank', async () => {
    // A lazy picture far below is not loaded for printing (Chromium's PDF export leaves it): its initials must show through.
    const host = await fixture<HTMLElement>(html`<div style="padding-block-start: 20000px">
      <speaker-avatar .person=${{ id: 'pm', name: 'Peter Major', avatar: '/never-requested.png', links: [] }}></speaker-avatar>
    </div>`);
    const avatar = host.querySelector('speaker-avatar')!;
    await avatar.updateComplete;
    const [image] = deepAll(avatar, '[part~="image"]') as HTMLImageElement[];
    expect(image!.complete, 'the picture is not loaded').to.equal(false);
    await emulateMedia({ media: 'print' });
    await nextFrame();
    const [initials] = deepAll(avatar, '[part~="initials"]');
    expect(readText(initials!)).to.equal('PM');
    expect(drawn(initials!), 'the initials are drawn').to.equal(true);
    expect(getComputedStyle(initials!).printColorAdjust).to.equal('exact');
    const [under, over] = [initials!.getBoundingClientRect(), image!.getBoundingClientRect()];
    expect([over.x, over.y, over.width, over.height], 'the picture lies exactly over them').to.deep.equal([under.x, under.y, under.width, under.height]);
    // A background of its own would print white over them (browsers print backgrounds white unless asked for colour).
    expect(getComputedStyle(image!).backgroundColor, 'no background of its own over them').to.equal('rgba(0, 0, 0, 0)');
    expect(image!.alt, 'an empty alt, which draws no frame where it is missing; the initials carry the name').to.equal('');
    expect(initials!.getAttribute('aria-label')).to.equal('Peter Major');
  });

  it('keeps on paper what colour says (a bar’s fill, an avatar’s initials, the sign of a clash), and prints the dark kiosk dark on light', async () => {
    // Browsers print without backgrounds unless asked: an element that says something by its colour asks.
    const count = await withSchedule('attendee-count', { 'session-id': 'ws196' });
    const avatar = await withSchedule('speaker-avatar', { 'person-id': 'qusai-alshatti' });
    const kiosk = await withSchedule('now-next', { theme: 'dark', style: 'block-size: 400px' }, { now: DURING_WS196 });
    // WS196 and WS225 at once: each row flagged, its "!" white on a disc of the flag's colour.
    const saved = sampleAs('print-clash');
    const clash = ['ws196', 'ws225'].map((id) => saved.sessionsById.get(id)!);
    SavedStore.for('print-clash').save(clash);
    const schedule = await withSchedule('my-schedule', {}, { schedule: saved });
    await emulateMedia({ media: 'print' });
    await nextFrame();
    const kept = [...deepAll(count, '.meter, .fill'), ...deepAll(avatar, '[part~="initials"]'), ...deepAll(kiosk, 'progress')];
    expect(kept.length, 'a bar, its fill, initials and a progress bar').to.equal(3 + deepAll(kiosk, 'progress').length);
    expect(deepAll(kiosk, 'progress').length).to.be.greaterThan(0);
    for (const el of kept) expect(getComputedStyle(el).printColorAdjust, nameOf(el)).to.equal('exact');
    const flags = deepAll(schedule, '.flag');
    expect(flags.length, 'two clashing sessions flagged').to.equal(2);
    for (const flag of flags) expect(getComputedStyle(flag, '::before').printColorAdjust, nameOf(flag)).to.equal('exact');
    for (const session of clash) SavedStore.for('print-clash').remove(session.id);
    const title = deepAll(kiosk, '[part~="title"]')[0]!;
    expect(getComputedStyle(title).colorScheme, 'the kiosk on paper').to.equal('light');
    const [r, g, b] = getComputedStyle(title).color.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, `dark ink, not ${getComputedStyle(title).color}`).to.be.lessThan(300);
  });
});
