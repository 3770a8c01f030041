import { css } from 'lit';

/**
 * The design tokens every component reads. Each public `--schedule-*` custom property is read once
 * into a private `--_*` one; defaults use `light-dark()`, so a page that declares
 * `color-scheme: light dark` (or `dark`) gets the dark colours, and one that declares nothing stays light.
 * The page's font is inherited; its other text properties (alignment, indent, case, spacing, wrapping) are not.
 * Every length is in `em`, from the font size the host inherits (or `--schedule-font-size`), never
 * in `rem`: a page whose root is `font-size: 62.5%` would otherwise shrink the components.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--schedule-color-text, light-dark(#1c2024, #e8eaed));
    --_muted: var(--schedule-color-muted, light-dark(#545d68, #aab2bc));
    --_surface: var(--schedule-color-surface, light-dark(#ffffff, #1d2125));
    --_subtle: var(--schedule-color-surface-subtle, light-dark(#f3f5f7, #272c32));
    --_border: var(--schedule-color-border, light-dark(#d5dae0, #3c434b));
    --_accent: var(--schedule-color-accent, light-dark(#0b5cad, #8cc0ff));
    --_on-accent: var(--schedule-color-on-accent, light-dark(#ffffff, #0b1a2b));
    --_live: var(--schedule-color-live, light-dark(#b3261e, #ff9b92));
    --_danger: var(--schedule-color-danger, light-dark(#a4161a, #ffaba5));
    --_radius: var(--schedule-radius, 0.5em);
    --_space: var(--schedule-space, 1em);
    --_focus-ring: var(--schedule-focus-ring, 2px solid var(--_accent));
    font-family: var(--schedule-font-family, inherit);
    /* Unset, it is invalid at computed-value time, so the size is inherited. */
    font-size: var(--schedule-font-size);
    color: var(--_text);
    display: block;
    /* Text properties that a page sets on an ancestor and that would reach in by inheritance and break the layout. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    /* A word longer than its box (a URL, a long name, text zoomed on a phone) breaks rather than push the page sideways;
       other words break only between them, whatever word-break a theme sets on the page (break-word is normal plus overflow-wrap: anywhere). */
    word-break: break-word;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .state.error {
    border: 1px solid;
    color: var(--_danger);
  }
  /* Paper: a link says where it goes. */
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
  /* The system's "increase contrast": every edge (boxes, buttons, tabs, sessions, the grid's lines) in the muted text's colour, 6.6:1 (8:1 dark) rather than 1.4:1. */
  @media (prefers-contrast: more) {
    :host {
      --_border: var(--schedule-color-border, var(--_muted));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
    }
  }
`;
