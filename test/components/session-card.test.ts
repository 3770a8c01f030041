import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-card/session-card.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import type { FeedV1 } from '../../src/data/model.js';
import { SavedStore, savedStorageKey } from '../../src/controllers/saved-store.js';
import { calendarWriter } from '../../src/components/shared/calendar-writer.js';
import { fullForm } from '../../src/components/session-card/session-card.js';
import { SessionSaveEvent } from '../../src/events/session-save-event.js';
import { SessionSelectEvent } from '../../src/events/session-select-event.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { $, type Attributes, DURING_WS196, SAMPLE_URL, captureConsole, contrast, findAxNode, mount, part, partText, sample, sampleAs, talkFeed, withSchedule } from './fixtures.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { waitUntil } from '../wait.js';

/** A card of ws196 on the sample (unless `properties` gives another schedule) in en-US, and its page object. */
async function card(attributes: Attributes = {}, properties: Partial<SessionCardElement> = {}): Promise<SessionCardHarness> {
  return new SessionCardHarness(await withSchedule('session-card', { 'session-id': 'ws196', ...attributes }, properties), sendKeys);
}

/** The full form of `card`. */
function full(attributes: Attributes = {}, properties: Partial<SessionCardElement> = {}): Promise<SessionCardHarness> {
  return card({ variant: 'full', ...attributes }, properties);
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
      const compact = await card();
      const el = compact.element;
      expect(compact.titleHeading()!.localName).to.equal('h3');
      expect(compact.title()).to.equal('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect(compact.code()).to.equal('WS196');
      expect(compact.titleHeading()!.querySelector('button')).not.to.equal(null);
      expect(compact.timeLine()).to.equal('Tuesday, September 2 • 11:00 AM – 12:30 PM');
      expect($(el, '[part~="time"] time:last-of-type')!.getAttribute('datetime')).to.equal('2014-09-02T11:00:00+03:00');
      expect(compact.room()).to.equal('Workshop Room 03');
      expect(compact.track()).to.equal('IGF and the Future of the Internet Ecosystem');
      expect(compact.statusText()).to.equal('Ended');
      expect(el.shadowRoot!.querySelector('speaker-avatar-group')!.people!.map((p) => p.id)).to.deep.equal(['qusai-alshatti', 'peter-major', 'desiree-miloshevic']);
      expect($(el, 'attendee-count')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fires session-select on a click on the title and on Enter', async () => {
      const compact = await card();
      // As a page that routes the session itself: the card then opens no dialog over the title.
      compact.element.addEventListener(SessionSelectEvent.eventName, (event) => event.preventDefault());
      const clicked = oneEvent<SessionSelectEvent>(compact.element, SessionSelectEvent.eventName);
      await compact.selectTitle();
      expect((await clicked).session.id).to.equal('ws196');
      compact.titleAction()!.focus();
      const keyed = oneEvent<SessionSelectEvent>(compact.element, SessionSelectEvent.eventName);
      await compact.press('Enter');
      expect((await keyed).session.id).to.equal('ws196');
    });

    it('takes its heading level and, with href, makes the title a link', async () => {
      const el = await mount('session-card', { 'heading-level': 2, href: '/sessions/ws196' }, { session: sample.sessionsById.get('ws196') });
      const link = $(el, 'h2[part~="title"] a')!;
      expect(link.getAttribute('href')).to.equal('/sessions/ws196');
      await expect(el).to.be.accessible();
    });

    it('takes the pinned clock as an attribute too, an ISO instant', async () => {
      const el = await mount('session-card', { locale: 'en-US', now: '2014-09-02T11:30:00+03:00' }, { session: sample.sessionsById.get('ws196') });
      expect(partText(el, 'status')).to.equal('Live now');
      el.setAttribute('now', '2014-09-02T13:00:00+03:00');
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Ended');
    });

    it('draws the dot of a white or near-white track with an edge, in both forms: it vanished on the white card', async () => {
      const { schedule } = normalizeFeed({ ...talkFeed({ trackId: 'plenary' }), tracks: [{ id: 'plenary', name: 'Plenary', color: '#fafafa' }] });
      for (const variant of ['compact', 'full']) {
        const el = await withSchedule('session-card', { 'session-id': 'talk', variant }, { schedule });
        await waitUntil(() => part(el, 'track'), `${variant}: no track`);
        const dot = getComputedStyle(part(el, 'track')!.firstElementChild!);
        // Its outermost colour: a ring drawn around it, else its own (a ring filled by its border).
        const edge = dot.boxShadow === 'none' ? dot.borderTopColor : dot.boxShadow;
        expect(contrast(edge, getComputedStyle($(el, '.card')!).backgroundColor), `${variant}: the dot's edge on the card`).to.be.at.least(1.3);
      }
    });

    it('shows the live badge while the pinned clock is inside the session', async () => {
      const el = await mount('session-card', { locale: 'en-US' }, { session: sample.sessionsById.get('ws196'), now: DURING_WS196 });
      expect(partText(el, 'status')).to.equal('Live now');
    });
  });

  describe('full', () => {
    it('reproduces the seed page: banner, day and time, title, description, full date, room and attendance', async () => {
      const page = await full();
      const el = page.element;
      expect(page.statusText()).to.equal('IGF 2014 has ended');
      expect(page.timeLine()).to.equal('Tuesday, September 2 • 11:00 AM – 12:30 PM');
      expect(page.title()).to.equal('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect(page.description()!.querySelectorAll('ol > li')).to.have.length(3);
      expect(page.fullDate()).to.equal('Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST');
      expect(page.venueTime()).to.equal(undefined);
      expect(readText($(el, '[part~="room"] .room-name'))).to.equal('Workshop Room 03');
      expect(readText($(el, '[part~="room"] .room-location'))).to.equal('Rumeli -1 Floor / Room 1');
      expect(page.tags()).to.deep.equal(['enhanced cooperation', 'multistakeholder', 'Tunis Agenda']);
      const attendance = el.shadowRoot!.querySelector('attendee-count')!;
      await attendance.updateComplete;
      expect(readText(attendance.shadowRoot!.querySelector('[role="heading"]'))).to.equal('Attendees (0)');
      await expect(el).to.be.accessible();
    });

    it('cuts bios to the lines the page asks for with --schedule-clamped-text-lines, 3 unless it does', async () => {
      const lines = async (style: string): Promise<string> => {
        const el = (await full({ style })).element;
        const bio = el.shadowRoot!.querySelector('clamped-text')!;
        await bio.updateComplete;
        return getComputedStyle(bio.shadowRoot!.querySelector('[part~="content"]')!).webkitLineClamp;
      };
      expect(await lines('')).to.equal('3');
      expect(await lines('--schedule-clamped-text-lines: 1')).to.equal('1');
    });

    it('lists the inner agenda with clock times, durations and people', async () => {
      const rows = (await full()).agendaItems();
      expect(rows).to.have.length(10);
      expect(rows.map((row) => readText(row.querySelector('time')))).to.deep.equal([
        '11:00 AM', '11:05 AM', '11:10 AM', '11:15 AM', '11:20 AM', '11:25 AM', '11:30 AM', '11:35 AM', '11:40 AM', '12:20 PM',
      ]);
      expect(rows[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-09-02T11:05:00+03:00');
      expect(readText(rows[0]!.querySelector('.agenda-duration'))).to.equal('5 min');
      expect(readText(rows[8]!.querySelector('.agenda-duration'))).to.equal('40 min');
      expect(readText(rows[0])).to.contain('Background on Workshop Topic & Panelists Introduction').and.contain('Qusai Al-Shatti');
    });

    it('groups the people by role with avatars, affiliations and bios, and never an empty role', async () => {
      const page = await full();
      const el = page.element;
      expect(page.roles()).to.deep.equal(['Moderator', 'Speakers']);
      expect(page.roleHeadings().every((h) => h.localName === 'h4')).to.equal(true);
      expect(page.speakers('Moderator')).to.deep.equal(['Qusai Al-Shatti']);
      expect(page.speakers('Speakers')).to.deep.equal(['Peter Major', 'Desiree Miloshevic']);
      const avatars = [...el.shadowRoot!.querySelectorAll('speaker-avatar')];
      await Promise.all(avatars.map((avatar) => avatar.updateComplete));
      expect(readText(avatars[0]!.shadowRoot!.querySelector('[part~="initials"]'))).to.equal('QA');
      expect(avatars[1]!.shadowRoot!.querySelector('img'), 'Peter Major’s picture').to.not.equal(null);
      // The picture is beside the name: a screen reader hears "Peter Major" once, from the name's button.
      const named = (role: string) => findAxNode((node) => node.role === role && node.name === 'Peter Major');
      expect(await named('button'), 'the name').to.not.equal(null);
      expect(await named('image'), 'the picture').to.equal(null);
      expect(page.affiliation('Peter Major')).to.equal(
        'Chair, UN CSTD; Special advisor to the Permanent Mission of Hungary to the UN in Geneva, UN Commission on Science and Technology for Developmeny',
      );
      const more = await page.bioToggle('Peter Major');
      // Each bio's toggle is named by whose bio it is (the name visually hidden).
      expect(readText(more)).to.equal('Read more: Peter Major');
      expect(readText(more.querySelector('.visually-hidden'))).to.equal(': Peter Major');
      await page.readMore('Peter Major');
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      const selected = oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName);
      await page.selectSpeaker('Peter Major');
      expect((await selected).person.id).to.equal('peter-major');
    });

    it('labels the session links by kind and opens external ones in a new tab, saying so', async () => {
      const links = (await full()).actionLinks();
      expect(links.map((link) => readText(link))).to.deep.equal([
        'View media↗(opens in a new tab)',
        'Leave feedback↗(opens in a new tab)',
        'See who’s attending↗(opens in a new tab)',
      ]);
      expect(links.every((link) => link.getAttribute('target') === '_blank' && link.getAttribute('rel') === 'noopener noreferrer')).to.equal(true);
    });

    it('toggles Save with aria-pressed and a session-save event that preventDefault() cancels', async () => {
      const page = await full({}, { schedule: sampleAs('card-toggle') });
      const el = page.element;
      const save = page.saveButton()!;
      expect(save.getAttribute('aria-pressed')).to.equal('false');
      expect(readText(save)).to.equal('☆Save');
      const toggled = oneEvent<SessionSaveEvent>(el, SessionSaveEvent.eventName);
      await page.toggleSave();
      const saved = await toggled;
      expect([saved.saved, saved.session.id]).to.deep.equal([true, 'ws196']);
      expect(save.getAttribute('aria-pressed')).to.equal('true');
      expect(readText(save), 'the label says what is done').to.equal('★Saved');
      expect(el.hasAttribute('saved')).to.equal(true);

      el.addEventListener(SessionSaveEvent.eventName, (event) => event.preventDefault(), { once: true });
      await page.toggleSave();
      expect(save.getAttribute('aria-pressed')).to.equal('true');
    });

    it('keeps Save in the person’s saved list of the event, and follows changes made elsewhere', async () => {
      const schedule = sampleAs('card-store');
      const page = await full({}, { schedule });
      const el = page.element;
      const store = SavedStore.for('card-store');
      await page.toggleSave();
      expect([...store.ids]).to.deep.equal(['ws196']);
      expect(JSON.parse(localStorage.getItem(savedStorageKey('card-store'))!).entries[0]).to.include({ id: 'ws196', roomName: 'Workshop Room 03' });
      store.remove('ws196');
      await el.updateComplete;
      expect(page.saveButton()!.getAttribute('aria-pressed')).to.equal('false');
      expect(el.saved).to.equal(false);
      store.save([schedule.sessionsById.get('ws196')!]);
      await el.updateComplete;
      expect(page.saveButton()!.getAttribute('aria-pressed')).to.equal('true');
      store.remove('ws196');
    });

    it('leaves the saved list alone when session-save is cancelled, or with without-saved-store', async () => {
      const page = await full({}, { schedule: sampleAs('card-cancel') });
      const el = page.element;
      el.addEventListener(SessionSaveEvent.eventName, (event) => event.preventDefault(), { once: true });
      await page.toggleSave();
      expect(SavedStore.for('card-cancel').ids.size).to.equal(0);
      el.withoutSavedStore = true;
      await el.updateComplete;
      await page.toggleSave();
      expect([el.saved, SavedStore.for('card-cancel').ids.size]).to.deep.equal([true, 0]);
    });

    it('offers the session to calendars: an .ics download, Google and Outlook; Escape closes the menu', async () => {
      const page = await full();
      const el = page.element;
      const toggle = page.calendarToggle()!;
      const options = page.calendarMenu()!;
      expect(options.hidden).to.equal(true);
      await page.toggleCalendar();
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

      await page.toggleCalendar();
      google!.focus();
      await page.press('Escape');
      expect(options.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('gives focus back to "Add to calendar" once a choice in its menu hides it', async () => {
      const page = await full();
      const el = page.element;
      page.calendarToggle()!.focus();
      await page.press('Enter');
      await page.press('Tab');
      expect(readText(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Download .ics');
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => {};
      try {
        await page.press('Enter');
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(page.calendarMenu()!.hidden).to.equal(true);
      const focused = (): string => readText(el.shadowRoot!.activeElement as HTMLElement | null) || `the page's ${document.activeElement?.localName}`;
      expect(focused(), 'focus on the button, not lost to the page').to.equal('Add to calendar');

      await page.press('Enter');
      page.calendarMenu()!.querySelector('a')!.addEventListener('click', (event) => event.preventDefault());
      await page.press('Tab');
      await page.press('Tab');
      await page.press('Enter');
      expect(page.calendarMenu()!.hidden).to.equal(true);
      expect(focused()).to.equal('Add to calendar');
    });

    it('closes the "Add to calendar" menu when Tab leaves it, and keeps it open while Tab goes through it', async () => {
      const page = await full();
      page.calendarToggle()!.focus();
      await page.press('Enter');
      for (let i = 0; i < 3; i++) await page.press('Tab');
      expect(readText(page.element.shadowRoot!.activeElement as HTMLElement)).to.match(/^Outlook/);
      expect(page.calendarMenu()!.hidden).to.equal(false);
      await page.press('Tab');
      expect(readText(page.element.shadowRoot!.activeElement as HTMLElement)).to.equal('Qusai Al-Shatti');
      expect(page.calendarMenu()!.hidden, 'not left open over the text below').to.equal(true);
      expect(page.calendarToggle()!.getAttribute('aria-expanded')).to.equal('false');
    });

    describe('without the calendar writer', () => {
      const printed = captureConsole();
      let restore: (() => void) | undefined;
      afterEach(() => restore?.());

      it('offers no calendars, says why once in the console, and shows the rest of the card', async () => {
        restore = calendarWriter.replaceImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
        const first = await full();
        const second = await full();
        for (const page of [first, second]) {
          expect(page.calendarToggle()).to.equal(null);
          expect(partText(page.element, 'title')).to.contain('WS196');
        }
        expect(printed.warnings).to.deep.equal([
          'schedule-elements: could not load schedule-elements-ical.min.js, so sessions cannot be added to calendars. Copy it beside schedule-elements.min.js. (TypeError: Failed to fetch dynamically imported module)',
        ]);
        await expect(first.element).to.be.accessible();
      });
    });

    describe("while the full form's parts download, and without them", () => {
      const printed = captureConsole();
      let restore: (() => void) | undefined;
      afterEach(() => restore?.());

      it('shows the loading line until its parts are here, then the whole card', async () => {
        let arrive!: () => void;
        const real = import('../../src/components/session-card/session-card.full.js');
        restore = fullForm.replaceImporter(() => new Promise((resolve) => (arrive = () => resolve(real))));
        // Not `fixture`, which waits for `updateComplete`: that waits for the parts.
        const el = fixtureSync<SessionCardElement>(html`<session-card session-id="ws196" variant="full" locale="en-US" .schedule=${sample}></session-card>`);
        await waitUntil(() => el.shadowRoot?.querySelector('[role="status"]'), 'the loading line');
        expect(readText(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading the schedule…');
        expect(el.shadowRoot!.querySelector('article')).to.equal(null);
        arrive();
        await el.updateComplete;
        const page = new SessionCardHarness(el, sendKeys);
        expect(partText(el, 'title')).to.contain('WS196');
        expect(page.roles()).to.deep.equal(['Moderator', 'Speakers']);
        expect(partText(el, 'description')).to.contain('Internet');
      });

      it('shows the compact card where they cannot be downloaded, and says why once in the console', async () => {
        restore = fullForm.replaceImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
        const first = await full();
        const second = await full();
        for (const page of [first, second]) {
          expect($(page.element, 'article')!.className).to.contain('compact');
          expect(partText(page.element, 'title')).to.contain('WS196');
          expect($(page.element, '[part~="description"]')).to.equal(null);
        }
        expect(printed.warnings).to.deep.equal([
          'schedule-elements: could not load schedule-elements-session-card.full.min.js, so full session cards are shown in their compact form. Copy it beside schedule-elements.min.js. (TypeError: Failed to fetch dynamically imported module)',
        ]);
      });
    });

    it('shows the live banner while the pinned clock is inside the session', async () => {
      const page = await full({}, { now: DURING_WS196 });
      expect(page.statusText()).to.equal('This session is live now');
    });

    it('says the day of a session over midnight or over days once: its range names its days', async () => {
      // A late jam (11:45 PM to 1:30 AM) and a hackathon of three days, as the timeline names them: "Saturday, July 5 • Sat, Jul 5, …" said it twice.
      const feed = {
        version: 1,
        event: { name: 'Summer School', timeZone: 'Europe/Lisbon' },
        sessions: [
          { id: 'jam', title: 'Late night jam', start: '2025-07-05T23:45', end: '2025-07-06T01:30' },
          { id: 'hack', title: 'Hackathon', start: '2025-07-02T09:00', end: '2025-07-04T18:00' },
        ],
      };
      for (const variant of ['compact', 'full']) {
        for (const [id, range] of [['jam', 'Sat, Jul 5, 11:45 PM – Sun, Jul 6, 1:30 AM'], ['hack', 'Wed, Jul 2, 9:00 AM – Fri, Jul 4, 6:00 PM']]) {
          const page = await card({ 'session-id': id!, locale: 'en', variant }, { schedule: undefined, feed, now: Date.parse('2025-01-01T00:00:00Z') });
          expect(page.timeLine(), `${id} ${variant}`).to.equal(range);
        }
      }
    });

    it('shows times in time-zone, with the venue time too', async () => {
      const page = await full({ 'time-zone': 'America/New_York' });
      expect(page.timeLine()).to.equal('Tuesday, September 2 • 4:00 – 5:30 AM');
      expect(page.fullDate()).to.equal('Tuesday, September 2, 2014, 4:00 – 5:30 AM EDT');
      expect(page.venueTime()).to.equal('At the venue: Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST');
    });

    it('speaks French with 24-hour times, and Arabic right to left', async () => {
      const fr = await full({ locale: 'fr' });
      expect(fr.roles()).to.deep.equal(['Modérateur', 'Intervenants']);
      expect(readText($(fr.element, '[part~="agenda"] time'))).to.equal('11:00');
      expect(readText(fr.saveButton())).to.equal('☆Enregistrer');
      const ar = await full({ locale: 'ar' });
      const base = $(ar.element, '[part~="base"]')!;
      expect([base.lang, base.dir]).to.deep.equal(['ar', 'rtl']);
      expect(ar.roles()).to.deep.equal(['مدير الجلسة', 'المتحدثان']);
      await expect(ar.element).to.be.accessible();
      // "Add to calendar"'s chevron points down, as in English, not sideways: drawn on its right and bottom sides.
      for (const page of [fr, ar]) {
        const chevron = getComputedStyle(page.calendarToggle()!.querySelector('.chevron')!);
        expect([chevron.borderRightWidth, chevron.borderBottomWidth, chevron.borderLeftWidth, chevron.borderTopWidth]).to.deep.equal(['2px', '2px', '0px', '0px']);
      }
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
      const page = await full({ 'session-id': 'panel', locale: 'en' }, { schedule: undefined, feed, now: Date.parse('2030-01-01T09:50:00Z') });
      expect(page.roles()).to.deep.equal(['Moderator', 'Rapporteur']);
      expect(page.statusText()).to.equal('Starts in 10 minutes');
    });

    it('heads a role named like a property of every object (constructor, toString) as written', async () => {
      const feed: FeedV1 = {
        version: 1,
        event: { name: 'Test', timeZone: 'UTC' },
        people: [{ id: 'ana', name: 'Ana Lima' }, { id: 'bo', name: 'Bo Chen' }],
        sessions: [{ id: 'build', title: 'Build day', start: '2030-01-01T10:00:00Z', duration: 'PT1H', people: [{ id: 'ana', role: 'constructor' }, { id: 'bo', role: 'toString' }] }],
      };
      const page = await full({ 'session-id': 'build', locale: 'en' }, { schedule: undefined, feed });
      expect(page.roles()).to.deep.equal(['constructor', 'toString']);
      expect(readText(page.element.shadowRoot!.querySelector('[part~="people"]')!)).to.contain('Ana Lima').and.contain('Bo Chen');
    });

    describe('all-day, languages and recording', () => {
      const feed: FeedV1 = {
        version: 1,
        event: { name: 'Sprints', timeZone: 'Europe/Berlin' },
        sessions: [
          { id: 'sprints', title: 'Sprints', start: '2030-03-20T00:00', end: '2030-03-22T00:00', allDay: true, languages: ['de', 'en'], doNotRecord: true },
          { id: 'talk', title: 'A talk', start: '2030-03-20T10:00', duration: 'PT1H' },
        ],
      };
      const show = (id: string, attributes: Attributes = {}) =>
        card({ 'session-id': id, locale: 'en', ...attributes }, { schedule: undefined, feed, now: Date.parse('2030-01-01T00:00:00Z') });

      it('says All day instead of a time range, in both forms and in the reader’s language', async () => {
        expect((await show('sprints')).timeLine()).to.equal('Wednesday, March 20 • All day');
        const page = await show('sprints', { variant: 'full' });
        expect(page.timeLine()).to.equal('Wednesday, March 20 • All day');
        expect(page.fullDate()).to.equal('Wednesday, March 20 – Thursday, March 21, 2030 • All day');
        expect((await show('sprints', { locale: 'fr' })).timeLine()).to.equal('mercredi 20 mars • Toute la journée');
      });

      it('names the venue’s day of an all-day session for a reader a day behind the venue too', async () => {
        for (const variant of ['compact', 'full']) {
          const page = await show('sprints', { variant, 'time-zone': 'America/Los_Angeles' });
          expect(page.timeLine(), variant).to.equal('Wednesday, March 20 • All day');
          expect(page.element.shadowRoot!.querySelector('[part~="time"] time')!.getAttribute('datetime'), variant).to.equal('2030-03-20');
        }
      });

      it('names the languages in the reader’s language and says the session is not recorded', async () => {
        const en = await show('sprints');
        expect(partText(en.element, 'languages')).to.equal('Language: German and English');
        expect(partText(en.element, 'recording')).to.equal('Not recorded');
        const de = await show('sprints', { locale: 'de', variant: 'full' });
        expect(partText(de.element, 'languages')).to.equal('Language: Deutsch und Englisch');
        const es = await show('sprints', { locale: 'es' });
        expect(partText(es.element, 'recording')).to.equal('Sin grabación');
        await expect(en.element).to.be.accessible();
      });

      it('shows neither for a session whose feed does not say', async () => {
        const talk = await show('talk');
        expect(talk.timeLine()).to.equal('Wednesday, March 20 • 10:00 – 11:00 AM');
        expect($(talk.element, '[part~="languages"]')).to.equal(null);
        expect($(talk.element, '[part~="recording"]')).to.equal(null);
      });
    });

    it('keeps hostile feed text inert', async () => {
      const el = await fixture<SessionCardElement>(html`<session-card variant="full" .feed=${hostile} session-id="x"></session-card>`);
      const description = $(el, '[part~="description"]')!;
      expect(partText(el, 'title')).to.equal('<script>window.hacked = 1</script>Title');
      expect(el.shadowRoot!.querySelector('script, img')).to.equal(null);
      const [bad, good] = [...description.querySelectorAll('a')];
      expect(bad!.hasAttribute('href')).to.equal(false);
      expect(good!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(good!.getAttribute('target')).to.equal('_blank');
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  describe('json-ld', () => {
    const jsonLd = (el: Element) => {
      const scripts = el.querySelectorAll(':scope > script[type="application/ld+json"]');
      return [...scripts].map((script) => JSON.parse(script.textContent!) as { '@graph': { name: string; startDate: string }[] });
    };

    /** Moves `el` to WS224, whose data its one script then holds, and turns json-ld off, which takes the script away. */
    const followsThenGoes = async (el: SessionCardElement): Promise<void> => {
      el.setAttribute('session-id', 'ws224');
      await el.updateComplete;
      expect(jsonLd(el).map((data) => data['@graph'][0]!.name)).to.deep.equal(['WS224: Affordable Broadband for the Next Billion']);
      el.removeAttribute('json-ld');
      await el.updateComplete;
      expect(jsonLd(el)).to.deep.equal([]);
    };

    it('adds schema.org Event data for the session as a child script, follows the session, and goes when turned off', async () => {
      const el = await mount('session-card', { 'session-id': 'ws196', 'json-ld': true }, { schedule: sample });
      // The writer is downloaded on first use (a file beside the single-file bundle).
      await waitUntil(() => jsonLd(el).length > 0, 'no JSON-LD was written');
      expect(jsonLd(el).map((data) => data['@graph'].map((event) => [event.name, event.startDate]))).to.deep.equal([
        [['WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected', '2014-09-02T11:00:00+03:00']],
      ]);
      await followsThenGoes(el);
    });

    it('takes over the JSON-LD of a saved or pre-rendered copy of the page, so there is one script, and it follows the session', async () => {
      const copy = document.createElement('div');
      copy.innerHTML =
        '<session-card session-id="ws196" json-ld><script type="application/ld+json">{"@graph":[{"name":"WS196: old"}]}</script>' +
        '<script type="application/ld+json">{"@graph":[{"name":"WS196: older"}]}</script></session-card>';
      const el = copy.firstElementChild as SessionCardElement;
      el.schedule = sample;
      document.body.append(copy);
      try {
        await waitUntil(() => jsonLd(el)[0]?.['@graph'][0]!.name.startsWith('WS196: IGF'), 'the JSON-LD rewritten');
        expect(jsonLd(el)).to.have.length(1);
        await followsThenGoes(el);
      } finally {
        copy.remove();
      }
    });

    it('writes nothing without the attribute', async () => {
      const el = await mount('session-card', { 'session-id': 'ws196' }, { schedule: sample });
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('states', () => {
    const printed = captureConsole();

    it('shows a short line without a session-id, and tells the site owner why in the console, once', async () => {
      const state = new SessionCardHarness(await mount('session-card', { src: SAMPLE_URL }));
      await waitUntil(() => state.errorMessage(), 'no message once the feed is loaded');
      expect(state.errorMessage()).to.equal('No session to show.');
      await expect(state.element).to.be.accessible();
      state.element.requestUpdate();
      await state.element.updateComplete;
      expect(printed.warnings).to.deep.equal(['schedule-elements: <session-card> has no session-id attribute, so it has nothing to show.']);
    });

    it('says nothing in the console of a card whose .session the page sets once its data has come (after the card was put in the page)', async () => {
      const el = await mount('session-card', { locale: 'en-US' });
      await new Promise((resolve) => setTimeout(resolve, 50)); // the page's own fetch of the session
      el.session = sample.sessionsById.get('ws196')!;
      await el.updateComplete;
      expect(new SessionCardHarness(el).title()).to.match(/^WS196: IGF & Enhanced Cooperation/);
      expect(printed.warnings).to.deep.equal([]);
    });

    it('shows loading, then says the session is not in the schedule (the console names the id and the feed)', async () => {
      // A URL of its own, so that no earlier test has loaded it already.
      const src = `${SAMPLE_URL}?loading`;
      const state = new SessionCardHarness(await mount('session-card', { src, 'session-id': 'ws197' }));
      expect(state.loadingMessage()).to.equal('Loading the schedule…');
      await expect(state.element).to.be.accessible();
      await waitUntil(() => $(state.element, '[role="alert"]'), 'no not-found message');
      expect(state.errorMessage()).to.equal('This session is not in the schedule.');
      await expect(state.element).to.be.accessible();
      expect(printed.warnings).to.deep.equal([
        `schedule-elements: <session-card session-id="ws197">: the feed ${src} has no session with that id.`,
      ]);
    });

    it('names the property it shows, not a src it set aside, in the console', async () => {
      await mount('session-card', { src: SAMPLE_URL, 'session-id': 'ws197' }, { schedule: sample });
      expect(printed.warnings).to.deep.equal(['schedule-elements: <session-card session-id="ws197">: the feed property has no session with that id.']);
    });

    it('says when the feed cannot be loaded, and tells the console why', async () => {
      const src = '/test/fixtures/components/no-such-feed.json';
      const state = new SessionCardHarness(await mount('session-card', { src, 'session-id': 'ws196' }));
      await waitUntil(() => $(state.element, '[role="alert"]'), 'no error message');
      expect(state.errorMessage()).to.equal('The schedule is not available right now.');
      await expect(state.element).to.be.accessible();
      expect(printed.errors).to.deep.equal([
        `schedule-elements: could not load the feed ${new URL(src, location.href).href} (HTTP 404): the server has no file there.`,
      ]);
    });
  });
});
