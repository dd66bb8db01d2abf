import { css } from 'lit';
import { focusRing, quietButton } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  quietButton,
  css`
    :host {
      display: inline-block;
    }
    /* Wider than 部门网站导航 and 微信: themes/page.css keeps this room for 长辈版 before the upgrade. */
    button {
      padding-inline: var(--gov-space-3, 0.75rem);
    }
  `,
];
