import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: block;
    }
    a {
      position: absolute;
      inset-block-start: var(--gov-space-2, 0.5rem);
      inset-inline-start: var(--gov-space-2, 0.5rem);
      z-index: 1000;
      /* Out of sight but still in the accessibility tree until focused. */
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      white-space: nowrap;
    }
    a:focus {
      clip-path: none;
      inline-size: auto;
      block-size: auto;
      min-block-size: var(--gov-target-min, 2.75rem);
      display: inline-flex;
      align-items: center;
      padding: var(--gov-space-2, 0.5rem) var(--gov-space-4, 1rem);
      background: var(--gov-color-bg, #fff);
      color: var(--gov-color-link, #0b4f9c);
      font-size: var(--gov-font-size-body, 1rem);
      font-weight: 700;
    }
  `,
];
