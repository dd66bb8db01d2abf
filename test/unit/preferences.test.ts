import { PreferencesStore, PreferencesChangeEvent } from '../../src/preferences/store.js';
import { defaults, preferenceKeys, type Preferences } from '../../src/preferences/schema.js';
import { parseStored, readStored, writeStored, storageKey, storageVersion, browserStorage } from '../../src/preferences/storage.js';
import { readUrlOverrides } from '../../src/preferences/url.js';
import { matchLocale, type Locale } from '../../src/i18n/localization.js';
import { expect } from './helpers.js';

/** An in-memory Storage; `failWith` makes every call throw, like private mode or a sandboxed iframe. */
class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  failWith: Error | null = null;
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    if (this.failWith) throw this.failWith;
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    if (this.failWith) throw this.failWith;
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.data.set(key, value);
  }
}

/** Records console.warn calls while `run` runs. */
async function warnings(run: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Media queries the test switches on and off, standing in for the operating system. */
class FakeMedia {
  private readonly lists = new Map<string, MediaQueryList & { matches: boolean }>();
  matchMedia = (query: string): MediaQueryList => {
    let list = this.lists.get(query);
    if (!list) {
      list = Object.assign(new EventTarget(), { matches: false, media: query, onchange: null, addListener() {}, removeListener() {} }) as unknown as MediaQueryList & { matches: boolean };
      this.lists.set(query, list);
    }
    return list;
  };
  set(query: string, matches: boolean): void {
    const list = this.matchMedia(query) as MediaQueryList & { matches: boolean };
    list.matches = matches;
    list.dispatchEvent(new Event('change'));
  }
}

const stores: PreferencesStore[] = [];
function makeStore(
  options: { storage?: Storage | null; search?: string; media?: FakeMedia; pageLocale?: Locale } = {},
): { store: PreferencesStore; root: HTMLElement } {
  const root = document.createElement('div');
  root.lang = 'zh-CN';
  const store = new PreferencesStore({
    storage: options.storage ?? new MemoryStorage(),
    search: options.search ?? '',
    root,
    ...(options.media ? { matchMedia: options.media.matchMedia } : {}),
    ...(options.pageLocale ? { pageLocale: options.pageLocale } : {}),
  });
  stores.push(store);
  return { store, root };
}

const stored = (values: unknown, version = storageVersion): string => JSON.stringify({ version, values });

describe('preferences store', () => {
  afterEach(() => {
    for (const store of stores.splice(0)) store.disconnect();
  });

  it('starts from the defaults and applies them to its root', () => {
    const { store, root } = makeStore();
    expect(store.values).to.deep.equal(defaults);
    expect(root.getAttribute('data-gov-font-step')).to.equal('medium');
    expect(root.hasAttribute('data-gov-elder')).to.be.false;
    expect(root.hasAttribute('data-gov-scheme')).to.be.false;
    expect(root.style.getPropertyValue('--gov-zoom')).to.equal('');
  });

  it('holds and applies every preference', () => {
    const storage = new MemoryStorage();
    const { store, root } = makeStore({ storage });
    const all: Preferences = {
      fontStep: 'large',
      elder: true,
      scheme: 'black-yellow',
      zoom: 150,
      largeCursor: true,
      readingGuide: true,
      captionBar: true,
      textOnly: true,
      speech: true,
      speechMode: 'continuous',
      speechRate: 'fast',
      locale: 'en',
      toolbarOpen: true,
    };
    expect(Object.keys(all).sort()).to.deep.equal([...preferenceKeys].sort());
    store.set(all);
    expect(store.values).to.deep.equal(all);
    expect(root.getAttribute('data-gov-font-step')).to.equal('large');
    expect(root.hasAttribute('data-gov-elder')).to.be.true;
    expect(root.getAttribute('data-gov-scheme')).to.equal('black-yellow');
    expect(root.style.getPropertyValue('--gov-zoom')).to.equal('1.5');
    for (const flag of ['large-cursor', 'reading-guide', 'caption-bar', 'text-only', 'toolbar-open']) {
      expect(root.hasAttribute(`data-gov-${flag}`), flag).to.be.true;
    }
    // The interface language is the kit's strings' own: the page keeps the language it was published in.
    expect(root.lang).to.equal('zh-CN');
    expect(JSON.parse(storage.getItem(storageKey)!)).to.deep.equal({ version: storageVersion, values: all });
  });

  it('restores everything exactly when a mode is left', () => {
    const { store, root } = makeStore();
    store.set({ zoom: 120, fontStep: 'small' });
    const before = root.outerHTML;
    store.set({ elder: true, scheme: 'blue-yellow' });
    expect(root.outerHTML).not.to.equal(before);
    store.set({ elder: false, scheme: 'default' });
    expect(root.outerHTML).to.equal(before);
  });

  it("never writes the page's lang or dir, whatever the interface language", () => {
    const { store, root } = makeStore();
    store.set({ locale: 'mn-Mong' });
    expect(root.lang).to.equal('zh-CN');
    expect(root.hasAttribute('dir')).to.be.false;
    store.set({ locale: 'en' });
    expect(root.lang).to.equal('zh-CN');
  });

  it("speaks the page's own language to a visitor who has chosen none, and keeps a chosen one on every page", () => {
    const storage = new MemoryStorage();
    // An English page: English controls by default, and nothing is stored for it.
    const english = makeStore({ storage, pageLocale: 'en' }).store;
    expect(english.values.locale).to.equal('en');
    english.set({ elder: true });
    expect(JSON.parse(storage.getItem(storageKey)!).values).to.deep.equal({ elder: true });
    english.disconnect();
    // On a Chinese page the same visitor, who chose no language, gets Chinese controls.
    const chinese = makeStore({ storage }).store;
    expect(chinese.values.locale).to.equal('zh-Hans');
    chinese.set({ locale: 'en' });
    chinese.disconnect();
    // Chosen English is kept on the English page, where it is the default, through any later write…
    const back = makeStore({ storage, pageLocale: 'en' }).store;
    back.set({ fontStep: 'large' });
    expect(JSON.parse(storage.getItem(storageKey)!).values).to.deep.equal({ elder: true, locale: 'en', fontStep: 'large' });
    back.disconnect();
    // …so the next Chinese page still has English controls; 重置 forgets the choice.
    const again = makeStore({ storage }).store;
    expect(again.values.locale).to.equal('en');
    again.reset();
    expect(again.values.locale).to.equal('zh-Hans');
    expect(storage.getItem(storageKey)).to.equal(null);
  });

  it('rejects junk passed in, keeping valid values, with one warning', async () => {
    const { store } = makeStore();
    const seen = await warnings(() =>
      store.set({ zoom: 250, scheme: 'neon', elder: 'yes', fontStep: 'large', bogus: 1 } as unknown as Partial<Preferences>),
    );
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include('zoom=250').and.include('scheme="neon"').and.include('elder="yes"').and.include('bogus');
    expect(store.values.zoom).to.equal(100);
    expect(store.values.scheme).to.equal('default');
    expect(store.values.elder).to.be.false;
    expect(store.values.fontStep).to.equal('large');
  });

  it('accepts zoom from 100 to 200 % in 10 % steps only', () => {
    const { store } = makeStore();
    for (const zoom of [100, 110, 150, 200]) {
      store.set({ zoom });
      expect(store.values.zoom).to.equal(zoom);
    }
    for (const zoom of [90, 210, 115, 1.5, Number.NaN]) {
      store.set({ zoom });
      expect(store.values.zoom, String(zoom)).to.equal(200);
    }
  });

  it('notifies subscribers with the changed keys, and not for no-op writes', () => {
    const { store } = makeStore();
    const events: PreferencesChangeEvent[] = [];
    const stop = store.subscribe((event) => events.push(event));
    store.set({ elder: true });
    store.set({ elder: true });
    expect(events).to.have.length(1);
    expect([...events[0]!.changed]).to.deep.equal(['elder']);
    stop();
    store.set({ elder: false });
    expect(events).to.have.length(1);
  });

  it('resets every preference to its default and clears storage', () => {
    const storage = new MemoryStorage();
    const { store } = makeStore({ storage });
    store.set({ elder: true, zoom: 180, largeCursor: true });
    store.reset();
    expect(store.values).to.deep.equal(defaults);
    expect(storage.getItem(storageKey)).to.be.null;
  });

  it('survives a reload: a new store reads what the last one saved', () => {
    const storage = new MemoryStorage();
    makeStore({ storage }).store.set({ elder: true, scheme: 'yellow-black' });
    const { store, root } = makeStore({ storage });
    expect(store.values.elder).to.be.true;
    expect(store.values.scheme).to.equal('yellow-black');
    expect(root.getAttribute('data-gov-scheme')).to.equal('yellow-black');
  });

  describe('corrupt or foreign storage', () => {
    const cases: [string, string][] = [
      ['invalid JSON', '{not json'],
      ['a bare string', '"elder"'],
      ['null', 'null'],
      ['an array', '[1,2]'],
      ['no version', JSON.stringify({ values: { elder: true } })],
      ['a newer version', stored({ elder: true }, storageVersion + 1)],
    ];
    for (const [name, raw] of cases) {
      it(`falls back to the defaults for ${name}, with one warning`, async () => {
        const storage = new MemoryStorage();
        storage.setItem(storageKey, raw);
        let store!: PreferencesStore;
        const seen = await warnings(() => ({ store } = makeStore({ storage })));
        expect(seen, seen.join('\n')).to.have.length(1);
        expect(store.values).to.deep.equal(defaults);
      });
    }

    it('keeps the valid entries of a partly bad value', async () => {
      const storage = new MemoryStorage();
      storage.setItem(storageKey, stored({ elder: true, zoom: '200', scheme: 'black-yellow', speechRate: 9 }));
      let store!: PreferencesStore;
      const seen = await warnings(() => ({ store } = makeStore({ storage })));
      expect(seen).to.have.length(1);
      expect(store.values.elder).to.be.true;
      expect(store.values.scheme).to.equal('black-yellow');
      expect(store.values.zoom).to.equal(100);
      expect(store.values.speechRate).to.equal('normal');
    });
  });

  describe('storage that fails', () => {
    it('keeps working in memory when every storage call throws', async () => {
      const storage = new MemoryStorage();
      storage.failWith = new DOMException('The operation is insecure.', 'SecurityError');
      const { store, root } = makeStore({ storage });
      expect(store.values).to.deep.equal(defaults);
      store.set({ elder: true });
      expect(store.values.elder).to.be.true;
      expect(root.hasAttribute('data-gov-elder')).to.be.true;
    });

    it('keeps working in memory when storage is full', () => {
      const storage = new MemoryStorage();
      const { store } = makeStore({ storage });
      storage.failWith = new DOMException('Quota exceeded', 'QuotaExceededError');
      expect(writeStored(storage, { elder: true })).to.be.false;
      store.set({ zoom: 130 });
      expect(store.values.zoom).to.equal(130);
    });

    it('works with no storage at all', () => {
      const { store } = makeStore({ storage: null });
      store.set({ textOnly: true });
      expect(store.values.textOnly).to.be.true;
      expect(readStored(null)).to.deep.equal({});
      expect(writeStored(null, { textOnly: true })).to.be.false;
    });

    it('reads as no storage when touching localStorage throws', () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        expect(browserStorage()).to.be.null;
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
      }
      expect(browserStorage()).to.equal(window.localStorage);
    });
  });

  describe('migration', () => {
    it('upgrades stored values version by version', () => {
      const table = {
        1: (values: Record<string, unknown>) => ({ ...values, zoom: Number(values['textZoom']) }),
        2: (values: Record<string, unknown>) => ({ ...values, elder: values['seniorMode'] === 'on' }),
      };
      const raw = JSON.stringify({ version: 1, values: { textZoom: '150', seniorMode: 'on' } });
      const seen: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => seen.push(args.join(' '));
      let patch: Partial<Preferences>;
      try {
        patch = parseStored(raw, 3, table);
      } finally {
        console.warn = original;
      }
      expect(patch.zoom).to.equal(150);
      expect(patch.elder).to.be.true;
      // The old keys are not preferences any more: reported once, then dropped.
      expect(seen).to.have.length(1);
      expect(seen[0]).to.include('textZoom');
    });

    it('falls back to defaults when a step of the path is missing', async () => {
      const raw = JSON.stringify({ version: 1, values: { elder: true } });
      let patch: Partial<Preferences> = {};
      const seen = await warnings(() => (patch = parseStored(raw, 3, { 2: (v) => v })));
      expect(patch).to.deep.equal({});
      expect(seen[0]).to.include('no migration from stored preferences version 1');
    });
  });

  describe('tab sync', () => {
    it('takes over what another tab saved, without writing back', () => {
      const storage = new MemoryStorage();
      const { store, root } = makeStore({ storage });
      const changes: string[] = [];
      store.subscribe((event) => changes.push(...event.changed));
      const newValue = stored({ elder: true, scheme: 'white-black' });
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue }));
      expect(store.values.elder).to.be.true;
      expect(store.values.scheme).to.equal('white-black');
      expect(root.getAttribute('data-gov-scheme')).to.equal('white-black');
      expect(changes.sort()).to.deep.equal(['elder', 'scheme']);
      expect(storage.getItem(storageKey)).to.be.null;
    });

    it('returns to defaults when another tab clears storage, and ignores other keys', () => {
      const { store } = makeStore();
      store.set({ elder: true });
      window.dispatchEvent(new StorageEvent('storage', { key: 'some-other-key', newValue: 'x' }));
      expect(store.values.elder).to.be.true;
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      expect(store.values.elder).to.be.false;
    });

    it('ignores corrupt values from another tab', async () => {
      const { store } = makeStore();
      store.set({ zoom: 140 });
      const seen = await warnings(() => window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: '{oops' })));
      expect(seen).to.have.length(1);
      expect(store.values).to.deep.equal(defaults);
    });
  });

  describe('URL overrides', () => {
    it('reads ?elder=1, ?scheme= and ?lang=', () => {
      expect(readUrlOverrides('?elder=1&scheme=blue-yellow&lang=mn-Mong')).to.deep.equal({ elder: true, scheme: 'blue-yellow', locale: 'mn-Mong' });
      expect(readUrlOverrides('?elder=0')).to.deep.equal({ elder: false });
      expect(readUrlOverrides('?elder=true')).to.deep.equal({ elder: true });
      expect(readUrlOverrides('')).to.deep.equal({});
    });

    it('ignores invalid overrides with one warning; an unknown locale stays zh-Hans', async () => {
      let patch: Partial<Preferences> = {};
      const seen = await warnings(() => (patch = readUrlOverrides('?elder=maybe&scheme=<script>&lang=xx')));
      expect(patch).to.deep.equal({});
      expect(seen).to.have.length(1);
      const { store } = makeStore({ search: '?lang=xx' });
      expect(store.values.locale).to.equal('zh-Hans');
    });

    it('override stored values and persist', () => {
      const storage = new MemoryStorage();
      storage.setItem(storageKey, stored({ scheme: 'black-yellow' }));
      const { store } = makeStore({ storage, search: '?elder=1&scheme=yellow-black' });
      expect(store.values.elder).to.be.true;
      expect(store.values.scheme).to.equal('yellow-black');
      expect(JSON.parse(storage.getItem(storageKey)!).values).to.deep.equal({ elder: true, scheme: 'yellow-black' });
    });
  });

  describe('operating system', () => {
    it('lets forced colours win over the kit schemes, and keeps the choice for later', () => {
      const media = new FakeMedia();
      const { store, root } = makeStore({ media });
      store.set({ scheme: 'black-yellow' });
      const changes: string[] = [];
      store.subscribe((event) => changes.push(...event.changed));
      media.set('(forced-colors: active)', true);
      expect(root.hasAttribute('data-gov-scheme')).to.be.false;
      expect(store.system.forcedColors).to.be.true;
      expect(changes).to.deep.equal(['system']);
      expect(store.values.scheme).to.equal('black-yellow');
      media.set('(forced-colors: active)', false);
      expect(root.getAttribute('data-gov-scheme')).to.equal('black-yellow');
    });

    it("reads the window's media queries by default", () => {
      const media = new FakeMedia();
      media.set('(forced-colors: active)', true);
      const original = window.matchMedia;
      window.matchMedia = media.matchMedia;
      try {
        const { store } = makeStore();
        expect(store.system.forcedColors).to.be.true;
      } finally {
        window.matchMedia = original;
      }
    });

    it('stops following the system once disconnected', () => {
      const media = new FakeMedia();
      const { store, root } = makeStore({ media });
      store.set({ scheme: 'black-yellow' });
      store.disconnect();
      media.set('(forced-colors: active)', true);
      expect(store.system.forcedColors).to.be.false;
      expect(root.getAttribute('data-gov-scheme')).to.equal('black-yellow');
    });
  });
});

describe('matchLocale', () => {
  it("maps language tags to the kit's locales, and other languages and scripts to none", () => {
    const cases: [string, Locale | undefined][] = [
      ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-Hans-CN', 'zh-Hans'], ['ZH-sg', 'zh-Hans'],
      ['zh-TW', undefined], ['zh-Hant', undefined], ['zh-HK', undefined],
      ['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'],
      ['mn-Mong', 'mn-Mong'], ['mn-Mong-CN', 'mn-Mong'], ['mn-CN', 'mn-Mong'],
      ['mn', undefined], ['mn-MN', undefined], ['mn-Cyrl', undefined],
      ['', undefined], ['x-default', undefined], ['eng', undefined],
    ];
    for (const [tag, locale] of cases) expect(matchLocale(tag), tag).to.equal(locale);
    expect(matchLocale(null)).to.equal(undefined);
  });
});
