import type { PropertyDeclarations } from 'lit';
import type { Session } from '../../data/model.js';
import { JsonLdController } from './json-ld-controller.js';
import { ScheduleElement } from './schedule-element.js';

/**
 * What the components that show sessions (`session-card`, `speaker-card`, `agenda-timeline`) add to
 * every schedule component: schema.org `Event` data (JSON-LD) for the sessions they show, on request.
 */
export abstract class SessionsElement extends ScheduleElement {
  static override get properties(): PropertyDeclarations {
    return {
      jsonLd: { type: Boolean, attribute: 'json-ld' },
    };
  }

  /**
   * Adds schema.org `Event` data (JSON-LD) for the sessions shown as a `<script type="application/ld+json">`
   * child of the element, where search engines read it; in the reader's language, kept up to date.
   * Such scripts already in the element (a saved or pre-rendered copy of the page) are taken over:
   * there is one, and it is rewritten.
   */
  jsonLd = false;

  /** @internal The sessions the JSON-LD describes: those the element shows. */
  protected abstract get jsonLdSessions(): readonly Session[];

  /** @internal Writes the JSON-LD (see `json-ld`). */
  protected readonly jsonLdWriter = new JsonLdController(this, () => ({
    on: this.jsonLd,
    event: this.data.schedule?.event,
    sessions: this.jsonLdSessions,
    locale: this.effectiveLocale,
  }));
}
