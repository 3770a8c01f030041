/**
 * Live regions say what a person cares about, once, and nothing else: a screen reader reads out
 * every change of text in a live region (`role="status"`, `alert`, `log`, `aria-live`, `<output>`).
 * Every tag is mounted on the sample and listened to through its shadow roots (a MutationObserver
 * notes each change; a region's new text, or a region put in the page with text, is what is heard)
 * while the clock moves in 30-second and one-minute steps across the event's first and last days,
 * while a person searches, filters, switches day, saves, removes and undoes, opens and closes a
 * dialog, and while a feed fails and comes back. A region may speak only at a transition (the event
 * or a session starting or ending), never because minutes counted down, and never twice.
 */
import { aTimeout, expect } from '@open-wc/testing';
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
import { readText } from '../../src/components/shared/harness.js';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import type { MyScheduleElement } from '../../src/components/my-schedule/my-schedule.js';
import { eventStatus, sessionStatus } from '../../src/data/status.js';
import { FeedStore } from '../../src/controllers/feed-store.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import { DURING_WS196, EVERY_TAG, KEPT_FEEDS, clearStoredKeys, mount, part, resetUrl, sampleAs } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** The sample under this file's own event id: what it saves stays apart from other files'. */
const EVENT_ID = 'live-chatter';
const schedule = sampleAs(EVENT_ID);

/** What a screen reader reads out of a live region. */
const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"]), output';

/** Something heard: the tag whose region said it, and what it said. */
interface Heard {
  readonly tag: string;
  readonly text: string;
}

/** Every open shadow root in and under `node`. */
function shadowRoots(node: Element | ShadowRoot, roots: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) shadowRoots(roots[roots.push(el.shadowRoot) - 1]!, roots);
  }
  return roots;
}

/**
 * Listens to the live regions of the page as a screen reader does: after each change a
 * MutationObserver notes, a region whose text changed says its new text, and a region put in the
 * page (or made live) says its text; a region emptied says nothing.
 */
class Listener {
  private readonly said = new WeakMap<Element, string>();
  private readonly observed = new WeakSet<ShadowRoot>();
  private readonly observer = new MutationObserver(() => this.read());
  private readonly heard: Heard[] = [];

  constructor() {
    this.read(false);
  }

  /** What was heard since the last call. */
  take(): Heard[] {
    this.observer.takeRecords();
    this.read();
    return this.heard.splice(0);
  }

  stop(): void {
    this.observer.disconnect();
  }

  private read(aloud = true): void {
    for (const root of shadowRoots(document.body)) {
      if (!this.observed.has(root)) {
        this.observed.add(root);
        this.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-live'] });
      }
      for (const region of root.querySelectorAll(LIVE)) {
        const text = readText(region);
        if (this.said.get(region) === text) continue;
        this.said.set(region, text);
        if (aloud && text) this.heard.push({ tag: (root.host as Element).localName, text });
      }
    }
  }
}

const at = (local: string) => Date.parse(`${local}:00+03:00`);
const MINUTE = 60_000;

/** Instants from `from` to `to` (venue times, "2014-09-02T08:55") every `step` ms. */
function steps(from: string, to: string, step: number): number[] {
  const out: number[] = [];
  for (let t = at(from); t <= at(to); t += step) out.push(t);
  return out;
}

/**
 * The stretches of the clock walked, each from a jump to its start: before the event and its first
 * sessions starting, WS196 starting (after a coffee break), WS196 and the morning ending into lunch,
 * a session starting in the lunch break, and the last sessions and the event ending, then after it.
 */
const WALKS: readonly number[][] = [
  steps('2014-09-02T08:50', '2014-09-02T09:05', MINUTE / 2),
  steps('2014-09-02T10:50', '2014-09-02T11:05', MINUTE / 2),
  steps('2014-09-02T12:20', '2014-09-02T12:40', MINUTE),
  steps('2014-09-02T13:10', '2014-09-02T13:20', MINUTE),
  steps('2014-09-05T17:50', '2014-09-05T18:10', MINUTE / 2),
];

/** The transitions a person cares about between two instants: the event's state, and sessions starting or ending. */
function transitions(from: number, to: number): string[] {
  const found: string[] = [];
  if (eventStatus(schedule, from) !== eventStatus(schedule, to)) found.push(`event ${eventStatus(schedule, to)}`);
  for (const session of schedule.sessions) {
    if (sessionStatus(session, from) !== sessionStatus(session, to)) found.push(`${session.id} ${sessionStatus(session, to)}`);
  }
  return found;
}

const TIMED = new Set(['agenda-timeline', 'session-card', 'now-next', 'event-status']);

/** Every tag on the sample, and the session's own page (the full card), their clocks at `now` where they have one. */
function mountEvery(now: number): Promise<HTMLElement[]> {
  return Promise.all(
    [...EVERY_TAG, ['session-card', { 'session-id': 'ws196', variant: 'full' }] as const].map(([tag, attributes]) => mount(tag, { locale: 'en-US', ...attributes }, { schedule, ...(TIMED.has(tag) ? { now } : {}) } as Partial<HTMLElement>)),
  );
}

const show = (heard: readonly Heard[]) => heard.map(({ tag, text }) => `${tag}: "${text}"`).join('; ');

describe('live regions as the clock moves', () => {
  it('speak only at a transition, once, and at each one the person cares about', async () => {
    const page = await mountEvery(at('2014-09-01T12:00'));
    const listener = new Listener();
    const problems: string[] = [];
    /** The steps at which each tag was heard, by the transitions there. */
    const spoke = new Map<string, Set<string>>();
    try {
      for (const walk of WALKS) {
        let before: number | undefined;
        for (const now of walk) {
          for (const el of page) if (TIMED.has(el.localName)) (el as HTMLElement & { now: number }).now = now;
          await Promise.all(page.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
          const heard = listener.take();
          const when = new Date(now).toISOString();
          // The jump to a walk's start crosses hours of the programme: only its repeats are looked at.
          const jump = before === undefined;
          const changed = jump ? ['jump'] : transitions(before!, now);
          before = now;
          if (changed.length === 0 && heard.length > 0) problems.push(`${when}, no transition, heard ${show(heard)}`);
          const texts = heard.map(({ text }) => text);
          if (new Set(texts).size < texts.length) problems.push(`${when}, heard twice: ${show(heard)}`);
          for (const { tag } of heard) {
            if (heard.filter((other) => other.tag === tag).length > 1) problems.push(`${when}, ${tag} spoke more than once: ${show(heard)}`);
            if (!jump) (spoke.get(tag) ?? spoke.set(tag, new Set()).get(tag)!).add(changed.join(', '));
          }
        }
      }
    } finally {
      listener.stop();
    }
    expect(problems).to.deep.equal([]);
    const said = (tag: string, transition: string) => [...(spoke.get(tag) ?? [])].some((changed) => changed.split(', ').includes(transition));
    // The event starting and ending; WS196, on the session's own page, going live and ending.
    expect(said('event-status', 'event live'), 'the event starting').to.be.true;
    expect(said('event-status', 'event ended'), 'the event ending').to.be.true;
    expect(said('now-next', 'ws196 live'), 'now-next: WS196 starting').to.be.true;
    expect(said('session-card', 'ws196 live'), 'the session page: WS196 starting').to.be.true;
    expect(said('session-card', 'ws196 ended'), 'the session page: WS196 ending').to.be.true;
  });
});

/** Longer than any wait for typing to pause: what a region says after it is heard by then. */
const SETTLED_MS = 1000;

/** The page a person acts on: a timeline and their schedule. */
interface Page {
  readonly timeline: AgendaTimelineElement;
  readonly mine: MyScheduleElement;
}

/** What a person does on a page, and what is heard of it: one saying (what it says), or none. */
interface ActionRow {
  readonly name: string;
  readonly act: (page: Page) => Promise<unknown>;
  /** What the one saying is, or null for none (focus moved, or the control focused says its own new state). */
  readonly heard: ((page: Page) => RegExp | string) | null;
}

const timelineOf = (page: Page) => new AgendaTimelineHarness(page.timeline);

const ACTIONS: readonly ActionRow[] = [
  {
    name: 'types "internet" in the search, a key at a time: the count once typing pauses',
    act: async (page) => {
      const input = timelineOf(page).searchInput();
      for (let i = 1; i <= 'internet'.length; i++) {
        input.value = 'internet'.slice(0, i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await aTimeout(100); // a key every tenth of a second, each rendered
      }
    },
    heard: (page) => timelineOf(page).count(),
  },
  { name: 'filters by a track: the count', act: (page) => timelineOf(page).filterTrack('Plenary'), heard: (page) => timelineOf(page).count() },
  { name: 'clears the filters: the count', act: (page) => timelineOf(page).clearFilters(), heard: (page) => timelineOf(page).count() },
  {
    name: 'saves and unsaves a session (focus stays on the toggle, which says its state): nothing more',
    act: async (page) => {
      for (let i = 0; i < 2; i++) {
        page.timeline.shadowRoot!.querySelector<HTMLElement>('[data-save-id]')!.click();
        await timelineOf(page).settle();
      }
    },
    heard: null,
  },
  { name: 'opens a session (focus in the dialog): nothing', act: (page) => timelineOf(page).openSession('Orientation'), heard: null },
  { name: 'closes it (focus back on the session): nothing', act: (page) => timelineOf(page).closeDialog(), heard: null },
  { name: 'switches day (focus on the day tab, which says it): the day\'s count', act: (page) => timelineOf(page).openDay('Wed'), heard: (page) => timelineOf(page).count() },
  { name: 'removes a saved session in my schedule: "Removed"', act: (page) => new MyScheduleHarness(page.mine).remove('Enhanced Cooperation'), heard: () => /^Removed/ },
  { name: 'undoes it (focus on the session back): nothing', act: async (page) => page.mine.shadowRoot!.querySelector<HTMLElement>('[part~="undo"]')!.click(), heard: null },
];

describe('live regions as a person acts', () => {
  const store = SavedStore.for(EVENT_ID);
  afterEach(() => {
    for (const { id } of store.entries) store.remove(id);
    resetUrl();
  });

  // In order, on one page: each action goes on from where the one before left it.
  it('say what an action changed, once, where focus does not say it', async () => {
    store.save([schedule.sessionsById.get('ws196')!]);
    const page = {
      timeline: await mount('agenda-timeline', { locale: 'en-US', 'without-url-state': '', style: 'inline-size: 960px' }, { schedule, now: DURING_WS196 }),
      mine: await mount('my-schedule', { locale: 'en-US' }, { schedule }),
    };
    await timelineOf(page).idle();
    await new MyScheduleHarness(page.mine).loaded();
    const listener = new Listener();
    const problems: string[] = [];
    try {
      for (const row of ACTIONS) {
        await row.act(page);
        await aTimeout(SETTLED_MS);
        const heard = listener.take();
        const expected = row.heard?.(page);
        const ok = expected === undefined ? heard.length === 0 : heard.length === 1 && (typeof expected === 'string' ? heard[0]!.text === expected : expected.test(heard[0]!.text));
        if (!ok) problems.push(`a person ${row.name}; heard ${show(heard) || 'nothing'}`);
      }
    } finally {
      listener.stop();
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('live regions as a feed fails and comes back', () => {
  const { retryDelaysMs } = FeedStore;
  before(() => (FeedStore.retryDelaysMs = [10, 20]));
  after(() => {
    FeedStore.retryDelaysMs = retryDelaysMs;
    clearStoredKeys(KEPT_FEEDS);
  });

  it('one alert for two elements of the feed, once; the return said once, by the first', async () => {
    // Three failed attempts (the first and its two retries), then the feed.
    const src = `/test-server/feed?key=live-chatter-${Date.now()}&fail=3&status=500`;
    const listener = new Listener();
    const [first, second] = [await mount('event-status', { locale: 'en-US', src }), await mount('session-card', { locale: 'en-US', src, 'session-id': 'talk' })];
    try {
      await waitUntil(() => part(first!, 'retry-button') && part(second!, 'retry-button'), 'both showing the failure');
      await aTimeout(100);
      const failed = listener.take();
      expect(failed.filter(({ text }) => text !== 'Loading the schedule…').map(({ tag }) => tag), show(failed)).to.deep.equal(['event-status']);
      part(second!, 'retry-button')!.click();
      await waitUntil(() => part(first!, 'label') && part(second!, 'title'), 'the feed back in both');
      await aTimeout(100);
      const back = listener.take();
      expect(new Set(back.map(({ text }) => text)).size, show(back)).to.equal(back.length);
      expect(back.every(({ tag }) => tag === 'event-status'), show(back)).to.be.true;
    } finally {
      listener.stop();
    }
  });
});

describe('live regions as a refresh drops a session', () => {
  after(() => clearStoredKeys(KEPT_FEEDS));

  it('one alert that the session is gone, from its page: its card, and the attendee count, speakers and avatars around it', async () => {
    const key = `live-chatter-dropped-${Date.now()}`;
    const src = `/test-server/feed?key=${key}&feed=program&etag=1`;
    const page = [
      await mount('session-card', { locale: 'en-US', src, 'session-id': 'dropped', variant: 'full', refresh: 0.2 }),
      await mount('attendee-count', { locale: 'en-US', src, 'session-id': 'dropped' }),
      await mount('speaker-list', { locale: 'en-US', src, 'session-id': 'dropped' }),
      await mount('speaker-avatar-group', { locale: 'en-US', src, 'session-id': 'dropped' }),
    ];
    await waitUntil(() => page.every((el) => !/Loading|not in the schedule/.test(readText(el.shadowRoot))), 'the session never showed');
    const listener = new Listener();
    try {
      await fetch(`/test-server/set?key=${key}&version=2`); // the feed drops the session
      await waitUntil(() => page.every((el) => part(el, 'state')), 'the session never went');
      await aTimeout(100);
      const heard = listener.take();
      expect(heard.map(({ text }) => text), show(heard)).to.deep.equal(['This session is not in the schedule.']);
    } finally {
      listener.stop();
    }
  });
});
