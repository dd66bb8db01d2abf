import { css } from 'lit';
import { focusRing, outlinedControl } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  outlinedControl('button'),
  css`
    :host {
      display: inline-block;
    }
    button {
      padding-inline: var(--gov-space-3, 0.75rem);
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
