import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-card/session-card.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import type { FeedV1, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SavedStore, savedStorageKey } from '../../src/controllers/saved-store.js';
import { SessionSaveEvent } from '../../src/events/session-save-event.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';

const SAMPLE = '/src/sample/igf-2014.json';
/** 11:30 at the venue on the day of ws196 (11:00–12:30 EEST). */
const DURING_WS196 = Date.parse('2014-09-02T11:30:00+03:00');

/** The IGF 2014 sample, normalized once. */
let sample: Schedule;
let sampleFeedJson: FeedV1;
before(async () => {
  sampleFeedJson = await (await fetch(SAMPLE)).json();
  sample = normalizeFeed(sampleFeedJson).schedule;
});

/** The sample under another event id, so what a test saves stays apart from every other test file's. */
function sampleAs(eventId: string): Schedule {
  return normalizeFeed({ ...sampleFeedJson, event: { ...sampleFeedJson.event, id: eventId } }).schedule;
}

/** Text as a person reads it: Intl's narrow and thin spaces as plain ones, runs of white space as one. */
function read(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

function $(el: SessionCardElement, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

function $$(el: SessionCardElement, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function full(options: { locale?: string; timeZone?: string; now?: number; schedule?: Schedule } = {}): Promise<SessionCardElement> {
  return fixture<SessionCardElement>(html`<session-card
    variant="full"
    .schedule=${options.schedule ?? sample}
    session-id="ws196"
    locale=${options.locale ?? 'en-US'}
    time-zone=${options.timeZone ?? ''}
    .now=${options.now}
  ></session-card>`);
}

function compact(): Promise<SessionCardElement> {
  return fixture<SessionCardElement>(html`<session-card .schedule=${sample} session-id="ws196" locale="en-US"></session-card>`);
}

/** A one-session feed with a hostile description and title. */
const hostile: FeedV1 = {
  version: 1,
  event: { name: 'Test', timeZone: 'UTC' },
  sessions: [
    {
      id: 'x',
      title: '<script>window.hacked = 1</script>Title',
      start: '2030-01-01T10:00:00Z',
      duration: 'PT1H',
      descriptionFormat: 'html',
      description:
        '<p>Hi<img src=x onerror="window.hacked = 2"></p><script>window.hacked = 3</script>' +
        '<a href="javascript:window.hacked = 4">bad</a> <a href="https://example.org/">good</a>',
    },
  ],
};

describe('<session-card>', () => {
  describe('compact', () => {
    it('shows code, title, day and time, room, track, speakers, attendance and the ended badge', async () => {
      const el = await compact();
      const title = $(el, 'h3[part~="title"]')!;
      expect(read(title)).to.equal('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect(read($(el, '[part~="code"]'))).to.equal('WS196');
      expect(title.querySelector('button')).not.to.equal(null);
      expect(read($(el, '[part~="time"]'))).to.equal('Tuesday, September 2 • 11:00 AM – 12:30 PM');
      expect($(el, '[part~="time"] time:last-of-type')!.getAttribute('datetime')).to.equal('2014-09-02T11:00:00+03:00');
      expect(read($(el, '[part~="room"]'))).to.equal('Workshop Room 03');
      expect(read($(el, '[part~="track"]'))).to.equal('IGF and the Future of the Internet Ecosystem');
      expect(read($(el, '[part~="status"]'))).to.equal('Ended');
      expect(el.shadowRoot!.querySelector('speaker-avatar-group')!.people!.map((p) => p.id)).to.deep.equal(['qusai-alshatti', 'peter-major', 'desiree-miloshevic']);
      expect($(el, 'attendee-count')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fires session-select on a click on the title and on Enter', async () => {
      const el = await compact();
      const button = $(el, '[part~="title"] button')!;
      setTimeout(() => button.click());
      expect((await oneEvent<SessionSelectEvent>(el, SessionSelectEvent.eventName)).session.id).to.equal('ws196');
      button.focus();
      const keyed = oneEvent<SessionSelectEvent>(el, SessionSelectEvent.eventName);
      await sendKeys({ press: 'Enter' });
      expect((await keyed).session.id).to.equal('ws196');
    });

    it('takes its heading level and, with href, makes the title a link', async () => {
      const el = await fixture<SessionCardElement>(
        html`<session-card .session=${sample.sessionsById.get('ws196')} heading-level="2" href="/sessions/ws196"></session-card>`,
      );
      const link = $(el, 'h2[part~="title"] a')!;
      expect(link.getAttribute('href')).to.equal('/sessions/ws196');
      await expect(el).to.be.accessible();
    });

    it('shows the live badge while the pinned clock is inside the session', async () => {
      const el = await fixture<SessionCardElement>(
        html`<session-card .session=${sample.sessionsById.get('ws196')} .now=${DURING_WS196} locale="en-US"></session-card>`,
      );
      expect(read($(el, '[part~="status"]'))).to.equal('Live now');
    });
  });

  describe('full', () => {
    it('reproduces the seed page: banner, day and time, title, description, full date, room and attendance', async () => {
      const el = await full();
      expect(read($(el, '[part~="status"]'))).to.equal('IGF 2014 has ended');
      expect(read($(el, '[part~="time"]'))).to.equal('Tuesday, September 2 • 11:00 AM – 12:30 PM');
      expect(read($(el, '[part~="title"]'))).to.equal('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect($$(el, '[part~="description"] ol > li')).to.have.length(3);
      expect(read($(el, '.full-date'))).to.equal('Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST');
      expect($(el, '.venue-time')).to.equal(null);
      expect(read($(el, '[part~="room"] .room-name'))).to.equal('Workshop Room 03');
      expect(read($(el, '[part~="room"] .room-location'))).to.equal('Rumeli -1 Floor / Room 1');
      expect($$(el, '.tag').map(read)).to.deep.equal(['enhanced cooperation', 'multistakeholder', 'Tunis Agenda']);
      const attendance = el.shadowRoot!.querySelector('attendee-count')!;
      await attendance.updateComplete;
      expect(read(attendance.shadowRoot!.querySelector('[role="heading"]'))).to.equal('Attendees (0)');
      await expect(el).to.be.accessible();
    });

    it('lists the inner agenda with clock times, durations and people', async () => {
      const el = await full();
      const rows = $$(el, '[part~="agenda"] > li');
      expect(rows).to.have.length(10);
      expect(rows.map((row) => read(row.querySelector('time')))).to.deep.equal([
        '11:00 AM', '11:05 AM', '11:10 AM', '11:15 AM', '11:20 AM', '11:25 AM', '11:30 AM', '11:35 AM', '11:40 AM', '12:20 PM',
      ]);
      expect(rows[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-09-02T11:05:00+03:00');
      expect(read(rows[0]!.querySelector('.agenda-duration'))).to.equal('5 min');
      expect(read(rows[8]!.querySelector('.agenda-duration'))).to.equal('40 min');
      expect(read(rows[0])).to.contain('Background on Workshop Topic & Panelists Introduction').and.contain('Qusai Al-Shatti');
    });

    it('groups the people by role with avatars, affiliations and bios, and never an empty role', async () => {
      const el = await full();
      expect($$(el, '.role > .heading').map(read)).to.deep.equal(['Moderator', 'Speakers']);
      expect($$(el, '.role > .heading').every((h) => h.localName === 'h4')).to.equal(true);
      const avatars = [...el.shadowRoot!.querySelectorAll('speaker-avatar')];
      await Promise.all(avatars.map((avatar) => avatar.updateComplete));
      expect(read(avatars[0]!.shadowRoot!.querySelector('[part~="initials"]'))).to.equal('QA');
      expect(avatars[1]!.shadowRoot!.querySelector('img')!.alt).to.equal('Peter Major');
      const peter = $$(el, '.person')[1]!;
      expect(read(peter.querySelector('.affiliation'))).to.equal(
        'Chair, UN CSTD; Special advisor to the Permanent Mission of Hungary to the UN in Geneva, UN Commission on Science and Technology for Developmeny',
      );
      const bio = peter.querySelector('clamped-text')!;
      await waitUntil(() => bio.shadowRoot!.querySelector('[part~="toggle"]'), 'no "Read more" on a long bio');
      const more = bio.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(read(more)).to.equal('Read more');
      more.click();
      await bio.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      setTimeout(() => peter.querySelector<HTMLButtonElement>('.person-name')!.click());
      expect((await oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName)).person.id).to.equal('peter-major');
    });

    it('labels the session links by kind and opens external ones in a new tab, saying so', async () => {
      const el = await full();
      const links = $$(el, '[part~="actions"] > a');
      expect(links.map((link) => read(link))).to.deep.equal([
        'View media↗(opens in a new tab)',
        'Leave feedback↗(opens in a new tab)',
        'See who’s attending↗(opens in a new tab)',
      ]);
      expect(links.every((link) => link.getAttribute('target') === '_blank' && link.getAttribute('rel') === 'noopener noreferrer')).to.equal(true);
    });

    it('toggles Save with aria-pressed and a session-save event that preventDefault() cancels', async () => {
      const el = await full({ schedule: sampleAs('card-toggle') });
      const save = $(el, '.save')!;
      expect(save.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => save.click());
      const saved = await oneEvent<SessionSaveEvent>(el, SessionSaveEvent.eventName);
      expect([saved.saved, saved.session.id]).to.deep.equal([true, 'ws196']);
      await el.updateComplete;
      expect(save.getAttribute('aria-pressed')).to.equal('true');
      expect(el.hasAttribute('saved')).to.equal(true);

      el.addEventListener(SessionSaveEvent.eventName, (event) => event.preventDefault(), { once: true });
      save.click();
      await el.updateComplete;
      expect(save.getAttribute('aria-pressed')).to.equal('true');
    });

    it('keeps Save in the person’s saved list of the event, and follows changes made elsewhere', async () => {
      const schedule = sampleAs('card-store');
      const el = await full({ schedule });
      const store = SavedStore.for('card-store');
      $(el, '.save')!.click();
      expect([...store.ids]).to.deep.equal(['ws196']);
      expect(JSON.parse(localStorage.getItem(savedStorageKey('card-store'))!).entries[0]).to.include({ id: 'ws196', roomName: 'Workshop Room 03' });
      store.remove('ws196');
      await el.updateComplete;
      expect($(el, '.save')!.getAttribute('aria-pressed')).to.equal('false');
      expect(el.saved).to.equal(false);
      store.save([schedule.sessionsById.get('ws196')!]);
      await el.updateComplete;
      expect($(el, '.save')!.getAttribute('aria-pressed')).to.equal('true');
      store.remove('ws196');
    });

    it('leaves the saved list alone when session-save is cancelled, or with without-saved-store', async () => {
      const el = await full({ schedule: sampleAs('card-cancel') });
      el.addEventListener(SessionSaveEvent.eventName, (event) => event.preventDefault(), { once: true });
      $(el, '.save')!.click();
      expect(SavedStore.for('card-cancel').ids.size).to.equal(0);
      el.withoutSavedStore = true;
      await el.updateComplete;
      $(el, '.save')!.click();
      await el.updateComplete;
      expect([el.saved, SavedStore.for('card-cancel').ids.size]).to.deep.equal([true, 0]);
    });

    it('offers the session to calendars: an .ics download, Google and Outlook; Escape closes the menu', async () => {
      const el = await full();
      const toggle = $(el, '.calendar-toggle')!;
      const options = $(el, '#calendar-options')!;
      expect(options.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(options.hidden).to.equal(false);
      const [google, outlook] = [...options.querySelectorAll('a')];
      expect(google!.href).to.match(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/);
      expect(outlook!.href).to.match(/^https:\/\/outlook\.live\.com\//);
      await expect(el).to.be.accessible();

      const click = HTMLAnchorElement.prototype.click;
      const downloads: HTMLAnchorElement[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this);
      };
      try {
        options.querySelector('button')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloads.map((link) => link.download)).to.deep.equal(['ws196.ics']);
      expect(await (await fetch(downloads[0]!.href)).text()).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:WS196: IGF & Enhanced/);
      await el.updateComplete;
      expect(options.hidden).to.equal(true);

      toggle.click();
      await el.updateComplete;
      google!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(options.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('shows the live banner while the pinned clock is inside the session', async () => {
      const el = await full({ now: DURING_WS196 });
      expect(read($(el, '[part~="status"]'))).to.equal('This session is live now');
    });

    it('shows times in time-zone, with the venue time too', async () => {
      const el = await full({ timeZone: 'America/New_York' });
      expect(read($(el, '[part~="time"]'))).to.equal('Tuesday, September 2 • 4:00 – 5:30 AM');
      expect(read($(el, '.full-date'))).to.equal('Tuesday, September 2, 2014, 4:00 – 5:30 AM EDT');
      expect(read($(el, '.venue-time'))).to.equal('At the venue: Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST');
    });

    it('speaks French with 24-hour times, and Arabic right to left', async () => {
      const fr = await full({ locale: 'fr' });
      expect($$(fr, '.role > .heading').map(read)).to.deep.equal(['Modérateur', 'Intervenants']);
      expect(read($(fr, '[part~="agenda"] time'))).to.equal('11:00');
      expect(read($(fr, '.save'))).to.equal('☆Enregistrer');
      const ar = await full({ locale: 'ar' });
      const base = $(ar, '[part~="base"]')!;
      expect([base.lang, base.dir]).to.deep.equal(['ar', 'rtl']);
      expect($$(ar, '.role > .heading').map(read)).to.deep.equal(['مدير الجلسة', 'المتحدثان']);
      await expect(ar).to.be.accessible();
    });

    it('heads an unknown role with its label as written, and says when an upcoming session starts', async () => {
      const feed: FeedV1 = {
        version: 1,
        event: { name: 'Test', timeZone: 'UTC' },
        people: [{ id: 'ana', name: 'Ana Lima' }, { id: 'bo', name: 'Bo Chen' }],
        sessions: [
          {
            id: 'panel',
            title: 'Panel',
            start: '2030-01-01T10:00:00Z',
            duration: 'PT1H',
            people: [{ id: 'ana', role: 'moderator' }, { id: 'bo', role: 'Rapporteur' }],
          },
        ],
      };
      const el = await fixture<SessionCardElement>(html`<session-card
        variant="full"
        .feed=${feed}
        session-id="panel"
        locale="en"
        .now=${Date.parse('2030-01-01T09:50:00Z')}
      ></session-card>`);
      expect($$(el, '.role > .heading').map(read)).to.deep.equal(['Moderator', 'Rapporteur']);
      expect(read($(el, '[part~="status"]'))).to.equal('Starts in 10 minutes');
    });

    it('keeps hostile feed text inert', async () => {
      const el = await fixture<SessionCardElement>(html`<session-card variant="full" .feed=${hostile} session-id="x"></session-card>`);
      const description = $(el, '[part~="description"]')!;
      expect(read($(el, '[part~="title"]'))).to.equal('<script>window.hacked = 1</script>Title');
      expect(el.shadowRoot!.querySelector('script, img')).to.equal(null);
      const [bad, good] = [...description.querySelectorAll('a')];
      expect(bad!.hasAttribute('href')).to.equal(false);
      expect(good!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(good!.getAttribute('target')).to.equal('_blank');
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('asks for a session-id when it has none', async () => {
      const el = await fixture<SessionCardElement>(html`<session-card src=${SAMPLE}></session-card>`);
      expect(read($(el, '[role="alert"]'))).to.equal('No session to show: set the session-id attribute.');
      await expect(el).to.be.accessible();
    });

    it('shows loading, then names the session it did not find', async () => {
      // A URL of its own, so that no earlier test has loaded it already.
      const src = `${SAMPLE}?loading`;
      const el = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="ws197"></session-card>`);
      expect(read($(el, '[role="status"]'))).to.equal('Loading the schedule…');
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '[role="alert"]'), 'no not-found message');
      expect(read($(el, '[role="alert"]'))).to.equal(`No session ws197 in ${src}.`);
      await expect(el).to.be.accessible();
    });

    it('says when the feed cannot be loaded', async () => {
      const src = '/test/fixtures/components/no-such-feed.json';
      const el = await fixture<SessionCardElement>(html`<session-card src=${src} session-id="ws196"></session-card>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error message');
      expect(read($(el, '[role="alert"]'))).to.equal(`The schedule ${src} was not found.`);
      await expect(el).to.be.accessible();
    });
  });
});
