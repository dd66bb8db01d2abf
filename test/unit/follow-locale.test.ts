import { PreferencesStore } from '../../src/preferences/store.js';
import { followLocale, type Localization } from '../../src/i18n/follow-locale.js';
import type { Locale } from '../../src/i18n/localization.js';
import { liveRegion } from '../../src/base/announcer.js';
import '../../src/index.js';
import { aTimeout, expect, waitUntil } from './helpers.js';

/** A stand-in for @lit/localize: each load waits until the test settles it, like a network request. */
class FakeLocalization implements Localization {
  shown: Locale = 'zh-Hans';
  loading: { locale: Locale; resolve(): void; reject(error: Error): void }[] = [];
  getLocale = (): string => this.shown;
  setLocale = (locale: Locale): Promise<void> =>
    locale === this.shown
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          this.loading.push({
            locale,
            resolve: () => {
              this.shown = locale;
              resolve();
            },
            reject,
          });
        });
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const stores: PreferencesStore[] = [];
function store(): PreferencesStore {
  const made = new PreferencesStore({ storage: null, search: '', root: document.createElement('div'), syncTabs: false });
  stores.push(made);
  return made;
}

describe('the store’s locale drives the kit’s strings (follow-locale)', () => {
  afterEach(() => {
    for (const made of stores.splice(0)) made.disconnect();
  });

  it('loads the chosen locale; the strings change only once it has arrived, and the change is announced', async () => {
    const preferences = store();
    const localization = new FakeLocalization();
    followLocale(preferences, localization);
    expect(localization.loading, 'nothing to load at start').to.have.length(0);
    preferences.set({ locale: 'mn-Mong' });
    await tick();
    expect(localization.loading.map((load) => load.locale)).to.deep.equal(['mn-Mong']);
    expect(localization.getLocale(), 'still the old strings while loading').to.equal('zh-Hans');
    localization.loading[0]!.resolve();
    await tick();
    expect(localization.getLocale()).to.equal('mn-Mong');
    await waitUntil(() => liveRegion().textContent !== '', 'announced');
  });

  it('announces the change once every element has drawn the new strings, not in the same burst', async () => {
    // Orca with Firefox dropped the announcement among the events of the top bar's redraw.
    let finish!: () => void;
    const drawing = Object.assign(document.createElement('div'), { updateComplete: new Promise<void>((resolve) => (finish = resolve)) });
    document.body.append(drawing);
    try {
      const preferences = store();
      const localization = new FakeLocalization();
      followLocale(preferences, localization);
      liveRegion().textContent = '';
      preferences.set({ locale: 'en' });
      await tick();
      localization.loading[0]!.resolve();
      await aTimeout(200);
      expect(liveRegion().textContent, 'nothing announced while an element is still drawing').to.equal('');
      finish();
      await waitUntil(() => liveRegion().textContent !== '', 'announced once it has drawn');
    } finally {
      drawing.remove();
    }
  });

  it('keeps the previous language in full when the new one fails to load, and says so', async () => {
    const preferences = store();
    const localization = new FakeLocalization();
    followLocale(preferences, localization);
    preferences.set({ locale: 'en' });
    await tick();
    localization.loading[0]!.reject(new Error('offline'));
    await waitUntil(() => preferences.values.locale === 'zh-Hans', 'the store goes back to the language shown');
    expect(localization.getLocale()).to.equal('zh-Hans');
    await waitUntil(() => liveRegion().textContent === '语言加载失败,仍使用原来的语言', 'the failure is announced in the language shown');
    // A retry loads anew.
    localization.loading = [];
    preferences.set({ locale: 'en' });
    await tick();
    expect(localization.loading.map((load) => load.locale)).to.deep.equal(['en']);
  });

  it('does not announce the language a returning visitor stored', async () => {
    const region = liveRegion();
    region.textContent = '';
    const preferences = new PreferencesStore({ storage: null, search: '?lang=en', root: document.createElement('div'), syncTabs: false });
    stores.push(preferences);
    const localization = new FakeLocalization();
    followLocale(preferences, localization);
    await tick();
    localization.loading[0]!.resolve();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(localization.getLocale()).to.equal('en');
    expect(region.textContent).to.equal('');
  });
});
