import { aTimeout, expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { readText } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { normalizeFeed } from '../../src/data/index.js';
import { timeline } from './agenda-timeline.helpers.js';
import { FESTIVAL, findAxNode } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** Sessions over midnight in Istanbul: a hackathon of three days, a party until 2 AM, a talk that ends after midnight in Tokyo. */
const night = normalizeFeed({
  version: 1,
  event: { id: 'timeline-midnight', name: 'Night owls', timeZone: 'Europe/Istanbul', start: '2014-09-02', end: '2014-09-05' },
  rooms: [{ id: 'a', name: 'Room A' }, { id: 'b', name: 'Room B' }, { id: 'c', name: 'Room C' }],
  sessions: [
    { id: 'ws1', title: 'Morning workshop', start: '2014-09-02T10:00', end: '2014-09-02T11:30', roomId: 'a' },
    { id: 'hack', title: 'Hackathon', start: '2014-09-02T18:00', end: '2014-09-04T12:00', roomId: 'a' },
    { id: 'ws2', title: 'Wednesday talk', start: '2014-09-03T10:00', end: '2014-09-03T11:00', roomId: 'b' },
    { id: 'tokyo', title: 'Late in Tokyo', start: '2014-09-03T17:30', end: '2014-09-03T18:30', roomId: 'c' },
    { id: 'party', title: 'Party', start: '2014-09-03T22:00', end: '2014-09-04T02:00', roomId: 'b' },
    { id: 'ws3', title: 'Thursday talk', start: '2014-09-04T14:00', end: '2014-09-04T15:00', roomId: 'c' },
    { id: 'ws4', title: 'Friday talk', start: '2014-09-05T10:00', end: '2014-09-05T11:00', roomId: 'a' },
  ],
}).schedule;

const HACKATHON = 'Tue, Sep 2, 6:00 PM – Thu, Sep 4, 12:00 PM';
const PARTY = 'Wed, Sep 3, 10:00 PM – Thu, Sep 4, 2:00 AM';
/** An hour of the grid, in pixels. */
const HOUR_PX = 120;

type Harness = Awaited<ReturnType<typeof timeline>>;

/** Where a session's cell lies in the day's grid, in hours from the grid's first line, and the grid's own length. */
function place(harness: Harness, title: string): { top: number; bottom: number; gridHours: number } {
  const items = harness.element.shadowRoot!.querySelector('.items')!.getBoundingClientRect();
  const canvas = harness.element.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
  const cell = harness.session(title).closest('.cell')!.getBoundingClientRect();
  return { top: (cell.top - items.top) / HOUR_PX, bottom: (cell.bottom - items.top) / HOUR_PX, gridHours: canvas.height / HOUR_PX };
}

/** Opens a day and waits for every cell of it. */
async function openDay(harness: Harness, label: string): Promise<void> {
  await harness.openDay(label);
  await harness.idle();
}

function hourLabels(harness: Harness): string[] {
  return [...harness.element.shadowRoot!.querySelectorAll('.axis .tick')].map(readText);
}

describe('<agenda-timeline>: sessions over midnight', () => {
  it('shows a session of several days on each day it covers, with its whole range, cut at the day’s edges in the grid', async () => {
    const harness = await timeline({ schedule: night, layout: 'grid', width: '1100px' });
    // Tuesday: from 6 PM to the day's end, not 42 hours of grid under a repeating clock.
    await harness.idle();
    const tuesday = place(harness, 'Hackathon');
    expect(readText(harness.session('Hackathon'))).to.include(HACKATHON);
    expect(tuesday.top).to.equal(8); // from 10 AM
    expect(tuesday.bottom).to.equal(14); // midnight
    expect(tuesday.gridHours).to.equal(14);
    expect(hourLabels(harness).at(-1), 'the next day’s midnight, named').to.equal('Wed 12:00 AM');

    await openDay(harness, 'Wed, Sep 3');
    expect(harness.visibleSessionTitles()).to.deep.equal(['Hackathon', 'Wednesday talk', 'Late in Tokyo', 'Party']);
    expect(harness.count()).to.equal('4 sessions');
    expect(readText(harness.session('Hackathon'))).to.include(HACKATHON);
    expect(place(harness, 'Hackathon')).to.deep.equal({ top: 0, bottom: 24, gridHours: 24 });
    expect(hourLabels(harness)[0]).to.equal('12:00 AM');
    expect(place(harness, 'Party')).to.deep.include({ top: 22, bottom: 24 });
    expect(readText(harness.session('Party'))).to.include(PARTY);

    await openDay(harness, 'Thu, Sep 4');
    expect(harness.visibleSessionTitles()).to.deep.equal(['Hackathon', 'Party', 'Thursday talk']);
    expect(place(harness, 'Hackathon')).to.deep.include({ top: 0, bottom: 12 });
    expect(place(harness, 'Party')).to.deep.include({ top: 0, bottom: 2 });
    expect(readText(harness.session('Party'))).to.include(PARTY);
  });

  it('marks the edge where a session is cut at the day’s start or end', async () => {
    const harness = await timeline({ schedule: night, layout: 'grid', width: '1100px' });
    await harness.idle();
    const edges = (title: string): string[] => {
      const style = getComputedStyle(harness.session(title));
      return [style.borderTopStyle, style.borderBottomStyle];
    };
    expect(edges('Morning workshop')).to.deep.equal(['solid', 'solid']);
    expect(edges('Hackathon')).to.deep.equal(['solid', 'dashed']);
    await openDay(harness, 'Wed, Sep 3');
    expect(edges('Hackathon')).to.deep.equal(['dashed', 'dashed']);
    expect(edges('Party')).to.deep.equal(['solid', 'dashed']);
    await openDay(harness, 'Thu, Sep 4');
    expect(edges('Hackathon')).to.deep.equal(['dashed', 'solid']);
    await expect(harness.element).to.be.accessible();
  });

  it('lists a session that began on an earlier day under its start with that day', async () => {
    const harness = await timeline({ schedule: night, layout: 'list', width: '390px' });
    await openDay(harness, 'Thu, Sep 4');
    const headings = [...harness.element.shadowRoot!.querySelectorAll('.slot')].map(readText);
    expect(headings).to.deep.equal(['Tue, Sep 2, 6:00 PM', 'Wed, Sep 3, 10:00 PM', '2:00 PM']);
    expect(harness.visibleSessionTitles()).to.deep.equal(['Hackathon', 'Party', 'Thursday talk']);
  });

  for (const layout of ['grid', 'list']) {
    it(`opens it from a later day it covers and gives focus back there (${layout})`, async () => {
      const harness = await timeline({ schedule: night, layout, width: '1100px' });
      await openDay(harness, 'Wed, Sep 3');
      await harness.press('Enter', 'Hackathon');
      await waitUntil(() => harness.dialog());
      expect(harness.selectedDay(), 'the tab the person was on').to.equal('Wed, Sep 3');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => harness.focusedTitle() === 'Hackathon', 'focus back on the cell');
      expect(harness.selectedDay()).to.equal('Wed, Sep 3');
      await harness.press('ArrowDown');
      expect(harness.focusedTitle(), 'the arrows go on within Wednesday').to.equal(layout === 'grid' ? 'Hackathon' : 'Wednesday talk');
    });
  }

  it('names a session over midnight with its range, each day said once', async () => {
    const harness = await timeline({ schedule: night, layout: 'grid', width: '1100px' });
    await openDay(harness, 'Wed, Sep 3');
    const name = async (title: string): Promise<string | undefined> => (await findAxNode((node) => node.role === 'button' && node.name.startsWith(title)))?.name;
    expect(await name('Hackathon')).to.equal(`Hackathon, ${HACKATHON}, Room A`);
    expect(await name('Party')).to.equal(`Party, ${PARTY}, Room B`);
    expect(await name('Wednesday talk')).to.equal('Wednesday talk, Wednesday, September 3, 10:00 – 11:00 AM, Room B');
  });

  it('names a session that ends at midnight with its day and its times, which name no day', async () => {
    const quiz = normalizeFeed({
      version: 1,
      event: { name: 'Quiz', timeZone: 'Europe/Istanbul' },
      sessions: [{ id: 'quiz', title: 'Quiz night', start: '2014-09-03T23:00', end: '2014-09-04T00:00' }],
    }).schedule;
    const harness = await timeline({ schedule: quiz, layout: 'grid', width: '1100px' });
    await harness.idle();
    expect((await findAxNode((node) => node.role === 'button' && node.name.startsWith('Quiz night')))?.name).to.equal('Quiz night, Wednesday, September 3, 11:00 PM – 12:00 AM');
  });

  it('names an all-day session of several days with its first and last day, on each of them', async () => {
    const fair = normalizeFeed({
      version: 1,
      event: { id: 'timeline-fair', name: 'Fair', timeZone: 'Europe/Istanbul', start: '2014-09-02', end: '2014-09-04' },
      rooms: [{ id: 'a', name: 'Hall A' }],
      sessions: [
        { id: 'expo', title: 'Exhibition', start: '2014-09-02T00:00', end: '2014-09-05T00:00', allDay: true, roomId: 'a' },
        { id: 'setup', title: 'Setup', start: '2014-09-02T00:00', end: '2014-09-03T00:00', allDay: true, roomId: 'a' },
        { id: 'talk', title: 'Talk', start: '2014-09-03T10:00', end: '2014-09-03T11:00', roomId: 'a' },
      ],
    }).schedule;
    const harness = await timeline({ schedule: fair, layout: 'grid', width: '1100px' });
    await harness.idle();
    const name = async (title: string): Promise<string | undefined> => (await findAxNode((node) => node.role === 'button' && node.name.startsWith(title)))?.name;
    expect(await name('Setup')).to.equal('Setup, Tuesday, September 2, All day, Hall A');
    expect(await name('Exhibition')).to.equal('Exhibition, Tuesday, September 2 – Thursday, September 4, All day, Hall A');
    await openDay(harness, 'Wed, Sep 3');
    expect(await name('Exhibition'), 'not Tuesday alone, on Wednesday').to.equal('Exhibition, Tuesday, September 2 – Thursday, September 4, All day, Hall A');
  });

  it('says the day of a session "Up next" that is on another day than now, as Camp 2019’s noon talk after a night’s last one', async () => {
    // 11 PM on Wednesday, the party on: the next talk is Thursday's at 2 PM, not "2:00 PM" as if this afternoon.
    const harness = await timeline({ schedule: night, layout: 'list', width: '390px', now: Date.parse('2014-09-03T23:00:00+03:00') });
    const [now, next] = harness.nowAndNext();
    expect(now).to.include('Party').and.include(PARTY);
    expect(next).to.include('Thursday talk').and.include('Thu, Sep 4, 2:00 – 3:00 PM');
    // Up next on the same day says its times alone.
    const afternoon = await timeline({ schedule: night, layout: 'list', width: '390px', now: Date.parse('2014-09-03T10:30:00+03:00') });
    expect(afternoon.nowAndNext()[1]).to.include('Late in Tokyo').and.include('5:30 – 6:30 PM').and.not.include('Sep 3');
  });

  it('counts it on each of its days while filtering, as it shows it', async () => {
    const harness = await timeline({ schedule: night, layout: 'grid', width: '1100px' });
    await openDay(harness, 'Wed, Sep 3');
    await harness.search('hackathon');
    expect(harness.dayLabels()).to.deep.equal(['Tue, Sep 2 (1)', 'Wed, Sep 3 (1)', 'Thu, Sep 4 (1)', 'Fri, Sep 5 (0)']);
    expect(harness.visibleSessionTitles()).to.deep.equal(['Hackathon']);
  });

  it('shows a venue’s day in another zone whole, each range with its days where it crosses that zone’s midnight', async () => {
    const harness = await timeline({ schedule: night, layout: 'grid', width: '1100px', timeZone: 'Asia/Tokyo' });
    await openDay(harness, 'Wed, Sep 3');
    // The venue's Wednesday is 6 AM Wednesday to 6 AM Thursday in Tokyo.
    expect(hourLabels(harness)[0]).to.equal('6:00 AM');
    // Tokyo's midnight within it: the hour names the day it starts, and only that hour.
    expect(hourLabels(harness).filter((label) => /[A-Z][a-z]{2}/.test(label))).to.deep.equal(['Thu 12:00 AM']);
    expect(place(harness, 'Hackathon')).to.deep.equal({ top: 0, bottom: 24, gridHours: 24 });
    expect(readText(harness.session('Late in Tokyo'))).to.include('Wed, Sep 3, 11:30 PM – Thu, Sep 4, 12:30 AM');
  });
});

describe('<agenda-timeline>: an event whose days change at 06:00', () => {
  it('keeps the talks after midnight on the evening they belong to, in the grid and the list, and opens on it during that night', async () => {
    // 01:00 on Sunday: still Saturday's night.
    const harness = await timeline({ schedule: FESTIVAL, layout: 'grid', width: '1100px', now: Date.parse('2025-12-28T00:00:00Z') });
    await harness.idle();
    expect(harness.selectedDay()).to.equal('Sat, Dec 27');
    expect(harness.visibleSessionTitles()).to.deep.equal(['Evening talk', 'Party', 'Late talk']);
    expect(harness.count()).to.equal('3 sessions');
    // The night drawn whole, after the evening: from 9 PM to the party's end at 4 AM, midnight named.
    expect(place(harness, 'Late talk').top).to.be.closeTo(3 + 20 / 60, 0.01);
    expect(place(harness, 'Party')).to.deep.include({ top: 2, bottom: 7, gridHours: 7 });
    expect(harness.session('Party').closest('.cell')!.hasAttribute('data-cut'), 'not cut at midnight').to.equal(false);
    expect(hourLabels(harness)).to.include('Sun 12:00 AM');

    await openDay(harness, 'Sun, Dec 28');
    expect(harness.visibleSessionTitles()).to.deep.equal(['Morning talk']);
    expect(hourLabels(harness)[0]).to.equal('11:00 AM');

    harness.element.layout = 'list';
    await openDay(harness, 'Sat, Dec 27');
    expect(harness.visibleSessionTitles()).to.deep.equal(['Evening talk', 'Party', 'Late talk']);
  });

  it('opens on the next day once the night is over, before the day change', async () => {
    // 05:00 on Sunday: the party ended at 04:00, Saturday has nothing left.
    const harness = await timeline({ schedule: FESTIVAL, layout: 'grid', width: '1100px', now: Date.parse('2025-12-28T04:00:00Z') });
    expect(harness.selectedDay()).to.equal('Sun, Dec 28');
  });

  it('prints a talk after midnight under its evening with the date it starts on', async () => {
    const harness = await timeline({ schedule: FESTIVAL, now: Date.parse('2025-12-28T00:00:00Z'), withoutUrlState: true });
    await emulateMedia({ media: 'print' });
    try {
      const list = harness.element.shadowRoot!;
      await waitUntil(() => list.querySelector('.print-list li'), 'no list under print media');
      expect(readText(list.querySelector('.print-list .heading')!)).to.equal('Saturday, December 27');
      // Read under Saturday, "12:20 – 1:20 AM" is the night before the evening.
      expect([...list.querySelectorAll('.print-list time')].map(readText)).to.deep.equal([
        '9:00 – 10:00 PM',
        'Sat, Dec 27, 11:00 PM – Sun, Dec 28, 4:00 AM',
        'Sun, Dec 28, 12:20 – 1:20 AM',
      ]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<agenda-timeline>: a long festival day, late at night', () => {
  it('opens the list on a phone at the session on now, past the rows the first paint builds', async () => {
    // 39C3's Sunday on a phone: talks every 40 minutes in four halls from 10 AM to 2 AM, more rows than a first paint builds.
    const sessions = Array.from({ length: 96 }, (_, i) => {
      const start = Date.parse('2025-12-28T09:00:00Z') + Math.floor(i / 4) * 40 * 60_000;
      return { id: `t${i}`, title: `Talk ${i}`, start: new Date(start).toISOString(), end: new Date(start + 35 * 60_000).toISOString(), roomId: `r${i % 4}` };
    });
    const schedule = normalizeFeed({
      version: 1,
      event: { id: 'timeline-long-night', name: 'Congress', timeZone: 'Europe/Berlin', dayChange: '06:00' },
      rooms: [0, 1, 2, 3].map((r) => ({ id: `r${r}`, name: `Saal ${r}` })),
      sessions,
    }).schedule;
    // 00:30 on Monday in Berlin: Talk 84 (00:00–00:35) is on.
    const harness = await timeline({ schedule, layout: 'list', width: '390px', now: Date.parse('2025-12-28T23:30:00Z') });
    await harness.idle();
    const box = harness.element.shadowRoot!.querySelector('[part~="list"]')!.getBoundingClientRect();
    const talk = harness.session('Talk 84').getBoundingClientRect();
    expect(talk.top, 'below the list’s top').to.be.at.least(box.top);
    expect(talk.bottom, 'above the list’s foot').to.be.at.most(box.bottom);
  });
});

describe('<agenda-timeline>: a night whose clocks go back half an hour (Lord Howe Island)', () => {
  it('draws the hour lines under the hours named after the change, not half an hour off', async () => {
    // 5 April 2026, 02:00 LHDT (UTC+11) is 01:30 LHST (UTC+10:30).
    const lordHowe = normalizeFeed({
      version: 1,
      event: { id: 'lord-howe', name: 'Island night', timeZone: 'Australia/Lord_Howe' },
      sessions: [
        { id: 'late', title: 'Across the change', start: '2026-04-05T01:00', end: '2026-04-05T03:00' },
        { id: 'morning', title: 'Breakfast talk', start: '2026-04-05T08:00', end: '2026-04-05T09:00' },
      ],
    }).schedule;
    const harness = await timeline({ schedule: lordHowe, layout: 'grid' });
    const root = harness.element.shadowRoot!;
    const phase = Number.parseFloat(getComputedStyle(root.querySelector('.body')!).backgroundPositionY);
    const ticks = [...root.querySelectorAll<HTMLElement>('.tick')].map((tick) => ({ text: readText(tick), top: Number.parseFloat(tick.style.insetBlockStart) }));
    const after = ticks.filter(({ text }) => ['2:00 AM', '3:00 AM', '8:00 AM', '9:00 AM'].includes(text));
    expect(after.map(({ text }) => text)).to.deep.equal(['2:00 AM', '3:00 AM', '8:00 AM', '9:00 AM']);
    for (const { text, top } of after) expect((((top - phase) % HOUR_PX) + HOUR_PX) % HOUR_PX, `the line of ${text}`).to.equal(0);
  });
});

describe('<agenda-timeline>: a screen left on from one day to the next (a hallway TV)', () => {
  const at = (local: string): number => Date.parse(`${local}+03:00`);

  /** Moves the timeline's clock to `local` (Istanbul time) and waits for it to show that moment. */
  async function clockTo(harness: Harness, local: string): Promise<void> {
    harness.element.now = at(local);
    await harness.settle();
  }

  it('shows the next day’s programme once the clock reaches it, as a page opened then would, and keeps it out of the URL', async () => {
    const harness = await timeline({ now: at('2014-09-02T17:00'), layout: 'grid' });
    expect(harness.selectedDay()).to.equal('Tue, Sep 2');
    // The day's last session over: the evening shows tomorrow, as a page opened now does.
    await clockTo(harness, '2014-09-02T18:05');
    expect(harness.selectedDay()).to.equal('Wed, Sep 3');
    await clockTo(harness, '2014-09-03T10:15');
    expect(harness.selectedDay()).to.equal('Wed, Sep 3');
    expect(harness.nowLine(), 'the now line on Wednesday morning').not.to.equal(null);
    await clockTo(harness, '2014-09-04T09:30');
    expect(harness.selectedDay()).to.equal('Thu, Sep 4');
    // A reload the next morning (a phone that dropped the tab, a kiosk restarted) opens on its own today, not on the day the clock picked here.
    await aTimeout(300);
    expect(new URLSearchParams(location.search).get('st-day')).to.equal(null);
    // Once the event is over, the screen stays on its last day rather than going back to its first.
    await clockTo(harness, '2014-09-05T09:00');
    await clockTo(harness, '2014-09-05T23:00');
    expect(harness.selectedDay()).to.equal('Fri, Sep 5');
  });

  it('moves on only once the keyboard has left it, not from under a session in focus', async () => {
    const harness = await timeline({ now: at('2014-09-02T17:00'), layout: 'grid' });
    harness.session('WS120').focus();
    await clockTo(harness, '2014-09-02T18:05');
    expect(harness.selectedDay()).to.equal('Tue, Sep 2');
    expect(harness.focusedTitle()).to.include('WS120');
    (document.activeElement as HTMLElement).blur();
    await clockTo(harness, '2014-09-02T18:06');
    expect(harness.selectedDay()).to.equal('Wed, Sep 3');
  });

  it('keeps the day a person chose, and says it in the URL', async () => {
    const harness = await timeline({ now: at('2014-09-02T17:00'), layout: 'grid' });
    await harness.openDay('Fri, Sep 5');
    await clockTo(harness, '2014-09-03T10:15');
    expect(harness.selectedDay()).to.equal('Fri, Sep 5');
    await waitUntil(() => new URLSearchParams(location.search).get('st-day') === '2014-09-05', 'the chosen day in the URL');
    await harness.openDay('Tue, Sep 2');
    await clockTo(harness, '2014-09-04T10:15');
    expect(harness.selectedDay(), 'yesterday, chosen').to.equal('Tue, Sep 2');
  });
});
