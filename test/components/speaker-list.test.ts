import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/speaker-list/speaker-list.define.js';
import type { SpeakerListElement } from '../../src/components/speaker-list/speaker-list.js';
import type { FeedV1 } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { readText } from '../../src/components/shared/harness.js';
import { SAMPLE_URL } from './fixtures.js';
import { waitUntil } from '../wait.js';

const feed: FeedV1 = {
  version: 1,
  event: { name: 'Collation Summit', timeZone: 'UTC' },
  people: [
    { id: 'zack', name: 'Zack Young', organization: 'Kovač & Partners' },
    { id: 'emile', name: 'Émile Durand', organization: 'Université de Genève' },
    { id: 'desiree', name: 'Désirée Miloshevic', organization: 'Afilias' },
    { id: 'edgar', name: 'Edgar Allan', organization: 'Raven Press' },
  ],
  sessions: [
    {
      id: 's1',
      title: 'Opening',
      start: '2025-05-01T09:00:00Z',
      end: '2025-05-01T10:00:00Z',
      people: [
        { id: 'desiree', role: 'moderator' },
        { id: 'edgar', role: 'speaker' },
      ],
    },
    { id: 's2', title: 'Closing', start: '2025-05-01T16:00:00Z', end: '2025-05-01T17:00:00Z', people: [{ id: 'zack' }] },
  ],
};

/** The names as shown, in order (each from its card's heading). */
function names(el: SpeakerListElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('speaker-card')].map((card) => readText(card.shadowRoot!.querySelector('[part~="name"]')));
}

/** Waits until the list is rendered with every card (a long list builds them a step at a time), and the cards too. */
async function allCards(el: SpeakerListElement): Promise<void> {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('speaker-card')].map((card) => card.updateComplete));
}

async function list(template: ReturnType<typeof html>): Promise<SpeakerListElement> {
  const el = await fixture<SpeakerListElement>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="base"], .error, .feed-failure'), 'the list never settled');
  await allCards(el);
  return el;
}

async function search(el: SpeakerListElement, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await allCards(el);
}

describe('<speaker-list>', () => {
  it('lists everyone sorted by name in the locale’s collation, as a grid', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    expect(names(el)).to.deep.equal(['Désirée Miloshevic', 'Edgar Allan', 'Émile Durand', 'Zack Young']);
    expect(readText(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('4 speakers');
    expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('Speakers');
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(4);
    expect(el.getAttribute('layout')).to.equal('grid');
    await expect(el).to.be.accessible();
  });

  it('sorts the numbers in names by their value: Speaker 2 before Speaker 10, in English and in Arabic', async () => {
    const numbered: FeedV1 = { ...feed, people: ['Speaker 10', 'Speaker 2', 'Speaker 1', 'Panel 3'].map((name, i) => ({ id: `n${i}`, name })), sessions: [] };
    for (const locale of ['en', 'ar']) {
      const el = await list(html`<speaker-list .feed=${numbered} locale=${locale}></speaker-list>`);
      expect(names(el), locale).to.deep.equal(['Panel 3', 'Speaker 1', 'Speaker 2', 'Speaker 10']);
    }
  });

  it('filters by name and organization, ignoring accents and case', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    await search(el, 'desiree');
    expect(names(el)).to.deep.equal(['Désirée Miloshevic']);
    expect(readText(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('1 speaker');
    await search(el, 'EMILE');
    expect(names(el)).to.deep.equal(['Émile Durand']);
    await search(el, 'kovac');
    expect(names(el), 'organization').to.deep.equal(['Zack Young']);
    await expect(el).to.be.accessible();
  });

  it('finds "Miloshevic" in the sample for "miloš"', async () => {
    const el = await list(html`<speaker-list src=${SAMPLE_URL} locale="en"></speaker-list>`);
    expect(names(el)).to.have.length(59);
    expect(names(el).slice(0, 3)).to.deep.equal(['Ahmed Farouk', 'Aisha Bello', 'Amina Rahman']);
    await search(el, 'miloš');
    expect(names(el)).to.deep.equal(['Desiree Miloshevic']);
  });

  it('finds people by letters typed without their stroke or as two letters: Søren, Łódź, Straße', async () => {
    const people = [
      { id: 'soren', name: 'Søren Østergaard' },
      { id: 'ola', name: 'Ola Nowak', organization: 'Politechnika Łódzka' },
      { id: 'hans', name: 'Hans Straße' },
    ];
    const el = await list(html`<speaker-list .feed=${{ ...feed, people, sessions: [] }} locale="en"></speaker-list>`);
    for (const [query, name] of [['soren', 'Søren Østergaard'], ['oster', 'Søren Østergaard'], ['lodz', 'Ola Nowak'], ['strasse', 'Hans Straße']]) {
      await search(el, query!);
      expect(names(el), query).to.deep.equal([name]);
    }
  });

  it('keeps the list as it was once a search is cleared, however often people search', async () => {
    const el = await list(html`<speaker-list src=${SAMPLE_URL} locale="en"></speaker-list>`);
    const list$ = (): Element => el.shadowRoot!.querySelector('[part~="list"]')!;
    const nodes = list$().childNodes.length;
    for (let round = 0; round < 3; round++) {
      await search(el, 'miloš');
      expect(names(el)).to.deep.equal(['Desiree Miloshevic']);
      await search(el, ' ');
      expect(names(el)).to.have.length(59);
    }
    expect(list$().childNodes.length, 'nodes of the list after three searches').to.equal(nodes);
  });

  it('builds a long list’s first cards at once and the rest a step at a time, and searches it whole', async () => {
    const people = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, name: `Person ${String(i).padStart(3, '0')}` }));
    const el = document.createElement('speaker-list');
    el.locale = 'en';
    el.schedule = normalizeFeed({ ...feed, people, sessions: [] }).schedule;
    // A task queued before the element renders: it runs after the first render, before the first step.
    const firstRender = new Promise((resolve) => setTimeout(resolve));
    document.body.append(el);
    try {
      await firstRender;
      expect(readText(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('300 speakers');
      expect(names(el).length, 'cards built by the first render').to.be.within(1, 299);
      expect(names(el).slice(0, 2)).to.deep.equal(['Person 000', 'Person 001']);
      await allCards(el);
      expect(names(el).length, 'every card, once updateComplete resolves').to.equal(300);
      expect(names(el).at(-1)).to.equal('Person 299');
      await search(el, 'person 29');
      expect(names(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Person 29${i}`));
      await search(el, ' ');
      expect(names(el)).to.have.length(300);
    } finally {
      el.remove();
    }
  });

  it('says so when nothing matches', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    await search(el, 'zzz');
    expect(el.shadowRoot!.querySelector('[part~="list"]')).to.equal(null);
    expect(readText(el.shadowRoot!.querySelector('[part~="state"]'))).to.equal('No speakers match “zzz”.');
    expect(readText(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('0 speakers');
    await expect(el).to.be.accessible();
  });

  it('shows the people of a session, or of a role', async () => {
    const session = await list(html`<speaker-list src=${SAMPLE_URL} session-id="ws196" layout="list"></speaker-list>`);
    expect(names(session)).to.deep.equal(['Desiree Miloshevic', 'Peter Major', 'Qusai Al-Shatti']);
    await expect(session).to.be.accessible();

    const moderators = await list(html`<speaker-list .feed=${feed} person-role="moderator"></speaker-list>`);
    expect(names(moderators)).to.deep.equal(['Désirée Miloshevic']);

    const empty = await list(html`<speaker-list .feed=${feed} person-role="rapporteur" locale="en"></speaker-list>`);
    expect(readText(empty.shadowRoot!.querySelector('[part~="state"]'))).to.equal('No speakers to show.');
    await expect(empty).to.be.accessible();
  });

  it('reports an unknown session and a missing feed', async () => {
    const unknown = await list(html`<speaker-list src=${SAMPLE_URL} session-id="ws197" locale="en"></speaker-list>`);
    expect(readText(unknown.shadowRoot!.querySelector('[role="alert"]'))).to.equal('This session is not in the schedule.');
    await expect(unknown).to.be.accessible();

    const missing = await list(html`<speaker-list src="/test/fixtures/components/no-such-feed.json" locale="en"></speaker-list>`);
    expect(readText(missing.shadowRoot!.querySelector('[role="alert"]'))).to.equal('The schedule is not available right now.');
    await expect(missing).to.be.accessible();
  });

  it('reads right to left in Arabic', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="ar"></speaker-list>`);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(readText(el.shadowRoot!.querySelector('label'))).to.equal('ابحث عن المتحدثين');
    const card = el.shadowRoot!.querySelector('speaker-card')!;
    expect(card.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    const input = el.shadowRoot!.querySelector('[part~="search"]')!.getBoundingClientRect();
    const label = el.shadowRoot!.querySelector('.search')!.getBoundingClientRect();
    expect(Math.round(input.right)).to.equal(Math.round(label.right));
    await expect(el).to.be.accessible();
  });

  it('moves from the search box to a person with Tab and selects them with Enter', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const selected = oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName);
    await sendKeys({ press: 'Enter' });
    expect((await selected).person.id).to.equal('desiree');
  });

  it('opens a chosen person in a dialog with their sessions, and gives focus back to their name on Escape', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    const card = [...el.shadowRoot!.querySelectorAll('speaker-card')].find((c) => c.person?.id === 'desiree')!;
    const name = card.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!;
    name.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the person’s dialog');
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]')!;
    expect(dialog.getAttribute('aria-label')).to.equal('Désirée Miloshevic');
    expect(card.shadowRoot!.querySelector('dialog[open]'), 'the card opened no dialog of its own').to.equal(null);
    const full = dialog.querySelector('speaker-card')!;
    await full.updateComplete;
    expect(full.compact).to.equal(false);
    expect(readText(full.shadowRoot!.querySelector('.sessions'))).to.include('Opening');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'), 'the dialog closes');
    expect(card.shadowRoot!.activeElement).to.equal(name);
  });

  it('closes the dialog of a person a refresh takes out, and puts focus in the search box', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    const card = [...el.shadowRoot!.querySelectorAll('speaker-card')].find((c) => c.person?.id === 'desiree')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] speaker-card'), 'the person’s dialog');
    el.feed = { ...feed, people: feed.people!.filter((person) => person.id !== 'desiree'), sessions: feed.sessions.map((session) => ({ ...session, people: session.people?.filter((person) => person.id !== 'desiree') })) };
    await allCards(el);
    await el.updateComplete;
    // It stayed open and modal, unnamed and with nothing in it (not even its close button), over the page it made inert.
    expect(el.shadowRoot!.querySelector('dialog')!.open, 'an empty dialog left open').to.equal(false);
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part~="search"]'), 'focus in the search box, not on the page');
  });

  it('opens the person’s dialog in the list’s language and direction', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="ar"></speaker-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('speaker-card')?.shadowRoot?.querySelector('.link-button'), 'the Arabic list');
    el.shadowRoot!.querySelector('speaker-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the person’s dialog');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
  });

  it('keeps the person’s dialog modal when the page moves the list', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    el.shadowRoot!.querySelector('speaker-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the person’s dialog');
    const other = document.createElement('div');
    document.body.append(other);
    try {
      other.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    } finally {
      other.remove();
    }
  });

  it('opens no dialog when the page cancels speaker-select, or when names are links', async () => {
    const el = await list(html`<speaker-list .feed=${feed} locale="en"></speaker-list>`);
    el.addEventListener(SpeakerSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    el.shadowRoot!.querySelector('speaker-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    const linked = await list(html`<speaker-list .feed=${feed} locale="en" person-href="#speaker-{id}"></speaker-list>`);
    const link = linked.shadowRoot!.querySelector('speaker-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(linked.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
  });
});
