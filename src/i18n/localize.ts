/**
 * Message catalogs: every word a component shows comes from one of these. A catalog is written in
 * English, which fixes its shape; the other languages are in ./locales (one file a language, with
 * the messages of every catalog) or come from the site (`registerCatalog`), and languages.ts finds
 * them. A message is text, a template with `{name}` placeholders (template.ts), or a function (for
 * counts and numbers). Pure code (no DOM): components pick the locale, this picks the words.
 */
import { catalogIn, pickLanguage } from './languages.js';
import { numberFormat, pluralRules } from './intl.js';
import { compileTemplate, isTemplate, placeholdersOf } from './template.js';

export { LANGUAGES, type Language, pickLanguage, registerCatalog, textDirection } from './languages.js';

/** A catalog's messages: text (a template when it has `{name}` placeholders), or functions of their parameters. */
export type Messages = Record<string, string | ((...args: never[]) => string)>;

/** The placeholders of a template type, in order: `'{a} and {b}'` → `['a', 'b']`. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer R}` ? [P, ...PlaceholdersOf<R>] : [];

/** A string for each element of a tuple. */
type Strings<T extends unknown[]> = { [I in keyof T]: string };

/** A message as called: a template is a function of its placeholders' values, in order; anything else is as written. */
type Compiled<W> = W extends string ? (PlaceholdersOf<W> extends [] ? string : (...values: Strings<PlaceholdersOf<W>>) => string) : W;

/** A catalog's messages as written in English, as called: `{ notFound: 'The schedule {src} was not found.' }` → `{ notFound: (src) => string }`. */
export type CompiledMessages<W extends Messages> = { -readonly [K in keyof W]: Compiled<W[K]> };

/**
 * A catalog: its name (its key in a language's messages, `session-card`) and its English messages,
 * which every other language must match key for key (the compiler checks it).
 */
export interface Catalog<M extends Messages = Messages, N extends string = string> {
  readonly name: N;
  /** The English messages, templates made functions. */
  readonly en: M;
  /** The placeholders of each English template, in order: the arguments a translation's placeholders name. */
  readonly placeholders: Readonly<Record<string, readonly string[]>>;
}

/**
 * Declares a catalog by its name and its English messages. In a template, each `{name}` becomes a
 * parameter, in the order they first appear: `'No session {id} in {src}.'` is called `(id, src)`.
 */
export function defineCatalog<const N extends string, const W extends Messages>(name: N, english: W): Catalog<CompiledMessages<W>, N> {
  const en: Messages = {};
  const placeholders: Record<string, readonly string[]> = {};
  for (const [key, message] of Object.entries(english)) {
    if (typeof message === 'string' && isTemplate(message)) {
      placeholders[key] = placeholdersOf(message);
      en[key] = compileTemplate(message, placeholders[key]);
    } else {
      en[key] = message;
    }
  }
  return Object.freeze({ name, en: Object.freeze(en) as CompiledMessages<W>, placeholders: Object.freeze(placeholders) });
}

/**
 * The messages of a catalog for a locale. A language that is not here yet (its file is still
 * downloading, or could not be) gives English meanwhile; components re-render when it arrives.
 */
export function messagesFor<M extends Messages>(catalog: Catalog<M>, locale: string | undefined): M {
  return catalogIn(catalog, pickLanguage(locale));
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

/** A message of a count in its plural forms: `plurals({ one: '# session', other: '# sessions' })(locale, 3)`. */
export function plurals(forms: PluralForms): (locale: string, count: number) => string {
  return (locale, count) => plural(locale, count, forms);
}
