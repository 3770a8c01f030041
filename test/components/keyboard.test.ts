/**
 * Keyboard only: every component, in its main states, walked with real key presses. Each control a
 * mouse user can use is reached by Tab (or by the arrow keys inside a grid or a tab list), in the
 * order it is seen (left to right, right to left on an Arabic page), and each stop is on screen,
 * shows a focus ring not clipped by a box around it, and Tab leaves the component at both ends.
 * Enter and Space do what a click does; a dialog takes focus, keeps Tab inside, closes on Escape
 * and gives focus back to the control that opened it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/now-next/now-next.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/speaker-avatar-group/speaker-avatar-group.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/speaker-list/speaker-list.define.js';
import { readText } from '../../src/components/shared/harness.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { DURING_WS196, clearStoredKeys, deepFocus, inlineFeeds, mount, resetUrl, sample, type Attributes } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** A control as a failure message names it. */
function named(element: Element | null): string {
  if (!element || element === document.body) return 'the page';
  const text = readText(element.getAttribute('aria-label') ?? element.textContent).slice(0, 40);
  return `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}> "${text}"`;
}

/** `element`'s parent, across shadow roots and slots (its flat-tree parent, near enough for these checks). */
function parentOf(element: Element): Element | null {
  return element.assignedSlot ?? element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** Each ancestor of `element`, across shadow roots. */
function* ancestors(element: Element): Generator<Element> {
  for (let at = parentOf(element); at; at = parentOf(at)) yield at;
}

/** What a focus ring is drawn with on `element` or its ::before/::after (outline and box-shadow), as one string. */
function ringOf(element: Element): string {
  return ['', '::before', '::after']
    .map((pseudo) => {
      const style = getComputedStyle(element, pseudo || null);
      const outline = style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      return `${outline} | ${style.boxShadow}`;
    })
    .join(' / ');
}

/** The box a focus ring is drawn in: `element`'s (or its ::after's, which covers it) grown by the outline and its offset. */
function ringBox(element: Element): DOMRect {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const grow = style.outlineStyle === 'none' ? 0 : Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
  return new DOMRect(box.x - grow, box.y - grow, box.width + 2 * grow, box.height + 2 * grow);
}

/** What is drawn on top at (x, y), looked for inside open shadow roots. */
function drawnAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  for (let inner = hit?.shadowRoot?.elementFromPoint(x, y); inner && inner !== hit; inner = hit.shadowRoot?.elementFromPoint(x, y)) hit = inner;
  return hit;
}

/** What is wrong with focus on `element` for a person who sees it (undefined when nothing is). */
function unseen(element: Element): string | undefined {
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return 'has no box';
  if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return `is off screen (${Math.round(box.x)}, ${Math.round(box.y)})`;
  if (getComputedStyle(element).visibility !== 'visible') return 'is invisible';
  for (const at of [element, ...ancestors(element)]) {
    if (at.hasAttribute('hidden') || (at as HTMLElement).inert) return `is inside ${named(at)}, hidden or inert`;
    if (at.localName === 'details' && !(at as HTMLDetailsElement).open && !element.closest('summary')) return 'is inside a closed <details>';
  }
  const cover = drawnAt(box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
  if (cover && cover !== element && ![...ancestors(cover)].includes(element)) return `is behind ${named(cover)}`;
  const ring = ringBox(element);
  for (const at of ancestors(element)) {
    const style = getComputedStyle(at);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = at.getBoundingClientRect();
    // Along a side where the control is bigger than the box (a break across every room of the grid), its ring cannot all show.
    const across = ring.width <= clip.width && (ring.left < clip.left - 0.5 || ring.right > clip.right + 0.5);
    const down = ring.height <= clip.height && (ring.top < clip.top - 0.5 || ring.bottom > clip.bottom + 0.5);
    if (across || down) {
      return `has its focus ring cut by ${named(at)} (overflow ${style.overflowX} ${style.overflowY})`;
    }
  }
  return undefined;
}

/** Whether `b`, reached by Tab after `a`, comes after it as it is seen: not before it on the same line, nor above and before it. */
function follows(a: DOMRect, b: DOMRect, rtl: boolean): boolean {
  const back = rtl ? b.left > a.right - 1 : b.right < a.left + 1;
  const sameLine = b.top < a.bottom - 1 && a.top < b.bottom - 1;
  const above = b.bottom <= a.top + 1;
  return !(back && (sameLine || above));
}

interface Stop {
  readonly element: Element;
  readonly box: DOMRect;
  readonly focusedRing: string;
}

/** Sentinel buttons before and after `el`, where a walk starts and must end. */
function bracket(el: Element): { before: HTMLButtonElement; after: HTMLButtonElement } {
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'after' });
  el.before(before);
  el.after(after);
  return { before, after };
}

/** Shift+Tab, as the browser's launcher takes it (a key held down over another). */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Walks `el` with Tab (or Shift+Tab) from the sentinel before it (after it) until focus reaches the
 * other sentinel, checking each stop; fails on a stop out of sight or without a visible ring, an
 * order that is not the order seen, or more than 60 stops (a trap). Gives the stops in order.
 */
async function walk(el: HTMLElement, options: { backwards?: boolean } = {}): Promise<Stop[]> {
  const { before, after } = bracket(el);
  // The component's direction (each renders its base in its language's), not a name's own inside it.
  const rtl = (el.shadowRoot!.querySelector('[dir]')?.getAttribute('dir') ?? getComputedStyle(el).direction) === 'rtl';
  const [start, end] = options.backwards ? [after, before] : [before, after];
  start.focus();
  const stops: Stop[] = [];
  const problems: string[] = [];
  try {
    for (let i = 0; ; i++) {
      if (i > 60) expect.fail(`Tab is trapped: after 60 stops, still on ${named(deepFocus())}`);
      await (options.backwards ? shiftTab() : sendKeys({ press: 'Tab' }));
      await frame();
      const focused = deepFocus();
      const previous = stops.at(-1);
      if (previous && ringOf(previous.element) === previous.focusedRing && previous.element.isConnected) problems.push(`${named(previous.element)} shows no focus ring (${previous.focusedRing})`);
      if (focused === end) break;
      if (!focused || focused === document.body || !(el === focused || el.contains(focused) || [...ancestors(focused)].includes(el))) {
        expect.fail(`Tab left the component for ${named(focused)} after ${stops.length} stops`);
      }
      const problem = unseen(focused);
      if (problem) problems.push(`${named(focused)} ${problem}`);
      const seen = focused.getBoundingClientRect();
      const box = new DOMRect(seen.x + scrollX, seen.y + scrollY, seen.width, seen.height); // on the page, which scrolls as focus moves
      if (previous && !follows(options.backwards ? box : previous.box, options.backwards ? previous.box : box, rtl)) {
        problems.push(`${named(focused)} comes after ${named(previous.element)} but is seen before it`);
      }
      stops.push({ element: focused, box, focusedRing: ringOf(focused) });
    }
  } finally {
    before.remove();
    after.remove();
  }
  expect(problems, 'what a keyboard user meets').to.deep.equal([]);
  return stops;
}

/** A stop's name, as a screen reader says it near enough: its label, its `<label>`'s text, or its text. */
function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent;
  return readText(label);
}

/** Every element in `root` and the open shadow roots inside it that matches `selector`, in order. */
function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  }
  return found;
}

/** What a mouse user can click or type in and Tab should reach (a roving tab stop's others are reached by the arrow keys). */
const CONTROLS = ':is(a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]):not([tabindex="-1"])';

/** The controls of `el` a person sees (not in a closed dialog, hidden or without a box). */
function shownControls(el: HTMLElement): Element[] {
  return deepAll(el.shadowRoot!, CONTROLS).filter((control) => {
    const box = control.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(control).visibility === 'visible' && ![...ancestors(control)].some((at) => at.localName === 'dialog' && !(at as HTMLDialogElement).open);
  });
}

/** Expects Tab to reach every control of `el` a person sees, in a walk that ends past it; and Shift+Tab to go back the same way. */
async function expectTabReachesAll(el: HTMLElement): Promise<void> {
  const controls = shownControls(el);
  const stops = await walk(el);
  expect(
    controls.filter((control) => !stops.some((stop) => stop.element === control)).map(named),
    'controls Tab never reaches',
  ).to.deep.equal([]);
  const back = await walk(el, { backwards: true });
  expect(back.map((stop) => nameOf(stop.element)), 'Shift+Tab, the same stops backwards').to.deep.equal(stops.map((stop) => nameOf(stop.element)).reverse());
}

/** Waits for `el` to render and two frames. */
async function settle(el: Element): Promise<void> {
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
  await frame();
}

let feedKey = 0;
/** A feed URL on the test server that answers as `query` says, under a key of its own. */
const serverFeed = (query: Record<string, string>): string => `/test-server/feed?${new URLSearchParams({ ...query, key: `keyboard-${Date.now()}-${feedKey++}` })}`;

/** A `<my-schedule>` of three saved sessions over two days, two of them overlapping (the feed given inline, by `inline`). */
async function mySchedule(inline: (feed: object) => string, locale = 'en-US'): Promise<HTMLElement> {
  const feed = {
    version: 1,
    event: { id: `keyboard-${Date.now()}-${feedKey++}`, name: 'Test Conf', timeZone: 'Europe/Istanbul' },
    sessions: [
      { id: 's1', title: 'Open standards', start: '2030-03-10T10:00', end: '2030-03-10T11:00' },
      { id: 's2', title: 'Enhanced cooperation', start: '2030-03-10T10:30', end: '2030-03-10T12:00' },
      { id: 's3', title: 'Privacy by design', start: '2030-03-11T14:00', end: '2030-03-11T15:00' },
    ],
  };
  const { schedule } = normalizeFeed(feed);
  SavedStore.for(feed.event.id).save(['s1', 's2', 's3'].map((id) => schedule.sessionsById.get(id)!));
  const el = await mount('my-schedule', { src: inline(feed), locale });
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="remove"]'), 'the saved sessions');
  return el;
}

const TIMELINE = 'inline-size: 960px; --schedule-agenda-timeline-height: 480px';
const NARROW = 'inline-size: 360px; --schedule-agenda-timeline-height: 480px';

/** A tag mounted in one of its main states, on the sample unless it reads a feed URL. */
interface State {
  readonly what: string;
  readonly mount: () => Promise<HTMLElement>;
  /** What is done with the keyboard first (open the filters, search). */
  readonly then?: (el: HTMLElement) => Promise<void>;
}

const onSample = (tag: keyof HTMLElementTagNameMap, attributes: Attributes, properties: object = {}) => (): Promise<HTMLElement> =>
  mount(tag, { locale: 'en-US', ...attributes }, { schedule: sample, ...properties } as never);

/** Presses Enter on the timeline's Filters button and types in its search box. */
async function filtersAndSearch(el: HTMLElement): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>('[aria-controls="filters"]')!.focus();
  await sendKeys({ press: 'Enter' });
  el.shadowRoot!.querySelector<HTMLElement>('[part~="search"]')!.focus();
  await sendKeys({ type: 'governance' });
  await settle(el);
}

const inline = inlineFeeds();

/** Types in `<speaker-list>`'s search box: a few people, in two columns. */
async function searched(el: HTMLElement): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>('[part~="search"]')!.focus();
  await sendKeys({ type: 'mar' });
  await settle(el);
}

const STATES: State[] = [
  { what: '<my-schedule> with saved sessions', mount: () => mySchedule(inline) },
  { what: '<my-schedule> with saved sessions, in Arabic', mount: () => mySchedule(inline, 'ar') },
  { what: '<agenda-timeline> as a grid', mount: onSample('agenda-timeline', { style: TIMELINE, layout: 'grid' }, { now: DURING_WS196 }) },
  { what: '<agenda-timeline> as a grid, in Arabic', mount: onSample('agenda-timeline', { locale: 'ar', style: TIMELINE, layout: 'grid' }, { now: DURING_WS196 }) },
  { what: '<agenda-timeline> as a list at 360 px', mount: onSample('agenda-timeline', { style: NARROW }, { now: DURING_WS196 }) },
  { what: '<agenda-timeline> with its filters open and a search', mount: onSample('agenda-timeline', { style: TIMELINE, layout: 'grid' }), then: filtersAndSearch },
  { what: '<agenda-timeline> as a list with its filters open and a search, in Arabic', mount: onSample('agenda-timeline', { locale: 'ar', style: NARROW }), then: filtersAndSearch },
  { what: '<session-card> compact', mount: onSample('session-card', {}, { sessionId: 'ws196' }) },
  { what: '<session-card variant="full">', mount: onSample('session-card', { variant: 'full' }, { sessionId: 'ws196' }) },
  { what: '<session-card variant="full">, in Arabic', mount: onSample('session-card', { locale: 'ar', variant: 'full' }, { sessionId: 'ws196' }) },
  { what: '<speaker-card>', mount: onSample('speaker-card', { 'person-id': 'peter-major', style: 'inline-size: 320px' }) },
  { what: '<speaker-card compact>', mount: onSample('speaker-card', { 'person-id': 'peter-major', compact: true }) },
  { what: '<speaker-list> searched', mount: onSample('speaker-list', {}), then: searched },
  { what: '<speaker-list> searched, in Arabic', mount: onSample('speaker-list', { locale: 'ar' }), then: searched },
  { what: '<speaker-avatar selectable>', mount: onSample('speaker-avatar', { 'person-id': 'peter-major', selectable: true }) },
  { what: '<speaker-avatar-group>', mount: onSample('speaker-avatar-group', { 'session-id': 'ws196', max: 2 }) },
  { what: '<attendee-count>', mount: onSample('attendee-count', { 'session-id': 'ws196' }) },
  { what: '<event-status>', mount: onSample('event-status', {}, { now: DURING_WS196 }) },
  { what: '<now-next>', mount: onSample('now-next', {}, { now: DURING_WS196 }) },
  { what: '<now-next room-id>', mount: onSample('now-next', { 'room-id': 'room-03' }, { now: DURING_WS196 }) },
];
for (const tag of ['agenda-timeline', 'session-card', 'speaker-card', 'speaker-list', 'my-schedule', 'event-status', 'now-next', 'attendee-count', 'speaker-avatar', 'speaker-avatar-group'] as const) {
  const ids = { 'session-id': 'talk', 'person-id': 'nobody' };
  STATES.push(
    { what: `<${tag}> failing, with Retry`, mount: () => mount(tag, { locale: 'en-US', src: serverFeed({ status: '500' }), ...ids }) },
    { what: `<${tag}> loading`, mount: () => mount(tag, { locale: 'en-US', src: serverFeed({ delay: '4000' }), ...ids }) },
  );
}

/** The open modal dialog that holds focus, looked for in `el`'s shadow root and the cards inside it. */
function openDialog(el: HTMLElement): HTMLDialogElement | undefined {
  return deepAll(el.shadowRoot!, 'dialog[open]').at(-1) as HTMLDialogElement | undefined;
}

/**
 * Opens a dialog of `el` with `key` on `opener`, and expects what a keyboard user needs of it: focus
 * in it, on a control; Tab and Shift+Tab going round its controls (each on screen, with its ring)
 * and never to the page behind, which does not scroll; Escape closing it and focus back on `opener`.
 */
async function expectDialogKeyboard(el: HTMLElement, opener: HTMLElement, key = 'Enter'): Promise<void> {
  const { before, after } = bracket(el); // something behind the dialog that Tab must not reach
  try {
    opener.focus();
    const scrolled = scrollY;
    await sendKeys({ press: key });
    await waitUntil(() => openDialog(el)?.contains(deepFocus()) || openDialog(el)?.querySelector('*')?.shadowRoot?.contains(deepFocus()) || (deepFocus() && [...ancestors(deepFocus()!)].includes(openDialog(el)!)), 'focus in the dialog');
    // The card in it may still be arriving (its code loads on demand): wait for its controls.
    await waitUntil(() => deepAll(openDialog(el)!, CONTROLS).length > 1, 'the dialog’s card');
    await settle(el);
    const dialog = openDialog(el)!;
    const inside = (element: Element | null): boolean => !!element && [...ancestors(element)].includes(dialog);
    const first = deepFocus()!;
    const problems: string[] = [];
    /** Presses `move` until focus is back on `first`, noting each stop's problems; gives the stops in the dialog. */
    const round = async (move: () => Promise<unknown>): Promise<Element[]> => {
      const stops: Element[] = [];
      for (let i = 0; i < 40; i++) {
        await move();
        await frame();
        const focused = deepFocus();
        if (focused === first) return stops;
        // Past its last control, focus goes to the browser's own controls (the page's <body> here), then the dialog: never to the page behind.
        if (focused === document.body || focused === dialog) continue;
        if (!inside(focused)) problems.push(`Tab left the dialog for ${named(focused)}`);
        const problem = focused && unseen(focused);
        if (problem) problems.push(`${named(focused)} ${problem}`);
        stops.push(focused!);
      }
      expect.fail(`Tab never came back to ${named(first)} in the dialog`);
    };
    const forwards = await round(() => sendKeys({ press: 'Tab' }));
    const backwards = await round(shiftTab);
    expect(problems, 'Tab in the dialog').to.deep.equal([]);
    expect(forwards.length, 'controls in the dialog').to.be.greaterThan(0);
    expect(backwards.map(named), 'Shift+Tab, the same stops backwards').to.deep.equal(forwards.map(named).reverse());
    expect(scrollY, 'the page behind scrolled').to.equal(scrolled);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !openDialog(el), 'the dialog closed by Escape');
    await waitUntil(() => deepFocus() === opener, `focus back on ${named(opener)}, is on ${named(deepFocus())}`);
  } finally {
    before.remove();
    after.remove();
  }
}

const OWN_KEYS = /^schedule-elements:(agenda-timeline:|saved:(igf-2014|keyboard-[\w-]+)$)/;
afterEach(() => {
  resetUrl();
  clearStoredKeys(OWN_KEYS);
});

describe('keyboard only', () => {
  describe('Tab reaches every control, in the order seen, each on screen with its focus ring, and leaves at both ends', () => {
    for (const state of STATES) {
      it(state.what, async () => {
        const el = await state.mount();
        if (state.what.includes('failing')) await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'Retry');
        await settle(el);
        await state.then?.(el);
        await expectTabReachesAll(el);
      });
    }
  });

  describe('a dialog takes focus, keeps Tab inside, closes on Escape and gives focus back', () => {
    const shadow = (el: Element, selector: string): HTMLElement => deepAll(el.shadowRoot!, selector)[0] as HTMLElement;
    const dialogs: [string, () => Promise<HTMLElement>, (el: HTMLElement) => HTMLElement][] = [
      ['a session of <agenda-timeline>’s grid', onSample('agenda-timeline', { style: TIMELINE, layout: 'grid' }, { now: DURING_WS196 }), (el) => shadow(el, '[part~="session"][tabindex="0"]')],
      ['a line of <agenda-timeline>’s “Happening now”', onSample('agenda-timeline', { style: NARROW }, { now: DURING_WS196 }), (el) => shadow(el, '[part~="now-next"] button')],
      ['a compact <session-card>', onSample('session-card', {}, { sessionId: 'ws196' }), (el) => shadow(el, '.title-action')],
      ['a name in <speaker-list>', onSample('speaker-list', {}), (el) => shadow(el, 'speaker-card') && deepAll(el.shadowRoot!, 'speaker-card')[0]!.shadowRoot!.querySelector<HTMLElement>('.link-button')!],
      ['a saved session of <my-schedule>', () => mySchedule(inline), (el) => shadow(el, 'button[part~="title"]')],
      ['a session of <speaker-card>', onSample('speaker-card', { 'person-id': 'peter-major' }), (el) => shadow(el, '[part~="session-title"]')],
    ];
    for (const [what, make, opener] of dialogs) {
      it(what, async () => {
        const el = await make();
        await settle(el);
        await expectDialogKeyboard(el, opener(el));
      });
    }
  });

  describe('Enter and Space do what a click does', () => {
    const find = (el: Element, selector: string, text?: string): HTMLElement | undefined =>
      deepAll(el.shadowRoot!, selector).find((candidate) => text === undefined || nameOf(candidate).startsWith(text)) as HTMLElement | undefined;
    /** A control found in `el`, the key pressed on it, and what a person then sees. */
    type Press = [what: string, make: () => Promise<HTMLElement>, control: (el: HTMLElement) => HTMLElement | undefined, key: string, done: (el: HTMLElement) => unknown];
    const timeline = onSample('agenda-timeline', { style: TIMELINE, layout: 'grid' });
    const full = onSample('session-card', { variant: 'full', 'without-saved-store': true }, { sessionId: 'ws196' });
    const presses: Press[] = [
      ['Space on a session of the grid opens it', timeline, (el) => find(el, '[part~="session"][tabindex="0"]'), ' ', (el) => openDialog(el)],
      ['Enter on a session’s star saves it', timeline, (el) => find(el, '[part~="save-toggle"][tabindex="0"]'), 'Enter', (el) => find(el, '[part~="save-toggle"][aria-pressed="true"]')],
      ['Space on “List” shows the list', timeline, (el) => find(el, '[part~="layout-toggle"] button', 'List'), ' ', (el) => find(el, '[part~="list"]')],
      ['Space on “Your time” shows the reader’s clock', timeline, (el) => find(el, '[part~="zone-toggle"] button', 'Your time'), ' ', (el) => find(el, '[part~="zone-toggle"] button[aria-pressed="true"]', 'Your time')],
      ['Space on “Filters” opens the filters', timeline, (el) => find(el, '[aria-controls="filters"]'), ' ', (el) => find(el, '[aria-controls="filters"][aria-expanded="true"]')],
      ['ArrowRight on the day tab shows the next day', timeline, (el) => find(el, '[part~="day-tab"][aria-selected="true"]'), 'ArrowRight', (el) => find(el, '[part~="day-tab"][aria-selected="true"]', 'Wed, Sep 3')],
      ['ArrowLeft on the day tab shows the next day, in Arabic', onSample('agenda-timeline', { locale: 'ar', style: TIMELINE }), (el) => find(el, '[part~="day-tab"][aria-selected="true"]'), 'ArrowLeft', (el) => find(el, '[part~="day-tab"][aria-selected="true"]')?.id === 'tab-2014-09-03'],
      [
        'ArrowDown on a filter’s select filters',
        async () => {
          const el = await timeline();
          find(el, '[aria-controls="filters"]')!.click();
          await settle(el);
          return el;
        },
        (el) => find(el, '[part~="filters"] select'),
        'ArrowDown',
        (el) => find(el, '[aria-controls="filters"]') && readText(el.shadowRoot!.querySelector('.count[role="status"]')).includes('match'),
      ],
      ['Space on a full card’s Save saves it', full, (el) => find(el, '.save'), ' ', (el) => find(el, '.save[aria-pressed="true"]')],
      ['Space on “Add to calendar” opens its menu', full, (el) => find(el, '.calendar-toggle'), ' ', (el) => find(el, '.calendar-toggle[aria-expanded="true"]') && find(el, '#calendar-options button')?.checkVisibility()],
      ['Space on “Read more” shows the whole bio, and the toggle says “Show less”', onSample('speaker-card', { 'person-id': 'peter-major', style: 'inline-size: 320px' }), (el) => find(el, '[part~="toggle"]'), ' ', (el) => nameOf(find(el, '[part~="toggle"]')!).startsWith('Show less')],
      [
        'Enter on a title that links to the session’s page follows the link',
        onSample('session-card', { 'session-href': '#session-{id}' }, { sessionId: 'ws196' }),
        (el) => find(el, 'a.title-action'),
        'Enter',
        () => location.hash === '#session-ws196',
      ],
      ['Space on Retry reads the feed again', () => mount('session-card', { locale: 'en-US', src: serverFeed({ fail: '1' }), 'session-id': 'talk' }), (el) => find(el, '[part~="retry-button"]'), ' ', (el) => nameOf(find(el, '[part~="title"]') ?? el).includes('A talk')],
      [
        'Space on a saved session’s Remove removes it',
        async () => {
          const feed = { version: 1, event: { id: `keyboard-${Date.now()}`, name: 'Test Conf', timeZone: 'Europe/Istanbul' }, sessions: [{ id: 's1', title: 'Open standards', start: '2030-03-10T10:00', end: '2030-03-10T11:00' }] };
          const schedule = normalizeFeed(feed).schedule;
          SavedStore.for(feed.event.id).save([schedule.sessionsById.get('s1')!]);
          return mount('my-schedule', { src: inline(feed), locale: 'en-US' });
        },
        (el) => find(el, '[part~="remove"]'),
        ' ',
        (el) => find(el, '[part~="undo"]'),
      ],
    ];
    for (const [what, make, control, key, done] of presses) {
      it(what, async () => {
        const el = await make();
        await waitUntil(() => control(el), `the control (${what})`);
        await settle(el);
        control(el)!.focus();
        await sendKeys({ press: key });
        await waitUntil(() => done(el), what);
      });
    }
  });

  it('Tab goes through “Add to calendar”’s open menu, each option on screen with its ring, and closes it on leaving', async () => {
    const el = await onSample('session-card', { variant: 'full' }, { sessionId: 'ws196' })();
    await waitUntil(() => el.shadowRoot!.querySelector('#calendar-options button'), 'the calendar’s options');
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('.calendar-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const options = [...el.shadowRoot!.querySelectorAll('#calendar-options :is(a, button)')];
    for (const option of options) {
      await sendKeys({ press: 'Tab' });
      await frame();
      expect(named(deepFocus())).to.equal(named(option));
      expect(unseen(option), named(option)).to.equal(undefined);
      expect(ringOf(option), `the focus ring of ${named(option)}`).to.not.equal(ringOf(toggle));
    }
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded'), 'the menu, once Tab left it').to.equal('false');
  });

  // In the grid, reach only: where the keys scroll the grid to is not checked here (a cell of its outer columns has its ring cut by a
  // pixel or three at the grid's border, and a break across every room is wider than what the grid shows beside its hour axis).
  describe('the arrow keys reach every session of the day', () => {
    for (const [what, attributes, keys, seen] of [
      ['grid', { style: TIMELINE, layout: 'grid' }, ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft'], false],
      ['list at 360 px, each on screen with its ring', { style: NARROW }, ['ArrowDown'], true],
    ] as const) {
      it(what, async () => {
        const el = await onSample('agenda-timeline', attributes)();
        await settle(el);
        const sessions = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')];
        const id = (session: Element | null): string => (session as HTMLElement | null)?.dataset['sessionId'] ?? named(session);
        const reached = new Set<string>();
        const problems: string[] = [];
        const queue = [id(sessions()[0]!)];
        // Every session reached from the first by the arrow keys, each key pressed on each session reached.
        while (queue.length > 0) {
          const from = queue.shift()!;
          if (reached.has(from)) continue;
          reached.add(from);
          for (const key of keys) {
            // Back on the session (where the keys had taken the person), the timeline scrolling as they do.
            el.shadowRoot!.querySelector<HTMLElement>(`[data-session-id="${from}"]`)!.focus({ preventScroll: true });
            await sendKeys({ press: key });
            await frame();
            const to = deepFocus();
            const problem = seen && to && unseen(to);
            if (problem) problems.push(`${named(to)}, reached by ${key}, ${problem}`);
            if (!reached.has(id(to))) queue.push(id(to));
          }
        }
        expect(problems).to.deep.equal([]);
        expect(sessions().map(id).filter((session) => !reached.has(session)), 'sessions the arrow keys never reach').to.deep.equal([]);
      });
    }
  });
});
