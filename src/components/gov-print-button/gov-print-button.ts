import { html } from 'lit/html.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';

/**
 * The button "打印本页". It opens the browser's print dialog; the kit's print
 * stylesheet (`themes/print.css`) then prints the site name, the article and
 * the page address, without navigation, toolbars or share controls.
 *
 * It renders into its light DOM (`button.gov-outlined-control.gov-print-button__button`),
 * styled by themes/page.css and gov-print-button.css; it publishes no markup of its own,
 * since printing needs the script.
 *
 * @summary Print-this-page button.
 */
export class GovPrintButton extends GovElement {
  override render() {
    return html`<button class="gov-outlined-control gov-print-button__button" type="button" lang=${this.uiLang} @click=${this.print}>
      ${msg('打印本页', { desc: 'Button in the article tools row that prints the page' })}
    </button>`;
  }

  private print(): void {
    window.print();
  }
}
