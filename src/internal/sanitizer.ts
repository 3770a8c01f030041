/**
 * DOMPurify, for browsers without the HTML Sanitizer API. rich-text.ts imports this module only in
 * such a browser, the first time it shows HTML (or Markdown) text; in the single-file build it is
 * the sibling file schedule-elements-sanitizer.min.js. What is allowed is rich-text.ts's to say.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/** The allow-list part of a DOMPurify configuration; the result is always a DOM fragment. */
export type PurifyConfig = Pick<Config, 'ALLOWED_TAGS' | 'ALLOWED_ATTR' | 'ALLOWED_URI_REGEXP'>;

type Policy = Config['TRUSTED_TYPES_POLICY'];
type PolicyFactory = { createPolicy(name: string, rules: { createHTML(html: string): string; createScriptURL(url: string): string }): Policy; defaultPolicy: unknown };

let purifier: Purifier | undefined;
/** DOMPurify's Trusted Types policy `dompurify`, made once here; null where the page refuses it. */
let policy: Policy | undefined;

/**
 * Sanitizes untrusted HTML into inert DOM nodes: DOMPurify parses it in a document of its own
 * (nothing loads, nothing runs) and keeps only what `config` allows. The instance is ours, made on
 * first use, so that no hook or setting of a DOMPurify the page uses ever applies to it.
 *
 * Undefined (the text stays plain) where the page enforces Trusted Types, refuses the policy
 * `dompurify` and has no default policy: DOMPurify would hand the page's parser a string, which
 * the page refuses, a violation report for every text and an empty result. The policy is made
 * here, once, so that such a page gets one report and one console line saying what to do.
 */
export function purify(untrusted: string, config: PurifyConfig): DocumentFragment | undefined {
  const types = (window as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (types && policy === undefined) {
    try {
      policy = types.createPolicy('dompurify', { createHTML: (html) => html, createScriptURL: (url) => url });
    } catch {
      policy = null;
      console.warn("schedule-elements: this browser has no HTML Sanitizer API, so HTML and Markdown descriptions and bios need the Trusted Types policy 'dompurify' on this page; they are shown as plain text. Add it to the trusted-types directive of its Content-Security-Policy.");
    }
  }
  if (policy === null && !types!.defaultPolicy) return undefined;
  purifier ??= DOMPurify(window);
  return purifier.sanitize(untrusted, { ...config, TRUSTED_TYPES_POLICY: policy, RETURN_DOM_FRAGMENT: true });
}
