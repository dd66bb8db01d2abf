/**
 * The elements the demo page and the one-file embed define, and the page
 * set-up: the preferences store applies the visitor's modes to the root, and
 * the locale follows the store. The navigation elements (top bar, department
 * menu, header, main navigation, breadcrumb, related sites) are in the npm
 * library but not yet here: with them the first load is over its budget.
 */
import { GovSkipLink } from './components/gov-skip-link/gov-skip-link.js';
import { GovElderToggle } from './components/gov-elder-toggle/gov-elder-toggle.js';
import { GovFontSize } from './components/gov-font-size/gov-font-size.js';
import { GovLanguageSwitcher } from './components/gov-language-switcher/gov-language-switcher.js';
import { GovA11yToggle } from './components/gov-a11y-toggle/gov-a11y-toggle.js';
import { pagePreferences } from './preferences/store.js';
import { getLocale, setLocale } from './i18n/localization.js';

let defined = false;

/** Defines the core elements and sets the page up; later calls do nothing. */
export function defineCore(): void {
  if (defined) return;
  defined = true;
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
  GovElderToggle.define('gov-elder-toggle');
  GovFontSize.define('gov-font-size');
  GovLanguageSwitcher.define('gov-language-switcher');
  GovA11yToggle.define('gov-a11y-toggle');
}
