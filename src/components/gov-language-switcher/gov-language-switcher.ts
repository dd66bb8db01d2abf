import { html } from 'lit/html.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { RovingFocusController } from '../../base/roving-focus.js';
import { PreferencesController } from '../../preferences/controller.js';
import { getLocale, matchLocale, type Locale } from '../../i18n/localization.js';

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
 * ones shown. A link whose language's strings are shown (English chosen on
 * another page, say) is marked `aria-current`, so one option always tells
 * the language the kit speaks. Choosing sets the store's locale, which the page set-up follows
 * (src/i18n/follow-locale.ts); the page's content keeps its language either way.
 *
 * It is a toolbar, one Tab stop, so screen readers tell that the arrow keys
 * move in it: Tab enters it on the option last focused (中文 at first), ← and
 * → (↑ and ↓ too) move between the options, wrapping round, and Home and End
 * go to the first and the last.
 *
 * A page publishes it empty (`<gov-language-switcher slot="tools">` in the top
 * bar, say): it is a JavaScript-only control. It renders into its light DOM,
 * styled by gov-language-switcher.css.
 *
 * @summary Language switcher.
 */
export class GovLanguageSwitcher extends GovElement {
  private readonly preferences = new PreferencesController(this, []);

  private readonly roving = new RovingFocusController(this, {
    items: () => [...this.querySelectorAll<HTMLElement>('.gov-language-switcher__option')],
    roving: true,
    wrap: true,
  });

  override render() {
    const current = getLocale();
    const pages = translatedPages();
    const count = endonyms.length;
    // A span, not a div: the group's lang may be mn-Mong, and only Mongolian text blocks turn vertical (themes/mongolian.css).
    return html`<span
      class="gov-language-switcher__group"
      role="toolbar"
      lang=${this.uiLang}
      aria-label=${msg('语言', { desc: 'Accessible name of the language switcher group' })}
      @keydown=${this.roving.onKeydown}
      @focusin=${this.roving.onFocusin}
    >
      ${endonyms.map(({ locale, label }, i) => {
        const page = pages.get(locale);
        const tabindex = this.roving.tabIndex(i, count);
        // Following the link also keeps the visitor's choice for the kit's strings on pages without a translation;
        // this page, which the visitor is leaving, keeps its strings.
        return page
          ? html`<a
              class="gov-language-switcher__option"
              href=${page.href}
              hreflang=${page.hreflang}
              lang=${locale}
              aria-current=${locale === current}
              tabindex=${tabindex}
              @click=${() => this.preferences.store.remember({ locale })}
              >${label}</a
            >`
          : html`<button
              class="gov-language-switcher__option"
              type="button"
              lang=${locale}
              aria-pressed=${locale === current}
              tabindex=${tabindex}
              @click=${() => this.preferences.set({ locale })}
            >
              ${label}
            </button>`;
      })}
    </span>`;
  }
}
