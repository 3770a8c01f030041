import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/speaker-card/speaker-card.define.js';
import type { SpeakerCardElement } from '../../src/components/speaker-card/speaker-card.js';
import type { FeedV1 } from '../../src/data/model.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { readText } from '../../src/components/shared/harness.js';
import { SAMPLE_URL, part } from './fixtures.js';
import { waitUntil } from '../wait.js';

async function card(template: ReturnType<typeof html>): Promise<SpeakerCardElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">${template}</div>`);
  const el = wrapper.querySelector('speaker-card')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="base"], .error'), 'the card never settled');
  return el;
}

const hostileFeed: FeedV1 = {
  version: 1,
  event: { name: 'Hostile', timeZone: 'UTC' },
  people: [
    {
      id: 'mallory',
      name: 'Mallory <b>Bold</b>',
      bio: '<p>Hi<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script> <a href="javascript:window.__pwned = true">click</a></p>',
      bioFormat: 'html',
      links: [
        { label: 'Evil', url: 'javascript:window.__pwned = true' },
        { label: 'Site', url: 'https://example.org/mallory' },
      ],
    },
  ],
  sessions: [],
};

describe('<speaker-card>', () => {
  it('lists an all-day session as All day on the venue’s day, for a reader a day behind the venue too', async () => {
    const feed: FeedV1 = {
      version: 1,
      event: { name: 'Sprints', timeZone: 'Europe/Berlin' },
      people: [{ id: 'ana', name: 'Ana' }],
      sessions: [{ id: 'sprints', title: 'Sprints', start: '2030-03-20T00:00', end: '2030-03-22T00:00', allDay: true, people: [{ id: 'ana' }] }],
    };
    for (const zone of ['', 'America/Los_Angeles']) {
      const el = await card(html`<speaker-card .feed=${feed} person-id="ana" time-zone=${zone} locale="en-US"></speaker-card>`);
      const when = part(el, 'sessions')!.querySelector('.when')!;
      expect(readText(when), zone).to.equal('Wednesday, March 20 All day');
      expect(when.querySelector('time')!.getAttribute('datetime'), zone).to.equal('2030-03-20');
    }
  });

  it('shows Peter Major: name heading, job title, bio cut with "Read more", and WS196', async () => {
    const el = await card(html`<speaker-card src=${SAMPLE_URL} person-id="peter-major" locale="en-US"></speaker-card>`);
    const heading = el.shadowRoot!.querySelector('h3')!;
    expect(readText(heading)).to.equal('Peter Major');
    expect(readText(part(el, 'title'))).to.contain('Chair, UN CSTD; Special advisor');
    expect(readText(part(el, 'title'))).to.contain('UN Commission on Science and Technology for Developmeny');

    const sessions = part(el, 'sessions')!;
    expect(readText(sessions)).to.contain('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    expect(readText(sessions)).to.contain('Tuesday, September 2');
    expect(readText(sessions)).to.contain('11:00 AM – 12:30 PM');
    expect(readText(sessions)).to.contain('Workshop Room 03 (Rumeli -1 Floor / Room 1)');
    expect(sessions.querySelector('time')!.getAttribute('datetime')).to.equal('2014-09-02');
    expect(sessions.querySelectorAll('time')[1]!.getAttribute('datetime')).to.equal('2014-09-02T11:00:00+03:00');
    expect(sessions.querySelector('.role'), 'a plain speaker shows no role').to.equal(null);
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Sessions');
    await expect(el).to.be.accessible();

    const bio = part(el, 'bio')!;
    expect(readText(bio)).to.contain('Radiocommunication Bureau');
    await waitUntil(() => bio.shadowRoot!.querySelector('button'), 'no "Read more" for a long bio');
    const toggle = bio.shadowRoot!.querySelector('button')!;
    const region = bio.shadowRoot!.querySelector('[part~="content"]')!;
    expect(readText(toggle)).to.equal('Read more: Peter Major');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(region.scrollHeight).to.be.greaterThan(region.clientHeight);

    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
    expect(region.scrollHeight).to.be.at.most(region.clientHeight + 1);
    expect(readText(toggle)).to.equal('Show less: Peter Major');
    await expect(el).to.be.accessible();

    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'false');
    expect(region.scrollHeight).to.be.greaterThan(region.clientHeight);
  });

  it('shows Qusai Al-Shatti with initials and his role, Moderator', async () => {
    const el = await card(html`<speaker-card src=${SAMPLE_URL} person-id="qusai-alshatti" locale="en-US"></speaker-card>`);
    const avatar = part(el, 'avatar')!;
    await waitUntil(() => avatar.shadowRoot?.querySelector('[part~="initials"]'), 'no initials');
    expect(readText(avatar.shadowRoot!.querySelector('[part~="initials"]'))).to.equal('QA');
    expect(readText(el.shadowRoot!.querySelector('.role'))).to.equal('Moderator');
    await expect(el).to.be.accessible();
  });

  it('shows the times in the time-zone attribute', async () => {
    const el = await card(
      html`<speaker-card src=${SAMPLE_URL} person-id="peter-major" locale="en-US" time-zone="America/New_York"></speaker-card>`,
    );
    expect(readText(part(el, 'sessions'))).to.contain('4:00 – 5:30 AM EDT');
  });

  it('fires session-select from a session title, by click and by Enter', async () => {
    const el = await card(html`<speaker-card src=${SAMPLE_URL} person-id="peter-major"></speaker-card>`);
    const title = part(el, 'session-title') as HTMLButtonElement;
    // As a page that routes the session itself: the card then opens no dialog over the title.
    el.addEventListener(SessionSelectEvent.eventName, (event) => event.preventDefault());
    setTimeout(() => title.click());
    expect((await oneEvent<SessionSelectEvent>(el, SessionSelectEvent.eventName)).session.id).to.equal('ws196');
    title.focus();
    const byKey = oneEvent<SessionSelectEvent>(el, SessionSelectEvent.eventName);
    await sendKeys({ press: 'Enter' });
    expect((await byKey).session.id).to.equal('ws196');
  });

  it('is a compact summary whose name fires speaker-select', async () => {
    const el = await card(html`<speaker-card compact src=${SAMPLE_URL} person-id="peter-major" locale="en-US"></speaker-card>`);
    expect(part(el, 'bio')).to.equal(null);
    expect(part(el, 'sessions')).to.equal(null);
    expect(readText(el.shadowRoot!.querySelector('.count'))).to.equal('1 session');
    const name = part(el, 'name')!.querySelector('button')!;
    setTimeout(() => name.click());
    expect((await oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName)).person.id).to.equal('peter-major');
    await expect(el).to.be.accessible();
  });

  it('says so when the feed has no such person', async () => {
    const el = await card(html`<speaker-card src=${SAMPLE_URL} person-id="nobody" locale="en-US"></speaker-card>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(readText(alert)).to.equal('This person is not in the schedule.');
    await expect(el).to.be.accessible();
  });

  it('asks for a person-id, shows loading, then reports a missing feed', async () => {
    const noId = await card(html`<speaker-card .feed=${hostileFeed}></speaker-card>`);
    expect(readText(noId.shadowRoot!.querySelector('[role="alert"]'))).to.equal('No person to show.');
    await expect(noId).to.be.accessible();

    const missing = await fixture<SpeakerCardElement>(
      html`<speaker-card src="/test/fixtures/components/no-such-feed.json" person-id="peter-major"></speaker-card>`,
    );
    expect(readText(missing.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading the schedule…');
    await expect(missing).to.be.accessible();
    await waitUntil(() => missing.shadowRoot!.querySelector('[role="alert"]'), 'no error state');
    expect(readText(missing.shadowRoot!.querySelector('[role="alert"]'))).to.equal('The schedule is not available right now.');
    await expect(missing).to.be.accessible();
  });

  it('keeps hostile names, bios and links inert', async () => {
    const el = await card(html`<speaker-card .feed=${hostileFeed} person-id="mallory"></speaker-card>`);
    const root = el.shadowRoot!;
    expect(readText(part(el, 'name'))).to.equal('Mallory <b>Bold</b>');
    expect(root.querySelector('img, script, b')).to.equal(null);
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.to.match(/^javascript:/i);
    expect([...root.querySelectorAll('[part~="links"] a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/mallory',
    ]);
    // A link off the site opens a new tab, which neither gets this page nor learns its address, and says so.
    const site = root.querySelector<HTMLAnchorElement>('[part~="links"] a')!;
    expect([site.target, site.rel, readText(site)]).to.deep.equal(['_blank', 'noopener noreferrer', 'Site↗(opens in a new tab)']);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('needs no feed when given the person', async () => {
    const person = { id: 'ada', name: 'Ada Lovelace', organization: 'Analytical Society', links: [] };
    const el = await card(html`<speaker-card .person=${person} heading-level="2" locale="fr"></speaker-card>`);
    expect(readText(el.shadowRoot!.querySelector('h2'))).to.equal('Ada Lovelace');
    expect(readText(part(el, 'title'))).to.equal('Analytical Society');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    await expect(el).to.be.accessible();
  });
});
