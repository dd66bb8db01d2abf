import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      position: fixed;
      inset-block-end: calc(var(--gov-space-4, 1rem) + var(--gov-reserved-block-end, 0px));
      inset-inline-end: var(--gov-space-4, 1rem);
      z-index: 900;
    }
    button {
      min-inline-size: var(--gov-target-min, 2.75rem);
      min-block-size: var(--gov-target-min, 2.75rem);
      padding: var(--gov-space-2, 0.5rem) var(--gov-space-3, 0.75rem);
      border: 2px solid var(--gov-color-control-text, #0b3d91);
      border-radius: var(--gov-radius, 0.25rem);
      background: var(--gov-color-control-bg, #fff);
      color: var(--gov-color-control-text, #0b3d91);
      font: inherit;
      font-size: var(--gov-font-size-body, 1rem);
      cursor: var(--gov-cursor-pointer, pointer);
    }
    button:hover {
      background: var(--gov-color-surface, #f2f5f9);
    }
    [hidden] {
      display: none;
    }
  `,
];
