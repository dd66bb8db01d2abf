import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    aside {
      padding-block: var(--gov-space-4, 1rem);
      padding-inline: max(var(--gov-space-4, 1rem), calc((100% - var(--gov-content-max, 75rem)) / 2));
      border-block-start: 3px solid var(--gov-color-accent, #0b3d91);
    }
    h2 {
      margin: 0 0 var(--gov-space-2, 0.5rem);
      color: var(--gov-color-heading, #072b66);
      font-size: var(--gov-font-size-h2, 1.25rem);
      line-height: var(--gov-line-height-heading, 1.4);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--gov-space-4, 1rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .groups {
      display: grid;
      grid-template-columns: var(--gov-pair-columns, 1fr 1fr);
      gap: var(--gov-space-4, 1rem);
      margin-block-start: var(--gov-space-2, 0.5rem);
      align-items: start;
    }
    .group {
      border: 1px solid var(--gov-color-border, #b8c2d0);
      border-radius: var(--gov-radius, 0.25rem);
    }
    .group ul {
      padding: 0 var(--gov-space-3, 0.75rem) var(--gov-space-2, 0.5rem);
    }
    a,
    button {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: var(--gov-target-min, 2.75rem);
    }
    a {
      color: var(--gov-color-link, #0b4f9c);
      text-underline-offset: 0.2em;
    }
    a:visited {
      color: var(--gov-color-link-visited, #5b2a86);
    }
    button {
      inline-size: 100%;
      margin: 0;
      padding: 0 var(--gov-space-3, 0.75rem);
      border: 0;
      background: transparent;
      color: var(--gov-color-control-text, #0b3d91);
      font: inherit;
      font-weight: 700;
      text-align: start;
      cursor: var(--gov-cursor-pointer, pointer);
    }
    .icon {
      margin-inline-end: var(--gov-space-1, 0.25rem);
    }
    @media (forced-colors: active) {
      .group {
        border-color: CanvasText;
      }
    }
  `,
];
