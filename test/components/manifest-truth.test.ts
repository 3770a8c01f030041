/**
 * The published custom-elements.json tells the truth about each tag, as the rendered element shows
 * it: its attributes are the ones it observes (and all of them), its CSS parts and slots are in its
 * shadow root in some state (variants, live or ended, a dialog open, a failure, an out-of-date
 * copy …; and every part and slot there is documented), its custom properties are read by its
 * styles or by those of the components it renders (and every `--schedule-*` its own styles read is
 * documented), and each event it documents is the exported class of that name, bubbling out of
 * shadow roots, while no other one comes out of it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import * as api from '../../src/index.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import { keptCopyKey } from '../../src/controllers/feed-cache.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import type { FeedV1 } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SHARE_PARAM } from '../../src/data/saved.js';
import { DURING_WS196, clearStoredKeys, mount, resetUrl, sampleAs, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';
import type { Manifest, ManifestDeclaration, ManifestEntry } from '../manifest.js';


/** The sample under an event id of this file's, so that what it saves stays apart from other files'. */
const EVENT_ID = `manifest-truth-${Date.now()}`;
const schedule = sampleAs(EVENT_ID);
const OWN_KEYS = new RegExp(`^schedule-elements:(agenda-timeline:|saved:${EVENT_ID})`);

const shadow = (el: Element) => el.shadowRoot!;
const click = async (el: Element, selector: string) => {
  const target = await waitUntilFound(el, selector);
  target.click();
  await (el as api.ScheduleElement).updateComplete;
};
async function waitUntilFound(el: Element, selector: string): Promise<HTMLElement> {
  await waitUntil(() => shadow(el).querySelector(selector), `${el.localName}: no ${selector}`);
  return shadow(el).querySelector<HTMLElement>(selector)!;
}
/** Clicks `selector` in the card (`card`, a tag) that `el`'s dialog shows, and returns that card: its events come out of `el`. */
async function clickInDialog(el: Element, card: string, selector: string): Promise<HTMLElement> {
  const inner = await waitUntilFound(el, `dialog ${card}`);
  await click(inner, selector);
  return inner;
}
const on = { locale: 'en-US' };

/** A two-session event of its own whose sessions overlap, for the saved list's flags and offer. */
const overlapping: FeedV1 = {
  version: 1,
  event: { id: `${EVENT_ID}-mine`, name: 'Test Conf', timeZone: 'Europe/Istanbul' },
  rooms: [{ id: 'a', name: 'Room A' }],
  sessions: [
    { id: 's1', code: 'WS1', title: 'One', start: '2030-03-10T10:00', end: '2030-03-10T11:30', roomId: 'a' },
    { id: 's2', title: 'Two', start: '2030-03-10T11:00', end: '2030-03-10T12:30' },
    { id: 's3', title: 'Three', start: '2030-03-11T11:00', end: '2030-03-11T12:30' },
    { id: 's4', title: 'Four', start: '2030-03-11T14:00', end: '2030-03-11T15:00' },
  ],
};

/**
 * Each tag's states: each mounts the element, brings it to a state (clicks included: they fire the
 * events to check) and returns it. The failure and out-of-date states of every feed-reading tag are added below.
 */
const STATES: Record<string, Array<() => Promise<Element>>> = {
  'agenda-timeline': [
    async () => {
      const el = await mount('agenda-timeline', { ...on, layout: 'grid', 'without-url-state': true }, { schedule, now: DURING_WS196 });
      const page = new AgendaTimelineHarness(el, sendKeys);
      await page.openFilters();
      await click(el, '[part~="save-toggle"]');
      await page.openSession('WS196');
      await page.openPerson('Peter Major');
      return el;
    },
    () => mount('agenda-timeline', { ...on, layout: 'list', 'without-url-state': true }, { schedule }),
    () => mount('agenda-timeline', { ...on, 'session-id': 'ws196' }, { schedule }),
  ],
  'attendee-count': [() => mount('attendee-count', { ...on, 'session-id': 'ws196' }, { schedule })],
  'event-status': [
    () => mount('event-status', on, { schedule, now: DURING_WS196 }),
    () => mount('event-status', on, { schedule, now: Date.parse('2014-08-01') }),
  ],
  'my-schedule': [
    async () => {
      const mine = normalizeFeed(overlapping).schedule;
      const store = SavedStore.for(overlapping.event.id!);
      store.save(['s1', 's2', 's4'].map((id) => mine.sessionsById.get(id)!));
      history.replaceState(null, '', `?${SHARE_PARAM}=v2.${overlapping.event.id}.s3`);
      Object.defineProperty(store, 'persistent', { configurable: true, get: () => false });
      try {
        const el = await mount('my-schedule', on, { schedule: mine });
        const page = new MyScheduleHarness(el);
        await page.loaded();
        await page.selectSession('Two');
        await page.remove('Four');
        return el;
      } finally {
        delete (store as { persistent?: boolean }).persistent;
      }
    },
    // A saved session opened in the dialog: its card's names and Save button fire out of the list.
    async () => {
      SavedStore.for(EVENT_ID).save([schedule.sessionsById.get('ws196')!]);
      const el = await mount('my-schedule', on, { schedule });
      await new MyScheduleHarness(el).selectSession('WS196');
      await clickInDialog(el, 'session-card', '.person-name');
      await clickInDialog(el, 'session-card', '.save');
      return el;
    },
  ],
  'now-next': [
    () => mount('now-next', on, { schedule, now: DURING_WS196 }),
    () => mount('now-next', { ...on, 'room-id': 'ws3' }, { schedule, now: Date.parse('2014-09-02T23:00:00+03:00') }),
  ],
  'session-card': [
    async () => {
      const el = await mount('session-card', { ...on, 'session-id': 'ws196' }, { schedule, now: DURING_WS196 });
      await click(el, '[part~="title"] button');
      return el;
    },
    async () => {
      const el = await mount('session-card', { ...on, 'session-id': 'ws196', variant: 'full' }, { schedule });
      await click(el, '.person-name');
      await click(el, '.save');
      return el;
    },
    () => mount('session-card', { ...on, 'session-id': 'talk' }, { feed: talkFeed({ languages: ['de'], doNotRecord: true }) }),
  ],
  'clamped-text': [
    // Its "Read more" shows once the text is laid out and measured (its resize observer's first call).
    async () => {
      const el = await mount('clamped-text', { lines: 1 }, { textContent: 'A long text. '.repeat(200) });
      await waitUntilFound(el, '[part~="toggle"]');
      return el;
    },
  ],
  'speaker-avatar-group': [() => mount('speaker-avatar-group', { ...on, 'session-id': 'ws196', max: 1 }, { schedule })],
  'speaker-avatar': [
    async () => {
      const el = await mount('speaker-avatar', { ...on, 'person-id': 'peter-major', 'with-name': true, 'with-title': true, selectable: true }, { schedule });
      await click(el, '[part~="name"]');
      return el;
    },
    () => mount('speaker-avatar', { ...on, 'person-id': 'qusai-alshatti' }, { schedule }),
  ],
  'speaker-card': [
    async () => {
      const el = await mount('speaker-card', { ...on, 'person-id': 'priya-raghavan' }, { schedule });
      await click(el, '[part~="session-title"]');
      await clickInDialog(el, 'session-card', '.save');
      return el;
    },
    async () => {
      const el = await mount('speaker-card', { ...on, 'person-id': 'peter-major', compact: true }, { schedule });
      await click(el, '[part~="name"] button');
      return el;
    },
  ],
  'speaker-list': [
    async () => {
      const el = await mount('speaker-list', on, { schedule });
      const card = (await waitUntilFound(el, '[part~="item"] speaker-card')) as api.SpeakerCardElement;
      await card.updateComplete;
      shadow(card).querySelector<HTMLElement>('[part~="name"] button')!.click();
      await el.updateComplete;
      // The person's full card in the dialog: one of their sessions, then Save in that session's dialog.
      const full = await clickInDialog(el, 'speaker-card', '[part~="session-title"]');
      await clickInDialog(full, 'session-card', '.save');
      return el;
    },
  ],
};

/**
 * Design tokens that a tag's styles read (its shared styles set every private `--_*` from them) but
 * that nothing it renders uses, so that documenting them would tell a developer something untrue:
 * <clamped-text> (not a schedule element) has no state line, badge, card surface or accent button.
 */
const READ_BUT_UNUSED: Record<string, readonly string[]> = {
  'clamped-text': ['muted', 'surface', 'surface-subtle', 'border', 'on-accent', 'live', 'danger'].map((name) => `--schedule-color-${name}`).concat('--schedule-radius'),
};

/** What a tag's rendered states show: part and slot names, the tags rendered inside, the events that came out of it. */
interface Seen {
  readonly parts: Set<string>;
  readonly slots: Set<string>;
  readonly tags: Set<string>;
  readonly events: { readonly event: Event; readonly target: EventTarget | null }[];
}

/** Adds the parts (and the parts an `exportparts` forwards) and slots of `el`'s shadow root, and the tags in it. */
function look(el: Element, seen: Seen): void {
  for (const node of shadow(el).querySelectorAll('*')) {
    for (const name of node.getAttribute('part')?.split(/\s+/) ?? []) if (name) seen.parts.add(name);
    for (const entry of node.getAttribute('exportparts')?.split(',') ?? []) seen.parts.add(entry.split(':').pop()!.trim());
    if (node instanceof HTMLSlotElement) seen.slots.add(node.name);
    if (node.localName.includes('-')) seen.tags.add(node.localName);
  }
}

/** The text of a tag's styles, its shared ones included (as Lit adopts them). */
function cssOf(tag: string): string {
  const styles = (customElements.get(tag) as unknown as typeof api.ScheduleElement).elementStyles;
  return styles.map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'))).join('\n');
}

/** A feed URL of the test server that fails; `drop` closes the connection. */
let keyCount = 0;
const failing = (query: string) => `/test-server/feed?key=manifest-truth-${Date.now()}-${++keyCount}&${query}`;

let declarations: Map<string, ManifestDeclaration>;
before(async () => {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
});
afterEach(() => {
  resetUrl();
  clearStoredKeys(OWN_KEYS);
});

describe('custom-elements.json', () => {
  it('documents every tag this file checks, and no other', () => {
    expect([...declarations.keys()].sort()).to.deep.equal(Object.keys(STATES).sort());
  });

  for (const [tag, states] of Object.entries(STATES)) {
    it(`tells the truth about <${tag}>`, async () => {
      const doc = declarations.get(tag)!;
      const names = (list?: readonly ManifestEntry[]) => (list ?? []).map((item) => item.name).sort();
      const problems: string[] = [];
      const differ = (what: string, documented: string[], actual: Iterable<string>) => {
        const real = new Set(actual);
        for (const name of documented) if (!real.has(name)) problems.push(`documented ${what} ${JSON.stringify(name)} is not there`);
        for (const name of real) if (!documented.includes(name)) problems.push(`${what} ${JSON.stringify(name)} is not documented`);
      };
      const seen: Seen = { parts: new Set(), slots: new Set(), tags: new Set(), events: [] };
      const eventNames = [...new Set([...Object.values(api).flatMap((value) => (typeof value === 'function' && 'eventName' in value ? [String(value.eventName)] : []))])];
      const events: Event[] = [];
      const listen = (event: Event) => seen.events.push({ event, target: event.target });
      for (const name of eventNames) document.addEventListener(name, listen);
      try {
        // The ids the element needs to show something: without them it says so, whatever the feed.
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        const ids = { 'session-id': tag === 'agenda-timeline' || !observed.includes('session-id') ? undefined : 'talk', 'person-id': observed.includes('person-id') ? 'p' : undefined };
        const feedStates: Array<() => Promise<Element>> =
          customElements.get(tag)!.prototype instanceof api.ScheduleElement
            ? [
                // A failure: state and retry button (and feed-error).
                async () => {
                  const el = await mount(tag as 'session-card', { ...on, ...ids, src: failing('status=404') });
                  await waitUntil(() => shadow(el).querySelector('[part~="retry-button"]'), `<${tag}>: no failure shown`);
                  return el;
                },
                // A copy kept from an earlier visit, which the network fails to update: the out-of-date notice.
                async () => {
                  const src = failing('mode=drop');
                  localStorage.setItem(keptCopyKey(new URL(src, location.href).href), JSON.stringify({ text: JSON.stringify(talkFeed()), fetchedAt: Date.now() - 3600_000 }));
                  const el = await mount(tag as 'session-card', { ...on, ...ids, src });
                  await waitUntil(() => shadow(el).querySelector('[part~="feed-notice"]'), `<${tag}>: no out-of-date notice`);
                  return el;
                },
              ]
            : [];
        for (const state of [...states, ...feedStates]) {
          const el = await state();
          look(el, seen);
          for (const { event, target } of seen.events.splice(0)) {
            if (target === el) events.push(event);
            else problems.push(`${event.type} came from ${String(target)}, not the element`);
          }
          el.remove();
        }
      } finally {
        for (const name of eventNames) document.removeEventListener(name, listen);
        clearStoredKeys(/^schedule-elements:feed:.*\/test-server\/feed\?key=manifest-truth-/);
      }

      // 1. Attributes: exactly the observed ones.
      differ('attribute', names(doc.attributes), (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes);
      // 2, 3. Parts and slots: each in some state, and each one there documented.
      differ('part', names(doc.cssParts), seen.parts);
      differ('slot', names(doc.slots), seen.slots);
      // 4. Custom properties: each read by its styles or by those of a tag it renders; each `--schedule-*` its own read, documented.
      const own = cssOf(tag);
      const all = [own, ...[...seen.tags].filter((inner) => customElements.get(inner)).map(cssOf)].join('\n');
      for (const name of names(doc.cssProperties)) if (!all.includes(`var(${name}`)) problems.push(`documented custom property ${name} is read by no style`);
      for (const [, name] of own.matchAll(/var\((--schedule-[\w-]+)/g)) {
        if (!names(doc.cssProperties).includes(name!) && !READ_BUT_UNUSED[tag]?.includes(name!)) problems.push(`custom property ${name} is read but not documented`);
      }
      // 5. Events: each documented one the exported class of its name; each that came out documented and crossing shadow roots.
      for (const event of doc.events ?? []) {
        const type = (api as Record<string, unknown>)[event.type?.text ?? ''] as { eventName?: string } | undefined;
        if (type?.eventName !== event.name) problems.push(`documented event ${event.name} is not the exported class ${event.type?.text}`);
      }
      for (const event of events) {
        const documented = doc.events?.find((item) => item.name === event.type);
        if (!documented) problems.push(`event ${event.type} is not documented`);
        else if (!(event instanceof ((api as Record<string, unknown>)[documented.type!.text] as typeof Event))) problems.push(`event ${documented.name} is not a ${documented.type!.text}`);
        if (!event.bubbles || !event.composed) problems.push(`event ${event.type} does not cross shadow roots`);
      }
      const fired = new Set(events.map((event) => event.type));
      const unfired = names(doc.events).filter((name) => !fired.has(name));
      expect(problems, `<${tag}> in custom-elements.json`).to.deep.equal([]);
      expect(unfired, `<${tag}>: documented events not triggered here`).to.deep.equal([]);
    });
  }
});
