/**
 * The page set-up, once per page, whichever element is defined first: the
 * preferences store applies the visitor's modes to the root, the kit's
 * strings follow the store's locale, the live region exists before anything
 * is announced, and the host's own pixel-sized text follows elder mode and
 * zoom through a layer loaded only while one of them is on (ADR 0009).
 */
import { pagePreferences, type PreferencesStore } from './preferences/store.js';
import { liveRegion } from './base/announcer.js';
import { followLocale } from './i18n/follow-locale.js';
import { first } from './base/shared.js';

export function setUpPage(): PreferencesStore {
  const preferences = pagePreferences();
  // A second copy of the kit on the page shares the first one's store, locale and live region.
  if (!first('page-set-up')) return preferences;
  followLocale(preferences);
  liveRegion();
  let hostText: Promise<void> | undefined;
  const followHostText = (): void => {
    const { elder, zoom } = preferences.values;
    if (!hostText && (elder || zoom !== 100)) hostText = import('./preferences/host-text.js').then((layer) => layer.followHostText(preferences));
  };
  preferences.subscribe(followHostText);
  followHostText();
  return preferences;
}
