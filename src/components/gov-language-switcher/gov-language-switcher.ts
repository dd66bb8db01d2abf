import { html } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { PreferencesController } from '../../preferences/controller.js';
import type { Locale } from '../../i18n/localization.js';
import { styles } from './gov-language-switcher.styles.js';

/** Each language named in itself, so a reader finds their own language whatever the page is in. */
const endonyms: readonly { locale: Locale; label: string }[] = [
  { locale: 'zh-Hans', label: '中文' },
  { locale: 'en', label: 'English' },
  { locale: 'mn-Mong', label: 'ᠮᠣᠩᠭᠣᠯ' },
];

/**
 * The language switcher 语言: 中文, English, ᠮᠣᠩᠭᠣᠯ. Each option is written in
 * its own language and carries its own `lang`; the current one is pressed.
 * Choosing one stores the locale, which re-renders every element live and
 * sets `<html lang>`.
 *
 * @summary Language switcher.
 * @csspart group - The group of language buttons.
 * @cssprop --gov-font-family-mongolian - Font family of the ᠮᠣᠩᠭᠣᠯ button, which needs a traditional Mongolian font.
 */
export class GovLanguageSwitcher extends GovElement {
  static override styles = styles;

  private readonly preferences = new PreferencesController(this, ['locale']);
  private pendingAnnouncement: AbortController | undefined;

  override render() {
    const current = this.preferences.values.locale;
    return html`<div part="group" role="group" aria-label=${msg('语言', { desc: 'Accessible name of the language switcher group' })}>
      ${endonyms.map(
        ({ locale, label }) =>
          html`<button type="button" lang=${locale} aria-pressed=${locale === current ? 'true' : 'false'} @click=${() => this.choose(locale)}>
            ${label}
          </button>`,
      )}
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
