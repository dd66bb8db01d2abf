import { css } from 'lit';
import { focusRing, quietButton } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  quietButton,
  css`
    :host {
      display: inline-block;
    }
    [hidden] {
      display: none !important;
    }
    .icon {
      margin-inline-end: var(--gov-space-1, 0.25rem);
    }
    .panel {
      position: absolute;
      inset-inline: 0;
      inset-block-start: 100%;
      z-index: 20;
      display: grid;
      grid-template-columns: var(--gov-dept-columns, 3fr 1fr 2fr);
      gap: var(--gov-space-5, 1.5rem);
      padding: var(--gov-space-4, 1rem);
      background: var(--gov-color-bg, #fff);
      border: 1px solid var(--gov-color-border, #b8c2d0);
      box-shadow: 0 0.5rem 1rem rgb(0 0 0 / 0.2);
      color: var(--gov-color-text, #1a1a1a);
      font-size: var(--gov-font-size-body, 1rem);
    }
    h2 {
      margin: 0 0 var(--gov-space-2, 0.5rem);
      padding-block-end: var(--gov-space-1, 0.25rem);
      border-block-end: 2px solid var(--gov-color-accent, #0b3d91);
      color: var(--gov-color-heading, #072b66);
      font-size: var(--gov-font-size-h4, 1rem);
      line-height: var(--gov-line-height-heading, 1.4);
    }
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-grid-min, 10em)), 1fr));
      gap: 0 var(--gov-space-2, 0.5rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      display: flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-min, 2.75rem);
      color: var(--gov-color-link, #0b4f9c);
      text-underline-offset: 0.2em;
      overflow-wrap: anywhere;
    }
    a:visited {
      color: var(--gov-color-link-visited, #5b2a86);
    }
    @media (forced-colors: active) {
      .panel {
        border-color: CanvasText;
      }
      h2 {
        color: CanvasText;
        border-color: CanvasText;
      }
    }
  `,
];
