import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DataCleaner, linksFrom, type GovLink } from '../../base/links.js';
import { styles } from './gov-breadcrumb.styles.js';
import { setJsonLd } from '../../base/trusted-types.js';

/**
 * The breadcrumb 当前位置: a named `nav` holding an ordered list; the last item
 * carries `aria-current="page"` and the separators are hidden from assistive
 * technology. It also puts schema.org `BreadcrumbList` JSON-LD in the document
 * head for search engines (a data block, built with DOM text nodes, so it
 * needs no script permission under a strict CSP).
 *
 * @summary Breadcrumb with JSON-LD.
 * @slot - Fallback for pages without JavaScript: a `nav` > `ol` of `li` > `a`. Read once as `items` when no items were set.
 * @csspart nav - The navigation landmark.
 */
export class GovBreadcrumb extends GovElement {
  static override styles = styles;

  /** The trail from the home page to the current page. Malformed entries are skipped with a console warning. */
  @property({ attribute: false }) items?: GovLink[];

  private shown: GovLink[] = [];
  private jsonLd: HTMLScriptElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.items ??= linksFrom(this.querySelector('ol, ul'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) {
      const cleaner = new DataCleaner(this.localName);
      this.shown = cleaner.links(this.items);
      cleaner.report();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.writeJsonLd();
  }

  /** The schema.org BreadcrumbList of the current trail, with absolute URLs. */
  get structuredData(): Record<string, unknown> {
    return {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: this.shown.map((link, i) => {
        let item = link.href;
        try {
          item = new URL(link.href, document.baseURI).href;
        } catch {
          // Keep the address as written.
        }
        return { '@type': 'ListItem', position: i + 1, name: link.label, item };
      }),
    };
  }

  private writeJsonLd(): void {
    if (!this.isConnected) return;
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.jsonLd.dataset['govBreadcrumb'] = '';
      document.head.append(this.jsonLd);
    }
    // Pages that enforce Trusted Types block any other way of filling a script element.
    setJsonLd(this.jsonLd, this.structuredData);
  }

  override render() {
    const last = this.shown.length - 1;
    return html`<nav part="nav" lang=${this.uiLang} aria-label=${msg('当前位置', { desc: 'Accessible name of the breadcrumb navigation landmark' })}>
      <ol lang=${this.contentLang}>
        ${this.shown.map(
          (link, i) => html`<li>
            ${i > 0 ? html`<span class="separator" aria-hidden="true">›</span>` : ''}<a href=${link.href} aria-current=${i === last ? 'page' : 'false'}>${link.label}</a>
          </li>`,
        )}
      </ol>
    </nav>`;
  }
}
