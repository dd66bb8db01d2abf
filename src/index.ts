/**
 * The npm entry: exports every element class and type, and defines every
 * element (each through its own entry in elements/, which a site can import
 * alone). Importing this module twice, or loading it next to another copy of
 * the kit, defines nothing twice.
 */
import { GovSkipLink } from './components/gov-skip-link/gov-skip-link.js';
import { GovBackToTop } from './components/gov-back-to-top/gov-back-to-top.js';
import { GovElderToggle } from './components/gov-elder-toggle/gov-elder-toggle.js';
import { GovFontSize } from './components/gov-font-size/gov-font-size.js';
import { GovLanguageSwitcher } from './components/gov-language-switcher/gov-language-switcher.js';
import { GovTopBar } from './components/gov-top-bar/gov-top-bar.js';
import { GovDeptMenu } from './components/gov-dept-menu/gov-dept-menu.js';
import { GovHeader } from './components/gov-header/gov-header.js';
import { GovMainNav } from './components/gov-main-nav/gov-main-nav.js';
import { GovBreadcrumb } from './components/gov-breadcrumb/gov-breadcrumb.js';
import { GovRelatedSites } from './components/gov-related-sites/gov-related-sites.js';
import { GovArticle } from './components/gov-article/gov-article.js';
import { GovShare } from './components/gov-share/gov-share.js';
import { GovPrintButton } from './components/gov-print-button/gov-print-button.js';
import { GovFooter } from './components/gov-footer/gov-footer.js';
import { GovA11yToggle } from './components/gov-a11y-toggle/gov-a11y-toggle.js';
import type { GovA11yToolbar } from './components/gov-a11y-toolbar/gov-a11y-toolbar.js';
import { getLocale, setLocale } from './i18n/localization.js';
import './elements/gov-skip-link.js';
import './elements/gov-top-bar.js';
import './elements/gov-a11y-toggle.js';
import './elements/gov-language-switcher.js';
import './elements/gov-header.js';
import './elements/gov-main-nav.js';
import './elements/gov-breadcrumb.js';
import './elements/gov-article.js';
import './elements/gov-related-sites.js';
import './elements/gov-footer.js';
import './elements/gov-back-to-top.js';

export { GovElement } from './base/gov-element.js';
export { GovToggleEvent } from './base/events.js';
export { getLocale, setLocale };
export { PreferencesStore, PreferencesChangeEvent, pagePreferences } from './preferences/store.js';
export { PreferencesController } from './preferences/controller.js';
export type { Preferences, FontStep, Scheme, SpeechMode, SpeechRate } from './preferences/schema.js';
export { announce } from './base/announcer.js';
export { GovSkipLink, GovBackToTop, GovElderToggle, GovFontSize, GovLanguageSwitcher };
export { GovTopBar, GovDeptMenu, GovHeader, GovMainNav, GovBreadcrumb, GovRelatedSites };
export type { GovLink, GovLinkGroup } from './base/links.js';
export type { MainNavItem } from './components/gov-main-nav/gov-main-nav.js';
export type { HeaderData } from './components/gov-header/gov-header.js';
export { GovArticle, GovShare, GovPrintButton, GovFooter };
export { GovA11yToggle };
export type { GovA11yToolbar };
export type { ArticleAttachment, ArticleLink } from './components/gov-article/gov-article.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-skip-link': GovSkipLink;
    'gov-back-to-top': GovBackToTop;
    'gov-elder-toggle': GovElderToggle;
    'gov-font-size': GovFontSize;
    'gov-language-switcher': GovLanguageSwitcher;
    'gov-top-bar': GovTopBar;
    'gov-dept-menu': GovDeptMenu;
    'gov-header': GovHeader;
    'gov-main-nav': GovMainNav;
    'gov-breadcrumb': GovBreadcrumb;
    'gov-related-sites': GovRelatedSites;
    'gov-article': GovArticle;
    'gov-share': GovShare;
    'gov-print-button': GovPrintButton;
    'gov-footer': GovFooter;
    'gov-a11y-toggle': GovA11yToggle;
    'gov-a11y-toolbar': GovA11yToolbar;
  }
}
