import { expect } from '@open-wc/testing';
import { deepQueryAll, openFrame, waitForDeep } from './frame.helpers.js';

/** The computed style of an element in the frame (its own realm's getComputedStyle). */
const styleOf = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);
const RED = 'rgb(255, 0, 0)';

describe('examples/hostile-css.html: aggressive page CSS does not break the components, and theirs does not leak', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  /** Elements inside the components' shadow roots. */
  let ours: (selector: string) => HTMLElement[];

  before(async () => {
    ({ frame } = await openFrame('/examples/hostile-css.html'));
    doc = frame.contentDocument!;
    ours = (selector) => deepQueryAll(doc, selector).filter((el) => el.getRootNode() !== doc);
    await waitForDeep(frame, '[part~="agenda"] li', 'the full card did not render');
    await waitForDeep(frame, 'li.cell > button[part~="session"]', 'the timeline grid did not render');
    await waitForDeep(frame, '[part~="list"] > [part~="item"]', 'the speaker list did not render');
  });

  after(() => frame.remove());

  it('still shows the components’ buttons and search fields', () => {
    const buttons = ours('button');
    expect(buttons.length).to.be.greaterThan(10);
    const readMore = buttons.find((b) => b.textContent!.trim().startsWith('Read more'));
    expect(readMore, 'Read more').to.exist;
    for (const control of [readMore!, ours('button[part~="session"]')[0]!, ...ours('input[part~="search"]')]) {
      expect(styleOf(control).display, control.outerHTML.slice(0, 60)).not.to.equal('none');
      expect(control.getBoundingClientRect().width, control.outerHTML.slice(0, 60)).to.be.greaterThan(0);
    }
  });

  it('keeps the components’ own text style: tag rules do not reach into them, inherited text properties are reset', () => {
    for (const el of [...ours('[part~="title"]'), ...ours('[part~="agenda"] li'), ...ours('p'), ...ours('button')]) {
      const style = styleOf(el);
      const name = `${el.localName}.${el.className || el.getAttribute('part')}`;
      expect(style.color, name).not.to.equal(RED);
      expect(style.marginTop, name).not.to.equal('40px');
      expect(style.fontSize, name).not.to.equal('30px');
      expect(style.textTransform, name).to.equal('none');
      expect(style.letterSpacing, name).to.equal('normal');
      expect(style.wordSpacing, name).to.equal('0px');
      expect(style.textIndent, name).to.equal('0px');
      expect(style.wordBreak, name).to.equal('break-word');
    }
    const title = ours('[part~="title"]')[0]!;
    expect(styleOf(title).textAlign).to.equal('start');
    expect(styleOf(title).fontFamily, 'the page font is still inherited').to.include('Georgia');
  });

  it('leaves the page’s own elements as the page styled them', () => {
    const intro = doc.querySelector<HTMLElement>('.site-intro')!;
    expect(styleOf(intro).color).to.equal(RED);
    expect(styleOf(intro).marginTop).to.equal('40px');
    expect(styleOf(intro).textAlign).to.equal('center');
    expect(styleOf(intro).textTransform).to.equal('uppercase');
    expect(styleOf(intro).wordBreak).to.equal('break-all');
    expect(styleOf(doc.querySelector('.site-button')!).display).to.equal('none');
    expect(styleOf(doc.querySelector('.site-links li')!).listStyleType).to.equal('square');
    expect(styleOf(doc.querySelector('.site-header')!).flexDirection).to.equal('column-reverse');
    expect(styleOf(doc.body).fontFamily).to.include('Georgia');
    expect(styleOf(doc.body).boxSizing).to.equal('content-box');
  });
});
