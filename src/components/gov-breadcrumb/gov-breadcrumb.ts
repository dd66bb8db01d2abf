import { html } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DataCleaner, linksFrom, type GovLink } from '../../base/links.js';
import { setJsonLd } from '../../base/trusted-types.js';

/**
 * The breadcrumb 当前位置: a named `nav` holding an ordered list; the last item
 * carries `aria-current="page"` and the separators (drawn by the theme) have
 * empty alternative text. It also puts schema.org `BreadcrumbList` JSON-LD in
 * the document head for search engines (a data block, filled through the
 * kit's Trusted Types policy, so it needs no script permission under a strict CSP).
 *
 * It renders into its light DOM the same markup a CMS publishes inside it
 * (`nav` > `ol` > `li` > `a`, read once as `items` when none were set), so the
 * page looks the same before and after the upgrade (gov-breadcrumb.css).
 *
 * @summary Breadcrumb with JSON-LD.
 */
export class GovBreadcrumb extends GovElement {
  static override properties: PropertyDeclarations = {
    items: { attribute: false },
  };

  /** The trail from the home page to the current page. Malformed entries are skipped with a console warning. */
  declare items?: GovLink[];

  private shown: GovLink[] = [];
  private jsonLd: HTMLScriptElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    // The published trail becomes the data; the element draws the same markup in its place.
    const published = this.querySelector(':scope > nav');
    this.items ??= linksFrom(published?.querySelector('ol, ul'));
    published?.remove();
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
    return html`<nav lang=${this.uiLang} aria-label=${msg('当前位置', { desc: 'Accessible name of the breadcrumb navigation landmark' })}>
      <ol lang=${this.contentLang}>
        ${this.shown.map((link, i) => html`<li><a href=${link.href} aria-current=${i === last ? 'page' : 'false'}>${link.label}</a></li>`)}
      </ol>
    </nav>`;
  }
}
