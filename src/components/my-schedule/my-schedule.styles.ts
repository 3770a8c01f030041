import { css } from 'lit';

/**
 * Mobile first: each row stacks its time, title, room and notes; from 32em the time takes a column of its own.
 * Lengths are in `em` of the host's size; on an element with a font size of its own, they are divided by it.
 */
export const myScheduleStyles = css`
  :host {
    --_flag: var(--schedule-my-schedule-flag, var(--_danger));
    container-type: inline-size;
    line-height: 1.4;
  }
  .base {
    display: grid;
    gap: var(--_space);
  }
  p {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .note {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 0.25em solid var(--_flag);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .actions,
  .offer-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .summary {
    flex: 1 1 100%;
    color: var(--_muted);
    font-weight: 600;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: calc(2.5em / 0.9375);
    padding: calc(0.375em / 0.9375) calc(0.875em / 0.9375);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 0.9375);
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.9375em;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    border-color: var(--_accent);
  }
  .action.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .status:empty {
    display: none;
  }
  .status {
    color: var(--_muted);
  }
  .status .action {
    margin-inline-start: 0.5em;
  }
  .share-field {
    display: grid;
    gap: 0.25em;
  }
  .share-field input {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .offer {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .offer-list {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .offer-list time {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .day {
    display: grid;
    gap: 0.5em;
  }
  .rows {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start-width: 0.25em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .row[data-flagged='true'] {
    border-inline-start-color: var(--_flag);
  }
  .time {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .what {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .title {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    /* In the title's own direction (dir), but starting where the row's lines start. */
    text-align: -webkit-match-parent;
    text-align: match-parent;
    text-decoration: none;
    cursor: pointer;
  }
  .title:is(button, a):hover .title-text {
    text-decoration: underline;
  }
  .cancelled .title {
    color: var(--_muted);
    text-decoration: line-through;
    cursor: auto;
  }
  .room {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .flag {
    display: flex;
    gap: calc(0.375em / 0.9375);
    align-items: baseline;
    color: var(--_flag);
    font-size: 0.9375em;
    font-weight: 600;
  }
  /* A sign beside the words, never instead of them (and not read out: the words say it); on paper with its disc, not white on nothing. */
  .flag::before {
    content: '!' / '';
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.1em;
    block-size: 1.1em;
    border-radius: 50%;
    background: var(--_flag);
    color: var(--_surface);
    font-size: 0.75em;
  }
  .remove {
    align-self: start;
  }
  /* Too narrow for Remove beside the title (a phone, large text): it goes under it. */
  @container (max-width: 20em) {
    .row {
      grid-template-columns: 1fr;
    }
    .remove {
      justify-self: start;
    }
  }
  @container (min-width: 32em) {
    .summary {
      flex: 1 1 auto;
    }
    .row {
      grid-template-columns: 10em 1fr auto;
    }
    .time {
      grid-column: auto;
      padding-block-start: calc(0.125em / 0.875);
    }
  }
  /*
   * Paper: the list alone, without its buttons (the titles stay, as text); each session whole on a
   * page, and a day's heading on its first session's page (which Chromium keeps only in a block).
   */
  @media print {
    .action,
    .offer,
    .share-field {
      display: none;
    }
    .row {
      break-inside: avoid;
    }
    .day {
      display: block;
    }
    .heading {
      margin-block-end: 0.5em;
      break-after: avoid;
    }
  }
`;
