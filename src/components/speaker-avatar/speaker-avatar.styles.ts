import { css } from 'lit';

/**
 * The avatar diameter by `size` (small 2em, medium 3em, large 5em), overridden by
 * `--schedule-avatar-size`; shared with `<speaker-avatar-group>`, whose "+N" badge matches it.
 */
export const avatarSizeStyles = css`
  :host {
    --_size: var(--schedule-avatar-size, 3em);
  }
  :host([size='small']) {
    --_size: var(--schedule-avatar-size, 2em);
  }
  :host([size='large']) {
    --_size: var(--schedule-avatar-size, 5em);
  }
`;

export const speakerAvatarStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  .base {
    position: relative;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  /* The picture over the initials. */
  .picture {
    flex: none;
    display: grid;
    inline-size: var(--_size);
    block-size: var(--_size);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
  }
  :is(button, a).picture {
    cursor: pointer;
  }
  .picture > * {
    grid-area: 1 / 1;
  }
  [part~='image'],
  [part~='initials'] {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_size);
    block-size: var(--_size);
    border-radius: 50%;
  }
  /* Its font size is 0.38 of the diameter, so the diameter here is 1em / 0.38 (var(--_size), in em, would take its own font size). */
  [part~='initials'] {
    inline-size: calc(1em / 0.38);
    block-size: calc(1em / 0.38);
  }
  [part~='image'] {
    object-fit: cover;
    background: var(--_subtle);
  }
  /* On paper without backgrounds the browser would paint it white, over the initials of a picture never loaded. */
  @media print {
    [part~='image'] {
      background: none;
    }
  }
  [part~='initials'] {
    background: var(--schedule-avatar-initials-background, var(--_initials-background));
    /* INITIALS_TEXT (initials.ts), which the colours are chosen to contrast with. */
    color: var(--schedule-avatar-initials-color, light-dark(#fff, #15191d));
    /* On paper too: the initials are white on their circle. */
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
    font-size: calc(var(--_size) * 0.38);
    font-weight: 600;
    line-height: 1;
    white-space: nowrap;
    user-select: none;
  }
  .text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    line-height: 1.3;
  }
  [part~='name'] {
    font-weight: 600;
  }
  :is(button, a)[part~='name'] {
    text-decoration-thickness: from-font;
  }
  /* The whole avatar is the name button's (or link's) target; focus stays drawn around the name. */
  :is(button, a)[part~='name']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  [part~='title'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    [part~='initials'] {
      border: 1px solid CanvasText;
    }
  }
`;
