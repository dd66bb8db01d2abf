import { css } from 'lit';
import { focusRing, quietButton } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  quietButton,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    nav {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--gov-space-3, 0.75rem);
    }
    a {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-primary, 2.75rem);
      color: var(--gov-color-quiet-link, #1a1a1a);
      text-underline-offset: 0.2em;
    }
    .login {
      margin-inline-start: auto;
    }
    .wechat {
      display: inline-block;
    }
    ::slotted(*) {
      max-inline-size: 100%;
    }
    .popover {
      position: absolute;
      inset-block-start: 100%;
      z-index: 20;
      padding: var(--gov-space-3, 0.75rem);
      background: var(--gov-color-bg, #fff);
      border: 1px solid var(--gov-color-border, #b8c2d0);
      box-shadow: 0 0.5rem 1rem rgb(0 0 0 / 0.2);
    }
    figure {
      margin: 0;
      text-align: center;
    }
    img {
      display: block;
      margin-inline: auto;
      inline-size: 7.5rem;
      block-size: 7.5rem;
    }
    figcaption {
      margin-block-start: var(--gov-space-2, 0.5rem);
      max-inline-size: 10em;
      color: var(--gov-color-text, #1a1a1a);
    }
    @media (forced-colors: active) {
      .popover {
        border-color: CanvasText;
      }
    }
  `,
];
