/**
 * The look of the elements the aids add to the page: the guide lines of
 * 十字线, the caption bar of 大字幕 and the sentence 连读 is reading. It loads
 * with the toolbar, as a constructed stylesheet adopted by the document
 * (allowed under a strict style-src policy); what must hold from the first
 * paint (cursors, reserved space, the text-only view) is in themes/aids.css.
 */
const css = `
[data-gov-aid="guide"] > * {
  position: fixed;
  z-index: 2147483000;
  pointer-events: none;
  background: var(--gov-color-focus);
  box-shadow: 0 0 0 1px var(--gov-color-focus-halo);
}
.gov-guide-h { inset-inline: 0; top: 0; block-size: 2px; transform: translateY(var(--gov-guide-y)); }
.gov-guide-v { inset-block: 0; left: 0; inline-size: 2px; transform: translateX(var(--gov-guide-x)); }
[data-gov-aid="caption"] {
  position: fixed;
  inset-inline: 0;
  bottom: 0;
  z-index: 2147483000;
  box-sizing: border-box;
  block-size: var(--gov-caption-block-size);
  padding: var(--gov-space-2) var(--gov-space-4);
  overflow: hidden;
  background: var(--gov-color-text);
  color: var(--gov-color-bg);
  font-size: var(--gov-caption-font-size);
  line-height: 1.3;
  pointer-events: none;
}
::highlight(gov-speech) { background-color: var(--gov-color-selected-bg); color: var(--gov-color-selected-text); }
.gov-aid-speaking { outline: 3px solid var(--gov-color-focus); outline-offset: 2px; }
@media (forced-colors: active) {
  [data-gov-aid="guide"] > * { forced-color-adjust: none; background: CanvasText; box-shadow: none; }
  [data-gov-aid="caption"] { background: Canvas; color: CanvasText; border-top: 2px solid CanvasText; }
}
@media print { [data-gov-aid] { display: none; } }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the aids' stylesheet to the document once. */
export function adoptAidStyles(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
