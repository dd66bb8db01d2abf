import { html } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { PreferencesController } from '../../preferences/controller.js';
import type { FontStep } from '../../preferences/schema.js';

/**
 * The font-size switcher 字体:[ 大 | 中 | 小 ]: a native radio group, so the
 * arrow keys move between the choices and exactly one is checked. It sets the
 * store's font step, which scales the article body through the
 * `--gov-article-scale` token (never below 16 px, or 24 px in elder mode).
 *
 * It renders into its light DOM, styled by gov-font-size.css and the outlined
 * control of themes/page.css: `fieldset.gov-font-size__group` > `legend` and
 * one `label.gov-font-size__choice` per size, each holding its radio (named
 * per switcher, so two switchers on a page are two groups). It publishes no
 * markup of its own: the choice needs the script.
 *
 * @summary Article font-size switcher.
 */
export class GovFontSize extends GovElement {
  private readonly preferences = new PreferencesController(this, ['fontStep']);

  /** The choices in the order the sample page shows them. */
  private static readonly order: readonly FontStep[] = ['large', 'medium', 'small'];

  private label(step: FontStep): string {
    switch (step) {
      case 'large':
        return msg('大', { desc: 'Font-size switcher choice: large article text' });
      case 'medium':
        return msg('中', { desc: 'Font-size switcher choice: medium article text (default)' });
      case 'small':
        return msg('小', { desc: 'Font-size switcher choice: small article text' });
    }
  }

  override render() {
    const current = this.preferences.values.fontStep;
    return html`<fieldset class="gov-font-size__group" lang=${this.uiLang}>
      <legend class="gov-font-size__legend">${msg('字体', { desc: 'Label of the article font-size switcher group' })}</legend>
      ${GovFontSize.order.map(
        (step) => html`<label class="gov-outlined-control gov-font-size__choice">
          <input class="gov-font-size__radio" type="radio" name=${this.uid} .value=${step} .checked=${step === current} @change=${this.choose} />
          <span>${this.label(step)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private choose(event: Event): void {
    const step = (event.target as HTMLInputElement).value as FontStep;
    this.preferences.set({ fontStep: step });
    const label = this.label(step);
    announce(msg(str`字体已设为${label}`, { desc: 'Announcement after the article font size changed; the value is 大, 中 or 小' }));
  }
}
