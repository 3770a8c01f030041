import { css } from 'lit';

/**
 * The notice of an out-of-date schedule and the retry buttons, which the base class adds to every
 * component's styles (see `ScheduleElement.finalizeStyles`).
 */
export const feedNoticeStyles = css`
  /* The out-of-date notice and a failure of the feed: a line, and Retry beside it. */
  .feed-notice,
  .feed-failure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .feed-notice {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* "as of Monday 9:07 AM" on one line, its "AM" never alone on the next. */
  .feed-notice time {
    white-space: nowrap;
  }
  .retry {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  /* A failure of the feed: a quiet line, marked at its start in the danger colour. */
  .feed-failure {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .feed-failure > .state {
    flex: 1 1 12em;
    padding: 0;
    border: 0;
  }
  @media print {
    .retry {
      display: none;
    }
  }
`;
