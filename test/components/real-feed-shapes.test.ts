/**
 * What real exports bring that the sample does not, as a person sees it: a room of keynotes ten and
 * fifteen minutes long back to back (Sched's GraphQLConf, PyCon UK's calendar), drawn in lanes of
 * their own; a board of more rooms than a screen holds, with rooms done for the day (39C3's 58).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/now-next/now-next.define.js';
import type { NowNextElement } from '../../src/components/now-next/now-next.js';
import { readText } from '../../src/components/shared/harness.js';
import { normalizeFeed } from '../../src/data/index.js';
import { timeline } from './agenda-timeline.helpers.js';
import { part } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** The lines of `element`'s text as drawn: each line's box, top to bottom. */
function lines(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  const byTop = new Map<number, DOMRect>();
  for (const rect of range.getClientRects()) if (rect.width > 0 && !byTop.has(Math.round(rect.top))) byTop.set(Math.round(rect.top), rect);
  return [...byTop.values()].sort((a, b) => a.top - b.top);
}

/** The part of the page where `element` can be seen: its box, cut by each ancestor up to `stop` that clips (overflow, paint containment). */
function visibleBox(element: Element, stop: Element): { top: number; bottom: number } {
  let { top, bottom } = element.getBoundingClientRect();
  for (let node: Element | null = element; node && node !== stop.parentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflow === 'visible' && !/paint|strict|content/.test(style.contain)) continue;
    const box = node.getBoundingClientRect();
    top = Math.max(top, box.top + parseFloat(style.borderTopWidth));
    bottom = Math.min(bottom, box.bottom - parseFloat(style.borderBottomWidth));
  }
  return { top, bottom };
}

describe('real feeds’ shapes', () => {
  describe('<agenda-timeline>: short sessions back to back in one room', () => {
    // As GraphQLConf's opening keynotes in Sched's export: drawn at least 20 minutes tall, each overlaps the next and takes a lane.
    const feed = {
      version: 1,
      event: { id: 'timeline-keynotes', name: 'Keynotes', timeZone: 'America/Los_Angeles' },
      rooms: [{ id: 'ball', name: 'Metropolitan Ballroom' }, { id: 'b', name: 'Metropolitan B-C' }],
      sessions: [
        { id: 'k1', title: 'Welcome & Opening Remarks', start: '2024-09-10T09:00', end: '2024-09-10T09:15', roomId: 'ball' },
        { id: 'k2', title: 'Keynote: You’re Our Universe', start: '2024-09-10T09:15', end: '2024-09-10T09:25', roomId: 'ball' },
        { id: 'k3', title: 'Sponsored Keynote', start: '2024-09-10T09:30', end: '2024-09-10T09:40', roomId: 'ball' },
        { id: 'k4', title: 'Keynote: The State of Distributed GraphQL', start: '2024-09-10T09:40', end: '2024-09-10T09:55', roomId: 'ball' },
        { id: 'k5', title: 'Keynote: TSC Panel with the whole committee on stage', start: '2024-09-10T09:55', end: '2024-09-10T10:25', roomId: 'ball' },
        { id: 'k6', title: 'Closing Remarks', start: '2024-09-10T10:25', end: '2024-09-10T10:30', roomId: 'ball' },
        { id: 'b1', title: 'Sponsored Session', start: '2024-09-10T09:00', end: '2024-09-10T10:30', roomId: 'b' },
        // As PyCon UK's keynote beside the PyKids room's welcome: two at once, 45 and 50 minutes, titles longer than their lanes hold.
        { id: 'c1', title: 'Keynote: Dr Simon Sheridan on teaching Python in schools', start: '2024-09-10T11:00', end: '2024-09-10T11:45', roomId: 'b' },
        { id: 'c2', title: 'PyKids UK welcome for the young coders and their parents', start: '2024-09-10T11:00', end: '2024-09-10T11:50', roomId: 'b' },
      ],
    };

    it('shows each one’s title, whole lines only, in a lane too narrow for the star beside it', async () => {
      for (const [width, locale] of [['390px', 'en'], ['390px', 'ar'], ['1280px', 'en']]) {
        const harness = await timeline({ feed, width, locale, layout: 'grid' });
        await harness.idle();
        const buttons = harness.sessionButtons();
        expect(buttons, width).to.have.length(9);
        for (const button of buttons) {
          const title = button.querySelector('.item-title')!;
          const name = `${readText(title)} at ${width} in ${locale}`;
          const seen = visibleBox(title, button.closest('.cell')!);
          const drawn = lines(title);
          const whole = drawn.filter((line) => line.top >= seen.top - 0.5 && line.bottom <= seen.bottom + 0.5);
          const cut = drawn.filter((line) => line.bottom > seen.top + 0.5 && line.top < seen.bottom - 0.5 && !whole.includes(line));
          expect(whole.length, `${name}: a whole line of the title shows`).to.be.at.least(1);
          expect(cut.length, `${name}: no line is cut`).to.equal(0);
          const star = button.closest('.cell')!.querySelector('.save-toggle')!.getBoundingClientRect();
          const under = whole.filter((line) => line.right > star.left + 0.5 && line.left < star.right - 0.5 && line.bottom > star.top + 0.5 && line.top < star.bottom - 0.5);
          expect(under.length, `${name}: no line under the star`).to.equal(0);
        }
      }
    });
  });

  describe('<agenda-timeline>: three sessions at once in one room', () => {
    // As Sched's GraphQLConf foyer: registration all day, the sponsor showcase all afternoon, and a coffee break, each a third of the room's column.
    const feed = {
      version: 1,
      event: { id: 'timeline-foyer', name: 'Foyer', timeZone: 'America/Los_Angeles' },
      rooms: [{ id: 'foyer', name: 'Level 2 Foyer' }, ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `Room ${id}` }))],
      sessions: [
        { id: 'reg', title: 'Registration & Badge Pick-up', start: '2024-09-10T08:00', end: '2024-09-10T19:00', roomId: 'foyer' },
        { id: 'coffee', title: 'Coffee Break', start: '2024-09-10T10:30', end: '2024-09-10T11:00', roomId: 'foyer' },
        { id: 'show', title: 'Sponsor Showcase', start: '2024-09-10T10:30', end: '2024-09-10T19:00', roomId: 'foyer' },
        ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id: `t-${id}`, title: `Talk in ${id}`, start: '2024-09-10T11:00', end: '2024-09-10T11:30', roomId: id })),
      ],
    };

    it('breaks no Live badge letter by letter in a lane a third of a column wide: the now line says it', async () => {
      const harness = await timeline({ feed, width: '1280px', layout: 'grid', now: Date.parse('2024-09-10T10:40:00-07:00') });
      await harness.idle();
      const cell = harness.session('Coffee Break').closest('.cell')!;
      expect(cell.getBoundingClientRect().width, 'a third of a column').to.be.below(80);
      const lineHeight = parseFloat(getComputedStyle(cell.querySelector('.item-title')!).lineHeight);
      for (const badge of harness.element.shadowRoot!.querySelectorAll('.cell .badge')) {
        const rects = [...badge.getClientRects()];
        expect(rects.length === 0 || rects[0]!.height < lineHeight * 1.5, `${readText(badge.closest('.cell')!.querySelector('.item-title'))}: a Live badge on one line, or none`).to.equal(true);
      }
      expect(harness.element.shadowRoot!.querySelector('.now-line'), 'the now line').to.not.equal(null);
    });
  });

  describe('<agenda-timeline>: talks of 40 to 50 minutes on now', () => {
    // As 39C3's halls at 7:15 PM (40 minutes) and QA or the Highway's rooms at 1 PM (50 minutes, a speaker each): the Live badge
    // took a line the cell did not have, and the title gave it its second line, half drawn under the speaker's name.
    const titles = ['Deploying and Testing Ephemeral Environments', 'Netzpolitik in der Schweiz: Zwischen Bodensee und Matterhorn', 'From Quality Metrics to Quality Mindset: Building Teams That Own Outcomes'];
    const feed = {
      version: 1,
      event: { id: 'timeline-live-talks', name: 'Halls', timeZone: 'America/New_York' },
      rooms: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: `Hall ${id}` })),
      people: [{ id: 'ch', name: 'Chris Harbert' }, { id: 'bd', name: 'Barbara Deaton' }],
      sessions: ['a', 'b', 'c', 'd', 'e', 'f'].map((roomId, index) => ({
        id: `s-${roomId}`,
        title: titles[index % 3],
        start: '2026-06-12T13:00',
        end: index < 3 ? '2026-06-12T13:50' : '2026-06-12T13:40',
        roomId,
        people: index % 2 ? [{ id: 'ch' }] : [{ id: 'bd' }, { id: 'ch' }],
      })),
    };

    it('cuts no line of a live cell: what does not fit gives way whole', async () => {
      for (const locale of ['en', 'ar']) {
        const harness = await timeline({ feed, width: '1280px', locale, layout: 'grid', now: Date.parse('2026-06-12T13:20:00-04:00') });
        await harness.idle();
        for (const button of harness.sessionButtons()) {
          const cell = button.closest('.cell')!;
          expect(button.dataset['status'], 'live').to.equal('live');
          for (const part of button.querySelectorAll('.item-title, .item-people, .badge')) {
            const seen = visibleBox(part, cell);
            const cut = lines(part).filter((line) => line.bottom > seen.top + 0.5 && line.top < seen.bottom - 0.5 && (line.top < seen.top - 0.5 || line.bottom > seen.bottom + 0.5));
            expect(cut.length, `${readText(button.querySelector('.item-title'))} in ${locale}: no line of "${readText(part)}" is cut`).to.equal(0);
          }
          expect(lines(button.querySelector('.item-title')!).filter((line) => line.bottom <= visibleBox(button, cell).bottom + 0.5).length, 'the time and a line of the title').to.be.at.least(2);
        }
        // Focused, the cell grows to show all of it: the badge too, under the people.
        const button = harness.sessionButtons()[0]!;
        button.focus();
        await harness.settle();
        const box = button.getBoundingClientRect();
        for (const part of button.querySelectorAll('.item-people, .badge')) {
          const { left, right, bottom } = part.getBoundingClientRect();
          expect(left >= box.left - 0.5 && right <= box.right + 0.5 && bottom <= box.bottom + 0.5, `${readText(part)} shown once focused, in ${locale}`).to.equal(true);
        }
      }
    });
  });

  describe('<agenda-timeline>: talks of 45 minutes, as most of Camp 2019’s and Scottish Summit’s', () => {
    const feed = {
      version: 1,
      event: { id: 'timeline-camp-talks', name: 'Camp', timeZone: 'Europe/Berlin' },
      rooms: [{ id: 'curie', name: 'Curie' }, { id: 'meitner', name: 'Meitner' }],
      people: [{ id: 'jr', name: 'Julia Riede' }, { id: 'inco', name: 'INCO' }],
      sessions: [
        { id: 'twh', title: 'Deaths per TWh', start: '2019-08-24T20:00', end: '2019-08-24T20:45', roomId: 'curie', people: [{ id: 'jr' }] },
        { id: 'pluto', title: 'From the Sputnik ‘Beep’ to messages from Pluto, and what the probes heard on the way', start: '2019-08-24T20:00', end: '2019-08-24T20:45', roomId: 'meitner', people: [{ id: 'inco' }] },
      ],
    };

    it('names the speaker below a title of one line, and cuts no line below a longer one', async () => {
      const harness = await timeline({ feed, width: '1280px', layout: 'grid' });
      await harness.idle();
      const cell = harness.session('Deaths per TWh').closest('.cell')!;
      const people = cell.querySelector('.item-people')!;
      const seen = visibleBox(people, cell);
      expect(lines(people).filter((line) => line.top >= seen.top - 0.5 && line.bottom <= seen.bottom + 0.5).map(() => readText(people)), 'the speaker, whole').to.deep.equal(['Julia Riede']);
      const long = harness.session('From the Sputnik').closest('.cell')!;
      for (const part of long.querySelectorAll('.item-title, .item-people')) {
        const box = visibleBox(part, long);
        expect(lines(part).filter((line) => line.bottom > box.top + 0.5 && line.top < box.bottom - 0.5 && (line.top < box.top - 0.5 || line.bottom > box.bottom + 0.5)), `no line of "${readText(part)}" cut`).to.deep.equal([]);
      }
    });
  });

  describe('<agenda-timeline>: a hackathon over three days', () => {
    // As a summer school's or a camp's hackathon, 9:00 on the first day to 18:00 on the third: on the second day its box runs from midnight to midnight.
    const feed = {
      version: 1,
      event: { id: 'timeline-hackathon', name: 'Summer School', timeZone: 'Europe/Lisbon' },
      rooms: [{ id: 'main', name: 'Main' }, { id: 'lab', name: 'Lab' }],
      people: [{ id: 'ann', name: 'Ann Example' }],
      sessions: [
        { id: 'hack', title: 'Hackathon', start: '2025-07-02T09:00', end: '2025-07-04T18:00', roomId: 'lab', people: [{ id: 'ann' }] },
        { id: 'standup', title: 'Daily stand-up', start: '2025-07-03T09:30', end: '2025-07-03T09:45', roomId: 'main' },
      ],
    };

    it('keeps its time and title in view below the rooms’ names wherever its middle day is scrolled to', async () => {
      for (const [width, locale] of [['390px', 'en'], ['1280px', 'ar']]) {
        const harness = await timeline({ feed, width, locale, layout: 'grid', now: Date.parse('2025-07-03T12:00:00+01:00') });
        await harness.idle();
        const grid = part(harness.element, 'grid')!;
        const title = harness.session('Hackathon').querySelector('.item-title')!;
        grid.scrollIntoView(); // in the window, for what is drawn at a point
        // Scrolled a line down (its people passing under the title), then into the day.
        for (const at of [24, 0.3 * (grid.scrollHeight - grid.clientHeight), 0.6 * (grid.scrollHeight - grid.clientHeight)]) {
          grid.scrollTop = at;
          const [head, box, [first]] = [grid.querySelector('.heads')!.getBoundingClientRect(), grid.getBoundingClientRect(), lines(title)];
          const where = `at ${width} in ${locale}, scrolled ${Math.round(at)} px down`;
          expect(first!.top >= head.bottom - 0.5 && first!.bottom <= box.bottom + 0.5, `${where}: its first line (${first!.top}–${first!.bottom}) shown between the rooms’ names (bottom ${head.bottom}) and the grid’s end (${box.bottom})`).to.equal(true);
          for (const line of lines(title)) {
            const seen = harness.element.shadowRoot!.elementFromPoint((line.left + line.right) / 2, (line.top + line.bottom) / 2);
            expect(seen?.closest('.item-title') === title, `${where}: nothing drawn over its line at ${line.top} (${seen?.className} there)`).to.equal(true);
          }
        }
      }
    });
  });

  describe('<now-next>: more rooms than the box holds', () => {
    // As 39C3's 58 rooms in the afternoon: most on now or next, a few done for the day.
    const rooms = Array.from({ length: 14 }, (_, index) => ({ id: `r${index}`, name: `Stage ${index + 1}` }));
    const schedule = normalizeFeed({
      version: 1,
      event: { id: 'now-next-many', name: 'Congress', timeZone: 'Europe/Berlin' },
      rooms,
      sessions: rooms.flatMap(({ id }, index) =>
        index < 10
          ? [
              { id: `${id}-now`, title: `A talk in ${id} that runs on`, start: '2025-12-28T16:00', end: '2025-12-28T17:00', roomId: id },
              { id: `${id}-next`, title: `The next talk in ${id}`, start: '2025-12-28T17:15', end: '2025-12-28T18:00', roomId: id },
            ]
          : [{ id: `${id}-morning`, title: 'Morning only', start: '2025-12-28T10:00', end: '2025-12-28T11:00', roomId: id }],
      ),
    }).schedule;

    it('says which rooms are done below the last room, not over it', async () => {
      for (const [width, height] of [[390, 844], [1280, 700]]) {
        const el = await fixture<NowNextElement>(html`<now-next .schedule=${schedule} now="2025-12-28T16:40:00+01:00" locale="en-US" style="inline-size: ${width}px; block-size: ${height}px"></now-next>`);
        await waitUntil(() => part(el, 'done'), 'the line of rooms done');
        expect(readText(part(el, 'done'))).to.include('Stage 14');
        const last = [...el.shadowRoot!.querySelectorAll('[part~="room"]')].at(-1)!.getBoundingClientRect();
        expect(part(el, 'done')!.getBoundingClientRect().top, `in ${width}×${height}`).to.be.at.least(last.bottom);
      }
    });
  });
});
