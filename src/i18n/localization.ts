import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { shared } from '../base/shared.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

/** What the kit needs of @lit/localize (a test passes followLocale one whose loading fails). */
export interface Localization {
  getLocale(): string;
  setLocale(locale: Locale): Promise<void>;
}

/**
 * One lazy chunk per target locale. Written out rather than as a template
 * import, which needs the bundler's runtime helper in the page entry; the
 * record's type fails the build when a locale is added without its loader.
 */
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  en: () => import('./generated/locales/en.js'),
  'mn-Mong': () => import('./generated/locales/mn-Mong.js'),
};

/** The configured runtime (localize-runtime.ts), once a language other than the source one has been asked for. */
let configured: Localization | undefined;
let configuring: Promise<Localization> | undefined;

/** Loads and configures the runtime once; after a failed load (offline) the next language asked for loads it anew. */
function runtime(): Promise<Localization> {
  configuring ??= import('./localize-runtime.js').then(
    (module) => (configured = module.configure((locale) => loaders[locale as keyof typeof loaders]())),
    (error: unknown) => {
      configuring = undefined;
      throw error;
    },
  );
  return configuring;
}

/**
 * Code the elements draw with in another language than the page's (ADR 0018): it loads with the strings, so
 * that the strings and what draws them change together, and a failed load keeps the language in full.
 */
const drawing = shared('locale-drawing', () => new Set<() => Promise<unknown>>());

/** Loads `load` with the strings of every language asked for from now on; returns a function that stops it. */
export function loadWithStrings(load: () => Promise<unknown>): () => void {
  drawing.add(load);
  return () => drawing.delete(load);
}

/** The language asked for last: a load that ends after another was asked for is not applied. */
let latest: Locale = sourceLocale;

/*
 * @lit/localize may be configured once per page. A page that loads two copies of
 * the kit (for instance the embed script twice under different URLs) shares the
 * first copy's configuration (base/shared.ts).
 */
const localization = shared<Localization>('localization', () => ({
  getLocale: () => configured?.getLocale() ?? sourceLocale,
  async setLocale(locale) {
    // A page script may pass any string; allLocales lists the ones the kit has.
    if (!allLocales.includes(locale)) throw new Error(`gov-portal-kit: no locale "${String(locale)}"`);
    latest = locale;
    // The source strings are what msg() returns until the runtime is configured.
    if (!configured && locale === sourceLocale) return;
    // The runtime and the locale's strings load side by side; the runtime's own load of the strings then finds them loaded.
    const [loaded] = await Promise.all([runtime(), locale === sourceLocale ? undefined : loaders[locale](), ...[...drawing].map((load) => load())]);
    // A language asked for while these loaded wins.
    if (latest === locale) await loaded.setLocale(locale);
  },
}));

export const { getLocale, setLocale } = localization;
export { sourceLocale };

/**
 * The kit's locale for a BCP 47 language tag, or undefined when it has none:
 * Simplified Chinese (zh, zh-Hans, zh-CN, zh-SG) → zh-Hans; any English → en;
 * Mongolian in its traditional script (mn-Mong, or mn-CN, where that script is
 * the one in use) → mn-Mong. Cyrillic Mongolian (mn, mn-MN) and Traditional
 * Chinese are other languages for a reader, so they match nothing.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const lower = (tag ?? '').trim().toLowerCase();
  if (/^zh(-hans)?(-(cn|sg|my))?$|^zh-hans-/.test(lower)) return 'zh-Hans';
  if (/^en(-|$)/.test(lower)) return 'en';
  if (/^mn-(mong|cn)(-|$)/.test(lower)) return 'mn-Mong';
  return undefined;
}

/** The kit's locale for the language the page was published in (`<html lang>`), the source locale when it has none. */
export const publishedLocale = (): Locale => matchLocale(document.documentElement.lang) ?? sourceLocale;

/**
 * The language the host page's content is published in, as seen from the kit
 * element `node`: its own `lang` when the page gives it one, else the nearest
 * `lang` around it, the page's own as a rule. Inside another kit element
 * (the department menu in the top bar) it is that element's: what a kit
 * element draws declares the interface language on the kit's strings.
 */
export function contentLanguage(node: Element): string {
  const own = node.getAttribute('lang');
  if (own !== null) return own;
  let host: Element = node;
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = host.getRootNode()) host = root.host;
  for (let around = host.parentElement; around; around = around.parentElement) {
    if (around.localName.startsWith('gov-')) return contentLanguage(around);
  }
  return host.closest('[lang]')?.getAttribute('lang') ?? '';
}
