import { html } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { PreferencesController } from '../../preferences/controller.js';
import { matchLocale, type Locale } from '../../i18n/localization.js';
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
 * strings in place, live, and is a button, pressed while it is the interface
 * language. The page's content keeps its language either way.
 *
 * @summary Language switcher.
 * @csspart group - The group of language options.
 */
export class GovLanguageSwitcher extends GovElement {
  static override styles = styles;

  private readonly preferences = new PreferencesController(this, ['locale']);
  private pendingAnnouncement: AbortController | undefined;

  override render() {
    const current = this.preferences.values.locale;
    const pages = translatedPages();
    return html`<div part="group" role="group" lang=${this.uiLang} aria-label=${msg('语言', { desc: 'Accessible name of the language switcher group' })}>
      ${endonyms.map(({ locale, label }) => {
        const page = pages.get(locale);
        // Following the link also keeps the visitor's choice for the kit's strings on pages without a translation.
        return page
          ? html`<a href=${page.href} hreflang=${page.hreflang} lang=${locale} @click=${() => this.preferences.set({ locale })}>${label}</a>`
          : html`<button type="button" lang=${locale} aria-pressed=${locale === current ? 'true' : 'false'} @click=${() => this.choose(locale)}>
              ${label}
            </button>`;
      })}
    </div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pendingAnnouncement?.abort();
  }

  private choose(locale: Locale): void {
    if (locale === this.preferences.values.locale) return;
    // Announced once the new language has loaded, in that language. A newer
    // choice or a failed load ends the wait, so no listener is left behind.
    this.pendingAnnouncement?.abort();
    const pending = new AbortController();
    this.pendingAnnouncement = pending;
    window.addEventListener(
      'lit-localize-status',
      (event: Event) => {
        const { status } = (event as CustomEvent<{ status: string }>).detail;
        if (status === 'loading') return;
        pending.abort();
        if (status === 'ready') announce(msg('语言已切换', { desc: 'Announcement after the page language changed' }));
      },
      { signal: pending.signal },
    );
    this.preferences.set({ locale });
  }
}
