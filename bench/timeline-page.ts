/**
 * The browser side of `npm run bench:timeline` (bench/timeline.bench.ts builds it with Vite into a
 * temporary folder as harness.js; nothing of it is committed). It holds no library code: each bench
 * page loads it, then the library under test by a `<script type="module">` of its own built file
 * (dist/schedule-elements.min.js, or a FullCalendar bundle that sets `window.FullCalendar6` /
 * `window.FullCalendar7`), so a page's first run is the first use of every code path of the
 * library. It exposes on `window.timelineBench` the steps the Node side times, each measured inside
 * the page with `performance.now()` so no DevTools round trip counts.
 *
 * "Settled" means: the last render committed (`updateComplete`), then its frame painted (a
 * `requestAnimationFrame` and a message posted from it, which runs after that frame's style,
 * layout and paint), and one more frame without any update pending (the grid reads its scrolled
 * box on the frame after a resize, which may render once more; that render counts). FullCalendar
 * has no `updateComplete`: its render is settled when its frame painted and the next frame made no
 * change to its DOM (a MutationObserver), which gives it the same second look.
 *
 * Long tasks come from a `PerformanceObserver` of type 'longtask' (every task over 50 ms) made
 * before the library loads. "Idle" (the end of the watch for long tasks after a first paint) is
 * when the page's idle periods are left whole: ten idle callbacks in a row each find at least 40 ms
 * of the period left, which the timeline's idle slices (they use a period to its end) never leave.
 */
import type { AgendaTimelineElement } from '../src/components/agenda-timeline/agenda-timeline.js';
import type { FeedV1 } from '../src/data/model.js';

/** One long task: start (page clock) and duration, in milliseconds. */
interface LongTask {
  start: number;
  duration: number;
}

/** Long tasks in a time window: how many and the longest (0 when none). */
export interface TaskSummary {
  count: number;
  longest: number;
}

/** A first paint: the page-clock start and end, its length, and the sessions (events) painted. */
export interface PaintTiming {
  start: number;
  end: number;
  ms: number;
  sessions: number;
}

/** The event list a FullCalendar is given, prepared in Node from the same feed (bench/timeline.bench.ts). */
export interface PeerEvents {
  date: string;
  onDay: number;
  events: { id: string; title: string; start: string; end: string }[];
}

/** What a FullCalendar bundle of bench/peers/ puts on `window`. */
interface PeerBundle {
  Calendar: new (element: HTMLElement, options: Record<string, unknown>) => { render(): void; destroy(): void };
  plugins: unknown[];
  version: '6' | '7';
}

const longTasks: LongTask[] = [];
const longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
});
longTaskObserver.observe({ type: 'longtask', buffered: true });

/**
 * One channel for every "after paint" message: a new MessageChannel per frame costs about a
 * millisecond to set up inside the frame being measured.
 */
const channel = new MessageChannel();
const afterPaintWaiters: ((now: number) => void)[] = [];
channel.port1.onmessage = () => afterPaintWaiters.shift()?.(performance.now());

/** The `performance.now()` just after the next frame has painted (a message posted from its animation frame runs after its paint). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      afterPaintWaiters.push(resolve);
      channel.port2.postMessage(undefined);
    }),
  );
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** When the element's last render has painted and no further one follows on the next frame. */
async function settled(element: AgendaTimelineElement): Promise<number> {
  for (;;) {
    await element.updateComplete;
    const painted = await afterPaint();
    await nextFrame();
    if (!element.isUpdatePending) return painted;
  }
}

/** FullCalendar's counterpart of {@link settled}: its frame painted, and the next frame changed nothing in its box. */
async function peerSettled(box: HTMLElement): Promise<number> {
  let changed = false;
  const observer = new MutationObserver(() => (changed = true));
  for (;;) {
    const painted = await afterPaint();
    changed = false;
    observer.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
    await nextFrame();
    if (observer.takeRecords().length > 0) changed = true;
    observer.disconnect();
    if (!changed) return painted;
  }
}

/** Every node of a subtree, shadow roots (and theirs) included. */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

/** The long tasks that started in [from, to). */
function tasksBetween(from: number, to: number): TaskSummary {
  for (const entry of longTaskObserver.takeRecords()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  const inside = longTasks.filter((task) => task.start >= from && task.start < to);
  return { count: inside.length, longest: Math.max(0, ...inside.map((task) => task.duration)) };
}

/** A task later, so that the long-task entries of the tasks before have been queued. */
const aTaskLater = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let feedText = '';
let eventsText = '';
let feed: FeedV1 | undefined;
let peerEvents: PeerEvents | undefined;
let timeline: AgendaTimelineElement | undefined;
let calendar: { destroy(): void } | undefined;
let calendarBox: HTMLElement | undefined;

function shadow(): ShadowRoot {
  return timeline!.shadowRoot!;
}

function peer(): PeerBundle {
  const globals = window as unknown as { FullCalendar6?: PeerBundle; FullCalendar7?: PeerBundle };
  const bundle = globals.FullCalendar6 ?? globals.FullCalendar7;
  if (!bundle) throw new Error('No FullCalendar bundle on this page.');
  return bundle;
}

const api = {
  /** Whether the library under test has loaded: the element is defined, or a FullCalendar bundle ran. */
  ready(): boolean {
    return customElements.get('agenda-timeline') !== undefined || 'FullCalendar6' in window || 'FullCalendar7' in window;
  },

  /** Downloads a feed's JSON text (and FullCalendar's event list of it) for the runs that follow; not timed. */
  async load(feedUrl: string, eventsUrl: string): Promise<void> {
    [feedText, eventsText] = await Promise.all([fetch(feedUrl).then((r) => r.text()), fetch(eventsUrl).then((r) => r.text())]);
  },

  /** Parses the feed (or the event list) afresh, not timed: every run starts from its own object, so no cache of an earlier run helps. */
  parse(): void {
    if (customElements.get('agenda-timeline')) feed = JSON.parse(feedText) as FeedV1;
    else peerEvents = JSON.parse(eventsText) as PeerEvents;
  },

  /** Removes what the previous step rendered. */
  clear(): void {
    timeline?.remove();
    timeline = undefined;
    calendar?.destroy();
    calendar = undefined;
    calendarBox?.remove();
    calendarBox = undefined;
  },

  /**
   * From the parsed feed in hand to the settled first paint of the first day's grid: the element is
   * made, given the feed as `.feed` (so validation and normalization count) and added to the page.
   */
  async timelineFirstPaint(): Promise<PaintTiming> {
    const start = performance.now();
    const element = document.createElement('agenda-timeline');
    element.setAttribute('without-url-state', '');
    element.setAttribute('layout', 'grid');
    element.feed = feed;
    document.body.append(element);
    const end = await settled(element);
    timeline = element;
    const sessions = shadow().querySelectorAll('[part~="session"]').length;
    if (sessions === 0) throw new Error('The timeline painted no session.');
    return { start, end, ms: end - start, sessions };
  },

  /**
   * FullCalendar's timeGridDay on the timeline's first day, given every session of the feed as an
   * event (as a site would hand it the whole programme; start and end as ISO instants in UTC,
   * `timeZone: 'UTC'`, so no zone plugin is needed and every event sits where it belongs). The
   * events were prepared in Node (with our normalizer) and parsed before the clock starts;
   * FullCalendar parses them into its own records, picks the day's, lays them out and renders them
   * inside the timing. Version 7 gets `eventClass: 'bench-event'` only so that its events can be
   * counted (its class names are hashed); version 6 marks them `fc-event` itself.
   */
  async peerFirstPaint(): Promise<PaintTiming> {
    const { Calendar, plugins, version } = peer();
    const { date, events, onDay } = peerEvents!;
    const box = document.createElement('div');
    box.style.height = '768px';
    document.body.append(box);
    const start = performance.now();
    const instance = new Calendar(box, {
      plugins,
      initialView: 'timeGridDay',
      initialDate: date,
      timeZone: 'UTC',
      headerToolbar: false,
      events,
      ...(version === '7' ? { eventClass: 'bench-event' } : {}),
    });
    instance.render();
    const end = await peerSettled(box);
    calendar = instance;
    calendarBox = box;
    const sessions = box.querySelectorAll(version === '7' ? '.bench-event' : '.fc-event').length;
    if (sessions !== onDay) throw new Error(`FullCalendar ${version} painted ${sessions} of the day's ${onDay} events.`);
    return { start, end, ms: end - start, sessions };
  },

  /**
   * Resolves once the page is idle (see the header) with the page-clock time the quiet began (`null`
   * if it is not idle after `maxMs`) and the long tasks from `from` until then. With `wholeFrom`,
   * also the time from it until the timeline was first seen with its whole model, checked in each of
   * these idle callbacks, so within one idle period (the feed controller is internal: the bench reads
   * its `partial` flag for this figure only, and gives `null` when the flag is not there).
   */
  async longTasksUntilIdle(from: number, maxMs = 20_000, wholeFrom?: number): Promise<{ idleAt: number | null; tasks: TaskSummary; whole: number | null }> {
    const controller = wholeFrom === undefined ? undefined : (timeline as unknown as { data?: { partial?: unknown } } | undefined)?.data;
    const readable = typeof controller?.partial === 'boolean';
    let whole: number | null = readable && !controller!.partial ? from - wholeFrom! : null;
    const begun = performance.now();
    let quiet = 0;
    let quietSince = begun;
    for (;;) {
      const { at, left } = await new Promise<{ at: number; left: number }>((resolve) =>
        requestIdleCallback((deadline) => resolve({ at: performance.now(), left: deadline.timeRemaining() })),
      );
      if (readable && whole === null && !controller!.partial) whole = at - wholeFrom!;
      if (left >= 40) {
        if (quiet++ === 0) quietSince = at;
        if (quiet >= 10) return { idleAt: quietSince, tasks: tasksBetween(from, quietSince), whole };
      } else quiet = 0;
      if (at - begun > maxMs) return { idleAt: null, tasks: tasksBetween(from, at), whole };
    }
  },

  /** The long tasks that started in [from, to), once their entries are in. */
  async longTasks(from: number, to: number): Promise<TaskSummary> {
    await aTaskLater();
    return tasksBetween(from, to);
  },

  /**
   * Every node of the timeline (the host and its shadow tree), the shadow tree's alone, and the
   * sessions of the day shown (distinct `data-session-id` of the `part="session"` buttons).
   */
  timelineNodes(): { total: number; shadow: number; sessions: number } {
    const ids = new Set([...shadow().querySelectorAll<HTMLElement>('[part~="session"][data-session-id]')].map((b) => b.dataset['sessionId']));
    return { total: countNodes(timeline!), shadow: countNodes(shadow()), sessions: ids.size };
  },

  /** Every node of FullCalendar's box, for comparison. */
  peerNodes(): number {
    return calendarBox ? countNodes(calendarBox) : 0;
  },

  /**
   * A second of reading, then the page's next idle period: the timeline folds the sessions' search
   * text in idle slices after its first paint, as it would before a person starts typing.
   */
  async idle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));
  },

  /**
   * Empties the search box (and lets the unfiltered grid settle), focuses it and lets that paint (a
   * person focuses the box before typing), then arms the measurement of the next keystroke: keydown
   * to the settled paint of its result (`window.searchDone`).
   */
  async armSearch(): Promise<void> {
    const input = shadow().querySelector<HTMLInputElement>('[part~="search"]')!;
    if (input.value !== '') {
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settled(timeline!);
    }
    input.focus();
    await afterPaint();
    let start = 0;
    input.addEventListener('keydown', () => (start = performance.now()), { once: true });
    const done = new Promise<number>((resolve) =>
      input.addEventListener('input', () => void settled(timeline!).then((end) => resolve(end - start)), { once: true }),
    );
    (window as unknown as { searchDone: Promise<number> }).searchDone = done;
  },

  /** Clicks the next day's tab (`role="tab"`); the time until its grid has settled (`null` for a one-day feed). */
  async timelineDaySwitch(): Promise<number | null> {
    const tabs = shadow().querySelectorAll<HTMLElement>('[role="tab"]');
    if (tabs.length < 2) return null;
    const next = [...tabs].findIndex((tab) => tab.getAttribute('aria-selected') === 'true') + 1;
    const start = performance.now();
    tabs[next % tabs.length]!.click();
    return (await settled(timeline!)) - start;
  },

  /**
   * Where to click to open a session from the grid: the centre of the first `part="session"` button
   * that is wholly on screen and is what a click there hits (in page coordinates).
   */
  sessionToClick(): { x: number; y: number; id: string } {
    const grid = shadow().querySelector<HTMLElement>('[part~="grid"], [part~="list"]');
    const box = grid?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
    for (const button of shadow().querySelectorAll<HTMLElement>('[part~="session"][data-session-id]')) {
      const r = button.getBoundingClientRect();
      if (r.width === 0 || r.top < Math.max(0, box.top) || r.left < Math.max(0, box.left)) continue;
      if (r.bottom > Math.min(innerHeight, box.bottom) || r.right > Math.min(innerWidth, box.right)) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = shadow().elementFromPoint(x, y);
      if (hit && button.contains(hit)) return { x, y, id: button.dataset['sessionId']! };
    }
    throw new Error('No session of the grid is wholly on screen to click.');
  },

  /** After the click: the dialog (`<dialog part="dialog">`) is open and the timeline settled. */
  async dialogOpened(): Promise<boolean> {
    await settled(timeline!);
    return shadow().querySelector<HTMLDialogElement>('dialog[part~="dialog"]')?.open === true;
  },

  /**
   * Arms the measurement of closing the open dialog with Escape (`window.dialogDone`): from the
   * keydown (seen first, on the window's capture phase) to the settled paint after the dialog's
   * `close` event, with the long tasks that started in between.
   */
  armDialogClose(): void {
    const dialog = shadow().querySelector<HTMLDialogElement>('dialog[part~="dialog"]')!;
    let start = 0;
    window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
    const done = new Promise<{ ms: number; tasks: TaskSummary; open: boolean }>((resolve) =>
      dialog.addEventListener(
        'close',
        () =>
          void settled(timeline!)
            .then(async (end) => ({ ms: end - start, tasks: await api.longTasks(start, end), open: dialog.open }))
            .then(resolve),
        { once: true },
      ),
    );
    (window as unknown as { dialogDone: Promise<unknown> }).dialogDone = done;
  },
};

(window as unknown as { timelineBench: typeof api }).timelineBench = api;
export type BenchApi = typeof api;
