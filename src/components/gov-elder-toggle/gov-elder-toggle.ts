import { html } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { PreferencesController } from '../../preferences/controller.js';
import { styles } from './gov-elder-toggle.styles.js';

/**
 * The button "长辈版" that turns elder mode on; it then reads "退出长辈版".
 * Elder mode is a token swap on the document root (themes/elder.css), so
 * this button is the only element that re-renders.
 *
 * @summary Elder-mode (长辈版) toggle.
 * @csspart button - The button.
 */
export class GovElderToggle extends GovElement {
  static override styles = styles;

  private readonly preferences = new PreferencesController(this, ['elder']);

  override render() {
    const elder = this.preferences.values.elder;
    return html`<button part="button" type="button" @click=${this.toggle}>
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
