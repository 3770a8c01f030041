/**
 * Names and titles that lead somewhere. A site with a page per session or per person gives a URL
 * template (`session-href="/talks/{id}"`, `person-href="/speakers/{id}"`) and they become real
 * links; without one they are buttons. Either way the component's `session-select` /
 * `speaker-select` event fires first, and a page that cancels it (`preventDefault()`) keeps the
 * link from being followed, to route the person itself.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { encodeUrlComponent, safeUrl } from '../../data/url.js';

/** Dispatches `event` from `target` and gives it back, so that the caller sees whether the page cancelled it. */
export function fire<E extends Event>(target: EventTarget, event: E): E {
  target.dispatchEvent(event);
  return event;
}

/** The events that a component around the card that fired them handles (see {@link take}). */
export const taken = new WeakSet<Event>();

/**
 * Marks a `speaker-select` or `session-select` as handled by the component around the card that
 * fired it (the timeline's or the speaker list's dialog), so that the card opens no dialog of its
 * own (card-dialog.ts).
 */
export function take(event: Event): void {
  taken.add(event);
}

/**
 * Runs `then` once `event`, heard inside a component, has passed the page's own listeners, unless
 * one of them cancelled it. The cards dispatch from script, so every listener has run when the
 * microtask does.
 */
export function unlessCancelled(event: Event, then: () => void): void {
  queueMicrotask(() => {
    if (!event.defaultPrevented) then();
  });
}

/**
 * The URL of `template` for an id (`{id}` replaced, encoded), if the template makes a safe one
 * (http(s) or relative) and the id can be in a URL: not one with a lone surrogate, nor "." or "..",
 * which a URL reads as the path segments that lead up (`/talks/..` is the site's root, encoded or not).
 */
export function hrefFor(template: string | undefined, id: string): string | undefined {
  const encoded = id === '.' || id === '..' ? undefined : encodeUrlComponent(id);
  return template && encoded !== undefined ? safeUrl(template.replaceAll('{id}', encoded)) : undefined;
}

/** How a link or button looks and is styled from outside: its class and, optionally, its CSS part and direction. */
export interface SelectTarget {
  readonly className: string;
  readonly part?: string;
  /** The direction of its line: `auto` (that of its first letter, right for a name) unless given. */
  readonly dir?: 'ltr' | 'rtl' | 'auto';
}

/**
 * A link to `href` (when there is one) or a button, showing `content`; `select` fires the
 * component's event and returns it, and a cancelled event keeps the link from being followed.
 */
export function selectLink(href: string | undefined, target: SelectTarget, select: () => Event, content: unknown): TemplateResult {
  const { className, part, dir = 'auto' } = target;
  return href
    ? html`<a
        class=${className}
        part=${ifDefined(part)}
        href=${href}
        dir=${dir}
        @click=${(event: MouseEvent) => {
          if (select().defaultPrevented) event.preventDefault();
        }}
        >${content}</a
      >`
    : html`<button type="button" class=${className} part=${ifDefined(part)} dir=${dir} @click=${select}>${content}</button>`;
}
