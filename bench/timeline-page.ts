/**
 * The browser side of `npm run bench:timeline` (bench/timeline.bench.ts builds it with Vite into
 * a temporary folder; nothing of it is committed). It registers `<agenda-timeline>` and FullCalendar's
 * timeGrid and exposes on `window.timelineBench` the steps the Node side times, each measured
 * inside the page with `performance.now()` so no DevTools round trip counts.
 *
 * "Settled" means: the last render committed (`updateComplete`), then its frame painted (a
 * `requestAnimationFrame` and a message posted from it, which runs after that frame's style,
 * layout and paint), and one more frame without any update pending (the grid reads its scrolled
 * box on the frame after a resize, which may render once more; that render counts).
 */
import { Calendar, type EventInput } from '@fullcalendar/core';
import timeGridPlugin from '@fullcalendar/timegrid';
import '../src/components/agenda-timeline/agenda-timeline.define.js';
import type { AgendaTimelineElement } from '../src/components/agenda-timeline/agenda-timeline.js';
import type { FeedV1 } from '../src/data/model.js';
import { normalizeFeed } from '../src/data/normalize.js';

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

/** Every node of a subtree, shadow roots (and theirs) included. */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

function shadow(element: AgendaTimelineElement): ShadowRoot {
  return element.shadowRoot!;
}

let feedText = '';
let firstPaintStart = 0;
let feed: FeedV1 | undefined;
let timeline: AgendaTimelineElement | undefined;
let calendar: Calendar | undefined;
let calendarBox: HTMLElement | undefined;

const api = {
  /** Keeps a feed's JSON text for the runs that follow. */
  setFeed(text: string): void {
    feedText = text;
  },

  /** Parses the feed afresh (not timed): every run starts from its own object, so no cache of an earlier run helps. */
  parse(): void {
    feed = JSON.parse(feedText) as FeedV1;
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

  /** From the parsed feed given as `.feed` (so normalization counts) to the settled first paint of the first day's grid. */
  async timelineFirstPaint(): Promise<{ ms: number; sessions: number }> {
    const element = document.createElement('agenda-timeline');
    element.setAttribute('without-url-state', '');
    element.setAttribute('layout', 'grid');
    const start = performance.now();
    firstPaintStart = start;
    element.feed = feed;
    document.body.append(element);
    const end = await settled(element);
    timeline = element;
    const sessions = shadow(element).querySelectorAll('[part~="session"]').length;
    if (sessions === 0) throw new Error('The timeline painted no session.');
    return { ms: end - start, sessions };
  },

  /**
   * From the same start as the first paint to the frame on which the timeline has the whole model:
   * a big feed is painted from a preview of its first day, and the rest is built in idle slices.
   * (The feed controller is internal; the benchmark reads its `partial` flag for this figure only.)
   */
  async timelineWhole(): Promise<number> {
    const controller = (timeline as unknown as { data: { partial: boolean } }).data;
    while (controller.partial) await nextFrame();
    return performance.now() - firstPaintStart;
  },

  /** Every node of the timeline, its shadow tree included. */
  timelineNodes(): number {
    return countNodes(timeline!);
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
   * to the settled paint of its result.
   */
  async armSearch(): Promise<void> {
    const input = shadow(timeline!).querySelector<HTMLInputElement>('[part~="search"]')!;
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

  /** Clicks the next day's tab; the time until its grid has settled (`null` for a one-day feed). */
  async timelineDaySwitch(): Promise<number | null> {
    const tabs = shadow(timeline!).querySelectorAll<HTMLElement>('[part~="day-tab"]');
    if (tabs.length < 2) return null;
    const next = [...tabs].findIndex((tab) => tab.getAttribute('aria-selected') === 'true') + 1;
    const start = performance.now();
    tabs[next % tabs.length]!.click();
    return (await settled(timeline!)) - start;
  },

  /**
   * FullCalendar's timeGridDay on the timeline's first day, given every session of the feed as an
   * event (as a site would hand it the whole programme; start and end as ISO instants in UTC,
   * `timeZone: 'UTC'`, so no zone plugin is needed and every event sits where it belongs). The
   * events are prepared before the clock starts (with our normalizer); FullCalendar parses them,
   * picks the day's, lays them out and renders them inside the timing.
   */
  async fullCalendarFirstPaint(): Promise<{ ms: number; sessions: number }> {
    const { date, events, onDay } = calendarEvents(feed!);
    const box = document.createElement('div');
    box.style.height = '768px';
    document.body.append(box);
    const start = performance.now();
    const instance = new Calendar(box, {
      plugins: [timeGridPlugin],
      initialView: 'timeGridDay',
      initialDate: date,
      timeZone: 'UTC',
      headerToolbar: false,
      events,
    });
    instance.render();
    const end = await afterPaint();
    calendar = instance;
    calendarBox = box;
    const sessions = box.querySelectorAll('.fc-event').length;
    if (sessions !== onDay) throw new Error(`FullCalendar painted ${sessions} of the day's ${onDay} events.`);
    return { ms: end - start, sessions };
  },
};

/** The timeline's first day (the event-local date), every session of the feed as a FullCalendar event, and how many fall on that day. */
function calendarEvents(source: FeedV1): { date: string; events: EventInput[]; onDay: number } {
  const { days, sessions } = normalizeFeed(source).schedule;
  const day = days.find((candidate) => candidate.sessions.length > 0)!;
  const events = sessions.map((session) => ({
    id: session.id,
    title: session.title,
    start: new Date(session.startMs).toISOString(),
    end: new Date(session.endMs).toISOString(),
  }));
  return { date: day.date, events, onDay: day.sessions.length };
}

(window as unknown as { timelineBench: typeof api }).timelineBench = api;
