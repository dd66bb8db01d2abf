import { css } from 'lit';
import { atRule, focusRing, queryContainer } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  queryContainer,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    :focus-visible {
      outline-color: var(--gov-color-focus-halo, #ffd34d);
    }
    nav {
      padding-inline: max(var(--gov-space-4, 1rem), calc((100% - var(--gov-content-max, 75rem)) / 2));
      background: var(--gov-color-brand-strong, #072b66);
      color: var(--gov-color-on-brand, #fff);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    #list {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
    }
    #list > li {
      position: relative;
      display: flex;
      align-items: stretch;
      min-inline-size: 0;
    }
    a,
    button {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-min, 2.75rem);
      color: var(--gov-color-on-brand, #fff);
      font: inherit;
    }
    a {
      padding-inline: var(--gov-space-4, 1rem);
      text-decoration: none;
      overflow-wrap: anywhere;
    }
    a:hover {
      text-decoration: underline;
    }
    /* The sections are primary controls: 60 px in elder mode. */
    #list > li > a,
    #list > li > button {
      min-block-size: var(--gov-target-primary, 2.75rem);
    }
    #list > li > a {
      font-size: var(--gov-font-size-h3, 1.125rem);
      font-weight: 700;
    }
    #list > li > a:has(+ button) {
      padding-inline-end: var(--gov-space-1, 0.25rem);
    }
    #list > li > a[aria-current='true'] {
      background: var(--gov-color-bg, #fff);
      color: var(--gov-color-heading, #072b66);
    }
    button {
      justify-content: center;
      min-inline-size: var(--gov-target-min, 2.75rem);
      margin: 0;
      padding: 0 var(--gov-space-2, 0.5rem);
      border: 0;
      background: transparent;
      cursor: var(--gov-cursor-pointer, pointer);
    }
    .menu-button {
      gap: var(--gov-space-2, 0.5rem);
      min-block-size: var(--gov-target-primary, 2.75rem);
      font-weight: 700;
    }
    .sub {
      position: absolute;
      inset-block-start: 100%;
      inset-inline-start: 0;
      z-index: 15;
      min-inline-size: 100%;
      inline-size: max-content;
      max-inline-size: 20em;
      padding-block: var(--gov-space-1, 0.25rem);
      background: var(--gov-color-brand-strong, #072b66);
      border: 1px solid var(--gov-color-on-brand, #fff);
    }
    .sub a {
      inline-size: 100%;
      padding-inline: var(--gov-space-4, 1rem);
      font-size: var(--gov-font-size-body, 1rem);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (max-width: 47.99em) {
      #list {
        flex-direction: column;
        padding-block-end: var(--gov-space-2, 0.5rem);
      }
      #list > li {
        flex-wrap: wrap;
      }
      #list > li > a {
        flex: 1 1 0;
      }
      .sub {
        position: static;
        flex-basis: 100%;
        inline-size: auto;
        max-inline-size: none;
        border: 0;
        padding-inline-start: var(--gov-space-4, 1rem);
      }
    }
    @media (forced-colors: active) {
      nav,
      .sub {
        border: 1px solid CanvasText;
      }
      #list > li > a[aria-current='true'] {
        border: 2px solid Highlight;
      }
    }
  `,
  /* Tablets (768 to 863 px) in the standard look: body-size sections keep the seven on one row. The container's
   * em is 1.5 times larger in 长辈版, so there the rule never applies (its 30 px sections need two rows here anyway). */
  atRule(
    '@media (max-width: 53.99em)',
    atRule(
      '@container (min-width: 48em)',
      css`
        #list > li > a {
          font-size: var(--gov-font-size-body, 1rem);
          padding-inline: var(--gov-space-3, 0.75rem);
        }
      `,
    ),
  ),
];
