/**
 * What a removed component leaves behind, where a single-page app (React, Vue, a CMS preview)
 * mounts and unmounts the tags again and again (route changes, tab panels, lists re-rendered):
 * each tag in its main states is mounted, let settle, used a little and removed (also while its
 * feed still loads, and while a dialog is open); then nothing of ours may keep running (timers,
 * frames, idle callbacks, requests, observers, window and document listeners), nothing may retain
 * the element once garbage is collected, and an element put back (a tab panel shown again) works
 * as before. Feed requests and refresh timers of a feed whose last element left are
 * spa-lifecycle.test.ts's.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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
import { FeedStore } from '../../src/controllers/feed-store.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { DURING_WS196, KEPT_FEEDS, clearStoredKeys, resetUrl } from './fixtures.js';
import { waitUntil } from '../wait.js';

// ---- What our code starts, watched from before any component runs ----

Error.stackTraceLimit = 50;
/** A frame of the library's own code (not of a page object, which a test drives): its function and file. */
const OURS = /at (?:async )?(\S+ )?\(?\S*?\/(src\/(?!\S*harness\.ts)\S*?\.ts)\b/;
/** Where in the library something was started ("hostConnected (src/controllers/clock-controller.ts)"), or undefined when the library did not start it. */
function ourCaller(): string | undefined {
  const frame = new Error().stack?.match(OURS);
  return frame ? `${frame[1] ?? ''}(${frame[2]})` : undefined;
}

/** The component on stage: what our code starts meanwhile (or from a callback started then) is its. */
let stage: string | undefined;

/** A callback our code scheduled: by whom, when, whether it repeats, and when it ran. */
interface Job {
  readonly stage?: string;
  readonly where: string;
  readonly at: number;
  readonly repeats: boolean;
  done: boolean;
  readonly ran: number[];
}
const jobs = new Map<string, Job>();

/** While set, our intervals of 30 s or more (the components' clocks) tick every this many ms: a put-back element's clock is seen ticking. */
let fastClock: number | undefined;

/** `setTimeout`, `setInterval`, `requestAnimationFrame`, `requestIdleCallback`, and the functions that cancel them, as this file calls them. */
type Scheduling = (callback: unknown, ...rest: unknown[]) => number;
type Cancelling = (id?: number) => void;

/** `original`, noting each callback that our code schedules with it (a job of the stage on now) and when that callback runs. */
function scheduler(kind: string, original: Scheduling, repeats: boolean): Scheduling {
  return (callback, ...rest) => {
    const where = typeof callback === 'function' ? ourCaller() : undefined;
    if (!where) return original(callback, ...rest);
    const job: Job = { stage, where, at: performance.now(), repeats, done: false, ran: [] };
    if (repeats && fastClock && Number(rest[0]) >= 30_000) rest[0] = fastClock;
    const id = original((...args: unknown[]) => {
      job.ran.push(performance.now());
      job.done = !repeats;
      const outer = stage;
      stage = job.stage;
      try {
        return (callback as (...args: unknown[]) => unknown)(...args);
      } finally {
        stage = outer;
      }
    }, ...rest);
    jobs.set(`${kind}${id}`, job);
    return id;
  };
}
function canceller(kind: string, original: Cancelling): Cancelling {
  return (id) => {
    const job = jobs.get(`${kind}${id}`);
    if (job) job.done = true;
    original(id);
  };
}
const globals = window as unknown as Record<string, Scheduling & Cancelling>;
for (const [schedule, cancel, kind, repeats] of [
  ['setTimeout', 'clearTimeout', 'timer', false],
  ['setInterval', 'clearInterval', 'timer', true],
  ['requestAnimationFrame', 'cancelAnimationFrame', 'frame', false],
  ['requestIdleCallback', 'cancelIdleCallback', 'idle', false],
] as const) {
  globals[schedule] = scheduler(kind, globals[schedule]!.bind(window), repeats) as Scheduling & Cancelling;
  globals[cancel] = canceller(kind, globals[cancel]!.bind(window)) as Scheduling & Cancelling;
}

/** Our requests: their URL, when they started, and whether they are still open (neither settled nor aborted). */
const requests: { url: string; at: number; open: () => boolean }[] = [];
const originalFetch = window.fetch;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const response = originalFetch(input, init);
  if (ourCaller()) {
    // Noted, not kept: an aborted signal's reason holds the stack of its abort, and so what the code there held.
    let open = !init?.signal?.aborted;
    init?.signal?.addEventListener('abort', () => (open = false));
    void response.finally(() => (open = false)).catch(() => undefined);
    requests.push({ url: new URL(String(input), location.href).href, at: performance.now(), open: () => open });
  }
  return response;
};

/** Our observers and what each observes (held weakly: the record must retain nothing). */
interface Watch {
  readonly stage?: string;
  readonly where: string;
  readonly targets: Set<WeakRef<Node>>;
}
const watches: Watch[] = [];
/** What this file calls of an observer. */
interface Observing {
  observe(target: Node, options?: unknown): void;
  unobserve?(target: Node): void;
  disconnect(): void;
}
/** The observer class `Original`, noting what each observer our code makes observes. */
function watching<T>(Original: T): T {
  const Base = Original as unknown as new (callback: unknown, options?: unknown) => Observing;
  return class extends Base {
    private readonly watch?: Watch;
    constructor(callback: unknown, options?: unknown) {
      super(callback, options);
      const where = ourCaller();
      if (where) watches.push((this.watch = { stage, where, targets: new Set() }));
    }
    override observe(target: Node, options?: unknown): void {
      this.watch?.targets.add(new WeakRef(target));
      super.observe(target, options);
    }
    override unobserve(target: Node): void {
      for (const ref of this.watch?.targets ?? []) if (ref.deref() === target) this.watch!.targets.delete(ref);
      super.unobserve?.(target);
    }
    override disconnect(): void {
      this.watch?.targets.clear();
      super.disconnect();
    }
  } as unknown as T;
}
window.ResizeObserver = watching(ResizeObserver);
window.IntersectionObserver = watching(IntersectionObserver);
window.MutationObserver = watching(MutationObserver);

/** Listeners our code added to the window and the document and has not removed (held weakly). */
interface Listening {
  readonly stage?: string;
  readonly where: string;
  readonly on: string;
  readonly type: string;
  readonly capture: boolean;
  readonly listener: WeakRef<object>;
}
const listening = new Set<Listening>();
const captures = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
for (const [on, target] of [
  ['window', window],
  ['document', document],
] as const) {
  const { addEventListener: add, removeEventListener: remove } = target;
  target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const where = listener ? ourCaller() : undefined;
    if (where && !(typeof options === 'object' && (options.once || options.signal))) {
      listening.add({ stage, where, on, type, capture: captures(options), listener: new WeakRef(listener!) });
    }
    add.call(target, type, listener as EventListenerOrEventListenerObject, options);
  };
  target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    for (const entry of listening) {
      if (entry.on === on && entry.type === type && entry.capture === captures(options) && entry.listener.deref() === listener) listening.delete(entry);
    }
    remove.call(target, type, listener as EventListenerOrEventListenerObject, options);
  };
}
/**
 * Listeners that live as long as the page, as the code documents: the feed store's `online`
 * (feed-store.ts, watchConnection) and the saved stores' `storage` and their word from another copy of the library (saved-store.ts).
 */
const PAGE_LIFETIME = new Set(['online', 'storage', 'schedule-elements:saved-written']);

/** Our real clock, moved by `shift` ms: a live event on a page opened today. */
const realNow = Date.now;
let shift = 0;
Date.now = () => realNow.call(Date) + shift;

// ---- The states each tag is mounted in ----

const EVENT_ID = `leaks-${Date.now()}`;
const feed = { ...sampleFeed, event: { ...sampleFeed.event, id: EVENT_ID } };
const schedule = normalizeFeed(feed).schedule;
const INLINE = 'leaks-inline-feed';

let run = 0;
/** A feed URL of the test server (test/server/feed-test-server.mjs) with a key of its own. */
const served = (query: Record<string, string | number> = {}): string =>
  `/test-server/feed?${new URLSearchParams({ ...query, key: `leaks-${Date.now()}-${run++}` } as Record<string, string>)}`;

const shown = (el: Element): string => readText(el.shadowRoot);
const inRoot = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));
async function settle(el: HTMLElement): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
  await frame();
}
/** Waits until `el` shows `text`, loaded. */
const showing = (el: Element, text: string): Promise<void> => waitUntil(() => shown(el).includes(text) && !shown(el).includes('Loading'), `"${text}" shown`);
/** Clicks what `find` gives once it is there. */
async function press(find: () => HTMLElement | null | undefined, what: string): Promise<void> {
  await waitUntil(find, what);
  find()!.click();
}
const openDialog = (el: Element): Promise<void> => waitUntil(() => el.shadowRoot!.querySelector('dialog[open] :is(session-card, speaker-card)'), 'the dialog open with its card');

interface Row {
  readonly name: string;
  readonly tag: keyof HTMLElementTagNameMap;
  readonly attributes: Record<string, string>;
  /** The event is live by the real clock while it is on the page (11:30 on 2 September 2014, during WS196). */
  readonly live?: boolean;
  /** Removed while its feed is still loading (the main state is never reached). */
  readonly early?: boolean;
  /** Waits for the main state: the text `ready` shown. */
  readonly ready: string;
  /** A person's use of it, after which it is removed. */
  readonly use?: (el: HTMLElement) => Promise<void>;
}

const ROWS: Row[] = [
  { name: 'a session card of an inline feed, on the real clock', tag: 'session-card', attributes: { src: `#${INLINE}`, 'session-id': 'ws196' }, ready: 'WS196' },
  { name: 'a session card of a URL feed, refresh on', tag: 'session-card', attributes: { src: served(), 'session-id': 'talk', refresh: '1' }, ready: 'A talk' },
  {
    name: 'a session card whose feed failed, Retry pressed',
    tag: 'session-card',
    attributes: { src: served({ status: 500 }), 'session-id': 'talk', refresh: '1' },
    ready: 'Retry',
    async use(el) {
      await press(() => inRoot(el, '[part~="retry-button"]'), 'Retry');
      await showing(el, 'Retry');
    },
  },
  { name: 'a session card removed while its feed loads', tag: 'session-card', attributes: { src: served({ delay: 3000 }), 'session-id': 'talk' }, early: true, ready: '' },
  {
    name: 'a compact session card on a fixed now, its dialog open',
    tag: 'session-card',
    attributes: { src: `#${INLINE}`, 'session-id': 'ws196', now: new Date(DURING_WS196).toISOString() },
    ready: 'Live now',
    async use(el) {
      await press(() => inRoot(el, '.title-action'), 'the title');
      await openDialog(el);
    },
  },
  {
    name: 'a full session card, saved',
    tag: 'session-card',
    attributes: { src: `#${INLINE}`, 'session-id': 'ws204', variant: 'full' },
    ready: 'WS204',
    async use(el) {
      await press(() => inRoot(el, '.save'), 'Save');
      await waitUntil(() => inRoot(el, '.save')?.getAttribute('aria-pressed') === 'true', 'saved');
    },
  },
  { name: 'a timeline in grid on a fixed now', tag: 'agenda-timeline', attributes: { src: `#${INLINE}`, layout: 'grid', now: new Date(DURING_WS196).toISOString() }, ready: 'WS196' },
  {
    name: 'a timeline in list, live, a search typed and a session’s dialog open',
    tag: 'agenda-timeline',
    attributes: { src: `#${INLINE}`, layout: 'list' },
    live: true,
    ready: 'WS196',
    async use(el) {
      const search = inRoot(el, '[part~="search"]') as HTMLInputElement;
      search.value = 'governance';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      await press(() => inRoot(el, '[data-session-id]'), 'a session');
      await openDialog(el);
    },
  },
  { name: 'a timeline of a URL feed, refresh on', tag: 'agenda-timeline', attributes: { src: served({ feed: 'program' }), refresh: '1' }, ready: 'Opening of the summit' },
  { name: 'a timeline removed while its feed loads', tag: 'agenda-timeline', attributes: { src: served({ feed: 'program', delay: 3000 }) }, early: true, ready: '' },
  { name: 'my schedule with saved sessions', tag: 'my-schedule', attributes: { src: `#${INLINE}` }, ready: '3 saved sessions' },
  {
    name: 'a speaker list, a person’s dialog open, “Read more” expanded',
    tag: 'speaker-list',
    attributes: { src: `#${INLINE}`, style: '--schedule-clamped-text-lines: 1' },
    ready: '59 speakers',
    async use(el) {
      const card = () => [...el.shadowRoot!.querySelectorAll('speaker-card')].find((candidate) => shown(candidate).includes('Peter Major'));
      await press(() => card()?.shadowRoot?.querySelector<HTMLElement>('.link-button'), 'Peter Major');
      await openDialog(el);
      const toggle = () => el.shadowRoot!.querySelector('dialog speaker-card')?.shadowRoot?.querySelector('clamped-text')?.shadowRoot?.querySelector<HTMLElement>('[part~="toggle"]');
      await press(toggle, 'Read more');
      await waitUntil(() => toggle()?.getAttribute('aria-expanded') === 'true', 'expanded');
    },
  },
  {
    name: 'a speaker card, a session’s dialog open',
    tag: 'speaker-card',
    attributes: { src: `#${INLINE}`, 'person-id': 'peter-major' },
    ready: 'Peter Major',
    async use(el) {
      await press(() => inRoot(el, '[part~="session-title"]'), 'a session title');
      await openDialog(el);
    },
  },
  { name: 'a speaker avatar', tag: 'speaker-avatar', attributes: { src: `#${INLINE}`, 'person-id': 'peter-major', 'with-name': '' }, ready: 'Peter Major' },
  { name: 'a speaker avatar group', tag: 'speaker-avatar-group', attributes: { src: `#${INLINE}`, 'session-id': 'ws196' }, ready: '' },
  { name: 'an attendee count', tag: 'attendee-count', attributes: { src: `#${INLINE}`, 'session-id': 'ws196' }, ready: '' },
  { name: 'now and next, live', tag: 'now-next', attributes: { src: `#${INLINE}` }, live: true, ready: 'WS196' },
  { name: 'the event status, live', tag: 'event-status', attributes: { src: `#${INLINE}` }, live: true, ready: 'is on now' },
  { name: 'the event status on a fixed now, refresh on', tag: 'event-status', attributes: { src: served(), refresh: '1', now: new Date(DURING_WS196).toISOString() }, ready: 'Test Summit' },
];

function make(row: Row): HTMLElement {
  const el = document.createElement(row.tag);
  for (const [name, value] of Object.entries({ locale: 'en-US', ...row.attributes })) el.setAttribute(name, value);
  return el;
}

/** Mounts `row`'s element in the page, waits for its main state and uses it. */
async function mount(el: HTMLElement, row: Row): Promise<void> {
  shift = row.live ? DURING_WS196 - realNow.call(Date) : 0;
  document.body.append(el);
  if (row.early) return aTimeout(200);
  await showing(el, row.ready);
  await settle(el);
  await row.use?.(el);
}

let inline: HTMLScriptElement;
const SAVED = /^schedule-elements:saved:leaks-/;
before(() => {
  inline = Object.assign(document.createElement('script'), { type: 'application/json', id: INLINE, textContent: JSON.stringify(feed) });
  document.body.append(inline);
  SavedStore.for(EVENT_ID).save([schedule.sessionsById.get('ws196')!, schedule.sessionsById.get('ws120')!]);
});
after(() => {
  inline.remove();
  shift = 0;
  resetUrl();
  clearStoredKeys(SAVED);
  clearStoredKeys(KEPT_FEEDS);
});
const { retryDelaysMs } = FeedStore;
before(() => (FeedStore.retryDelaysMs = [10, 20]));
after(() => (FeedStore.retryDelaysMs = retryDelaysMs));

/** How many objects with the prototype of `tag`'s class the page keeps alive, once garbage is collected. */
async function liveObjects(tag: string): Promise<number> {
  document.body.getBoundingClientRect(); // the page's style brought up to date: until then Chromium's style engine holds the shadow roots just removed
  (window as unknown as { __proto: object }).__proto = customElements.get(tag)!.prototype;
  return executeServerCommand<number, { name: string }>('live-objects', { name: '__proto' });
}

/** How long after the last removal what is left running is watched. */
const QUIET_MS = 2500;
/** How many of each tag are mounted and removed at once before the live ones are counted. */
const COPIES = 20;

/** When each stage (a row, or a tag's copies) had its element removed, its feed URL, and what failed in mounting or using it. */
interface Removal {
  at: number;
  readonly src: string;
  error?: unknown;
}
const removals = new Map<string, Removal>();

/** What our code of `name`'s stage left running, or started, after its removal. */
function leftRunning(name: string): void {
  const { at, src, error } = removals.get(name)!;
  if (error) throw error;
  const ours = [...jobs.values()].filter((job) => job.stage === name);
  expect(
    ours.filter((job) => job.repeats && (!job.done || job.ran.some((time) => time > at))).map((job) => `an interval of ${job.where}`),
    'intervals still running after removal',
  ).to.deep.equal([]);
  expect(
    ours.filter((job) => !job.repeats && job.at >= at && job.ran.length > 0).map((job) => `a callback of ${job.where}`),
    'callbacks scheduled after removal, and run',
  ).to.deep.equal([]);
  expect(
    requests.filter((request) => request.url === src && (request.at > at || request.open())).map((request) => request.url),
    'requests started after removal, or still open',
  ).to.deep.equal([]);
  const observed = watches
    .filter((watch) => watch.stage === name)
    .flatMap((watch) => [...watch.targets].map((ref) => ref.deref()).filter((node) => node && !node.isConnected).map((node) => `${watch.where} observes a removed <${node!.nodeName.toLowerCase()}>`));
  expect(observed, 'observers still watching removed nodes').to.deep.equal([]);
  const listeners = [...listening].filter((entry) => entry.stage === name && !PAGE_LIFETIME.has(entry.type) && entry.listener.deref());
  expect(
    listeners.map((entry) => `${entry.on} "${entry.type}" of ${entry.where}`),
    'window and document listeners left',
  ).to.deep.equal([]);
}

/** Runs `steps` as the stage `name` (what our code starts meanwhile is its), noting when `steps` removed its elements (it calls `removed`). */
async function onStage(name: string, src: string | undefined, steps: (removed: () => void) => Promise<void>): Promise<void> {
  const removal: Removal = { at: Infinity, src: new URL(src ?? '#', location.href).href };
  removals.set(name, removal);
  stage = name;
  try {
    await steps(() => (removal.at = performance.now()));
  } catch (error) {
    removal.error = error;
  } finally {
    stage = undefined;
    resetUrl(); // a timeline's dialog left open is in the URL, which the next one would open
  }
}

const TAGS = [...new Set(ROWS.map((row) => row.tag))];
const copiesOf = (tag: string): string => `${COPIES} <${tag}> at once`;

describe('a component removed from the page', () => {
  before(async function () {
    this.timeout(60_000);
    for (const row of ROWS) {
      const el = make(row);
      await onStage(row.name, row.attributes['src'], (removed) =>
        mount(el, row).finally(() => {
          removed();
          el.remove();
        }),
      );
    }
    // Many of a tag in its first state, all at once: a list of cards re-rendered, a tab panel of avatars.
    for (const tag of TAGS) {
      const row = ROWS.find((candidate) => candidate.tag === tag && !candidate.early)!;
      shift = row.live ? DURING_WS196 - realNow.call(Date) : 0;
      const els = Array.from({ length: COPIES }, () => make(row));
      await onStage(copiesOf(tag), row.attributes['src'], async (removed) => {
        document.body.append(...els);
        await Promise.all(els.map((el) => showing(el, row.ready))).finally(() => {
          removed();
          for (const el of els.splice(0)) el.remove();
        });
      });
    }
    await aTimeout(QUIET_MS);
  });

  for (const row of ROWS) it(`leaves nothing running: ${row.name}`, () => leftRunning(row.name));

  for (const tag of TAGS) {
    it(`leaves nothing running, and nothing retains them: ${copiesOf(tag)}, and one in each state above`, async () => {
      leftRunning(copiesOf(tag));
      expect(await liveObjects(tag), `<${tag}> elements alive`).to.equal(0);
    });
  }
});

describe('a component put back in the page (a tab panel shown again)', () => {
  const row = (name: string): Row => ROWS.find((candidate) => candidate.name.startsWith(name))!;
  const made: HTMLElement[] = [];
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
    fastClock = undefined;
    shift = 0;
    resetUrl();
  });
  /** `row`'s element mounted and used, removed, and put back. */
  async function putBack(of: Row): Promise<HTMLElement> {
    const el = make(of);
    made.push(el);
    await mount(el, of);
    el.remove();
    await aTimeout(50);
    document.body.append(el);
    await showing(el, of.ready);
    return el;
  }

  it('saves: a full session card’s Save', async () => {
    const el = await putBack(row('a session card of an inline feed'));
    el.setAttribute('variant', 'full');
    await waitUntil(() => inRoot(el, '.save'), 'Save');
    const saved = inRoot(el, '.save')!.getAttribute('aria-pressed');
    for (const pressed of [saved === 'true' ? 'false' : 'true', saved]) {
      inRoot(el, '.save')!.click();
      await waitUntil(() => inRoot(el, '.save')?.getAttribute('aria-pressed') === pressed, `Save pressed: ${pressed}`);
    }
  });

  it('follows the clock: the event status says the event ended once it has', async () => {
    fastClock = 100;
    const el = await putBack(row('the event status, live'));
    shift += 7 * 24 * 3600_000; // a week later
    await waitUntil(() => !shown(el).includes('is on now'), 'the status still says the event is on', { timeout: 3000 });
  });

  it('shows its dialog again, modal: a timeline’s session', async () => {
    const el = await putBack(row('a timeline in list'));
    await waitUntil(() => el.shadowRoot!.querySelector('dialog:modal session-card'), 'the dialog, modal');
  });

  it('opens what a name leads to: a speaker list’s person', async () => {
    const el = await putBack(row('a speaker list'));
    await waitUntil(() => el.shadowRoot!.querySelector('dialog:modal speaker-card'), 'the dialog, modal');
    el.shadowRoot!.querySelector<HTMLElement>('dialog [data-close]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'), 'the dialog closed');
  });
});
