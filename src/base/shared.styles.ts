import { css } from 'lit';

/**
 * Shared by every control: the focus ring (a solid ring plus a halo, so it
 * keeps 3:1 on any background) and the pointer, which 大鼠标 enlarges
 * through --gov-cursor-pointer even inside shadow roots.
 */
export const focusRing = css`
  a[href],
  button,
  summary,
  label,
  select {
    cursor: var(--gov-cursor-pointer, pointer);
  }
  :focus-visible {
    outline: var(--gov-focus-width, 3px) solid var(--gov-color-focus, #0b3d91);
    outline-offset: var(--gov-focus-offset, 2px);
    box-shadow: 0 0 0 calc(var(--gov-focus-offset, 2px) + var(--gov-focus-width, 3px) + 2px) var(--gov-color-focus-halo, #ffd34d);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
