import { css } from 'lit';

/**
 * The timeline's own styles; tokens come from the shared styles. Lengths are in `em` of the host's
 * size; on an element with a font size of its own, they are divided by it (`calc(0.375em / 0.875)`).
 */
export const agendaTimelineStyles = css`
  :host {
    --_height: var(--schedule-agenda-timeline-height, min(80vh, 48em));
    --_now: var(--schedule-agenda-timeline-now, var(--_live));
  }
  .base {
    /* The timeline's direction (its locale's), for what is drawn inside feed text of another direction. */
    --_dir: ltr;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .base[dir='rtl'] {
    --_dir: rtl;
  }
  button {
    color: inherit;
  }
  .toolbar,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: end;
  }
  .search {
    flex: 1 1 14em;
    display: flex;
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    /* Its edge is what shows where to type or pick (3:1, as the speaker list's search): the border colour was 1.4:1. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-block-size: 2.5em;
    inline-size: 100%;
  }
  /* The browser's grey hint is 3.5:1 on the dark surface. */
  ::placeholder {
    color: var(--_muted);
  }
  .tool,
  .toggle button,
  [role='tab'] {
    min-block-size: 2.5em;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .tool:disabled {
    cursor: default;
    color: var(--_muted);
  }
  .toggle {
    display: inline-flex;
  }
  .toggle button:not(:first-child) {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .toggle button:not(:last-child) {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    border-inline-end: none;
  }
  .toggle [aria-pressed='true'],
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .filters {
    padding: calc(var(--_space) * 0.75);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  /* Sized by the panel, not by its longest option: a select of 700 speakers would measure each one's name. */
  .facet {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.25em;
    flex: 1 1 10em;
    color: var(--_muted);
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.5em;
  }
  .check input {
    font: inherit;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin: 0;
    color: var(--_muted);
  }
  /* Every day's tab in view: on a phone they wrap to a second row rather than run off the edge. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    padding-block-end: 2px;
  }
  [role='tab'] {
    flex: none;
    white-space: nowrap;
  }
  .panel {
    /* The grid's time axis: wide enough for "10:00 AM" on one line at any root size. */
    --_axis: 4.75em;
    /* The edges' shadow, in the text's colour: a black one vanished on a dark grid. */
    --_cue: color-mix(in srgb, var(--_text) 22%, transparent);
    position: relative;
  }
  /* Rooms hidden past an edge of the grid: a shadow on that edge (see scroll-cue.ts). */
  .panel::before,
  .panel::after {
    content: '';
    position: absolute;
    z-index: 4;
    inset-block: 1px;
    inline-size: 1em;
    opacity: 0;
    pointer-events: none;
    transition: opacity 0.15s;
  }
  .panel::before {
    inset-inline-start: calc(var(--_axis) + 1px);
    background: linear-gradient(to right, var(--_cue), transparent);
  }
  .panel::after {
    inset-inline-end: 1px;
    background: linear-gradient(to left, var(--_cue), transparent);
  }
  .panel:dir(rtl)::before {
    background: linear-gradient(to left, var(--_cue), transparent);
  }
  .panel:dir(rtl)::after {
    background: linear-gradient(to right, var(--_cue), transparent);
  }
  .panel[data-more-start]::before,
  .panel[data-more-end]::after {
    opacity: 1;
  }
  .panel:focus-visible {
    outline: var(--_focus-ring);
  }
  .heading {
    margin: 0;
    font-size: 1em;
  }

  /* Happening now / Up next */
  .now-next {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
  }
  .now-group ul,
  .print-list ul {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    inline-size: 100%;
    text-align: start;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .now .line {
    border-inline-start-color: var(--_live);
  }
  /* A comma heard, not seen, between the time, the title and the room: the line's name ran them together ("… on the Internet Main Hall"). */
  .line > * + *::before {
    content: '' / ', ';
  }
  .line-room,
  .line-people {
    color: var(--_muted);
  }
  /* Lines and sessions that are links (session-href) look like the buttons they stand for. */
  a.line {
    color: inherit;
  }
  a.line,
  a.session {
    text-decoration: none;
  }

  /* A session's button, in both layouts */
  .session {
    /* A flex column, not a block: a button centres a block's content vertically when it fits. */
    display: flex;
    flex-direction: column;
    justify-content: flex-start;
    inline-size: 100%;
    block-size: 100%;
    /* Clipped, not a scroll box: the words of a session across rooms or days stick to the grid's scroll (below). */
    overflow: clip;
    text-align: start;
    padding: calc(0.375em / 0.875) calc(0.5em / 0.875);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75 / 0.875);
    background: var(--_subtle);
    color: var(--_text);
    cursor: pointer;
    font-size: 0.875em;
    line-height: 1.3;
  }
  /* Its edge stays, as every session's: a white or near-white track, back to back, would be one box with no ends. */
  .session.tracked {
    background: var(--_track);
    color: var(--_on-track);
  }
  /* Room at the end of the first lines for the session's star (its own button, over the corner). */
  .cell .session,
  .row .session {
    padding-inline-end: calc(2em / 0.875);
  }
  /*
   * A session across rooms (a break) keeps its words in view while the rooms scroll sideways under
   * them, beside the hour axis.
   */
  [data-wide] .session > :not(.visually-hidden) {
    position: sticky;
    /*
     * Both sides, as a title's inline start is that of its own direction, not always the axis's
     * side; the far one never moves it (it starts where its box does). The axis's width is in ems of
     * the grid's text, 0.875 of it is the session's.
     */
    inset-inline: calc(var(--_axis) / 0.875 + 0.5em);
    max-inline-size: fit-content;
  }
  /*
   * A session that runs in from the day before keeps its time and title in view under the rooms' names all
   * day, over its people as they pass (above their opacity's layer): a three-day hackathon's middle day,
   * opened at its first talk's hour, was a box of its colour without a word.
   */
  [data-cut~='start'] .item-title {
    position: sticky;
    top: calc(var(--_head) / 0.875);
    z-index: 1;
    background: inherit;
  }
  /* A session that runs in from the day before or on into the next: its cut edge square and dashed, as a calendar draws it. */
  [data-cut~='start'] .session {
    border-block-start: 2px dashed currentColor;
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }
  [data-cut~='end'] .session {
    border-block-end: 2px dashed currentColor;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .row {
    position: relative;
  }
  .save-toggle {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    inline-size: 1.75em;
    block-size: 1.75em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text);
    line-height: 1;
    cursor: pointer;
  }
  .row .save-toggle {
    inset-inline-end: calc(0.75em + 4px);
  }
  .save-toggle::before {
    content: '☆';
  }
  .save-toggle[aria-pressed='true']::before {
    content: '★';
  }
  /* Over the track's colour, the star and its focus ring take the colour chosen to show on it. */
  .tracked + .save-toggle {
    color: var(--_on-track);
    outline-color: var(--_on-track);
  }
  .save-toggle:hover {
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .session > * {
    display: block;
  }
  .session > .visually-hidden {
    display: inline;
  }
  .session:hover {
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .session.break {
    cursor: default;
    box-shadow: none;
    padding-inline-end: calc(0.5em / 0.875);
  }
  .item-title,
  .line-title {
    font-weight: 600;
  }
  /* A title (and on paper a room) in its own direction (dir), but starting where the timeline's lines start: in the grid, the list, now and next, on paper and in the run of show. */
  .item-title,
  .line-title,
  .line-room,
  .ros-title {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  /* The time, in the timeline's locale and direction whatever the title's ("10:00 – 11:00 AM" above an Arabic title). */
  .item-title::before {
    content: attr(data-time);
    display: block;
    direction: var(--_dir);
    unicode-bidi: isolate;
    font-weight: normal;
    font-variant-numeric: tabular-nums;
  }
  .item-people {
    opacity: 0.92;
  }
  .session .badge {
    font-size: calc(0.75em / 0.875);
  }
  .badge {
    display: inline-block;
    inline-size: fit-content;
    padding: 0 0.4em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    background: var(--_live);
    color: var(--_surface);
    /* Its edge under forced colors, where no background is drawn. */
    outline: 1px solid transparent;
  }

  /* Grid: rooms as columns, time running down */
  .grid,
  .list {
    max-block-size: var(--_height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /*
     * Sideways only: a swipe past the grid's last room does not go Back (a touchpad's history gesture).
     * Contained down too, the day's box held every swipe that started on it once at its end: on a phone,
     * where it fills most of the screen, the page below the programme was out of reach.
     */
    overscroll-behavior-x: contain;
  }
  .grid {
    /* The rooms' header: two lines of their names, at any text size. */
    --_head: max(48px, 3em);
    scroll-padding-block-start: var(--_head);
    scroll-padding-inline-start: var(--_axis);
    /* Columns share the grid's width (100cqi), each at least 184 px: a resize needs no render. */
    container-type: inline-size;
  }
  .canvas {
    --_column: max(184px, calc((100cqi - var(--_axis)) / var(--_columns)));
    display: grid;
    grid-template-columns: var(--_axis) 1fr;
    grid-template-rows: var(--_head) 1fr;
    inline-size: calc(var(--_axis) + var(--_columns) * var(--_column));
    block-size: calc(var(--_head) + var(--_minutes) * 2px);
  }
  .corner,
  .heads,
  .axis {
    position: sticky;
    background: var(--_surface);
  }
  /*
   * The rooms' names and the hour axis stay over every session scrolled under them, also one hovered
   * or focused (grown over its neighbours), and the now line and its label over the axis.
   */
  .corner {
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 4;
  }
  .heads {
    inset-block-start: 0;
    z-index: 3;
    border-block-end: 1px solid var(--_border);
  }
  .head {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--x) * var(--_column));
    inline-size: var(--_column);
    /*
     * Up to two lines, centred: the box is the header's height (for its border), its content two
     * lines, so a longer name shows its first two whole lines (safe centring starts it at the top,
     * and the clip is at the content's edge).
     */
    display: flex;
    align-items: safe center;
    box-sizing: border-box;
    padding: calc((var(--_head) - 2lh) / 2) 0.5em;
    font-weight: 600;
    line-height: 1.15;
    overflow: clip;
    overflow-clip-margin: content-box;
    border-inline-start: 1px solid var(--_border);
    /* The name in the direction of its own letters, the head itself in the timeline's: a dir would move it to another column. */
    unicode-bidi: plaintext;
  }
  .axis {
    inset-inline-start: 0;
    z-index: 2;
    border-inline-end: 1px solid var(--_border);
  }
  .tick {
    position: absolute;
    inset-inline: 0;
    padding-inline: calc(0.25em / 0.75);
    transform: translateY(-50%);
    font-size: 0.75em;
    color: var(--_muted);
    text-align: center;
    /*
     * Free to wrap: one line in the axis's 4.75em at any page size, two ('10:00' over 'AM') where the reader's minimum
     * font size raises the hours and not the axis's em (kept on one, '10:00 AM' at 20 px ran 11 px past the axis).
     */
    font-variant-numeric: tabular-nums;
  }
  /* The day's first and last hours are written inside it, below and above their lines. */
  .tick:first-child {
    transform: none;
  }
  .tick:last-child {
    transform: translateY(-100%);
  }
  .tick-day {
    display: block;
    font-weight: 600;
    color: var(--_text);
  }
  .body {
    position: relative;
    background-image: repeating-linear-gradient(
      to bottom,
      var(--_border) 0 1px,
      transparent 1px 120px
    );
    /* The hour lines start below the all-day row, when there is one. */
    background-position-y: var(--_hours-top, 0);
  }
  .tick.all-day {
    inset-block-start: 0;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cell {
    /* Placed and sized by its own style (session-cells.ts): start and width in columns, top and height in pixels. */
    position: absolute;
    padding: 2px;
    /*
     * Sized from outside, so a cell lays out alone. Not content-visibility auto: Chromium leaves a
     * cell it has never shown out of the accessibility tree, where a screen reader's browse mode
     * would not find it.
     */
    contain: strict;
  }
  /*
   * A grid cell shows whole lines, with an ellipsis, as many as its height holds at the font size
   * (each line 0.875 × 1.3em; about 1.1em of padding): the time and the title first, the people
   * while there is room; a short session drops the time (its place on the axis says it) to keep a
   * readable title. Hovered or focused, a cell grows to show everything over its neighbours.
   */
  .cell {
    container-type: size;
  }
  /*
   * What the cell's height does not hold whole (the Live badge or the people below a long title) gives way whole: the
   * lines wrap into a second column, past the cell's edge where it is not seen, rather than squeeze the title to half a line.
   */
  .cell .session {
    flex-wrap: wrap;
    column-gap: 100%;
  }
  .cell .session > * {
    flex-shrink: 0;
  }
  .cell .item-title,
  .cell .item-people {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  /* A cut title is aligned to its own start, its box where the cell's lines start: see now-next's .title. */
  .cell .item-title {
    -webkit-line-clamp: 4;
    inline-size: fit-content;
    text-align: start;
  }
  .cell .item-people {
    -webkit-line-clamp: 3;
  }
  @container (max-height: 7.9em) {
    .cell .item-title {
      -webkit-line-clamp: 3;
    }
    .cell .item-people {
      -webkit-line-clamp: 2;
    }
  }
  @container (max-height: 6.75em) {
    .cell .item-people {
      -webkit-line-clamp: 1;
    }
  }
  @container (max-height: 4.5em) {
    .cell .item-title::before {
      display: none;
    }
    .cell .item-title {
      -webkit-line-clamp: 2;
    }
  }
  @container (max-height: 3.35em) {
    .cell .item-title {
      -webkit-line-clamp: 1;
    }
  }
  /*
   * A lane too narrow for the star beside the title (sessions at once in a room): the star has a
   * line of its own above the title, which gets the whole width; the time (the axis says it) and the
   * people give way.
   */
  @container (max-width: 9em) {
    .cell .session {
      padding-block-start: calc(2em / 0.875);
      padding-inline-end: calc(0.5em / 0.875);
    }
    .cell .item-title::before,
    .cell .item-people,
    .cell .badge {
      display: none;
    }
  }
  /* Too short as well for a line of the title below the star (ten minutes of keynote, drawn at least twenty): the title beside it. */
  @container (max-width: 9em) and (max-height: 6.1em) {
    .cell .session {
      padding-block-start: calc(0.375em / 0.875);
      padding-inline-end: calc(2em / 0.875);
    }
  }
  .cell:is(:hover, :focus-within) {
    z-index: 1;
    container-type: normal;
    contain: none;
    /*
     * Over the cell's own block size; its own least block size keeps it at least as tall, and a
     * flex column stretches the session to it (a percentage of an auto height is the content's).
     */
    block-size: auto !important;
    display: flex;
    flex-direction: column;
  }
  .cell:is(:hover, :focus-within) .session {
    flex-grow: 1;
  }
  .cell:is(:hover, :focus-within) :is(.item-title, .item-people) {
    display: block;
  }
  .cell:is(:hover, :focus-within) .item-title::before {
    display: block;
  }
  .now-line {
    position: absolute;
    inset-block-start: var(--_y);
    inset-inline: 0;
    z-index: 2;
    border-block-start: 2px solid var(--_now);
    pointer-events: none;
  }
  /* On the hour axis, before the line (over an hour's name near it), not over a session's words; at the day's first hour, below the line, not half under the rooms' names. */
  .now-label {
    position: absolute;
    inset-inline-end: 100%;
    white-space: nowrap;
    inset-block-start: max(-0.7em / 0.75, -1 * var(--_y));
    padding: 0 0.4em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    background: var(--_now);
    color: var(--_surface);
  }

  /* List: grouped by start time */
  .list {
    display: block;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .slot {
    padding: 0.75em 0.75em 0.25em;
    color: var(--_muted);
  }
  .row {
    padding: 0.2em 0.75em;
  }
  .row .session {
    border-inline-start: 4px solid var(--_track, var(--_border));
  }

  /* Run of show */
  .run-of-show {
    gap: var(--_space);
  }
  .ros-when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .ros {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .ros-item {
    position: relative;
    display: grid;
    grid-template-columns: 6.5em 1fr;
    gap: 0.75em;
    padding-block: 0.5em;
    padding-inline-start: 1.5em;
    border-inline-start: 2px solid var(--_border);
  }
  .ros-marker {
    position: absolute;
    inset-inline-start: calc(-0.4em - 1px);
    inset-block-start: 0.8em;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_accent);
  }
  .ros-item.live .ros-marker {
    background: var(--_live);
    border-color: var(--_live);
  }
  .ros-clock,
  .ros-what {
    display: grid;
    align-content: start;
    gap: 0.15em;
  }
  .ros-clock time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .ros-duration,
  .ros-people {
    color: var(--_muted);
  }
  @media (max-width: 30em) {
    .ros-item {
      grid-template-columns: 1fr;
      gap: 0.25em;
    }
    /* On a phone the count has a line of its own: said once typing pauses, a count that no longer fit beside the zone's line ("8 sessions match") moved the tabs and the list down, a layout shift answering no input. */
    .summary {
      display: grid;
    }
  }

  /* Dialog */
  /* Paper: the selected day as a plain list, rendered while printing or under print media */
  .print-list {
    display: none;
  }
  @media print {
    .toolbar,
    .filters,
    .now-next,
    .tabs,
    .panel {
      display: none;
    }
    .print-list {
      display: block;
    }
  }
  /* Columns shared by every row: time, room (wrapped past 12em), then the title over its people. */
  .print-list ul {
    grid-template-columns: max-content fit-content(12em) 1fr;
    gap: 0 1em;
  }
  .print-list li {
    break-inside: avoid;
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    padding-block: 0.25em;
    border-block-end: 1px solid #999;
  }
  .line-title,
  .line-people {
    grid-column: 3;
  }
  @media (max-width: 30em) {
    .print-list ul {
      grid-template-columns: 1fr;
    }
    .line-title,
    .line-people {
      grid-column: 1;
    }
  }
  @media (forced-colors: active) {
    .toggle [aria-pressed='true'],
    [role='tab'][aria-selected='true'] {
      border-width: 3px;
    }
    /* Forced colours draw no shadow: a dashed line on the edge past which rooms are hidden. */
    .panel::before {
      border-inline-start: 3px dashed;
    }
    .panel::after {
      border-inline-end: 3px dashed;
    }
  }
`;

/**
 * What a timeline rendered on a server (the CLI's `render`) needs besides: its first view shows the
 * grid or the list by the width, as the script picks them (720px); with scripts off, the whole
 * programme as lists, day by day, instead of controls that need the script. Only the server's
 * declarative shadow DOM carries them: the bundle's timelines never render the `static` view (a
 * function, so that a browser build leaves it out).
 */
export const agendaTimelineServerStyles = () => css`
  .static {
    container: timeline / inline-size;
  }
  @container timeline (width < 720px) {
    .static .grid:has(+ .list) {
      display: none;
    }
    /* The layout toggle shows the list pressed, as the script presses it. */
    .static:has(.grid + .list) [part~='layout-toggle'] > :first-child {
      background: var(--_surface);
      border-color: var(--_border);
      color: inherit;
    }
    .static:has(.grid + .list) [part~='layout-toggle'] > :last-child {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
  }
  @container timeline (width >= 720px) {
    .static .grid + .list {
      display: none;
    }
  }
  @media (scripting: none) {
    .static > :not(.summary, .print-list),
    .static .count {
      display: none;
    }
    .static .print-list {
      display: block;
    }
  }
`;
