import { css } from 'lit';

export const speakerAvatarGroupStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  .base {
    display: flex;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Each avatar overlaps the one before it, parted by a ring of the surface colour (drawn over the picture before, itself positioned). */
  .base > li {
    position: relative;
    display: flex;
    border-radius: 50%;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .base > li + li {
    margin-inline-start: calc(var(--_size) * -0.25);
  }
  [part~='avatar'] {
    display: block;
  }
  /* The same quarter of the diameter as the avatars (in its own em, as its size below). */
  .base > li + [part~='more'] {
    margin-inline-start: calc(-0.25em / 0.36);
  }
  .base > [part~='more'] {
    align-items: center;
    justify-content: center;
    /* Its font size is 0.36 of the diameter, so the diameter here is 1em / 0.36 (var(--_size), in em, would take its own font size). */
    inline-size: calc(1em / 0.36);
    block-size: calc(1em / 0.36);
    background: var(--_subtle);
    box-shadow:
      inset 0 0 0 1px var(--_border),
      0 0 0 2px var(--_surface);
    color: var(--_text);
    font-size: calc(var(--_size) * 0.36);
    font-weight: 600;
    line-height: 1;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~='more'] {
      border: 1px solid CanvasText;
    }
  }
`;
