/**
 * The page script of xss-frame.html: renders the corpus feed (xss-feed.ts) with every component and
 * variant, expands every "Read more", opens every dialog, downloads every .ics, then counts what
 * must stay zero and proves each counter with a control of its own. The report is left on
 * `window.xssReport` for test/security/xss-corpus.test.ts.
 *
 * `?engine=purify` takes the HTML Sanitizer API away first (DOMPurify is loaded instead), as
 * test/components/rich-text.test.ts does; `?csp=1` is served with the strict policy and Trusted
 * Types, under which the page makes no violation of its own but its controls.
 */
import '../../src/define.js';
import { html, render } from 'lit';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { SavedStore, savedStorageKey } from '../../src/controllers/saved-store.js';
import type { Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { savedEventKey } from '../../src/data/saved.js';
import { richText } from '../../src/internal/rich-text.js';
import { auditICalendar } from './ical-audit.js';
import { computedStyle, foreignRequests, hostOf, noFindings, walk, type Findings } from './xss-audit.js';
import { corpusFeed, FIELDS, NAMED_LINK } from './xss-feed.js';
import { payloads } from './xss-payloads.js';

const params = new URLSearchParams(location.search);
const engine = params.get('engine') === 'purify' ? 'purify' : 'native';
const strict = params.get('csp') === '1';
/** The share of the dialogs this page opens: those whose number is `part` modulo `of`. */
const share = { part: Number(params.get('part') ?? 0), of: Number(params.get('of') ?? 1) };
/**
 * `?plain=1` renders the variants without rich text too (compact cards, counts, avatars, the list
 * view …), which do not depend on the sanitizer: the test asks for them once without and once with
 * the strict policy. `?linked=1` renders the full cards with `person-href` (the cards' names as
 * links), else as buttons: the test asks for each once per sanitizer.
 */
const plain = params.get('plain') === '1';
const linked = params.get('linked') === '1';

/**
 * The violations that parsing feed HTML makes under the strict policy, though nothing of it runs:
 * Chromium checks an inline handler, style attribute or `<style>` against the page's CSP when it
 * parses one into any document of the page, inert ones included (createHTMLDocument, a template's,
 * `new Document()`, DOMParser, `Document.parseHTML` alike), and reports it before any sanitizer
 * sees it. Their source is the script that parsed: DOMPurify's DOMParser (purify.es.mjs), or the
 * caller of setHTML, which is this page's counting wrapper (xss-frame.ts). Counted apart, so that
 * a failure says where they come from; there must be none: the library removes handlers, style
 * attributes and style elements before it parses (withoutInlineCode in src/data/plain-text.ts).
 */
const PARSER_REPORT = /^(?:script-src-attr|style-src-attr|style-src-elem) inline +at \S*(?:dompurify|xss-frame\.ts)\S*:\d+:\d+$/;

/** The step the page is at, for the test to say where it stopped if it does not finish. */
const phases: Record<string, number> = {};
let phaseStart = performance.now();
const progress = (step: string) => {
  const now = performance.now();
  const last = (window as { xssProgress?: string }).xssProgress;
  if (last) phases[last.replace(/\d+ of \d+ /, '')] = Math.round((phases[last.replace(/\d+ of \d+ /, '')] ?? 0) + now - phaseStart);
  phaseStart = now;
  Object.assign(window, { xssProgress: step });
};

/** The sentinel every payload that runs calls. */
const executed: string[] = [];
Object.assign(window, { __xss: (n: number | string) => void executed.push(String(n)) });

/** CSP and Trusted Types violations: as events, and as reports (which include those before this script). */
const violations = { events: [] as string[], reports: [] as string[] };
document.addEventListener('securitypolicyviolation', (event) =>
  violations.events.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
);
new ReportingObserver(
  (reports) => {
    for (const report of reports) {
      const body = report.body as CSPViolationReportBody;
      violations.reports.push(`${body.effectiveDirective} ${body.blockedURL ?? ''} ${body.sample ?? ''} at ${body.sourceFile ?? ''}:${body.lineNumber ?? 0}:${body.columnNumber ?? 0}`);
    }
  },
  { types: ['csp-violation'], buffered: true },
).observe();
performance.setResourceTimingBufferSize(100_000);

/** The sanitizer path: the browser's (calls counted) or DOMPurify's (the browser's taken away). */
type SetHTML = (this: Element, ...args: unknown[]) => void;
const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
let setHTMLCalls = 0;
if (engine === 'purify') delete (Element.prototype as { setHTML?: unknown }).setHTML;
else if (setHTML) {
  Object.defineProperty(Element.prototype, 'setHTML', {
    ...setHTML,
    value(this: Element, ...args: unknown[]) {
      setHTMLCalls++;
      (setHTML.value as SetHTML).apply(this, args);
    },
  });
}

/** Every .ics the components make, by object URL; downloads are recorded instead of started. */
const calendars = new Map<string, Blob>();
const createObjectURL = URL.createObjectURL.bind(URL);
URL.createObjectURL = (object: Blob | MediaSource) => {
  const url = createObjectURL(object);
  if (object instanceof Blob && object.type.startsWith('text/calendar')) calendars.set(url, object);
  return url;
};
const downloads: string[] = [];
const anchorClick = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  if (this.hasAttribute('download')) downloads.push(this.href);
  else anchorClick.call(this);
};

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function until<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > end) throw new Error(`xss-frame: timed out waiting for ${what}`);
    await frame();
  }
}

/** Every element matching `selector` below `root`, shadow roots included. */
function deep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deep<T>(el.shadowRoot, selector));
  return found;
}

/** Until every Lit element below `root` has rendered, twice over (a render may start another). */
async function rendered(root: ParentNode): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await Promise.all(deep<HTMLElement & { updateComplete?: Promise<unknown> }>(root, '*').map((el) => el.updateComplete));
    await frame();
  }
}

/** Which of the host page's own properties changed: its elements' computed style, its sheets, base URL, title and address. */
function hostState(): string[] {
  const probes = [document.documentElement, document.body, ...document.querySelectorAll('.host-probe, .host-link')];
  return [
    ...probes.flatMap((el) => computedStyle(el).map((line) => `<${el.localName}${el.className ? `.${el.className}` : ''}> ${line}`)),
    `styleSheets: ${document.styleSheets.length}`,
    `adoptedStyleSheets: ${document.adoptedStyleSheets.length}`,
    // The timeline keeps its state in the query (`?st-day=…`): the page's address is its origin and path.
    `baseURI: ${document.baseURI.replace(/[?#].*/, '')}`,
    `title: ${document.title}`,
    `location: ${location.origin}${location.pathname}`,
  ].filter((line) => !/> (?:height|width|block-size|inline-size|perspective-origin|transform-origin):/.test(line));
}

const stage = document.getElementById('stage')!;
/** The sessions (or people) whose components are on the page at once: a small page keeps each step fast. */
const BATCH = 25;
const variants: Record<string, number> = {};

/** A `<tag>` on the schedule, in the stage, counted as `variant`. */
function mount(schedule: Schedule, tag: string, variant: string, attributes: Record<string, string>, properties: object = {}): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, { schedule, ...properties });
  stage.append(el);
  const key = `${tag}${variant ? ` ${variant}` : ''}`;
  variants[key] = (variants[key] ?? 0) + 1;
  return el;
}

/** Waits until DOMPurify (or the browser's sanitizer) formats HTML, so that no rich text is left as plain text. */
async function sanitizerReady(): Promise<void> {
  const scratch = document.createElement('div');
  document.body.append(scratch);
  render(html`${richText({ format: 'html', source: '<strong>ready</strong>' })}`, scratch);
  await until(() => scratch.querySelector('strong'), 'rich text formatted', 20_000);
  scratch.remove();
}

/**
 * Opens the dialog of each of `triggers` in this page's share (looked up again each time: a click
 * may re-render) in `host`, walks it, runs `inside` on it, and closes it. Returns how many opened.
 */
async function eachDialog(host: HTMLElement, triggers: () => HTMLElement[], findings: Findings, inside?: (dialog: HTMLDialogElement) => Promise<void>): Promise<number> {
  const count = triggers().length;
  const openDialog = () => host.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]');
  let opened = 0;
  for (let i = share.part; i < count; i += share.of, opened++) {
    progress(`dialog ${i} of ${count} in <${host.localName}>`);
    triggers()[i]!.click();
    const dialog = await until(openDialog, `the dialog of <${host.localName}> for ${i} of ${count}: ${triggers()[i]?.outerHTML.slice(0, 200)}`);
    await rendered(dialog);
    walk(dialog, findings);
    if (inside) await inside(dialog);
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await closed;
  }
  return opened;
}

/** In the timeline's session dialog, chooses the first person: the dialog shows their card. */
async function personInDialog(dialog: HTMLDialogElement, findings: Findings): Promise<void> {
  const name = dialog.querySelector('session-card')?.shadowRoot?.querySelector<HTMLElement>('.person-name');
  if (!name) return;
  name.click();
  await until(() => dialog.querySelector('speaker-card'), 'the person in the dialog');
  await rendered(dialog);
  walk(dialog, findings);
}

/** What the page found; the test asserts on it. */
export interface Report {
  readonly engine: string;
  readonly strict: boolean;
  readonly payloads: number;
  readonly fields: number;
  readonly sessions: number;
  readonly people: number;
  readonly variants: Record<string, number>;
  readonly dialogs: Record<string, number>;
  readonly readMore: number;
  readonly calendars: number;
  readonly setHTMLCalls: number;
  readonly walked: { elements: number; shadowRoots: number };
  readonly allowedHosts: string[];
  /** Whether a URL field names the host the payloads load from: then the request counter could not see them. */
  readonly evilAllowed: boolean;
  readonly found: {
    executions: string[];
    handlers: string[];
    unsafeUrls: string[];
    foreignElements: string[];
    hostChanges: string[];
    requests: string[];
    violations: string[];
    icsProblems: string[];
    /** Known, not counted in `violations`: see PARSER_REPORT. */
    parserReports: string[];
  };
  /** What each counter found of its control: each must be at least one (none under the strict policy where it cannot apply). */
  readonly controls: Record<string, number>;
  readonly phases: Record<string, number>;
  readonly seconds: number;
}

async function run(): Promise<Report> {
  const started = performance.now();
  const evil = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}/evil`;
  const corpus = payloads(evil);
  const { schedule } = normalizeFeed(corpusFeed(corpus));
  const allowedHosts = new Set([location.host]);
  for (const url of [...corpus, NAMED_LINK]) {
    const host = hostOf(url, location.href);
    if (host) allowedHosts.add(host);
  }
  const before = hostState();
  /** The host page's own elements (its probes, and what the dev server put in its body), which the last walk passes over. */
  const ownElements = new Set([...document.body.querySelectorAll('*')].filter((el) => !stage.contains(el)));
  const findings = noFindings();
  const dialogs: Record<string, number> = {};

  await sanitizerReady();
  localStorage.removeItem(savedStorageKey(savedEventKey(schedule.event)));
  SavedStore.for(savedEventKey(schedule.event)).save(schedule.sessions);
  const now = schedule.sessions[Math.floor(schedule.sessions.length / 2)]!.startMs + 60_000;

  /** The components of one batch: mounted, every "Read more" and calendar menu opened, every .ics downloaded, walked, then `after`, then removed. */
  let readMore = 0;
  const batch = async (build: () => void, after?: () => Promise<void>) => {
    build();
    progress(`rendering ${[...new Set([...stage.children].map((el) => el.localName))].join(', ')}`);
    await rendered(stage);
    for (const timeline of stage.querySelectorAll('agenda-timeline')) await new AgendaTimelineHarness(timeline as AgendaTimelineElement).idle();
    const toggles = deep(stage, 'clamped-text').flatMap((text) => [...text.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toggle"]')]);
    for (const toggle of [...toggles, ...deep(stage, '.calendar-toggle')]) toggle.click();
    readMore += toggles.length;
    await rendered(stage);
    for (const button of deep(stage, 'button')) if (button.textContent!.trim() === 'Download .ics') button.click();
    walk(stage, findings);
    await after?.();
    stage.replaceChildren();
  };
  const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

  for (const sessions of chunks(schedule.sessions)) {
    await batch(() => {
      for (const session of sessions) {
        const id = { 'session-id': session.id };
        if (linked) mount(schedule, 'session-card', 'full person-href', { ...id, variant: 'full', 'person-href': '{id}' }, { now });
        else mount(schedule, 'session-card', 'full', { ...id, variant: 'full' }, { now });
        if (!plain) continue;
        mount(schedule, 'session-card', 'compact', id, { now });
        mount(schedule, 'session-card', 'compact session-href', { ...id, 'session-href': '{id}' }, { now });
        mount(schedule, 'attendee-count', '', id);
        mount(schedule, 'attendee-count', 'compact', { ...id, compact: '' });
        mount(schedule, 'speaker-avatar-group', '', id);
        mount(schedule, 'speaker-list', 'session-id', id);
      }
    });
  }
  for (const people of chunks(schedule.people)) {
    await batch(() => {
      for (const person of people) {
        const id = { 'person-id': person.id };
        mount(schedule, 'speaker-card', 'full', id);
        if (!plain) continue;
        mount(schedule, 'speaker-card', 'compact', { ...id, compact: '' });
        mount(schedule, 'speaker-card', 'compact person-href session-href', { ...id, compact: '', 'person-href': '{id}', 'session-href': '{id}' });
        mount(schedule, 'speaker-avatar', 'with-name with-title selectable', { ...id, 'with-name': '', 'with-title': '', selectable: '' });
        mount(schedule, 'speaker-avatar', 'person-href large', { ...id, 'with-name': '', 'person-href': '{id}', size: 'large' });
      }
    });
  }
  await batch(
    () => {
      mount(schedule, 'speaker-list', 'grid', {});
      if (!plain) return;
      mount(schedule, 'speaker-list', 'list', { layout: 'list' });
      mount(schedule, 'event-status', '', { limit: '1000' }, { now });
    },
    async () => {
      const list = stage.querySelector<HTMLElement>('speaker-list')!;
      const names = () => [...list.shadowRoot!.querySelectorAll('speaker-card')].map((card) => card.shadowRoot!.querySelector<HTMLElement>('.link-button')!);
      dialogs['speaker-list person'] = await eachDialog(list, names, findings);
    },
  );
  await batch(
    () => {
      mount(schedule, 'agenda-timeline', 'grid', { layout: 'grid' }, { now });
      if (!plain) return;
      mount(schedule, 'agenda-timeline', 'list', { layout: 'list', 'without-url-state': '' }, { now });
      const hrefs = { 'without-url-state': '', 'session-href': '{id}', 'person-href': '{id}' };
      mount(schedule, 'agenda-timeline', 'grid session-href person-href', { layout: 'grid', ...hrefs }, { now });
    },
    async () => {
      const grid = stage.querySelector<HTMLElement>('agenda-timeline')!;
      const sessions = () => [...grid.shadowRoot!.querySelectorAll<HTMLElement>('button[part~="session"]')];
      dialogs['agenda-timeline session, then person'] = await eachDialog(grid, sessions, findings, (dialog) => personInDialog(dialog, findings));
    },
  );
  let allFile: string | undefined;
  await batch(
    () => {
      mount(schedule, 'my-schedule', '', {});
      if (plain) mount(schedule, 'my-schedule', 'session-href', { 'session-href': '{id}' });
    },
    async () => {
      const mine = stage.querySelector<HTMLElement>('my-schedule')!;
      allFile = mine.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="download"]')?.href;
      dialogs['my-schedule session'] = await eachDialog(mine, () => [...mine.shadowRoot!.querySelectorAll<HTMLElement>('button[part~="title"]')], findings);
    },
  );

  // The .ics files: my-schedule's of every saved session, and each full card's of its own.
  const icsProblems: string[] = [];
  if (!allFile || !calendars.has(allFile)) icsProblems.push('my-schedule offers no .ics of the saved sessions');
  for (const [url, blob] of calendars) {
    const single = downloads.includes(url);
    if (!single && url !== allFile) continue;
    const problems = auditICalendar(await blob.text(), schedule.sessions, schedule.event, single ? 1 : schedule.sessions.length);
    icsProblems.push(...problems.map((problem) => `${single ? 'a card' : 'my-schedule'}: ${problem}`));
  }
  if (downloads.length === 0) icsProblems.push('no card downloaded an .ics');

  // Controls, each of which one counter must find.
  progress('controls');
  const controls: Record<string, number> = {};
  mount(schedule, 'session-card', 'control', { 'session-id': schedule.sessions[0]!.id });
  await rendered(stage);
  const controlHost = stage.querySelector('session-card')!.shadowRoot!;
  delete variants['session-card control'];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.host-probe { outline: 3px solid rgb(1, 2, 3); }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  controls['host CSS'] = hostState().filter((line) => !before.includes(line)).length;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  const hostChanges = hostState().filter((line) => !before.includes(line));

  const link = Object.assign(document.createElement('a'), { id: 'xss-control' });
  link.setAttribute('href', ' java\tscript:__xss("xss-control")');
  const object = Object.assign(document.createElement('object'), { id: 'xss-control' });
  controlHost.append(link, object);
  const image = new Image();
  image.src = `${evil}/xss-control.png`;
  if (!strict) {
    const handler = document.createElement('img');
    handler.id = 'xss-control';
    handler.setAttribute('onerror', '__xss("xss-control")');
    handler.src = 'xss-control-missing.png';
    controlHost.append(handler);
    await until(() => executed.includes('xss-control'), 'the control handler to run');
    await until(() => foreignRequests(allowedHosts).some((url) => url.includes('xss-control.png')), 'the control request to show');
  } else {
    try {
      document.createElement('div').innerHTML = 'xss-control-tt';
    } catch {
      // refused, as it must be: the violation is the control
    }
    await until(() => violations.events.some((v) => v.includes('xss-control-tt')) && violations.reports.some((v) => v.includes('xss-control-tt')), 'the Trusted Types control');
    await until(() => violations.events.some((v) => v.includes('xss-control.png')), 'the img-src control');
  }
  const all = walk(document.body, noFindings(), (el) => ownElements.has(el));
  const isControl = (line: string) => line.includes('xss-control');
  controls['executions'] = executed.filter(isControl).length;
  controls['handlers'] = all.handlers.filter(isControl).length;
  controls['unsafe URLs'] = all.unsafeUrls.filter(isControl).length;
  controls['foreign elements'] = all.foreignElements.filter(isControl).length;
  controls['requests'] = foreignRequests(allowedHosts).filter(isControl).length;
  controls['violations'] = [...violations.events, ...violations.reports].filter(isControl).length;
  for (const el of controlHost.querySelectorAll('#xss-control')) el.remove();
  stage.replaceChildren();
  localStorage.removeItem(savedStorageKey(savedEventKey(schedule.event)));

  return {
    engine,
    strict,
    payloads: corpus.length,
    fields: FIELDS.length,
    sessions: schedule.sessions.length,
    people: schedule.people.length,
    variants,
    dialogs,
    readMore,
    calendars: calendars.size,
    setHTMLCalls,
    walked: { elements: all.elements + findings.elements, shadowRoots: all.shadowRoots + findings.shadowRoots },
    allowedHosts: [...allowedHosts],
    evilAllowed: allowedHosts.has(new URL(evil).host),
    found: {
      executions: executed.filter((id) => !isControl(id)),
      handlers: [...findings.handlers, ...all.handlers.filter((line) => !isControl(line))],
      unsafeUrls: [...findings.unsafeUrls, ...all.unsafeUrls.filter((line) => !isControl(line))],
      foreignElements: [...findings.foreignElements, ...all.foreignElements.filter((line) => !isControl(line))],
      hostChanges,
      requests: foreignRequests(allowedHosts).filter((url) => !isControl(url)),
      violations: [...violations.events, ...violations.reports].filter((line) => !isControl(line) && !PARSER_REPORT.test(line)),
      parserReports: violations.events.filter((line) => !isControl(line) && PARSER_REPORT.test(line)),
      icsProblems,
    },
    controls,
    phases,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

Object.assign(window, { xssReport: run() });
