import { css } from 'lit';

/**
 * What every component rendered on a server (the CLI's `render`) shows where no script will run
 * (scripts off, or a page written without `--script`): no button that needs the script (Save, Add
 * to calendar, the speaker list's search box), and the names and titles that would open a card as plain text. Only the server's
 * declarative shadow DOM carries it (a function, so that a browser build leaves it out).
 */
export const scriptlessStyles = () => css`
  @media (scripting: none) {
    button.action,
    .search {
      display: none;
    }
    .link-button {
      color: inherit;
      text-decoration: none;
      cursor: auto;
      pointer-events: none;
    }
  }
`;
