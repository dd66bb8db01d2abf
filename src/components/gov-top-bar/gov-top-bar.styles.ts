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
      gap: 0 var(--gov-space-1, 0.25rem);
    }
    a {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-primary, 2.75rem);
      color: var(--gov-color-quiet-link, #1a1a1a);
      text-underline-offset: 0.2em;
    }
    /* Two links side by side (the government site, 暖心专区) read as two. */
    a + a {
      margin-inline-start: var(--gov-space-2, 0.5rem);
    }
    /* 暖心专区: a 长辈版 item unless the site shows it always. */
    .elder-only {
      display: var(--gov-elder-only-display, none);
    }
    /* 登录/注册 and 更多 keep to the end of the row, together. */
    .login,
    .more {
      margin-inline-start: auto;
    }
    .login + .more {
      margin-inline-start: 0;
    }
    .wechat {
      display: inline-block;
    }
    .icon {
      margin-inline-start: var(--gov-space-1, 0.25rem);
    }
    /* The folded items, one per line, below the bar. */
    .panel {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      inset-inline: 0;
    }
    /* Folded links line up with the folded buttons' text. */
    .panel a {
      margin: 0;
      padding-inline: var(--gov-space-2, 0.5rem);
    }
    .panel gov-dept-menu {
      align-self: stretch;
    }
    .panel .popover,
    .panel gov-dept-menu::part(panel) {
      position: static;
      box-shadow: none;
    }
    ::slotted(*) {
      max-inline-size: 100%;
    }
    .popover,
    .panel {
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
      .popover,
      .panel {
        border-color: CanvasText;
      }
    }
  `,
];
