/**
 * Text a person with low vision or a vestibular disorder can still read: every component, in its
 * main states, in English and in Arabic.
 *
 * Text spacing (WCAG 1.4.12): the person's style sheet (line height 1.5, letters 0.12em, words 0.16em,
 * paragraphs 2em apart), put on the page and, as a bookmarklet extended to shadow DOM does, in each
 * open shadow root. No box that clips its overflow cuts text (but for a designed clamp with a way to
 * the rest: a visible "Read more", or a session's button that opens its whole text); no text overlaps
 * another text or a control of the same component; every control's label stays inside it.
 * Reflow (WCAG 1.4.10): at 320 px wide with the page's text at 200%, nothing scrolls sideways but the
 * timeline's grid, no text is cut, a session's dialog fits the screen and scrolls to its end, and every
 * control of the timeline's toolbar is in the screen.
 * Reduced motion (WCAG 2.3.3): with `prefers-reduced-motion: reduce`, nothing runs an animation or a
 * transition longer than 0.1 s, nothing scrolls smoothly (by CSS or by a script's call); without it,
 * what moves (a live session's pulsing dot) says nothing its text does not.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
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
import { DURING_WS196, EVERY_TAG, type Scene, clearStoredKeys, openCalendarMenu, openWs196, placeIn, placeTimeline, composedParent, deepElements, everyRendered, everyTagFailing, resetUrl, sampleAs } from './fixtures.js';

/** The person's text spacing (WCAG 1.4.12's values), as their style sheet says it. */
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }';

/** What a person operates, whose label must stay inside it (an inline link is its own text). */
const CONTROLS = 'button, select, summary, [role="button"], [role="tab"], a[href]';

/** The sample under this file's own event id: what it saves stays apart from other files'. */
const EVENT_ID = 'text-spacing';
const schedule = sampleAs(EVENT_ID);
const store = SavedStore.for(EVENT_ID);

// ---------------------------------------------------------------------------------------------
// Measuring.

/** The tags `el` is inside and its text ("<agenda-timeline> div.toolbar "Search""), as a failure names it. */
function where(el: Element): string {
  const tags: string[] = [];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) tags.unshift(`<${root.host.localName}>`);
  const text = readText(el.getAttribute('aria-label') ?? el.textContent).slice(0, 40);
  return `${tags.join(' ')} ${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text}"`;
}

/** Whether `el` is drawn: rendered, and not clipped away for screen readers alone. */
function drawn(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  for (let at: Element | null = el; at; at = composedParent(at)) if (getComputedStyle(at).clipPath === 'inset(50%)') return false;
  return true;
}

const clips = (value: string): boolean => value === 'hidden' || value === 'clip';

/**
 * How the rest of `el`'s cut text is reached when its cut is designed, or undefined: a clamp
 * (line clamp or "…") whose "Read more" shows, or inside a session's button that opens it whole.
 */
function wayToTheRest(el: Element): string | undefined {
  const root = el.getRootNode() as ShadowRoot;
  const toggle = root.host?.localName === 'clamped-text' ? root.querySelector('[part~="toggle"]') : null;
  if (toggle && drawn(toggle)) return `“${readText(toggle.textContent)}”`;
  const clamped = deepElements(el).some((inner) => getComputedStyle(inner).webkitLineClamp !== 'none' || getComputedStyle(inner).textOverflow === 'ellipsis');
  // A grid cell's session (a break too) takes focus, and a focused cell grows to show all its text.
  const session = el.closest('.cell')?.querySelector('.session');
  return clamped && session?.matches('button, a[href], [role="button"]') && drawn(session) ? 'its grid cell, which grows to show it all when focused' : undefined;
}

/** Each box under `component` that clips its overflow and cuts text, without a way to the rest. */
function cutText(component: Element): string[] {
  return deepElements(component).flatMap((el) => {
    const style = getComputedStyle(el);
    if (!clips(style.overflowX) && !clips(style.overflowY)) return [];
    if (!readText(deepElements(el).map((inner) => (inner.shadowRoot ? '' : inner.textContent)).join(' ')) || !drawn(el)) return [];
    const down = clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    const across = clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    if ((!down && !across) || wayToTheRest(el)) return [];
    return [`${where(el)}: text cut (${down ? `${el.scrollHeight} px in ${el.clientHeight}` : `${el.scrollWidth} px wide in ${el.clientWidth}`})`];
  });
}

/** A line of text drawn: its box, and the element it is the text of. */
interface Line {
  readonly box: DOMRect;
  readonly el: Element;
}

/** The box of `box` that shows through the boxes that clip or scroll it, or null where none does. */
function shown(box: DOMRect, el: Element): DOMRect | null {
  let { left, top, right, bottom } = box;
  for (let at: Element | null = el; at && at !== document.documentElement; at = composedParent(at)) {
    const style = getComputedStyle(at);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = at.getBoundingClientRect();
    [left, top, right, bottom] = [Math.max(left, clip.left), Math.max(top, clip.top), Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
  }
  return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** Every line of text drawn under `component` (each text node's boxes, clipped to what shows). */
function lines(component: Element): Line[] {
  const found: Line[] = [];
  for (const el of deepElements(component)) {
    if (el.localName === 'option' || !drawn(el)) continue;
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const box = shown(rect, el);
        if (box) found.push({ box, el });
      }
    }
  }
  return found;
}

/** How far two boxes overlap, in px each way (0 when they do not). */
const overlap = (a: DOMRect, b: DOMRect): number => Math.min(Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * The layer `el` is drawn in, over the rest by design, or null: an open dialog, a sticky header that
 * content scrolls under, a menu placed over what follows (positioned, with a z-index).
 */
const layerOf = (el: Element): Element | null => {
  for (let at: Element | null = el; at; at = composedParent(at)) {
    const { position, zIndex } = getComputedStyle(at);
    if (at.matches('dialog[open]') || position === 'sticky' || (['absolute', 'fixed'].includes(position) && zIndex !== 'auto')) return at;
  }
  return null;
};

/** The control `el` is the label of, or null. */
const controlOf = (el: Element): Element | null => {
  for (let at: Element | null = el; at; at = composedParent(at)) if (at.matches(CONTROLS)) return at;
  return null;
};

/** Each overlap under `component`: a text over another text or over a control it is not part of, and a label outside its control. */
function overlaps(component: Element): string[] {
  const found = new Set<string>();
  const all = lines(component);
  const controls = deepElements(component).filter((el) => el.matches(CONTROLS) && drawn(el) && !(el.localName === 'a' && getComputedStyle(el).display === 'inline'));
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) {
      if (a.el !== b.el && layerOf(a.el) === layerOf(b.el) && overlap(a.box, b.box) > 1) found.add(`${where(a.el)} overlaps ${where(b.el)}`);
    }
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const inside = controlOf(a.el) === control || control.contains(a.el) || (a.el.getRootNode() as ShadowRoot).host === control;
      if (inside && (a.box.left < box.left - 1 || a.box.right > box.right + 1 || a.box.top < box.top - 1 || a.box.bottom > box.bottom + 1)) found.add(`${where(a.el)}: its label runs out of ${where(control)}`);
      if (!inside && !a.el.contains(control) && layerOf(a.el) === layerOf(control) && overlap(a.box, shown(box, control) ?? new DOMRect()) > 1) found.add(`${where(a.el)} overlaps ${where(control)}`);
    }
  }
  return [...found];
}

/** A style sheet of `text`, put in the page and in every open shadow root under it; gives what takes it out again. */
function adoptEverywhere(text: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const roots: (Document | ShadowRoot)[] = [document, ...deepElements(document.body).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

/** What needs sideways scrolling in the page at its width: the page, or a box that scrolls (the timeline's grid may). */
function sideways(): string[] {
  const page = document.documentElement;
  const found = page.scrollWidth > page.clientWidth + 1 ? [`the page: ${page.scrollWidth} px wide in ${page.clientWidth}`] : [];
  for (const el of deepElements(stage)) {
    const style = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(style.overflowX) || el.matches('[part~="grid"]') || !drawn(el)) continue;
    if (el.scrollWidth > el.clientWidth + 1) found.push(`${where(el)}: scrolls sideways (${el.scrollWidth} px in ${el.clientWidth})`);
  }
  return found;
}

/** What of an open modal dialog falls outside the screen, or cannot be scrolled to. */
function dialogOutOfReach(): string[] {
  const dialog = deepElements(stage).filter((el) => el.matches('dialog:modal')).at(-1);
  if (!dialog) return [];
  const found: string[] = [];
  const box = dialog.getBoundingClientRect();
  if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) found.push(`${where(dialog)}: ${box.width}×${box.height} at ${box.left},${box.top}, outside the ${innerWidth}×${innerHeight} screen`);
  dialog.scrollTop = dialog.scrollHeight;
  const last = lines(dialog).at(-1);
  const bottom = Math.min(innerHeight, dialog.getBoundingClientRect().bottom);
  if (last && last.box.bottom > bottom + 1) found.push(`${where(last.el)}: the dialog's last text, below its end (${last.box.bottom} > ${bottom}) once scrolled to the end`);
  dialog.scrollTop = 0;
  return found;
}

/** Each control of a timeline's toolbar, filters and day tabs that is not inside the screen's width. */
function toolbarOutOfReach(): string[] {
  return deepElements(stage)
    .filter((el) => el.matches('[part~="toolbar"] :is(button, input), [part~="filters"] :is(button, input, select), [role="tab"]') && drawn(el))
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.left < -1 || box.right > innerWidth + 1;
    })
    .map((el) => `${where(el)}: outside the screen (${el.getBoundingClientRect().left}…${el.getBoundingClientRect().right})`);
}

/** Every animation running in the page (its shadow roots included), and each element whose transition or animation lasts over 0.1 s. */
function motion(): string[] {
  const long = (durations: string) => durations.split(',').some((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1) > 0.1);
  const roots = [document, ...deepElements(stage).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  const found = roots.flatMap((root) => root.getAnimations()).filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration) > 100).map((a) => `${where((a.effect as KeyframeEffect).target!)}: runs ${(a as CSSAnimation).animationName ?? 'an animation'}`);
  for (const el of deepElements(stage)) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      if (long(style.transitionDuration) && style.transitionProperty !== 'none') found.push(`${where(el)}${pseudo ?? ''}: transition ${style.transitionProperty} ${style.transitionDuration}`);
      if (long(style.animationDuration) && style.animationName !== 'none') found.push(`${where(el)}${pseudo ?? ''}: animation ${style.animationName} ${style.animationDuration}`);
      if (!pseudo && style.scrollBehavior === 'smooth') found.push(`${where(el)}: scroll-behavior smooth`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The components in their states.

/** Where the components are put. */
let stage: HTMLDivElement;

/** The locale each scene is built in. */
let locale = 'en-US';

/** A `<tag>` in the stage, in a block of its own, once it has rendered. */
async function place<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, properties: Partial<HTMLElementTagNameMap[K]> = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = await placeIn(stage, tag, { locale, ...attributes }, properties);
  el.parentElement!.style.marginBlock = '2em';
  return el;
}

let feedKey = 0;
const feedUrl = (query: string): string => `/test-server/feed?key=text-spacing-${Date.now()}-${++feedKey}&${query}`;

/** A timeline on the sample during WS196, `layout`, its toolbar's filters open. */
async function timeline(layout: 'grid' | 'list'): Promise<AgendaTimelineHarness> {
  store.save([schedule.sessionsById.get('ws196')!]);
  const harness = await placeTimeline(place, schedule, layout);
  await harness.openFilters();
  return harness;
}

const SCENES: readonly Scene[] = [
  {
    name: 'every tag but <now-next> ready (event-status and the cards during WS196)',
    width: 390,
    build: async () => {
      for (const [tag, attributes] of EVERY_TAG) {
        if (tag !== 'now-next') await place(tag, { ...attributes, ...(tag === 'speaker-avatar-group' ? { max: '2' } : {}) }, { schedule, now: DURING_WS196 } as never);
      }
    },
  },
  { name: 'every tag failing, with Retry', width: 390, build: () => everyTagFailing(place, () => feedUrl('status=404')).then(() => undefined) },
  { name: '<agenda-timeline> as a list at 390 px, its filters open', width: 390, build: () => timeline('list').then(() => undefined) },
  { name: '<agenda-timeline> as a grid at 1024 px, its filters open', width: 1024, build: () => timeline('grid').then(() => undefined) },
  { name: '<agenda-timeline> as a list at 390 px, a session’s dialog open', width: 390, build: () => timeline('list').then(openWs196).then(() => undefined) },
  { name: 'a compact <session-card>, and its dialog open with “Add to calendar”’s menu', width: 390, build: () => place('session-card', { 'session-id': 'ws196' }, { schedule }).then(openCalendarMenu) },
  {
    name: 'a full <session-card>, live and saved',
    width: 390,
    build: async () => {
      store.save([schedule.sessionsById.get('ws196')!]);
      await place('session-card', { 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 });
    },
  },
  {
    name: '<my-schedule> with saved sessions',
    width: 390,
    build: async () => {
      store.save(['ws196', 'ws224', 'ws225'].map((id) => schedule.sessionsById.get(id)!));
      await new MyScheduleHarness(await place('my-schedule', {}, { schedule })).loaded();
    },
  },
  {
    name: '<speaker-list>, <speaker-card>, <speaker-avatar-group> and <event-status> during WS196',
    width: 390,
    build: async () => {
      await place('speaker-list', {}, { schedule });
      await place('speaker-card', { 'person-id': 'lucas-ferreira' }, { schedule });
      await place('speaker-avatar-group', { 'session-id': 'ws196' }, { schedule });
      await place('event-status', {}, { schedule, now: DURING_WS196 });
    },
  },
  {
    name: '<now-next> for every room and for one, during WS196',
    width: 390,
    build: async () => {
      await place('now-next', { style: 'block-size: 30em' }, { schedule, now: DURING_WS196 });
      await place('now-next', { 'room-id': 'room-03', style: 'block-size: 20em' }, { schedule, now: DURING_WS196 });
    },
  },
];

/** Scroll calls a script made with `behavior: 'smooth'` while the scenes were built. */
const smoothCalls: string[] = [];
type Scroll = (this: unknown, ...args: unknown[]) => unknown;
const scrollers = [Element.prototype, window].flatMap((target) => ['scrollIntoView', 'scrollTo', 'scrollBy'].filter((name) => name in target).map((name) => [target as unknown as Record<string, Scroll>, name] as const));
const originals = scrollers.map(([target, name]) => target[name]!);

before(() => {
  stage = document.body.appendChild(document.createElement('div'));
  scrollers.forEach(([target, name], i) => {
    target[name] = function (...args) {
      if ((args[0] as ScrollOptions | undefined)?.behavior === 'smooth') smoothCalls.push(`${this instanceof Element ? where(this) : 'window'}.${name}`);
      return originals[i]!.apply(this, args);
    };
  });
});
after(async () => {
  stage.remove();
  scrollers.forEach(([target, name], i) => (target[name] = originals[i]!));
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ reducedMotion: 'no-preference' });
});

for (const language of ['en-US', 'ar']) {
  describe(`text spacing, reflow and motion in ${language}`, () => {
    for (const { name, width, build } of SCENES) {
      describe(name, () => {
        before(async () => {
          locale = language;
          await setViewport({ width, height: 844 });
          stage.replaceChildren();
          for (const { id } of store.entries) store.remove(id);
          await build();
          await everyRendered(stage);
        });
        after(() => {
          stage.replaceChildren();
          document.documentElement.style.fontSize = '';
          resetUrl();
          clearStoredKeys(/^schedule-elements:(agenda-timeline:|saved:text-spacing$)/);
        });

        it('with the person’s text spacing, no text is cut or overlaps, and labels stay in their controls (WCAG 1.4.12)', async () => {
          const remove = adoptEverywhere(SPACING);
          try {
            await everyRendered(stage);
            expect([...stage.children].flatMap((block) => [...cutText(block), ...overlaps(block)])).to.deep.equal([]);
          } finally {
            remove();
          }
        });

        it('at 320 px with text at 200%, nothing scrolls sideways but the grid, no text is cut, the dialog and the toolbar are in reach (WCAG 1.4.10)', async () => {
          await setViewport({ width: 320, height: 640 });
          document.documentElement.style.fontSize = '200%';
          try {
            await everyRendered(stage);
            expect([...sideways(), ...[...stage.children].flatMap(cutText), ...dialogOutOfReach(), ...toolbarOutOfReach()]).to.deep.equal([]);
          } finally {
            document.documentElement.style.fontSize = '';
            await setViewport({ width, height: 844 });
          }
        });

        it('with reduced motion, nothing animates, transitions or scrolls smoothly (WCAG 2.3.3)', async () => {
          await emulateMedia({ reducedMotion: 'reduce' });
          try {
            await everyRendered(stage);
            expect([...motion(), ...smoothCalls]).to.deep.equal([]);
          } finally {
            await emulateMedia({ reducedMotion: 'no-preference' });
          }
        });
      });
    }
  });
}

describe('without reduced motion, what moves says nothing its text does not', () => {
  it('a live session’s pulsing dot is beside the word that says it is live', async () => {
    stage.replaceChildren();
    locale = 'en-US';
    await place('session-card', { 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 });
    await place('event-status', {}, { schedule, now: DURING_WS196 });
    await everyRendered(stage);
    const moving = deepElements(stage).flatMap((el) => el.shadowRoot?.getAnimations() ?? []).map((a) => (a.effect as KeyframeEffect).target!);
    expect(moving.length, 'something pulses').to.be.greaterThan(0);
    for (const el of moving) expect(readText(el.textContent), where(el)).to.match(/live|now|progress/i);
    stage.replaceChildren();
  });
});
