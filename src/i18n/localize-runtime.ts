/**
 * The runtime of @lit/localize, a lazy chunk: the kit loads it the first time
 * it shows a language other than its source one (localization.ts), so a page
 * read in Chinese never downloads it. Until then msg() returns the source
 * strings, which is what the runtime would return for the source locale.
 */
// From its own module, not the package's index, which the page entry holds and which would bring the runtime into it.
import { configureLocalization } from '@lit/localize/init/runtime.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { messageIdLength } from './message-ids.js';

/** A locale module whose messages are found by their full id or its short form (message-ids.ts). */
const byShortIds = ({ templates }: LocaleModule): LocaleModule => ({
  templates: new Proxy(templates, { get: (all, id: string) => all[id] ?? all[id.slice(0, messageIdLength)] }),
});

export const configure = (loadLocale: (locale: string) => Promise<LocaleModule>) =>
  configureLocalization({ sourceLocale, targetLocales, loadLocale: (locale) => loadLocale(locale).then(byShortIds) });
