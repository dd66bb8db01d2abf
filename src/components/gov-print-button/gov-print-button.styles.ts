import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: inline-block;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      min-inline-size: var(--gov-target-min, 2.75rem);
      min-block-size: var(--gov-target-min, 2.75rem);
      padding-inline: var(--gov-space-3, 0.75rem);
      border: 1px solid var(--gov-color-border, #b8c2d0);
      border-radius: var(--gov-radius, 0.25rem);
      background: var(--gov-color-control-bg, #fff);
      color: var(--gov-color-control-text, #0b3d91);
      font: inherit;
      cursor: var(--gov-cursor-pointer, pointer);
    }
    button:hover {
      background: var(--gov-color-surface, #f2f5f9);
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
