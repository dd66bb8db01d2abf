/**
 * Defines every gov-portal-kit element. Importing this module twice, or
 * loading it next to another copy of the kit, defines nothing twice.
 */
import { GovSkipLink } from './components/gov-skip-link/gov-skip-link.js';
import { GovBackToTop } from './components/gov-back-to-top/gov-back-to-top.js';
import { GovElderToggle } from './components/gov-elder-toggle/gov-elder-toggle.js';
import { GovFontSize } from './components/gov-font-size/gov-font-size.js';
import { pagePreferences } from './preferences/store.js';
import { getLocale, setLocale } from './i18n/localization.js';

export { GovElement } from './base/gov-element.js';
export { GovToggleEvent } from './base/events.js';
export { getLocale, setLocale };
export { PreferencesStore, PreferencesChangeEvent, pagePreferences } from './preferences/store.js';
export { PreferencesController } from './preferences/controller.js';
export type { Preferences, FontStep, Scheme, SpeechMode, SpeechRate } from './preferences/schema.js';
export { announce } from './base/announcer.js';
export { GovSkipLink, GovBackToTop, GovElderToggle, GovFontSize };

// The store applies the visitor's modes to the root before any element renders.
const preferences = pagePreferences();
const followLocale = (): void => {
  if (getLocale() !== preferences.values.locale) void setLocale(preferences.values.locale);
};
preferences.subscribe((event) => {
  if (event.changed.has('locale')) followLocale();
});
followLocale();

GovSkipLink.define('gov-skip-link');
GovBackToTop.define('gov-back-to-top');
GovElderToggle.define('gov-elder-toggle');
GovFontSize.define('gov-font-size');

declare global {
  interface HTMLElementTagNameMap {
    'gov-skip-link': GovSkipLink;
    'gov-back-to-top': GovBackToTop;
    'gov-elder-toggle': GovElderToggle;
    'gov-font-size': GovFontSize;
  }
}
