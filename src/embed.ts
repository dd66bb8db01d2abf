/**
 * The one-file embed: defines every element and applies the theme tokens to
 * the host document, so a ministry page needs only one script tag.
 */
import themes from '../themes/index.css?inline';
import { shared } from './base/shared.js';
import './page.js';

// Adopted once, by the first copy of the embed on the page.
shared('themes', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themes);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
});
