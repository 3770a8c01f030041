/**
 * Headings of a level chosen at run time (`heading-level`) and a session's title with its code:
 * small pieces that several components render, kept apart from any one card's templates so that a
 * component that uses them does not load that card.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Session } from '../../data/model.js';
import { localText, ownDirection, type LocalText } from './local-text.js';
import { selectLink, type SelectTarget } from './select-link.js';

/** The heading levels a component's headings may take. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading of `level` (clamped to 1–6; anything else is 3). */
export function headingLevel(level: number): HeadingLevel {
  return Number.isInteger(level) ? (Math.min(6, Math.max(1, level)) as HeadingLevel) : 3;
}

/**
 * An `<hN>` of a level chosen at run time, of class `heading` unless another is given. A template's
 * tags are fixed, so there is one template per level (lighter than lit's static-html for six tags).
 */
export function heading(level: HeadingLevel, content: unknown, part?: string, className = 'heading'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${ifDefined(part)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${ifDefined(part)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${ifDefined(part)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${ifDefined(part)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${ifDefined(part)}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${ifDefined(part)}>${content}</h6>`;
  }
}

/** The title in the reader's language (`locale`) with its code before it, set apart visually and read as "WS196: title". */
export function titleContent(session: Session, locale: string): TemplateResult {
  const title = localText(session.title, session.i18n?.title, locale);
  return html`${session.code
    ? html`<span class="code" part="code">${session.code}</span><span class="visually-hidden">: </span>`
    : nothing}<span class="title-text" lang=${ifDefined(title.lang)} dir=${title.dir}>${title.text}</span>`;
}

/**
 * The direction of the line that holds a session's {@link titleContent}: the title's own, from its
 * first letter. `dir="auto"` would take the code's, or none at all from a title in an element with a
 * `dir` of its own, and the component's would lay a wrapped (or clamped) English title out from the right.
 */
export function titleDirection(session: Session, locale: string): LocalText['dir'] {
  return ownDirection(localText(session.title, session.i18n?.title, locale));
}

/** A session's {@link titleContent} as a link or button (see {@link selectLink}) in the title's direction. */
export function titleLink(href: string | undefined, target: SelectTarget, select: () => Event, session: Session, locale: string): TemplateResult {
  return selectLink(href, { ...target, dir: titleDirection(session, locale) }, select, titleContent(session, locale));
}
