/**
 * The one-file embed: defines every element and applies the theme tokens to
 * the host document, so a ministry page needs only one script tag.
 */
import themes from '../themes/index.css?inline';
import './page.js';

const sheetKey = Symbol.for('gov-portal-kit.themes');
const registry = globalThis as typeof globalThis & { [sheetKey]?: CSSStyleSheet };

if (!registry[sheetKey]) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themes);
  registry[sheetKey] = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
