import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
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
import { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import type { ScheduleElement } from '../../src/components/shared/schedule-element.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { type Attributes, DURING_WS196, SAMPLE_URL, clearStoredKeys, mount, resetUrl, sample, sampleAs, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

/**
 * An attribute or property changed on a live element (as React, Vue or Angular change them): the
 * element that rendered with A and was then given B (or had A removed) shows exactly what a fresh
 * element given B shows — the same text, roles, names, languages and state attributes, down into
 * the components it renders — and one taken from A to a value that names nothing (an unknown
 * session, zone, locale) and back to A shows A again.
 */

/** What changes: attributes (`undefined` removes one) and properties. */
interface Change {
  readonly attrs?: Attributes;
  readonly props?: Record<string, unknown>;
}

type Tag = keyof HTMLElementTagNameMap;

/** Another event: the Test Summit's one session, "talk". */
const talk = normalizeFeed(talkFeed()).schedule;
/** The Test Summit in 2030: upcoming while the sample is live. */
const futureTalk = normalizeFeed(talkFeed({ start: '2030-09-02T11:00:00+03:00' }, { name: 'Future Summit' })).schedule;
/** A feed URL of the test server (the Test Summit, its session titled "Another talk"). */
const OTHER_URL = '/test-server/feed?key=attribute-changes&title=Another%20talk';
const LATER = Date.parse('2014-09-04T16:00:00+03:00');
const LATER_THAT_DAY = Date.parse('2014-09-02T16:45:00+03:00');
/** The sample under an event id of this file's, with two sessions saved (for `<my-schedule>`). */
const saving = sampleAs('attribute-changes');
const SAVED_KEYS = /^schedule-elements:saved:attribute-changes$/;

function apply(el: Element, { attrs = {}, props = {} }: Change): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) el.removeAttribute(name);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  Object.assign(el, props);
}

/** Every element in `node`'s tree, into the shadow roots of the elements in it. */
function* deep(node: Node): Generator<Element> {
  for (const child of (node as ParentNode).children ?? []) {
    yield child;
    if (child.shadowRoot) yield* deep(child.shadowRoot);
    yield* deep(child);
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the element's feed has loaded or failed, and it and every component in it have rendered. */
async function settle(el: Element): Promise<void> {
  // The update that a change makes first: a new src starts loading in it, and until then the old feed is still "ready".
  await (el as ReactiveElement).updateComplete;
  await waitUntil(() => (el as ScheduleElement).data?.status !== 'loading', 'the feed');
  // Two frames at least (what a ResizeObserver says renders after one), more while a component has an update to do.
  const components = () => [el, ...deep(el.shadowRoot!)].filter((e): e is ReactiveElement => 'updateComplete' in e);
  for (let i = 0; i < 2 || (i < 6 && components().some((e) => e.isUpdatePending)); i++) {
    await Promise.all(components().map((e) => e.updateComplete));
    await nextFrame();
  }
  // The timeline builds the cells of its day while the page is idle.
  if (el instanceof AgendaTimelineElement) await new AgendaTimelineHarness(el).idle();
}

/**
 * Attributes of a component that are what it was given, not what it shows: reflected (`variant`,
 * `size`, `layout`) they are gone once removed and the default where never set, which the styles
 * take alike; what they make of it is in the shadow tree, which is compared.
 */
const INPUTS = ['variant', 'size', 'layout', 'heading-level'];

/** What the element shows, as a person and assistive technology get it: its state attributes, then each element of its shadow tree with its attributes (roles, names, languages, links) and each text as read. */
function shown(el: Element): string {
  const attributes = (e: Element) =>
    [...e.attributes]
      .filter((a) => !(e.localName.includes('-') && INPUTS.includes(a.name)))
      // An object URL (a calendar file's) is new each render.
      .map((a) => ` ${a.name}="${a.value.replace(/^blob:.*/, 'blob:')}"`)
      .sort()
      .join('');
  const out = [`<${el.localName}${attributes(el)}>`];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = readText(child);
        if (text) out.push(text);
      } else if (child instanceof Element && child.localName !== 'style') {
        out.push(`<${child.localName}${attributes(child)}>`);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(el.shadowRoot!);
  return out.join('\n');
}

/** Fails with the first lines where `actual` and `expected` differ, and a few around them, rather than two whole trees. */
function expectSame(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  const [a, e] = [actual.split('\n'), expected.split('\n')];
  let i = 0;
  while (a[i] === e[i]) i++;
  const around = (lines: string[]) => lines.slice(Math.max(0, i - 2), i + 4).map((line) => `  ${line.slice(0, 300)}`).join('\n');
  throw new Error(`${what}: differs at line ${i + 1} of ${a.length} (${e.length} expected):\n${around(a)}\nexpected:\n${around(e)}`);
}

async function fresh(tag: Tag, base: Change, ...changes: Change[]): Promise<Element> {
  const attrs: Attributes = { ...base.attrs };
  const props: Record<string, unknown> = { ...base.props };
  for (const change of changes) Object.assign(attrs, change.attrs), Object.assign(props, change.props);
  const el = await mount(tag, attrs, props as never);
  await settle(el);
  return el;
}

interface Row {
  readonly tag: Tag;
  /** What every element of the row has. */
  readonly base: Change;
  readonly from: Change;
  readonly to: Change;
  /** Also goes back from `to` to `from` (`to` names nothing). */
  readonly back?: boolean;
}

const onSample = (attrs: Attributes = {}): Change => ({ attrs: { locale: 'en-US', ...attrs }, props: { schedule: sample } });
const a = (attrs: Attributes): Change => ({ attrs });
const p = (props: Record<string, unknown>): Change => ({ props });

/** The rows: each component's public attributes and properties, changed and removed. */
const rows: Row[] = [
  // <session-card>
  ...[
    { from: a({ 'session-id': 'ws196' }), to: a({ 'session-id': 'ws224' }) },
    { from: a({ 'session-id': 'ws196' }), to: a({ 'session-id': 'nope' }), back: true },
    { from: a({ 'session-id': 'ws196' }), to: a({ 'session-id': undefined }), back: true },
    { from: a({ 'session-id': 'ws196', variant: 'full' }), to: a({ 'session-id': 'ws224' }) },
    { from: a({ 'session-id': 'ws196', locale: 'fr' }), to: a({ locale: 'es' }) },
    { from: a({ 'session-id': 'ws196', variant: 'full', locale: 'fr' }), to: a({ locale: 'es' }) },
    { from: a({ 'session-id': 'ws196', locale: 'fr' }), to: a({ locale: undefined }) },
    { from: a({ 'session-id': 'ws196', locale: 'fr' }), to: a({ locale: 'zz-not-a-locale!' }), back: true },
    { from: a({ 'session-id': 'ws196', locale: undefined, lang: 'fr' }), to: a({ lang: 'es' }) },
    { from: a({ 'session-id': 'ws196', locale: undefined, lang: 'fr' }), to: a({ lang: undefined }) },
    { from: a({ 'session-id': 'ws196', 'time-zone': 'America/New_York' }), to: a({ 'time-zone': 'Asia/Tokyo' }) },
    { from: a({ 'session-id': 'ws196', variant: 'full', 'time-zone': 'America/New_York' }), to: a({ 'time-zone': undefined }) },
    { from: a({ 'session-id': 'ws196', variant: 'full', 'time-zone': 'America/New_York' }), to: a({ 'time-zone': 'Mars/Base' }), back: true },
    { from: a({ 'session-id': 'ws196', variant: 'full' }), to: a({ variant: undefined }) },
    { from: a({ 'session-id': 'ws196' }), to: a({ variant: 'full' }) },
    { from: a({ 'session-id': 'ws196', 'heading-level': 2 }), to: a({ 'heading-level': undefined }) },
    { from: a({ 'session-id': 'ws196', 'session-href': '/s/{id}' }), to: a({ 'session-href': undefined }) },
    { from: a({ 'session-id': 'ws196', href: '/here' }), to: a({ href: undefined, 'session-href': '/t/{id}' }) },
    { from: a({ 'session-id': 'ws196', variant: 'full', 'person-href': '/p/{id}' }), to: a({ 'person-href': undefined }) },
    { from: { attrs: { 'session-id': 'ws196' }, props: { now: DURING_WS196 } }, to: p({ now: LATER }) },
    { from: a({ 'session-id': 'ws196', variant: 'full' }), to: p({ schedule: talk }), back: true },
    { from: p({ session: sample.sessionsById.get('ws196') }), to: p({ session: undefined }) },
  ].map((row) => ({ tag: 'session-card' as const, base: onSample(), ...row })),
  // <speaker-card>
  ...[
    { from: a({ 'person-id': 'qusai-alshatti' }), to: a({ 'person-id': 'peter-major' }) },
    { from: a({ 'person-id': 'qusai-alshatti' }), to: a({ 'person-id': 'nobody' }), back: true },
    { from: a({ 'person-id': 'qusai-alshatti' }), to: a({ 'person-id': undefined }), back: true },
    { from: a({ 'person-id': 'qusai-alshatti' }), to: a({ compact: true }) },
    { from: a({ 'person-id': 'qusai-alshatti', compact: true }), to: a({ compact: undefined }) },
    { from: a({ 'person-id': 'qusai-alshatti', locale: 'ru' }), to: a({ locale: 'ar' }) },
    { from: a({ 'person-id': 'qusai-alshatti', locale: undefined, lang: 'zh' }), to: a({ lang: undefined }) },
    { from: a({ 'person-id': 'qusai-alshatti', 'time-zone': 'Asia/Tokyo' }), to: a({ 'time-zone': undefined }) },
    { from: a({ 'person-id': 'qusai-alshatti', 'time-zone': 'Asia/Tokyo' }), to: a({ 'time-zone': 'Nowhere/Land' }), back: true },
    { from: a({ 'person-id': 'qusai-alshatti', 'heading-level': 2 }), to: a({ 'heading-level': undefined }) },
    { from: a({ 'person-id': 'qusai-alshatti', 'session-href': '/s/{id}' }), to: a({ 'session-href': undefined }) },
    { from: a({ 'person-id': 'qusai-alshatti', compact: true, 'person-href': '/p/{id}' }), to: a({ 'person-href': undefined }) },
  ].map((row) => ({ tag: 'speaker-card' as const, base: onSample(), ...row })),
  // <speaker-avatar>
  ...[
    { from: a({ 'person-id': 'peter-major' }), to: a({ 'person-id': 'qusai-alshatti' }) },
    { from: a({ 'person-id': 'peter-major', 'with-name': true }), to: a({ 'person-id': 'nobody' }), back: true },
    { from: a({ 'person-id': 'peter-major', 'with-name': true }), to: a({ 'person-id': undefined }), back: true },
    { from: a({ 'person-id': 'peter-major', 'with-name': true, 'with-title': true }), to: a({ 'with-name': undefined }) },
    { from: a({ 'person-id': 'peter-major', 'with-name': true, 'person-href': '/p/{id}' }), to: a({ 'person-href': undefined }) },
    { from: a({ 'person-id': 'peter-major', selectable: true }), to: a({ selectable: undefined }) },
    { from: a({ 'person-id': 'qusai-alshatti', 'with-title': true, locale: 'fr' }), to: a({ locale: undefined }) },
  ].map((row) => ({ tag: 'speaker-avatar' as const, base: onSample(), ...row })),
  // <speaker-avatar-group>
  ...[
    { from: a({ 'session-id': 'ws115' }), to: a({ 'session-id': 'ws196' }) },
    { from: a({ 'session-id': 'ws115' }), to: a({ 'session-id': 'nope' }), back: true },
    { from: a({ 'session-id': 'ws115', max: 2 }), to: a({ max: undefined }) },
    { from: a({ 'session-id': 'ws115', locale: 'ar' }), to: a({ locale: 'fr' }) },
  ].map((row) => ({ tag: 'speaker-avatar-group' as const, base: onSample(), ...row })),
  // <attendee-count>
  ...[
    { from: a({ 'session-id': 'ws196' }), to: a({ 'session-id': 'ws224' }) },
    { from: a({ 'session-id': 'ws196' }), to: a({ 'session-id': 'nope' }), back: true },
    { from: a({ 'session-id': 'ws196', compact: true }), to: a({ compact: undefined }) },
    { from: a({ 'session-id': 'ws196', 'heading-level': 5 }), to: a({ 'heading-level': undefined }) },
    { from: a({ 'session-id': 'ws196', locale: 'ru' }), to: a({ locale: undefined }) },
  ].map((row) => ({ tag: 'attendee-count' as const, base: onSample(), ...row })),
  // <event-status>
  ...[
    { from: p({ now: DURING_WS196 }), to: a({ limit: 1 }) },
    { from: { attrs: { limit: 1 }, props: { now: DURING_WS196 } }, to: a({ limit: undefined }) },
    { from: { attrs: { locale: 'zh' }, props: { now: DURING_WS196 } }, to: a({ locale: 'en-US' }) },
    { from: { attrs: { 'time-zone': 'Asia/Tokyo' }, props: { now: DURING_WS196 } }, to: a({ 'time-zone': undefined }) },
    { from: { attrs: { 'time-zone': 'Asia/Tokyo' }, props: { now: DURING_WS196 } }, to: a({ 'time-zone': 'Bad/Zone' }), back: true },
    { from: p({ now: DURING_WS196 }), to: p({ schedule: talk }), back: true },
    { from: p({ now: DURING_WS196 }), to: p({ schedule: futureTalk }), back: true },
  ].map((row) => ({ tag: 'event-status' as const, base: onSample(), ...row })),
  // <now-next>
  ...[
    { from: { attrs: { 'room-id': 'room-03' }, props: { now: DURING_WS196 } }, to: a({ 'room-id': 'room-01' }) },
    { from: { attrs: { 'room-id': 'room-03' }, props: { now: DURING_WS196 } }, to: a({ 'room-id': 'no-room' }), back: true },
    { from: { attrs: { 'room-id': 'room-03' }, props: { now: DURING_WS196 } }, to: a({ 'room-id': undefined }) },
    { from: { attrs: { 'time-zone': 'Asia/Tokyo' }, props: { now: DURING_WS196 } }, to: a({ 'time-zone': undefined }) },
    { from: { attrs: { 'time-zone': 'Asia/Tokyo' }, props: { now: DURING_WS196 } }, to: a({ 'time-zone': 'Bad/Zone' }), back: true },
    { from: { attrs: { 'heading-level': 3 }, props: { now: DURING_WS196 } }, to: a({ 'heading-level': undefined }) },
    { from: { attrs: { locale: 'es' }, props: { now: DURING_WS196 } }, to: a({ locale: 'fr' }) },
    { from: p({ now: DURING_WS196 }), to: p({ schedule: talk }), back: true },
  ].map((row) => ({ tag: 'now-next' as const, base: onSample(), ...row })),
  // <speaker-list>
  ...[
    { from: a({ 'session-id': 'ws115' }), to: a({ 'session-id': 'ws196' }) },
    { from: a({ 'session-id': 'ws115' }), to: a({ 'session-id': 'nope' }), back: true },
    { from: a({ 'session-id': 'ws115' }), to: a({ 'session-id': undefined, 'person-role': 'moderator' }) },
    { from: a({ 'person-role': 'moderator' }), to: a({ 'person-role': undefined, 'session-id': 'ws224' }) },
    { from: a({ 'session-id': 'ws115', 'heading-level': 2 }), to: a({ 'heading-level': undefined }) },
    { from: a({ 'session-id': 'ws115', 'person-href': '/p/{id}' }), to: a({ 'person-href': undefined }) },
    { from: a({ 'session-id': 'ws115', 'time-zone': 'Asia/Tokyo' }), to: a({ 'time-zone': undefined }) },
    { from: a({ 'session-id': 'ws115', locale: 'fr' }), to: a({ locale: 'es' }) },
  ].map((row) => ({ tag: 'speaker-list' as const, base: onSample(), ...row })),
  // <my-schedule>
  ...[
    { from: a({ 'heading-level': 3 }), to: a({ 'heading-level': undefined }) },
    { from: a({ 'session-href': '/s/{id}' }), to: a({ 'session-href': undefined }) },
    { from: a({ locale: 'fr' }), to: a({ locale: 'ar' }) },
    { from: a({ 'time-zone': 'Asia/Tokyo' }), to: a({ 'time-zone': undefined }) },
    { from: a({}), to: p({ schedule: talk }), back: true },
  ].map((row) => ({ tag: 'my-schedule' as const, base: { attrs: { locale: 'en-US' }, props: { schedule: saving } }, ...row })),
  // <agenda-timeline>
  ...[
    { from: a({ layout: 'list' }), to: a({ layout: 'grid' }) },
    { from: a({ layout: 'grid' }), to: a({ layout: undefined }) },
    { from: a({ layout: 'list', 'heading-level': 3 }), to: a({ 'heading-level': undefined }) },
    { from: a({ 'time-zone': 'Asia/Tokyo' }), to: a({ 'time-zone': 'Bad/Zone' }), back: true },
    { from: a({ locale: 'ru' }), to: a({ locale: 'es' }) },
    { from: a({ 'session-href': '/s/{id}' }), to: a({ 'session-href': undefined }) },
    { from: a({ 'session-id': 'ws196' }), to: a({ 'session-id': 'nope' }), back: true },
    // The day shown is the person's (the clock's only on a first render): the clock moves within it.
    { from: p({ now: DURING_WS196 }), to: p({ now: LATER_THAT_DAY }) },
    { from: a({}), to: p({ schedule: talk }), back: true },
  ].map((row) => ({ tag: 'agenda-timeline' as const, base: onSample({ 'without-url-state': true }), ...row })),
];

/** The rows of a feed named by `src`, which a change of `src` loads. */
const srcRows: Row[] = [
  { tag: 'session-card', base: a({ locale: 'en-US', 'session-id': 'talk' }), from: a({ src: SAMPLE_URL }), to: a({ src: OTHER_URL }) },
  { tag: 'session-card', base: a({ locale: 'en-US', 'session-id': 'ws196' }), from: a({ src: SAMPLE_URL }), to: a({ src: '/no/such/feed.json' }), back: true },
  { tag: 'event-status', base: { attrs: { locale: 'en-US' }, props: { now: DURING_WS196 } }, from: a({ src: SAMPLE_URL }), to: a({ src: OTHER_URL }), back: true },
  { tag: 'now-next', base: { attrs: { locale: 'en-US' }, props: { now: DURING_WS196 } }, from: a({ src: SAMPLE_URL }), to: a({ src: OTHER_URL }), back: true },
  { tag: 'speaker-card', base: a({ locale: 'en-US', 'person-id': 'peter-major' }), from: a({ src: SAMPLE_URL }), to: a({ src: '/no/such/feed.json' }), back: true },
];

const describeChange = ({ attrs = {}, props = {} }: Change): string =>
  [
    ...Object.entries(attrs).map(([name, value]) => (value === undefined ? `no ${name}` : `${name}="${value}"`)),
    ...Object.entries(props).map(([name, value]) => `.${name}=${value === undefined ? 'undefined' : typeof value === 'object' ? ((value as { event?: { name: string } }).event?.name ?? (value as { id?: string }).id ?? 'object') : String(value)}`),
  ].join(' ');

describe('an attribute or property changed after the first render', () => {
  const errors: string[] = [];
  const { error } = console;
  before(() => SavedStore.for('attribute-changes').save([saving.sessionsById.get('ws196')!, saving.sessionsById.get('ws224')!]));
  after(() => clearStoredKeys(SAVED_KEYS));
  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = error;
    resetUrl();
    // A feed that cannot be loaded is the site owner's to hear of, in the console: nothing else is.
    expect(errors.filter((text) => !text.includes('could not load the feed')).join('\n'), 'console errors').to.equal('');
  });

  // A bio the person opened ("Read more") is that person's: the next person's is shown cut, as on a fresh card.
  for (const [tag, from, to] of [
    ['speaker-card', a({ 'person-id': 'qusai-alshatti' }), a({ 'person-id': 'peter-major' })],
    ['session-card', a({ 'session-id': 'ws196', variant: 'full' }), a({ 'session-id': 'ws115' })],
  ] as const) {
    it(`<${tag}> with a bio opened: ${describeChange(from)} → ${describeChange(to)}`, async () => {
      const el = await fresh(tag, onSample(), from);
      const bio = [...deep(el.shadowRoot!)].find((e) => e.localName === 'clamped-text')!;
      await waitUntil(() => bio.shadowRoot!.querySelector('button'), 'the Read more button');
      bio.shadowRoot!.querySelector('button')!.click();
      await settle(el);
      expect(bio.hasAttribute('expanded'), 'opened').to.equal(true);
      apply(el, to);
      await settle(el);
      const changed = shown(el);
      el.remove();
      expectSame(changed, shown(await fresh(tag, onSample(), from, to)), 'changed');
    });
  }

  for (const { tag, base, from, to, back } of [...rows, ...srcRows]) {
    const title = `<${tag}> ${describeChange(from)} → ${describeChange(to)}${back ? ' → back' : ''}`;
    it(title, async () => {
      const el = await fresh(tag, base, from);
      const first = shown(el);
      apply(el, to);
      await settle(el);
      const changed = shown(el);
      // Alone in the page, as the fresh one will be (the first element naming a feed says its failures as an alert).
      el.remove();
      const expected = await fresh(tag, base, from, to);
      expectSame(changed, shown(expected), 'changed');
      if (!back) return;
      expected.remove();
      document.body.append(el);
      apply(el, { attrs: Object.fromEntries(Object.keys(to.attrs ?? {}).map((name) => [name, from.attrs?.[name] ?? base.attrs?.[name]])), props: Object.fromEntries(Object.keys(to.props ?? {}).map((name) => [name, from.props?.[name] ?? base.props?.[name]])) });
      await settle(el);
      expectSame(shown(el), first, 'back');
      el.remove();
    });
  }
});
