import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';

/** The header's data, for sites that render from JSON. */
export interface HeaderData {
  /** The site name, such as 内蒙古自治区科学技术厅. */
  siteName: string;
  /** The home page the site name links to. */
  siteHref: string;
  /** The emblem or logo image (same origin). */
  logoSrc?: string;
  /** The logo's alternative text; empty when the site name next to it says it all. */
  logoAlt?: string;
  /** Where the search form submits with GET. */
  searchAction: string;
  /** The query parameter name. */
  searchParam?: string;
}

function isHeaderData(value: unknown): value is HeaderData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  const optionalString = (key: string) => data[key] === undefined || typeof data[key] === 'string';
  return (
    typeof data['siteName'] === 'string' &&
    data['siteName'] !== '' &&
    typeof data['siteHref'] === 'string' &&
    typeof data['searchAction'] === 'string' &&
    optionalString('logoSrc') &&
    optionalString('logoAlt') &&
    optionalString('searchParam')
  );
}

/**
 * The header band: the emblem, the site name linking home, and the site search,
 * a `search` landmark with a labelled input that submits GET to a configurable
 * address (it works without JavaScript in the published markup too). Where the
 * band is too narrow for the name and the field on one row (below 51em of its
 * text, 816 px, or 1224 px in 长辈版), the field folds behind a 搜索 button, a
 * disclosure that shows it below the band; on phones the band compacts.
 *
 * A CMS publishes it as a `header.gov-header` holding a `div.gov-header__brand`
 * (an `img.gov-header__emblem` and a `p.gov-header__site-name` > `a`) and a
 * `search.gov-header__search` > `form` with a `label`, an `input` and a submit
 * `button`. The element reads that once as `data` (when none was set) and
 * renders into its light DOM the same markup, with the 搜索 button added, so the
 * band looks the same before and after the upgrade (gov-header.css). While the
 * data is malformed, the published markup stays on show.
 *
 * @summary Site header with search.
 * @cssprop --gov-font-size-site-name - Font size of the site name (1.75rem, 2.25rem in elder mode; 1.25rem and 1.5rem on phones).
 */
export class GovHeader extends GovElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
  };

  /** The header's data. A malformed value is ignored with a console warning, and the published markup stays on show. */
  declare data?: HeaderData;

  private shown: HeaderData | undefined;
  /** The published header, kept to show again while the data is malformed. */
  private published: Element | null = null;

  private readonly search = new DisclosureController(this, {
    container: () => this.querySelector<HTMLElement>(':scope > header'),
    popup: true,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    this.published = this.querySelector(':scope > header');
    if (this.data) return;
    const published = this.published;
    const logo = published?.querySelector('img');
    const home = published?.querySelector('.gov-header__site-name a') ?? published?.querySelector('a');
    const form = published?.querySelector('form');
    this.data = {
      siteName: home?.textContent?.trim() ?? '',
      siteHref: home?.getAttribute('href') ?? '/',
      logoSrc: logo?.getAttribute('src') ?? undefined,
      logoAlt: logo?.getAttribute('alt') ?? '',
      searchAction: form?.getAttribute('action') ?? '',
      searchParam: form?.querySelector('input')?.getAttribute('name') ?? 'q',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      this.shown = isHeaderData(this.data) ? this.data : undefined;
      if (this.data !== undefined && !this.shown) console.warn(`<${this.localName}>: malformed data ignored (needs string siteName, siteHref and searchAction)`, this.data);
      // Without usable data the site's own markup stays on show; with it, the element draws the same in its place.
      if (this.shown) this.published?.remove();
      else if (this.published && this.published.parentNode !== this) this.prepend(this.published);
    }
  }

  override render() {
    const data = this.shown;
    if (!data) return nothing;
    const label = msg('站内搜索', { desc: 'Label of the site search field in the header, and name of the button that shows it on narrow screens' });
    const submit = msg('搜索', { desc: 'Submit button of the site search in the header' });
    const open = this.search.open;
    return html`<header class="gov-header" lang=${this.uiLang} @keydown=${this.search.onKeydown} @focusout=${this.search.onFocusout}>
      <div class="gov-header__brand" lang=${this.contentLang}>
        ${data.logoSrc ? html`<img class="gov-header__emblem" src=${data.logoSrc} alt=${data.logoAlt ?? ''} width="64" height="64" />` : nothing}
        <p class="gov-header__site-name"><a href=${data.siteHref}>${data.siteName}</a></p>
      </div>
      <button class="gov-header__search-button" type="button" aria-label=${label} aria-expanded=${open} aria-controls="${this.uid}-search" @click=${() => this.search.toggle()}>
        ${submit}
      </button>
      <search id="${this.uid}-search" class="gov-header__search">
        <form action=${data.searchAction} method="get">
          <label for="${this.uid}-q">${label}</label>
          <input id="${this.uid}-q" name=${data.searchParam ?? 'q'} type="search" autocomplete="off" />
          <button type="submit">${submit}</button>
        </form>
      </search>
    </header>`;
  }
}
