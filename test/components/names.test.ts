/**
 * What a screen reader is told: every component, in its main states, in English and in Arabic, read
 * from Chromium's accessibility tree (the `ax-tree` command), not from the DOM. Each control has a
 * name, in the page's language; controls that do different things do not share one name; images are
 * named or left out, and an avatar's initials are not read beside the person's name; a dialog is
 * named by what it shows, a tab is in a tab list with one selected, an id an ARIA attribute names is
 * in the same shadow root; what is hidden from sight is not read, and what is seen is not hidden from
 * the tree; the headings of a component do not skip a level going down.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
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
import { readText } from '../../src/components/shared/harness.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { sampleFeed } from '../../src/sample/index.js';
import { DURING_WS196, EVERY_TAG, type Scene, clearStoredKeys, openCalendarMenu, openWs196, placeIn, placeTimeline, deepElements, everyRendered, everyTagFailing, resetUrl, sampleAs } from './fixtures.js';

/** A node of Chromium's accessibility tree as the `ax-tree` command gives it (web-test-runner.config.mjs). */
interface AxNode {
  role: string;
  name: string;
  description: string;
  depth: number;
  props: Record<string, unknown>;
  shown?: boolean;
  host?: string;
  scope?: string;
}

/** The sample under this file's own event id: what it saves stays apart from other files'. */
const EVENT_ID = 'names';
const schedule = sampleAs(EVENT_ID);
const store = SavedStore.for(EVENT_ID);

/** The roles a person acts on or lands in, which must be named. */
const NAMED = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'tab', 'tabpanel', 'menuitem', 'menuitemradio', 'dialog', 'alertdialog', 'listbox', 'option', 'slider', 'image', 'img']);

/** The roles read as one thing, by their name: what is inside is not read again. */
const WHOLE = new Set([...NAMED, 'heading']);

/** The roles that do something, which must not share one name within a view. */
const CONTROLS = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'tab', 'menuitem']);

/** Every text of the sample feed, longest first: data, which stays in the feed's language. */
const FEED_TEXTS: readonly string[] = (() => {
  const texts = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') texts.add(readText(value.replace(/<[^>]*>/g, ' ')));
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(sampleFeed);
  return [...texts].filter((text) => text.length > 1).sort((a, b) => b.length - a.length);
})();

/** What is left of `text` once the feed's texts, and the names of products and files that no language translates, are taken out. */
const withoutFeed = (text: string): string => FEED_TEXTS.reduce((left, data) => left.split(data).join(' '), readText(text)).replace(/\.ics\b|\b(Google|Outlook)\b/g, ' ');

/** A person's initials as an avatar without a picture shows them ("Qusai Al-Shatti": "QA"). */
const initials = (name: string): string => {
  const words = readText(name).split(' ').filter(Boolean);
  return words.length ? `${words[0]![0]}${words.length > 1 ? words.at(-1)![0] : ''}`.toUpperCase() : '';
};

/** A node as a failure names it. */
const label = (node: AxNode): string => `${node.scope || node.host || 'page'}: ${node.role} "${readText(node.name).slice(0, 60)}"`;

/** What a screen reader reads in order: each text, and each named whole (a control, an image, a heading) once, by its name. */
function spoken(nodes: readonly AxNode[]): AxNode[] {
  const read: AxNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.role !== 'StaticText' && !WHOLE.has(node.role)) continue;
    if (readText(node.name)) read.push(node);
    if (WHOLE.has(node.role) && readText(node.name)) while (nodes[i + 1] && nodes[i + 1]!.depth > node.depth) i++;
  }
  return read;
}

/** What is wrong in the tree `nodes` of a page in `lang` (one line per failure). */
function treeFailures(nodes: readonly AxNode[], lang: string): string[] {
  const failures: string[] = [];
  const names = nodes.map((node) => readText(node.name));
  const people = new Set(schedule.people.map((person) => initials(person.name)));

  nodes.forEach((node, i) => {
    const name = names[i]!;
    // What focus can land on: a control, or any element given a tab index, unless its own text is read when focused.
    const inside = nodes.slice(i + 1, nodes.findIndex((other, j) => j > i && other.depth <= node.depth) >>> 0);
    const mustName = NAMED.has(node.role) || (node.props.focusable === true && node.role !== 'RootWebArea' && !inside.some((other) => other.role === 'StaticText'));
    if (mustName && !name) failures.push(`${label(node)}: no name`);
    if (lang === 'ar' && mustName && /[A-Za-z]{2,}/.test(withoutFeed(`${name} ${node.description}`))) failures.push(`${label(node)}: English in an Arabic page ("${withoutFeed(`${name} ${node.description}`).trim()}")`);
    // A closed <select>'s options are not drawn, yet are its choices.
    const inSelect = nodes.slice(0, i).some((other, j) => other.role === 'combobox' && other.depth < node.depth && nodes.slice(j + 1, i).every((between) => between.depth > other.depth));
    if (node.shown === false && !inSelect && (node.role === 'StaticText' || mustName)) failures.push(`${label(node)}: read, but hidden from sight`);
    // A name from what is inside that runs two of its texts together ("Tue, Sep 2(11)"), as no one reads them.
    const texts = inside.filter((other) => other.role === 'StaticText').map((other) => other.name);
    const glued = WHOLE.has(node.role) && texts.slice(1).find((text, k) => /[\p{L}\p{N}]$/u.test(texts[k]!) && /^[\p{L}\p{N}(]/u.test(text) && node.name.includes(texts[k]! + text));
    if (glued) failures.push(`${label(node)}: "${glued}" runs into the text before it`);
    // Or joins it with a space alone, which no one hears: "… on the Internet Main Hall" is one title, not a title and a room.
    const run = WHOLE.has(node.role) && texts.slice(1).find((text, k) => /[\p{L}\p{N}]$/u.test(texts[k]!) && /^[\p{L}\p{N}]/u.test(text) && node.name.includes(`${texts[k]!} ${text}`));
    if (run) failures.push(`${label(node)}: "${run}" is read as the end of the text before it`);
    if (node.role === 'tab') {
      let at = i - 1;
      while (at >= 0 && nodes[at]!.depth >= node.depth) at--;
      if (nodes[at]?.role !== 'tablist') failures.push(`${label(node)}: a tab outside a tab list`);
    }
    if (node.role === 'tablist') {
      const tabs = inside.filter((other) => other.role === 'tab');
      if (tabs.filter((tab) => tab.props.selected === true).length !== 1) failures.push(`${label(node)}: ${tabs.filter((tab) => tab.props.selected === true).length} of its ${tabs.length} tabs selected`);
    }
    if (node.role === 'dialog' && name) {
      const heading = nodes.slice(i + 1).find((other) => other.role === 'heading');
      if (heading && !readText(heading.name).includes(name)) failures.push(`${label(node)}: named apart from what it shows ("${readText(heading.name)}")`);
    }
  });

  // Controls that do different things, in one view, with one name and nothing else to tell them apart.
  const seen = new Map<string, AxNode[]>();
  nodes.forEach((node, i) => {
    if (!CONTROLS.has(node.role) || !names[i]) return;
    const key = `${node.scope}|${node.role}|${names[i]}|${readText(node.description)}`;
    seen.set(key, [...(seen.get(key) ?? []), node]);
  });
  // A link that repeats another's name and goes where it goes is the same target said again.
  for (const same of seen.values()) {
    const targets = new Set(same.map((node, i) => node.props.url ?? i)).size;
    if (targets > 1) failures.push(`${label(same[0]!)}: ${targets} controls that do different things share this name and description`);
  }

  // Read in order: an avatar's initials beside the person's name, a text said twice in a row.
  const read = spoken(nodes);
  read.forEach((node, i) => {
    const text = readText(node.name);
    const next = read[i + 1];
    // A field's label is read, then the field by it: the way a visible label is heard.
    const labelled = node.role === 'StaticText' && ['textbox', 'searchbox', 'combobox', 'checkbox'].includes(next?.role ?? '');
    if (next && !labelled && text.length > 2 && readText(next.name) === text && next.scope === node.scope) failures.push(`${label(node)}: read twice in a row`);
    if (node.role === 'StaticText' && people.has(text) && /^\p{Lu}{1,2}$/u.test(text)) failures.push(`${label(node)}: an avatar's initials read letter by letter`);
  });

  // Headings: within a component, none goes down more than one level.
  const levels = new Map<string, number>();
  for (const node of nodes) {
    if (node.role !== 'heading') continue;
    const level = Number(node.props.level);
    const before = levels.get(node.scope ?? '');
    if (before !== undefined && level > before + 1) failures.push(`${label(node)}: h${before} then h${level}`);
    levels.set(node.scope ?? '', level);
  }
  return failures;
}

/**
 * What is wrong in the DOM of `root`, against its tree: an ARIA id that is not in its shadow root;
 * a text seen but hidden from the tree (`aria-hidden`), each of its parts ("Room 02 · A, B and C")
 * said nowhere else in its part of the page (an avatar's initials, which its name stands for, aside).
 */
function domFailures(root: Element, nodes: readonly AxNode[]): string[] {
  const failures: string[] = [];
  const people = new Set(schedule.people.map((person) => initials(person.name)));
  const told = (scope: string): string => nodes.filter((node) => node.scope === scope).map((node) => `${readText(node.name)} ${readText(node.description)}`).join('\n');
  for (const el of deepElements(root)) {
    const where = `${(el.getRootNode() as ShadowRoot).host?.localName ?? 'page'} <${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;
    for (const attribute of ['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant', 'for']) {
      for (const id of el.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? []) {
        // A collapsed disclosure may name the panel it renders once open (as axe-core allows).
        const collapsed = attribute === 'aria-controls' && el.getAttribute('aria-expanded') === 'false';
        if (!collapsed && !(el.getRootNode() as Document | ShadowRoot).getElementById(id)) failures.push(`${where}: ${attribute} names "${id}", not in its shadow root`);
      }
    }
    // The grid's axis is a ruler for the eye: each session's button says its own times.
    if (el.getAttribute('aria-hidden') !== 'true' || el.matches('.axis') || !el.checkVisibility({ visibilityProperty: true })) continue;
    const scope = (el.closest('[data-ax-scope]') ?? deepElements(root).find((block) => block.matches('[data-ax-scope]') && deepElements(block).includes(el)))?.getAttribute('data-ax-scope') ?? '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement!.checkVisibility({ visibilityProperty: true })) continue;
      const parts = readText(walker.currentNode).split(/\s*(?:[·•,،]|\band\b|\sو)\s*/);
      const unsaid = parts.filter((text) => /[\p{L}\p{N}]{2}/u.test(text) && !people.has(text) && !told(scope).includes(text));
      if (unsaid.length) failures.push(`${where}: "${unsaid.join('", "').slice(0, 80)}" is seen but hidden from the tree`);
    }
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------
// The components in their states.

/** Where the components are put. */
let stage: HTMLDivElement;

/** The page's language in the scene being built. */
let locale = 'en-US';

/** A `<tag>` in the stage, in a block of its own named by `scope`, once it has rendered. */
async function place<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, properties: Partial<HTMLElementTagNameMap[K]> = {}, scope: string = tag): Promise<HTMLElementTagNameMap[K]> {
  const el = await placeIn(stage, tag, { locale, ...attributes }, properties);
  el.parentElement!.dataset.axScope = scope;
  return el;
}

let feedKey = 0;
const feedUrl = (query: string): string => `/test-server/feed?key=names-${Date.now()}-${++feedKey}&${query}`;

/** A timeline on the sample during WS196 in `layout`. */
const timeline = (layout: 'grid' | 'list'): Promise<AgendaTimelineHarness> => placeTimeline(place, schedule, layout);

const SCENES: readonly Scene[] = [
  {
    name: 'every tag ready, a full card and my-schedule with saved sessions',
    width: 1024,
    build: async () => {
      store.save(['ws196', 'ws224', 'ws225'].map((id) => schedule.sessionsById.get(id)!));
      for (const [tag, attributes] of EVERY_TAG) {
        if (tag === 'agenda-timeline') continue;
        await place(tag, { ...attributes, ...(tag === 'speaker-avatar-group' ? { max: '2' } : {}) }, { schedule, now: DURING_WS196 } as never);
      }
      await place('session-card', { 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 }, 'full session-card');
    },
  },
  {
    name: 'each tag that takes a `heading-level` at level 5, the cards full',
    width: 1024,
    build: async () => {
      store.save([schedule.sessionsById.get('ws196')!]);
      for (const [tag, attributes] of EVERY_TAG) {
        const el = await place(tag, { ...attributes, 'heading-level': '5', ...(tag === 'session-card' ? { variant: 'full' } : {}) }, { schedule, now: DURING_WS196 } as never);
        if (tag === 'agenda-timeline') await new AgendaTimelineHarness(el as HTMLElementTagNameMap['agenda-timeline']).idle();
      }
    },
  },
  {
    name: 'every tag failing, with Retry',
    width: 1024,
    build: async () => {
      await everyTagFailing(place, () => feedUrl('status=404'));
    },
  },
  {
    name: '<agenda-timeline> as a list at 390 px, searched, its filters open',
    width: 390,
    build: async () => {
      const harness = await timeline('list');
      await harness.search('internet');
      await harness.openFilters();
    },
  },
  {
    name: '<agenda-timeline> as a grid at 1024 px, its filters open, on its second day',
    width: 1024,
    build: async () => {
      const harness = await timeline('grid');
      await harness.openDay(harness.dayLabels()[1]!.slice(0, 8));
      await harness.idle();
      await harness.openFilters();
    },
  },
  { name: '<agenda-timeline> as a grid at 1024 px, a session’s dialog open', width: 1024, build: () => timeline('grid').then(openWs196).then(() => undefined) },
  { name: 'a compact <session-card>, its dialog open with “Add to calendar”’s menu', width: 390, build: () => place('session-card', { 'session-id': 'ws196' }, { schedule }).then(openCalendarMenu) },
];

before(() => {
  stage = document.body.appendChild(document.createElement('div'));
});
after(async () => {
  stage.remove();
  await setViewport({ width: 800, height: 600 });
});

for (const lang of ['en-US', 'ar']) {
  describe(`what a screen reader is told, in ${lang}`, () => {
    afterEach(() => {
      stage.replaceChildren();
      resetUrl();
      clearStoredKeys(/^schedule-elements:(agenda-timeline:|saved:names$)/);
    });
    for (const { name, width, build } of SCENES) {
      it(name, async () => {
        locale = lang;
        await setViewport({ width, height: 800 });
        for (const { id } of store.entries) store.remove(id);
        await build();
        await everyRendered(stage);
        const nodes = (await executeServerCommand<AxNode[], undefined>('ax-tree'))!;
        // A modal dialog open holds the page: what is behind it is told nothing.
        const modal = deepElements(stage).filter((el) => el.matches('dialog:modal')).at(-1);
        expect([...treeFailures(nodes, lang.slice(0, 2)), ...domFailures(modal ?? stage, nodes)]).to.deep.equal([]);
      });
    }
  });
}
