import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: inline-block;
    }
    button {
      box-sizing: border-box;
      min-inline-size: var(--gov-target-primary, 2.75rem);
      min-block-size: var(--gov-target-primary, 2.75rem);
      padding: 0 var(--gov-space-3, 0.75rem);
      border: 0;
      background: transparent;
      color: var(--gov-color-control-text, #0b3d91);
      font: inherit;
      font-weight: 700;
      cursor: var(--gov-cursor-pointer, pointer);
    }
    button:hover {
      text-decoration: underline;
    }
  `,
];
