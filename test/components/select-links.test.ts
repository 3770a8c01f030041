/**
 * Names and titles that lead somewhere with no code: `session-href` and `person-href` make them real
 * links (here to `#…` fragments, so that following one only changes the URL's fragment), their
 * `session-select` / `speaker-select` events still fire first, and a page that cancels them keeps
 * the link from being followed (and the timeline from opening its dialog).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { readText } from '../../src/components/shared/harness.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { timeline } from './agenda-timeline.helpers.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { resetUrl, talkFeed, withSchedule } from './fixtures.js';

afterEach(() => resetUrl());

/** The links of the element's shadow root (and of those inside it) whose text includes `text`. */
function linksNamed(root: ShadowRoot, text: string): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  const visit = (node: ShadowRoot): void => {
    for (const link of node.querySelectorAll('a')) if (readText(link).includes(text)) found.push(link);
    for (const inner of node.querySelectorAll('*')) if (inner.shadowRoot) visit(inner.shadowRoot);
  };
  visit(root);
  return found;
}

/** Clicks `link` and tells whether the browser followed it (the fragment changed to its own). */
function followed(link: HTMLAnchorElement): boolean {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  link.click();
  return location.hash === new URL(link.href).hash;
}

describe('session-href and person-href', () => {
  it('make the full card’s names links to each person’s page; speaker-select still fires and can cancel', async () => {
    const el = await withSchedule('session-card', { variant: 'full', 'session-id': 'ws196', 'person-href': '#speaker-{id}' });
    const [link] = linksNamed(el.shadowRoot!, 'Peter Major');
    expect(link, 'Peter Major is a link').to.exist;
    expect(link!.getAttribute('href')).to.equal('#speaker-peter-major');
    const selected = oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName);
    expect(followed(link!)).to.equal(true);
    expect((await selected).person.id).to.equal('peter-major');

    el.addEventListener(SpeakerSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    expect(followed(link!), 'a cancelled speaker-select keeps the link from being followed').to.equal(false);
  });

  it('make a compact card’s title a link, and encode the id', async () => {
    const el = await withSchedule('session-card', { 'session-id': 'ws196', 'session-href': '/talks/{id}?from=a b' });
    const [title] = linksNamed(el.shadowRoot!, 'WS196');
    expect(title!.getAttribute('href')).to.equal('/talks/ws196?from=a b');
    const card = await withSchedule('session-card', { 'session-id': 'ws196', 'session-href': 'javascript:alert("{id}")' });
    expect(linksNamed(card.shadowRoot!, 'WS196'), 'no link to an unsafe URL').to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('button.title-action'), 'a button instead').to.exist;
  });

  it('never lead a feed’s id of "." or ".." up the site’s paths', async () => {
    const { schedule } = normalizeFeed(talkFeed({ id: '..' }));
    const el = await withSchedule('session-card', { 'session-id': '..', 'session-href': '/talks/{id}' }, { schedule });
    // Encoded or not, a URL reads ".." as the segment that leads up: the title stays a button.
    expect(linksNamed(el.shadowRoot!, 'A talk')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('button.title-action')).to.exist;
  });

  it('lead from a speaker card to their sessions, and from the speaker list to each person', async () => {
    const card = await withSchedule('speaker-card', { 'person-id': 'peter-major', 'session-href': '#talk-{id}' });
    const [session] = linksNamed(card.shadowRoot!, 'WS196');
    expect(session!.getAttribute('href')).to.equal('#talk-ws196');
    const selected = oneEvent<SessionSelectEvent>(card, SessionSelectEvent.eventName);
    expect(followed(session!)).to.equal(true);
    expect((await selected).session.id).to.equal('ws196');

    const list = await withSchedule('speaker-list', { 'person-href': '/speakers/{id}' });
    await Promise.all([...list.shadowRoot!.querySelectorAll('speaker-card')].map((c) => c.updateComplete));
    expect(linksNamed(list.shadowRoot!, 'Peter Major')[0]!.getAttribute('href')).to.equal('/speakers/peter-major');
  });

  it('make an avatar’s name a link', async () => {
    const el = await withSchedule('speaker-avatar', { 'person-id': 'peter-major', 'with-name': true, 'person-href': '/speakers/{id}' });
    expect(linksNamed(el.shadowRoot!, 'Peter Major')[0]!.getAttribute('href')).to.equal('/speakers/peter-major');
  });

  it('turn the timeline’s sessions into links instead of dialog openers', async () => {
    const harness = await timeline();
    harness.element.setAttribute('session-href', '#talk-{id}');
    await harness.element.updateComplete;
    const cell = harness.session('WS196');
    expect(cell.tagName).to.equal('A');
    expect(followed(cell as unknown as HTMLAnchorElement)).to.equal(true);
    await harness.element.updateComplete;
    expect(harness.element.shadowRoot!.querySelector('dialog')!.open, 'no dialog over the page it leads to').to.equal(false);

    harness.element.addEventListener(SessionSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    expect(followed(harness.session('WS196') as unknown as HTMLAnchorElement)).to.equal(false);
  });

  it('let a page that routes by itself cancel the timeline’s dialog', async () => {
    const harness = await timeline({ withoutUrlState: true });
    harness.element.addEventListener(SessionSelectEvent.eventName, (event) => event.preventDefault(), { once: true });
    harness.session('WS196').click();
    await harness.element.updateComplete;
    expect(harness.element.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    harness.session('WS196').click();
    await harness.element.updateComplete;
    expect(harness.element.shadowRoot!.querySelector('dialog')!.open, 'not cancelled: the dialog opens').to.equal(true);
  });
});

describe('ids that no URL can carry (a lone surrogate, which JSON allows)', () => {
  const id = 'talk\ud800';
  const person = 'eve\udfff';
  const schedule = normalizeFeed({
    ...talkFeed({ id, people: [{ id: person }] }),
    people: [{ id: person, name: 'Eve' }],
  }).schedule;

  it('leave names and titles as buttons instead of failing to render the card', async () => {
    const el = await withSchedule('session-card', { variant: 'full', 'session-id': id, 'person-href': '/speakers/{id}' }, { schedule });
    expect(readText(el.shadowRoot!.querySelector('.person-name'))).to.equal('Eve');
    expect(linksNamed(el.shadowRoot!, 'Eve')).to.deep.equal([]);
  });

  it('open in the timeline’s dialog, leaving the URL without a deep link', async () => {
    const harness = await timeline({ schedule });
    await harness.openSession('A talk');
    expect(harness.dialogCard()?.session?.id).to.equal(id);
    expect(location.hash).to.equal('');
  });
});
