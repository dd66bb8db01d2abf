import { defaults, validatePatch, preferenceKeys, type Preferences } from './schema.js';
import { browserStorage, readStored, writeStored, storageKey, parseStored } from './storage.js';
import { readUrlOverrides } from './url.js';
import { watchSystem, type SystemPreferences } from './system.js';
import { applyToRoot } from './apply.js';
import { shared } from '../base/shared.js';
import { publishedLocale, type Locale } from '../i18n/localization.js';

/** Fired by the store after any preference or system preference changed. */
export class PreferencesChangeEvent extends Event {
  static readonly type = 'gov-preferences-change';
  constructor(readonly changed: ReadonlySet<keyof Preferences | 'system'>) {
    super(PreferencesChangeEvent.type);
  }
}

export interface StoreOptions {
  /** Where preferences persist; null keeps them in memory only. */
  storage?: Storage | null;
  /** The query string whose `elder`, `scheme` and `lang` override stored values. */
  search?: string;
  /** The element the store writes modes onto; the document root by default. */
  root?: HTMLElement;
  /** Whether to follow other tabs through the `storage` event. */
  syncTabs?: boolean;
  /** Where system media queries are read; the window's by default. */
  matchMedia?: (query: string) => MediaQueryList;
  /**
   * The interface language for a visitor who has chosen none: the page's
   * published language where the kit speaks it (an English page gets English
   * controls), else the source locale. From `<html lang>` by default.
   */
  pageLocale?: Locale;
}

/**
 * The single preferences engine: holds the visitor's choices, validates
 * every write, persists them under one versioned key, follows other tabs and
 * the operating system, and applies the result to the document root.
 */
export class PreferencesStore extends EventTarget {
  private current: Preferences;
  /** The defaults on this page: the schema's, with the page's own language as the interface language. */
  private readonly defaults: Readonly<Preferences>;
  /**
   * Whether the visitor chose the interface language. Its default differs from
   * page to page, so a chosen one is kept even where it equals this page's
   * default, and an unchosen one is never stored.
   */
  private localeChosen = false;
  private systemState: SystemPreferences;
  private readonly storage: Storage | null;
  private readonly root: HTMLElement;
  private readonly stopWatching: () => void;
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key !== storageKey && event.key !== null) return;
    // Another tab changed (or cleared) the preferences: take them over without writing back.
    const stored = parseStored(event.newValue);
    this.localeChosen = stored.locale !== undefined;
    this.replace({ ...this.defaults, ...stored });
  };

  constructor({
    storage = browserStorage(),
    search = location.search,
    root = document.documentElement,
    syncTabs = true,
    matchMedia,
    pageLocale = publishedLocale(),
  }: StoreOptions = {}) {
    super();
    this.storage = storage;
    this.root = root;
    this.defaults = { ...defaults, locale: pageLocale };
    const stored = readStored(storage);
    this.localeChosen = stored.locale !== undefined;
    this.current = { ...this.defaults, ...stored };
    const system = watchSystem((next) => {
      this.systemState = next;
      this.apply(new Set(['system']));
    }, matchMedia);
    this.systemState = system.current;
    const overrides = readUrlOverrides(search);
    if (Object.keys(overrides).length) {
      this.current = { ...this.current, ...overrides };
      this.localeChosen ||= overrides.locale !== undefined;
      this.persist();
    }
    if (syncTabs) window.addEventListener('storage', this.onStorage);
    this.stopWatching = () => {
      system.stop();
      window.removeEventListener('storage', this.onStorage);
    };
    applyToRoot(this.root, this.current, this.systemState);
  }

  /** The current preferences. */
  get values(): Readonly<Preferences> {
    return this.current;
  }

  /** What the operating system asks for (reduced motion, more contrast, forced colours). */
  get system(): Readonly<SystemPreferences> {
    return this.systemState;
  }

  /**
   * Changes some preferences. Invalid entries are dropped with one warning,
   * so a bad value never reaches the page.
   */
  set(patch: Partial<Preferences>): void {
    const { patch: valid, rejected } = validatePatch(patch);
    if (rejected.length) console.warn(`gov-portal-kit: ignored invalid preferences (${rejected.join(', ')}).`);
    this.localeChosen ||= valid.locale !== undefined;
    this.replace({ ...this.current, ...valid });
    this.persist();
  }

  /**
   * Stores `patch` for the pages the visitor goes to next and leaves this
   * page as it is: a link to a translated page is being followed. Loading this
   * page's strings in that language would be cut short by the navigation,
   * and the failed load would put the old language back in storage.
   */
  remember(patch: Partial<Preferences>): void {
    const [current, localeChosen] = [this.current, this.localeChosen];
    const { patch: valid } = validatePatch(patch);
    this.current = { ...current, ...valid };
    this.localeChosen ||= valid.locale !== undefined;
    this.persist();
    [this.current, this.localeChosen] = [current, localeChosen];
  }

  /** Every preference back to its default. */
  reset(): void {
    this.localeChosen = false;
    this.replace({ ...this.defaults });
    this.persist();
  }

  /** Calls `listener` after every change; returns a function that unsubscribes. */
  subscribe(listener: (event: PreferencesChangeEvent) => void): () => void {
    const handler = (event: Event): void => listener(event as PreferencesChangeEvent);
    this.addEventListener(PreferencesChangeEvent.type, handler);
    return () => this.removeEventListener(PreferencesChangeEvent.type, handler);
  }

  /** Stops following other tabs and the operating system. */
  disconnect(): void {
    this.stopWatching();
  }

  private replace(next: Preferences): void {
    const changed = new Set(preferenceKeys.filter((key) => next[key] !== this.current[key]));
    if (!changed.size) return;
    this.current = next;
    this.apply(changed);
  }

  private apply(changed: Set<keyof Preferences | 'system'>): void {
    applyToRoot(this.root, this.current, this.systemState);
    this.dispatchEvent(new PreferencesChangeEvent(changed));
  }

  private persist(): void {
    const kept = preferenceKeys.filter((key) => (key === 'locale' ? this.localeChosen : this.current[key] !== this.defaults[key]));
    writeStored(this.storage, Object.fromEntries(kept.map((key) => [key, this.current[key]])));
  }
}

/** The page's store, shared by every copy of the kit on the page. Created on first use. */
export function pagePreferences(): PreferencesStore {
  return shared('preferences', () => new PreferencesStore());
}
