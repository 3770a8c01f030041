import { expect } from '@open-wc/testing';
import { timeline } from './agenda-timeline.helpers.js';

/**
 * The timeline's own entry does not carry the card of its session dialog: it is loaded while the
 * page is idle after the first paint, or at once when a session is opened first (a deep link).
 * The order matters: the first test runs before any timeline exists on this page.
 */
describe('<agenda-timeline> loads its dialog card on demand', () => {
  it('has no <session-card> defined before a timeline needs it', () => {
    expect(customElements.get('session-card')).to.equal(undefined);
  });

  it('opens a deep-linked session at once, its card loaded for it', async () => {
    history.replaceState(null, '', `${location.pathname}#session-ws196`);
    const harness = await timeline();
    expect(customElements.get('session-card')).to.not.equal(undefined);
    const card = harness.dialogCard()!;
    expect(card.variant).to.equal('full');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.include('IGF & Enhanced Cooperation');
  });
});
