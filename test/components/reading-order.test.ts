/**
 * Phrases of the reader's language around the feed's words (a list of names, "A, B and C", in
 * Arabic "A وB وC"; a job and organization, "job, organization") run in that language's direction
 * whatever script the words are written in, so that the first is read first. Checked where they are
 * drawn: where each part starts on the line, in every component that shows such a phrase.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/now-next/now-next.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import type { Schedule } from '../../src/data/model.js';
import type { NowNextElement } from '../../src/components/now-next/now-next.js';
import { timeline } from './agenda-timeline.helpers.js';
import { sample, withSchedule } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** Where `text` starts to be drawn inside `line` (its first occurrence): the box of its first line's part. */
function startOf(line: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getClientRects()[0]!;
  }
  throw new Error(`"${text}" is not drawn in "${line.textContent}"`);
}

/** The first of `lines` that shows every one of `names`. */
const showing = (lines: Iterable<Element>, names: readonly string[]): Element | undefined =>
  [...lines].find((line) => names.every((name) => line.textContent!.includes(name)));

/** Expects `names` to be read in this order on `line`, in `direction`: each starts further along the line than the one before, or lower. */
function expectReadInOrder(line: Element | undefined, names: readonly string[], direction: 'ltr' | 'rtl'): void {
  if (!line) throw new Error(`no line shows ${names.join(', ')}`);
  expect(getComputedStyle(line).direction, `the direction of "${line.textContent}"`).to.equal(direction);
  const starts = names.map((name) => startOf(line, name));
  for (let i = 1; i < starts.length; i++) {
    const [before, after] = [starts[i - 1]!, starts[i]!];
    const sameLine = Math.abs(before.top - after.top) < before.height / 2;
    const further = direction === 'rtl' ? after.right <= before.left + 1 : after.left >= before.right - 1;
    expect(sameLine ? further : after.top > before.top, `${names[i - 1]} is read before ${names[i]} (${direction})`).to.equal(true);
  }
}

const ARABIC_NAMES = ['ليلى حداد', 'عمر بنعلي'];
/** Leila's job and organization, the organization ending in brackets. */
const ARABIC_JOB = ['مديرة البرامج', 'جمعية الإنترنت (تونس)'];

/** One session whose two people have Arabic names (and the first an Arabic job), with an inner agenda item by both. */
const arabicNames: Schedule = normalizeFeed({
  version: 1,
  event: { name: 'Test Summit', timeZone: 'Europe/Istanbul' },
  rooms: [{ id: 'hall', name: 'القاعة', location: 'الطابق الأول' }],
  people: [
    { id: 'leila', name: ARABIC_NAMES[0], jobTitle: ARABIC_JOB[0], organization: ARABIC_JOB[1] },
    { id: 'omar', name: ARABIC_NAMES[1] },
  ],
  sessions: [
    {
      id: 'talk',
      title: 'A talk',
      start: '2014-09-02T11:00:00+03:00',
      duration: 'PT1H',
      roomId: 'hall',
      people: [{ id: 'leila' }, { id: 'omar' }],
      agenda: [{ title: 'Opening', duration: 'PT10M', peopleIds: ['leila', 'omar'] }],
    },
  ],
}).schedule;

const cases = [
  {
    reader: 'an Arabic reader, names in Latin letters',
    locale: 'ar',
    direction: 'rtl',
    schedule: sample,
    sessionId: 'ws196',
    names: ['Qusai Al-Shatti', 'Peter Major', 'Desiree Miloshevic'],
    // Qusai Al-Shatti's, the organization ending in brackets.
    personId: 'qusai-alshatti',
    job: ['Board Member', 'Kuwait Information Technology Society (KITS)'],
    // WS196's room and where it is, as a speaker's card lists the session.
    room: ['Workshop Room 03', 'Rumeli -1 Floor / Room 1'],
    // The first two of the eight people of WS196's closing item.
    agendaNames: ['Qusai Al-Shatti', 'Desiree Miloshevic'],
  },
  {
    reader: 'an English reader, names in Arabic letters',
    locale: 'en-US',
    direction: 'ltr',
    schedule: arabicNames,
    sessionId: 'talk',
    names: ARABIC_NAMES,
    personId: 'leila',
    job: ARABIC_JOB,
    room: ['القاعة', 'الطابق الأول'],
    agendaNames: ARABIC_NAMES,
  },
] as const;

/** During both sessions. */
const NOW = Date.parse('2014-09-02T11:30:00+03:00');

describe('lists of names', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const { reader, locale, direction, schedule, sessionId, names, agendaNames } of cases) {
    describe(`for ${reader}`, () => {
      it('read in the language’s direction in the timeline’s grid and on paper', async () => {
        const harness = await timeline({ locale, schedule, now: NOW, layout: 'grid', withoutUrlState: true });
        const root = harness.element.shadowRoot!;
        const cell = root.querySelector(`[data-session-id="${sessionId}"]`)!;
        // A cell off screen is not laid out (content-visibility): brought into view, it is once a frame has run.
        cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        await nextFrame();
        await nextFrame();
        expectReadInOrder(cell.querySelector('.item-people') ?? undefined, names, direction);
        await emulateMedia({ media: 'print' });
        await waitUntil(() => root.querySelector('.print-list li'), 'no list under print media');
        expectReadInOrder(showing(root.querySelectorAll('.print-list .line-people'), names), names, direction);
      });

      it('read in the language’s direction in the run of show', async () => {
        const harness = await timeline({ locale, schedule, sessionId });
        expectReadInOrder(showing(harness.element.shadowRoot!.querySelectorAll('.ros-people'), agendaNames), agendaNames, direction);
      });

      it('read in the language’s direction in <now-next>', async () => {
        const el = await fixture<NowNextElement>(html`<now-next .schedule=${schedule} locale=${locale} .now=${NOW}></now-next>`);
        await waitUntil(() => showing(el.shadowRoot!.querySelectorAll('.people'), names), 'the session is not on now');
        expectReadInOrder(showing(el.shadowRoot!.querySelectorAll('.people'), names), names, direction);
      });

      it('read in the language’s direction in the full card’s agenda', async () => {
        const card = await withSchedule('session-card', { 'session-id': sessionId, variant: 'full', locale }, { schedule });
        await waitUntil(() => card.shadowRoot!.querySelector('.agenda-people'), 'no agenda in the full card');
        expectReadInOrder(showing(card.shadowRoot!.querySelectorAll('.agenda-people'), agendaNames), agendaNames, direction);
      });
    });
  }
});

describe('the grid’s room names', () => {
  for (const { reader, locale, schedule, sessionId } of cases) {
    it(`stand over their columns for ${reader}`, async () => {
      const harness = await timeline({ locale, schedule, now: NOW, layout: 'grid', withoutUrlState: true });
      const root = harness.element.shadowRoot!;
      const cell = root.querySelector(`[data-session-id="${sessionId}"]`)!.getBoundingClientRect();
      const room = schedule.sessionsById.get(sessionId)!.room!.name;
      const head = [...root.querySelectorAll('.head')].find((candidate) => candidate.textContent!.trim() === room)!.getBoundingClientRect();
      const middle = cell.left + cell.width / 2;
      expect(middle > head.left && middle < head.right, `${room}: its head spans ${head.left}–${head.right}, its session's middle is at ${middle}`).to.equal(true);
    });
  }
});

describe('a person’s job and organization, a room and where it is', () => {
  for (const { reader, locale, direction, schedule, sessionId, personId, job, room } of cases) {
    describe(`for ${reader}`, () => {
      it('read in the language’s direction on <speaker-avatar> and <speaker-card>', async () => {
        const person = schedule.peopleById.get(personId)!;
        const avatar = await fixture(html`<speaker-avatar with-title .person=${person} locale=${locale}></speaker-avatar>`);
        expectReadInOrder(avatar.shadowRoot!.querySelector('[part~="title"]') ?? undefined, job, direction);
        const card = await withSchedule('speaker-card', { 'person-id': personId, locale }, { schedule });
        expectReadInOrder(card.shadowRoot!.querySelector('[part~="title"]') ?? undefined, job, direction);
        expectReadInOrder(showing(card.shadowRoot!.querySelectorAll('.session .room'), room), room, direction);
      });

      it('read in the language’s direction in the full card’s people', async () => {
        const card = await withSchedule('session-card', { 'session-id': sessionId, variant: 'full', locale }, { schedule });
        await waitUntil(() => card.shadowRoot!.querySelector('.affiliation'), 'no people in the full card');
        expectReadInOrder(showing(card.shadowRoot!.querySelectorAll('.affiliation'), job), job, direction);
      });
    });
  }
});

/** A wrapped Arabic title (at the width the tests give a card). */
const ARABIC_TITLE = 'التعاون المعزز لمنتدى حوكمة الإنترنت، مسارات متوازية أم متصلة في عالم متغير';

/** Three sessions of one person: an Arabic title with a code, one without, and an English title with a code. */
const arabicTitles: Schedule = normalizeFeed({
  version: 1,
  event: { name: 'Test Summit', timeZone: 'Europe/Istanbul' },
  rooms: [{ id: 'hall', name: 'Hall' }],
  people: [{ id: 'leila', name: 'Leila Haddad' }],
  sessions: [
    { id: 'coded', code: 'WS196', title: ARABIC_TITLE },
    { id: 'plain', title: `${ARABIC_TITLE} ٢` },
    { id: 'english', code: 'WS224', title: 'Affordable Broadband for the Next Billion' },
  ].map((session, index) => ({ ...session, start: `2014-09-02T1${index}:00:00+03:00`, duration: 'PT1H', roomId: 'hall', people: [{ id: 'leila' }] })),
}).schedule;

/** The line of a title (a link, button or span) that shows `text`. */
const titled = (lines: Iterable<Element>, text: string): Element | undefined => [...lines].find((line) => line.textContent!.includes(text));

/** Expects the lines of a title (its code, then its text) to start at one edge: its own start, where its direction starts them. */
function expectLinesStartTogether(title: Element | null | undefined, name: string): void {
  if (!title) throw new Error(`no ${name}`);
  const rtl = getComputedStyle(title).direction === 'rtl';
  // Each line's boxes (the code's is smaller than the text beside it): where it starts, and its top and bottom.
  const lines: { top: number; bottom: number; start: number }[] = [];
  for (const rect of [...title.querySelectorAll('.code, .title-text')].flatMap((part) => [...part.getClientRects()])) {
    const middle = (rect.top + rect.bottom) / 2;
    const start = rtl ? -rect.right : rect.left;
    const line = lines.find((seen) => seen.top < middle && middle < seen.bottom);
    if (line) line.start = Math.min(line.start, start);
    else lines.push({ top: rect.top, bottom: rect.bottom, start });
  }
  expect(lines.length, `${name} wraps`).to.be.above(1);
  const [first, ...rest] = lines.map((line) => line.start);
  for (const start of rest) expect(Math.abs(start - first!), `${name}: a line starts ${Math.abs(start - first!)} px from the first's start`).to.be.below(1);
}

describe('a session’s title with its code', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const locale of ['ar', 'en-US']) {
    describe(`for a reader of ${locale}`, () => {
      it('runs in the title’s direction on a card and a speaker’s card, the code first', async () => {
        for (const id of ['coded', 'plain']) {
          const card = await withSchedule('session-card', { 'session-id': id, locale, style: 'inline-size: 320px' }, { schedule: arabicTitles });
          expectReadInOrder(card.shadowRoot!.querySelector('.title-action') ?? undefined, id === 'coded' ? ['WS196', 'التعاون'] : ['التعاون'], 'rtl');
        }
        const english = await withSchedule('session-card', { 'session-id': 'english', locale }, { schedule: arabicTitles });
        expectReadInOrder(english.shadowRoot!.querySelector('.title-action') ?? undefined, ['WS224', 'Affordable'], 'ltr');
        const speaker = await withSchedule('speaker-card', { 'person-id': 'leila', locale, style: 'inline-size: 320px' }, { schedule: arabicTitles });
        const links = speaker.shadowRoot!.querySelectorAll('.session-title');
        expectReadInOrder(titled(links, 'WS196'), ['WS196', 'التعاون'], 'rtl');
        expectReadInOrder(titled(links, '٢'), ['التعاون'], 'rtl');
        expectReadInOrder(titled(links, 'WS224'), ['WS224', 'Affordable'], 'ltr');
      });

      it('starts each line of a wrapped title at its own start, a link (href, session-href) as a button', async () => {
        // A title of the other direction than the reader's: the page's lines start at its other side.
        const [id, code] = locale === 'ar' ? ['english', 'WS224'] : ['coded', 'WS196'];
        for (const href of [undefined, '/talks/{id}']) {
          const card = await withSchedule('session-card', { 'session-id': id, locale, href, style: 'inline-size: 240px' }, { schedule: arabicTitles });
          expectLinesStartTogether(card.shadowRoot!.querySelector('.title-action'), `the card's title${href ? ' link' : ''}`);
          const speaker = await withSchedule('speaker-card', { 'person-id': 'leila', locale, 'session-href': href, style: 'inline-size: 240px' }, { schedule: arabicTitles });
          expectLinesStartTogether(titled(speaker.shadowRoot!.querySelectorAll('.session-title'), code), `the speaker's card's title${href ? ' link' : ''}`);
        }
      });

      it('runs in the title’s direction in <now-next>, where a long one is cut at its end', async () => {
        const el = await fixture<NowNextElement>(html`<now-next .schedule=${arabicTitles} locale=${locale} .now=${NOW} style="inline-size: 390px"></now-next>`);
        const titles = (): NodeListOf<Element> => el.shadowRoot!.querySelectorAll('[part~="title"]');
        await waitUntil(() => titled(titles(), 'WS224'), 'the next session is not shown');
        expectReadInOrder(titled(titles(), '٢'), ['التعاون'], 'rtl');
        expectReadInOrder(titled(titles(), 'WS224'), ['WS224', 'Affordable'], 'ltr');
      });

      it('runs in the title’s direction in the timeline’s list and on paper, the code first', async () => {
        const harness = await timeline({ locale, schedule: arabicTitles, layout: 'list', withoutUrlState: true });
        const root = harness.element.shadowRoot!;
        expectReadInOrder(titled(root.querySelectorAll('.item-title'), 'WS196'), ['WS196', 'التعاون'], 'rtl');
        expectReadInOrder(titled(root.querySelectorAll('.item-title'), 'WS224'), ['WS224', 'Affordable'], 'ltr');
        await emulateMedia({ media: 'print' });
        await waitUntil(() => root.querySelector('.print-list li'), 'no list under print media');
        expectReadInOrder(titled(root.querySelectorAll('.print-list .line-title'), 'WS196'), ['WS196', 'التعاون'], 'rtl');
      });

      it('runs in the title’s direction over the timeline’s run of show, the code first', async () => {
        for (const [sessionId, words, direction] of [['coded', ['WS196', 'التعاون'], 'rtl'], ['english', ['WS224', 'Affordable'], 'ltr']] as const) {
          const harness = await timeline({ locale, schedule: arabicTitles, sessionId, withoutUrlState: true });
          expectReadInOrder(harness.element.shadowRoot!.querySelector('[part~="title"] [dir]') ?? undefined, words, direction);
        }
      });
    });
  }
});

/**
 * Where a title cut at its last line ends: the end (in its direction) of the last line shown. Chromium
 * draws the "…" after it, and an edge of the box clips it: a line that ends at that edge shows no "…".
 */
function lastLineEnd(title: Element): { end: number; edge: number } {
  const box = title.getBoundingClientRect();
  const rtl = getComputedStyle(title).direction === 'rtl';
  // Each letter's box (a space at a line's end hangs past its edge, and is no letter).
  const range = document.createRange();
  const letters: DOMRect[] = [];
  const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = 0; at < node.length; at++) {
      if (/\s/.test(node.data[at]!)) continue;
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      letters.push(...range.getClientRects());
    }
  }
  const shown = letters.filter((rect) => rect.width > 0 && rect.bottom <= box.bottom + 1);
  const top = Math.max(...shown.map((rect) => rect.top));
  const last = shown.filter((rect) => rect.top > top - 2);
  return rtl
    ? { end: -Math.min(...last.map((rect) => rect.left)), edge: -(box.left + title.clientLeft) }
    : { end: Math.max(...last.map((rect) => rect.right)), edge: box.right - title.clientLeft };
}

/** A title longer than any board or grid cell shows whole: cut after a line or two (a letter Latin, the other Arabic). */
const LONG_TITLES = {
  ar: 'Affordable Broadband for the Next Billion: Infrastructure, Policy, Spectrum and Community Networks in Every Region of the World',
  'en-US': `${ARABIC_TITLE}، ${ARABIC_TITLE}`,
};

describe('a title of the other direction, cut at its last line', () => {
  for (const [locale, title] of Object.entries(LONG_TITLES)) {
    const schedule = normalizeFeed({
      version: 1,
      event: { name: 'Test Summit', timeZone: 'Europe/Istanbul' },
      rooms: [{ id: 'hall', name: 'Hall' }, { id: 'annex', name: 'Annex' }],
      sessions: ['hall', 'annex'].map((roomId) => ({ id: roomId, code: 'WS224', title, start: '2014-09-02T11:00:00+03:00', duration: 'PT1H', roomId })),
    }).schedule;
    const cut = (titles: Iterable<Element>): Element[] => [...titles].filter((line) => line.scrollHeight > line.clientHeight + 1);

    it(`shows its "…" in <now-next>, for a reader of ${locale}`, async () => {
      const el = await fixture<NowNextElement>(html`<now-next .schedule=${schedule} locale=${locale} .now=${NOW} style="inline-size: 720px; block-size: 480px"></now-next>`);
      await waitUntil(() => cut(el.shadowRoot!.querySelectorAll('[part~="title"]')).length === 2, 'the titles are not cut');
      for (const line of cut(el.shadowRoot!.querySelectorAll('[part~="title"]'))) {
        const { end, edge } = lastLineEnd(line);
        expect(end, 'the last line ends before the box’s edge, where the "…" is drawn').to.be.below(edge - 4);
      }
    });

    it(`shows its "…" in the timeline's grid, for a reader of ${locale}`, async () => {
      const harness = await timeline({ locale, schedule, layout: 'grid', withoutUrlState: true, width: '720px' });
      const titles = cut(harness.element.shadowRoot!.querySelectorAll('.cell .item-title'));
      expect(titles).to.have.length(2);
      for (const line of titles) {
        const { end, edge } = lastLineEnd(line);
        expect(end, 'the last line ends before the box’s edge, where the "…" is drawn').to.be.below(edge - 4);
      }
    });
  }
});
