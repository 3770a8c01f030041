/**
 * The languages the components can show, and where their words come from. English is written in
 * every catalog. The other UN languages ship as one file each (./locales/<lang>.ts; in the
 * single-file build, schedule-elements-<lang>.min.js beside the bundle), downloaded the first time
 * a component asks for that language. A site adds languages, or changes words, with
 * `registerCatalog`. Pure code (no DOM).
 */
import type { LanguageMessages, PartialLanguageMessages } from './catalogs.js';
import type { Catalog, Messages } from './localize.js';
import { compileTemplate } from './template.js';
import { canonicalLanguage } from '../data/language-tag.js';
import { sayMissing } from '../internal/lazy-module.js';

/** The languages that ship with the components: English, and the other five UN languages. */
export const LANGUAGES = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A shipped language whose words are in a file of their own. */
type FileLanguage = Exclude<Language, 'en'>;

/** Downloads the messages of a shipped language. */
type LanguageImporter = (language: FileLanguage) => Promise<{ readonly default: LanguageMessages }>;

/** The file of each shipped language, named one by one so that a bundler makes one chunk of each. */
const FILES: Readonly<Record<FileLanguage, () => ReturnType<LanguageImporter>>> = {
  ar: () => import('./locales/ar.js'),
  zh: () => import('./locales/zh.js'),
  fr: () => import('./locales/fr.js'),
  ru: () => import('./locales/ru.js'),
  es: () => import('./locales/es.js'),
};

const importFile: LanguageImporter = (language) => FILES[language]();
let importLanguage = importFile;

/** What is known of one language besides English. */
interface LanguageState {
  /** The messages of its shipped file, once downloaded. */
  file?: Readonly<Record<string, Messages>>;
  /** The download of its file, while it runs. */
  loading?: Promise<void>;
  /** The file could not be downloaded: it is not asked for again. */
  failed?: boolean;
  /** The messages the site registered, by catalog; set once the site registered the language. */
  site?: Record<string, Messages>;
  /** Each catalog's messages as shown (site over file over English), made on first use. */
  readonly shown: Map<string, Messages>;
}

/** By lower-case BCP 47 tag (`fr`, `pt-br`). */
const languages = new Map<string, LanguageState>();

/** Called with a language's tag whenever its messages change. */
const listeners = new Set<(language: string) => void>();

function stateOf(language: string): LanguageState {
  let state = languages.get(language);
  if (!state) languages.set(language, (state = { shown: new Map() }));
  return state;
}

function isFileLanguage(language: string): language is FileLanguage {
  return language !== 'en' && (LANGUAGES as readonly string[]).includes(language);
}

/**
 * The best language for a BCP 47 locale: the longest prefix of it that ships or that a site
 * registered (`de-AT` → `de` once a site registered `de`; `fr-CA` → `fr`; `zh-Hant-TW` → `zh`), else `en`.
 */
export function pickLanguage(locale: string | undefined): string {
  const subtags = (locale ?? '').toLowerCase().split(/[-_]/);
  for (let length = subtags.length; length > 0; length--) {
    const tag = subtags.slice(0, length).join('-');
    if (tag === 'en' || isFileLanguage(tag) || languages.get(tag)?.site) return tag;
  }
  return 'en';
}

/** A locale whose language is written right to left (its primary subtag, any case, `-` or `_` after it). */
const RTL_LOCALE = /^(?:ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)(?:[-_]|$)/i;

/** The writing direction of a locale. */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  return RTL_LOCALE.test(locale ?? '') ? 'rtl' : 'ltr';
}

/**
 * The messages of `catalog` in a language from `pickLanguage`: the site's, over the shipped file's,
 * over English. Starts the download of the file when it is needed and not here yet.
 */
export function catalogIn<M extends Messages>(catalog: Catalog<M>, language: string): M {
  const state = languages.get(language) ?? (isFileLanguage(language) ? stateOf(language) : undefined);
  if (!state) return catalog.en;
  if (isFileLanguage(language) && !state.file && !state.failed) state.loading ??= download(language, state);
  let shown = state.shown.get(catalog.name);
  if (!shown) state.shown.set(catalog.name, (shown = layered(catalog, [state.file?.[catalog.name], state.site?.[catalog.name]])));
  return shown as M;
}

/**
 * English with each layer's messages over it. A template where English has a function is made one,
 * its placeholders naming English's arguments; a message for a key English does not have, or a
 * function where English has text, is left out.
 */
function layered(catalog: Catalog, layers: readonly (Messages | undefined)[]): Messages {
  const messages: Messages = { ...catalog.en };
  for (const layer of layers) {
    for (const [key, message] of Object.entries(layer ?? {})) {
      const english = catalog.en[key];
      if (typeof message === typeof english) messages[key] = message;
      else if (typeof message === 'string' && typeof english === 'function') messages[key] = compileTemplate(message, catalog.placeholders[key] ?? []);
    }
  }
  return Object.freeze(messages);
}

/** Downloads a shipped language's file; when it is missing, says so once and keeps English (see {@link shownLocale}). Either way its components show again. */
async function download(language: FileLanguage, state: LanguageState): Promise<void> {
  try {
    state.file = (await importLanguage(language)).default;
  } catch (error) {
    state.failed = true;
    // The language by its code, as the page's `locale` names it (its name in English would bring Intl.DisplayNames to every tag).
    sayMissing(`schedule-elements-${language}.min.js`, `the words in "${language}" are shown in English`, error);
  }
  state.loading = undefined;
  changed(language, state);
}

/**
 * The locale a component shows for the one asked of it: that one, as Intl writes it ("en_US", as
 * some CMSs write a page's `lang`, is "en-US"), unless its language's file could not be downloaded
 * and the site gave no words for it. Then English, all of it (its words, and with them its
 * direction, dates and numbers), not English sentences laid out right to left around Arabic
 * figures. A tag Intl cannot read is English too: passed on, it would make every formatter throw.
 * The shipped Chinese words are Simplified, so a locale of Traditional Chinese is shown in that
 * script (zh-Hant-TW or zh-HK as zh-Hans-TW, zh-Hans-HK): Intl wrote its dates, durations and zone
 * names in Traditional, "8 天後" in a Simplified sentence.
 */
export function shownLocale(locale: string): string {
  const language = pickLanguage(locale);
  const state = languages.get(language);
  const tag = state?.failed && !state.site ? 'en' : (canonicalLanguage(locale.replaceAll('_', '-')) ?? 'en');
  // Only a tag with no script, or Traditional's, is made Simplified: a component hands the locale it shows to those inside it, which show it again.
  return language == 'zh' ? tag.replace(/^zh(-Hant|(?=-TW|-HK|-MO))/, 'zh-Hans') : tag;
}

function changed(language: string, state: LanguageState): void {
  state.shown.clear();
  for (const listener of listeners) listener(language);
}

/** The download of the language of `locale` while it runs: what a component that shows that language waits for. */
export function languageArrival(locale: string | undefined): Promise<void> | undefined {
  return languages.get(pickLanguage(locale))?.loading;
}

/** Calls `listener` with a language's tag whenever its messages change (its file arrived, or a site registered some); returns what stops it. */
export function onLanguageChange(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds a language, or changes the words of one, for every component on the page; those that show
 * it re-render. `language` is a BCP 47 tag: `de` serves `de`, `de-AT` and `de-CH` alike; `de-CH`
 * alone serves only `de-CH`. `messages` gives, for any catalog (`common`, `saved`, or a tag such
 * as `session-card`), any of its messages; each one left out is shown in the shipped language of
 * that tag (French for `fr`), else in English. Called again for the same tag, it adds to what it
 * was given before.
 *
 * @example
 * registerCatalog('de', {
 *   common: { loading: 'Das Programm wird geladen …', retry: 'Erneut versuchen' },
 *   'session-card': { save: 'Merken', startsIn: 'Beginnt {relative}' },
 * });
 * @throws {RangeError} when `language` is not a BCP 47 tag.
 */
export function registerCatalog(language: string, messages: PartialLanguageMessages): void {
  const tag = Intl.getCanonicalLocales(language)[0]!.toLowerCase();
  const state = stateOf(tag);
  const site = (state.site ??= {});
  for (const [name, catalog] of Object.entries(messages as Readonly<Record<string, Messages>>)) {
    site[name] = { ...site[name], ...catalog };
  }
  changed(tag, state);
}

/**
 * @internal Replaces how the shipped languages' files are downloaded (a test makes one fail);
 * returns what puts the files back.
 */
export function setLanguageImporter(importer: LanguageImporter): () => void {
  importLanguage = importer;
  return () => {
    importLanguage = importFile;
  };
}
