import { css } from 'lit';

/** A session's code before its title ("WS196"), as `titleContent` (components/shared/headings.ts) renders it: for the components that show titles with it. */
export const sessionCodeStyles = css`
  .code {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0.0625em 0.375em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
    vertical-align: 0.1em;
  }
`;
