import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { AttendeeCountElement } from '../../src/components/attendee-count/attendee-count.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import type { EventStatusElement } from '../../src/components/event-status/event-status.js';
import '../../src/components/event-status/event-status.define.js';
import type { SessionCardElement } from '../../src/components/session-card/session-card.js';
import '../../src/components/session-card/session-card.define.js';
import type { ClampedTextElement } from '../../src/components/shared/clamped-text.js';
import type { LanguageMessages } from '../../src/i18n/catalogs.js';
import { setLanguageImporter } from '../../src/i18n/languages.js';
import { pickLanguage, registerCatalog } from '../../src/index.js';
import { warnings } from '../console.helpers.js';
import { readText } from '../../src/components/shared/harness.js';
import { part, partText, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** One session with three attendees, before the session starts. */
const feed = talkFeed({ attendees: { count: 3 } }, { start: '2014-09-02', end: '2014-09-03' });

/** The paths of the source files this page has fetched. */
function fetched(): string[] {
  return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

/** Whether `promise` is still pending after the page had time to settle it. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await aTimeout(50);
  return !settled;
}

describe('languages', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('downloads a language the first time a component shows it, and awaiting the component sees it', async () => {
    expect(fetched().some((path) => path.includes('/i18n/locales/'))).to.equal(false);
    const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feed} session-id="talk" locale="ar-EG"></attendee-count>`);
    expect(partText(el, 'label')).to.equal('الحضور');
    expect(partText(el, 'summary')).to.equal('٣ مشاركين');
    expect(fetched().filter((path) => path.includes('/i18n/locales/'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('re-renders every connected component of a language when it arrives, those not built on ScheduleElement too', async () => {
    let deliver!: () => void;
    const arrival = new Promise<void>((resolve) => (deliver = resolve));
    restore = setLanguageImporter(async (language) => {
      await arrival;
      // `.ts`: the test server maps `.js` to `.ts` only in imports it can read, not in a computed one.
      return import(`../../src/i18n/locales/${language}.ts`) as Promise<{ default: LanguageMessages }>;
    });
    await import('../../src/components/shared/clamped-text.define.js');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 200px">
      <attendee-count .feed=${feed} session-id="talk" locale="zh-CN"></attendee-count>
      <clamped-text lines="1" locale="zh"><p>${'很长的文字。'.repeat(40)}</p></clamped-text>
    </div>`);
    const count = wrapper.querySelector('attendee-count')!;
    const clamped = wrapper.querySelector<ClampedTextElement>('clamped-text')!;
    await waitUntil(() => partText(clamped, 'toggle') !== '' && partText(count, 'label') !== '', 'the elements never rendered');
    expect(partText(count, 'label')).to.equal('Attendees');
    expect(partText(clamped, 'toggle')).to.equal('Read more');
    expect(await pending(count.updateComplete), 'updateComplete waits for the language').to.equal(true);
    expect(await pending(clamped.updateComplete), 'updateComplete waits for the language').to.equal(true);

    deliver();
    await Promise.all([count.updateComplete, clamped.updateComplete]);
    expect(partText(count, 'label')).to.equal('参会者');
    expect(partText(count, 'summary')).to.equal('3 位参会者');
    expect(partText(clamped, 'toggle')).to.equal('展开全文');
  });

  it('follows the page: a component without a locale shows the language of a new `lang`', async () => {
    const before = document.documentElement.lang;
    const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${Date.parse('2014-09-03T20:00:00+03:00')}></event-status>`);
    try {
      expect(partText(el, 'label')).to.equal('Test Summit has ended');
      document.documentElement.lang = 'es';
      await waitUntil(() => partText(el, 'label') === 'Test Summit ha terminado', 'the element never spoke Spanish');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('follows its container too: a new `lang` on an element around it', async () => {
    const now = Date.parse('2014-09-03T20:00:00+03:00');
    const page = await fixture(html`<section lang="en"><div><event-status .feed=${feed} .now=${now}></event-status></div></section>`);
    const el = page.querySelector('event-status')!;
    expect(partText(el, 'label')).to.equal('Test Summit has ended');
    page.setAttribute('lang', 'es');
    await waitUntil(() => partText(el, 'label') === 'Test Summit ha terminado', 'the element never followed its container');
    page.querySelector('div')!.lang = 'fr';
    await waitUntil(() => partText(el, 'label') === 'Test Summit est terminé', 'the element never followed the nearer container');
  });

  it('reads a page’s "en_US" or "fr_FR" as en-US and fr-FR, and a tag Intl cannot read as English', async () => {
    const now = Date.parse('2014-09-03T20:00:00+03:00');
    const page = await fixture(html`<div lang="fr_FR"><event-status .feed=${feed} .now=${now}></event-status></div>`);
    const french = page.querySelector('event-status')!;
    await waitUntil(() => partText(french, 'label') === 'Test Summit est terminé', 'the element never spoke French');
    expect(part(french, 'base')!.getAttribute('lang')).to.equal('fr-FR');
    for (const locale of ['en_US', 'not a language!']) {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${now} locale=${locale}></event-status>`);
      expect(partText(el, 'label'), locale).to.equal('Test Summit has ended');
    }
  });

  it('shows a reader of Traditional Chinese the Simplified words with dates and counts in Simplified too, not half of each', async () => {
    const before = Date.parse('2014-08-25T10:00:00+03:00');
    for (const locale of ['zh-Hant-TW', 'zh-HK']) {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${before} locale=${locale}></event-status>`);
      expect(partText(el, 'label'), locale).to.equal('Test Summit将于8天后开始');
      expect(part(el, 'base')!.getAttribute('lang'), locale).to.match(/^zh-Hans-/);
      // A card hands its locale, so shown, to the count inside it, which shows it as the card does.
      const card = await fixture<SessionCardElement>(html`<session-card .feed=${feed} session-id="talk" locale=${locale}></session-card>`);
      const count = card.shadowRoot!.querySelector('attendee-count')!;
      await waitUntil(() => partText(count, 'summary') !== '', `${locale}: the card's count shows nothing`);
      expect(partText(count, 'summary'), locale).to.equal('3 位参会者');
    }
  });

  it('lays its English words out left to right on a page of a right-to-left language it has no words for (Hebrew, Persian)', async () => {
    await import('../../src/components/shared/clamped-text.define.js');
    const bio = 'A bio long enough to be cut to one line and offer to be read in full. '.repeat(4);
    for (const lang of ['he', 'fa']) {
      const page = await fixture<HTMLDivElement>(html`<div lang=${lang} dir="rtl" style="inline-size: 20em">
        <event-status .feed=${feed} .now=${Date.parse('2014-08-20T12:00:00Z')}></event-status>
        <clamped-text lines="1"><p>${bio}</p></clamped-text>
      </div>`);
      const [status, clamped] = [page.querySelector('event-status')!, page.querySelector<ClampedTextElement>('clamped-text')!];
      await waitUntil(() => part(clamped, 'toggle'), 'no “Read more”');
      expect(partText(status, 'label'), lang).to.match(/^Test Summit starts /);
      expect(getComputedStyle(part(status, 'base')!).direction, `${lang}: the status`).to.equal('ltr');
      expect([partText(clamped, 'toggle'), getComputedStyle(part(clamped, 'toggle')!).direction], `${lang}: the toggle`).to.deep.equal(['Read more', 'ltr']);
    }
  });

  it('switches the components inside a card or a list when its locale changes, as a fresh one shows it', async () => {
    await import('../../src/components/speaker-list/speaker-list.define.js');
    const people = { ...feed, people: [{ id: 'ana', name: 'Ana' }], sessions: feed.sessions.map((session) => ({ ...session, people: [{ id: 'ana', role: 'speaker' }] })) };
    const card = await fixture<SessionCardElement>(html`<session-card .feed=${people} session-id="talk" locale="ar"></session-card>`);
    const list = await fixture(html`<speaker-list .feed=${people} locale="ar"></speaker-list>`);
    const inner = (el: Element, tag: string): Element => el.shadowRoot!.querySelector(tag)!;
    await waitUntil(() => partText(inner(card, 'attendee-count'), 'summary').includes('مشاركين'), 'the card’s attendance in Arabic');
    card.setAttribute('locale', 'en');
    list.setAttribute('locale', 'en');
    await waitUntil(() => partText(inner(card, 'attendee-count'), 'summary') === '3 attendees', 'the card’s attendance never turned English');
    await waitUntil(() => readText(inner(list, 'speaker-card').shadowRoot!.querySelector('.count')) === '1 session', 'the list’s cards never turned English');
  });

  it('stays in English when a language file is missing, and says so once', async () => {
    let asked = 0;
    restore = setLanguageImporter(() => {
      asked++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => void rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    let first!: AttendeeCountElement;
    let second!: AttendeeCountElement;
    const seen = await warnings(async () => {
      first = await fixture(html`<attendee-count .feed=${feed} session-id="talk" locale="ru"></attendee-count>`);
      second = await fixture(html`<attendee-count .feed=${feed} session-id="talk" locale="ru-RU"></attendee-count>`);
      await aTimeout(20);
    });
    window.removeEventListener('unhandledrejection', onRejection);
    expect([partText(first, 'label'), partText(second, 'summary')]).to.deep.equal(['Attendees', '3 attendees']);
    expect(asked).to.equal(1);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('schedule-elements-ru.min.js').and.to.contain('so the words in "ru" are shown in English');
    expect(rejections).to.deep.equal([]);
  });

  it('takes a language from the site: components showing it re-render, and missing words stay English', async () => {
    const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feed} session-id="talk" locale="nl-BE"></attendee-count>`);
    expect(partText(el, 'label')).to.equal('Attendees');
    registerCatalog('nl', { 'attendee-count': { label: 'Deelnemers' } });
    await el.updateComplete;
    expect(pickLanguage('nl-BE')).to.equal('nl');
    expect([partText(el, 'label'), partText(el, 'summary')]).to.deep.equal(['Deelnemers', '3 attendees']);
  });

  it('runs the German example of docs/languages.md', async () => {
    const page = await (await fetch('/docs/languages.md')).text();
    const example = /```js\n(import \{ registerCatalog \} from 'schedule-elements';[\s\S]*?)```/.exec(page)?.[1];
    expect(example, 'the example is in the page').to.be.a('string');
    // The page imports the package; here that is the module this test imported it from (the same URL, so the same module).
    const index = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.startsWith('/src/index.'))!.name;
    const source = example!.replace("'schedule-elements'", JSON.stringify(index));
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ url);
    URL.revokeObjectURL(url);
    expect(pickLanguage('de-AT')).to.equal('de');

    const count = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feed} session-id="talk" locale="de-AT"></attendee-count>`);
    expect([partText(count, 'label'), partText(count, 'summary')]).to.deep.equal(['Teilnehmende', '3 Teilnehmende']);
    const card = await fixture<SessionCardElement>(html`<session-card .feed=${feed} session-id="talk" variant="full" locale="de"></session-card>`);
    expect(card.shadowRoot!.querySelector('.save')!.textContent).to.contain('Merken');
    const missing = await fixture<SessionCardElement>(html`<session-card .feed=${feed} session-id="nope" locale="de"></session-card>`);
    expect(partText(missing, 'state')).to.equal('Diese Sitzung steht nicht im Programm.');
  });
});

describe('the single-file build', () => {
  before(async function () {
    if (!(await fetch('/dist/schedule-elements-fr.min.js', { method: 'HEAD' })).ok) this.skip(); // run `npx vite build` first (npm test does)
  });

  it('keeps only English in the bundle, and each other language in its own file', async () => {
    const read = async (file: string) => (await fetch(`/dist/${file}`)).text();
    const bundle = await read('schedule-elements.min.js');
    expect(bundle).to.contain('Loading the schedule');
    for (const [language, loading] of [['ar', 'جارٍ تحميل الجدول'], ['zh', '正在加载日程'], ['fr', 'Chargement du programme'], ['ru', 'Загрузка программы'], ['es', 'Cargando el programa']]) {
      expect(bundle, language).to.not.contain(loading);
      expect(await read(`schedule-elements-${language}.min.js`), language).to.contain(loading);
    }
  });
});
