/**
 * DOMPurify, for browsers without the HTML Sanitizer API. rich-text.ts imports this module only in
 * such a browser, the first time it shows HTML (or Markdown) text; in the single-file build it is
 * the sibling file schedule-elements-sanitizer.min.js. What is allowed is rich-text.ts's to say.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { trustedTypesPolicy } from './trusted-types.js';

/** The allow-list part of a DOMPurify configuration; the result is always a DOM fragment. */
export type PurifyConfig = Pick<Config, 'ALLOWED_TAGS' | 'ALLOWED_ATTR' | 'ALLOWED_URI_REGEXP'>;

let purifier: Purifier | undefined;
/** Whether the console was told that the page refuses the policy. */
let refused = false;

/**
 * Sanitizes untrusted HTML into inert DOM nodes: DOMPurify parses it in a document of its own
 * (nothing loads, nothing runs) and keeps only what `config` allows. The instance is ours, made on
 * first use, so that no hook or setting of a DOMPurify the page uses ever applies to it.
 *
 * Where the page enforces Trusted Types, DOMPurify hands its parser the text through the policy
 * `schedule-elements`, never a policy `dompurify` of its own: that name is the page's DOMPurify's,
 * which could not make it after us (nor we after it). Undefined (the text stays plain) where the
 * page refuses the policy and has no default policy: DOMPurify would hand the page's parser a
 * string, which the page refuses, a violation report for every text and an empty result.
 */
export function purify(untrusted: string, config: PurifyConfig): DocumentFragment | undefined {
  const policy = trustedTypesPolicy();
  if (policy === null && !(window as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes!.defaultPolicy) {
    if (!refused) console.warn("schedule-elements: this browser has no HTML Sanitizer API, so HTML and Markdown descriptions and bios need the Trusted Types policy 'schedule-elements' too; they are shown as plain text.");
    refused = true;
    return undefined;
  }
  purifier ??= DOMPurify(window);
  // DOMPurify asks for script URLs too, which the allow-list never keeps: they go as they are (refused by the page).
  const trusted = policy && { createHTML: (html: string) => policy.createHTML(html), createScriptURL: (url: string) => url };
  return purifier.sanitize(untrusted, { ...config, TRUSTED_TYPES_POLICY: trusted as Config['TRUSTED_TYPES_POLICY'], RETURN_DOM_FRAGMENT: true });
}
