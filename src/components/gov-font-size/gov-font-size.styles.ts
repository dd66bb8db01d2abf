import { css } from 'lit';
import { outlinedControl } from '../../base/shared.styles.js';

export const styles = [
  outlinedControl('label'),
  css`
  :host {
    display: inline-block;
  }
  fieldset {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--gov-space-1, 0.25rem);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    float: inline-start;
    margin-inline-end: var(--gov-space-1, 0.25rem);
    padding: 0;
  }
  legend::after {
    content: ":";
  }
  label {
    position: relative;
  }
  /* The native radio stays focusable and announced; the label draws the choice. */
  input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: var(--gov-cursor-pointer, pointer);
  }
  label:has(input:checked) {
    border-color: var(--gov-color-selected-bg, #0b3d91);
    background: var(--gov-color-selected-bg, #0b3d91);
    color: var(--gov-color-selected-text, #fff);
    font-weight: 700;
  }
  label:has(input:focus-visible) {
    outline: var(--gov-focus-width, 3px) solid var(--gov-color-focus, #0b3d91);
    outline-offset: var(--gov-focus-offset, 2px);
    box-shadow: 0 0 0 calc(var(--gov-focus-offset, 2px) + var(--gov-focus-width, 3px) + 2px) var(--gov-color-focus-halo, #ffd34d);
  }
  @media (forced-colors: active) {
    label:has(input:checked) {
      border: 3px solid Highlight;
    }
    label:has(input:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`,
];
