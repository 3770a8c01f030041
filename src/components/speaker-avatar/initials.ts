/**
 * Pure helpers for the picture a person gets when they have none: the initials of their name and a
 * colour of their own, the same on every page and every visit.
 */

import { contrastRatio } from '../../internal/contrast.js';

/** Scripts whose letters join their neighbours; their initials are kept apart with a zero-width non-joiner. */
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;
/** Scripts whose names are written without initials: one character (the family name's) stands for the name. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The Arabic definite article at the start of a family name (القرشي → ق, as "Al-Shatti" → S would not be). */
const ARABIC_ARTICLE = /^ال(?=\p{L}{2})/u;
/** A title such as "Dr.", "Ms." or "Prof." (a single-letter initial such as "A." is kept). */
const HONORIFIC = /^\p{L}{2,}\.$/u;

let segmenter: Intl.Segmenter | undefined;

/** The first user-perceived character of a word, from its first letter ("Émile" → "É", "'Bob'" → "B"). */
function firstGrapheme(word: string): string {
  const from = word.search(LETTER);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(word.slice(Math.max(from, 0)))) return segment;
  return '';
}

/**
 * The initials of a name: the first letter of its first and last words, upper-cased for `locale`.
 * "Carlos A. Afonso" → "CA", "Désirée Miloshevic" → "DM", "Dr. Jane Doe" → "JD", "Madonna" → "M",
 * "王小明" and "王 小明" → "王", "محمد القرشي" → "م‌ق" (kept unjoined). A name with no letters gives its first character.
 */
export function initialsOf(name: string, locale?: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter((word) => LETTER.test(word));
  while (words.length > 1 && HONORIFIC.test(words[0]!)) words.shift();
  if (words.length === 0) return firstGrapheme(name.trim());
  const first = firstGrapheme(words[0]!);
  if (IDEOGRAPHIC.test(first)) return first;
  const last = words.length > 1 ? firstGrapheme(words.at(-1)!.replace(ARABIC_ARTICLE, '')) : '';
  const joiner = last && JOINING_SCRIPT.test(first) ? '\u200c' : '';
  return `${first}${joiner}${last}`.toLocaleUpperCase(locale);
}

/** `hsl(h s% l%)` as `#rrggbb`. */
function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** FNV-1a: a small, stable 32-bit hash of a string. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** The text colour of initials: white on the light scheme's deep colours, near-black on the dark scheme's pale ones (speaker-avatar.styles.ts writes the same two). */
export const INITIALS_TEXT = { light: '#ffffff', dark: '#15191d' } as const;

/** The minimum contrast of initials on their colour: WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** An initials colour pair for both schemes, each meeting `MIN_CONTRAST` with `INITIALS_TEXT`. */
export interface AvatarColors {
  readonly light: string;
  readonly dark: string;
}

/**
 * The colour of a person's initials, derived from their name: the same name always gets the same hue.
 * The lightness is moved, one step at a time, until the text colour of each scheme reads on it.
 */
export function avatarColors(name: string): AvatarColors {
  const seed = hash(name.normalize('NFC').trim().toLocaleLowerCase('en'));
  const hue = seed % 360;
  const saturation = 45 + ((seed >>> 9) % 25);
  let light = 42;
  while (contrastRatio(hslToHex(hue, saturation, light), INITIALS_TEXT.light)! < MIN_CONTRAST) light--;
  let dark = 74;
  while (contrastRatio(hslToHex(hue, saturation, dark), INITIALS_TEXT.dark)! < MIN_CONTRAST) dark++;
  return { light: hslToHex(hue, saturation, light), dark: hslToHex(hue, saturation, dark) };
}
