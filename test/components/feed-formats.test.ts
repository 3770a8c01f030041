import '../page-guard.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import '../../src/components/session-card/session-card.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { readText } from '../../src/components/shared/harness.js';
import { convertFeed } from '../../src/data/adapters/index.js';
import { FeedErrorEvent } from '../../src/events/feed-error-event.js';
import { waitUntil } from '../wait.js';

/**
 * Feeds from event tools read by the components themselves: `format`, detection, `.ics` through
 * `src`, a broken foreign file, and the single-file bundle loading its adapters chunk only then.
 */
const PRETALX = '/stories/feeds/pretalx-sample.json';
const ICS = '/stories/feeds/sample.ics';
const BROKEN = '/test/fixtures/cli/pretalx-broken.json';
const SCHEDULE_XML = '/test/fixtures/adapters/frab-schedule.xml';

/** The text of `root` and of every shadow root below it, where a card's speaker avatars are. */
function deepText(root: ParentNode): string {
  const nested = [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [deepText(el.shadowRoot)] : []));
  return [readText(root as Node), ...nested].join(' ');
}

/** A card on `src`, once it shows the session or a failure. */
interface CardAttributes {
  format?: string;
  eventTimeZone?: string;
  timeZone?: string;
}

async function card(src: string, sessionId: string, attributes: CardAttributes = {}): Promise<SessionCardElement> {
  const el = await fixture<SessionCardElement>(html`<session-card
    src=${src}
    session-id=${sessionId}
    format=${attributes.format ?? ''}
    event-time-zone=${attributes.eventTimeZone ?? ''}
    time-zone=${attributes.timeZone ?? ''}
    locale="en-US"
  ></session-card>`);
  await waitUntil(() => !el.shadowRoot!.querySelector('[role="status"]'), 'the card stayed in its loading state', { timeout: 5000 });
  return el;
}

describe('feeds in other formats', () => {
  it('reads pretalx’s live widget schedule from src, detected, with its speakers and rooms', async () => {
    const el = await card('/test/fixtures/adapters/pretalx-widget.json', 'KEY01', { timeZone: 'Europe/Berlin' });
    const text = deepText(el.shadowRoot!);
    expect(readText(el.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Opening keynote');
    expect(text).to.include('Main hall');
    expect(text).to.match(/9:00/);
    expect(text, 'Grace Hopper, who has no picture, by her initials').to.include('GH');
  });

  it('reads a pretalx schedule.json with format="pretalx", in the zone it names', async () => {
    const el = await card(PRETALX, '101', { format: 'pretalx' });
    const text = deepText(el.shadowRoot!);
    expect(readText(el.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Welcome to the lake');
    expect(text).to.include('Great Hall');
    expect(text).to.match(/\bML$/, 'the avatar of Mira Lindqvist');
    expect(text).to.match(/9:30/);
  });

  it('detects the format when the attribute is absent', async () => {
    const el = await card(PRETALX, '102');
    expect(readText(el.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Reproducible builds on a budget');
  });

  it('reads an .ics file through src, with speakers from "(talk by …)"', async () => {
    const el = await card(ICS, 'npm-2031-2@example.org');
    expect(readText(el.shadowRoot!.querySelector('[part~="title"]'))).to.include('Typing the untyped');
    expect(deepText(el.shadowRoot!)).to.match(/\bPR$/, 'the avatar of Priya Raman');
  });

  it('shows a clear error and fires feed-error with the adapter diagnostics for a broken foreign file', async () => {
    const el = document.createElement('session-card') as SessionCardElement;
    el.setAttribute('src', BROKEN);
    el.setAttribute('format', 'pretalx');
    el.setAttribute('session-id', '1');
    el.setAttribute('locale', 'en-US');
    const failed = new Promise<FeedErrorEvent>((ok) => el.addEventListener(FeedErrorEvent.eventName, ok, { once: true }));
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.reason).to.equal('not-a-feed');
      expect(event.diagnostics.map((d) => `${d.severity} ${d.path}`)).to.deep.equal(['fatal $']);
      expect(event.diagnostics[0]!.message).to.include('days must be a list');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(readText(alert)).to.equal('The schedule could not be read.');
    } finally {
      el.remove();
    }
  });

  it('reads one file once per format and zone: another event-time-zone is another read', async () => {
    // Shown in UTC, the same wall-clock times of the Sched export are other instants in each venue zone.
    const berlin = await card('/stories/feeds/sched-sample.json', '80002', { eventTimeZone: 'Europe/Berlin', timeZone: 'UTC' });
    const chicago = await card('/stories/feeds/sched-sample.json', '80002', { eventTimeZone: 'America/Chicago', timeZone: 'UTC' });
    const time = (el: SessionCardElement) => readText(el.shadowRoot!.querySelector('[part~="time"]'));
    expect(time(berlin)).to.not.equal(time(chicago));
  });
});

describe('a pentabarf/frab schedule.xml, read with the browser’s DOMParser', () => {
  it('shows its programme in <agenda-timeline src="…schedule.xml">, detected, the talks after midnight on the day they are listed under', async () => {
    const el = await fixture<AgendaTimelineElement>(html`<agenda-timeline
      src=${SCHEDULE_XML}
      locale="en-US"
      time-zone="Europe/Berlin"
      without-url-state
      .now=${Date.parse('2020-01-01T00:00:00Z')}
      style="inline-size: 960px; --schedule-agenda-timeline-height: 480px"
    ></agenda-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="day-tab"]'), 'the timeline did not show the XML programme', { timeout: 5000 });
    const harness = new AgendaTimelineHarness(el, sendKeys);
    await harness.settle();
    // Its days change at 04:00 (<day_change>): the night of the 28th, summer time beginning in it, is the 28th's.
    expect(harness.dayLabels()).to.deep.equal(['Fri, Mar 27', 'Sat, Mar 28']);
    expect(harness.visibleSessionTitles().join(' | ')).to.include('Opening & welcome').and.include('Lockpicking workshop');
    await harness.openDay('Sat, Mar 28');
    await harness.idle();
    expect(readText(harness.session('Late-night talk'))).to.match(/1:30/);
    expect(readText(harness.session('First talk of summer time'))).to.match(/3:30/);
  });

  it('refuses an entity bomb before parsing it, and says why', async () => {
    const result = convertFeed(await (await fetch('/test/fixtures/adapters/entity-bomb.xml')).text());
    expect(result.feed).to.equal(undefined);
    expect(result.diagnostics.map((d) => d.severity)).to.deep.equal(['fatal']);
    expect(result.diagnostics[0]!.message).to.include('document type declaration with entities');
  });

  it('turns the browser’s <parsererror> into a fatal diagnostic', () => {
    const result = convertFeed('<schedule><day></schedule>', { format: 'frab-xml' });
    expect(result.feed).to.equal(undefined);
    expect(result.diagnostics[0]!.message).to.match(/^The schedule\.xml is not well-formed XML \(.+\)\.$/);
  });
});

describe('dist/schedule-elements.min.js loads the adapters chunk lazily', () => {
  let frame: HTMLIFrameElement;
  const resources = () =>
    frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

  before(async function () {
    const built = await fetch('/dist/schedule-elements-adapters.min.js', { method: 'HEAD' });
    if (!built.ok) this.skip(); // run `npx vite build` first (npm test does)
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="/dist/schedule-elements.min.js"></script>
      <session-card src="/src/sample/igf-2014.json" session-id="ws196" locale="en-US"></session-card>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const v1 = frame.contentDocument!.querySelector('session-card')!;
    await waitUntil(() => v1.shadowRoot?.querySelector('[part~="title"]'), 'the v1 card did not render', { timeout: 7000 });
  });

  after(() => frame?.remove());

  it('does not download the adapters for a v1 feed', () => {
    expect(resources()).to.include('/dist/schedule-elements.min.js');
    expect(resources()).to.not.include('/dist/schedule-elements-adapters.min.js');
  });

  it('downloads them, from beside the bundle, for a pretalx feed', async () => {
    const doc = frame.contentDocument!;
    doc.body.insertAdjacentHTML('beforeend', `<session-card src="${PRETALX}" session-id="104" locale="en-US"></session-card>`);
    const pretalx = doc.querySelectorAll('session-card')[1]!;
    await waitUntil(() => readText(pretalx.shadowRoot?.querySelector('[part~="title"]')) === 'Closing and lightning thanks', 'the pretalx card did not render', {
      timeout: 7000,
    });
    expect(resources()).to.include('/dist/schedule-elements-adapters.min.js');
  });
});
