import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readText, type AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import type { FeedV1 } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { timeline } from './agenda-timeline.helpers.js';
import { resetUrl } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** As many speakers as a big congress has (39C3: about 700), each giving one talk. */
const SPEAKERS = 700;
const FIRST = ['Zoë', 'Ada', 'Émile', 'bob', 'Łucja', 'Chen', 'Ørjan', 'Mia', 'Noor', 'Yuki'];

/** Seven days of 100 talks in 10 rooms (one room named in German only), each talk by its own speaker. */
function congress(): FeedV1 {
  return {
    version: 1,
    event: { id: 'timeline-congress', name: 'Congress', timeZone: 'Europe/Berlin' },
    rooms: Array.from({ length: 10 }, (_, i) => (i === 0 ? { id: 'r0', name: { de: 'Großer Saal' } } : { id: `r${i}`, name: `Room ${i}` })),
    people: Array.from({ length: SPEAKERS }, (_, i) => ({ id: `p${i}`, name: `${FIRST[i % FIRST.length]} ${String(SPEAKERS - i).padStart(3, '0')}` })),
    sessions: Array.from({ length: SPEAKERS }, (_, i) => ({
      id: `t${i}`,
      title: `Talk ${i}`,
      start: `2031-01-0${1 + Math.floor(i / 100)}T${String(10 + Math.floor((i % 100) / 10)).padStart(2, '0')}:00`,
      duration: 'PT50M',
      roomId: `r${i % 10}`,
      people: [{ id: `p${i}` }],
    })),
  } as FeedV1;
}

const schedule = normalizeFeed(congress()).schedule;

/** The select of the facet labelled `facet` ("Speaker", "Room"). */
function facetSelect(harness: AgendaTimelineHarness, facet: string): HTMLSelectElement {
  const label = [...harness.element.shadowRoot!.querySelectorAll('[part~="filters"] label')].find((candidate) => readText(candidate.querySelector('span')) === facet);
  return label!.querySelector('select')!;
}

describe('<agenda-timeline> filters of a big programme', () => {
  afterEach(() => resetUrl());

  it('offers every speaker once, by name in alphabetical order, as the options of a plain select reached with Tab', async () => {
    const harness = await timeline({ schedule, layout: 'list', width: '390px' });
    const toggle = harness.element.shadowRoot!.querySelector<HTMLElement>('[aria-controls="filters"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await harness.settle();
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'Tab' });
    const select = facetSelect(harness, 'Speaker');
    expect(harness.element.shadowRoot!.activeElement, 'Tab from the Filters button goes through the rooms to the speakers').to.equal(select);
    const names = schedule.people.map((person) => person.name).sort((a, b) => a.localeCompare(b));
    expect([...select.options].map(readText)).to.deep.equal(['All speakers', ...names]);
    expect(new Set([...select.options].map((option) => option.value)).size).to.equal(SPEAKERS + 1);
    expect(select.selectedOptions[0]!.textContent).to.equal('All speakers');
    // Nothing but the options inside: no markers or text between them, so that the select stays as light as a native one.
    expect(select.childNodes.length, 'the nodes inside the speaker select').to.equal(SPEAKERS + 1);
    // A room named in German only is marked as German on an English page, so a screen reader speaks it in German.
    const room = [...facetSelect(harness, 'Room').options].find((option) => readText(option) === 'Großer Saal')!;
    expect(room.lang).to.equal('de');
  });

  it('has every speaker in the select a moment after the panel opens, before anyone reaches it', async () => {
    const harness = await timeline({ schedule, layout: 'list', width: '390px' });
    await harness.openFilters();
    const select = facetSelect(harness, 'Speaker');
    await waitUntil(() => select.options.length === SPEAKERS + 1, 'every speaker offered', { timeout: 5000 });
    expect(select.childNodes.length).to.equal(SPEAKERS + 1);
    expect(harness.element.shadowRoot!.activeElement, 'nothing focused the select').to.not.equal(select);
  });

  it('offers every speaker at once when the programme changes while the person is in the select', async () => {
    const harness = await timeline({ schedule, layout: 'list', width: '390px' });
    await harness.openFilters();
    const select = facetSelect(harness, 'Speaker');
    select.focus();
    expect(select.options).to.have.length(SPEAKERS + 1);
    // A refresh of the feed: the same speakers, one more.
    const feed = congress();
    feed.people!.push({ id: 'late', name: 'Late Speaker' });
    feed.sessions.push({ id: 'late-talk', title: 'Late talk', start: '2031-01-01T19:00', duration: 'PT30M', roomId: 'r1', people: [{ id: 'late' }] });
    harness.element.schedule = normalizeFeed(feed).schedule;
    await harness.settle();
    expect(harness.element.shadowRoot!.activeElement).to.equal(select);
    expect(select.options, 'every speaker, the new one too, for the person already in the list').to.have.length(SPEAKERS + 2);
  });

  it('filters by the speaker chosen with the keyboard, and keeps the choice while the person types and until filters are cleared', async () => {
    const harness = await timeline({ schedule, layout: 'list', width: '390px' });
    await harness.openFilters();
    const select = facetSelect(harness, 'Speaker');
    select.focus();
    const options = [...select.options];
    expect(options).to.have.length(SPEAKERS + 1);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await harness.settle();
    const chosen = options[2]!;
    const person = schedule.peopleById.get(chosen.value)!;
    expect(select.selectedOptions[0]).to.equal(chosen);
    expect(harness.count()).to.equal('1 session matches');
    const talk = schedule.byPerson.get(person.id)![0]!;
    await harness.search('Talk');
    expect(harness.count()).to.equal('1 session matches');
    expect(facetSelect(harness, 'Speaker'), 'the same select').to.equal(select);
    expect(select.selectedOptions[0]?.textContent).to.equal(person.name);
    expect([...select.options], 'the options are kept, not built again').to.deep.equal(options);
    await harness.openDay(harness.dayLabels().find((label) => label.endsWith('(1)'))!);
    expect(harness.visibleSessionTitles()).to.deep.equal([talk.title]);
    await harness.clearFilters();
    expect(harness.count()).to.equal('100 sessions');
    expect(select.selectedOptions[0]!.textContent).to.equal('All speakers');
  });

  /** An event of one talk by each person named, an hour apart. */
  const talksBy = (name: string, people: readonly string[]) =>
    normalizeFeed({
      version: 1,
      event: { id: name.toLowerCase(), name, timeZone: 'Europe/Oslo' },
      people: people.map((person, i) => ({ id: `n${i}`, name: person })),
      sessions: people.map((_, i) => ({ id: `s${i}`, title: `Talk ${i}`, start: `2031-01-01T1${i}:00`, duration: 'PT30M', people: [{ id: `n${i}` }] })),
    } as FeedV1).schedule;

  it('sorts the speakers in the alphabet of the timeline’s language: Ø after Z in Norwegian, with O in German', async () => {
    const nordic = talksBy('Nordic', ['Zara', 'Ørjan', 'Olav']);
    for (const [locale, order] of [
      ['nb', ['Olav', 'Zara', 'Ørjan']],
      ['de', ['Olav', 'Ørjan', 'Zara']],
    ] as const) {
      const harness = await timeline({ schedule: nordic, layout: 'list', locale });
      await harness.openFilters();
      const select = harness.element.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part~="filters"] select');
      const speakers = [...select].at(-1)!;
      expect([...speakers.options].slice(1).map(readText), locale).to.deep.equal(order);
    }
  });

  it('sorts the numbers in speakers’ names by their value: Speaker 2 before Speaker 10', async () => {
    const numbered = talksBy('Numbered', ['Speaker 10', 'Speaker 2', 'Speaker 1']);
    const harness = await timeline({ schedule: numbered, layout: 'list' });
    await harness.openFilters();
    expect([...facetSelect(harness, 'Speaker').options].slice(1).map(readText)).to.deep.equal(['Speaker 1', 'Speaker 2', 'Speaker 10']);
  });

  it('tells two speakers of one name apart by their organization, else their job title', async () => {
    const namesakes = normalizeFeed({
      version: 1,
      event: { id: 'namesakes', name: 'Namesakes', timeZone: 'Europe/Oslo' },
      people: [
        { id: 'a', name: 'Alex Kim', organization: 'Globex' },
        { id: 'b', name: 'Alex Kim', organization: 'ACME' },
        { id: 'c', name: 'Sam Lee', jobTitle: 'Editor' },
        { id: 'd', name: 'Sam Lee', jobTitle: 'Engineer', organization: { fr: 'Le Monde' } },
        { id: 'e', name: 'Zoë Ng', organization: 'Initech' },
      ],
      sessions: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id: `s${i}`, title: `Talk ${i}`, start: `2031-01-01T1${i}:00`, duration: 'PT30M', people: [{ id }] })),
    } as FeedV1).schedule;
    const harness = await timeline({ schedule: namesakes, layout: 'list' });
    await harness.openFilters();
    const select = facetSelect(harness, 'Speaker');
    expect([...select.options].slice(1).map(readText)).to.deep.equal(['Alex Kim (ACME)', 'Alex Kim (Globex)', 'Sam Lee (Editor)', 'Sam Lee (Le Monde)', 'Zoë Ng']);
    select.value = 'b';
    select.dispatchEvent(new Event('change'));
    await harness.settle();
    expect(harness.visibleSessionTitles()).to.deep.equal(['Talk 1']);
  });

  it('shows the speaker the URL filters by as chosen', async () => {
    history.replaceState(null, '', `${location.pathname}?st-speaker=p123`);
    const harness = await timeline({ schedule, layout: 'list', width: '390px' });
    expect(harness.count()).to.equal('1 session matches');
    await harness.openFilters();
    const select = facetSelect(harness, 'Speaker');
    expect([select.value, select.selectedOptions[0]!.textContent]).to.deep.equal(['p123', schedule.peopleById.get('p123')!.name]);
  });
});
