/**
 * A link to a URL from the feed (a session's recording, a person's website, the attendee list),
 * as every component writes one: a link that leaves the site opens in a new tab, which gets
 * neither this page (`noopener`) nor its address (`noreferrer`), and it says so, with an arrow
 * to see and words for a screen reader.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Whether a URL leaves this site (and so opens in a new tab). */
function isExternal(url: string): boolean {
  return new URL(url, document.baseURI).origin !== location.origin;
}

export interface FeedLinkOptions {
  readonly className?: string;
  readonly part?: string;
  readonly onClick?: () => void;
}

/** A link to `url` from the feed, with `label`; `newTab` is the locale's "(opens in a new tab)". */
export function feedLink(url: string, label: unknown, newTab: string, { className, part, onClick }: FeedLinkOptions = {}): TemplateResult {
  const external = isExternal(url);
  return html`<a
    class=${ifDefined(className)}
    part=${ifDefined(part)}
    href=${url}
    @click=${onClick}
    target=${ifDefined(external ? '_blank' : undefined)}
    rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
    >${label}${external ? html`<span class="external" aria-hidden="true">↗</span><span class="visually-hidden">${newTab}</span>` : nothing}</a
  >`;
}

/** The arrow of a link that leaves the site, a little apart from its words, pointing forward in a right-to-left text too. */
export const feedLinkStyles = css`
  .external {
    margin-inline-start: 0.15em;
  }
  .external:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
`;
