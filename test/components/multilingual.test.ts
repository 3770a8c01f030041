import '../page-guard.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import type { AgendaTimelineElement } from '../../src/components/agenda-timeline/agenda-timeline.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { readText } from '../../src/components/shared/harness.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import type { Schedule } from '../../src/data/model.js';
import { timeline } from './agenda-timeline.helpers.js';
import { waitUntil } from '../wait.js';

/**
 * Texts in the reader's language: the same programme shows each reader the version of its texts in
 * their language, and marks a text in another language with `lang` (and `dir="rtl"`), so that a
 * screen reader speaks it with the right voice.
 */
const BILINGUAL = '/test/fixtures/adapters/pretalx-widget-bilingual.json';
const LEGACY = '/test/fixtures/adapters/pretalx-legacy/schedule/widget/v2.json';
/** Before the bilingual event (14–15 September 2027). */
const BEFORE = Date.parse('2027-09-01T12:00:00Z');

let multilingual: Schedule;
before(async () => {
  multilingual = normalizeFeed(await (await fetch('/test/fixtures/multilingual.json')).json()).schedule;
});

/** A timeline on the bilingual pretalx widget feed inside a page part whose `lang` is `lang`, once its cells are built. */
async function widgetTimeline(lang: string): Promise<AgendaTimelineHarness> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <agenda-timeline
      src=${BILINGUAL}
      event-name="Netzwerktage"
      layout="grid"
      without-url-state
      .now=${BEFORE}
      style="inline-size: 960px; --schedule-agenda-timeline-height: 480px"
    ></agenda-timeline>
  </div>`);
  const harness = new AgendaTimelineHarness(wrapper.querySelector<AgendaTimelineElement>('agenda-timeline')!, sendKeys);
  await waitUntil(() => harness.sessionButtons().length > 0, 'the timeline showed no session', { timeout: 5000 });
  await harness.idle();
  return harness;
}

/** The `lang` and `dir` of the title of the cell whose title is `title`, and whether the sentence screen readers hear marks it too. */
function cellTitle(harness: AgendaTimelineHarness, title: string): { lang: string | null; dir: string | null; heardLang: string | null } {
  const button = harness.session(title);
  const shown = button.querySelector('.item-title')!;
  return { lang: shown.getAttribute('lang'), dir: shown.getAttribute('dir'), heardLang: button.querySelector('.visually-hidden [lang]')?.getAttribute('lang') ?? null };
}

/** The room names at the top of the grid's columns, with their `lang` (none when it is the page's). */
function roomHeads(harness: AgendaTimelineHarness): string[] {
  return [...harness.element.shadowRoot!.querySelectorAll('.head')].map((head) => `${readText(head)}${head.hasAttribute('lang') ? ` [${head.getAttribute('lang')}]` : ''}`);
}

/** A card of the multilingual feed in a page part of `lang`, or with its own `locale`. */
async function card(sessionId: string, { lang = 'en', locale }: { lang?: string; locale?: string } = {}): Promise<SessionCardElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <session-card variant="full" .schedule=${multilingual} session-id=${sessionId} locale=${locale ?? ''}></session-card>
  </div>`);
  const el = wrapper.querySelector<SessionCardElement>('session-card')!;
  await el.updateComplete;
  return el;
}

const titleOf = (el: SessionCardElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.title-text')!;

describe('texts in the reader’s language', () => {
  describe('a pretalx event in English and German', () => {
    it('shows a German reader German rooms, tracks and breaks, and marks an English talk as English', async () => {
      const harness = await widgetTimeline('de');
      expect(roomHeads(harness)).to.deep.equal(['Großer Saal', 'Werkstattraum']);
      expect(harness.visibleSessionTitles()).to.include.members(['Kaffeepause', 'Mittagessen', 'Glasfaser für das ganze Dorf']);
      expect(cellTitle(harness, 'Welcome and opening')).to.deep.equal({ lang: 'en', dir: 'auto', heardLang: 'en' });
      expect(cellTitle(harness, 'Glasfaser')).to.deep.equal({ lang: null, dir: 'auto', heardLang: null }, 'German on a German page needs no mark');
      await harness.openFilters();
      const tracks = [...harness.element.shadowRoot!.querySelectorAll('[part~="filters"] option')].map(readText);
      expect(tracks).to.include.members(['Infrastruktur', 'Gemeinschaft', 'Großer Saal', 'Werkstattraum']);
      await expect(harness.element).to.be.accessible();
    });

    it('shows an English reader the same page in English, and marks a German talk as German', async () => {
      const harness = await widgetTimeline('en');
      expect(roomHeads(harness)).to.deep.equal(['Great hall', 'Workshop room']);
      expect(harness.visibleSessionTitles()).to.include.members(['Coffee break', 'Lunch', 'Welcome and opening']);
      expect(cellTitle(harness, 'Glasfaser für das ganze Dorf')).to.deep.equal({ lang: 'de', dir: 'auto', heardLang: 'de' });
      expect(cellTitle(harness, 'Welcome and opening').lang).to.equal(null);
      await harness.openFilters();
      const tracks = [...harness.element.shadowRoot!.querySelectorAll('[part~="filters"] option')].map(readText);
      expect(tracks).to.include.members(['Infrastructure', 'Community']);
      await expect(harness.element).to.be.accessible();
    });

    it('opens a German talk on an English page with its title and abstract marked German', async () => {
      const harness = await widgetTimeline('en');
      await harness.openSession('Glasfaser');
      const dialogCard = harness.dialogCard()!;
      await dialogCard.updateComplete;
      expect(titleOf(dialogCard).getAttribute('lang')).to.equal('de');
      const description = dialogCard.shadowRoot!.querySelector('[part~="description"]')!;
      expect([readText(description), description.getAttribute('lang')]).to.deep.equal(['Wie eine Gemeinde ihr eigenes Netz baute.', 'de']);
      expect(readText(dialogCard.shadowRoot!.querySelector('.room-name'))).to.equal('Workshop room');
    });

    it('shows breaks in the grid, but not as something to open or save', async () => {
      const harness = await widgetTimeline('en');
      const coffee = harness.session('Coffee break');
      // Heard as a button that does nothing (focus reaches it with the arrow keys), with no star.
      expect([coffee.localName, coffee.getAttribute('aria-disabled'), coffee.parentElement!.querySelector('[part~="save-toggle"]')]).to.deep.equal(['div', 'true', null]);
      coffee.click();
      await harness.settle();
      expect(harness.dialog()?.open ?? false, 'a click on a break opens nothing').to.equal(false);
      expect(harness.session('Welcome and opening').localName, 'a talk stays a button').to.equal('button');
      await harness.openSession('Welcome and opening');
      expect(harness.dialog()?.open).to.equal(true);
    });

    it('filters by the language a talk is given in, each named in the reader\'s language', async () => {
      /** The options of the Language filter. */
      const languages = async (harness: AgendaTimelineHarness): Promise<string[]> => {
        await harness.openFilters();
        const select = harness.element.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filters"] select:has(option[value="de"])')!;
        return [...select.options].map((option) => readText(option));
      };
      const english = await widgetTimeline('en');
      expect(await languages(english)).to.deep.equal(['All languages', 'English', 'German']);
      await english.filterBy('Language', 'German');
      expect(english.count()).to.equal('2 sessions match');
      expect(english.sessionButtons().map((button) => readText(button.querySelector('.item-title')))).to.deep.equal(['Glasfaser für das ganze Dorf']);
      // The words of the panel in English (no German catalog here); the languages by their German names.
      expect((await languages(await widgetTimeline('de'))).slice(1)).to.deep.equal(['Deutsch', 'Englisch']);
    });

    it('reads the older URL, schedule/widget/v2.json, as the widget feed it is', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <session-card src=${LEGACY} session-id="ALT01" event-name="Linuxtage"></session-card>
      </div>`);
      const el = wrapper.querySelector<SessionCardElement>('session-card')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.title-text'), 'the card showed no title', { timeout: 5000 });
      expect([readText(titleOf(el)), titleOf(el).getAttribute('lang')]).to.deep.equal(['Freie Software in der Verwaltung', 'de']);
      expect(readText(el.shadowRoot!.querySelector('.room-name'))).to.equal('Lecture hall 1');
    });
  });

  describe('a v1 feed whose texts are maps', () => {
    it('shows a German reader the German title, room, track, description and bio', async () => {
      const el = await card('opening', { lang: 'de' });
      const root = el.shadowRoot!;
      expect(readText(titleOf(el))).to.equal('Eröffnung');
      expect(readText(root.querySelector('.room-name'))).to.equal('Großer Saal');
      expect(readText(root.querySelector('.room-location'))).to.equal('Erdgeschoss');
      expect(readText(root.querySelector('[part~="track"]'))).to.equal('Gesellschaft');
      expect(readText(root.querySelector('[part~="description"]'))).to.equal('Willkommen zum Forum.');
      expect(readText(root.querySelector('.affiliation'))).to.equal('Redakteurin, Web Weekly');
      expect(readText(root.querySelector('.bio'))).to.include('Amal schreibt über Standards.');
      expect(root.querySelectorAll('[lang]:not(article)').length, 'nothing is marked: all of it is German').to.equal(0);
    });

    it('shows a German reader a speaker’s sessions by their German titles and rooms', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><speaker-card .schedule=${multilingual} person-id="amal"></speaker-card></div>`);
      const el = wrapper.querySelector('speaker-card')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(readText(root.querySelector('[part~="title"]'))).to.equal('Redakteurin, Web Weekly');
      expect(readText(root.querySelector('[part~="session-title"]'))).to.equal('Eröffnung');
      expect(readText(root.querySelector('.session .room'))).to.equal('Großer Saal (Erdgeschoss)');
    });

    it('names a session to a German reader by its German title in the timeline’s dialog', async () => {
      const harness = await timeline({ schedule: multilingual, locale: 'de', now: Date.parse('2027-05-01T00:00:00Z') });
      await harness.openSession('Eröffnung');
      expect(harness.dialog()!.getAttribute('aria-label')).to.equal('Eröffnung');
    });

    it('names saved sessions to a German reader by their German titles in <my-schedule>’s overlap notes and dialog', async () => {
      const { schedule } = normalizeFeed({
        version: 1,
        event: { id: 'multilingual-saved', name: 'Forum', timeZone: 'Europe/Berlin' },
        sessions: [
          { id: 'a', title: { en: 'Opening', de: 'Eröffnung' }, start: '2027-06-01T09:00', duration: 'PT1H' },
          { id: 'b', title: { en: 'Standards', de: 'Normen' }, start: '2027-06-01T09:30', duration: 'PT1H' },
        ],
      });
      const store = SavedStore.for('multilingual-saved');
      store.save([schedule.sessionsById.get('a')!, schedule.sessionsById.get('b')!]);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><my-schedule .schedule=${schedule}></my-schedule></div>`);
        const el = wrapper.querySelector('my-schedule')!;
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect([...root.querySelectorAll('[part~="flag"]')].map(readText)).to.deep.equal(['Overlaps with Normen', 'Overlaps with Eröffnung']);
        root.querySelector<HTMLElement>('[data-session-id="b"] [part~="title"]')!.click();
        await el.updateComplete;
        expect(root.querySelector('dialog')!.getAttribute('aria-label')).to.equal('Normen');
        // The calendar file of all of them is in German too, as the card's own is.
        await waitUntil(() => root.querySelector('[part~="download"]'), 'no "Download all (.ics)" link');
        const file = await (await fetch(root.querySelector<HTMLAnchorElement>('[part~="download"]')!.href)).text();
        expect(file).to.contain('SUMMARY:Eröffnung').and.contain('SUMMARY:Normen').and.not.contain('Opening');
      } finally {
        store.remove('a');
        store.remove('b');
      }
    });

    it('writes the time before an Arabic title in the English reader’s direction, in the list and the grid', async () => {
      for (const layout of ['list', 'grid']) {
        const harness = await timeline({ schedule: multilingual, locale: 'en', layout, now: Date.parse('2027-06-02T08:00:00+02:00') });
        const title = harness.element.shadowRoot!.querySelector('[data-session-id="majlis"] .item-title')!;
        expect(title.getAttribute('dir'), 'the title in its own direction').to.equal('rtl');
        // The time is drawn before the title (its data-time); "10:00 – 11:00 AM" laid out right to left would read "AM 11:00 – 10:00".
        expect(getComputedStyle(title, '::before').direction, `the time in the ${layout}`).to.equal('ltr');
        expect(getComputedStyle(title, '::before').unicodeBidi, `the time in the ${layout}`).to.equal('isolate');
      }
    });

    it('marks a job and organization given only in German with lang="de" for an English reader, in the English direction', async () => {
      const person = (organization: string | Record<string, string>) => ({ id: 'p', name: 'Eva Brandt', jobTitle: { de: 'Redakteurin' }, organization });
      const line = async (organization: string | Record<string, string>): Promise<Element> => {
        const el = await fixture(html`<speaker-avatar with-title locale="en" .person=${normalizeFeed({ version: 1, event: { name: 'x', timeZone: 'UTC' }, people: [person(organization)], sessions: [] }).schedule.peopleById.get('p')}></speaker-avatar>`);
        return el.shadowRoot!.querySelector('[part~="title"]')!;
      };
      const german = await line({ de: 'Netzwerk e. V.' });
      expect([readText(german), german.getAttribute('lang'), german.getAttribute('dir')]).to.deep.equal(['Redakteurin, Netzwerk e. V.', 'de', null]);
      const mixed = await line('Web Weekly');
      expect([readText(mixed), mixed.getAttribute('lang')], 'one German, one in the page’s language: not marked').to.deep.equal(['Redakteurin, Web Weekly', null]);
    });

    it('marks an Arabic title on an English page with lang="ar" and dir="rtl"', async () => {
      const el = await card('majlis');
      expect([readText(titleOf(el)), titleOf(el).getAttribute('lang'), titleOf(el).getAttribute('dir')]).to.deep.equal(['مجلس المطورين', 'ar', 'rtl']);
      await expect(el).to.be.accessible();
    });

    it('shows an Arabic reader the Arabic title without a mark, in the card’s right-to-left direction', async () => {
      const el = await card('arabic-web', { lang: 'ar' });
      expect([readText(titleOf(el)), titleOf(el).getAttribute('lang')]).to.deep.equal(['الويب بالعربية', null]);
      expect(el.shadowRoot!.querySelector('article')!.getAttribute('dir')).to.equal('rtl');
      expect(readText(el.shadowRoot!.querySelector('.agenda-title'))).to.equal('محاضرة');
    });

    it('falls back from pt-BR to pt, then to the feed’s default language, then to the first given', async () => {
      const shown = async (id: string, locale: string) => {
        const title = titleOf(await card(id, { locale }));
        return [readText(title), title.getAttribute('lang')];
      };
      expect(await shown('opening', 'pt-PT')).to.deep.equal(['Sessão de abertura', null]);
      expect(await shown('opening', 'pt-BR')).to.deep.equal(['Abertura', null], 'pt-BR → pt');
      expect(await shown('arabic-web', 'fr')).to.deep.equal(['The web in Arabic', 'en'], 'the default language, though Arabic comes first');
      expect(await shown('standards', 'fr')).to.deep.equal(['Wie Standards entstehen', 'de'], 'the only one given');
    });

    it('lets a search find a session by its title in another language than the reader’s', async () => {
      const harness = await timeline({ schedule: multilingual, locale: 'en', now: Date.parse('2027-05-01T00:00:00Z') });
      await harness.search('Eröffnung');
      expect(harness.visibleSessionTitles()).to.deep.equal(['Opening']);
      await harness.search('الويب بالعربية');
      expect(harness.visibleSessionTitles()).to.deep.equal(['The web in Arabic']);
      await expect(harness.element).to.be.accessible();
    });
  });
});
