import { html } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { PreferencesController } from '../../preferences/controller.js';
import { getLocale, matchLocale, type Locale } from '../../i18n/localization.js';
import { styles } from './gov-language-switcher.styles.js';

/** Each language named in itself, so a reader finds their own language whatever the page is in. */
const endonyms: readonly { locale: Locale; label: string }[] = [
  { locale: 'zh-Hans', label: '中文' },
  { locale: 'en', label: 'English' },
  { locale: 'mn-Mong', label: 'ᠮᠣᠩᠭᠣᠯ' },
];

/**
 * The translated versions of this page that it declares with
 * `<link rel="alternate" hreflang="…" href="…">`, by locale. The page's own
 * language is left out: an alternate in that language is this page.
 */
function translatedPages(): Map<Locale, HTMLLinkElement> {
  const own = matchLocale(document.documentElement.lang);
  const pages = new Map<Locale, HTMLLinkElement>();
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="alternate"][hreflang][href]')) {
    const locale = matchLocale(link.hreflang);
    if (locale && locale !== own && !pages.has(locale)) pages.set(locale, link);
  }
  return pages;
}

/**
 * The language switcher 语言: 中文, English, ᠮᠣᠩᠭᠣᠯ. Each option is written in
 * its own language and carries its own `lang`. A language with a translated
 * version of the page (declared with `<link rel="alternate" hreflang>`) is a
 * link to that page, carrying `hreflang`; any other switches the kit's own
 * strings in place, live, and is a button, pressed while its strings are the
 * ones shown. Choosing sets the store's locale, which the page set-up follows
 * (src/i18n/follow-locale.ts); the page's content keeps its language either way.
 *
 * @summary Language switcher.
 * @csspart group - The group of language options.
 */
export class GovLanguageSwitcher extends GovElement {
  static override styles = styles;

  private readonly preferences = new PreferencesController(this, []);

  override render() {
    const current = getLocale();
    const pages = translatedPages();
    return html`<div part="group" role="group" lang=${this.uiLang} aria-label=${msg('语言', { desc: 'Accessible name of the language switcher group' })}>
      ${endonyms.map(({ locale, label }) => {
        const page = pages.get(locale);
        // Following the link also keeps the visitor's choice for the kit's strings on pages without a translation.
        return page
          ? html`<a href=${page.href} hreflang=${page.hreflang} lang=${locale} @click=${() => this.preferences.set({ locale })}>${label}</a>`
          : html`<button type="button" lang=${locale} aria-pressed=${locale === current ? 'true' : 'false'} @click=${() => this.preferences.set({ locale })}>
              ${label}
            </button>`;
      })}
    </div>`;
  }
}
