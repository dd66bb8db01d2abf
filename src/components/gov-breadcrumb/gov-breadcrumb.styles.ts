import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: block;
    }
    nav {
      padding-inline: max(var(--gov-space-4, 1rem), calc((100% - var(--gov-content-max, 75rem)) / 2));
      border-block-end: 1px solid var(--gov-color-border, #b8c2d0);
      font-size: var(--gov-font-size-small, 0.875rem);
    }
    ol {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
    }
    .separator {
      padding-inline: var(--gov-space-2, 0.5rem);
      color: var(--gov-color-text-muted, #595959);
    }
    a {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-min, 2.75rem);
      color: var(--gov-color-link, #0b4f9c);
      text-underline-offset: 0.2em;
    }
    a:visited {
      color: var(--gov-color-link-visited, #5b2a86);
    }
    a[aria-current='page'] {
      color: var(--gov-color-text, #1a1a1a);
      font-weight: 700;
      text-decoration: none;
    }
  `,
];
