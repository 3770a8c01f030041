/**
 * A feed's texts in several languages as the model keeps them: each map beside its plain field, with
 * canonical tags and the default language first. For the feed reader and the adapters; the
 * components read the model with texts.ts.
 */
import { canonicalLanguage } from './language-tag.js';
import type { FeedText, TextVariants, Translations } from './model.js';
import { pick } from './texts.js';

/** A checked map as the model keeps it: canonical tags, the entry of `defaultLanguage` (as {@link pick} finds it) first. */
function variants(map: { readonly [tag: string]: string }, defaultLanguage?: string): TextVariants {
  const byTag: Record<string, string> = {};
  for (const tag of Object.keys(map)) byTag[canonicalLanguage(tag) ?? tag] = map[tag]!;
  if (defaultLanguage === undefined) return Object.freeze(byTag);
  const first = pick(byTag, defaultLanguage).lang!;
  return Object.freeze({ [first]: byTag[first]!, ...byTag });
}

/**
 * The maps among the `fields` of a checked feed entry, as the model keeps them (its `i18n`); undefined
 * when every one is a plain string or absent, which costs a plain feed one type check per field.
 */
export function translations<K extends string>(
  entry: { readonly [F in K]?: FeedText },
  fields: readonly K[],
  defaultLanguage?: string,
): Translations<K> | undefined {
  let found: Record<string, TextVariants> | undefined;
  for (const field of fields) {
    const value = entry[field];
    if (typeof value === 'object') (found ??= {})[field] = variants(value, defaultLanguage);
  }
  return found && (Object.freeze(found) as Translations<K>);
}

/** The model's plain field for a feed text: a string as written, a map's first version (its default language). */
export function plainText(value: FeedText, versions?: TextVariants): string;
export function plainText(value: FeedText | undefined, versions?: TextVariants): string | undefined;
export function plainText(value: FeedText | undefined, versions?: TextVariants): string | undefined {
  return versions ? Object.values(versions)[0] : (value as string | undefined);
}
