/**
 * Message catalogs: every word a component shows comes from one of these, in the six UN languages.
 * Pure code (no DOM): components pick the locale, this picks the words.
 */
import { numberFormat, pluralRules } from './intl.js';

/** The languages every catalog must cover: English and the other five UN languages. */
export const LANGUAGES = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A catalog's messages: plain strings, or functions of their parameters. */
export type Messages = Record<string, string | ((...args: never[]) => string)>;

/** One set of messages per language; every language has every key (the compiler checks it). */
export type Catalog<M extends Messages> = Readonly<Record<Language, M>>;

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/** The best catalog language for a BCP 47 locale: `fr-CA` → `fr`, `zh-Hant-TW` → `zh`, anything else → `en`. */
export function pickLanguage(locale: string | undefined): Language {
  const primary = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** The writing direction of a locale. */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  const primary = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** Declares a catalog; the English messages fix its shape, and each language must match it. */
export function defineCatalog<M extends Messages>(catalog: { en: M } & Record<Exclude<Language, 'en'>, M>): Catalog<M> {
  return Object.freeze(catalog);
}

/** The messages of a catalog for a locale. */
export function messagesFor<M extends Messages>(catalog: Catalog<M>, locale: string | undefined): M {
  return catalog[pickLanguage(locale)];
}

/**
 * Plural forms of one message; `#` stands for the count, formatted for the locale. A `zero` form, when
 * given, is used for 0 in every language ("No attendees yet"), not only where the rules name it.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Formats a number for a locale (grouping, native digits where the locale uses them). */
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}

/** Chooses the plural form of `count` by the locale's rules and puts the formatted count in place of `#`. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const rule = pluralRules(locale).select(count);
  const form = (count === 0 ? forms.zero : undefined) ?? forms[rule] ?? forms.other;
  return form.replaceAll('#', formatNumber(locale, count));
}
