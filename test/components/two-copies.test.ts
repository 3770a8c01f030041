import { expect } from '@open-wc/testing';
import { openFrame, visibleText, waitForDeep, type Console } from '../examples/frame.helpers.js';
import { waitUntil } from '../wait.js';

const TAGS = ['session-card', 'speaker-avatar', 'speaker-avatar-group', 'attendee-count', 'event-status', 'speaker-card', 'speaker-list', 'agenda-timeline', 'now-next'];

describe('examples/two-copies.html: the bundle loaded twice on one page', () => {
  let frame: HTMLIFrameElement;
  let printed: Console;

  before(async () => {
    ({ frame, console: printed } = await openFrame('/examples/two-copies.html'));
    await waitForDeep(frame, '[part~="title"]', 'the card did not render');
    await waitUntil(() => visibleText(frame.contentDocument!.body).includes('has ended'), 'the status did not render');
  });

  after(() => frame.remove());

  it('ran both copies', () => {
    const scripts = frame.contentWindow!.performance.getEntriesByType("resource");
    const bundles = scripts.map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
    expect(bundles).to.include.members(['/dist/schedule-elements.min.js', '/dist/schedule-elements.min.js?copy=2']);
  });

  it('does not break: no error, and every tag is defined and renders', () => {
    expect(printed.errors).to.deep.equal([]);
    for (const tag of TAGS) expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
    const text = visibleText(frame.contentDocument!.body);
    expect(text).to.include('IGF 2014 has ended');
    expect(text).to.include('IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    expect(text).to.include('Peter Major');
  });

  it('warns once for the second copy, naming every tag it skipped', () => {
    expect(printed.warnings).to.have.length(1);
    const [warning] = printed.warnings;
    expect(warning).to.match(/^schedule-elements: /);
    for (const tag of [...TAGS, 'clamped-text']) expect(warning).to.include(`<${tag}>`);
    expect(warning!.match(/<session-card>/g), 'each tag once').to.have.length(1);
  });
});
