import { css } from 'lit';

/**
 * Lengths are in `em` of the host's size; on an element with a font size of its own, they are
 * divided by it (`calc(0.25em / 0.875)`), so the card looks the same at any size.
 */
export const sessionCardStyles = css`
  .card {
    --_stripe: var(--schedule-session-card-accent, var(--_track, var(--_accent)));
    position: relative;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_stripe);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.4;
  }
  p {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  /* Its margins also part it from the full form's title after it. */
  .when {
    margin-block: calc(0.25em / 0.875);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .separator {
    margin-inline: 0.25em;
  }
  .track {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  /* A dot 0.625em wide, all border (its box is empty): forced colors draw a border, not a background. A track without a colour: the stripe's, not a blank dot's room. Its edge, as a timeline's session keeps one: a white or near-white track's dot vanished on the card. */
  .swatch {
    border: 0.3125em solid var(--_track, var(--_stripe));
    border-radius: 50%;
    box-shadow: 0 0 0 1px var(--_border);
  }

  /* Compact: the whole card activates the title through its overlay. A link's lines start as a button's, at the title's own start. */
  .title-action {
    display: inline-block;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .title-action::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .title-action:focus-visible {
    outline: none;
  }
  .title-action:focus-visible::after {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .compact:hover {
    border-color: var(--_stripe);
  }
  .compact:hover .title-text,
  .title-action:focus-visible .title-text {
    text-decoration: underline;
  }
  /* The line of room, track and status under a compact title, and of type and track in the full form. */
  .facts,
  .kind {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25em / 0.875) calc(0.75em / 0.875);
    margin-block-start: calc(0.5em / 0.875);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts {
    align-items: center;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: calc(0.75em / 0.875);
    font-weight: 600;
  }
  [data-status='live'] .badge[part='status'] {
    color: var(--_live);
  }
  [data-status='live'] .badge[part='status']::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    /* A border, not a background: forced colors draw it. */
    border: 0.25em solid;
    animation: pulse 2s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }
  /* Interactive content sits above the card's overlay. */
  .compact attendee-count {
    position: relative;
    z-index: 1;
  }
  /* Holds no box when its slot is empty. */
  .slot-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    position: relative;
    z-index: 1;
  }
  /* In em of the slotted element's own size (a page's unstyled button is 13.33 px): no unit here reads the host's. */
  .slot-row ::slotted(*) {
    margin-block-start: 0.75em;
  }

  /* Full */
  .full {
    padding: var(--_space) clamp(calc(var(--_space) * 0.75), 4vw, calc(var(--_space) * 1.25));
  }
  .banner {
    margin-block-end: calc(var(--_space) / 0.9375);
    padding: calc(0.5em / 0.9375) calc(0.75em / 0.9375);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5 / 0.9375);
    background: var(--_subtle);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .full[data-status='live'] .banner {
    border-color: currentColor;
    background: none;
    color: var(--_live);
  }
  .full [part~='title'] {
    font-size: clamp(1.25em, 1em + 1.25vw, 1.625em);
    line-height: 1.25;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
    margin-block: var(--_space);
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: calc(2.75em / 0.875);
    padding: calc(0.5em / 0.875) 1em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 0.875);
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    background: var(--_subtle);
  }
  /* A phone: the actions in two rows at most, not four before any of the session's words. */
  @media (max-width: 30em) {
    .actions {
      gap: 0.375em;
    }
    .action {
      min-block-size: calc(2.5em / 0.8125);
      padding: calc(0.375em / 0.8125) calc(0.625em / 0.8125);
      font-size: 0.8125em;
    }
  }
  .save[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .calendar {
    position: relative;
  }
  .chevron {
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-block-start: -0.2em;
    /* Physical sides: turned 45°, they point down whatever the direction (inline-end would point it sideways right to left). */
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    margin-block: 0.3em 0;
    transform: rotate(-135deg);
  }
  .calendar-options {
    position: absolute;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-start: 0;
    z-index: 2;
    inline-size: max-content;
    min-inline-size: 100%;
    margin: 0;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.18);
    list-style: none;
  }
  .calendar-options .action {
    inline-size: 100%;
    border: 0;
    background: none;
  }
  .calendar-options .action:hover {
    background: var(--_subtle);
  }
  .description {
    line-height: 1.6;
  }
  .description > :first-child {
    margin-block-start: 0;
  }
  .description > :last-child {
    margin-block-end: 0;
  }
  .description p,
  .bio p {
    margin-block: 0 0.75em;
  }
  .description li + li {
    margin-block-start: 0.375em;
  }
  /* A code block of a description or bio wraps (word-break: break-word does not break pre text), so a long line cannot push a phone's page sideways. */
  pre {
    white-space: pre-wrap;
  }
  .agenda,
  .people,
  .details {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  /* On paper, not alone at a page's foot. */
  .agenda > .heading,
  .role > .heading {
    margin-block-end: calc(0.5em / 1.0625);
    break-after: avoid;
  }
  .agenda-list,
  .person-list,
  .tags {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .agenda-list {
    border-block-start: 1px solid var(--_border);
  }
  /* Time over duration, beside the title over its people; above it where that leaves the title under 12em (large text on a phone). */
  .agenda-item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .agenda-when {
    min-inline-size: 4.5em;
  }
  .agenda-what {
    flex: 1 1 12em;
  }
  .agenda-time,
  .agenda-duration,
  .agenda-title,
  .agenda-people {
    display: block;
  }
  /* A text of the feed on a line of its own reads in its own direction (dir="auto") but starts where the card's lines start (a track's name of two lines: at its dot). */
  .track span,
  .agenda-title,
  .room-name,
  .room-location,
  .affiliation {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .agenda-time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .agenda-duration,
  .agenda-people {
    margin-block-start: calc(0.125em / 0.875);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .people {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .person-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: var(--_space);
  }
  .person {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  .avatar {
    flex: none;
  }
  .person-text {
    flex: 1;
    min-inline-size: 0;
  }
  .person-name {
    font-weight: 600;
  }
  .affiliation {
    margin-block-start: calc(0.125em / 0.875);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .bio {
    margin-block-start: calc(0.5em / 0.9375);
    font-size: 0.9375em;
    line-height: 1.5;
  }
  .details {
    display: grid;
    gap: 0.5em;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  /* Smaller text, on the children: the footer's own spacing stays in the host's size. */
  .details > * {
    font-size: 0.9375em;
  }
  .full-date {
    font-weight: 600;
  }
  .venue-time,
  .note,
  .room-location {
    color: var(--_muted);
  }
  .full .room {
    display: flex;
    flex-direction: column;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.375em / 0.9375);
  }
  .tag {
    padding: calc(0.125em / 0.8125) calc(0.5em / 0.8125);
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: calc(0.8125em / 0.9375);
  }
  /* Paper: no buttons (the links stay, one a line, with their URL after them: see the shared styles). */
  @media print {
    .save,
    .calendar,
    ::slotted(button) {
      display: none;
    }
    /*
     * A compact card on one page (a list of them broke one at each page's foot), and each item of the
     * full form's lists (an agenda item's time and title, a person's name and bio); the full form is a page's length.
     */
    .compact,
    li {
      break-inside: avoid;
    }
    .actions {
      display: grid;
    }
    .action {
      min-block-size: 0;
      padding: 0;
      border: 0;
    }
    /* The overlay gives way to the link's URL. */
    .title-action::after {
      position: static;
    }
  }
`;
