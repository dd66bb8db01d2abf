import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { DataCleaner, linksFrom, textOf, type GovLink, type GovLinkGroup } from '../../base/links.js';
import { PreferencesController } from '../../preferences/controller.js';

/**
 * Related sites 相关网站: a list of main links and groups of links, each group
 * a disclosure (button with `aria-expanded` controlling its list). Groups start
 * as the page published them (the sample page publishes them open; groups set
 * as a property start open), and closed in elder mode; opening one closes any
 * other disclosure of the page. Escape closes a group and returns focus to its
 * button.
 *
 * The published markup, which works without JavaScript:
 * `aside` > `h2` + `ul.gov-related-sites__main` (`li` > `a`) +
 * `div.gov-related-sites__groups` > `details` (`summary` + `ul` of `li` > `a`),
 * the groups being optional. It is read once as `links` and `groups` when none
 * were set, and the element renders the same markup into its light DOM in its
 * place, each `details` becoming a `div.gov-related-sites__group` with a
 * `button.gov-related-sites__button` and its list, so the page looks the same
 * before and after the upgrade (gov-related-sites.css).
 *
 * @summary Related websites with disclosure groups.
 * @fires gov-toggle - When a group opens or closes (`GovToggleEvent`).
 * @cssprop --gov-pair-columns - Grid columns of the groups (two; one on narrow screens, in elder mode and in text-only view).
 */
export class GovRelatedSites extends GovElement {
  static override properties: PropertyDeclarations = {
    links: { attribute: false },
    groups: { attribute: false },
  };

  /** The main related sites, always shown. */
  declare links?: GovLink[];

  /** Groups of sites, each behind a disclosure button. */
  declare groups?: GovLinkGroup[];

  private readonly preferences = new PreferencesController(this, ['elder']);
  private shownLinks: GovLink[] = [];
  private shownGroups: GovLinkGroup[] = [];
  /** Whether each published group was open (`details open`); groups set as a property start open. */
  private publishedOpen: boolean[] = [];
  private readonly disclosures: DisclosureController[] = [];
  private wasElder: boolean | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    // The published markup becomes the data; the element draws the same markup in its place.
    const published = this.querySelector(':scope > aside');
    if (!published) return;
    const details = [...published.querySelectorAll('details')];
    this.links ??= linksFrom(published.querySelector('.gov-related-sites__main') ?? published.querySelector(':scope > ul'));
    if (!this.groups) {
      this.groups = details.map((group) => ({
        label: textOf(group.querySelector('summary')),
        links: linksFrom(group.querySelector('ul')),
      }));
      this.publishedOpen = details.map((group) => group.open);
    }
    published.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('links') || changed.has('groups')) {
      const cleaner = new DataCleaner(this.localName);
      this.shownLinks = cleaner.links(this.links);
      this.shownGroups = cleaner.groups(this.groups);
      cleaner.report();
      while (this.disclosures.length < this.shownGroups.length) {
        const index = this.disclosures.length;
        // The group's div; Escape gives focus back to its button.
        const disclosure = new DisclosureController(this, {
          container: () => this.querySelector<HTMLElement>(`#${this.listId(index)}`)?.parentElement,
        });
        disclosure.setInitial(!this.preferences.values.elder && (this.publishedOpen[index] ?? true));
        this.disclosures.push(disclosure);
      }
    }
    // Entering elder mode closes the groups: the simplified page starts short.
    const elder = this.preferences.values.elder;
    if (elder && this.wasElder === false) for (const disclosure of this.disclosures) disclosure.hide(false);
    this.wasElder = elder;
  }

  private listId(index: number): string {
    return `${this.uid}-group-${index}`;
  }

  private toggle(index: number): void {
    const disclosure = this.disclosures[index]!;
    // The groups close each other too, even those open from the start (this one is closed already).
    if (!disclosure.open) for (const other of this.disclosures) other.setInitial(false);
    disclosure.toggle();
  }

  override render() {
    const heading = `${this.uid}-heading`;
    return html`<aside lang=${this.uiLang} aria-labelledby=${heading}>
      <h2 id=${heading}>${msg('相关网站', { desc: 'Heading of the related websites section near the footer' })}</h2>
      ${this.shownLinks.length
        ? html`<ul class="gov-related-sites__main" lang=${this.contentLang}>
            ${this.shownLinks.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
          </ul>`
        : nothing}
      ${this.shownGroups.length
        ? html`<div class="gov-related-sites__groups" lang=${this.contentLang}>
            ${this.shownGroups.map((group, i) => {
              const disclosure = this.disclosures[i]!;
              const open = disclosure.open;
              return html`<div class="gov-related-sites__group" @keydown=${disclosure.onKeydown}>
                <button type="button" class="gov-related-sites__button" aria-expanded=${open} aria-controls=${this.listId(i)} @click=${() => this.toggle(i)}>${group.label}</button>
                <ul id=${this.listId(i)} ?hidden=${!open}>
                  ${group.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
                </ul>
              </div>`;
            })}
          </div>`
        : nothing}
    </aside>`;
  }
}
