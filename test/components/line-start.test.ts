/**
 * A text of the feed on a line of its own (a session's or an inner agenda item's title, a room and its floor, a
 * person's only job or organization) reads in its own direction, English left to right on an Arabic
 * page and Arabic right to left on an English one, but starts where the lines beside it start: on
 * the right in Arabic, on the left in English, not at the other edge of the card. Checked where it is drawn.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/now-next/now-next.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import type { Schedule } from '../../src/data/model.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { savedEventKey } from '../../src/data/saved.js';
import { withSchedule } from './fixtures.js';
import { waitUntil } from '../wait.js';

type Direction = 'ltr' | 'rtl';

/** The words of the feed, all in one script. */
interface Words {
  readonly item: string;
  readonly room: string;
  readonly floor: string;
  /** A room without a floor. */
  readonly annex: string;
  readonly person: string;
  /** The person's organization, without a job title. */
  readonly organization: string;
  /** A track's name of two lines or more, its last line short, beside the track's dot. */
  readonly track: string;
  /** The person's bio, longer than the three lines shown before "Read more". */
  readonly bio: string;
}

/** A talk in a room with its floor and a track, with an inner agenda item; and a second one in a room without, both by one person with an organization and a bio. */
function schedule(words: Words): Schedule {
  const talk = { duration: 'PT1H', people: [{ id: 'p' }] };
  return normalizeFeed({
    version: 1,
    event: { name: 'Test Summit', timeZone: 'Europe/Istanbul' },
    rooms: [{ id: 'hall', name: words.room, location: words.floor }, { id: 'annex', name: words.annex }],
    tracks: [{ id: 'track', name: words.track, color: '#5b3c99' }],
    people: [{ id: 'p', name: words.person, organization: words.organization, bio: words.bio }],
    sessions: [
      { ...talk, id: 'talk', title: words.item, start: '2014-09-02T11:00:00+03:00', roomId: 'hall', trackId: 'track', agenda: [{ title: words.item, duration: 'PT10M', peopleIds: ['p'] }] },
      { ...talk, id: 'second', title: 'Second', start: '2014-09-02T14:00:00+03:00', roomId: 'annex' },
    ],
  }).schedule;
}

const cases = [
  {
    reader: 'an Arabic reader, texts in English',
    locale: 'ar',
    direction: 'rtl',
    own: 'ltr',
    // WS196's first agenda item, room and floor, and Ayman El-Sherbiny, in the sample.
    words: {
      item: 'Background on Workshop Topic & Panelists Introduction',
      room: 'Workshop Room 03',
      floor: 'Rumeli -1 Floor / Room 1',
      annex: 'Main Hall',
      person: 'Ayman El-Sherbiny',
      organization: 'UN ESCWA',
      track: 'Internet as an Engine for Growth and Development',
      bio: 'Ayman El-Sherbiny leads the ICT policy work of the UN Economic and Social Commission for Western Asia in Beirut. He has worked on Internet governance in the Arab region since the first Arab IGF, and chairs its programme committee.',
    },
  },
  {
    reader: 'an English reader, texts in Arabic',
    locale: 'en-US',
    direction: 'ltr',
    own: 'rtl',
    words: {
      item: 'خلفية عن موضوع ورشة العمل وتقديم المتحدثين',
      room: 'القاعة الثالثة',
      floor: 'الطابق الأول',
      annex: 'القاعة الكبرى',
      person: 'ليلى حداد',
      organization: 'جمعية الإنترنت في تونس',
      track: 'منتدى حوكمة الإنترنت ومستقبل منظومة الإنترنت والتعاون المعزز',
      bio: 'تقود ليلى حداد أعمال سياسات تكنولوجيا المعلومات والاتصالات في جمعية الإنترنت في تونس. عملت على حوكمة الإنترنت في المنطقة العربية منذ المنتدى العربي الأول، وترأس لجنة برنامجه.',
    },
  },
] as const;

/** The box `text` (or all of `line`'s text) is drawn in. */
function drawn(line: Element, text?: string): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(line);
  if (text !== undefined) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      break;
    }
  }
  return range.getBoundingClientRect();
}

/** Where a box starts in `direction`: its right edge right to left, its left edge left to right. */
const start = (box: DOMRect, direction: Direction): number => (direction === 'rtl' ? box.right : box.left);

/**
 * Expects `line` to start where `beside` starts in the reader's `direction`, and its words to read
 * in their `own` direction (its first word before its last, on its line or a lower one). A title
 * that may be cut after a few lines (`cut`: the grid's cells, `<now-next>`) is a paragraph in its own
 * direction whose box starts there, its lines ragged on that side: Chromium draws the "…" after the
 * end of a line, so a line aligned to the box's end would have it clipped (reading-order.test.ts).
 */
function expectStartsBeside(line: Element | null | undefined, beside: Element | null | undefined, direction: Direction, own: Direction, cut = false): void {
  if (!line || !beside) throw new Error('a line is not shown');
  const [at, expected] = [start(cut ? line.getBoundingClientRect() : drawn(line), direction), start(drawn(beside), direction)];
  expect(Math.abs(at - expected), `"${line.textContent!.trim()}" starts at ${at}, "${beside.textContent!.trim()}" at ${expected}`).to.be.at.most(1);
  const words = line.textContent!.trim().split(/\s+/);
  // Its last word further along the same line, or on a lower one when it wraps.
  const [first, last] = [drawn(line, words[0]), drawn(line, words.at(-1))];
  const further = own === 'rtl' ? start(first, own) > start(last, own) : start(first, own) < start(last, own);
  expect(Math.abs(first.top - last.top) < first.height / 2 ? further : last.top > first.top, `"${line.textContent!.trim()}" reads ${own}`).to.equal(true);
}

for (const { reader, locale, direction, own, words } of cases) {
  describe(`a text of the feed on a line of its own, for ${reader}`, () => {
    const texts = schedule(words);

    it('starts where the full card’s other lines start: an agenda item’s title over its speakers, the room and floor under the date, an organization under the name', async () => {
      const card = await withSchedule('session-card', { 'session-id': 'talk', variant: 'full', locale }, { schedule: texts });
      await waitUntil(() => card.shadowRoot!.querySelector('.agenda-title'), 'no agenda in the full card');
      const $ = (selector: string): Element | null => card.shadowRoot!.querySelector(selector);
      expectStartsBeside($('.agenda-title'), $('.agenda-people'), direction, own);
      expectStartsBeside($('.room-name'), $('.full-date'), direction, own);
      expectStartsBeside($('.room-location'), $('.full-date'), direction, own);
      expectStartsBeside($('.affiliation'), $('.person-name'), direction, own);
    });

    it('in the full card, a track’s name of two lines starts at its dot, and “Read more” under a bio in the other language starts where the name above it starts', async () => {
      const card = await withSchedule('session-card', { 'session-id': 'talk', variant: 'full', locale, style: 'inline-size: 20em' }, { schedule: texts });
      const bio = card.shadowRoot!.querySelector('.bio')!;
      await waitUntil(() => bio.shadowRoot!.querySelector('[part="toggle"]'), 'no “Read more” under the bio');
      const $ = (selector: string): Element => card.shadowRoot!.querySelector(selector)!;
      const name = $('[part="track"] span:last-child');
      const [first, last] = [drawn(name, words.track.split(' ')[0]), drawn(name, words.track.split(' ').at(-1))];
      expect(last.top, 'the track’s name is on two lines').to.be.above(first.bottom - 1);
      // The dot's side, its gap apart: the swatch's far edge in the reader's direction.
      const dot = $('.swatch').getBoundingClientRect();
      const gap = parseFloat(getComputedStyle($('[part="track"]')).columnGap);
      const afterDot = direction === 'rtl' ? dot.left - gap : dot.right + gap;
      expect(Math.abs(start(last, direction) - afterDot), `the track’s last line starts at ${start(last, direction)}, its dot ends at ${afterDot}`).to.be.at.most(1);
      const toggle = bio.shadowRoot!.querySelector('[part="toggle"]')!.getBoundingClientRect();
      const nameAt = start(drawn($('.person-name')), direction);
      expect(Math.abs(start(toggle, direction) - nameAt), `“Read more” starts at ${start(toggle, direction)}, the name at ${nameAt}`).to.be.at.most(1);
    });

    it('starts where <agenda-timeline>’s lines start: a session’s title over its speakers and room, in the list and the grid', async () => {
      for (const layout of ['list', 'grid']) {
        const timeline = await withSchedule('agenda-timeline', { layout, locale, 'without-url-state': '' }, { schedule: texts });
        await waitUntil(() => timeline.shadowRoot!.querySelector('.item-people'), `no session in the ${layout}`);
        const session = timeline.shadowRoot!.querySelector('[part~="session"]');
        expectStartsBeside(session?.querySelector('.item-title'), session?.querySelector('.item-people'), direction, own, layout === 'grid');
      }
    });

    it('starts where <agenda-timeline>’s other lines start: a title over its room in “Happening now” on a phone, a title and a room over its people on paper, an agenda item’s title over its speakers in the run of show', async () => {
      const during = Date.parse('2014-09-02T11:10:00+03:00');
      const timeline = await withSchedule('agenda-timeline', { layout: 'list', locale, 'without-url-state': '', style: 'inline-size: 320px' }, { schedule: texts, now: during });
      const $ = (selector: string): Element | null => timeline.shadowRoot!.querySelector(selector);
      await waitUntil(() => $('.now .line-room'), 'nothing happening now');
      expectStartsBeside($('.now .line-title'), $('.now .line-room'), direction, own);
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(() => $('.print-list .line-people'), 'no list on paper');
        expectStartsBeside($('.print-list .line-title'), $('.print-list .line-people'), direction, own);
        // On a phone (the page rendered with scripts off) the room is on a line of its own: it started at the other edge, "Saal One" on the left of an Arabic page.
        await setViewport({ width: 390, height: 844 });
        expectStartsBeside($('.print-list .line-room'), $('.print-list .line-people'), direction, own);
      } finally {
        await emulateMedia({ media: 'screen' });
        await setViewport({ width: 800, height: 600 });
      }
      const show = await withSchedule('agenda-timeline', { 'session-id': 'talk', locale, style: 'inline-size: 320px' }, { schedule: texts, now: during });
      await waitUntil(() => show.shadowRoot!.querySelector('.ros-people'), 'no run of show');
      expectStartsBeside(show.shadowRoot!.querySelector('.ros-title'), show.shadowRoot!.querySelector('.ros-people'), direction, own);
    });

    it('starts where the lines of what is on now start, in <event-status> and <now-next>: a title over its room or time', async () => {
      const during = Date.parse('2014-09-02T11:10:00+03:00');
      const status = await withSchedule('event-status', { locale }, { schedule: texts, now: during });
      const on = status.shadowRoot!.querySelector('[part~="now"] li');
      expectStartsBeside(on?.querySelector('.title'), on?.querySelector('.meta'), direction, own);
      const board = await withSchedule('now-next', { 'room-id': 'hall', locale }, { schedule: texts, now: during });
      const now = board.shadowRoot!.querySelector('[part~="now"]');
      expectStartsBeside(now?.querySelector('.title'), now?.querySelector('.caption'), direction, own, true);
    });

    it('starts where <my-schedule>’s lines start: a saved session’s title over its room', async () => {
      const store = SavedStore.for(savedEventKey(texts.event));
      store.save([texts.sessionsById.get('talk')!]);
      try {
        const list = await withSchedule('my-schedule', { locale }, { schedule: texts });
        await waitUntil(() => list.shadowRoot!.querySelector('[part~="room"]'), 'no saved session in the list');
        const $ = (selector: string): Element | null => list.shadowRoot!.querySelector(selector);
        expectStartsBeside($('[part~="title"]'), $('[part~="room"]'), direction, own);
      } finally {
        store.remove('talk');
      }
    });

    it('starts where <speaker-card>’s other lines start: the organization under the name, a room under its session’s time', async () => {
      const card = await withSchedule('speaker-card', { 'person-id': 'p', locale }, { schedule: texts });
      const $ = (selector: string): Element | null => card.shadowRoot!.querySelector(selector);
      expectStartsBeside($('[part~="title"]'), $('[part~="name"]'), direction, own);
      const second = [...card.shadowRoot!.querySelectorAll('.session')].find((session) => session.textContent!.includes(words.annex));
      expectStartsBeside(second?.querySelector('.room'), second?.querySelector('.when'), direction, own);
    });
  });
}
