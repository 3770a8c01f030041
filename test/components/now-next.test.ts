import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/now-next/now-next.define.js';
import type { NowNextElement } from '../../src/components/now-next/now-next.js';
import { readText } from '../../src/components/shared/harness.js';
import { SAMPLE_URL, FESTIVAL, KEPT_FEEDS, $, clearStoredKeys, part, partText, restoreVisibility, sample, setVisibility } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** Istanbul is UTC+3 in September 2014. */
const at = (local: string): number => Date.parse(`${local}+03:00`);

/** A room's row as a person reads it. */
interface Row {
  room: string;
  now?: string;
  next?: string;
}

function rows(el: NowNextElement): Row[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="room"]')].map((room) => {
    const title = (block: string) => {
      const node = room.querySelector(`[part~="${block}"] [part~="title"]`);
      return node ? readText(node) : undefined;
    };
    return { room: readText(room.querySelector('[part~="room-name"]')), now: title('now'), next: title('next') };
  });
}

/** The title as shown: the code, then the title ("WS196: IGF & …"). */
function shown(id: string): string {
  const session = sample.sessionsById.get(id)!;
  return session.code ? `${session.code}: ${session.title}` : session.title;
}

const room03 = (now: string, extra = html``) =>
  fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} room-id="room-03" now=${now} locale="en-US">${extra}</now-next>`);

async function loaded(el: NowNextElement): Promise<NowNextElement> {
  await waitUntil(() => part(el, 'room') || part(el, 'done'), 'the feed never loaded');
  await el.updateComplete;
  return el;
}

function progress(el: NowNextElement): HTMLProgressElement {
  return $(el, '[part~="progress"]') as HTMLProgressElement;
}

function announcement(el: NowNextElement): string {
  return readText($(el, '.visually-hidden[role="status"]'));
}

/**
 * Runs `test` on a board of room 03 shown with the page's clock (Date.now) at its morning coffee
 * break, 10:40; `moveTo` sets that clock to another local time of the venue.
 */
async function atCoffeeBreak(test: (el: NowNextElement, moveTo: (local: string) => void) => Promise<void>): Promise<void> {
  const realNow = Date.now;
  let clock = at('2014-09-02T10:40');
  Date.now = () => clock;
  try {
    const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" locale="en-US"></now-next>`);
    expect(rows(el)[0]?.now).to.equal(shown('break-02-coffee-am'));
    await test(el, (local) => (clock = at(local)));
  } finally {
    Date.now = realNow;
  }
}

describe('<now-next>', () => {
  describe('one room', () => {
    it('shows WS196 on now with its time, people, progress and time left, and lunch next', async () => {
      const el = await loaded(await room03('2014-09-02T11:30:00+03:00'));
      expect(rows(el)).to.deep.equal([{ room: 'Workshop Room 03', now: shown('ws196'), next: 'Lunch Break' }]);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Workshop Room 03');
      const now = part(el, 'now')!;
      expect(readText(now.querySelector('time'))).to.equal('11:00 AM – 12:30 PM');
      expect(now.querySelector('time')!.getAttribute('datetime')).to.equal('2014-09-02T11:00:00+03:00');
      expect(readText(now.querySelector('.people'))).to.equal('Qusai Al-Shatti, Peter Major, and Desiree Miloshevic');
      // 30 of 90 minutes.
      expect(progress(el).max).to.equal(90 * 60_000);
      expect(progress(el).value).to.equal(30 * 60_000);
      expect(progress(el).position).to.be.closeTo(1 / 3, 1e-9);
      expect(progress(el).getAttribute('aria-valuetext')).to.equal('1 hr left');
      expect(readText(el.shadowRoot!.getElementById(progress(el).getAttribute('aria-labelledby')!))).to.equal(shown('ws196'));
      expect(partText(el, 'time-left')).to.equal('1 hr left');
      expect(readText(part(el, 'next')!.querySelector('time'))).to.equal('12:30 PM');
      expect(part(el, 'next')!.classList.contains('break')).to.equal(true);
      expect(part(el, 'done')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fits what is on now, its people and time left included, in a screen far wider than high', async () => {
      for (const [width, height] of [[960, 360], [960, 270], [640, 200]]) {
        const el = await loaded(await fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} room-id="room-03" now="2014-09-02T11:45:00+03:00" locale="en-US" style="inline-size: ${width}px; block-size: ${height}px"></now-next>`));
        const box = el.getBoundingClientRect();
        for (const shown of [part(el, 'now')!.querySelector('.people')!, progress(el), part(el, 'time-left')!]) {
          expect(shown.getBoundingClientRect().bottom, `${shown.className || shown.localName} in ${width}×${height}`).to.be.at.most(box.bottom);
        }
      }
    });

    it('counts the time left down, and says how soon the next one starts when it is close', async () => {
      const el = await loaded(await room03('2014-09-02T12:05:00+03:00'));
      expect(partText(el, 'time-left')).to.equal('25 min left');
      expect(progress(el).value).to.equal(65 * 60_000);
      expect(readText(part(el, 'next')!.querySelector('.meta'))).to.equal('12:30 PM starts in 25 minutes');
      el.now = at('2014-09-02T11:15');
      await el.updateComplete;
      expect(partText(el, 'time-left')).to.equal('1 hr, 15 min left');
      expect(readText(part(el, 'next')!.querySelector('.meta'))).to.equal('12:30 PM');
    });

    it('before the day’s first session, says what comes first and when', async () => {
      const el = await loaded(await room03('2014-09-02T08:00:00+03:00'));
      expect(rows(el)).to.deep.equal([{ room: 'Workshop Room 03', now: undefined, next: shown('ws115') }]);
      expect(readText(part(el, 'next')!.querySelector('time'))).to.equal('9:00 AM');
      expect(readText(part(el, 'next')!.querySelector('.people'))).to.equal('Daniel Okafor, Fiona Keane, Sun-hee Park, Rafael Souza, and Omar Benali');
      expect($(el, 'progress')).to.equal(null);
    });

    it('shows a break, the room’s own session winning over one for everybody', async () => {
      const el = await loaded(await room03('2014-09-02T10:40:00+03:00'));
      expect(rows(el)).to.deep.equal([{ room: 'Workshop Room 03', now: 'Coffee Break', next: shown('ws196') }]);
      expect(part(el, 'now')!.classList.contains('break')).to.equal(true);
      expect(partText(el, 'time-left')).to.equal('20 min left');
      // Lunch (12:30–14:30, no room) is on, but Room 05 has its open forum from 13:15.
      const room05 = await loaded(
        await fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} room-id="room-05" now="2014-09-02T13:30:00+03:00" locale="en-US"></now-next>`),
      );
      expect(rows(room05)[0]!.now).to.equal(shown('of-regional-internet-registries'));
      expect(part(room05, 'now')!.classList.contains('break')).to.equal(false);
    });

    it('says when the room is done for the day while others go on', async () => {
      const el = await loaded(
        await fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} room-id="main-hall" now="2014-09-02T17:45:00+03:00" locale="en-US"></now-next>`),
      );
      expect(rows(el)).to.deep.equal([]);
      expect(partText(el, 'done')).to.equal('Nothing more in this room today.');
      await expect(el).to.be.accessible();
    });

    it('keeps to the programme’s day until the event’s day change: after the late talk the room is done, its morning shown from 06:00', async () => {
      const el = await loaded(await fixture<NowNextElement>(html`<now-next .schedule=${FESTIVAL} room-id="a" now="2025-12-28T01:30:00+01:00" locale="en-US"></now-next>`));
      expect(rows(el)).to.deep.equal([]);
      expect(partText(el, 'done')).to.equal('Nothing more in this room today.');
      el.setAttribute('now', '2025-12-28T06:30:00+01:00');
      await loaded(el);
      expect(rows(el)).to.deep.equal([{ room: 'Saal A', now: undefined, next: 'Morning talk' }]);
    });

    it('says a room the feed does not have is not in the schedule', async () => {
      const el = await loaded(
        await fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} room-id="room-99" now="2014-09-02T11:30:00+03:00" locale="en-US"></now-next>`),
      );
      expect(partText(el, 'done')).to.equal('This room is not in the schedule.');
    });

    it('takes its heading level from heading-level, and times in the time-zone asked for', async () => {
      const el = await fixture<NowNextElement>(
        html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T11:30:00+03:00" heading-level="3" time-zone="America/New_York" locale="en-US"></now-next>`,
      );
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Workshop Room 03');
      expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
      expect(readText(part(el, 'now')!.querySelector('time'))).to.equal('4:00 – 5:30 AM');
    });
    it('names the day of a next start that is on another day than now in the time-zone asked for', async () => {
      // 12:45 in Istanbul, in lunch, is 11:45 PM on Tuesday in Kiritimati (UTC+14); what comes next at 16:00 is there at 3:00 AM on Wednesday.
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T12:45:00+03:00" time-zone="Pacific/Kiritimati" locale="en-US"></now-next>`);
      expect(readText(part(el, 'next')!.querySelector('time'))).to.equal('Wed, Sep 3, 3:00 AM');
    });
  });

  describe('all rooms', () => {
    it('has one row per room with something on now or next, in the feed’s room order', async () => {
      const el = await loaded(await fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} now="2014-09-02T11:30:00+03:00" locale="en-US"></now-next>`));
      expect(rows(el)).to.deep.equal([
        { room: 'Main Hall', now: undefined, next: 'Lunch Break' },
        { room: 'Workshop Room 01', now: shown('ws225'), next: 'Lunch Break' },
        { room: 'Workshop Room 02', now: shown('ws182'), next: 'Lunch Break' },
        { room: 'Workshop Room 03', now: shown('ws196'), next: 'Lunch Break' },
        { room: 'Workshop Room 04', now: shown('ws194'), next: 'Lunch Break' },
        { room: 'Workshop Room 05', now: shown('of-academic-network-on-internet-governance'), next: 'Lunch Break' },
      ]);
      expect([...el.shadowRoot!.querySelectorAll('progress')].map((bar) => bar.position)).to.deep.equal([1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 3]);
      expect(part(el, 'done')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('in a box too small for every room at the page’s text size (a phone, a sidebar), shows each room whole and scrolls to the last', async () => {
      for (const [width, height] of [[390, 844], [390, 420]]) {
        const el = await loaded(await fixture<NowNextElement>(html`<now-next .schedule=${sample} now="2014-09-02T10:15:00+03:00" locale="en-US" style="inline-size: ${width}px; block-size: ${height}px"></now-next>`));
        const rooms = [...el.shadowRoot!.querySelectorAll('[part~="room"]')];
        expect(rooms).to.have.length(6);
        for (const room of rooms) {
          const { bottom } = room.getBoundingClientRect();
          for (const line of room.querySelectorAll('.title, time, .people, progress, [part~="time-left"]')) {
            expect(line.getBoundingClientRect().bottom, `${readText(room.querySelector('[part~="room-name"]'))}: ${line.className || line.localName} in ${width}×${height}`).to.be.at.most(bottom + 0.5);
          }
        }
        const board = part(el, 'base')!;
        // A keyboard scrolls it too (Safari makes no scroller a tab stop by itself): the board is one.
        expect(board.tabIndex, `the board that scrolls is a tab stop in ${width}×${height}`).to.equal(0);
        board.scrollTop = board.scrollHeight;
        expect(rooms.at(-1)!.getBoundingClientRect().bottom, `the last room is reached by scrolling in ${width}×${height}`).to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
      }
      const kiosk = await loaded(await fixture<NowNextElement>(html`<now-next .schedule=${sample} now="2014-09-02T10:15:00+03:00" locale="en-US" style="inline-size: 1280px; block-size: 720px"></now-next>`));
      expect(part(kiosk, 'base')!.hasAttribute('tabindex'), 'a board that fits its screen is no tab stop').to.equal(false);
    });

    it('in a sidebar that scrolls, scrolls its own board only: nothing of it stretches the sidebar past its end', async () => {
      // The codes' hidden ": " (read before a title) was placed in the page, not in the board, and left blank space below it.
      const side = await fixture<HTMLElement>(html`<div style="position: relative; overflow: auto; inline-size: 320px; block-size: 400px">
        <now-next .schedule=${sample} now="2014-09-02T11:30:00+03:00" locale="en-US" style="block-size: 100%"></now-next>
      </div>`);
      const el = await loaded(side.firstElementChild as NowNextElement);
      expect(part(el, 'base')!.scrollHeight, 'the board scrolls').to.be.above(400);
      expect(side.scrollHeight, 'the sidebar’s scroll ends with the board').to.be.at.most(side.clientHeight);
    });

    it('names the rooms done for the day, and leaves them out of the rows', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} now="2014-09-02T17:45:00+03:00" locale="en-US"></now-next>`);
      expect(rows(el).map((row) => row.room)).to.deep.equal(['Workshop Room 01', 'Workshop Room 02', 'Workshop Room 03', 'Workshop Room 04', 'Workshop Room 05']);
      expect(rows(el).every((row) => row.next === undefined)).to.equal(true);
      expect(partText(el, 'done')).to.equal('Done for the day: Main Hall');
    });

    it('shows every room once room-id is removed, as if it had never been set', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T17:45:00+03:00" locale="en-US"></now-next>`);
      el.removeAttribute('room-id');
      await el.updateComplete;
      expect(rows(el).map((row) => row.room)).to.have.length(5);
      expect(partText(el, 'done')).to.equal('Done for the day: Main Hall');
    });

    it('says the day’s programme has ended after its last session, and that a day without sessions has none', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} now="2014-09-02T18:00:00+03:00" locale="en-US"></now-next>`);
      expect(rows(el)).to.deep.equal([]);
      expect(partText(el, 'done')).to.equal('The day’s programme has ended.');
      el.roomId = 'room-03';
      await el.updateComplete;
      expect(partText(el, 'done')).to.equal('The day’s programme has ended.');
      el.now = at('2014-09-07T11:00');
      await el.updateComplete;
      expect(partText(el, 'done')).to.equal('No sessions today.');
      await expect(el).to.be.accessible();
    });

    it('never shows a cancelled session as now or next', async () => {
      // In iCalendar a cancelled event says so (STATUS:CANCELLED); it is left out when the feed is read.
      const event = (uid: string, summary: string, start: string, end: string, status: string) =>
        ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, 'DTSTAMP:20140801T000000Z', 'LOCATION:Room A', `STATUS:${status}`, 'END:VEVENT'];
      const ics = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//test//now-next//EN',
        ...event('a', 'Cancelled talk', '20140902T080000Z', '20140902T090000Z', 'CANCELLED'),
        ...event('b', 'Confirmed talk', '20140902T090000Z', '20140902T100000Z', 'CONFIRMED'),
        'END:VCALENDAR',
      ].join('\r\n');
      const src = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      try {
        const el = await loaded(
          await fixture<NowNextElement>(
            html`<now-next src=${src} format="ical" event-time-zone="Europe/Istanbul" now="2014-09-02T11:30:00+03:00" locale="en-US"></now-next>`,
          ),
        );
        expect(rows(el)).to.deep.equal([{ room: 'Room A', now: undefined, next: 'Confirmed talk' }]);
        expect(readText(part(el, 'next')!.querySelector('time'))).to.equal('12:00 PM');
      } finally {
        URL.revokeObjectURL(src);
      }
    });
  });

  describe('refresh', () => {
    beforeEach(() => setVisibility('visible'));
    afterEach(() => {
      restoreVisibility();
      clearStoredKeys(KEPT_FEEDS);
    });

    it('shows a changed feed: a session cancelled, one added', async () => {
      const key = `now-next-${Date.now()}`;
      const el = await loaded(
        await fixture<NowNextElement>(
          html`<now-next src=${`/test-server/feed?key=${key}&feed=program`} refresh="0.1" now="2014-09-02T12:30:00+03:00" locale="en-US"></now-next>`,
        ),
      );
      expect(rows(el)).to.deep.equal([{ room: 'Annex', now: undefined, next: 'Internet safety workshop' }]);
      expect(partText(el, 'done')).to.equal('Done for the day: Main hall');
      // Version 2 cancels the workshop, adds a clinic at 13:00 and moves the panel to the annex at 15:00.
      await fetch(`/test-server/set?key=${key}&version=2`);
      await waitUntil(() => rows(el)[0]?.next === 'Internet of things clinic', 'the changed feed never showed', { timeout: 3000 });
      expect(readText(part(el, 'next')!.querySelector('time'))).to.equal('1:00 PM');
      expect(el.shadowRoot!.textContent).not.to.contain('Internet safety workshop');
    });
  });

  describe('a night of running', () => {
    /** The nodes in the element's shadow root; the live region's sentence, there once something has started, counts apart. */
    const nodeCount = (el: NowNextElement): number => {
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) if (!walker.currentNode.parentElement?.matches('[role="status"]')) count++;
      expect($(el, '[role="status"]')!.childNodes.length).to.be.at.most(2); // a Lit marker and the sentence
      return count;
    };

    /** Room 03 on 2 September, by hand from the sample: from when, what is on now and what comes next. */
    const ROOM_03: readonly [string, string | undefined, string | undefined][] = [
      ['06:00', undefined, 'ws115'],
      ['09:00', 'ws115', 'break-02-coffee-am'],
      ['10:30', 'break-02-coffee-am', 'ws196'],
      ['11:00', 'ws196', 'break-02-lunch'],
      ['12:30', 'break-02-lunch', 'break-02-coffee-pm'],
      ['14:30', undefined, 'break-02-coffee-pm'],
      ['16:00', 'break-02-coffee-pm', 'ws120'],
      ['16:30', 'ws120', undefined],
    ];

    function expected(ms: number): Row | 'ended' {
      if (ms >= at('2014-09-02T18:00')) return 'ended';
      const [, now, next] = ROOM_03.filter(([from]) => at(`2014-09-02T${from}`) <= ms).pop()!;
      return { room: 'Workshop Room 03', now: now && shown(now), next: next && shown(next) };
    }

    it('follows its own clock minute by minute for 12 hours without growing or piling up timers and listeners', async function () {
      this.timeout(120_000);
      const realNow = Date.now;
      const realSetInterval = window.setInterval;
      const ticks: (() => void)[] = [];
      let clock = at('2014-09-02T06:00');
      Date.now = () => clock;
      window.setInterval = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
        if (ms === 30_000) ticks.push(handler);
        return realSetInterval(handler, ms, ...rest);
      }) as typeof window.setInterval;
      const added = EventTarget.prototype.addEventListener;
      const removed = EventTarget.prototype.removeEventListener;
      try {
        const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" locale="en-US"></now-next>`);
        expect(ticks, 'the clock’s timer').to.have.length(1);
        const tick = ticks[0]!;
        const startCount = nodeCount(el);
        expect(rows(el)).to.deep.equal([expected(clock)]);

        let intervals = 0;
        let listeners = 0;
        window.setInterval = ((...args: Parameters<typeof setInterval>) => {
          intervals++;
          return realSetInterval(...args);
        }) as typeof window.setInterval;
        EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
          listeners++;
          return added.apply(this, args);
        };
        EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
          listeners--;
          return removed.apply(this, args);
        };

        /** The node count of each state shown (what is on now and next), which must not grow while it is shown again and again. */
        const counts = new Map<string, number>();
        for (let minute = 1; minute <= 12 * 60; minute++) {
          clock += 60_000;
          tick();
          await el.updateComplete;
          const want = expected(clock);
          if (want === 'ended') {
            expect(rows(el), `at minute ${minute}`).to.deep.equal([]);
            expect(partText(el, 'done')).to.equal('The day’s programme has ended.');
          } else {
            expect(rows(el), `at minute ${minute}`).to.deep.equal([want]);
          }
          // What is shown, and whether the next one says how soon it starts (from half an hour before).
          const state = JSON.stringify([want, $(el, '.soon') !== null]);
          const count = nodeCount(el);
          expect(count, `nodes at minute ${minute}`).to.equal(counts.get(state) ?? count);
          counts.set(state, count);
        }
        expect(intervals, 'timers started during the night').to.equal(0);
        expect(listeners, 'listeners added and not removed during the night').to.equal(0);
        // The 8 states of ROOM_03, 4 of them seen both before and within the half hour of their next one, and the end of the day.
        expect(counts.size).to.equal(8 + 4 + 1);

        // The next morning's clock shows the first state again, with the nodes it had.
        clock = at('2014-09-02T06:00');
        tick();
        await el.updateComplete;
        expect(nodeCount(el)).to.equal(startCount);
      } finally {
        Date.now = realNow;
        window.setInterval = realSetInterval;
        EventTarget.prototype.addEventListener = added;
        EventTarget.prototype.removeEventListener = removed;
      }
    });

    it('stops its timer when taken off the page', async () => {
      const realSetInterval = window.setInterval;
      const realClearInterval = window.clearInterval;
      const live = new Set<unknown>();
      window.setInterval = ((...args: Parameters<typeof setInterval>) => {
        const id = realSetInterval(...args);
        live.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        live.delete(id);
        realClearInterval(id);
      }) as typeof window.clearInterval;
      try {
        const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03"></now-next>`);
        expect(live.size).to.equal(1);
        el.remove();
        expect(live.size).to.equal(0);
      } finally {
        window.setInterval = realSetInterval;
        window.clearInterval = realClearInterval;
      }
    });

    it('shows the time of day at once when moved, so a board moved more often than its clock ticks does not freeze', async () => {
      await atCoffeeBreak(async (el, moveTo) => {
        moveTo('2014-09-02T11:05');
        const other = document.createElement('div');
        el.parentElement!.after(other);
        other.append(el);
        await el.updateComplete;
        expect(rows(el)[0]?.now, 'what is on now, after the move').to.equal(shown('ws196'));
        other.remove();
      });
    });

    it('shows the present as soon as the page is shown again after the laptop slept, before its clock’s next tick', async () => {
      // Asleep, the clock's timer does not run (a monotonic clock stops with the machine): it fires up to 30 s after the lid opens.
      try {
        await atCoffeeBreak(async (el, moveTo) => {
          setVisibility('hidden');
          moveTo('2014-09-02T14:40');
          setVisibility('visible');
          await el.updateComplete;
          expect(rows(el), 'what is on now and next, on waking').to.deep.equal([{ room: 'Workshop Room 03', now: undefined, next: shown('break-02-coffee-pm') }]);
        });
      } finally {
        restoreVisibility();
      }
    });
  });

  describe('live region', () => {
    it('announces a session starting, not the minutes in between nor the first show', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T10:59:00+03:00" locale="en-US"></now-next>`);
      expect(announcement(el)).to.equal('');
      el.now = at('2014-09-02T11:00');
      await el.updateComplete;
      expect(announcement(el)).to.equal(`Now in Workshop Room 03: ${sample.sessionsById.get('ws196')!.title}`);
      el.now = at('2014-09-02T11:01');
      await el.updateComplete;
      expect(announcement(el)).to.equal(`Now in Workshop Room 03: ${sample.sessionsById.get('ws196')!.title}`);
      el.locale = 'fr';
      await waitUntil(() => announcement(el).startsWith('Maintenant, Workshop Room 03'), 'the announcement in the reader’s language');
      el.roomId = 'room-01';
      await el.updateComplete;
      expect(announcement(el), 'another room is not a start, and the one before is not shown').to.equal('');
    });

    it('announces a break on in every room once, as the event’s, not once a room', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} now="2014-09-02T12:29:00+03:00" locale="en-US"></now-next>`);
      el.now = at('2014-09-02T12:30');
      await el.updateComplete;
      expect(rows(el).map((row) => row.now)).to.deep.equal(Array(6).fill('Lunch Break'));
      expect(announcement(el)).to.equal('Now in IGF 2014: Lunch Break');
    });

    it('says nothing more of a session once it is over', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T10:59:00+03:00" locale="en-US"></now-next>`);
      el.now = at('2014-09-02T11:00');
      await el.updateComplete;
      expect(announcement(el)).to.include('Now in Workshop Room 03');
      el.now = at('2014-09-02T23:00');
      await el.updateComplete;
      expect(readText(part(el, 'done'))).to.equal('The day’s programme has ended.');
      expect(announcement(el)).to.equal('');
    });
  });

  describe('a feed without rooms', () => {
    const feed = {
      version: 1,
      event: { name: { en: 'Open Day', de: 'Tag der offenen Tür' }, defaultLanguage: 'en', timeZone: 'Europe/Berlin' },
      sessions: [{ id: 'welcome', title: { en: 'Welcome', de: 'Begrüßung' }, start: '2026-05-04T10:00:00+02:00', end: '2026-05-04T11:00:00+02:00' }],
    };

    it('heads its one row, and announces a start, with the event’s name in the reader’s language', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .feed=${feed} now="2026-05-04T09:59:00+02:00" locale="de"></now-next>`);
      await loaded(el);
      expect(rows(el)).to.deep.equal([{ room: 'Tag der offenen Tür', now: undefined, next: 'Begrüßung' }]);
      el.now = Date.parse('2026-05-04T10:00:00+02:00');
      await el.updateComplete;
      expect(rows(el)).to.deep.equal([{ room: 'Tag der offenen Tür', now: 'Begrüßung', next: undefined }]);
      expect(announcement(el)).to.equal('Now in Tag der offenen Tür: Begrüßung');
    });
  });

  describe('sessions at once', () => {
    const talkAt = (id: string, hour: number) => ({ id, title: `${id} talk`, start: `2027-06-01T${hour}:00:00+02:00`, duration: 'PT1H' });
    const feed = {
      version: 1,
      event: { name: 'Parallel Day', timeZone: 'Europe/Berlin' },
      sessions: [talkAt('a', 10), talkAt('b', 10), talkAt('c', 10), talkAt('d', 11), talkAt('e', 11), talkAt('f', 12)],
    };

    it('shows every session on now and every one that starts next, each with its progress', async () => {
      const el = await loaded(await fixture<NowNextElement>(html`<now-next .feed=${feed} now="2027-06-01T10:15:00+02:00" locale="en-US"></now-next>`));
      const titles = (block: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${block}"] [part~="title"]`)].map(readText);
      expect(titles('now')).to.deep.equal(['a talk', 'b talk', 'c talk']);
      expect(titles('next')).to.deep.equal(['d talk', 'e talk']);
      expect(el.shadowRoot!.querySelectorAll('[part~="progress"]')).to.have.length(3);
      expect(el.shadowRoot!.querySelectorAll('[part~="time-left"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('dark and light', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    const background = (el: NowNextElement) => getComputedStyle(part(el, 'base')!).backgroundColor;
    const text = (el: NowNextElement) => getComputedStyle(part(el, 'base')!).color;

    it('follows the viewer’s system, unless theme says otherwise', async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T11:30:00+03:00" locale="en-US"></now-next>`);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      expect(text(el)).to.equal('rgb(28, 32, 36)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(el)).to.equal('rgb(29, 33, 37)');
      expect(text(el)).to.equal('rgb(232, 234, 237)');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'light' });
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(29, 33, 37)');
      await expect(el).to.be.accessible();
    });

    it('takes its colours from the --schedule-* properties', async () => {
      const el = await fixture<NowNextElement>(
        html`<now-next .schedule=${sample} room-id="room-03" now="2014-09-02T11:30:00+03:00" style="--schedule-now-next-background: rgb(0, 0, 80); --schedule-color-text: rgb(255, 255, 200)"></now-next>`,
      );
      expect(background(el)).to.equal('rgb(0, 0, 80)');
      expect(text(el)).to.equal('rgb(255, 255, 200)');
    });
  });

  describe('Arabic', () => {
    it('reads right to left, in Arabic words and digits, and stays accessible', async () => {
      const el = await loaded(
        await fixture<NowNextElement>(html`<now-next src=${SAMPLE_URL} room-id="room-03" now="2014-09-02T12:05:00+03:00" locale="ar"></now-next>`),
      );
      await waitUntil(() => readText(part(el, 'now')!.querySelector('.caption')) === 'الآن', 'Arabic never arrived');
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(partText(el, 'time-left')).to.match(/^يتبقى \S/);
      expect(rows(el)[0]!.now).to.equal(shown('ws196'));
      // The bar fills from the right: its start edge is the right one.
      const bar = progress(el).getBoundingClientRect();
      const left = part(el, 'time-left')!.getBoundingClientRect();
      expect(left.right).to.be.at.most(bar.left);
      await expect(el).to.be.accessible();
    });
  });

  it('renders feed text as text', async () => {
    const hostile = {
      version: 1,
      event: { name: 'Test', timeZone: 'Europe/Istanbul' },
      rooms: [{ id: 'r', name: '<img src=x onerror="window.hacked=1">' }],
      sessions: [{ id: 'x', title: '<script>window.hacked=1</script>', start: '2014-09-02T11:00:00+03:00', duration: 'PT1H', roomId: 'r' }],
    };
    const el = await fixture<NowNextElement>(html`<now-next .feed=${hostile} now="2014-09-02T11:30:00+03:00" locale="en-US"></now-next>`);
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([{ room: '<img src=x onerror="window.hacked=1">', now: '<script>window.hacked=1</script>', next: undefined }]);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});
