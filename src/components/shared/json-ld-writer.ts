/**
 * Writes and updates the JSON-LD script of an element (see JsonLdController), downloaded the first
 * time an element writes JSON-LD: most pages never do.
 */
import { jsonLdScriptText, scheduleJsonLd } from '../../data/json-ld.js';
import type { JsonLdSource, WrittenJsonLd } from './json-ld-controller.js';

/** The JSON-LD's Trusted Types policy, made on first use; null where the page refuses it. */
let policy: { createScript(text: string): unknown } | null | undefined;

/**
 * A script's text as the page accepts it: as written, or, where the browser has Trusted Types, made
 * by the `schedule-elements` policy (which a page enforcing them allows with `trusted-types
 * schedule-elements`); undefined, said once in the console, where the page refuses that policy.
 */
function trustedScript(text: string): string | undefined {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown } } }).trustedTypes;
  if (!types) return text;
  if (policy === undefined) {
    try {
      policy = types.createPolicy('schedule-elements', { createScript: (json) => json });
    } catch {
      policy = null;
      console.warn("schedule-elements: json-ld needs the Trusted Types policy 'schedule-elements' on this page: add it to the trusted-types directive of its Content-Security-Policy.");
    }
  }
  // A TrustedScript, which the script's text takes as a string in the DOM's types.
  return policy ? (policy.createScript(text) as string) : undefined;
}

/**
 * Brings `host`'s JSON-LD script in line with `source`: written for its sessions, rewritten only when
 * the sessions or the locale changed, removed while `on` is false or there is nothing to describe.
 * Returns what is written now.
 */
export function writeJsonLd(host: HTMLElement, source: JsonLdSource, current: WrittenJsonLd | undefined): WrittenJsonLd | undefined {
  const { on, event, sessions, locale } = source;
  if (!on || !event || sessions.length === 0) {
    current?.element.remove();
    return undefined;
  }
  if (current?.locale === locale && current.sessions.length === sessions.length && current.sessions.every((session, i) => session === sessions[i])) return current;
  const text = trustedScript(jsonLdScriptText(scheduleJsonLd(sessions, event, { locale })));
  if (text === undefined) return current;
  // The first time, the element takes over the scripts already in it (a saved or pre-rendered copy of the page): one is kept, rewritten.
  const [element = document.createElement('script'), ...copies] = current ? [current.element] : host.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  for (const copy of copies) copy.remove();
  element.type = 'application/ld+json';
  element.text = text;
  if (element.parentNode !== host) host.append(element);
  return { element, sessions, locale };
}
