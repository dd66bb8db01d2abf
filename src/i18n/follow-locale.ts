import { msg } from '@lit/localize';
import { announce } from '../base/announcer.js';
import { drawn, nextFrame } from '../base/focus.js';
import type { PreferencesStore } from '../preferences/store.js';
import { getLocale, setLocale, type Locale, type Localization } from './localization.js';

export type { Localization };

/**
 * The store's locale is the one source of truth for the kit's strings: this
 * loads them whenever it changes. The strings and every `lang` the kit
 * declares change together, once the strings have arrived (the elements
 * render `getLocale()`). A locale that fails to load leaves the previous
 * language in full: the store goes back to it and the failure is announced in
 * it. A change after start-up is announced in the new language once shown.
 */
/**
 * Resolves once every element on the page has drawn its new strings (the top
 * bar's row refitted too) and a frame has passed. Screen readers drop what
 * comes in the same burst as those changes: Orca with Firefox threw the
 * announcement away with the flood of events the top bar's redraw sends.
 */
async function pageSettled(): Promise<void> {
  await drawn(document);
  await nextFrame();
}

export function followLocale(store: PreferencesStore, localization: Localization = { getLocale, setLocale }): void {
  let started = false;
  const follow = async (): Promise<void> => {
    const wanted = store.values.locale;
    const shown = localization.getLocale() as Locale;
    const announced = started;
    started = true;
    if (wanted === shown) return;
    try {
      await localization.setLocale(wanted);
    } catch {
      // A failed load may leave that locale "loading" (@lit/localize does): asking for the shown one again resets it, so a retry loads anew.
      await localization.setLocale(shown).catch(() => undefined);
      if (store.values.locale === wanted) store.set({ locale: shown });
      announce(msg('语言加载失败,仍使用原来的语言', { desc: 'Announcement when the chosen language could not be loaded (offline, say); the page keeps its language' }));
      return;
    }
    if (!announced) return;
    await pageSettled();
    if (store.values.locale === wanted) announce(msg('语言已切换', { desc: 'Announcement after the page language changed' }));
  };
  store.subscribe((event) => {
    if (event.changed.has('locale')) void follow();
  });
  void follow();
}
