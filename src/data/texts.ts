/**
 * Texts in several languages: the feed may give any human-readable text as a map from BCP 47 tags
 * to text. The model keeps each such map (canonical tags, the default language first) beside the
 * plain field (text-maps.ts, for the feed reader), and {@link pick} chooses the version a reader
 * gets, on the render path of every component: a few string comparisons, no Intl calls.
 */
import type { FeedText, TextVariants } from './model.js';

/** A text chosen for a reader, and the language it is in when the feed says (undefined for a plain string). */
export interface PickedText {
  readonly text: string;
  readonly lang?: string;
}

/** The primary language subtag of a tag, lower case: `pt-BR` → `pt` (also of a locale written `pt_BR`). */
export const primaryLanguage = (tag: string): string => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The version of `text` for a reader of `locale`: a string as it is (its language unknown); from a
 * map, the entry of the exact tag, else of its parents (`pt-BR` → `pt`; `zh-Hant-TW` → `zh-Hant` →
 * `zh`), else of another tag of the same language (`de-AT` for `de`), else the first (in the model,
 * the feed's default language). Tags compare without regard to case.
 */
export function pick(text: FeedText, locale: string): PickedText;
export function pick(text: FeedText | undefined, locale: string): PickedText | undefined;
export function pick(text: FeedText | undefined, locale: string): PickedText | undefined {
  if (typeof text !== 'object') return text === undefined ? undefined : { text };
  const tags = Object.keys(text);
  const find = (want: string) => tags.find((tag) => tag.toLowerCase() === want);
  let want = locale.toLowerCase();
  let lang = find(want);
  while (lang === undefined && want.includes('-')) lang = find((want = want.slice(0, want.lastIndexOf('-'))));
  lang ??= tags.find((tag) => primaryLanguage(tag) === primaryLanguage(want)) ?? tags[0]!;
  return { text: text[lang]!, lang };
}

/** A text in the reader's language (`locale`, see {@link pick}) where the feed gives several, else as the plain field has it. */
export function textIn<T extends string | undefined>(plain: T, versions: TextVariants | undefined, locale: string | undefined): T {
  return versions && locale !== undefined ? (pick(versions, locale).text as T) : plain;
}

/** Every version of a text, for a search that matches in any language: the map's values, else the plain text. */
export function allVersions(plain: string | undefined, versions?: TextVariants): readonly (string | undefined)[] {
  return versions ? Object.values(versions) : [plain];
}
