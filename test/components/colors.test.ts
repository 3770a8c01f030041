/**
 * Colours a person can read: every component, in its main states, read on a phone in sunlight
 * (light), with the system in dark mode (a page that declares `color-scheme: light dark`), on a
 * page dark by its own CSS, and under Windows High Contrast (forced colors).
 *
 * Contrast: every visible text node's colour against its effective background (the composed tree
 * walked up, through shadow roots and slots, to the first opaque background; translucent ones and
 * opacity blended) is at least 4.5:1 (3:1 for large text); so is a focused control's ring (3:1),
 * the "now" line and the selected tab's fill against what is around them.
 * Increase contrast (`prefers-contrast: more`): the theme's grey edges (boxes, buttons, tabs) are 3:1 too.
 * Forced colors: what colour or a background says (the selected tab and layout, a pressed Save,
 * "Live", a session's box, keyboard focus, avatars' initials) still shows, in system colours.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
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
import { readText } from '../../src/components/shared/harness.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { DURING_WS196, EVERY_TAG as EVERY_TAG_ON_FEED, clearStoredKeys, composedParent, contrast, deepElements, deepFocus, everyRendered, everyTagFailing, resetUrl, sampleAs, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** The sample under this file's own event id: what it saves stays apart from other files'. */
const EVENT_ID = 'colors';
const schedule = sampleAs(EVENT_ID);
const BEFORE = Date.parse('2014-09-01T12:00:00+03:00');
const AFTER = Date.parse('2014-09-06T12:00:00+03:00');
/** A picture that loads without a network: a grey square. */
const PICTURE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#888"/></svg>')}`;

// ---------------------------------------------------------------------------------------------
// Colours as the browser computes them.

type Rgba = readonly [number, number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and an alpha. */
function rgba(color: string): Rgba {
  const values = color.match(/[\d.]+/g)!.map(Number);
  const [r, g, b, a = 1] = color.startsWith('color(') ? values.map((v, i) => (i < 3 ? v * 255 : v)) : values;
  return [r!, g!, b!, a];
}

/** `top` painted over the opaque `below`. */
const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as unknown as Rgba;
/** An opaque colour as `rgb()`. */
const css = ([r, g, b]: Rgba): string => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

/** What the page's canvas is painted with where nothing else is (the root's `Canvas`, in its colour scheme). */
function canvas(): Rgba {
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.documentElement.append(probe);
  const color = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/**
 * What `el` is drawn over: its slot, parent or host; or, for a box placed over the sibling before it
 * (a session's star, in the session's corner), that sibling.
 */
function under(el: Element): Element | null {
  const before = el.previousElementSibling;
  if (before && getComputedStyle(el).position === 'absolute') {
    const [box, below] = [el.getBoundingClientRect(), before.getBoundingClientRect()];
    if (box.left >= below.left && box.right <= below.right && box.top >= below.top && box.bottom <= below.bottom) return before;
  }
  return composedParent(el);
}

/** The colour behind `el` (its own background included): the backgrounds from it down to the first opaque one, blended. */
function backgroundOf(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let at = el; at; at = under(at)) {
    const layer = rgba(getComputedStyle(at).backgroundColor);
    if (layer[3] === 0) continue;
    layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), canvas());
}

/** `el`'s text colour as painted: its alpha times the opacity of it and what it is drawn in. */
function textColorOf(el: Element, pseudo: string | null): Rgba {
  const [r, g, b, a] = rgba(getComputedStyle(el, pseudo).color);
  let alpha = a;
  for (let at: Element | null = el; at; at = composedParent(at)) alpha *= Number(getComputedStyle(at).opacity);
  return [r, g, b, alpha];
}

/** Whether `el` is drawn for the eye: rendered, not transparent, not hidden nor clipped to a pixel for screen readers alone. */
function seen(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  for (let at: Element | null = el; at; at = composedParent(at)) {
    const style = getComputedStyle(at);
    if (style.clipPath === 'inset(50%)' || (style.overflow === 'hidden' && at.getBoundingClientRect().width <= 1)) return false;
  }
  return true;
}

/** WCAG's large text: 24px, or 18.66px bold. */
function large(el: Element): boolean {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** Where a failure is: the tag, the nearest part, the class, and a text. */
function where(el: Element, text = readText(el.textContent)): string {
  const named = el.closest('[part]');
  const host = (el.getRootNode() as ShadowRoot).host;
  return `<${host?.localName ?? 'page'}>${named ? ` [part=${named.getAttribute('part')}]` : ''} ${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text.slice(0, 40)}"`;
}

/** The contrast of `el`'s text (or its pseudo-element's) with what it is drawn on, and the least it needs. */
function textContrast(el: Element, pseudo: string | null = null): { ratio: number; least: number; text: string } {
  const own = pseudo ? rgba(getComputedStyle(el, pseudo).backgroundColor) : undefined;
  const fill = own && own[3] > 0 ? over(own, backgroundOf(el)) : backgroundOf(el);
  const color = over(textColorOf(el, pseudo), fill);
  return { ratio: contrast(css(color), css(fill)), least: large(el) ? 3 : 4.5, text: `${css(color)} on ${css(fill)}` };
}

/** Every text under `root` a person sees whose contrast is too low, through shadow roots: `where: ratio (colour on background)`. */
function lowContrast(root: Element): string[] {
  const found: string[] = [];
  const check = (el: Element, text: string, pseudo: string | null = null): void => {
    const { ratio, least, text: colors } = textContrast(el, pseudo);
    if (ratio < least) found.push(`${where(el, text)}${pseudo ?? ''}: ${ratio.toFixed(2)} < ${least} (${colors})`);
  };
  for (const el of deepElements(root)) {
    if (el.closest('option, :disabled, style, script, template') || !seen(el)) continue;
    for (const node of el.childNodes) {
      const text = node instanceof Text ? readText(node.data) : '';
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0)) check(el, text);
    }
    if (el.matches('input:not([type="checkbox"]), select')) {
      const input = el as HTMLInputElement;
      check(el, input.value || el.localName);
      // A hint in an empty box is read too.
      if (input.placeholder && !input.value) check(el, input.placeholder, '::placeholder');
    }
    // A sign the styles write ("!" before a flag, a star).
    for (const pseudo of ['::before', '::after']) {
      const { content } = getComputedStyle(el, pseudo);
      if (/^"[^"]+"/.test(content)) check(el, content, pseudo);
    }
  }
  return [...new Set(found)];
}

/**
 * The controls under `root` that take keyboard focus (roving ones too) and are seen; not a line that
 * focus is only put on to keep it on the component (`tabindex="-1"` without a role: my-schedule's count after a removal).
 */
const focusable = (root: Element): HTMLElement[] =>
  deepElements(root).filter((el): el is HTMLElement => el.matches('button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), [tabindex]:not([tabindex="-1"]:not([role])), [role][tabindex]') && seen(el));

/** The colour of the ring a focused `el` shows (its outline, or that of its `::after` where that draws it), or undefined. */
function ringOf(el: Element): Rgba | undefined {
  for (const pseudo of [null, '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return rgba(style.outlineColor);
  }
  return undefined;
}

/** Each control under `root` whose focus ring, as a keyboard gives it focus, is missing or under 3:1 against what the control sits on. */
function weakRings(root: Element): string[] {
  const found: string[] = [];
  for (const el of focusable(root)) {
    el.focus({ preventScroll: true });
    if (deepFocus() !== el) continue; // behind a modal dialog
    const ring = ringOf(el);
    // A ring drawn inside the control (a negative offset) is on the control's own background.
    const background = backgroundOf(parseFloat(getComputedStyle(el).outlineOffset) < 0 ? el : under(el));
    const ratio = ring ? contrast(css(over(ring, background)), css(background)) : 0;
    if (!ring || ratio < 3) found.push(`${where(el)}: ${ring ? `ring ${ratio.toFixed(2)} < 3 (${css(ring)} on ${css(background)})` : 'no focus ring'}`);
    el.blur();
  }
  return found;
}

/** What marks a state or a moment by colour: the now line, the selected day, the pressed layout and zone, a pressed Save. */
const MARKS = '.now-line, [role="tab"][aria-selected="true"], .toggle [aria-pressed="true"], .save[aria-pressed="true"]';

/** Each mark under `root` whose fill and edges are all under 3:1 against what it sits on. */
function weakMarks(root: Element): string[] {
  return deepElements(root)
    .filter((el) => el.matches(MARKS) && seen(el) && !filled(el, null) && !edged(el))
    .map((el) => `${where(el)}: under 3:1 (${getComputedStyle(el).backgroundColor}, ${getComputedStyle(el).borderTopColor} on ${css(backgroundOf(under(el)))})`);
}

/**
 * Each field to type in or pick from under `root` whose edge is under 3:1 against what it sits on (WCAG 1.4.11):
 * on the surface it is drawn on, the edge alone shows where it is once its hint gives way to what was typed.
 */
function faintFields(root: Element): string[] {
  return deepElements(root)
    .filter((el) => el.matches('input:not([type="checkbox"]), select') && seen(el) && !filled(el, null) && !edged(el))
    .map((el) => `${where(el)}: edge under 3:1 (${getComputedStyle(el).borderTopColor} on ${css(backgroundOf(under(el)))})`);
}

/**
 * Each box under `root` with a grey border drawn under 3:1 against what it sits on: a control's, a card's, a session's,
 * a day's tab's. A coloured edge (a track's stripe, a live session's) is left out: its colour is the feed's or a state's,
 * which words also say; the grey ones are the theme's edges, all that shows where a box or a button ends.
 */
function faintEdges(root: Element): string[] {
  return deepElements(root).flatMap((el) => {
    if (!seen(el)) return [];
    const style = getComputedStyle(el);
    const behind = backgroundOf(under(el));
    const faint = (['Top', 'Right', 'Bottom', 'Left'] as const).find((side) => {
      const color = rgba(style[`border${side}Color`]);
      const grey = Math.max(...color.slice(0, 3)) - Math.min(...color.slice(0, 3)) < 24;
      return parseFloat(style[`border${side}Width`]) > 0 && !['none', 'hidden'].includes(style[`border${side}Style`]) && color[3] > 0 && grey && contrast(css(over(color, behind)), css(behind)) < 3;
    });
    return faint ? [`${where(el)}: ${faint.toLowerCase()} edge ${style[`border${faint}Color`]} on ${css(behind)}`] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// The page, its colour schemes, and the components in their states.

/** Where the components are put: a wrapper whose style is the host page's. */
let stage: HTMLDivElement;

const SCHEMES = [
  { name: 'light', colorScheme: 'light', page: '' },
  { name: 'dark (the system’s, on a page that declares color-scheme: light dark)', colorScheme: 'dark', page: '' },
  { name: 'on a page dark by its own CSS', colorScheme: 'light', page: 'color-scheme: dark; background: #111; color: #eee' },
] as const;

before(() => {
  document.documentElement.style.colorScheme = 'light dark';
  stage = document.body.appendChild(document.createElement('div'));
});
after(async () => {
  document.documentElement.style.colorScheme = '';
  stage.remove();
  await emulateMedia({ colorScheme: 'light' });
});

/** A `<tag>` in the stage with these attributes and properties, once it has rendered. */
async function place<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, properties: Partial<HTMLElementTagNameMap[K]> = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) el.setAttribute(name, value);
  Object.assign(el, properties);
  stage.append(el);
  await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return el;
}

const store = SavedStore.for(EVENT_ID);
/** A timeline as wide as a laptop's, its grid 480px high, its state kept out of the URL. */
const TIMELINE = { 'without-url-state': '', style: 'inline-size: 960px; --schedule-agenda-timeline-height: 480px' };
let feedKey = 0;
const feedUrl = (query: string): string => `/test-server/feed?key=colors-${Date.now()}-${++feedKey}&${query}`;

/** Each tag as it is placed on a feed; now-next with a height, as on a screen by a door. */
const EVERY_TAG = EVERY_TAG_ON_FEED.map(([tag, attributes]): [keyof HTMLElementTagNameMap, Record<string, string>] => [tag, tag === 'now-next' ? { style: 'block-size: 20em' } : attributes]);

/** Clicks the control beside `el` while `el` is the chosen one of its group (a tab, a layout), else `el` itself. */
function chooseOther(el: HTMLElement, state: string): void {
  (el.getAttribute(state) === 'true' ? (el.nextElementSibling ?? el.previousElementSibling) as HTMLElement : el).click();
}

/** A control whose state colour shows: how to find it in the stage, and how a person changes that state (and back). */
interface StateRow {
  readonly name: string;
  readonly selector: string;
  readonly change: (el: HTMLElement) => void;
}

/** The scenes: each puts components in the stage in some of their states; `states` are its controls whose state colour shows. */
const SCENES: readonly { name: string; build: () => Promise<void>; states?: readonly StateRow[] }[] = [
  {
    name: 'every tag loading, and failing with Retry',
    build: async () => {
      // The failures first: the browser asks a server six things at once, and a loading feed holds one of them.
      await everyTagFailing(place, () => feedUrl('status=404'));
      await Promise.all(EVERY_TAG.map(([tag, attributes]) => place(tag, { ...attributes, src: feedUrl('delay=8000') })));
    },
  },
  {
    name: 'cards upcoming, live and ended, saved and not; statuses, counts, speakers, avatars with and without a picture, now and next',
    build: async () => {
      store.save([schedule.sessionsById.get('ws224')!]);
      for (const now of [BEFORE, DURING_WS196, AFTER]) {
        await place('session-card', { 'session-id': 'ws196' }, { schedule, now });
        await place('event-status', {}, { schedule, now });
      }
      await place('session-card', { 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 });
      await place('session-card', { 'session-id': 'ws224', variant: 'full' }, { schedule, now: BEFORE });
      for (const id of ['orientation', 'ws196']) await place('attendee-count', { 'session-id': id }, { schedule });
      await place('attendee-count', { 'session-id': 'talk' }, { feed: talkFeed({ attendees: { count: 40, capacity: 40 } }) });
      await place('speaker-avatar', { 'with-name': '', 'with-title': '' }, { person: { id: 'pm', name: 'Peter Major', jobTitle: 'Chair', avatar: PICTURE, links: [] } });
      await place('speaker-avatar', { 'person-id': 'qusai-alshatti', 'with-name': '', 'with-title': '' }, { schedule });
      await place('speaker-avatar-group', { 'session-id': 'ws196', max: '2' }, { schedule });
      await place('speaker-card', { 'person-id': 'qusai-alshatti' }, { schedule });
      await place('speaker-list', { 'session-id': 'ws196' }, { schedule });
      await place('now-next', { style: 'block-size: 30em' }, { schedule, now: DURING_WS196 });
      await place('now-next', { 'room-id': 'room-03', style: 'block-size: 20em' }, { schedule, now: DURING_WS196 });
    },
    states: [{ name: 'the Save button, saved', selector: '.save[aria-pressed="true"]', change: (save) => save.click() }],
  },
  {
    name: 'my-schedule with saved sessions (two at once, one moved, one cancelled)',
    build: async () => {
      const ws224 = schedule.sessionsById.get('ws224')!;
      store.save([schedule.sessionsById.get('ws196')!, schedule.sessionsById.get('ws225')!]);
      store.restore({ id: 'ws224', title: ws224.title, startMs: ws224.startMs - 3_600_000, endMs: ws224.endMs - 3_600_000, roomName: 'Main Hall', savedAt: 0 });
      store.restore({ id: 'gone', title: 'A session since cancelled', startMs: ws224.startMs, endMs: ws224.endMs, savedAt: 0 });
      await new MyScheduleHarness(await place('my-schedule', {}, { schedule })).loaded();
    },
  },
  {
    name: 'agenda-timeline in the grid during WS196 (saved), its day’s tab, the now line, a room chosen in its filters',
    build: async () => {
      store.save([schedule.sessionsById.get('ws196')!]);
      const harness = new AgendaTimelineHarness(await place('agenda-timeline', { ...TIMELINE, layout: 'grid' }, { schedule, now: DURING_WS196 }));
      await harness.idle();
      await harness.filterBy('Room', 'Workshop Room 03');
    },
    states: [
      { name: 'the selected day tab', selector: '[role="tab"][aria-selected="true"]', change: (tab) => chooseOther(tab, 'aria-selected') },
      { name: 'the pressed layout button', selector: '[part~="layout-toggle"] [aria-pressed="true"]', change: (button) => chooseOther(button, 'aria-pressed') },
      { name: 'a saved session’s star', selector: '.save-toggle[aria-pressed="true"]', change: (star) => star.click() },
    ],
  },
  {
    name: 'agenda-timeline as a list during WS196, a session’s dialog open',
    build: async () => {
      const harness = new AgendaTimelineHarness(await place('agenda-timeline', { ...TIMELINE, layout: 'list' }, { schedule, now: DURING_WS196 }));
      await harness.idle();
      await harness.openSession('Enhanced Cooperation');
      await waitUntil(() => harness.dialogCard()?.shadowRoot!.querySelector('.save'), 'the dialog’s card');
    },
  },
];

/** Waits for every component in the stage (and in their dialogs) to render, and two frames. */
const settled = (): Promise<void> => everyRendered(stage);

/**
 * The shadow on an edge of the grid past which rooms are hidden, the one sign that more lie beyond:
 * drawn over the grid, it must show on it in every scheme, at least 1.4:1 (the light one is 1.6:1).
 */
describe('agenda-timeline in a grid narrower than its rooms', () => {
  let panel: HTMLElement;
  before(async () => {
    stage.replaceChildren();
    const harness = new AgendaTimelineHarness(await place('agenda-timeline', { ...TIMELINE, layout: 'grid', style: 'inline-size: 600px; --schedule-agenda-timeline-height: 480px' }, { schedule, now: DURING_WS196 }));
    await harness.idle();
    panel = harness.element.shadowRoot!.querySelector<HTMLElement>('.panel')!;
  });
  after(() => {
    stage.replaceChildren();
    stage.style.cssText = '';
    resetUrl();
    clearStoredKeys(/^schedule-elements:agenda-timeline:/);
  });

  for (const { name, colorScheme, page } of SCHEMES) {
    it(`${name}: the shadow on the edge past which rooms are hidden shows on the grid`, async () => {
      await emulateMedia({ colorScheme });
      stage.style.cssText = page;
      await waitUntil(() => getComputedStyle(panel, '::after').opacity === '1', 'the shadow at the end');
      const behind = backgroundOf(panel.querySelector('.grid'));
      const [edge] = /(?:rgba?|color)\([^)]*\)/.exec(getComputedStyle(panel, '::after').backgroundImage)!;
      expect(contrast(css(over(rgba(edge), behind)), css(behind)), `${edge} on ${css(behind)}`).to.be.at.least(1.4);
    });
  }

  it('under forced colors (which draw no shadow): the edge past which rooms are hidden is still marked', async () => {
    await emulateMedia({ colorScheme: 'light' });
    stage.style.cssText = '';
    await executeServerCommand('forced-colors', { active: true });
    try {
      await waitUntil(() => getComputedStyle(panel, '::after').opacity === '1', 'the mark at the end');
      expect(edged(panel, '::after'), 'a line on that edge').to.equal(true);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Forced colors.

/** What a person sees of `el`: how it is drawn (in the colours the browser forces) and what it and its pseudo-elements write. */
function look(el: Element): string {
  const drawn = (pseudo: string | null) => {
    const style = getComputedStyle(el, pseudo);
    return ['color', 'backgroundColor', 'borderWidth', 'borderStyle', 'borderColor', 'outlineStyle', 'outlineWidth', 'outlineColor', 'textDecorationLine', 'fontWeight', 'content'].map((name) => style[name as 'color']).join(' ');
  };
  return [drawn(null), drawn('::before'), drawn('::after'), readText(el.textContent)].join(' | ');
}

/** Whether one of `el`'s borders (or its outline) is drawn in a colour that shows on what is behind it. */
function edged(el: Element, pseudo: string | null = null): boolean {
  const style = getComputedStyle(el, pseudo);
  const behind = backgroundOf(pseudo ? el : under(el));
  const shows = (width: string, lineStyle: string, color: string): boolean => parseFloat(width) > 0 && !['none', 'hidden'].includes(lineStyle) && contrast(css(over(rgba(color), behind)), css(behind)) >= 3;
  return (
    (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => shows(style[`border${side}Width`], style[`border${side}Style`], style[`border${side}Color`])) ||
    shows(style.outlineWidth, style.outlineStyle, style.outlineColor)
  );
}

/** Whether `el` (or its pseudo-element) is filled with a colour that shows on what is behind it. */
function filled(el: Element, pseudo: string | null): boolean {
  const fill = rgba(getComputedStyle(el, pseudo).backgroundColor);
  const behind = backgroundOf(pseudo ? el : under(el));
  return fill[3] > 0 && contrast(css(over(fill, behind)), css(behind)) >= 3;
}

/**
 * Boxes a colour or a background marks out: sessions in the grid and the list, badges ("Live"), the avatars' initials and "+N",
 * and a dialog over the page (its surface and the shade behind it set it apart; forced colors paint both as the page).
 */
const BOXES = '[part~="session"], .badge, [part~="initials"], [part~="more"], dialog';
/** Signs drawn by the styles (the live dots, a track's dot, the calendar menu's chevron, a count's bar): [selector, pseudo-element]. */
const SIGNS: readonly [string, string | null][] = [
  ['[data-status="live"] .badge[part="status"]', '::before'],
  ['.swatch', null],
  [':host([status="live"]) .label', '::before'],
  ['.chevron', null],
  ['.fill', null],
];

/** Under forced colors, what in the stage has lost what its colours showed: focus rings, boxes' edges, signs. */
function forcedLosses(): string[] {
  const found: string[] = [];
  for (const el of focusable(stage)) {
    el.focus({ preventScroll: true });
    if (deepFocus() === el && !ringOf(el)) found.push(`${where(el)}: no focus ring`);
    el.blur();
  }
  for (const el of deepElements(stage)) {
    if (el.matches(BOXES) && seen(el) && !edged(el)) found.push(`${where(el)}: no edge`);
    for (const [selector, pseudo] of SIGNS) {
      if (el.matches(selector) && seen(el) && el.getBoundingClientRect().width > 0 && !filled(el, pseudo) && !edged(el, pseudo)) found.push(`${where(el)}${pseudo ?? ''}: not drawn`);
    }
  }
  return found;
}

for (const { name: scene, build, states = [] } of SCENES) {
  describe(scene, () => {
    before(async () => {
      stage.replaceChildren();
      for (const { id } of store.entries) store.remove(id);
      await build();
    });
    after(async () => {
      stage.replaceChildren();
      stage.style.cssText = '';
      resetUrl();
      clearStoredKeys(/^schedule-elements:(agenda-timeline:|saved:colors$)/);
    });

    for (const { name, colorScheme, page } of SCHEMES) {
      it(`${name}: text ≥ 4.5:1 (large 3:1); focus rings, the now line, what is selected and the edges of fields ≥ 3:1`, async () => {
        await emulateMedia({ colorScheme });
        stage.style.cssText = page;
        expect(lowContrast(stage), 'text').to.deep.equal([]);
        expect(weakMarks(stage), 'the now line, selected and pressed controls').to.deep.equal([]);
        expect(weakRings(stage), 'focus rings').to.deep.equal([]);
        expect(faintFields(stage), 'the edges of search boxes, menus and the share link').to.deep.equal([]);
      });
    }

    it('with the system’s “increase contrast” (prefers-contrast: more), light and dark: every grey edge drawn is ≥ 3:1', async () => {
      await executeServerCommand('more-contrast', { active: true });
      try {
        for (const { colorScheme, page } of SCHEMES) {
          await emulateMedia({ colorScheme });
          stage.style.cssText = page;
          expect(faintEdges(stage), colorScheme).to.deep.equal([]);
        }
      } finally {
        await executeServerCommand('more-contrast', { active: false });
      }
    });

    it('under forced colors: focus, boxes, signs and states still show', async () => {
      await emulateMedia({ colorScheme: 'light' });
      stage.style.cssText = '';
      await executeServerCommand('forced-colors', { active: true });
      try {
        expect(forcedLosses()).to.deep.equal([]);
        for (const { name, selector, change } of states) {
          const find = () => deepElements(stage).find((candidate): candidate is HTMLElement => candidate.matches(selector));
          await waitUntil(find, name);
          const el = find()!;
          const before = look(el);
          change(el);
          await settled();
          const after = look(el);
          change(el);
          await settled();
          expect(after, `${name}: looks the same in either state`).to.not.equal(before);
        }
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });
  });
}
