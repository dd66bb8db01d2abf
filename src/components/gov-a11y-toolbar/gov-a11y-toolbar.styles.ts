/** The toolbar's look, adopted by its shadow root (GovElement.createRenderRoot). */
export const css = `
/* The kit's focus ring (themes/page.css), inside the shadow root: a solid ring plus a halo, 3:1 on any background. */
:focus-visible {
  outline: var(--gov-focus-width, 3px) solid var(--gov-color-focus, #0b3d91);
  outline-offset: var(--gov-focus-offset, 2px);
  box-shadow: 0 0 0 calc(var(--gov-focus-offset, 2px) + var(--gov-focus-width, 3px) + 2px) var(--gov-color-focus-halo, #ffd34d);
}
@media (forced-colors: active) {
  :focus-visible {
    outline-color: Highlight;
    box-shadow: none;
  }
}
:host {
  display: block;
}
.wrap {
  background: var(--gov-color-surface, #f2f5f9);
  color: var(--gov-color-text, #1a1a1a);
  border-block-end: 2px solid var(--gov-color-accent, #0b3d91);
}
.bar {
  box-sizing: border-box;
  max-inline-size: var(--gov-content-max, 75rem);
  margin-inline: auto;
  padding: var(--gov-space-2, 0.5rem) var(--gov-space-4, 1rem);
}
[role='toolbar'] {
  display: flex;
  flex-wrap: wrap;
  gap: var(--gov-space-1, 0.25rem);
}
button {
  box-sizing: border-box;
  min-inline-size: var(--gov-target-min, 2.75rem);
  min-block-size: var(--gov-target-primary, 2.75rem);
  padding: 0 var(--gov-space-3, 0.75rem);
  border: 1px solid var(--gov-color-border, #b8c2d0);
  border-radius: var(--gov-radius, 0.25rem);
  background: var(--gov-color-control-bg, #fff);
  color: var(--gov-color-control-text, #0b3d91);
  font: inherit;
  cursor: var(--gov-cursor-pointer, pointer);
}
button[aria-pressed='true'] {
  background: var(--gov-color-selected-bg, #0b3d91);
  color: var(--gov-color-selected-text, #fff);
  font-weight: 700;
}
button[aria-disabled='true'] {
  border-style: dashed;
  color: var(--gov-color-text-muted, #595959);
  cursor: not-allowed;
}
.note {
  margin: var(--gov-space-1, 0.25rem) 0 0;
  font-size: var(--gov-font-size-small, 0.875rem);
}
dialog {
  box-sizing: border-box;
  max-inline-size: min(40rem, calc(100vw - 2rem));
  max-block-size: calc(100vh - 2rem);
  padding: var(--gov-space-5, 1.5rem);
  border: 2px solid var(--gov-color-accent, #0b3d91);
  background: var(--gov-color-bg, #fff);
  color: var(--gov-color-text, #1a1a1a);
}
dialog::backdrop {
  background: rgb(0 0 0 / 0.5);
}
dialog .close {
  position: absolute;
  inset-block-start: var(--gov-space-2, 0.5rem);
  inset-inline-end: var(--gov-space-2, 0.5rem);
}
h2 {
  margin-block-start: 0;
  padding-inline-end: 5em;
  font-size: var(--gov-font-size-h2, 1.25rem);
}
table {
  border-collapse: collapse;
  inline-size: 100%;
}
/* The browser's own value, stated: it stops Chromium keeping a media query per style change (themes/page.css). */
thead {
  break-inside: auto;
}
th,
td {
  padding: var(--gov-space-1, 0.25rem) var(--gov-space-2, 0.5rem);
  border-block-end: 1px solid var(--gov-color-border, #b8c2d0);
  text-align: start;
}
kbd {
  font: inherit;
  white-space: nowrap;
}
@media (forced-colors: active) {
  .wrap {
    border-color: CanvasText;
  }
  button {
    border-color: ButtonText;
  }
  /* System colours win, so the pressed state shows as a thick border and underline. */
  button[aria-pressed='true'] {
    border-width: 3px;
    text-decoration: underline;
  }
  button[aria-disabled='true'] {
    color: GrayText;
  }
}
`;
