import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { RovingFocusController } from '../../base/roving-focus.js';
import { DataCleaner, departmentsFrom, type GovLinkGroup } from '../../base/links.js';

/**
 * The department mega-menu 部门网站导航: a disclosure button controlling a
 * panel of headed link groups that opens over the page (WAI-ARIA disclosure
 * navigation, never `role="menu"`). Enter and Space toggle it; Escape closes
 * it and returns focus to the button; it closes when focus leaves it or on a
 * click outside; the arrow keys, Home and End move between the links of a
 * column (Tab still goes link by link); only one disclosure of the page is
 * open at a time.
 *
 * A CMS publishes it as a `details.gov-dept-menu` holding a `summary` and a
 * `div.gov-dept-menu__groups` of `section`s, each an `h2` and a `ul` of
 * `li` > `a`, which works without JavaScript. The element reads that once as
 * `groups` (when none were set) and renders into its light DOM the same groups
 * in a `div.gov-dept-menu`, with a button in place of the `summary`, so the
 * menu looks the same before and after the upgrade (gov-dept-menu.css).
 *
 * @summary Department website navigation (mega-menu).
 * @cssprop --gov-dept-columns - Grid columns of the groups (one column on narrow screens and in elder mode).
 * @cssprop --gov-grid-min - Minimum width of a link column inside each group (10em; the full width on narrow screens, in elder mode and in text-only view).
 * @fires gov-toggle - When the panel opens or closes (`GovToggleEvent`).
 */
export class GovDeptMenu extends GovElement {
  static override properties: PropertyDeclarations = {
    groups: { attribute: false },
    within: { attribute: false },
  };

  /** The groups of department links. Malformed groups and links are skipped with a console warning. */
  declare groups?: GovLinkGroup[];

  /**
   * The disclosure this menu sits in (the top bar's 更多 when the menu is
   * folded into it), which stays open while the menu opens; the groups then
   * show in the flow of that panel instead of over the page.
   */
  declare within?: DisclosureController;

  private shown: GovLinkGroup[] = [];
  private published: Element | null = null;

  private readonly disclosure = new DisclosureController(this, {
    container: () => this.querySelector<HTMLElement>(':scope > .gov-dept-menu'),
    popup: true,
    parent: () => this.within,
  });

  private readonly columns = new RovingFocusController(this, {
    items: (from) => (from.localName === 'a' ? [...(from.closest('.gov-dept-menu__groups ul')?.querySelectorAll<HTMLElement>('a') ?? [])] : []),
    roving: false,
    orientation: 'vertical',
  });

  /** Whether the panel is open. */
  get open(): boolean {
    return this.disclosure.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    // The published menu becomes the data. It stays until the first render, so a top bar
    // that upgrades in the same task still reads it.
    this.published = this.querySelector(':scope > details');
    this.groups ??= departmentsFrom(this.published);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.published?.remove();
      this.published = null;
    }
    if (changed.has('groups')) {
      const cleaner = new DataCleaner(this.localName);
      this.shown = cleaner.groups(this.groups);
      cleaner.report();
    }
  }

  /** Opens the panel. */
  show(): void {
    this.disclosure.show();
  }

  /** Closes the panel; focus stays where it is. */
  hide(): void {
    this.disclosure.hide(false);
  }

  override render() {
    const open = this.disclosure.open;
    return html`<div class="gov-dept-menu ${this.within ? 'gov-dept-menu--folded' : ''}" @keydown=${this.onKeydown} @focusout=${this.disclosure.onFocusout}>
      <button class="gov-quiet-button gov-dept-menu__button" type="button" lang=${this.uiLang} aria-expanded=${open} aria-controls="${this.uid}-panel" @click=${() => this.disclosure.toggle()}>
        ${msg('部门网站导航', { desc: 'Top-bar disclosure button that opens the list of department websites' })}
      </button>
      <div id="${this.uid}-panel" class="gov-dept-menu__groups" lang=${this.contentLang} ?hidden=${!open}>
        ${this.shown.map(
          (group, i) => html`<section aria-labelledby="${this.uid}-group-${i}">
            <h2 id="${this.uid}-group-${i}">${group.label}</h2>
            ${group.links.length ? html`<ul>${group.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}</ul>` : nothing}
          </section>`,
        )}
      </div>
    </div>`;
  }

  /** Escape closes; the arrow keys, Home and End move between the links of one column. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    this.disclosure.onKeydown(event);
    this.columns.onKeydown(event);
  };
}
