import { aTimeout, expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { formatTimeRange } from '../../src/data/format.js';
import { sample } from '../components/fixtures.js';
import { deepQueryAll, openFrame, visibleText, waitForDeep, type FrameWindow } from './frame.helpers.js';
import { waitUntil } from '../wait.js';

/**
 * The pages of `schedule-elements render` (the sample feed; web-test-runner.config.mjs runs the CLI
 * for /rendered/…): read with scripts off, as a search engine or a reader with JavaScript disabled
 * meets them, then brought to life by the bundle.
 */

/** Waits until the browser has painted twice: what a page's styles derive from its layout (a scroll timeline) is then in place. */
const twoFrames = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Opens `url` with scripts off: an iframe sandboxed without `allow-scripts` (same origin, so the test can read it). */
async function openWithoutScripts(url: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'width: 1024px; height: 1600px; border: 0';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await twoFrames();
  return frame.contentDocument!;
}

/** Intl's narrow and thin spaces as plain ones, as visibleText gives them. */
const plain = (text: string): string => text.replace(/[\u202f\u2009\u00a0]/g, ' ');

/** The height of the frames that watch a page come to life: within the test page's viewport (set below). */
const FRAME_HEIGHT = 900;

/** A rendered page as served but without its bundle: what a person sees while the bundle downloads. */
interface UnbundledPage {
  readonly frame: HTMLIFrameElement;
  readonly win: FrameWindow;
  readonly doc: Document;
  /** The bundle's URL, as the page names it. */
  readonly bundle: string;
  /** Errors the page threw. */
  readonly errors: string[];
}

async function openWithoutBundle(url: string, width: number): Promise<UnbundledPage> {
  const html = await (await fetch(url)).text();
  const bundle = /<script type="module" src="([^"]+)"><\/script>/.exec(html)!;
  const frame = document.createElement('iframe');
  // On the test page's screen, as a visitor's page is: what is off screen is neither laid out nor painted as it is.
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${FRAME_HEIGHT}px; border: 0`;
  frame.srcdoc = html.replace(bundle[0], '');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await twoFrames();
  const win = frame.contentWindow as FrameWindow;
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(event.message));
  return { frame, win, doc: frame.contentDocument!, bundle: new URL(bundle[1]!, location.href).href, errors };
}

/** Where an element and every part in its shadow tree stand: the bundle's render must put each where the server's was. */
function boxes(host: Element): string[] {
  const shown = [host, ...deepQueryAll(host.shadowRoot!, '[part]')].filter((element) => element.checkVisibility({ visibilityProperty: true }));
  return shown.map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return `${element.getAttribute('part') ?? element.localName} ${x} ${y} ${width} ${height}`;
  });
}

/**
 * Adds the page's bundle and waits until `alive`; returns what `look` found after each frame the
 * browser painted meanwhile, in `watched` (a shadow root) and below.
 */
async function addBundle<T>(page: UnbundledPage, watched: Node, alive: () => boolean, look: () => T): Promise<T[]> {
  const frames: T[] = [];
  let watching = true;
  // Looked at in a task queued from each animation frame, once the frame is painted: what is
  // measured then is what was painted (content-visibility sizes, for one, are settled after the
  // frame's callbacks), unless the DOM changed since the frame began (the bundle's render ran
  // after the paint): that DOM was never painted as it is measured, and the next frame is looked at.
  const changes = new page.win.MutationObserver(() => undefined);
  changes.observe(watched, { subtree: true, childList: true, attributes: true, characterData: true });
  const watch = (): void => {
    changes.takeRecords();
    page.win.setTimeout(() => {
      if (changes.takeRecords().length === 0) frames.push(look());
    });
    if (watching) page.win.requestAnimationFrame(watch);
  };
  page.win.requestAnimationFrame(watch);
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = page.bundle;
  page.doc.body.append(script);
  await waitUntil(alive, 'the page never came to life', { timeout: 7000 });
  await new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));
  watching = false;
  changes.disconnect();
  return frames;
}

interface JsonLdEvent {
  readonly '@type': string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly eventStatus: string;
  readonly eventAttendanceMode: string;
  readonly location: { readonly '@type': string; readonly name: string; readonly address?: string };
  readonly performer?: readonly { readonly '@type': string; readonly name: string }[];
  readonly superEvent: { readonly name: string };
}

function jsonLdOf(doc: Document): JsonLdEvent[] {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts.length).to.equal(1);
  const data = JSON.parse(scripts[0]!.textContent!) as { '@context': string; '@graph': JsonLdEvent[] };
  expect(data['@context']).to.equal('https://schema.org');
  return data['@graph'];
}

/**
 * Checks that a page shows no control that needs the script: no search, no tabs, no button but the
 * bios' "Read more" (which needs none), and names and titles that would open a card as plain text.
 */
function expectNoScriptControls(page: Document): void {
  const shown = (selector: string): Element[] => deepQueryAll(page, selector).filter((control) => control.getClientRects().length > 0);
  for (const selector of ['input[type="search"]', '[role="tab"]', 'button:not(.link-button)']) expect(shown(selector), selector).to.deep.equal([]);
  for (const name of shown('.link-button')) {
    const style = getComputedStyle(name);
    expect([style.textDecorationLine, style.pointerEvents], name.textContent!).to.deep.equal(['none', 'none']);
  }
}

describe('schedule-elements render: the programme with scripts off', () => {
  let doc: Document;
  before(async () => {
    doc = await openWithoutScripts('/rendered/programme.html');
  });

  it('shows every session of every day from declarative shadow DOM: time, room, title and people', () => {
    expect(doc.defaultView!.customElements.get('agenda-timeline'), 'no script ran').to.be.undefined;
    const timeline = doc.querySelector('agenda-timeline')!;
    expect(timeline.shadowRoot, 'the shadow root came from the HTML').to.exist;
    const text = visibleText(doc.body);
    for (const session of sample.sessions) {
      expect(text).to.include(session.code ? `${session.code}: ${session.title}` : session.title);
      expect(text).to.include(plain(formatTimeRange(session.startMs, session.endMs, { locale: 'en', zone: 'Europe/Istanbul' })));
      if (session.room) expect(text).to.include(session.room.name);
      for (const { person } of session.people) expect(text).to.include(person.name);
    }
    for (const day of ['Tuesday, September 2', 'Wednesday, September 3', 'Thursday, September 4', 'Friday, September 5']) {
      expect(text).to.include(day);
    }
  });

  it('shows no control that needs the script: no search, no tabs, no buttons to open a session', () => {
    expectNoScriptControls(doc);
  });

  it('names every session as a schema.org Event, with the fields Google asks for in event rich results', () => {
    const events = jsonLdOf(doc);
    expect(events).to.have.length(sample.sessions.length);
    const ws196 = events.find((event) => event.name.startsWith('WS196: '))!;
    expect(ws196).to.deep.include({
      '@type': 'Event',
      name: 'WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected',
      startDate: '2014-09-02T11:00:00+03:00',
      endDate: '2014-09-02T12:30:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(ws196.location).to.deep.equal({ '@type': 'Place', name: 'Workshop Room 03, Rumeli -1 Floor / Room 1', address: 'Istanbul, Turkey' });
    expect(ws196.performer!.map((person) => person.name)).to.include.members(['Qusai Al-Shatti', 'Peter Major', 'Desiree Miloshevic']);
    expect(ws196.superEvent.name).to.equal('IGF 2014');
    for (const event of events) {
      // Required: name, startDate, location (with an address for an event in a place); recommended: endDate, status, mode.
      expect(event.name, JSON.stringify(event)).to.be.a('string').and.not.empty;
      expect(event.startDate).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(event.endDate).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(event.location.name).to.be.a('string').and.not.empty;
      expect(event.location.address).to.equal('Istanbul, Turkey');
    }
  });

  it('shows the seed session whole: description, agenda, people by role, room and its floor', async () => {
    const card = await openWithoutScripts('/rendered/ws196.html');
    const text = visibleText(card.body);
    for (const expected of [
      'WS196',
      'IGF & Enhanced Cooperation, Parallel Tracks or Connected',
      'Tuesday, September 2',
      '11:00 AM – 12:30 PM',
      'The workshop would address the following questions:',
      'Background on Workshop Topic & Panelists Introduction',
      'Qusai Al-Shatti',
      'Peter Major',
      'Desiree Miloshevic',
      'Workshop Room 03',
      'Rumeli -1 Floor / Room 1',
    ]) {
      expect(text).to.include(expected);
    }
    expect(jsonLdOf(card).map((event) => event.name)).to.deep.equal(['WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected']);
  });

  it('shows on the session page no button that needs the script (Save, Add to calendar), and its names as plain text', async () => {
    const card = await openWithoutScripts('/rendered/ws196.html');
    expect(visibleText(card.body)).to.include('Peter Major');
    expectNoScriptControls(card);
  });

  it('shows the same, with scripts on, on a page written without --script: no control that does nothing', async () => {
    for (const name of ['programme', 'ws196', 'speaker-list', 'speaker-card']) {
      const { frame } = await openFrame(`/rendered/snapshot-${name}.html`);
      expect(frame.contentDocument!.querySelectorAll('script:not([type="application/ld+json"])'), name).to.have.length(0);
      expectNoScriptControls(frame.contentDocument!);
      frame.remove();
    }
  });

  it('cuts each bio to a few lines with a "Read more" that opens the whole of it, no script needed', async () => {
    const page = await openWithoutScripts('/rendered/ws196.html');
    const bios = deepQueryAll(page, 'clamped-text');
    expect(bios).to.have.length(3);
    for (const bio of bios) {
      const content = bio.shadowRoot!.querySelector<HTMLElement>('[part~="content"]')!;
      const toggle = bio.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
      expect(content.scrollHeight, 'cut').to.be.greaterThan(content.clientHeight + 1);
      const words = (): string => toggle.innerText.replace(/\s+/g, ' ');
      expect(words()).to.match(/^Read more : /);
      toggle.click();
      expect(content.scrollHeight, 'whole').to.be.at.most(content.clientHeight + 1);
      expect(words()).to.match(/^Show less : /);
    }
  });
});

describe('schedule-elements render: the page brought to life by the bundle', () => {
  before(() => setViewport({ width: 1100, height: FRAME_HEIGHT }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the timeline again in place from the inlined feed: the live grid, once, and no error', async () => {
    const { frame, console: printed } = await openFrame('/rendered/programme.html');
    const doc = frame.contentDocument!;
    await waitForDeep(frame, 'button[data-session-id="ws224"]', 'the live timeline did not render');
    await waitUntil(() => deepQueryAll(doc, '.static').length === 0, 'the server-rendered list is still there');
    expect(deepQueryAll(doc, '[role="tab"]').map((tab) => tab.textContent!.trim())).to.have.length(4);
    expect(deepQueryAll(doc, 'button[data-session-id="ws224"]'), 'each session once').to.have.length(1);
    expect(printed.errors).to.deep.equal([]);
    frame.remove();
  });

  it('brings a server-rendered card to life where it stands: no frame without it, not a pixel moved, and Save works', async () => {
    const page = await openWithoutBundle('/rendered/ws196.html', 1024);
    const card = page.doc.querySelector('session-card')!;
    expect(card.shadowRoot, 'declarative shadow DOM').to.not.equal(null);
    const whole = (): boolean => {
      const text = visibleText(card);
      return text.includes('WS196 : IGF & Enhanced Cooperation') && text.includes('Attendees (0)');
    };
    expect(whole(), 'the server-rendered card').to.equal(true);
    const before = boxes(card);
    // The console has nothing to say of a card that shows all it should (its avatars get their people from it).
    const warnings: string[] = [];
    (page.win as unknown as { console: Console }).console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));

    const frames = await addBundle(page, card.shadowRoot!, () => Boolean(page.win.customElements.get('session-card') && card.shadowRoot!.querySelector('.save')), whole);
    expect(frames.length, 'frames painted meanwhile').to.be.greaterThan(0);
    expect(frames.filter((shown) => !shown).length, 'frames without the whole card').to.equal(0);
    expect(boxes(card)).to.deep.equal(before);
    const save = card.shadowRoot!.querySelector<HTMLButtonElement>('.save')!;
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    save.click();
    await waitUntil(() => save.getAttribute('aria-pressed') === 'true', 'Save did nothing');
    save.click();
    expect(page.errors).to.deep.equal([]);
    await new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));
    expect(warnings).to.deep.equal([]);
    page.frame.remove();
  });

  it('keeps in the live timeline what the person did before the script arrived: the search typed and its focus, the day scrolled', async () => {
    const page = await openWithoutBundle('/rendered/programme.html', 1024);
    const timeline = page.doc.querySelector('agenda-timeline')!;
    const root = timeline.shadowRoot!;
    const grid = root.querySelector<HTMLElement>('.grid')!;
    grid.scrollTop = 400;
    grid.scrollLeft = 150;
    const search = root.querySelector<HTMLInputElement>('[part~="search"]')!;
    search.focus();
    search.value = 'WS1';
    await addBundle(page, root, () => Boolean(page.win.customElements.get('agenda-timeline') && root.querySelector('.base:not(.static)')), () => undefined);
    const live = root.querySelector<HTMLInputElement>('[part~="search"]')!;
    expect(live, 'a new search box').to.not.equal(search);
    expect([live.value, root.activeElement === live]).to.deep.equal(['WS1', true]);
    const matches = sample.sessions.filter((session) => session.day === '2014-09-02' && session.code?.startsWith('WS1')).map((session) => session.id);
    await waitUntil(() => deepQueryAll(root, '[part~="session"]').length === matches.length, 'the day filtered by the search typed');
    expect(deepQueryAll(root, '[part~="session"]').map((session) => session.dataset['sessionId']).sort()).to.deep.equal(matches.sort());
    page.frame.remove();
  });

  it('keeps the day where the person had scrolled it before the script arrived', async () => {
    const page = await openWithoutBundle('/rendered/programme.html', 1024);
    const root = page.doc.querySelector('agenda-timeline')!.shadowRoot!;
    const grid = root.querySelector<HTMLElement>('.grid')!;
    grid.scrollTop = 400;
    grid.scrollLeft = 150;
    const where = (box: HTMLElement): number[] => [box.scrollTop, box.scrollLeft];
    const before = where(grid);
    expect(before[0], 'the server grid scrolls').to.be.greaterThan(0);
    await addBundle(page, root, () => Boolean(page.win.customElements.get('agenda-timeline') && root.querySelector('.base:not(.static)')), () => undefined);
    expect(where(root.querySelector<HTMLElement>('.grid')!)).to.deep.equal(before);
    page.frame.remove();
  });

  for (const tag of ['attendee-count', 'speaker-avatar-group', 'speaker-avatar', 'speaker-card', 'speaker-list', 'event-status']) {
    it(`brings a server-rendered <${tag}> to life where it stands: not a pixel moved`, async () => {
      const page = await openWithoutBundle(`/rendered/${tag}.html`, 1024);
      const element = page.doc.querySelector(tag)!;
      expect(element.shadowRoot?.childElementCount, 'declarative shadow DOM').to.be.greaterThan(0);
      const before = boxes(element);
      await addBundle(page, element.shadowRoot!, () => (element as Element & { hasUpdated?: boolean }).hasUpdated === true, () => undefined);
      await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(boxes(element)).to.deep.equal(before);
      expect(page.errors).to.deep.equal([]);
      page.frame.remove();
    });
  }

  for (const [width, layout] of [
    [1024, 'grid'],
    [390, 'list'],
  ] as const) {
    it(`brings a server-rendered timeline to life where it stands, ${width} px wide (the ${layout}): no frame without the day, not a pixel moved, and the tabs work`, async () => {
      const page = await openWithoutBundle('/rendered/programme.html', width);
      const timeline = page.doc.querySelector('agenda-timeline')!;
      const root = timeline.shadowRoot!;
      expect(root, 'declarative shadow DOM').to.not.equal(null);
      const sessions = (): HTMLElement[] => deepQueryAll(root, '[part~="session"]').filter((session) => session.getClientRects().length > 0);
      // The first view the script shows: the first day, in the layout the width calls for, every session of it.
      const firstDay = sample.sessions.filter((session) => session.day === '2014-09-02').length;
      expect(sessions()).to.have.length(firstDay);
      expect(deepQueryAll(root, `.${layout}`).filter((frame) => frame.getClientRects().length > 0)).to.have.length(1);
      // What is on screen (below it, sessions skipped by content-visibility keep estimated sizes).
      const onScreen = (): string[] => boxes(timeline).filter((box) => Number(box.split(' ').at(-3)) < FRAME_HEIGHT);
      const before = onScreen();
      expect(before.filter((box) => box.startsWith('session ')).length, 'sessions on screen').to.be.greaterThan(4);

      const alive = (): boolean => Boolean(page.win.customElements.get('agenda-timeline') && root.querySelector('.base:not(.static)') && sessions().length === firstDay);
      const frames = await addBundle(page, root, alive, () => onScreen().join('\n'));
      expect(frames.length, 'frames painted meanwhile').to.be.greaterThan(0);
      const moved = frames.filter((shown) => shown !== before.join('\n')).map((shown) => shown.split('\n').filter((box) => !before.includes(box)));
      expect(moved, 'frames where something on screen stood elsewhere').to.deep.equal([]);
      expect(onScreen()).to.deep.equal(before);

      const thursday = deepQueryAll(root, '[role="tab"]').find((tab) => tab.textContent!.includes('Thu'))!;
      thursday.click();
      await waitUntil(() => thursday.getAttribute('aria-selected') === 'true', 'the tab did nothing');
      const thursdays = sample.sessions.filter((session) => session.day === '2014-09-04');
      await waitUntil(() => sessions().length === thursdays.length, 'not every Thursday session');
      // The day goes into the address a moment later, except where the address cannot take it (this about:srcdoc frame).
      await aTimeout(400);
      expect(page.errors).to.deep.equal([]);
      page.frame.remove();
    });
  }
});
