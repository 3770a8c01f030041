import { expect } from '@open-wc/testing';
import { deepQueryAll, openFrame, visibleText, type Console } from './frame.helpers.js';
import { waitUntil } from '../wait.js';

/**
 * A site that copies only dist/schedule-elements.min.js (served alone under /single-file/): every
 * tag works in English on a v1 feed, the grid and the list included; where a sibling file would be
 * needed (a language, markdown, the adapters), the page says so once in the console, naming the
 * file, and carries on.
 */
describe('dist/schedule-elements.min.js alone, without the files beside it', () => {
  let frame: HTMLIFrameElement;
  let printed: Console;
  const host = (id: string): HTMLElement => frame.contentDocument!.getElementById(id)!;

  before(async () => {
    ({ frame, console: printed } = await openFrame('/single-file/', 1280));
    await waitUntil(() => deepQueryAll(host('list').shadowRoot!, '[part~="session"]').length > 3, 'the list did not render', { timeout: 7000 });
    await waitUntil(() => deepQueryAll(host('grid').shadowRoot!, '[part~="session"]').length > 3, 'the grid did not render', { timeout: 7000 });
    await waitUntil(() => printed.warnings.some((w) => w.includes('schedule-elements-markdown.min.js')), 'no word on the markdown file', { timeout: 7000 });
    await waitUntil(() => host('other-format').shadowRoot?.querySelector('[role="alert"]'), 'no error for the pretalx feed', { timeout: 7000 });
  });

  after(() => frame.remove());

  it('shows the programme as a grid and as a list', () => {
    expect(deepQueryAll(host('grid').shadowRoot!, '[part~="grid"]')).to.have.length(1);
    expect(deepQueryAll(host('list').shadowRoot!, '[part~="list"]')).to.have.length(1);
    expect(visibleText(host('list'))).to.include('Orientation Session for Newcomers');
  });

  it('shows markdown as plain text, in English where the language file is missing, and says so once per file', () => {
    const card = visibleText(host('markdown'));
    expect(card).to.include('Why is so little content available');
    expect(card).to.include('Which licensing models help content travel?');
    expect(visibleText(host('french'))).to.include('IGF & Enhanced Cooperation');
    for (const file of ['schedule-elements-markdown.min.js', 'schedule-elements-fr.min.js']) {
      expect(printed.warnings.filter((w) => w.includes(file)), file).to.have.length(1);
    }
  });

  it('says clearly that a feed of another format needs the adapters, naming the file', () => {
    expect(visibleText(host('other-format'))).to.include('part of the page did not load');
    expect(printed.errors.some((e) => e.includes('schedule-elements-adapters.min.js'))).to.equal(true);
  });
});
