import { css } from 'lit';

export const styles = css`
  :host {
    --_background: var(--schedule-speaker-card-background, var(--_surface));
    --_padding: var(--schedule-speaker-card-padding, var(--_space));
    container-type: inline-size;
  }
  [part~='base'] {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    align-items: start;
    height: 100%;
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* A code block of the bio wraps, so a long line cannot push a phone's page sideways. */
  pre {
    white-space: pre-wrap;
  }
  /* The picture and the header side by side; the body (a full card's) under both, or under the header on a wide card. A compact card has no body, so no row (and no gap) under its header. */
  .header {
    min-width: 0;
  }
  .body {
    grid-column: 1 / -1;
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 34em) {
    .body {
      grid-column: 2;
    }
  }
  p,
  ul {
    margin: 0;
  }
  .name {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  :host([compact]) .name {
    font-size: 1.05em;
  }
  .title,
  .count,
  .when,
  .room {
    color: var(--_muted);
  }
  .title {
    margin-block-start: 0.25em;
  }
  /* The feed's text alone (dir="auto") reads in its own direction but starts where the card's lines start. */
  .title,
  .room {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    padding: 0;
    list-style: none;
  }
  /* On paper, the heading on its first session's page, and each session whole. */
  .sessions-heading {
    margin: 0 0 0.5em;
    font-size: 1em;
    break-after: avoid;
  }
  [part~='sessions'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: 0;
    list-style: none;
  }
  .session {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_border);
    break-inside: avoid;
  }
  /* A link's lines start as a button's, at the title's own start. */
  .session-title {
    display: inline-block;
    font-weight: 600;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }
  .role {
    display: inline-block;
    margin-block-start: 0.25em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.875em;
  }
`;
