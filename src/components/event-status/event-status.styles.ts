import { css } from 'lit';

export const styles = css`
  :host {
    --_background: var(--schedule-event-status-background, var(--_subtle));
    --_stripe: var(--schedule-event-status-stripe, var(--_accent));
  }
  :host([status='live']) {
    --_stripe: var(--schedule-event-status-stripe, var(--_live));
  }
  :host([status='ended']) {
    --_stripe: var(--schedule-event-status-stripe, var(--_border));
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 0.25em solid var(--_stripe);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  /* Loading, a failure: the state's own box, without the banner's. */
  .base:has(.state) {
    display: contents;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
    font-size: 1.125em;
    line-height: 1.3;
  }
  :host([status='live']) .label::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.5em;
    border-radius: 50%;
    /* A border, not a background: forced colors draw it. */
    border: 0.3em solid var(--_live);
    vertical-align: 0.1em;
    animation: pulse 2s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.35;
    }
  }
  .dates,
  .caption,
  .meta,
  .more {
    color: var(--_muted);
  }
  .caption {
    font-weight: 600;
    font-size: 0.875em;
  }
  .sessions {
    display: grid;
    gap: calc(var(--_space) * 0.375);
    margin: calc(var(--_space) * 0.25) 0 0;
    padding: 0;
    list-style: none;
  }
  .sessions li {
    display: grid;
  }
  /* A title reads in its own direction (dir) but starts where the banner's lines start. */
  .sessions .title {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
    font-size: 0.875em;
  }
  ::slotted(*) {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25em;
    }
  }
`;
