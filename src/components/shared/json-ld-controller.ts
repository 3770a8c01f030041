import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventInfo, Session } from '../../data/model.js';
import { LazyModule } from '../../internal/lazy-module.js';

/**
 * The code that writes JSON-LD, downloaded the first time an element writes it (most pages never
 * do); the single-file bundle holds it and provides it at once (src/define.ts).
 */
export const jsonLdWriter = new LazyModule(
  () => import('./json-ld-writer.js'),
  'schedule-elements-json-ld-writer.min.js',
  'no JSON-LD is written',
);

/** What the controller writes: the sessions an element shows, their event, and the reader's locale; nothing while `on` is false. */
export interface JsonLdSource {
  readonly on: boolean;
  readonly event?: EventInfo;
  readonly sessions: readonly Session[];
  readonly locale: string;
}

/** The script written, and what it was written for. */
export interface WrittenJsonLd {
  readonly element: HTMLScriptElement;
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
  private written?: WrittenJsonLd;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => JsonLdSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const source = this.source();
    if (!source.on && !this.written) return; // nothing to write, nothing to take away
    const writer = jsonLdWriter.module;
    if (!writer) return void jsonLdWriter.load().then(() => jsonLdWriter.module && this.hostUpdated());
    this.written = writer.writeJsonLd(this.host, source, this.written);
  }
}
