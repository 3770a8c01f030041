/**
 * The feed's texts in the reader's language: each component picks, from a text's versions, the one
 * for the locale it shows (its UI's), and marks it with `lang` (and `dir="rtl"` for a right-to-left
 * language) when it is in another language than the component's, so that a screen reader speaks
 * it with the right voice.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Person, RichText, TextVariants } from '../../data/model.js';
import { pick, primaryLanguage } from '../../data/texts.js';
import { isolate, letterDirection } from '../../i18n/intl.js';
import { textDirection } from '../../i18n/localize.js';

/** A text as shown: the words, and the `lang` and `dir` of the element that holds them. */
export interface LocalText {
  readonly text: string;
  /** The text's language, when it is not the component's. */
  readonly lang?: string;
  /**
   * `rtl` for a text in a right-to-left language that is not the component's; else `auto` (the
   * text's own direction), or that direction itself where other words come first ({@link ownDirection}).
   */
  readonly dir: 'rtl' | 'ltr' | 'auto';
}

/**
 * A text as shown that is either the feed's ({@link LocalText}) or a phrase of the reader's language
 * around the feed's words: no `dir` (the component's), and a `lang` only when all its words from the
 * feed are in one other language.
 */
export type Phrase = LocalText | { readonly text: string; readonly lang?: string; readonly dir?: undefined };

/** The version of a text (`plain`, or one of `versions`) for a reader of `locale`, and how to mark it. */
export function localText(plain: string, versions: TextVariants | undefined, locale: string): LocalText {
  const { text, lang } = pick(versions ?? plain, locale);
  return lang === undefined || primaryLanguage(lang) === primaryLanguage(locale)
    ? { text, dir: 'auto' }
    : { text, lang, dir: textDirection(lang) === 'rtl' ? 'rtl' : 'auto' };
}

/**
 * The direction of a line that shows a text of the feed after other words (a session's code before
 * its title): the text's own, from its first letter, where `dir="auto"` would take the code's, so
 * that "WS196" does not turn an Arabic title's line left to right.
 */
export function ownDirection(shown: LocalText): LocalText['dir'] {
  return shown.dir === 'rtl' ? 'rtl' : letterDirection(shown.text);
}

/**
 * Two texts of the feed as one line: both, a phrase of the reader's language made by `join` (the
 * locale's "{jobTitle}, {organization}" or "{room} ({location})"), which runs in the locale's
 * direction (no `dir` of its own) with each text {@link isolate}d, so that in Arabic "Board Member،
 * Kuwait … (KITS)" reads from the right, job first, its brackets in place; it is marked with the
 * texts' language when both are in the same other one, for a screen reader's voice. One of them
 * alone is the feed's text, marked as {@link localText} marks it.
 */
export function joined(first: LocalText | undefined, second: LocalText | undefined, join: (first: string, second: string) => string): Phrase | undefined {
  if (!first || !second) return first ?? second;
  const text = join(isolate(first.text), isolate(second.text));
  return first.lang !== undefined && first.lang === second.lang ? { text, lang: first.lang } : { text };
}

/** A person's job title and organization in the reader's language as one line (see {@link joined}). */
export function personTitle({ jobTitle, organization, i18n }: Person, locale: string, join: (job: string, org: string) => string): Phrase | undefined {
  const job = jobTitle === undefined ? undefined : localText(jobTitle, i18n?.jobTitle, locale);
  const org = organization === undefined ? undefined : localText(organization, i18n?.organization, locale);
  return joined(job, org, join);
}

/** A rich text (a description, a bio) with its source in the reader's language, and how to mark it. */
export function localRichText(rich: RichText, versions: TextVariants | undefined, locale: string): LocalText & { readonly rich: RichText } {
  const shown = localText(rich.source, versions, locale);
  return { ...shown, rich: { format: rich.format, source: shown.text } };
}

/** A text of the feed in a `<span>` of its own, with its `lang` and `dir` when it is in another language. */
export function localSpan(shown: LocalText, className = ''): TemplateResult {
  return html`<span class=${className} lang=${ifDefined(shown.lang)} dir=${shown.dir}>${shown.text}</span>`;
}

/** Sets an element's text, `lang` and `dir` to those of a {@link LocalText} (for cells built without Lit). */
export function setLocalText(node: HTMLElement, shown: LocalText): void {
  node.textContent = shown.text;
  node.dir = shown.dir;
  if (shown.lang) node.lang = shown.lang;
  else node.removeAttribute('lang');
}
