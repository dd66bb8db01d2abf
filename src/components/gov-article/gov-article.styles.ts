import { css } from 'lit';
import { focusRing } from '../../base/shared.styles.js';

/*
 * The frame draws the same boxes as the published markup it replaces (see
 * themes/page.css), so upgrading shifts nothing; the tools row fills the room
 * page.css reserves for it.
 */
export const styles = [
  focusRing,
  css`
    :host {
      display: block;
    }
    article > * {
      max-inline-size: var(--gov-measure, 40em);
      margin-inline: auto;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      color: var(--gov-color-link, #0b4f9c);
      text-underline-offset: 0.2em;
    }
    a:visited {
      color: var(--gov-color-link-visited, #5b2a86);
    }
    h1,
    h2,
    ::slotted(h1) {
      line-height: var(--gov-line-height-heading, 1.4);
    }
    .header {
      text-align: center;
      border-block-end: 1px solid var(--gov-color-border, #b8c2d0);
    }
    h1,
    ::slotted(h1) {
      margin: 0 0 var(--gov-space-3, 0.75rem);
      color: var(--gov-color-heading, #072b66);
      font-size: var(--gov-font-size-h1, 1.75rem);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0 var(--gov-space-5, 1.5rem);
      margin: 0 0 var(--gov-space-4, 1rem);
      color: var(--gov-color-text-muted, #595959);
      font-size: var(--gov-font-size-small, 0.875rem);
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: center;
      gap: var(--gov-space-2, 0.5rem) var(--gov-space-4, 1rem);
      /* page.css turns the row into a column in elder mode, where the larger text would wrap unpredictably. */
      flex-direction: var(--gov-article-tools-direction, row);
      margin: 0 0 var(--gov-space-4, 1rem);
      font-size: var(--gov-font-size-small, 0.875rem);
      line-height: 1.4;
    }
    .body {
      font-size: var(--gov-font-size-article, 1.125rem);
      line-height: var(--gov-line-height, 1.8);
    }
    .attachments,
    .pager {
      margin-block-start: var(--gov-space-5, 1.5rem);
      padding-block-start: var(--gov-space-3, 0.75rem);
      border-block-start: 1px solid var(--gov-color-border, #b8c2d0);
    }
    .attachments h2 {
      margin: 0;
      font-size: var(--gov-font-size-h4, 1rem);
    }
    .attachments li,
    .pager li {
      padding-block: var(--gov-space-1, 0.25rem);
    }
    .attachments a,
    .pager a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--gov-target-inline, 1.5rem);
    }
    .file-meta {
      color: var(--gov-color-text-muted, #595959);
      font-size: var(--gov-font-size-small, 0.875rem);
    }
    .print-url {
      display: none;
    }
    /* Narrow screens: 字体 and 打印本页 share a row, the share group takes the next. */
    @media (max-width: 48em) {
      .share {
        order: 1;
        inline-size: 100%;
      }
    }
    @media print {
      .tools,
      .pager {
        display: none;
      }
      .header {
        text-align: start;
      }
      .meta {
        justify-content: flex-start;
        color: #000000;
      }
      a,
      a:visited {
        color: #000000;
      }
      h1,
      h2,
      ::slotted(h1) {
        break-inside: avoid;
        break-after: avoid;
      }
      .print-url {
        display: block;
        margin-block-start: 4mm;
        overflow-wrap: anywhere;
      }
    }
  `,
];
