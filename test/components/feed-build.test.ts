import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-card/session-card.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { bigFeed, captureConsole } from './fixtures.js';
import { waitUntil } from '../wait.js';

/**
 * The stepped build of big feeds belongs to pages with a timeline: a page of cards reads a feed
 * whole (and never loads the stepped build), a timeline's page paints its days first. The order
 * of the tests matters: the first runs before any timeline exists on this page.
 */
describe('building a big feed', () => {
  const { warnings } = captureConsole();

  it('is whole at once on a page without a timeline: its problems are reported as it is read', async () => {
    const card = await fixture<SessionCardElement>(html`<session-card .feed=${bigFeed()} session-id="g1990" locale="en-US"></session-card>`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('$.sessions[1990].roomId');
    expect(card.shadowRoot!.textContent).to.include('Generated session 1990');
  });

  it('is in steps once a timeline is on the page: the problems wait until the rest is built', async () => {
    await import('../../src/components/agenda-timeline/agenda-timeline.define.js');
    await fixture(html`<agenda-timeline .feed=${bigFeed()} locale="en-US"></agenda-timeline>`);
    expect(warnings).to.deep.equal([]);
    await waitUntil(() => warnings.length > 0, 'the report once the page was idle', { timeout: 4000 });
    expect(warnings[0]).to.include('$.sessions[1990].roomId');
  });
});
