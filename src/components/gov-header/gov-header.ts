import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { styles } from './gov-header.styles.js';

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
 * address (it works without JavaScript in the fallback too). Where the band is
 * too narrow for the name and the field on one row (below 51em of its text,
 * 816 px, or 1224 px in 长辈版), the field folds behind a 搜索 button, a
 * disclosure that shows it below the band; on phones the band compacts.
 *
 * @summary Site header with search.
 * @slot - Fallback for pages without JavaScript: a `header` with `.gov-header__emblem`, `.gov-header__site-name a` and a `search` > `form`. Read once as `data` when no data was set; shown again if the data is malformed.
 * @csspart header - The banner landmark.
 * @csspart search - The search form.
 * @csspart search-button - The 搜索 button that shows the search form on narrow screens.
 * @cssprop --gov-font-size-site-name - Font size of the site name (1.75rem, 2.25rem in elder mode; 1.25rem and 1.5rem on phones).
 */
export class GovHeader extends GovElement {
  static override styles = styles;

  /** The header's data. A malformed value is ignored with a console warning. */
  @property({ attribute: false }) data?: HeaderData;

  private shown: HeaderData | undefined;

  private readonly search = new DisclosureController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('header'),
    button: () => this.renderRoot.querySelector<HTMLElement>('.search-button'),
    popup: true,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data) return;
    const logo = this.querySelector('img');
    const home = this.querySelector('.gov-header__site-name a') ?? this.querySelector('header a');
    const form = this.querySelector('form');
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
    }
  }

  override render() {
    const data = this.shown;
    // Without usable data the site's own markup stays on show.
    if (!data) return html`<slot></slot>`;
    const label = msg('站内搜索', { desc: 'Label of the site search field in the header, and name of the button that shows it on narrow screens' });
    const submit = msg('搜索', { desc: 'Submit button of the site search in the header' });
    const open = this.search.open;
    return html`<header part="header" lang=${this.uiLang} @keydown=${this.search.onKeydown} @focusout=${this.search.onFocusout}>
      <div class="brand" lang=${this.contentLang}>
        ${data.logoSrc ? html`<img class="emblem" src=${data.logoSrc} alt=${data.logoAlt ?? ''} width="64" height="64" />` : nothing}
        <p class="site-name"><a href=${data.siteHref}>${data.siteName}</a></p>
      </div>
      <button part="search-button" class="search-button" type="button" aria-label=${label} aria-expanded=${open ? 'true' : 'false'} aria-controls="search" @click=${() => this.search.toggle()}>
        ${submit}
      </button>
      <form part="search" id="search" class="search ${open ? 'open' : ''}" role="search" action=${data.searchAction} method="get">
        <label for="q">${label}</label>
        <input id="q" name=${data.searchParam ?? 'q'} type="search" autocomplete="off" />
        <button type="submit">${submit}</button>
      </form>
    </header>`;
  }
}
