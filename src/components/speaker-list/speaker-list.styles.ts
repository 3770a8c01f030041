import { css } from 'lit';

export const styles = css`
  :host {
    --_column: var(--schedule-speaker-list-min-column, 16em);
    --_gap: var(--schedule-speaker-list-gap, calc(var(--_space) * 0.75));
  }
  .search {
    display: grid;
    gap: 0.25em;
    max-width: 24em;
  }
  label {
    font-weight: 600;
  }
  [part~='search'] {
    width: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* The browser's grey hint is 3.5:1 on the dark surface. */
  ::placeholder {
    color: var(--_muted);
  }
  .count {
    margin: 0.5em 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='list']) [part~='list'] {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  :host([layout='list']) speaker-card::part(base) {
    padding-inline: 0;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  /* Paper: the people, each whole on a page, without the search box. */
  @media print {
    .search {
      display: none;
    }
    li {
      break-inside: avoid;
    }
  }
`;
