import { css } from 'lit';

/**
 * The modal dialog in which a component shows a session or a person
 * (see components/shared/modal-dialog.ts): centred, the whole screen on a phone, its close button
 * in a bar of its own on top, and the card inside without a frame of its own.
 */
export const dialogStyles = css`
  dialog {
    /* The wheel or a swipe over a short card scrolls nothing behind it. */
    overscroll-behavior: contain;
    /* What Tab moves focus to is scrolled clear of the close button's bar above, and of the edge below, with its focus ring. */
    scroll-padding: 3.5em 0 0.5em;
    /* Shares of the screen (its containing block when modal), not vw and vh, which a page's zoom (body { zoom: 1.25 }) enlarges past it. */
    inline-size: min(48em, calc(100% - 1em));
    max-inline-size: none;
    max-block-size: calc(100% - 2em);
    padding: 0;
    /* Unseen on its surface; under forced colors, which paint the surface and the shade behind it as the page, its edge. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  /* On a phone the dialog is the whole screen. */
  @media (max-width: 40em) {
    dialog {
      inline-size: 100%;
      block-size: 100%;
      max-block-size: none;
      margin: 0;
      border-radius: 0;
    }
  }
  /* The close button in a bar of its own that stays on top: it never covers the card. */
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding: 0.5em 0.5em 0;
    background: var(--_surface);
  }
  /* The dialog is the card's frame: the card inside has none of its own. */
  dialog ::part(base) {
    border: 0;
    border-radius: 0;
    padding-block-start: 0;
  }
  .close {
    inline-size: 2em;
    block-size: 2em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-size: 1.25em;
    cursor: pointer;
  }
  /* Paper: the page, as when no dialog is open (a modal dialog would print alone, over every page). */
  @media print {
    dialog {
      display: none;
    }
  }
  /* What stands in for a card that is no longer there (a session a refresh took out). */
  .removed {
    margin: 0;
    padding: var(--_space);
  }
`;
