/**
 * Writes and updates the JSON-LD script of an element (see JsonLdController), downloaded the first
 * time an element writes JSON-LD: most pages never do.
 */
import { jsonLdScriptText, scheduleJsonLd } from '../../data/json-ld.js';
import { trustedTypesPolicy } from '../../internal/trusted-types.js';
import type { JsonLdSource, WrittenJsonLd } from './json-ld-controller.js';

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
  // Where the page enforces Trusted Types, the script's text is made by the policy `schedule-elements`; a page that refuses it gets none (the console says why).
  const policy = trustedTypesPolicy();
  if (policy === null) return current;
  const json = jsonLdScriptText(scheduleJsonLd(sessions, event, { locale }));
  // The first time, the element takes over the scripts already in it (a saved or pre-rendered copy of the page): one is kept, rewritten.
  const [element = document.createElement('script'), ...copies] = current ? [current.element] : host.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  for (const copy of copies) copy.remove();
  element.type = 'application/ld+json';
  element.text = policy ? policy.createScript(json) : json;
  if (element.parentNode !== host) host.append(element);
  return { element, sessions, locale };
}
