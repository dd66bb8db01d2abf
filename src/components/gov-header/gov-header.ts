import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { PreferencesController } from '../../preferences/controller.js';
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
 * address (it works without JavaScript in the fallback too).
 *
 * @summary Site header with search.
 * @slot - Fallback for pages without JavaScript: a `header` with `.gov-header__emblem`, `.gov-header__site-name a` and a `search` > `form`. Read once as `data` when no data was set; shown again if the data is malformed.
 * @csspart header - The banner landmark.
 * @csspart search - The search form.
 * @cssprop --gov-font-size-site-name - Font size of the site name (1.75rem; larger in elder mode).
 */
export class GovHeader extends GovElement {
  static override styles = styles;

  /** The header's data. A malformed value is ignored with a console warning. */
  @property({ attribute: false }) data?: HeaderData;

  /** 纯文本 reaches the page's images from the document; the emblem lives in this shadow root, so the header follows it itself. */
  private readonly preferences = new PreferencesController(this, ['textOnly']);

  private shown: HeaderData | undefined;

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
    const textOnly = Boolean(data.logoSrc && data.logoAlt && this.preferences.values.textOnly);
    return html`<header part="header">
      <div class="brand">
        ${data.logoSrc ? html`<img class=${textOnly ? 'emblem text-only' : 'emblem'} src=${data.logoSrc} alt=${data.logoAlt ?? ''} width="64" height="64" />` : nothing}
        ${textOnly ? html`<span class="alt" aria-hidden="true">[${data.logoAlt}]</span>` : nothing}
        <p class="site-name"><a href=${data.siteHref}>${data.siteName}</a></p>
      </div>
      <form part="search" class="search" role="search" action=${data.searchAction} method="get">
        <label for="q">${msg('站内搜索', { desc: 'Label of the site search field in the header' })}</label>
        <input id="q" name=${data.searchParam ?? 'q'} type="search" autocomplete="off" />
        <button type="submit">${msg('搜索', { desc: 'Submit button of the site search in the header' })}</button>
      </form>
    </header>`;
  }
}
