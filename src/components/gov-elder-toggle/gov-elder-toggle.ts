import { html } from 'lit';
import { msg, str } from '@lit/localize';
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
    return html`<button part="button" type="button" @click=${this.toggle}>${this.label(elder)}</button>`;
  }

  /** The button's name: 退出长辈版 in elder mode, 长辈版 otherwise. */
  private label(elder: boolean): string {
    return elder
      ? msg('退出长辈版', { desc: 'Top-bar button that leaves elder mode' })
      : msg('长辈版', { desc: 'Top-bar button that turns on elder mode (large text, simple layout)' });
  }

  private toggle(): void {
    const elder = !this.preferences.values.elder;
    this.preferences.set({ elder });
    // Screen readers do not read the new name of the button that keeps focus
    // (Orca ignores name changes in web pages), so the announcement carries it.
    const name = this.label(elder);
    announce(
      elder
        ? msg(str`已进入长辈版。按“${name}”可返回标准版。`, { desc: 'Announcement after elder mode turned on; the placeholder is the button\'s new name (退出长辈版)' })
        : msg(str`已退出长辈版。按“${name}”可再次进入。`, { desc: 'Announcement after elder mode turned off; the placeholder is the button\'s new name (长辈版)' }),
    );
  }
}
