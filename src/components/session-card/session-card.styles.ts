import { css } from 'lit';

export const sessionCardStyles = css`
  .card {
    --_stripe: var(--schedule-session-card-accent, var(--_track, var(--_accent)));
    position: relative;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_stripe);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.4;
    overflow-wrap: break-word;
  }
  p {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.3;
  }
  .when {
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .separator {
    margin-inline: 0.25em;
  }
  .track {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .swatch {
    flex: none;
    inline-size: 0.625em;
    block-size: 0.625em;
    border-radius: 50%;
    background: var(--_track);
  }

  /* Compact: the whole card activates the title through its overlay. */
  .title-action {
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
    gap: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
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
    font-size: 0.75rem;
    font-weight: 600;
  }
  [data-status='live'] .badge {
    color: var(--_live);
  }
  [data-status='live'] .badge::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
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
    gap: 0.5rem 1rem;
    margin-block-start: 0.75rem;
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
    gap: 0.5rem;
    position: relative;
    z-index: 1;
  }
  .slot-row ::slotted(*) {
    margin-block-start: 0.75rem;
  }

  /* Full */
  .full {
    padding: var(--_space) clamp(calc(var(--_space) * 0.75), 4vw, calc(var(--_space) * 1.25));
  }
  .banner {
    margin-block-end: var(--_space);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_subtle);
    font-size: 0.9375rem;
    font-weight: 600;
  }
  .full[data-status='live'] .banner {
    border-color: currentColor;
    background: none;
    color: var(--_live);
  }
  .full [part~='title'] {
    margin-block-start: 0.25rem;
    font-size: clamp(1.25rem, 1rem + 1.25vw, 1.625rem);
    line-height: 1.25;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
    margin-block: var(--_space);
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    background: var(--_subtle);
  }
  .save[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .card[dir='rtl'] .external {
    display: inline-block;
    transform: scaleX(-1);
  }
  .calendar {
    position: relative;
  }
  .chevron {
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-block-start: -0.2em;
    border-inline-end: 2px solid;
    border-block-end: 2px solid;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    margin-block: 0.3em 0;
    transform: rotate(-135deg);
  }
  .calendar-options {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: 2;
    inline-size: max-content;
    min-inline-size: 100%;
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
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
    margin-block-start: 0.375rem;
  }
  .agenda,
  .people,
  .details {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .agenda > .heading,
  .role > .heading {
    margin-block-end: 0.5rem;
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
  /* Time over duration, beside the title over its people. */
  .agenda-item {
    display: grid;
    grid-template-columns: minmax(4.5rem, auto) 1fr;
    gap: 0.75rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .agenda-time,
  .agenda-duration,
  .agenda-title,
  .agenda-people {
    display: block;
  }
  .agenda-time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .agenda-duration,
  .agenda-people {
    margin-block-start: 0.125rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .people {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .person-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: var(--_space);
  }
  .person {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
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
    margin-block-start: 0.125rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .bio {
    margin-block-start: 0.5rem;
    font-size: 0.9375rem;
    line-height: 1.5;
  }
  .details {
    display: grid;
    gap: 0.5rem;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    font-size: 0.9375rem;
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
    gap: 0.375rem;
  }
  .tag {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.8125rem;
  }
`;
