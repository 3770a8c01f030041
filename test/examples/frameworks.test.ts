import { expect } from '@open-wc/testing';
import { deepQueryAll, openFrame, visibleText, waitForDeep, type Console } from './frame.helpers.js';
import { waitUntil } from '../wait.js';

/** The React 19, Vue 3, Svelte 5 and Angular examples, built from the package's dist/ by scripts/build-examples.mjs (npm test runs it). */
for (const framework of ['React', 'Vue', 'Svelte', 'Angular']) {
  describe(`examples/${framework.toLowerCase()}: schedule-elements in ${framework}`, () => {
    let frame: HTMLIFrameElement;
    let doc: Document;
    let printed: Console;

    before(async () => {
      ({ frame, console: printed } = await openFrame(`/examples/${framework.toLowerCase()}/dist/index.html`));
      doc = frame.contentDocument!;
      await waitForDeep(frame, 'button[part~="session"]', 'the timeline did not render');
      await waitForDeep(frame, '[part~="agenda"] li', 'the full card did not render');
    });

    after(() => frame.remove());

    it('renders the app, the full card of WS196 and the timeline', () => {
      const text = visibleText(doc.body);
      expect(text).to.include(`IGF 2014 in ${framework}`);
      expect(text).to.include('IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect(text).to.include('Choose a session in the timeline.');
      expect(printed.errors).to.deep.equal([]);
    });

    it('hands the schedule over as a property, not an attribute', () => {
      for (const tag of ['session-card', 'agenda-timeline']) {
        const el = doc.querySelector(tag) as HTMLElement & { schedule?: { sessions: unknown } };
        expect(el.hasAttribute('schedule'), tag).to.be.false;
        expect(el.schedule?.sessions, tag).to.exist;
      }
    });

    it('updates the framework’s state on session-select', async () => {
      const timeline = doc.querySelector('agenda-timeline')!;
      const search = timeline.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
      search.value = 'WS196';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => timeline.shadowRoot!.querySelector('button[data-session-id="ws196"]'), 'WS196 is not in the timeline');
      timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[data-session-id="ws196"]')!.click();
      await waitUntil(() => doc.querySelector('[role="status"]')!.textContent === 'Selected: WS196', 'the app did not show the selection');
      expect(deepQueryAll<HTMLDialogElement>(doc, 'dialog').some((dialog) => dialog.open), 'the timeline opened the session too').to.be.true;
    });
  });
}
