/**
 * A page that defines the classes itself under other names (docs/embedding.md, "Renaming a tag"),
 * from the side-effect-free root entry, and forgets the cards its timeline's dialog shows: it is
 * told which define files to import, once, rather than shown an empty dialog in silence. Its own page:
 * no define file of the cards may have run.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { AgendaTimelineElement, defineElement } from '../../src/index.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { captureConsole, sample } from './fixtures.js';
import { waitUntil } from '../wait.js';

defineElement('igf-timeline', class extends AgendaTimelineElement {});

describe('renamed tags', () => {
  const printed = captureConsole();

  it('a renamed timeline whose dialog cards are not defined says which define files to import, once', async () => {
    const el = await fixture<AgendaTimelineElement>(html`<igf-timeline .schedule=${sample} without-url-state locale="en-US" style="inline-size: 960px"></igf-timeline>`);
    const harness = new AgendaTimelineHarness(el);
    await harness.settle();
    await harness.openSession('IGF & Enhanced Cooperation');
    await harness.closeDialog();
    await harness.openSession('IPv6 Deployment');
    await waitUntil(() => printed.warnings.length > 0, 'nothing said');
    expect(printed.warnings).to.deep.equal([
      'schedule-elements: the dialog has nothing to show: <session-card> and <speaker-card> are not defined. Import schedule-elements/session-card/define and schedule-elements/speaker-card/define.',
    ]);
  });
});
