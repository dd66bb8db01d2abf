/**
 * The elements the demo page and the one-file embed define at once, and the
 * page set-up: the preferences store applies the visitor's modes to the root,
 * and the locale follows the store.
 */
import { GovSkipLink } from './components/gov-skip-link/gov-skip-link.js';
import { GovElderToggle } from './components/gov-elder-toggle/gov-elder-toggle.js';
import { GovFontSize } from './components/gov-font-size/gov-font-size.js';
import { GovLanguageSwitcher } from './components/gov-language-switcher/gov-language-switcher.js';
import { GovA11yToggle } from './components/gov-a11y-toggle/gov-a11y-toggle.js';
import { GovTopBar } from './components/gov-top-bar/gov-top-bar.js';
import { GovDeptMenu } from './components/gov-dept-menu/gov-dept-menu.js';
import { GovHeader } from './components/gov-header/gov-header.js';
import { GovMainNav } from './components/gov-main-nav/gov-main-nav.js';
import { GovBreadcrumb } from './components/gov-breadcrumb/gov-breadcrumb.js';
import { GovRelatedSites } from './components/gov-related-sites/gov-related-sites.js';
import { GovBackToTop } from './components/gov-back-to-top/gov-back-to-top.js';
import { pagePreferences } from './preferences/store.js';
import { getLocale, setLocale } from './i18n/localization.js';
import { liveRegion } from './base/announcer.js';

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
  liveRegion();
  // The host's own pixel-sized text follows elder mode and zoom through a layer loaded only while one is on.
  let hostText: Promise<void> | undefined;
  const followHostText = (): void => {
    const { elder, zoom } = preferences.values;
    if (!hostText && (elder || zoom !== 100)) hostText = import('./preferences/host-text.js').then((layer) => layer.followHostText(preferences));
  };
  preferences.subscribe(followHostText);
  followHostText();

  GovSkipLink.define('gov-skip-link');
  GovElderToggle.define('gov-elder-toggle');
  GovFontSize.define('gov-font-size');
  GovLanguageSwitcher.define('gov-language-switcher');
  GovA11yToggle.define('gov-a11y-toggle');
}

/** Defines the navigation elements: top bar, department menu, header, main navigation, breadcrumb, related sites and 返回顶部. */
export function defineNavigation(): void {
  GovTopBar.define('gov-top-bar');
  GovDeptMenu.define('gov-dept-menu');
  GovHeader.define('gov-header');
  GovMainNav.define('gov-main-nav');
  GovBreadcrumb.define('gov-breadcrumb');
  GovRelatedSites.define('gov-related-sites');
  GovBackToTop.define('gov-back-to-top');
}
