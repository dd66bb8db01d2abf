import { html } from 'lit/html.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { PreferencesController } from '../../preferences/controller.js';

/**
 * The button "长辈版" that turns elder mode on; it then reads "退出长辈版".
 * Elder mode is a token swap on the document root (themes/elder.css), so
 * this button is the only element that re-renders.
 *
 * A page publishes it empty, `<gov-elder-toggle></gov-elder-toggle>` (in the
 * top bar's `nav`), and it renders its button into its light DOM, a quiet
 * button (`.gov-quiet-button`, themes/page.css) styled by
 * gov-elder-toggle.css, which also keeps the button's room before the upgrade.
 *
 * @summary Elder-mode (长辈版) toggle.
 */
export class GovElderToggle extends GovElement {
  private readonly preferences = new PreferencesController(this, ['elder']);

  override render() {
    const elder = this.preferences.values.elder;
    return html`<button class="gov-quiet-button gov-elder-toggle__button" type="button" lang=${this.uiLang} @click=${this.toggle}>
      ${elder
        ? msg('退出长辈版', { desc: 'Top-bar button that leaves elder mode' })
        : msg('长辈版', { desc: 'Top-bar button that turns on elder mode (large text, simple layout)' })}
    </button>`;
  }

  private toggle(): void {
    const elder = !this.preferences.values.elder;
    this.preferences.set({ elder });
    // Screen readers do not read the new name of the button that keeps focus
    // (Orca ignores name changes in web pages), so the announcement says it.
    announce(
      elder
        ? msg('已进入长辈版:“退出长辈版”', { desc: 'Announcement after elder mode turned on: the mode, then the new name of the button in quotes, as translated for 退出长辈版' })
        : msg('已退出长辈版:“长辈版”', { desc: 'Announcement after elder mode turned off: the mode, then the new name of the button in quotes, as translated for 长辈版' }),
    );
  }
}
