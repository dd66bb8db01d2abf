import { css, unsafeCSS } from 'lit';
import { atRule, focusRing, queryContainer } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  queryContainer,
  css`
    :host {
      display: block;
    }
    :focus-visible {
      outline-color: var(--gov-color-focus-halo, #ffd34d);
    }
    header {
      position: relative;
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
    .search-button {
      display: none;
      flex: none;
      min-block-size: var(--gov-target-primary, 2.75rem);
    }
    @media (forced-colors: active) {
      header {
        border-block-end: 1px solid CanvasText;
      }
    }
  `,
  /* Too narrow for the name and the field on one row: the field opens below the band from 搜索. */
  atRule(
    '@container (max-width: 50.99em)',
    css`
      header {
        flex-wrap: nowrap;
      }
      .search-button {
        display: inline-flex;
      }
      form {
        position: absolute;
        inset-block-start: 100%;
        inset-inline: 0;
        z-index: 20;
        padding-block: var(--gov-space-3, 0.75rem);
        padding-inline: inherit;
        background: inherit;
        /* Shows as a rule in forced colours, where the shadow is gone. */
        border-block-end: 1px solid transparent;
        box-shadow: 0 0.5rem 1rem rgb(0 0 0 / 0.2);
      }
      form:not(.open) {
        display: none;
      }
      input {
        flex: 1 1 8em;
      }
    `,
  ),
  /* Phones: a band of one row (two lines of the name in 长辈版), so the article title shows on the first screen;
   * the name's lines are balanced (lit-analyzer does not know text-wrap yet). */
  atRule('@container (max-width: 31.5em)', unsafeCSS('.site-name{text-wrap:balance}')),
  atRule(
    '@container (max-width: 31.5em)',
    css`
      header,
      .brand {
        gap: var(--gov-space-2, 0.5rem);
      }
      header {
        padding-block: var(--gov-space-2, 0.5rem);
      }
      .emblem {
        inline-size: 2.5rem;
        block-size: 2.5rem;
      }
      .site-name {
        letter-spacing: 0;
        line-height: var(--gov-line-height-heading, 1.4);
      }
    `,
  ),
];
