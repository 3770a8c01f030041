/**
 * In another language, no English leaks: every component, in each shipped language other than
 * English (its `locale`, and once the page's `lang`), in the states a person cheaply reaches, says
 * nothing in English that is not the feed's own text. What a person reads and hears is collected
 * through the shadow roots (text, `aria-label`, `aria-valuetext`, `title`, `placeholder`, `alt`);
 * the feed's texts (titles, names, rooms, tracks, descriptions, tags: data, not words of the
 * components) are taken out; what is left must match no English message of any catalog and no
 * common English word of a user interface, must name no English month or weekday nor AM/PM, and
 * must be marked with the reader's language (and, in Arabic, be laid out right to left).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/now-next/now-next.define.js';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/shared/clamped-text.define.js';
import '../../src/components/speaker-avatar-group/speaker-avatar-group.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/speaker-list/speaker-list.define.js';
import { AgendaTimelineHarness } from '../../src/components/agenda-timeline/agenda-timeline.harness.js';
import { MyScheduleHarness } from '../../src/components/my-schedule/my-schedule.harness.js';
import { SessionCardHarness } from '../../src/components/session-card/session-card.harness.js';
import { readText } from '../../src/components/shared/harness.js';
import { keptCopyKey } from '../../src/controllers/feed-cache.js';
import { FeedStore } from '../../src/controllers/feed-store.js';
import { SavedStore } from '../../src/controllers/saved-store.js';
import { commonMessages } from '../../src/i18n/common.messages.js';
import { messagesFor, type Catalog } from '../../src/i18n/localize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { DURING_WS196, EVERY_TAG, captureConsole, resetUrl, sample, sampleAs, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';
import { CATALOGS } from '../catalogs.js';

const LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
type Lang = (typeof LANGUAGES)[number];

/** The sample under an event id of this file's own, so that what it saves stays apart from other test files'. */
const EVENT_ID = 'no-english-leak';
const schedule = sampleAs(EVENT_ID);
/** After the event (5 September 2014, the last session ends at 17:00 in Istanbul). */
const AFTER = Date.parse('2014-09-06T12:00:00+03:00');
/** Before the event: the day before it opens. */
const BEFORE = Date.parse('2014-09-01T12:00:00+03:00');

// ---------------------------------------------------------------------------------------------
// The feed's texts: data, not words of the components.

/** Every text of the sample feed, as read; an HTML text also by each of its text nodes. */
const FEED_TEXTS: readonly string[] = (() => {
  const texts = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') {
      texts.add(readText(value));
      if (/<\w/.test(value)) {
        const doc = new DOMParser().parseFromString(value, 'text/html');
        texts.add(readText(doc.body.textContent));
        const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) texts.add(readText(walker.currentNode.textContent));
      }
    } else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(sampleFeed);
  add(talkFeed());
  add('A session since cancelled');
  // Single letters and digits are not texts of their own (they would strip words apart).
  return [...texts].filter((text) => text.length > 2).sort((a, b) => b.length - a.length);
})();

/** The feed's texts joined: a long text found in it is a part of a description or a bio (a paragraph, a list item). */
const FEED_BODY = FEED_TEXTS.join('\n');

/** What is left of a text once the feed's texts are taken out of it ("" when it is all data). */
function withoutFeed(text: string, element: Element): string {
  // The feed's rich text (a description, a bio) is shown as its own elements, of any length.
  if (element.closest('clamped-text, [part~="description"]')) return '';
  if (text.length >= 16 && FEED_BODY.includes(text)) return '';
  let rest = text;
  for (const data of FEED_TEXTS) if (rest.includes(data)) rest = rest.replaceAll(data, ' \u2063 ');
  return rest;
}

// ---------------------------------------------------------------------------------------------
// English: the catalogs' messages and common words of a user interface.

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A stand-in for a value in a message (a placeholder, a number). */
const HOLE = '\u0000';

/** An English message as a pattern: each value a wildcard, as a whole phrase (not inside a word). */
function phrase(message: string): RegExp | undefined {
  // A message of values and punctuation alone ("{from} – {to}", "(#)") has no English in it.
  if (!/[A-Za-z]{2}/.test(message.replaceAll(HOLE, ''))) return undefined;
  const body = message.split(HOLE).map(escape).join('[\\s\\S]+?');
  return new RegExp(`(?<!\\p{L})${body}(?!\\p{L})`, 'u');
}

/** Every English message of a catalog, by key, as the values it may show (a count's forms each). */
function englishOf(catalog: Catalog): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const [key, message] of Object.entries(catalog.en)) {
    if (typeof message === 'string') messages.set(key, [message]);
    else if (catalog.placeholders[key]) messages.set(key, [(message as (...values: string[]) => string)(...catalog.placeholders[key]!.map(() => HOLE))]);
    else {
      // A count: its forms for the counts that pick each of them, the numbers as values.
      const count = message as (locale: string, ...counts: number[]) => string;
      const forms = new Set([0, 1, 2, 7].flatMap((n) => [count('en', n), count('en', n, n + 3), count('en', n + 3, n)]));
      messages.set(key, [...forms].map((form) => form.replace(/\d+/g, HOLE)));
    }
  }
  return messages;
}

/** The English phrases of every catalog, each with where it comes from (`catalog.key`). */
const ENGLISH: readonly { where: string; catalog: string; key: string; pattern: RegExp }[] = CATALOGS.flatMap((catalog) =>
  [...englishOf(catalog)].flatMap(([key, forms]) =>
    forms.flatMap((form) => {
      const pattern = phrase(form);
      return pattern ? [{ where: `${catalog.name}.${key}`, catalog: catalog.name, key, pattern }] : [];
    }),
  ),
);

/** Common English words of a user interface, as whole words (case as written for AM and PM, any case for the rest). */
const COMMON_WORDS = [
  'Save', 'Saved', 'Close', 'Filters', 'Filter', 'All', 'Retry', 'Loading', 'minute', 'minutes', 'hour', 'hours', 'ago', 'in', 'now', 'today', 'tomorrow', 'yesterday',
  'Speakers', 'Speaker', 'Sessions', 'Session', 'Read more', 'Show less', 'Search', 'Live', 'Ended', 'Next', 'Room', 'Track', 'Day', 'Days', 'Remove', 'Undo', 'more', 'of', 'the', 'and', 'min', 'hr',
  // Languages by their English names (a session's languages are named in the reader's language).
  'English', 'German',
  // A zone's city as its IANA id spells it (America/New_York): English, where the reader's language names the zone its own way.
  'New York',
];
const COMMON = new RegExp(`(?<!\\p{L})(?:${COMMON_WORDS.map(escape).join('|')})(?!\\p{L})`, 'iu');
/** English months and weekdays, whole or short, and the 12-hour clock's AM and PM. */
const ENGLISH_DATES =
  /(?<!\p{L})(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Fri|Sat|Sun)(?!\p{L})|(?<![\p{L}])(?:AM|PM)(?!\p{L})/u;

/**
 * Words that are English and also this language's own, taken out before the English is looked for:
 * French "programme", "session(s)", "Type", "minutes", "min" (its catalog has "Sessions" and
 * "Type" as they are) and "New York", Spanish "min" ("40 min").
 */
const SHARED_WORDS: Partial<Record<Lang, RegExp>> = {
  fr: /(?<!\p{L})(?:programme|sessions?|type|minutes|min|New York)(?!\p{L})/giu,
  es: /(?<!\p{L})min(?!\p{L})/gu,
};

/**
 * English by design, in every language: names of time zones as Intl writes them, in the reader's
 * locale ("EEST", "GMT+3": an abbreviation has no translation, and the timeline names the zone in
 * words beside it); the names of products (Outlook, Google Calendar or Agenda, as each catalog writes them);
 * a file's extension (".ics"); and what the person typed in a search box (echoed back to them).
 */
const BY_DESIGN = /(?<!\p{L})(?:(?:GMT|UTC)(?:[+−-]\d{1,2}(?::\d\d)?)?|[A-Z]{2,4}T|Outlook|Google(?: Calendar| Agenda)?)(?!\p{L})|\.ics\b|zzzz/gu;

// ---------------------------------------------------------------------------------------------
// What a person reads and hears.

/** A text a person reads or hears, and the element it belongs to. */
interface Heard {
  readonly text: string;
  /** `text` for a text node, else the attribute it is from. */
  readonly kind: string;
  readonly element: Element;
}

/** The attributes that are read or heard; `data-time` is shown before a title by the style sheet (`content: attr(data-time)`). */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'data-time'];

/** Everything under `root` a person reads or hears, through shadow roots; not styles, scripts nor what is `hidden`. */
function heard(root: Node): Heard[] {
  const found: Heard[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Text) {
      const text = readText(node.data);
      if (text && node.parentElement) found.push({ text, kind: 'text', element: node.parentElement });
      return;
    }
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName) || node.hasAttribute('hidden')) return;
      // A person's initials are their name's (data): "PM" is Peter Major, not the afternoon.
      if (node.matches('[part~="initials"]')) return;
      for (const name of SPOKEN_ATTRIBUTES) {
        const text = readText(node.getAttribute(name));
        if (text) found.push({ text, kind: name, element: node });
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** The `lang` an element is in: its own or its nearest ancestor's, through shadow roots to their hosts. */
function langOf(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    if (at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/** Whether a locale writes numbers in digits of its own (ar-EG: ٣), not 0–9. */
const nativeDigits = (locale: string): boolean => !/\d/.test(new Intl.NumberFormat(locale).format(3));

/** What in `root` a reader of `locale` would read or hear in English (or in another language, or direction), each as `where kind (why): "text"`. */
function leaks(root: Node, locale: string): string[] {
  const lang = locale.split('-')[0] as Lang;
  const found: string[] = [];
  for (const { text, kind, element } of heard(root)) {
    const rest = withoutFeed(text, element);
    if (!/\p{L}|\d/u.test(rest)) continue;
    const shared = SHARED_WORDS[lang];
    const checked = (shared ? rest.replace(shared, ' ') : rest).replace(BY_DESIGN, ' ');
    const english = ENGLISH.find(({ pattern }) => pattern.test(checked));
    const reason = english ? english.where : COMMON.test(checked) ? `word "${COMMON.exec(checked)![0]}"` : ENGLISH_DATES.test(checked) ? `date "${ENGLISH_DATES.exec(checked)![0]}"` : undefined;
    const at = element.closest('[part]')?.getAttribute('part') ?? element.localName;
    if (reason) found.push(`${at} ${kind} (${reason}): "${text}"`);
    // Where the locale writes its own digits (ar-EG: ٣), numbers, dates and times have none of 0–9.
    if (nativeDigits(locale) && /\d/.test(checked)) found.push(`${at} ${kind} with digits 0–9: "${text}"`);
    const marked = langOf(element);
    if (!marked.toLowerCase().startsWith(lang)) found.push(`${at} ${kind} marked lang="${marked}": "${text}"`);
    if (lang === 'ar' && getComputedStyle(element, kind === 'data-time' ? '::before' : null).direction !== 'rtl') found.push(`${at} ${kind} laid out left to right: "${text}"`);
  }
  return [...new Set(found)];
}

// ---------------------------------------------------------------------------------------------
// Dates, times and numbers in the reader's locale.

/** 2 September 2014, a Tuesday: the day the timeline opens on during WS196. */
const TUESDAY = new Date(DURING_WS196);

/** The names of that Tuesday in `lang`, long and short, as its own calendar writes them (Intl's, in the venue's zone). */
function tuesdayIn(lang: Lang): string[] {
  return (['long', 'short'] as const).map((weekday) => new Intl.DateTimeFormat(lang, { weekday, timeZone: 'Europe/Istanbul' }).format(TUESDAY));
}

/** Fails unless `text` (a day, a date) names the Tuesday as `lang` does. */
function expectTuesday(text: string, lang: Lang): void {
  expect(tuesdayIn(lang).some((name) => text.includes(name)), `"${text}" names Tuesday in ${lang} (${tuesdayIn(lang).join(', ')})`).to.equal(true);
}

// ---------------------------------------------------------------------------------------------
// Components on the page.

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** A `<tag>` in the page with these attributes and properties, once it has rendered in its language. */
async function place<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, properties: Partial<HTMLElementTagNameMap[K]> = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  document.body.append(el);
  mounted.push(el);
  await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return el;
}

/** Fails with every leak found in the elements (none expected). */
function expectNoLeak(lang: string, ...roots: Node[]): void {
  expect(roots.flatMap((root) => leaks(root, lang))).to.deep.equal([]);
}

/** Fails unless the element's `base` part is marked with the reader's language and direction. */
function expectBase(el: Element, locale: string): void {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  expect([base.getAttribute('lang'), base.getAttribute('dir')], el.localName).to.deep.equal([locale, locale.startsWith('ar') ? 'rtl' : 'ltr']);
}

/** Whether the element shows its feed's state (loading, a failure) in its shadow root. */
const showsState = (el: Element): boolean => !!el.shadowRoot?.querySelector('[part~="state"]');

let feedKey = 0;

for (const lang of LANGUAGES) {
  describe(`in ${lang}, no English leaks from`, () => {
    captureConsole(); // a feed's failures are told to the console too, in English, for the site's developer

    describe('a feed', () => {
      let slowAfterMs: number;
      beforeEach(() => {
        slowAfterMs = FeedStore.slowAfterMs;
        FeedStore.slowAfterMs = 50; // "the connection is slow" at once, not after 2.5 s
      });
      afterEach(() => {
        FeedStore.slowAfterMs = slowAfterMs;
      });

      it('a card and a timeline, loading slowly; over a copy kept an hour and a month ago', async () => {
        const slow = () => `/test-server/feed?key=leak-${++feedKey}&delay=8000`;
        const keep = (src: string, ageMs: number): string => {
          localStorage.setItem(keptCopyKey(new URL(src, location.href).href), JSON.stringify({ text: JSON.stringify(talkFeed()), fetchedAt: Date.now() - ageMs }));
          return src;
        };
        const loading = [await place('session-card', { locale: lang, 'session-id': 'talk', src: slow() }), await place('agenda-timeline', { locale: lang, src: slow(), 'without-url-state': '' })];
        const kept = [
          await place('session-card', { locale: lang, 'session-id': 'talk', src: keep(slow(), 3_600_000) }),
          await place('agenda-timeline', { locale: lang, src: keep(slow(), 30 * 86_400_000), 'without-url-state': '' }),
        ];
        await waitUntil(() => loading.every((el) => el.shadowRoot!.querySelector('[part~="state"]')?.textContent !== messagesFor(commonMessages, lang).loading), 'the slow connection is told');
        await waitUntil(() => kept.every((el) => el.shadowRoot!.querySelector('[part~="feed-notice"]')), 'the notices of the kept copies');
        expectNoLeak(lang, ...loading, ...kept);
      });
      for (const [state, src] of [
        ['loading', () => `/test-server/feed?key=leak-${++feedKey}&delay=8000`],
        ['not found (404)', () => `/test-server/feed?key=leak-${++feedKey}&status=404`],
        ['not a feed', () => '/package.json'],
      ] as const) {
        it(`every tag, ${state}`, async () => {
          const tags = await Promise.all(EVERY_TAG.map(([tag, attributes]) => place(tag, { ...attributes, locale: lang, src: src() })));
          await waitUntil(() => tags.every(showsState), 'every tag shows its feed’s state');
          if (state !== 'loading') await waitUntil(() => tags.every((el) => el.shadowRoot!.querySelector('[part~="state"]:not([role="status"])')), 'every tag shows its failure');
          expectNoLeak(lang, ...tags);
        });
      }
    });

    describe('a page', () => {
      it('every tag without a feed; with an inline feed the page lacks; given an id the feed lacks', async () => {
        const tags = [
          ...(await Promise.all(EVERY_TAG.map(([tag, attributes]) => place(tag, { ...attributes, locale: lang })))),
          ...(await Promise.all(EVERY_TAG.map(([tag, attributes]) => place(tag, { ...attributes, locale: lang, src: '#no-such-feed' })))),
          await place('session-card', { locale: lang, 'session-id': 'nope' }, { schedule }),
          await place('speaker-card', { locale: lang, 'person-id': 'nope' }, { schedule }),
          await place('speaker-avatar', { locale: lang, 'person-id': 'nope' }, { schedule }),
          await place('attendee-count', { locale: lang, 'session-id': 'nope' }, { schedule }),
          await place('now-next', { locale: lang, 'room-id': 'nope' }, { schedule, now: DURING_WS196 }),
          await place('agenda-timeline', { locale: lang, 'session-id': 'nope' }, { schedule }),
          await place('session-card', { locale: lang }, { schedule }),
          await place('speaker-card', { locale: lang }, { schedule }),
        ];
        await waitUntil(() => tags.every((el) => el.shadowRoot!.textContent!.trim()), 'every tag says something');
        expectNoLeak(lang, ...tags);
      });
      it('every tag on a programme without sessions', async () => {
        const feed = { version: 1, event: { name: 'Test Summit', timeZone: 'Europe/Istanbul' }, sessions: [] };
        const tags = await Promise.all(EVERY_TAG.filter(([, attributes]) => Object.keys(attributes).every((name) => name === 'without-url-state')).map(([tag, attributes]) => place(tag, { ...attributes, locale: lang }, { feed, now: DURING_WS196 })));
        expectNoLeak(lang, ...tags);
      });
      it('a session in German and English, not to be recorded: its card, and the timeline’s filter of languages', async () => {
        const feed = talkFeed({ languages: ['de', 'en'], doNotRecord: true });
        const card = await place('session-card', { locale: lang, 'session-id': 'talk', variant: 'full' }, { feed, now: BEFORE });
        const timeline = await place('agenda-timeline', { locale: lang, 'without-url-state': '' }, { feed, now: BEFORE });
        await new AgendaTimelineHarness(timeline).openFilters();
        expectNoLeak(lang, card, timeline);
      });
    });

    describe('<agenda-timeline>', () => {
      let harness: AgendaTimelineHarness;
      before(async () => {
        const el = document.createElement('agenda-timeline');
        Object.assign(el, { schedule, now: DURING_WS196 });
        for (const [name, value] of Object.entries({ locale: lang, 'without-url-state': '', layout: 'grid', style: 'inline-size: 960px; --schedule-agenda-timeline-height: 480px' })) el.setAttribute(name, value);
        document.body.append(el);
        harness = new AgendaTimelineHarness(el, sendKeys);
        await el.updateComplete;
        await harness.idle();
      });
      after(() => harness.element.remove());

      it('on the day of WS196, during it, in the grid', () => {
        expectBase(harness.element, lang);
        expectTuesday(harness.selectedDay(), lang);
        expectNoLeak(lang, harness.element);
      });
      it('as a list', async () => {
        harness.element.layout = 'list';
        await harness.settle();
        expectNoLeak(lang, harness.element);
      });
      it('with its filters open', async () => {
        await harness.openFilters();
        expectNoLeak(lang, harness.element);
      });
      it('with a search that matches nothing', async () => {
        await harness.search('zzzz');
        expectNoLeak(lang, harness.element);
      });
      it('with a session open in its dialog', async () => {
        await harness.search('');
        await harness.openSession('Enhanced Cooperation');
        await harness.dialogCard()!.updateComplete;
        await new SessionCardHarness(harness.dialogCard()!).readMore('Qusai Al-Shatti');
        expectNoLeak(lang, harness.element);
      });
      it('with a speaker open in its dialog', async () => {
        if (!harness.dialogCard()) await harness.openSession('Enhanced Cooperation');
        await harness.openPerson('Qusai Al-Shatti');
        await harness.dialogPersonCard()!.updateComplete;
        expectNoLeak(lang, harness.element);
      });
      it('with a session saved, and only saved sessions shown', async () => {
        await harness.closeDialog();
        harness.element.shadowRoot!.querySelector<HTMLElement>('.save-toggle')!.click();
        await harness.settle();
        await harness.toggleSavedOnly();
        expectNoLeak(lang, harness.element);
        harness.element.shadowRoot!.querySelector<HTMLElement>('.save-toggle[aria-pressed="true"]')?.click();
        await harness.clearFilters();
      });
      it('printed', async () => {
        window.dispatchEvent(new Event('beforeprint'));
        await harness.settle();
        try {
          expectNoLeak(lang, harness.element);
        } finally {
          window.dispatchEvent(new Event('afterprint'));
          await harness.settle();
        }
      });
      it('after the event', async () => {
        harness.element.now = AFTER;
        await harness.settle();
        expectNoLeak(lang, harness.element);
      });
      it('on a phone, in New York’s time; in a zone it does not know', async () => {
        const phone = await place('agenda-timeline', { locale: lang, 'without-url-state': '', 'time-zone': 'America/New_York', style: 'inline-size: 360px' }, { schedule, now: DURING_WS196 });
        const unknown = await place('agenda-timeline', { locale: lang, 'without-url-state': '', 'time-zone': 'Mars/Olympus_Mons', style: 'inline-size: 960px' }, { schedule, now: DURING_WS196 });
        await new AgendaTimelineHarness(phone).settle();
        expectNoLeak(lang, phone, unknown);
        // The other clock's button names the zone as the reader's language does (Intl's generic name), not as its IANA id ("New York").
        const name = new Intl.DateTimeFormat(lang, { timeZone: 'America/New_York', timeZoneName: 'longGeneric' }).formatToParts(DURING_WS196).find((p) => p.type === 'timeZoneName')!.value;
        expect(readText(phone.shadowRoot!.querySelectorAll('[part~="zone-toggle"] button')[1])).to.equal(name);
      });
      it('the run of show of WS196 while it runs, and of a session without an agenda', async () => {
        const ws196 = await place('agenda-timeline', { locale: lang, 'session-id': 'ws196' }, { schedule, now: DURING_WS196 });
        const none = await place('agenda-timeline', { locale: lang, 'session-id': 'ws115' }, { schedule, now: DURING_WS196 });
        expectBase(ws196, lang);
        expectNoLeak(lang, ws196, none);
      });
    });

    describe('<session-card>', () => {
      it('full, live, with its calendar menu open and a bio read in full', async () => {
        const el = await place('session-card', { locale: lang, 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 });
        const card = new SessionCardHarness(el);
        expectBase(el, lang);
        expectTuesday(card.fullDate(), lang);
        await card.toggleCalendar();
        await card.readMore('Qusai Al-Shatti');
        expectNoLeak(lang, el);
      });
      it('full, saved, before the event', async () => {
        const el = await place('session-card', { locale: lang, 'session-id': 'ws224', variant: 'full' }, { schedule, now: BEFORE });
        const card = new SessionCardHarness(el);
        await card.toggleSave();
        try {
          expectNoLeak(lang, el);
        } finally {
          await card.toggleSave();
        }
      });
      it('full, in New York’s time (with the venue’s time beside it), after the event', async () => {
        const el = await place('session-card', { locale: lang, 'session-id': 'ws196', variant: 'full', 'time-zone': 'America/New_York' }, { schedule, now: AFTER });
        expectNoLeak(lang, el);
      });
      it('compact, before the event, 20 minutes before WS196, during it and after the event', async () => {
        for (const now of [BEFORE, Date.parse('2014-09-02T10:40:00+03:00'), DURING_WS196, AFTER]) {
          const el = await place('session-card', { locale: lang, 'session-id': 'ws196' }, { schedule, now });
          expectNoLeak(lang, el);
        }
      });
    });

    describe('<speaker-card>, <speaker-avatar>, <speaker-avatar-group>, <clamped-text>', () => {
      it('a speaker with their bio read in full', async () => {
        const el = await place('speaker-card', { locale: lang, 'person-id': 'qusai-alshatti' }, { schedule });
        expectBase(el, lang);
        const bio = el.shadowRoot!.querySelector('clamped-text')!;
        const toggle = await waitUntil(() => bio.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]'), 'the bio’s "Read more"').then(() => bio.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!);
        expectNoLeak(lang, el);
        toggle.click();
        await bio.updateComplete;
        expectNoLeak(lang, el);
      });
      it('a speaker with links, in a list of no one', async () => {
        const el = await place('speaker-card', { locale: lang, 'person-id': 'lucas-ferreira' }, { schedule });
        const none = await place('speaker-list', { locale: lang, 'session-id': 'break-02-lunch' }, { schedule });
        expectNoLeak(lang, el, none);
      });
      it('an avatar with name and title; a session’s speakers, all and the first two', async () => {
        const avatar = await place('speaker-avatar', { locale: lang, 'person-id': 'qusai-alshatti', 'with-name': '', 'with-title': '' }, { schedule });
        const group = await place('speaker-avatar-group', { locale: lang, 'session-id': 'ws196' }, { schedule });
        const two = await place('speaker-avatar-group', { locale: lang, 'session-id': 'ws196', max: '2' }, { schedule });
        const none = await place('speaker-avatar-group', { locale: lang, 'session-id': 'break-02-lunch' }, { schedule });
        expectBase(avatar, lang);
        expectNoLeak(lang, avatar, group, two, none);
      });
      it('a text cut to a line, and read in full', async () => {
        const el = await place('clamped-text', { locale: lang, lines: '1', style: 'display: block; inline-size: 200px' });
        el.innerHTML = `<p>${sample.peopleById.get('qusai-alshatti')!.bio!.source}</p>`;
        const toggle = await waitUntil(() => el.shadowRoot!.querySelector('[part~="toggle"]'), 'the "Read more"').then(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!);
        expectNoLeak(lang, el);
        toggle.click();
        await el.updateComplete;
        expectNoLeak(lang, el);
      });
    });

    describe('<speaker-list>', () => {
      it('every speaker, a search that matches nothing, a speaker open', async () => {
        const el = await place('speaker-list', { locale: lang }, { schedule });
        expectBase(el, lang);
        expectNoLeak(lang, el);
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
        input.value = 'zzzz';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        expectNoLeak(lang, el);
        input.value = '';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        const card = el.shadowRoot!.querySelector('speaker-card')!;
        card.shadowRoot!.querySelector<HTMLElement>('.link-button')!.click();
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the speaker’s dialog');
        await el.shadowRoot!.querySelector<HTMLElementTagNameMap['speaker-card']>('dialog[open] speaker-card')?.updateComplete;
        expectNoLeak(lang, el);
      });
    });

    describe('<attendee-count>, <event-status>, <now-next>', () => {
      it('attendee counts: with a capacity, none yet, full, not published', async () => {
        const counts = [];
        for (const id of ['orientation', 'ws224', 'ws196', 'break-02-lunch']) counts.push(await place('attendee-count', { locale: lang, 'session-id': id }, { schedule }));
        counts.push(await place('attendee-count', { locale: lang, 'session-id': 'talk' }, { feed: talkFeed({ attendees: { count: 40, capacity: 40 } }) }));
        expectBase(counts[0]!, lang);
        expectNoLeak(lang, ...counts);
      });
      it('event status before the event, before its first session, during WS196 and after the event', async () => {
        const statuses = [];
        for (const now of [BEFORE, Date.parse('2014-09-02T08:30:00+03:00'), DURING_WS196, AFTER]) statuses.push(await place('event-status', { locale: lang }, { schedule, now }));
        statuses.push(await place('event-status', { locale: lang, limit: '1' }, { schedule, now: DURING_WS196 }));
        expectBase(statuses[0]!, lang);
        expectNoLeak(lang, ...statuses);
      });
      it('the status and now and next of a room as WS196 starts (what they announce)', async () => {
        const start = Date.parse('2014-09-02T11:00:00+03:00');
        const status = await place('event-status', { locale: lang }, { schedule, now: Date.parse('2014-09-02T08:59:00+03:00') });
        const room = await place('now-next', { locale: lang, 'room-id': 'room-03' }, { schedule, now: start - 60_000 });
        status.now = Date.parse('2014-09-02T09:00:00+03:00');
        room.now = start;
        await Promise.all([status.updateComplete, room.updateComplete]);
        await waitUntil(() => [status, room].every((el) => readText(el.shadowRoot!.querySelector('[role="status"], [aria-live]')) !== ''), 'the announcements');
        expectNoLeak(lang, status, room);
      });
      it('now and next, of every room and of one, during WS196 and after the event', async () => {
        const boards = [];
        for (const now of [DURING_WS196, AFTER]) {
          boards.push(await place('now-next', { locale: lang }, { schedule, now }));
          boards.push(await place('now-next', { locale: lang, 'room-id': 'room-03' }, { schedule, now }));
        }
        expectBase(boards[0]!, lang);
        expectNoLeak(lang, ...boards);
      });
    });

    describe('<my-schedule>', () => {
      const store = SavedStore.for(EVENT_ID);
      const empty = (): void => {
        for (const { id } of store.entries) store.remove(id);
      };
      beforeEach(empty);
      afterEach(() => {
        empty();
        resetUrl();
      });

      it('empty', async () => {
        const el = await place('my-schedule', { locale: lang }, { schedule });
        expectBase(el, lang);
        expectNoLeak(lang, el);
      });
      it('saved sessions (two that overlap, one moved, one cancelled), one removed with its undo, a shared link offered', async () => {
        const ws224 = schedule.sessionsById.get('ws224')!;
        store.save([schedule.sessionsById.get('ws196')!, schedule.sessionsById.get('ws225')!]);
        store.restore({ id: 'ws224', title: ws224.title, startMs: ws224.startMs - 3_600_000, endMs: ws224.endMs - 3_600_000, roomName: 'Main Hall', savedAt: 0 });
        store.restore({ id: 'gone', title: 'A session since cancelled', startMs: ws224.startMs, endMs: ws224.endMs, savedAt: 0 });
        history.replaceState(null, '', `${location.pathname}?st-shared=v2.${EVENT_ID}.ws182`);
        const el = await place('my-schedule', { locale: lang }, { schedule });
        const harness = new MyScheduleHarness(el);
        await harness.settle();
        expectNoLeak(lang, el);
        await harness.remove('Enhanced Cooperation');
        expectNoLeak(lang, el);
        await harness.selectSession('Building National CERTs');
        expectNoLeak(lang, el);
        el.shadowRoot!.querySelector<HTMLElement>('dialog[open] .close')!.click();
        await harness.share();
        await waitUntil(() => harness.announcement() || harness.shareField(), 'the link copied, or shown to copy');
        expectNoLeak(lang, el);
      });
    });
  });
}

describe('on a page whose <html lang> is another language, no English leaks from', () => {
  const before = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = before;
  });
  for (const lang of LANGUAGES) {
    it(`the card, the timeline, the status and the count, in ${lang}`, async () => {
      document.documentElement.lang = lang;
      const tags = [
        await place('session-card', { 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 }),
        await place('agenda-timeline', { 'without-url-state': '', style: 'inline-size: 960px' }, { schedule, now: DURING_WS196 }),
        await place('event-status', {}, { schedule, now: DURING_WS196 }),
        await place('attendee-count', { 'session-id': 'orientation' }, { schedule }),
        await place('speaker-list', {}, { schedule }),
      ];
      for (const el of tags) expectBase(el, lang);
      expectNoLeak(lang, ...tags);
    });
  }
});

describe('in Egyptian Arabic, whose digits are its own (٣, not 3), no number is written in 0–9 by', () => {
  const locale = 'ar-EG';
  it('the timeline, a full card, a speaker, the speakers of a session, a count, the status and now and next, during WS196', async () => {
    const tags = [
      await place('agenda-timeline', { locale, 'without-url-state': '', style: 'inline-size: 960px' }, { schedule, now: DURING_WS196 }),
      await place('session-card', { locale, 'session-id': 'ws196', variant: 'full' }, { schedule, now: DURING_WS196 }),
      await place('speaker-card', { locale, 'person-id': 'qusai-alshatti' }, { schedule }),
      await place('speaker-avatar-group', { locale, 'session-id': 'ws196', max: '2' }, { schedule }),
      await place('attendee-count', { locale, 'session-id': 'orientation' }, { schedule }),
      await place('event-status', { locale, limit: '1' }, { schedule, now: DURING_WS196 }),
      await place('now-next', { locale }, { schedule, now: DURING_WS196 }),
      await place('speaker-list', { locale }, { schedule }),
    ];
    expect(nativeDigits(locale), 'Intl writes ar-EG in Arabic-Indic digits').to.equal(true);
    expectNoLeak(locale, ...tags);
  });
});
