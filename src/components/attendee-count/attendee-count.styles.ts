import { css } from 'lit';

export const styles = css`
  :host {
    --_meter-color: var(--schedule-attendee-count-meter-color, var(--_accent));
    --_meter-track: var(--schedule-attendee-count-meter-track, var(--_subtle));
    --_full: var(--schedule-attendee-count-full-color, var(--_danger));
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.375);
  }
  .heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.3;
  }
  .meter {
    block-size: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_meter-track);
    overflow: hidden;
    /* On paper too: browsers print without backgrounds unless asked, and the bar is its fill. */
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .fill {
    block-size: 100%;
    inline-size: calc(var(--_ratio) * 100%);
    background: var(--_meter-color);
  }
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  :host([full]) .fill {
    background: var(--_full);
  }
  :host([full]) .summary {
    color: var(--_full);
    font-weight: 600;
  }
  .link {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .meter {
      border-color: CanvasText;
    }
    .fill,
    :host([full]) .fill {
      background: CanvasText;
    }
  }
`;
