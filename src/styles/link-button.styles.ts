import { css } from 'lit';

/** A button that reads as a link (a person's name, a session's title), as `selectLink` renders one with the `link-button` class: for the components that do. */
export const linkButtonStyles = css`
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* On paper, a name on a button reads as plain text. */
  @media print {
    .link-button {
      color: inherit;
      text-decoration: none;
    }
  }
`;
