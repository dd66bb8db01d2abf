import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: block;
    }
    :focus-visible {
      outline-color: var(--gov-color-focus-halo, #ffd34d);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--gov-space-4, 1rem);
      padding-block: var(--gov-space-5, 1.5rem);
      padding-inline: max(var(--gov-space-4, 1rem), calc((100% - var(--gov-content-max, 75rem)) / 2));
      background: var(--gov-color-brand, #0b3d91);
      color: var(--gov-color-on-brand, #fff);
    }
    .brand {
      display: flex;
      align-items: center;
      gap: var(--gov-space-3, 0.75rem);
    }
    .emblem {
      inline-size: 4rem;
      block-size: 4rem;
      flex: none;
    }
    /* 纯文本: the emblem gives way to its alt text (still in the accessibility tree with it), as the page's images do. */
    .emblem.text-only {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .site-name {
      margin: 0;
      font-size: var(--gov-font-size-site-name, 1.75rem);
      font-weight: 700;
      letter-spacing: 0.05em;
      line-height: var(--gov-line-height, 1.8);
    }
    .site-name a {
      color: var(--gov-color-on-brand, #fff);
      text-decoration: none;
    }
    .site-name a:hover {
      text-decoration: underline;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gov-space-2, 0.5rem);
    }
    label {
      font-size: var(--gov-font-size-small, 0.875rem);
    }
    input,
    button {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-min, 2.75rem);
      margin: 0;
      padding-inline: var(--gov-space-3, 0.75rem);
      border: 1px solid var(--gov-color-on-brand, #fff);
      border-radius: var(--gov-radius, 0.25rem);
      background: var(--gov-color-control-bg, #fff);
      color: var(--gov-color-text, #1a1a1a);
      font: inherit;
    }
    input {
      inline-size: 14em;
      max-inline-size: 100%;
      min-inline-size: 0;
    }
    button {
      color: var(--gov-color-control-text, #0b3d91);
      font-weight: 700;
      cursor: var(--gov-cursor-pointer, pointer);
    }
    @media (max-width: 48em) {
      .site-name {
        font-size: var(--gov-font-size-h2, 1.25rem);
      }
      form {
        inline-size: 100%;
      }
      input {
        flex: 1 1 8em;
      }
    }
    @media (forced-colors: active) {
      header {
        border-block-end: 1px solid CanvasText;
      }
    }
  `,
];
