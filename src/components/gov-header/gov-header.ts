import { html, nothing, render } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { loadWithStrings, publishedLocale } from '../../i18n/localization.js';
import type { HeaderRedraw } from './header-redraw.js';

/** The code that draws the band from data, once loaded. */
let drawing: typeof import('./header-redraw.js') | undefined;
const loadDrawing = (): Promise<unknown> => import('./header-redraw.js').then((module) => (drawing = module));

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
 * `button`. In the language the page was published in, the element leaves that
 * band as it is and adds the 搜索 button before the search, so the band looks
 * the same before and after the upgrade (gov-header.css). Given `data`, or once
 * its labels must change language, it loads the code that draws the band
 * (header-redraw.ts) and draws the same markup from the data (the published
 * band's, read once) in the published band's place (ADR 0018). While the data
 * is malformed, the published markup stays on show.
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

  /** The published band, which the element adds 搜索 to, or draws again from data in its place. */
  private published: HTMLElement | null = null;
  /** Draws the band from data, once needed. */
  private redraw: HeaderRedraw | undefined;
  /** The data of the band it draws; undefined while the published band shows. */
  private drawn: HeaderData | undefined;

  private readonly search = new DisclosureController(this, {
    container: () => this.querySelector<HTMLElement>(':scope > header'),
    popup: true,
  });

  constructor() {
    super();
    // On the element, so they serve the published band and the drawn one alike.
    this.addEventListener('keydown', this.search.onKeydown);
    this.addEventListener('focusout', this.search.onFocusout);
  }

  /** The published band, 搜索 going before its search; else the element itself. */
  protected override createRenderRoot(): HTMLElement {
    // Another language arrives with the code that draws the band in it.
    loadWithStrings(loadDrawing);
    this.published = this.querySelector(':scope > header');
    return this.published ? this.into(this.published) : this;
  }

  /** Draws into `root`: before the published search, or at the end of the element. */
  private into(root: HTMLElement): HTMLElement {
    const search = root === this ? null : root.querySelector<HTMLElement>(':scope > .gov-header__search');
    if (search) search.id ||= `${this.uid}-search`;
    this.renderOptions.renderBefore = search;
    return root;
  }

  /** Loads the code that draws the band once the data comes from the site or the labels must change language. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.redraw) {
      if (this.data === undefined && this.published && this.uiLang === publishedLocale()) return;
      if (!drawing) {
        // Drawn once the code has arrived, and updateComplete waits for it; offline, the published band stays
        // until the next update loads it again.
        this.waitFor(loadDrawing().then(() => this.requestUpdate(), () => undefined));
        return;
      }
      this.redraw = new drawing.HeaderRedraw(this.published);
    } else if (!changed.has('data')) return;
    this.drawn = this.redraw.shown(this.data, this.localName);
  }

  protected override update(): void {
    // A band drawn from data takes the published one's place; without usable data the published one shows.
    const root = this.drawn || !this.published ? this : this.published;
    if (root !== this.renderRoot) {
      render(nothing, this.renderRoot, this.renderOptions);
      this.renderRoot = this.into(root);
      if (root === this) this.published?.remove();
      else this.prepend(root);
    }
    super.update();
  }

  override render() {
    const label = msg('站内搜索', { desc: 'Label of the site search field in the header, and name of the button that shows it on narrow screens' });
    const submit = msg('搜索', { desc: 'Submit button of the site search in the header' });
    // The published search, which 搜索 goes before (into() gave it an id); none while drawing from data.
    const search = this.renderOptions.renderBefore as HTMLElement | null;
    if (!this.drawn && !search) return nothing;
    const controls = search?.id ?? `${this.uid}-search`;
    const button = html`<button class="gov-header__search-button" type="button" aria-label=${label} aria-expanded=${this.search.open} aria-controls=${controls} @click=${() => this.search.toggle()}>
      ${submit}
    </button>`;
    return this.drawn ? this.redraw!.header(this.drawn, { uid: this.uid, uiLang: this.uiLang, contentLang: this.contentLang, label, submit, button }) : button;
  }
}
