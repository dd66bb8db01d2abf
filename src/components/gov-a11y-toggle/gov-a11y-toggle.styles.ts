import { css } from 'lit';
import { focusRing, quietButton } from '../../base/shared.styles.js';

/** 无障碍 looks exactly like its neighbour 长辈版 in the top bar (gov-elder-toggle.css): a quiet button, wider than 微信. */
export const styles = [
  focusRing,
  quietButton,
  css`
    :host {
      display: inline-block;
    }
    button {
      padding-inline: var(--gov-space-3, 0.75rem);
    }
  `,
];
