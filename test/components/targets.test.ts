/**
 * Targets a finger can hit (WCAG 2.2, 2.5.8 Target Size, level AA): every component, in its main
 * states, on a phone (390 px and 320 px wide) and a laptop, on a page of the default text size and on
 * one whose root is `font-size: 62.5%` (its body `1.6rem`). Each control a pointer can use is at
 * least 24 × 24 px; or, smaller, the 24 px circle centred on its box touches no other control, nor
 * the circle of another small one. A link inside a sentence is exempt. The area measured is what a
 * click lands on: the control's box, and the overlay (`::before`, `::after`) that makes it larger,
 * such as a compact card's title stretched over the whole card.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/now-next/now-next.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-avatar-group/speaker-avatar-group.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/speaker-list/speaker-list.define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { SHARE_PARAM, encodeSavedIds, savedEventKey } from '../../src/data/saved.js';
import { DURING_WS196, EVERY_TAG, type Scene, clearStoredKeys, openCalendarMenu, openWs196, placeIn, placeTimeline, composedParent, deepElements, everyRendered, everyTagFailing, resetUrl, sampleAs } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** The least size of a target, and the diameter of the circle around a smaller one (CSS px). */
const LEAST = 24;

/** What a pointer can use. */
const TARGETS = 'button, a[href], input, select, summary, [role="button"], [role="tab"], [role="link"], [tabindex="0"]';

/** The sample under this file's own event id: what it saves stays apart from other files'. */
const EVENT_ID = 'targets';
const schedule = sampleAs(EVENT_ID);
const store = SavedStore.for(EVENT_ID);

// ---------------------------------------------------------------------------------------------
// Measuring.

/**
 * Whether a pointer can reach `el` (transparent or not): rendered, not clipped away (for screen
 * readers alone, or scrolled out of a box that scrolls), not behind an open modal dialog that holds the page.
 */
function reachable(el: Element, modal: Element | undefined): boolean {
  if (!el.checkVisibility({ visibilityProperty: true }) || getComputedStyle(el).pointerEvents === 'none') return false;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  let inModal = false;
  for (let at: Element | null = el; at; at = composedParent(at)) {
    const style = getComputedStyle(at);
    if (style.clipPath === 'inset(50%)' || (at as HTMLElement).inert) return false;
    if (at !== el && at !== document.documentElement && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const clip = at.getBoundingClientRect();
      if (box.right <= clip.left || box.left >= clip.right || box.bottom <= clip.top || box.top >= clip.bottom) return false;
    }
    if (at === modal) inModal = true;
  }
  return !modal || inModal;
}

/** The box that positions `el`'s absolutely placed pseudo-element: the padding box of its nearest positioned element (itself included). */
function containingBlock(el: Element): DOMRect {
  let at: Element | null = el;
  while (at && getComputedStyle(at).position === 'static' && getComputedStyle(at).transform === 'none') at = composedParent(at);
  const box = (at ?? document.documentElement).getBoundingClientRect();
  const style = getComputedStyle(at ?? document.documentElement);
  const [top, right, bottom, left] = ['Top', 'Right', 'Bottom', 'Left'].map((side) => parseFloat(style[`border${side}Width` as 'borderTopWidth']));
  return new DOMRect(box.left + left!, box.top + top!, box.width - left! - right!, box.height - top! - bottom!);
}

/** Where a click on `el` lands: its box, grown by an absolutely placed `::before` or `::after` that reaches past it. */
function hitArea(el: Element): DOMRect {
  let { left, top, right, bottom } = el.getBoundingClientRect();
  for (const pseudo of ['::before', '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (style.content === 'none' || !['absolute', 'fixed'].includes(style.position) || style.pointerEvents === 'none') continue;
    const block = style.position === 'fixed' ? new DOMRect(0, 0, innerWidth, innerHeight) : containingBlock(el);
    left = Math.min(left, block.left + parseFloat(style.left));
    top = Math.min(top, block.top + parseFloat(style.top));
    right = Math.max(right, block.right - parseFloat(style.right));
    bottom = Math.max(bottom, block.bottom - parseFloat(style.bottom));
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

/** Whether `el` is a link inside a sentence: an inline link beside text of its block's own. */
function inSentence(el: Element): boolean {
  if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
  const block = el.parentElement;
  return !!block && readText(block.textContent).length > readText(el.textContent).length;
}

/** A control as a failure names it: its label or text. */
function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || (el as HTMLInputElement).placeholder);
  return `${el.localName} "${readText(label).slice(0, 40)}"`;
}

/** The tags `el` is inside, outermost first ("<agenda-timeline> <session-card>"). */
function hosts(el: Element): string {
  const tags: string[] = [];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) tags.unshift(`<${root.host.localName}>`);
  return tags.join(' ');
}

interface Target {
  readonly el: Element;
  readonly area: DOMRect;
  readonly small: boolean;
}

/** The distance from (x, y) to the nearest point of `box`. */
function distance(x: number, y: number, box: DOMRect): number {
  return Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
}

const centre = (box: DOMRect): [number, number] => [box.left + box.width / 2, box.top + box.height / 2];
const size = (box: DOMRect): string => `${+box.width.toFixed(1)}×${+box.height.toFixed(1)}`;

/**
 * Each control in `component` too small to hit: under 24 × 24 px, and its 24 px circle touching
 * another control of the component, or another small one's circle ("<tag> button "×": 20×20, touches …");
 * with a modal dialog open, only the controls in it.
 */
function smallTargets(component: Element, modal: Element | undefined): string[] {
  const targets: Target[] = deepElements(component)
    .filter((el) => el.matches(TARGETS) && reachable(el, modal) && !inSentence(el))
    .map((el) => {
      const area = hitArea(el);
      return { el, area, small: area.width < LEAST - 0.01 || area.height < LEAST - 0.01 };
    });
  // A small control apart from every other passes (the spacing exception): only those near another fail.
  return targets.flatMap((target) => {
    if (!target.small) return [];
    const [x, y] = centre(target.area);
    const near = targets.find((other) => {
      if (other === target || other.el.contains(target.el) || target.el.contains(other.el)) return false;
      return distance(x, y, other.area) < LEAST / 2 || (other.small && Math.hypot(x - centre(other.area)[0], y - centre(other.area)[1]) < LEAST);
    });
    return near ? [`${hosts(target.el)} ${nameOf(target.el)}: ${size(target.area)}, its circle touches ${nameOf(near.el)}`] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// The components in their states.

/** Where the components are put. */
let stage: HTMLDivElement;

/** A `<tag>` in the stage, in a block of its own, once it has rendered. */
async function place<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, properties: Partial<HTMLElementTagNameMap[K]> = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = await placeIn(stage, tag, { locale: 'en-US', ...attributes }, properties);
  el.parentElement!.style.marginBlock = '2em';
  return el;
}

/** Waits for every component in the stage (and in its dialogs) to render, and two frames. */
const settled = (): Promise<void> => everyRendered(stage);

let feedKey = 0;
const feedUrl = (query: string): string => `/test-server/feed?key=targets-${Date.now()}-${++feedKey}&${query}`;

/** A timeline on the sample during WS196 in `layout`. */
const timeline = (layout: 'grid' | 'list'): Promise<AgendaTimelineHarness> => placeTimeline(place, schedule, layout);

const SCENES: readonly Scene[] = [
  {
    name: 'every tag ready (the avatar group with its “+N”, now-next and event-status during WS196)',
    width: 390,
    build: async () => {
      for (const [tag, attributes] of EVERY_TAG) {
        await place(tag, { ...attributes, ...(tag === 'speaker-avatar-group' ? { max: '2' } : {}), ...(tag === 'now-next' ? { style: 'block-size: 20em' } : {}) }, { schedule, now: DURING_WS196 } as never);
      }
      await place('speaker-avatar', { 'person-id': 'peter-major', selectable: '', 'with-name': '' }, { schedule });
    },
  },
  {
    name: 'every tag failing, with Retry',
    width: 390,
    build: async () => {
      await everyTagFailing(place, () => feedUrl('status=404'));
    },
  },
  ...[390, 320].map((width) => ({
    name: `<agenda-timeline> as a list at ${width} px, its filters open`,
    width,
    build: async () => {
      store.save([schedule.sessionsById.get('ws196')!]);
      await (await timeline('list')).openFilters();
    },
  })),
  {
    name: '<agenda-timeline> as a grid at 1024 px, its filters open',
    width: 1024,
    build: async () => {
      store.save([schedule.sessionsById.get('ws196')!]);
      await (await timeline('grid')).openFilters();
    },
  },
  { name: '<agenda-timeline> as a list at 390 px, a session’s dialog open', width: 390, build: () => timeline('list').then(openWs196).then(() => undefined) },
  {
    name: 'a compact <session-card>, and its dialog open with “Add to calendar”’s menu',
    width: 390,
    build: async () => {
      await place('session-card', { 'session-id': 'ws224' }, { schedule });
      const card = await place('session-card', { 'session-id': 'ws196' }, { schedule });
      await openCalendarMenu(card);
    },
  },
  {
    name: 'a full <session-card>, saved, “Add to calendar”’s menu open',
    width: 390,
    build: async () => {
      store.save([schedule.sessionsById.get('ws196')!]);
      const harness = new SessionCardHarness(await place('session-card', { 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 }));
      await harness.toggleCalendar();
    },
  },
  ...[390, 320].map((width) => ({
    name: `<my-schedule> at ${width} px with saved sessions, one just removed (Undo), and a shared link’s offer`,
    width,
    build: async () => {
      store.save(['ws196', 'ws224', 'ws225'].map((id) => schedule.sessionsById.get(id)!));
      history.replaceState(null, '', `${location.pathname}?${SHARE_PARAM}=${encodeSavedIds(['ws204'], savedEventKey(schedule.event))}`);
      const harness = new MyScheduleHarness(await place('my-schedule', {}, { schedule }));
      await harness.loaded();
      await waitUntil(() => harness.offer(), 'the shared link’s offer');
      harness.removeButton(readText(harness.element.shadowRoot!.querySelectorAll('[part~="title"]')[2]!)).click();
      await waitUntil(() => harness.element.shadowRoot!.querySelector('[part~="undo"]'), 'Undo');
    },
  })),
  {
    name: 'a <speaker-card> with a link and four sessions, and a <speaker-list> with a person’s dialog open (“Read more”, their sessions)',
    width: 390,
    build: async () => {
      await place('speaker-card', { 'person-id': 'lucas-ferreira' }, { schedule });
      const list = await place('speaker-list', {}, { schedule });
      const name = () => [...list.shadowRoot!.querySelectorAll('speaker-card')].find((card) => card.person?.id === 'qusai-alshatti')?.shadowRoot!.querySelector<HTMLElement>('.link-button');
      await waitUntil(name, 'the person’s name');
      name()!.click();
      const dialog = () => list.shadowRoot!.querySelector('dialog[open]');
      await waitUntil(() => dialog() && deepElements(dialog()!).some((el) => el.matches('[part~="toggle"]')), '“Read more” in the dialog');
    },
  },
];

/** The page's themes: the browser's text size, and a root of 62.5% whose body sets 1.6rem. */
const PAGES = [
  { name: 'default text size', root: '', body: '' },
  { name: 'root 62.5%, body 1.6rem', root: '62.5%', body: '1.6rem' },
] as const;

before(() => {
  stage = document.body.appendChild(document.createElement('div'));
});
after(async () => {
  stage.remove();
  await setViewport({ width: 800, height: 600 });
});

describe('every control is at least 24 × 24 px, or apart from the others (WCAG 2.5.8)', () => {
  for (const { name, width, build } of SCENES) {
    describe(`${name}`, () => {
      before(async () => {
        await setViewport({ width, height: 844 });
        stage.replaceChildren();
        for (const { id } of store.entries) store.remove(id);
        await build();
      });
      after(() => {
        stage.replaceChildren();
        document.documentElement.style.fontSize = '';
        document.body.style.fontSize = '';
        resetUrl();
        clearStoredKeys(/^schedule-elements:(agenda-timeline:|saved:targets$)/);
      });

      for (const page of PAGES) {
        it(page.name, async () => {
          document.documentElement.style.fontSize = page.root;
          document.body.style.fontSize = page.body;
          await settled();
          scrollTo(0, 0);
          // A modal dialog open in one component holds the whole page: only its controls can be hit.
          const modal = deepElements(stage).filter((el) => el.matches('dialog:modal')).at(-1);
          expect([...stage.children].flatMap((block) => smallTargets(block.firstElementChild!, modal))).to.deep.equal([]);
        });
      }
    });
  }
});
