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
