import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventInfo, Session } from '../../data/model.js';
import { LazyModule } from '../../internal/lazy-module.js';

/**
 * The JSON-LD writer, downloaded the first time an element writes JSON-LD (most pages never do);
 * the single-file bundle holds it and provides it at once (src/define.ts).
 */
export const jsonLdWriter = new LazyModule(
  () => import('../../data/json-ld.js'),
  'schedule-elements-json-ld.min.js',
  'no JSON-LD is written',
);

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

/** What the controller writes: the sessions an element shows, their event, and the reader's locale; nothing while `on` is false. */
export interface JsonLdSource {
  readonly on: boolean;
  readonly event?: EventInfo;
  readonly sessions: readonly Session[];
  readonly locale: string;
}

/**
 * The `json-ld` of the components that show sessions (a card, a speaker's card, the timeline):
 * schema.org `Event` data for what they show, as a `<script type="application/ld+json">` child of
 * the element, where search engines read it. Written after each update (once the writer is here),
 * again only when the sessions or the locale changed; removed when turned off.
 */
export class JsonLdController implements ReactiveController {
  private written?: { readonly element: HTMLScriptElement; readonly sessions: readonly Session[]; readonly locale: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => JsonLdSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { on, event, sessions, locale } = this.source();
    const current = this.written;
    if (!on || !event || sessions.length === 0) {
      current?.element.remove();
      this.written = undefined;
      return;
    }
    if (current?.locale === locale && current.sessions.length === sessions.length && current.sessions.every((session, i) => session === sessions[i])) return;
    const writer = jsonLdWriter.module;
    if (!writer) return void jsonLdWriter.load().then(() => jsonLdWriter.module && this.hostUpdated());
    const text = trustedScript(writer.jsonLdScriptText(writer.scheduleJsonLd(sessions, event, { locale })));
    if (text === undefined) return;
    const element = current?.element ?? document.createElement('script');
    element.type = 'application/ld+json';
    element.text = text;
    if (element.parentNode !== this.host) this.host.append(element);
    this.written = { element, sessions, locale };
  }
}
