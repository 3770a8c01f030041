/**
 * Shared set-up of the component tests: the sample feed and its schedule, small and big feeds, a
 * component on a schedule, feeds inline in the page, the console, stored keys, the URL and the
 * page's visibility, and shadow-root queries for the tests that have no page object. Importing it
 * registers no hook: the functions that need one (`captureConsole`, `inlineFeeds`) register it
 * where they are called.
 */
import '../page-guard.js';
import { fixture } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { readText } from '../../src/components/shared/harness.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import type { ScheduleElement } from '../../src/components/shared/schedule-element.js';
import type { FeedEvent, FeedSession, FeedV1, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { waitUntil } from '../wait.js';

/** The URL of the IGF 2014 sample feed on the test server. */
export const SAMPLE_URL = '/src/sample/igf-2014.json';

/** The IGF 2014 sample (91 sessions, 6 rooms, 4 days), normalized once. */
export const sample: Schedule = normalizeFeed(sampleFeed).schedule;

/** The sample under another event id, so that what a test saves stays apart from every other test's. */
export function sampleAs(eventId: string): Schedule {
  return normalizeFeed({ ...sampleFeed, event: { ...sampleFeed.event, id: eventId } }).schedule;
}

/** 11:30 at the venue on 2 September 2014, while WS196 (11:00–12:30) runs. */
export const DURING_WS196 = Date.parse('2014-09-02T11:30:00+03:00');

/** A festival whose nights run late, in Berlin: its days change at 06:00 (`event.dayChange`), so the party and the late talk are Saturday's. */
export const FESTIVAL: Schedule = normalizeFeed({
  version: 1,
  event: { id: 'day-change', name: 'Congress', timeZone: 'Europe/Berlin', dayChange: '06:00' },
  rooms: [{ id: 'a', name: 'Saal A' }, { id: 'b', name: 'Saal B' }],
  sessions: [
    { id: 'evening', title: 'Evening talk', start: '2025-12-27T21:00', end: '2025-12-27T22:00', roomId: 'a' },
    { id: 'party', title: 'Party', start: '2025-12-27T23:00', end: '2025-12-28T04:00', roomId: 'b' },
    { id: 'late', title: 'Late talk', start: '2025-12-28T00:20', end: '2025-12-28T01:20', roomId: 'a' },
    { id: 'morning', title: 'Morning talk', start: '2025-12-28T11:00', end: '2025-12-28T12:00', roomId: 'a' },
  ],
}).schedule;

/**
 * The Test Summit's one session, "talk" ("A talk", 2 September 2014, 11:00–12:00 in Istanbul), as
 * the test server sends it; `session` and `event` change or add fields.
 */
export function talkFeed(session: Partial<FeedSession> = {}, event: Partial<FeedEvent> = {}): FeedV1 {
  return {
    version: 1,
    event: { name: 'Test Summit', timeZone: 'Europe/Istanbul', ...event },
    sessions: [{ id: 'talk', title: 'A talk', start: '2014-09-02T11:00:00+03:00', duration: 'PT1H', ...session }],
  };
}

/** A feed of `count` sessions over `rooms` rooms, 8 one-hour slots a day from 09:00 at the venue. */
export function generatedFeed(count: number, rooms: number): FeedV1 {
  const perDay = rooms * 8;
  const sessions: FeedSession[] = Array.from({ length: count }, (_, i) => {
    const day = Math.floor(i / perDay);
    const slot = Math.floor((i % perDay) / rooms);
    const date = new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10);
    return {
      id: `g${i}`,
      title: `Generated session ${i}`,
      start: `${date}T${String(9 + slot).padStart(2, '0')}:00`,
      duration: 'PT50M',
      roomId: `r${i % rooms}`,
      people: [{ id: `p${i % 50}` }],
    };
  });
  return {
    version: 1,
    event: { id: `gen-${count}`, name: 'Generated', timeZone: 'Europe/Istanbul' },
    rooms: Array.from({ length: rooms }, (_, i) => ({ id: `r${i}`, name: `Room ${i}` })),
    people: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
    sessions,
  };
}

/**
 * A big feed: 2,000 sessions over 40 rooms (7 days of 320, 2030-01-01 … 07), one of which (the
 * 1,991st) names a room the feed lacks, which the console is warned of once it is built.
 */
export function bigFeed(): FeedV1 {
  const feed = generatedFeed(2000, 40);
  feed.sessions[1990] = { ...feed.sessions[1990]!, roomId: 'nowhere' };
  return feed;
}

/** Attributes by name: `undefined` and `false` leave one out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** A `<tag>` with these attributes, then these properties, not yet in the page. */
function create<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes, properties: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  Object.assign(el, properties);
  return el;
}

/** A `<tag>` with these attributes and properties, put in the page once it has rendered. */
export function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  return fixture<HTMLElementTagNameMap[K]>(create(tag, attributes, properties));
}

/** The tags whose element reads a feed (`ScheduleElement`). */
type ScheduleTag = { [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends ScheduleElement ? K : never }[keyof HTMLElementTagNameMap];

/** A `<tag>` on the sample schedule (unless `properties` gives another, or a feed) in `en-US` (unless `attributes` says otherwise). */
export function withSchedule<K extends ScheduleTag>(
  tag: K,
  attributes: Attributes = {},
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  return mount(tag, { locale: 'en-US', ...attributes }, { schedule: sample, ...properties });
}

let inlineCount = 0;

/**
 * Feeds put in the page as inline `<script type="application/json">`, which a component reads with
 * `src="#id"`; each is removed after the test that added it (a hook of the enclosing `describe`, or
 * of the file). Gives the function that adds one and returns its `src`.
 */
export function inlineFeeds(): (feed: object) => string {
  const scripts: HTMLScriptElement[] = [];
  afterEach(() => {
    for (const script of scripts.splice(0)) script.remove();
  });
  return (feed) => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: `inline-feed-${++inlineCount}-${Date.now()}` });
    script.textContent = JSON.stringify(feed);
    document.body.append(script);
    scripts.push(script);
    return `#${script.id}`;
  };
}

/** What `console.warn` and `console.error` were called with (each call's arguments joined by spaces). */
export interface ConsoleCapture {
  readonly warnings: string[];
  readonly errors: string[];
}

/**
 * Records `console.warn` and `console.error` instead of printing them, during each test of the
 * enclosing `describe` (hooks registered by this call); the lists start empty for each test, and
 * the console is put back after it.
 */
export function captureConsole(): ConsoleCapture {
  const captured: ConsoleCapture = { warnings: [], errors: [] };
  let { warn, error } = console;
  beforeEach(() => {
    ({ warn, error } = console);
    captured.warnings.length = 0;
    captured.errors.length = 0;
    console.warn = (...args: unknown[]) => void captured.warnings.push(args.join(' '));
    console.error = (...args: unknown[]) => void captured.errors.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    console.error = error;
  });
  return captured;
}

/** The prefix of the feeds the library keeps in localStorage (`keptCopyKey`). */
export const KEPT_FEEDS = /^schedule-elements:feed:/;

/**
 * Removes the library's stored keys that match `pattern`, and only those: other test files run
 * beside this one and may share localStorage (and hear its `storage` events).
 */
export function clearStoredKeys(pattern: RegExp): void {
  for (const key of Object.keys(localStorage)) if (pattern.test(key)) localStorage.removeItem(key);
}

/**
 * Makes localStorage full as it is now, as a browser's quota does: a write that would grow it throws
 * QuotaExceededError; one that fits after a removal passes. Returns what puts `setItem` back.
 */
export function fillStorage(): () => void {
  const total = (): number => Object.keys(localStorage).reduce((sum, key) => sum + key.length + (localStorage.getItem(key)?.length ?? 0), 0);
  const quota = total();
  const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
  Object.defineProperty(Storage.prototype, 'setItem', {
    configurable: true,
    value(this: Storage, key: string, value: string) {
      if (total() - (key.length + (this.getItem(key)?.length ?? 0)) + key.length + value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      setItem.value.call(this, key, value);
    },
  });
  return () => Object.defineProperty(Storage.prototype, 'setItem', setItem);
}

/** Takes the query and the fragment out of the page's URL (the components' URL state, a share link). */
export function resetUrl(): void {
  history.replaceState(null, '', location.pathname);
}

/** Pretends the page is visible or hidden, as the browser tells it, and says so to the page. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Lets the browser tell the page's visibility again. */
export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}

/** The first element in `el`'s shadow root that matches `selector`. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** The first element in `el`'s shadow root with the CSS part `name`. */
export function part(el: Element, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

/** The text of `el`'s part `name` as read ("" when there is none). */
export function partText(el: Element, name: string): string {
  return readText(part(el, name));
}

/** WCAG contrast of two computed `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A node of the accessibility tree as the browser gives it to assistive technology. */
export interface AxNode {
  role: string;
  name: string;
  focused?: boolean;
  disabled?: boolean;
  children: AxNode[];
}

/** The first node of the page's accessibility tree (what a screen reader is given) that `matches`, or null. */
export async function findAxNode(matches: (node: AxNode) => boolean): Promise<AxNode | null> {
  return findAccessibilityNode<AxNode>((await a11ySnapshot({})) as unknown as AxNode, matches);
}

/** The element an element is drawn in: its slot, its parent, or its shadow root's host. */
export const composedParent = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** Every element under `root` (shadow roots included) and under the nodes it holds, in tree order. */
export function deepElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** The element with focus, looked for inside open shadow roots. */
export function deepFocus(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Each tag as it is placed on a feed of the sample (its session or its person where it shows one), for sweeps over every tag. */
export const EVERY_TAG: readonly [keyof HTMLElementTagNameMap, Record<string, string>][] = [
  ['agenda-timeline', { 'without-url-state': '' }],
  ['session-card', { 'session-id': 'ws196' }],
  ['speaker-card', { 'person-id': 'qusai-alshatti' }],
  ['speaker-list', {}],
  ['speaker-avatar', { 'person-id': 'qusai-alshatti' }],
  ['speaker-avatar-group', { 'session-id': 'ws196' }],
  ['attendee-count', { 'session-id': 'ws196' }],
  ['event-status', {}],
  ['now-next', {}],
  ['my-schedule', {}],
];

/**
 * Places every tag with `place` on a feed of its own that fails (`src()` names it) and waits until
 * each shows its Retry; the console's report of each failure, meant for the site's developer, is kept quiet meanwhile.
 */
export async function everyTagFailing(place: (tag: keyof HTMLElementTagNameMap, attributes: Record<string, string>) => Promise<HTMLElement>, src: () => string): Promise<HTMLElement[]> {
  const failing = await Promise.all(EVERY_TAG.map(([tag, attributes]) => place(tag, { ...attributes, src: src() })));
  const { error } = console;
  console.error = () => undefined;
  try {
    await waitUntil(() => failing.every((el) => el.shadowRoot!.querySelector('[part~="retry-button"]')), 'every failure with its Retry');
  } finally {
    console.error = error;
  }
  return failing;
}

/** Waits for every component in `root` (and in their dialogs) to render, and two frames. */
export async function everyRendered(root: Element): Promise<void> {
  const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));
  const updates = () => Promise.all(deepElements(root).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  await updates();
  await frame();
  await frame();
  await updates();
}

/** A sweep's scene: components put in its stage at a viewport width. */
export interface Scene {
  readonly name: string;
  readonly width: number;
  readonly build: () => Promise<void>;
}

/** The card of `el`'s open dialog, once its controls (loaded on demand) have arrived. */
export async function dialogCard(el: Element): Promise<SessionCardElement> {
  const find = () => deepElements(el.shadowRoot!).find((candidate): candidate is SessionCardElement => candidate.matches('dialog[open] session-card') && !!candidate.shadowRoot?.querySelector('.save'));
  await waitUntil(find, 'the dialog’s card with its Save');
  return find()!;
}

/** Opens WS196 (the sample's "Enhanced Cooperation") from `timeline` and waits for its dialog's card. */
export async function openWs196(timeline: AgendaTimelineHarness): Promise<SessionCardElement> {
  await timeline.openSession('Enhanced Cooperation');
  return dialogCard(timeline.element);
}

/** Opens the dialog of a compact `card` from its title, and in it the "Add to calendar" menu. */
export async function openCalendarMenu(card: HTMLElement): Promise<void> {
  await new SessionCardHarness(card as SessionCardElement).selectTitle();
  await new SessionCardHarness(await dialogCard(card)).toggleCalendar();
}

/** How a sweep puts a tag in its stage: with these attributes, then these properties, once rendered. */
export type Place = (tag: 'agenda-timeline', attributes: Record<string, string>, properties: { schedule: Schedule; now: number }) => Promise<HTMLElementTagNameMap['agenda-timeline']>;

/** A timeline put in a sweep's stage by `place` on `schedule` during WS196, in `layout`, 600 px high, once its idle work is done. */
export async function placeTimeline(place: Place, schedule: Schedule, layout: 'grid' | 'list'): Promise<AgendaTimelineHarness> {
  const harness = new AgendaTimelineHarness(await place('agenda-timeline', { 'without-url-state': '', layout, style: '--schedule-agenda-timeline-height: 600px' }, { schedule, now: DURING_WS196 }));
  await harness.idle();
  return harness;
}

/** A `<tag>` with `attributes`, then `properties`, in a block of its own at the end of a sweep's `stage`, once it has rendered. */
export async function placeIn<K extends keyof HTMLElementTagNameMap>(stage: HTMLElement, tag: K, attributes: Record<string, string>, properties: Partial<HTMLElementTagNameMap[K]>): Promise<HTMLElementTagNameMap[K]> {
  const el = create(tag, attributes, properties);
  stage.appendChild(document.createElement('div')).append(el);
  await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return el;
}
