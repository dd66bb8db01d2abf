import { css, unsafeCSS } from 'lit';
import { focusRing, outlinedControl } from '../../base/shared.styles.js';

/* A QR code must stay dark on light to scan, whatever the colour scheme; lit-analyzer does not know this property yet. */
const qrKeepsItsColours = unsafeCSS('.qr { forced-color-adjust: none; }');

export const styles = [
  focusRing,
  outlinedControl('a, button'),
  qrKeepsItsColours,
  css`
    :host {
      display: inline-block;
    }
    .group {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--gov-space-2, 0.5rem) var(--gov-space-1, 0.25rem);
    }
    .label::after {
      content: ":";
    }
    ul {
      display: contents;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: inline-flex;
    }
    a:hover,
    button:hover {
      background: var(--gov-color-surface, #f2f5f9);
    }
    .fallback {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gov-space-2, 0.5rem);
      margin: var(--gov-space-2, 0.5rem) 0 0;
    }
    .fallback input {
      box-sizing: border-box;
      min-block-size: var(--gov-target-min, 2.75rem);
      inline-size: min(100%, 32em);
      padding-inline: var(--gov-space-2, 0.5rem);
      border: 1px solid var(--gov-color-text, #1a1a1a);
      border-radius: var(--gov-radius, 0.25rem);
      background: var(--gov-color-bg, #fff);
      color: var(--gov-color-text, #1a1a1a);
      font: inherit;
    }
    dialog {
      box-sizing: border-box;
      max-inline-size: min(90vw, 24rem);
      padding: var(--gov-space-5, 1.5rem);
      border: 2px solid var(--gov-color-text, #1a1a1a);
      border-radius: var(--gov-radius, 0.25rem);
      background: var(--gov-color-bg, #fff);
      color: var(--gov-color-text, #1a1a1a);
      text-align: center;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    dialog h2 {
      margin: 0 0 var(--gov-space-3, 0.75rem);
      font-size: var(--gov-font-size-h2, 1.25rem);
    }
    dialog button {
      padding-inline: var(--gov-space-4, 1rem);
    }
    dialog p {
      margin: var(--gov-space-3, 0.75rem) 0;
    }
    .qr {
      display: block;
      inline-size: min(60vw, 12rem);
      block-size: auto;
      margin-inline: auto;
    }
    @media (forced-colors: active) {
      a,
      button,
      dialog {
        border-color: ButtonText;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
