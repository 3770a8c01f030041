/** BCP 47 language tags, as the feed's `languages` holds them. Pure code. */

/**
 * The canonical form of a well-formed BCP 47 language tag (`EN-us` → `en-US`), or undefined when
 * it is not one (`de_DE`, `de, en`): `Intl.getCanonicalLocales` throws then.
 */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Whether `tag` is a well-formed BCP 47 language tag (`de`, `pt-BR`, `zh-Hant`). */
export function isLanguageTag(tag: string): boolean {
  return canonicalLanguage(tag) !== undefined;
}
