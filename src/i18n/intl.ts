/**
 * The one place the components get their `Intl` formatters from: each is made on first use per
 * locale, options (and zone) and kept, because a programme formats hundreds of times, names and
 * numbers per render and a formatter is costly to make and cheap to keep. Pure code (no DOM).
 *
 * Options are passed as constant objects (a module's `const`), which are told apart by identity;
 * the zone of a date format is a separate argument, since it varies.
 */
import { memo } from '../internal/memo.js';

/** Past this many formatters (locales × options × zones), the cache starts over. */
const LIMIT = 512;

const formatters = new Map<string, unknown>();
const optionIds = new WeakMap<object, number>();
let nextOptionId = 0;

/** A short key for an options object, by identity. */
function idOf(options: object): number {
  let id = optionIds.get(options);
  if (id === undefined) optionIds.set(options, (id = nextOptionId++));
  return id;
}

function cached<T>(kind: string, locale: string, options: object, zone: string, make: () => T): T {
  return memo(formatters as Map<string, T>, `${kind}|${locale}|${idOf(options)}|${zone}`, make, LIMIT);
}

const NO_OPTIONS = Object.freeze({});

/** `Intl.DateTimeFormat` for a locale, options and (when given) time zone. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  return cached('d', locale, options, timeZone ?? '', () => new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options));
}

/** `Intl.ListFormat` for a locale; a conjunction ("A, B and C") unless other options are given. */
export function listFormat(locale: string, options: Intl.ListFormatOptions = NO_OPTIONS): Intl.ListFormat {
  return cached('l', locale, options, '', () => new Intl.ListFormat(locale, options));
}

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Bidi embeddings, overrides and isolates (LRE … RLO, LRI … PDI): invisible, and able to reorder what follows them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a feed (a name, a room) made safe to put in a sentence of a locale: isolated (U+2068 …
 * U+2069, the plain-text `<bdi>`), as any text of unknown direction should be, so that "Oliver
 * Brandt" and an Arabic "و" stay apart and in order, and an Arabic name keeps its place in an
 * English list. Its own bidi controls are dropped: an override left open (U+202E) would reverse
 * the names and words after it, and a U+2069 would end the isolate early.
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
}

/** The direction of a text's first letter: `rtl` for a letter of a right-to-left script, `ltr` for any other, `auto` when it has none. */
export function letterDirection(text: string): 'ltr' | 'rtl' | 'auto' {
  const letter = /\p{L}/u.exec(text);
  return letter ? (RTL_LETTER.test(letter[0]) ? 'rtl' : 'ltr') : 'auto';
}

/** Names as "A, B and C" in a locale, each one {@link isolate}d. */
export function nameList(names: readonly string[], locale: string): string {
  return listFormat(locale).format(names.map(isolate));
}

const LANGUAGE_NAMES: Intl.DisplayNamesOptions = { type: 'language' };

/** The name of a language (a BCP 47 tag) in a locale: `de` is "German" in English, "Deutsch" in German; the tag itself when Intl has no name. */
export function languageName(tag: string, locale: string): string {
  return cached('n', locale, LANGUAGE_NAMES, '', () => new Intl.DisplayNames(locale, LANGUAGE_NAMES)).of(tag) ?? tag;
}

/** `Intl.NumberFormat` for a locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = NO_OPTIONS): Intl.NumberFormat {
  return cached('n', locale, options, '', () => new Intl.NumberFormat(locale, options));
}

/** `Intl.PluralRules` for a locale (cardinal). */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached('p', locale, NO_OPTIONS, '', () => new Intl.PluralRules(locale));
}

/** `Intl.RelativeTimeFormat` for a locale and options. */
export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions = NO_OPTIONS): Intl.RelativeTimeFormat {
  return cached('r', locale, options, '', () => new Intl.RelativeTimeFormat(locale, options));
}

/** `Intl.Collator` for a locale (sorting names), numbers by their value: "Speaker 2" before "Speaker 10". */
export function collator(locale: string): Intl.Collator {
  return cached('c', locale, NO_OPTIONS, '', () => new Intl.Collator(locale, { numeric: true }));
}

/** The slice of `Intl.DurationFormat` used here; not in this TypeScript's lib, and absent from Node 20. */
interface DurationFormat {
  format(duration: { hours: number; minutes: number }): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'short' }) => DurationFormat;
const SHORT = { style: 'short' } as const;

/** A short `Intl.DurationFormat` for a locale, or undefined where the runtime has none. */
export function durationFormat(locale: string): DurationFormat | undefined {
  const Format = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  return Format && cached('u', locale, SHORT, '', () => new Format(locale, SHORT));
}
