/**
 * DOMPurify, for browsers without the HTML Sanitizer API. rich-text.ts imports this module only in
 * such a browser, the first time it shows HTML (or Markdown) text; in the single-file build it is
 * the sibling file schedule-elements-sanitizer.min.js. What is allowed is rich-text.ts's to say.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/** The allow-list part of a DOMPurify configuration; the result is always a DOM fragment. */
export type PurifyConfig = Pick<Config, 'ALLOWED_TAGS' | 'ALLOWED_ATTR' | 'ALLOWED_URI_REGEXP'>;

let purifier: Purifier | undefined;

/**
 * Sanitizes untrusted HTML into inert DOM nodes: DOMPurify parses it in a document of its own
 * (nothing loads, nothing runs) and keeps only what `config` allows. The instance is ours, made on
 * first use, so that no hook or setting of a DOMPurify the page uses ever applies to it.
 */
export function purify(untrusted: string, config: PurifyConfig): DocumentFragment {
  purifier ??= DOMPurify(window);
  return purifier.sanitize(untrusted, { ...config, RETURN_DOM_FRAGMENT: true });
}
