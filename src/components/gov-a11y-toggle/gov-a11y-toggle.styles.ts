import { css } from 'lit';
import { styles as topBarButton } from '../gov-elder-toggle/gov-elder-toggle.styles.js';

/** The top-bar button of 长辈版, with the pointer cursor that 大鼠标 enlarges. */
export const styles = [
  ...topBarButton,
  css`
    button {
      cursor: var(--gov-cursor-pointer, pointer);
    }
  `,
];
