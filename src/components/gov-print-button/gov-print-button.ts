import { html } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { styles } from './gov-print-button.styles.js';

/**
 * The button "打印本页". It opens the browser's print dialog; the kit's print
 * stylesheet (`themes/print.css`) then prints the site name, the article and
 * the page address, without navigation, toolbars or share controls.
 *
 * @summary Print-this-page button.
 * @csspart button - The button.
 */
export class GovPrintButton extends GovElement {
  static override styles = styles;

  override render() {
    return html`<button part="button" type="button" lang=${this.uiLang} @click=${this.print}>
      ${msg('打印本页', { desc: 'Button in the article tools row that prints the page' })}
    </button>`;
  }

  private print(): void {
    window.print();
  }
}
