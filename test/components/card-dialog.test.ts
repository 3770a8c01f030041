import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import { readText } from '../../src/components/shared/harness.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { $, mount, sample, talkFeed, withSchedule } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** The open dialog in `el`'s own shadow root, once there is one. */
async function openDialog(el: Element): Promise<HTMLDialogElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), `a dialog in <${el.localName}>`);
  return el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]')!;
}

/** The card shown in `dialog`, rendered. */
async function cardIn<K extends 'session-card' | 'speaker-card'>(dialog: HTMLDialogElement, tag: K): Promise<HTMLElementTagNameMap[K]> {
  await waitUntil(() => dialog.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'), `a rendered <${tag}> in the dialog`);
  return dialog.querySelector(tag)!;
}

/** The element with focus, looked for inside shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

describe('names and titles on a page that handles none (card dialogs)', () => {
  it('opens a speaker named on a full card alone in a dialog, their sessions open over it, and Escape walks back', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full' });
    const name = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.person-name')].find((button) => readText(button) === 'Peter Major')!;
    name.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(el);
    expect(dialog.getAttribute('aria-label')).to.equal('Peter Major');
    const person = await cardIn(dialog, 'speaker-card');
    expect(readText($(person, '[part~="name"]'))).to.equal('Peter Major');
    expect(readText($(person, '[part~="sessions"]'))).to.include('IGF & Enhanced Cooperation');
    expect(focused()).to.equal(dialog.querySelector('[data-close]'));
    await expect(el).to.be.accessible();

    const title = person.shadowRoot!.querySelector<HTMLButtonElement>('[part~="session-title"]')!;
    // By the keyboard: a dialog opened without the person's activation would close with the one under it on Escape.
    title.focus();
    await sendKeys({ press: 'Enter' });
    const over = await openDialog(person);
    expect(over.getAttribute('aria-label')).to.equal('IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    const session = await cardIn(over, 'session-card');
    expect(session.variant).to.equal('full');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !over.open, 'the session closes');
    expect(dialog.open).to.equal(true);
    expect(focused()).to.equal(title);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'the person closes');
    expect(focused()).to.equal(name);
  });

  it('opens a compact card’s title, or a person card’s session, as the session’s full card', async () => {
    const compact = await withSchedule('session-card', { 'session-id': 'ws196' });
    compact.shadowRoot!.querySelector<HTMLButtonElement>('.title-action')!.click();
    expect((await cardIn(await openDialog(compact), 'session-card')).variant).to.equal('full');

    const person = await withSchedule('speaker-card', { 'person-id': 'peter-major' });
    person.shadowRoot!.querySelector<HTMLButtonElement>('[part~="session-title"]')!.click();
    const card = await cardIn(await openDialog(person), 'session-card');
    expect(card.session?.id).to.equal('ws196');
  });

  it('opens a compact person card’s name as their full card', async () => {
    const el = await withSchedule('speaker-card', { compact: true }, { person: sample.peopleById.get('desiree-miloshevic') });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.click();
    const card = await cardIn(await openDialog(el), 'speaker-card');
    expect(card.compact).to.equal(false);
    expect(readText($(card, '[part~="sessions"]'))).to.include('IGF & Enhanced Cooperation');
  });

  it('follows the feed: a moved session shows its new time, and a session gone closes its dialog', async () => {
    const talk = talkFeed();
    const el = await mount('session-card', { 'session-id': 'talk', locale: 'en-US' }, { feed: talk });
    const title = el.shadowRoot!.querySelector<HTMLButtonElement>('.title-action')!;
    title.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(el);
    expect(readText($(await cardIn(dialog, 'session-card'), '[part~="title"]'))).to.include('A talk');

    el.feed = talkFeed({ title: 'A talk, moved', start: '2014-09-02T15:00:00+03:00' });
    await waitUntil(() => readText($(dialog.querySelector('session-card')!, '[part~="title"]')).includes('moved'), 'the dialog shows the new title');
    expect(readText($(dialog.querySelector('session-card')!, '[part~="time"]'))).to.include('3:00');

    el.feed = { ...talk, sessions: [{ ...talk.sessions[0]!, id: 'other' }] };
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]') && !el.matches(':has(:modal)'), 'the dialog closes');
    el.feed = talk;
    await waitUntil(() => el.shadowRoot!.querySelector('.title-action'), 'the session is back');
    await settle();
    expect(el.shadowRoot!.querySelector('dialog[open]'), 'no dialog reopens by itself').to.equal(null);
  });

  it('speaks the card’s language and runs in its direction on a page in another', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full', locale: 'ar' });
    await waitUntil(() => el.shadowRoot!.querySelector('.person-name'), 'the Arabic card');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.person-name')!.click();
    const dialog = await openDialog(el);
    const close = dialog.querySelector('[data-close]')!;
    expect(close.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
    expect(close.getAttribute('aria-label')).to.equal('إغلاق');
  });

  it('keeps the page behind still under a wheel or a swipe over the backdrop, not over its own content', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.person-name')!.click();
    const dialog = await openDialog(el);
    const card = await cardIn(dialog, 'speaker-card');
    const scrolls = (target: EventTarget, event: Event): boolean => target.dispatchEvent(event);
    expect(scrolls(dialog, new WheelEvent('wheel', { deltaY: 200, bubbles: true, cancelable: true, composed: true })), 'a wheel over the backdrop').to.equal(false);
    expect(scrolls(dialog, new TouchEvent('touchmove', { bubbles: true, cancelable: true, composed: true })), 'a swipe over the backdrop').to.equal(false);
    expect(scrolls(card, new WheelEvent('wheel', { deltaY: 200, bubbles: true, cancelable: true, composed: true })), 'a wheel over the card').to.equal(true);
    dialog.close();
  });

  it('lets the second tap of a double tap that opened it do nothing, and the next ones work', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.title-action')!.click();
    const dialog = await openDialog(el);
    const card = await cardIn(dialog, 'session-card');
    const save = card.shadowRoot!.querySelector<HTMLButtonElement>('.action.save')!;
    let saves = 0;
    card.addEventListener('session-save', () => saves++);
    const tap = () => save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }));
    tap();
    expect(saves, 'a tap as the dialog opens').to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    tap();
    expect(saves, 'a tap once it is open').to.equal(1);
    tap(); // saved no more, as before the test
    dialog.close();
  });

  it('stays open when text selected in it is let go over the backdrop, and closes on a click there', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.person-name')!.click();
    const dialog = await openDialog(el);
    const card = await cardIn(dialog, 'speaker-card');
    const name = card.shadowRoot!.querySelector('[part~="name"]')!.getBoundingClientRect();
    const box = dialog.getBoundingClientRect();
    const outside = { x: 4, y: Math.round(box.top + box.height / 2) };
    await sendMouse({ type: 'move', position: [Math.round(name.left + 2), Math.round(name.top + name.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [outside.x, outside.y] });
    await sendMouse({ type: 'up' });
    await settle();
    expect(dialog.open, 'a selection let go outside').to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 600)); // past a double tap's second tap
    await sendMouse({ type: 'click', position: [outside.x, outside.y] });
    await waitUntil(() => !dialog.open, 'a click on the backdrop closes it');
  });

  it('prints the page, not the dialog, and keeps the page still under it', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.person-name')!.click();
    const dialog = await openDialog(el);
    // A short card scrolls nothing: the wheel must not scroll the page behind (Chromium chains it to the page unless contained).
    expect(getComputedStyle(dialog).overscrollBehaviorY).to.equal('contain');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(dialog).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().height).to.be.above(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('opens nothing when the page cancels the event, or names and titles are links', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', variant: 'full' });
    el.addEventListener(SpeakerSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.person-name')!.click();
    const compact = await withSchedule('session-card', { 'session-id': 'ws196' });
    compact.addEventListener(SessionSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    compact.shadowRoot!.querySelector<HTMLButtonElement>('.title-action')!.click();
    const linked = await withSchedule('speaker-card', { 'person-id': 'peter-major', 'session-href': '#talk-{id}' });
    const link = linked.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="session-title"]')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    await settle();
    for (const host of [el, compact, linked]) expect(host.shadowRoot!.querySelector('dialog[open]'), host.localName).to.equal(null);
  });
});
