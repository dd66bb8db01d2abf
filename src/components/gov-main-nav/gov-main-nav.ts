import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { DataCleaner, isLink, linkFrom, linksFrom, type GovLink } from '../../base/links.js';

/** An item of the main navigation: a section's landing page, optionally with sub-pages. */
export interface MainNavItem extends GovLink {
  /** True for the section the current page belongs to (rendered as `aria-current="true"`). */
  current?: boolean;
  /** The section's sub-pages, shown by a separate disclosure button next to the link. */
  children?: GovLink[];
}

/** The media query below which the list collapses behind the 菜单 button (768 px at the default text size). */
export const narrowQuery = '(max-width: 47.99em)';

function isItem(value: unknown): value is MainNavItem {
  if (!isLink(value)) return false;
  const { children, current } = value as MainNavItem;
  return (children === undefined || Array.isArray(children)) && (current === undefined || typeof current === 'boolean');
}

/**
 * The main navigation 主导航. Each section is a link to its landing page; a
 * section with sub-pages gets a separate disclosure button next to the link
 * (named "…子栏目") that shows them over the page, so the parent stays a
 * link. The current section carries `aria-current`. Below 768 px the list
 * collapses behind a 菜单 button.
 *
 * A CMS publishes it as a `nav` > `ul` of `li` > `a` (with `aria-current` on
 * the current section), each with an optional nested `ul` of sub-pages, which
 * shows every link without JavaScript. The element reads that once as `items`
 * (when none were set) and renders into its light DOM the same `nav` > `ul` >
 * `li` > `a` (+ `ul`), with the buttons added, so the bar looks the same
 * before and after the upgrade (gov-main-nav.css).
 *
 * @summary Main navigation.
 * @fires gov-toggle - When the menu or a sub-page list opens or closes (`GovToggleEvent`).
 */
export class GovMainNav extends GovElement {
  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    narrow: { state: true },
  };

  /** The sections. Malformed entries (no href, non-string label) are skipped with a console warning. */
  declare items?: MainNavItem[];

  private narrow = false;

  private shown: MainNavItem[] = [];
  private readonly subs: DisclosureController[] = [];
  private media: MediaQueryList | undefined;

  private readonly menu = new DisclosureController(this, {
    container: () => this.querySelector<HTMLElement>(':scope > nav'),
    popup: true,
  });

  private readonly onMedia = (): void => {
    this.narrow = this.media?.matches ?? false;
    if (!this.narrow) this.menu.hide(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) {
      // The published navigation becomes the data; the element draws the same markup in its place.
      const published = this.querySelector(':scope > nav');
      this.items ??= [...(published?.querySelectorAll(':scope > ul > li') ?? [])].map((li) => ({
        ...linkFrom(li.querySelector(':scope > a'))!,
        current: li.querySelector(':scope > a')?.hasAttribute('aria-current') ?? false,
        children: linksFrom(li.querySelector(':scope > ul')),
      }));
      published?.remove();
    }
    this.media = window.matchMedia(narrowQuery);
    this.media.addEventListener('change', this.onMedia);
    this.onMedia();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
  }

  /** The list item of section `index`. */
  private section(index: number): HTMLElement | undefined {
    return this.querySelectorAll<HTMLElement>(':scope > nav > ul > li')[index];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) {
      const cleaner = new DataCleaner(this.localName);
      this.shown = cleaner.list(this.items, isItem).map((item) => ({ ...item, children: cleaner.links(item.children ?? []) }));
      cleaner.report();
      while (this.subs.length < this.shown.length) {
        const index = this.subs.length;
        this.subs.push(
          new DisclosureController(this, {
            container: () => this.section(index),
            popup: true,
            parent: () => (this.narrow ? this.menu : undefined),
          }),
        );
      }
    }
  }

  override render() {
    const collapsed = this.narrow && !this.menu.open;
    return html`<nav lang=${this.uiLang} aria-label=${msg('主导航', { desc: 'Accessible name of the main navigation landmark' })} @keydown=${this.menu.onKeydown} @focusout=${this.onNavFocusout}>
      ${this.narrow
        ? html`<button class="gov-main-nav__menu-button" type="button" aria-expanded=${this.menu.open} aria-controls="${this.uid}-list" @click=${() => this.menu.toggle()}>
            <span aria-hidden="true">☰</span>${msg('菜单', { desc: 'Button that shows the main navigation on narrow screens' })}
          </button>`
        : nothing}
      <ul id="${this.uid}-list" lang=${this.contentLang} ?hidden=${collapsed}>
        ${this.shown.map((item, i) => this.renderItem(item, i))}
      </ul>
    </nav>`;
  }

  private renderItem(item: MainNavItem, index: number) {
    const sub = this.subs[index]!;
    const label = item.label;
    const hasChildren = (item.children?.length ?? 0) > 0;
    return html`<li @keydown=${sub.onKeydown} @focusout=${sub.onFocusout}>
      <a href=${item.href} aria-current=${!!item.current}>${label}</a>
      ${hasChildren
        ? html`<button class="gov-main-nav__sub-button" type="button" lang=${this.uiLang} aria-expanded=${sub.open} aria-controls="${this.uid}-sub-${index}" @click=${() => sub.toggle()}>
              <span class="gov-main-nav__sub-name">${msg(str`${label}子栏目`, { desc: 'Accessible name of the button next to a main-navigation section that shows its sub-pages' })}</span>
              <span aria-hidden="true">${sub.open ? '▴' : '▾'}</span>
            </button>
            <ul id="${this.uid}-sub-${index}" class="gov-main-nav__sub" ?hidden=${!sub.open}>
              ${item.children!.map((child) => html`<li><a href=${child.href}>${child.label}</a></li>`)}
            </ul>`
        : nothing}
    </li>`;
  }

  /** On narrow screens the whole menu closes when focus leaves it. */
  private onNavFocusout(event: FocusEvent): void {
    if (this.narrow) this.menu.onFocusout(event);
  }
}
