import { css } from 'lit';

/**
 * A screen read from across a corridor: the host is a size container (the kiosk page gives it its box;
 * by default the viewport's height), and the type follows the smaller of its width and height, so one
 * room or six fit whatever the box, landscape or portrait, without scrolling.
 */
export const styles = css`
  :host {
    --_background: var(--schedule-now-next-background, var(--_surface));
    --_progress: var(--schedule-now-next-progress, var(--_accent));
    color-scheme: light dark;
    container-type: size;
    block-size: 100vh;
    overflow: hidden;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  /*
   * The type fits the rows in the box: --_rows (or --_pairs, two columns) rows of about --_row-em em
   * each in the block size, and no more than --_width of the inline size; never below the page's size.
   */
  .base {
    --_per-column: var(--_rows);
    --_row-em: 10;
    --_width: 3cqi;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
    padding: 0.75em;
    /* Where the rooms do not fit at the page's text size (a phone, a sidebar): each whole, and a scroll (of what is hidden too). */
    position: relative;
    overflow: auto;
    /* Then it is a tab stop: its ring inside it, on its background, not cut by the host. */
    outline-offset: -2px;
    background: var(--_background);
    color: var(--_text);
    font-size: max(1em, min(var(--_width), 92cqb / (var(--_per-column) * var(--_row-em))));
    line-height: 1.2;
  }
  .base.single {
    --_row-em: 17;
    --_width: 5cqi;
  }
  p,
  .room-name {
    margin: 0;
  }
  .rooms {
    display: grid;
    flex: 1;
    gap: 0.5em;
    /* Each room whole, and a share of the height left; where they do not fit, as tall as they are, so the line of rooms done follows them. */
    grid-auto-rows: minmax(min-content, auto);
  }
  .room {
    /* A room with sessions at once takes a row of the board for each (--_span). */
    grid-row: span var(--_span, 1);
    display: grid;
    grid-template-columns: 3fr 2fr;
    /* The room's name, then its sessions: the board's row is at least as high as they are. */
    grid-template-rows: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    min-block-size: 0;
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    border: 0.08em solid var(--_border);
    overflow: hidden;
  }
  .single .room {
    grid-template-columns: 1fr;
    grid-template-rows: max-content;
    align-content: start;
    gap: 0.75em;
    border: 0;
  }
  .room-name {
    grid-column: 1 / -1;
    font-size: 1em;
    font-weight: 700;
    color: var(--_muted);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .now,
  .next {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    min-inline-size: 0;
  }
  .now > *,
  .next > * {
    flex-shrink: 0;
  }
  /* Sessions at once: each after the one before. */
  .progress + .title,
  .meta + .title {
    margin-block-start: 0.4em;
  }
  .now:only-of-type,
  .next:only-of-type {
    grid-column: 1 / -1;
  }
  .caption {
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .soon {
    font-weight: 700;
  }
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    /*
     * Read in its own direction (dir), its box where the board's lines start. Aligned to its own
     * start: Chromium draws the "…" of a cut line after the line's end, clipped where that is the box's edge.
     */
    inline-size: fit-content;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.15;
  }
  .now .title {
    font-size: 1.4em;
  }
  .single .title {
    -webkit-line-clamp: 3;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
    font-size: 0.85em;
  }
  .people {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_muted);
    min-inline-size: 0;
  }
  .break .title {
    font-style: italic;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  progress {
    flex: 1;
    appearance: none;
    min-inline-size: 0;
    block-size: 0.45em;
    border: 0;
    border-radius: 0.225em;
    background: var(--_subtle);
    overflow: hidden;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  progress::-webkit-progress-bar {
    background: var(--_subtle);
  }
  progress::-webkit-progress-value {
    background: var(--_progress);
  }
  progress::-moz-progress-bar {
    background: var(--_progress);
  }
  .left {
    font-size: 0.85em;
    font-weight: 700;
    white-space: nowrap;
  }
  /* The day's or the room's last word, alone in the middle of the screen. */
  .done {
    margin: auto;
    font-size: 1.3em;
    font-weight: 700;
    text-align: center;
  }
  .rooms + .done {
    margin: 0;
    text-align: start;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_muted);
  }
  /* A wide box: rooms in two columns; one room's now and next side by side. */
  @container (orientation: landscape) {
    .base {
      --_per-column: var(--_pairs);
      --_width: 1.8cqi;
    }
    .rooms {
      grid-template-columns: 1fr 1fr;
    }
    .base.single {
      /* Room, caption, three lines of title, time, people, progress: about 13 em, in a box far wider than high too. */
      --_row-em: 13;
      --_width: 3.4cqi;
    }
    .single .rooms {
      grid-template-columns: 1fr;
    }
    .single .room {
      grid-template-columns: 3fr 2fr;
      column-gap: 1.5em;
    }
  }
  /*
   * A box as narrow as a phone (or a sidebar, or text at 200 %): now above next, and nothing cut, as
   * the board scrolls (after the rules that cut).
   */
  @container (max-width: 30em) {
    .room {
      grid-template-columns: 1fr;
    }
    .title,
    .room-name,
    .people {
      display: block;
      white-space: normal;
    }
  }
  /* High contrast forces the bar's colours to the background's: its value is drawn in the text's. */
  @media (forced-colors: active) {
    progress {
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: CanvasText;
    }
    progress::-moz-progress-bar {
      background: CanvasText;
    }
  }
  /*
   * Paper is light: a dark kiosk prints dark on light (its background is not printed). And there is
   * no screen to fit: titles and speakers print whole, not cut with "…" (after the rules that cut them),
   * and the board is as tall as its rooms (the viewport's height is the page's, which a board under a
   * heading does not fit: it left that page blank and cut its last rooms at the next page's foot).
   * Not a scroll box, which would print whole or not at all: it breaks between rooms, each whole.
   */
  @media print {
    :host([theme]) {
      color-scheme: light;
    }
    :host {
      container-type: inline-size;
      block-size: auto;
    }
    :host,
    .base {
      overflow: visible;
    }
    .room {
      break-inside: avoid;
    }
    .title {
      display: block;
    }
    .people {
      white-space: normal;
    }
  }
`;
