import { css } from 'lit';

/** Focus ring shared by every control: a solid ring plus a halo so it keeps 3:1 on any background. */
export const focusRing = css`
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
