/**
 * The Trusted Types policy `schedule-elements`, which a page that enforces Trusted Types allows with
 * `trusted-types schedule-elements` (docs/embedding.md). It passes its strings as they are, so it
 * serves three callers only, whose strings cannot run: the JSON-LD an element with `json-ld` writes
 * (a script of type application/ld+json, never executed; src/components/shared/json-ld-writer.ts),
 * the text of a schedule.xml, parsed by DOMParser into a document without a window, where nothing
 * runs or loads (src/data/adapters/xml.ts), and the feed's rich text that our DOMPurify parses so,
 * before it keeps only what is allowed (src/internal/sanitizer.ts). One policy for all three: a
 * name is made once a page.
 */
export interface PassThroughPolicy {
  createScript(text: string): string;
  createHTML(text: string): string;
}

let policy: PassThroughPolicy | null | undefined;

/**
 * The policy, made on first use; undefined where the browser has no Trusted Types (a string goes as
 * it is), null where the page refuses it, which the console is told once.
 */
export function trustedTypesPolicy(): PassThroughPolicy | null | undefined {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: PassThroughPolicy): PassThroughPolicy } }).trustedTypes;
  if (types && policy === undefined) {
    try {
      policy = types.createPolicy('schedule-elements', { createScript: (text) => text, createHTML: (text) => text });
    } catch {
      policy = null;
      console.warn("schedule-elements: json-ld and schedule.xml feeds need the Trusted Types policy 'schedule-elements' in the trusted-types directive of this page's Content-Security-Policy.");
    }
  }
  return policy;
}
