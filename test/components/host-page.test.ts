/**
 * The components on host pages as sites have them: a theme whose root is `font-size: 62.5%` (and
 * whose body sets `1.6rem`) must not shrink them, and `--schedule-font-size` scales them; two
 * timelines on one page share its URL without two dialogs.
 */
import { aTimeout, expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { timeline } from './agenda-timeline.helpers.js';
import { DURING_WS196, clearStoredKeys, mount, openWs196, resetUrl, sample, sampleAs, withSchedule } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** Every element the component shows, through its shadow roots and those of the tags it renders, with a readable name. */
function elementsOf(host: Element): Array<{ readonly el: Element; readonly name: string }> {
  const found: Array<{ el: Element; name: string }> = [];
  const walk = (root: Element | ShadowRoot, path: string): void => {
    for (const el of root.children) {
      if (el.localName === 'style') continue;
      const name = `${path} > ${el.localName}${[...el.classList].map((c) => `.${c}`).join('')}`;
      found.push({ el, name });
      if (el.shadowRoot) walk(el.shadowRoot, `${name} #`);
      walk(el, name);
    }
  };
  walk(host.shadowRoot!, host.localName);
  return found;
}

/** One line per element: its font size and box. */
function measure(host: Element): string[] {
  return elementsOf(host).map(({ el, name }) => {
    const { width, height } = el.getBoundingClientRect();
    return `${name}: ${getComputedStyle(el).fontSize} ${width.toFixed(1)}×${height.toFixed(1)}`;
  });
}

/** The lines that differ between two measures, side by side. */
function differences(before: string[], after: string[]): string[] {
  expect(after.length, 'the same elements').to.equal(before.length);
  return before.flatMap((line, i) => (line === after[i] ? [] : [`${line}  ≠  ${after[i]!.slice(after[i]!.lastIndexOf(': ') + 2)}`]));
}

/** Sets the page's root and body font sizes as an old CMS theme does (or back to the browser's). */
function theme62(on: boolean): void {
  document.documentElement.style.fontSize = on ? '62.5%' : '';
  document.body.style.fontSize = on ? '1.6rem' : '';
}

/** Lets resize observers and the renders they start settle. */
async function settle(el: Element): Promise<void> {
  if (el instanceof AgendaTimelineElement) await new AgendaTimelineHarness(el).idle();
  await nextFrame();
  await nextFrame();
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

const EVENT_ID = `host-page-test-${Date.now()}`;

/**
 * Each component in its main states, and texts that must be there (so a measure never compares an
 * empty shadow root); `fluid`: text whose size also follows the viewport (`1em + 1.25vw`, within
 * bounds in em), which a bigger text size scales by less.
 */
const CASES: ReadonlyArray<{
  readonly name: string;
  readonly make: () => Promise<Element>;
  readonly texts: readonly string[];
  readonly fluid?: string;
  /** Type sized by the element's own box (a screen by a room's door), which --schedule-font-size does not set. */
  readonly boxSized?: boolean;
}> = [
  { name: 'session-card', make: () => withSchedule('session-card', { 'session-id': 'ws196' }), texts: ['[part~="title"]', '.when', '.facts'] },
  {
    name: 'session-card variant="full"',
    make: () => withSchedule('session-card', { 'session-id': 'ws224', variant: 'full' }),
    texts: ['.banner', '[part~="title"]', '.when', '.action', '.details p'],
    fluid: '[part~="title"]',
  },
  { name: 'speaker-card', make: () => withSchedule('speaker-card', { 'person-id': 'peter-major' }), texts: ['.name', '.title', '.session-title'] },
  { name: 'speaker-list', make: () => withSchedule('speaker-list'), texts: ['label', '.count', 'speaker-card'] },
  {
    name: 'speaker-avatar',
    make: () => withSchedule('speaker-avatar', { 'person-id': 'peter-major', 'with-name': true, 'with-title': true }),
    texts: ['[part~="name"]', '[part~="title"]', '[part~="image"]'],
  },
  { name: 'speaker-avatar-group', make: () => withSchedule('speaker-avatar-group', { 'session-id': 'ws196', max: 2 }), texts: ['[part~="more"]', 'speaker-avatar'] },
  { name: 'attendee-count', make: () => withSchedule('attendee-count', { 'session-id': 'ws196' }), texts: ['.heading', '.summary'] },
  { name: 'event-status', make: () => withSchedule('event-status', {}, { now: DURING_WS196 }), texts: ['.label', '.caption', '.meta'] },
  { name: 'now-next', make: () => withSchedule('now-next', { 'room-id': 'room-03' }, { now: DURING_WS196 }), texts: ['.room', '.caption', '.title', '.meta', '.left'], boxSized: true },
  {
    name: 'my-schedule',
    make: () => {
      const schedule = sampleAs(EVENT_ID);
      SavedStore.for(EVENT_ID).save(['ws196', 'ws224'].map((id) => schedule.sessionsById.get(id)!));
      return withSchedule('my-schedule', {}, { schedule });
    },
    texts: ['.heading', '.summary', '.time', '.title', '.room', '.action'],
  },
  {
    name: 'agenda-timeline (grid)',
    make: () => withSchedule('agenda-timeline', { layout: 'grid', 'without-url-state': true }, { now: DURING_WS196 }),
    texts: ['.tool', '[role="tab"]', '.line-title', '.head', '.tick', '.item-title', '.badge'],
  },
  {
    name: 'agenda-timeline (list)',
    make: () => withSchedule('agenda-timeline', { layout: 'list', 'without-url-state': true }, { now: DURING_WS196 }),
    texts: ['.summary', '.slot', '.item-title', '.item-people'],
  },
  {
    name: 'agenda-timeline (run of show)',
    make: () => withSchedule('agenda-timeline', { 'session-id': 'ws196', 'without-url-state': true }, { now: DURING_WS196 }),
    texts: ['.ros-when', '.ros-title', '.ros-duration'],
  },
];

describe('on a host page', () => {
  afterEach(() => {
    theme62(false);
    document.body.style.wordBreak = '';
    clearStoredKeys(new RegExp(EVENT_ID));
  });

  /** Each case's every element has the same font size and box after `theme` changes the page as before. */
  const unchangedBy = (theme: () => void): void => {
    for (const { name, make, texts } of CASES) {
      it(name, async () => {
        const el = await make();
        await settle(el);
        for (const text of texts) expect(el.shadowRoot!.querySelector(text), text).to.exist;
        const normal = measure(el);
        theme();
        await settle(el);
        expect(differences(normal, measure(el))).to.deep.equal([]);
      });
    }
  };

  describe('whose root is font-size: 62.5% and whose body is 1.6rem, every element has the font size and box it has on a page of the default size', () => {
    unchangedBy(() => theme62(true));
  });

  describe('whose body sets word-break: break-all (as some themes do), every element has the box it has on a plain page: no word breaks mid-word', () => {
    unchangedBy(() => (document.body.style.wordBreak = 'break-all'));
  });

  describe('--schedule-font-size: 20px on the element makes every text 1.25 times the size', () => {
    for (const { name, make, fluid } of CASES.filter((c) => !c.boxSized)) {
      it(name, async () => {
        const el = await make();
        await settle(el);
        const fontSize = ({ el: of }: { el: Element }): number => parseFloat(getComputedStyle(of).fontSize);
        const shown = elementsOf(el).filter(({ el: of }) => !fluid || !of.closest(fluid));
        const normal = shown.map(fontSize);
        (el as HTMLElement).style.setProperty('--schedule-font-size', '20px');
        await settle(el);
        const off = shown.flatMap((entry, i) =>
          Math.abs(fontSize(entry) - normal[i]! * 1.25) < 0.01 ? [] : [`${entry.name}: ${fontSize(entry)}px, was ${normal[i]}px`],
        );
        expect(off).to.deep.equal([]);
      });
    }
  });

  describe('at 320 px, inside `white-space: nowrap`, with words and code blocks longer than the screen, no component is wider than its box', () => {
    const long = 'Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungsanstalt'.repeat(2);
    const feed = structuredClone(sampleFeed);
    const ws196 = feed.sessions.find((session) => session.id === 'ws196')!;
    ws196.title = long;
    ws196.tags = [long];
    ws196.description += `<pre>${'x'.repeat(200)}</pre>`;
    feed.rooms!.find((room) => room.id === ws196.roomId)!.name = long;
    const peter = feed.people!.find((person) => person.id === 'peter-major')!;
    peter.name = long;
    Object.assign(peter, { bio: `<pre>${'x'.repeat(200)}</pre><p>${peter.bio}</p>`, bioFormat: 'html' });
    const schedule = normalizeFeed({ ...feed, event: { ...feed.event, id: EVENT_ID } }).schedule;
    const cases: Array<[string, () => Promise<Element>]> = [
      ['session-card', () => mount('session-card', { 'session-id': 'ws196', locale: 'en-US' }, { schedule, now: DURING_WS196 })],
      ['session-card (full)', () => mount('session-card', { 'session-id': 'ws196', variant: 'full', locale: 'en-US' }, { schedule, now: DURING_WS196 })],
      ['speaker-card', () => mount('speaker-card', { 'person-id': 'peter-major', locale: 'en-US' }, { schedule })],
      ['event-status', () => mount('event-status', { locale: 'en-US' }, { schedule, now: DURING_WS196 })],
      ['now-next', () => mount('now-next', { 'room-id': ws196.roomId, locale: 'en-US', style: 'block-size: 20em' }, { schedule, now: DURING_WS196 })],
      ['agenda-timeline (list)', () => mount('agenda-timeline', { layout: 'list', 'without-url-state': true, locale: 'en-US' }, { schedule, now: DURING_WS196 })],
    ];
    for (const [name, make] of cases) {
      it(name, async () => {
        const box = document.createElement('div');
        box.style.cssText = 'inline-size: 320px; white-space: nowrap';
        document.body.append(box);
        try {
          const el = await make();
          box.append(el);
          await settle(el);
          expect(el.scrollWidth, 'content wider than the element').to.be.at.most(el.clientWidth);
          expect(document.documentElement.scrollWidth, 'a page that scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
        } finally {
          box.remove();
        }
      });
    }
  });

  describe('whose body is zoom: 1.25, a session’s dialog stays on the screen, its close button in sight', () => {
    for (const [width, height] of [[390, 844], [1280, 720]] as const) {
      it(`at ${width} px`, async () => {
        await setViewport({ width, height });
        document.body.style.zoom = '1.25';
        try {
          const harness = await timeline({ width: '100%' });
          await openWs196(harness);
          for (const [name, el] of [['dialog', harness.dialog()!], ['close button', harness.dialog()!.querySelector('.close')!]] as const) {
            const { left, top, right, bottom } = el.getBoundingClientRect();
            expect({ left: Math.max(left, 0), top: Math.max(top, 0), right: Math.min(right, innerWidth), bottom: Math.min(bottom, innerHeight) }, name).to.deep.equal({ left, top, right, bottom });
          }
        } finally {
          document.body.style.zoom = '';
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });

  it('on a phone, a swipe over the day’s list read to its end scrolls the page on, past the programme (the list held every swipe)', async () => {
    await setViewport({ width: 390, height: 844 });
    const below = document.createElement('p');
    try {
      const harness = await timeline({ width: '100%', layout: 'list' });
      // The host page goes on below the programme.
      below.style.blockSize = '2000px';
      harness.element.after(below);
      const list = harness.element.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
      // The page scrolled to the programme, and the day read to its end.
      list.scrollIntoView({ block: 'start' });
      list.scrollTop = list.scrollHeight;
      await nextFrame();
      const before = scrollY;
      const { left, top, width, height } = list.getBoundingClientRect();
      await executeServerCommand('swipe', { x: left + width / 2, y: top + height * 0.75, dx: 0, dy: -height / 2 });
      await waitUntil(() => scrollY > before + 50, 'the page scrolls on');
    } finally {
      below.remove();
      scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('with two timelines, neither kept out of the URL: a link to a session opens one dialog, the first’s, and the other follows links once the first has left', async () => {
    history.replaceState(null, '', `${location.pathname}#session-ws225`);
    try {
      const first = await timeline();
      await waitUntil(() => first.dialog(), 'the link opens the session');
      const second = await timeline({ layout: 'list' });
      await aTimeout(50);
      expect(second.dialog(), 'a second modal dialog of the same session, behind the first').to.equal(null);
      await first.press('Escape');
      expect(first.dialog()).to.equal(null);
      expect(location.hash).to.equal('');
      first.element.remove();
      location.hash = '#session-ws196';
      await waitUntil(() => second.dialog(), 'the link opens the session in the timeline left');
    } finally {
      resetUrl();
    }
  });

  it('with the timeline twice, for wide screens and for phones (a page builder’s “hide on mobile”), a link to a day and a session opens them in the one shown', async () => {
    history.replaceState(null, '', `${location.pathname}?st-day=2014-09-04`);
    const hidden = document.createElement('style');
    hidden.textContent = '.desktop-only { display: none }';
    document.head.append(hidden);
    try {
      const desktop = await withSchedule('agenda-timeline', { class: 'desktop-only' });
      const phone = await timeline();
      expect(phone.selectedDay()).to.match(/^Thu, Sep 4/);
      location.hash = '#session-ws225';
      await waitUntil(() => phone.dialog(), 'the link opens the session in the timeline shown');
      expect(new AgendaTimelineHarness(desktop).dialog()).to.equal(null);
    } finally {
      hidden.remove();
      resetUrl();
    }
  });

  it('with a session’s run of show above the programme, a link to a day and a session opens them in the programme', async () => {
    history.replaceState(null, '', `${location.pathname}?st-day=2014-09-04`);
    try {
      await timeline({ sessionId: 'opening-ceremony' });
      const programme = await timeline();
      expect(programme.selectedDay()).to.match(/^Thu, Sep 4/);
      location.hash = '#session-ws225';
      await waitUntil(() => programme.dialog(), 'the link opens the session in the programme');
      expect(programme.dialog()!.getAttribute('aria-label')).to.include('Building National CERTs');
    } finally {
      resetUrl();
    }
  });

  it('with the one timeline in a tab panel not shown yet, a link to a day opens that day once the person shows the tab', async () => {
    history.replaceState(null, '', `${location.pathname}?st-day=2014-09-04`);
    const panel = Object.assign(document.createElement('div'), { hidden: true });
    document.body.append(panel);
    try {
      const el = panel.appendChild(Object.assign(document.createElement('agenda-timeline'), { schedule: sample }));
      const harness = new AgendaTimelineHarness(el);
      await harness.settle();
      panel.hidden = false; // the person opens the tab
      await harness.settle();
      expect(harness.selectedDay()).to.match(/^Thu, Sep 4/);
    } finally {
      panel.remove();
      resetUrl();
    }
  });

  describe('with the timeline not drawn (a main track’s and a side event’s), a link to a session opens no dialog no one sees: the page stays usable', () => {
    const containers = {
      'in a tab panel not shown': () => Object.assign(document.createElement('div'), { hidden: true }),
      'in a closed <details> (an accordion)': () => document.createElement('details'),
    };
    for (const [name, container] of Object.entries(containers)) {
      it(name, async () => {
        history.replaceState(null, '', `${location.pathname}#session-ws196`);
        const panel = container();
        const tab = Object.assign(document.createElement('button'), { textContent: 'Side event' });
        document.body.append(tab, panel);
        try {
          const el = panel.appendChild(Object.assign(document.createElement('agenda-timeline'), { schedule: sample, now: DURING_WS196 }));
          await new AgendaTimelineHarness(el).settle();
          tab.focus();
          expect(document.activeElement === tab, 'the page’s own tab takes focus (not inert under a modal dialog drawn nowhere)').to.equal(true);
          expect(new AgendaTimelineHarness(el).dialog()?.getAttribute('aria-label')).to.equal(undefined);
        } finally {
          tab.remove();
          panel.remove();
          resetUrl();
        }
      });
    }
  });

  it('--schedule-font-size set on the page reaches every component, nested ones at their place', async () => {
    document.documentElement.style.setProperty('--schedule-font-size', '20px');
    try {
      const el = await mount('session-card', { 'session-id': 'ws196', locale: 'en-US' }, { schedule: sampleAs(EVENT_ID) });
      await settle(el);
      expect(getComputedStyle(el).fontSize).to.equal('20px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.when')!).fontSize).to.equal('17.5px');
      const group = el.shadowRoot!.querySelector('speaker-avatar-group')!;
      expect(getComputedStyle(group).fontSize).to.equal('20px');
    } finally {
      document.documentElement.style.removeProperty('--schedule-font-size');
    }
  });
});
