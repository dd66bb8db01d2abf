/**
 * Defines every gov-portal-kit element. Importing this module twice, or
 * loading it next to another copy of the kit, defines nothing twice.
 */
import { GovSkipLink } from './components/gov-skip-link/gov-skip-link.js';
import { GovBackToTop } from './components/gov-back-to-top/gov-back-to-top.js';

export { GovElement } from './base/gov-element.js';
export { GovToggleEvent } from './base/events.js';
export { getLocale, setLocale } from './i18n/localization.js';
export { GovSkipLink, GovBackToTop };

GovSkipLink.define('gov-skip-link');
GovBackToTop.define('gov-back-to-top');

declare global {
  interface HTMLElementTagNameMap {
    'gov-skip-link': GovSkipLink;
    'gov-back-to-top': GovBackToTop;
  }
}
