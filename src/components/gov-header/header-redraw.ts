import { html, nothing, type TemplateResult } from 'lit/html.js';
import { textOf } from '../../base/links.js';
import type { HeaderData } from './gov-header.js';

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

/** The labels and the 搜索 button the element gives the band, in the interface language. */
export interface HeaderParts {
  uid: string;
  uiLang: string;
  contentLang: string;
  label: string;
  submit: string;
  button: TemplateResult;
}

/**
 * The header band as the element draws it from data: the site's (the `data`
 * property), or the published markup's, read once its labels must change
 * language. The page view does not load it: in the language the page was
 * published in, the element leaves the published band as it is and only adds
 * 搜索 (gov-header.ts, ADR 0018).
 */
export class HeaderRedraw {
  /** What the published band says, as data. */
  private readonly fromMarkup: HeaderData | undefined;

  constructor(published: Element | null) {
    if (!published) return;
    const logo = published.querySelector('img');
    const home = published.querySelector('.gov-header__site-name a') ?? published.querySelector('a');
    const form = published.querySelector('form');
    this.fromMarkup = {
      siteName: textOf(home),
      siteHref: home?.getAttribute('href') ?? '/',
      logoSrc: logo?.getAttribute('src') ?? undefined,
      logoAlt: logo?.getAttribute('alt') ?? '',
      searchAction: form?.getAttribute('action') ?? '',
      searchParam: form?.querySelector('input')?.getAttribute('name') ?? 'q',
    };
  }

  /** The data to draw: the site's when well-formed, the published band's when none was given; undefined (with a warning) when malformed. */
  shown(data: unknown, where: string): HeaderData | undefined {
    if (data === undefined) return this.fromMarkup && isHeaderData(this.fromMarkup) ? this.fromMarkup : undefined;
    if (isHeaderData(data)) return data;
    console.warn(`<${where}>: malformed data ignored (needs string siteName, siteHref and searchAction)`, data);
    return undefined;
  }

  /** The band for `data`. */
  header(data: HeaderData, { uid, uiLang, contentLang, label, submit, button }: HeaderParts) {
    return html`<header class="gov-header" lang=${uiLang}>
      <div class="gov-header__brand" lang=${contentLang}>
        ${data.logoSrc ? html`<img class="gov-header__emblem" src=${data.logoSrc} alt=${data.logoAlt ?? ''} width="64" height="64" />` : nothing}
        <p class="gov-header__site-name"><a href=${data.siteHref}>${data.siteName}</a></p>
      </div>
      ${button}
      <search id="${uid}-search" class="gov-header__search">
        <form action=${data.searchAction} method="get">
          <label for="${uid}-q">${label}</label>
          <input id="${uid}-q" name=${data.searchParam ?? 'q'} type="search" autocomplete="off" />
          <button type="submit">${submit}</button>
        </form>
      </search>
    </header>`;
  }
}
