import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: inline-block;
    }
    [role='group'] {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--gov-space-1, 0.25rem);
    }
    button,
    a {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      min-inline-size: var(--gov-target-primary, 2.75rem);
      min-block-size: var(--gov-target-primary, 2.75rem);
      padding: 0 var(--gov-space-2, 0.5rem);
      border: 1px solid transparent;
      border-radius: var(--gov-radius, 0.25rem);
      background: transparent;
      color: var(--gov-color-quiet-link, #1a1a1a);
      font: inherit;
      text-decoration: none;
      cursor: var(--gov-cursor-pointer, pointer);
    }
    :is(button, a):hover {
      text-decoration: underline;
    }
    button[aria-pressed='true'] {
      border-color: currentColor;
      font-weight: 700;
    }
    @media (forced-colors: active) {
      button[aria-pressed='true'] {
        border-color: Highlight;
      }
    }
  `,
];
