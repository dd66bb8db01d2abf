import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

type Localization = ReturnType<typeof configureLocalization>;

/*
 * @lit/localize may be configured once per page. A page that loads two copies of
 * the kit (for instance the embed script twice under different URLs) shares the
 * first copy's configuration through a registered global symbol.
 */
const registryKey = Symbol.for('gov-portal-kit.localization');
const registry = globalThis as typeof globalThis & { [registryKey]?: Localization };

const localization: Localization = (registry[registryKey] ??= configureLocalization({
  sourceLocale,
  targetLocales,
  // A relative template import lets the bundler split each locale into its own lazy chunk.
  loadLocale: (locale) => import(`./generated/locales/${locale}.js`),
}));

export const { getLocale, setLocale } = localization;
export { sourceLocale };
