import '../page-guard.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClampedTextElement } from '../../src/components/shared/clamped-text.js';
import '../../src/components/shared/clamped-text.define.js';
import { waitUntil } from '../wait.js';

const LONG =
  'Peter was working at the Radiocommunication Bureau of the International Telecommunication Union for 23 years. ' +
  'He was the focal point of the bureau for internet governance and cyber security, and is co-coordinator of a dynamic coalition.';

function toggleOf(el: ClampedTextElement): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector('[part~="toggle"]');
}

function contentOf(el: ClampedTextElement): HTMLElement {
  return el.shadowRoot!.querySelector('[part~="content"]')!;
}

async function clamped(text: string, lines = 2, locale = 'en'): Promise<ClampedTextElement> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 240px">
      <clamped-text lines=${lines} locale=${locale}><p>${text}</p></clamped-text>
    </div>
  `);
  const el = wrapper.querySelector('clamped-text')!;
  await el.updateComplete;
  return el;
}

describe('<clamped-text>', () => {
  it('cuts long text with a "Read more" button that expands and collapses it', async () => {
    const el = await clamped(LONG);
    await waitUntil(() => toggleOf(el), 'no toggle for overflowing text');
    const button = toggleOf(el)!;
    expect(button.textContent!.trim()).to.equal('Read more');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(contentOf(el).id);
    expect(contentOf(el).scrollHeight).to.be.greaterThan(contentOf(el).clientHeight);
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(el.expanded).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(contentOf(el).scrollHeight).to.be.at.most(contentOf(el).clientHeight + 1);
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(contentOf(el).scrollHeight).to.be.greaterThan(contentOf(el).clientHeight);
  });

  it('shows no button when the text fits', async () => {
    const el = await clamped('Board member.');
    await aTimeout(50);
    expect(toggleOf(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adds the button when the container narrows and the text no longer fits', async () => {
    const el = await clamped('Senior Advisor, Public Policy and International Affairs', 2);
    await aTimeout(50);
    expect(toggleOf(el)).to.equal(null);
    el.parentElement!.style.width = '80px';
    await waitUntil(() => toggleOf(el), 'no toggle after narrowing');
  });

  // A session's dialog renders its description and its speakers' bios at once, on a page whose layout is the whole day's list:
  // measured as it arrived (its slot changed), a text laid that page out once more before the frame did (on a 1,000-session page
  // and a CPU 4x slower, three layouts in the tap's task instead of two). The resize observer reports after the frame's layout.
  it('measures texts put in the page together when the frame is laid out, not in a layout forced for each', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 240px"></div>`);
    const read = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')!;
    const Observer = window.ResizeObserver;
    let reporting = false;
    let forced = 0;
    // The observer reports after the frame's layout: a read there finds the page laid out; a read elsewhere forces a layout.
    window.ResizeObserver = class extends Observer {
      constructor(report: ResizeObserverCallback) {
        super((entries, observer) => {
          reporting = true;
          try {
            report(entries, observer);
          } finally {
            reporting = false;
          }
        });
      }
    };
    Object.defineProperty(Element.prototype, 'scrollHeight', { configurable: true, get(this: Element) { if (!reporting) forced++; return read.get!.call(this); } });
    try {
      for (let i = 0; i < 4; i++) wrapper.append(Object.assign(document.createElement('clamped-text'), { lines: 2, innerHTML: `<p>${LONG}</p>` }));
      const texts = [...wrapper.querySelectorAll('clamped-text')];
      await waitUntil(() => texts.every((el) => toggleOf(el)), 'no toggle on each overflowing text');
    } finally {
      Object.defineProperty(Element.prototype, 'scrollHeight', read);
      window.ResizeObserver = Observer;
    }
    expect(forced, 'layouts read outside the observer').to.equal(0);
  });

  it('toggles from the keyboard and speaks the locale', async () => {
    const el = await clamped(LONG, 2, 'fr');
    await waitUntil(() => toggleOf(el));
    expect(toggleOf(el)!.textContent!.trim()).to.equal('Lire la suite');
    toggleOf(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggleOf(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggleOf(el)!.textContent!.trim()).to.equal('Réduire');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggleOf(el)!.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<clamped-text> and the keyboard', () => {
  it('shows the whole text when Tab reaches a link in the part cut away, from its first line', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 240px">
        <button>Before</button>
        <clamped-text lines="2" label="Peter Major"><p>${LONG} More on <a href="#peter">his page</a>.</p></clamped-text>
      </div>
    `);
    const el = wrapper.querySelector('clamped-text')!;
    await waitUntil(() => toggleOf(el), 'the text is cut');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = wrapper.querySelector('a')!;
    expect(document.activeElement).to.equal(link);
    await el.updateComplete;
    expect(toggleOf(el)!.getAttribute('aria-expanded')).to.equal('true');
    const box = contentOf(el).getBoundingClientRect();
    const first = wrapper.querySelector('p')!.getBoundingClientRect();
    const shown = link.getBoundingClientRect();
    expect(first.top, 'the first line at the top of the box, not scrolled away').to.be.at.least(box.top);
    expect(shown.bottom, 'the focused link inside the box').to.be.at.most(box.bottom + 1);
  });
});
