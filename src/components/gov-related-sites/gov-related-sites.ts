import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { DataCleaner, linksFrom, type GovLink, type GovLinkGroup } from '../../base/links.js';
import { PreferencesController } from '../../preferences/controller.js';
import { styles } from './gov-related-sites.styles.js';

/**
 * Related sites 相关网站: a list of main links and groups of links, each group
 * a disclosure (button with `aria-expanded` controlling its list). Groups start
 * open as on the sample page, and closed in elder mode; opening one closes any
 * other disclosure of the page. Escape closes a group and returns focus to its
 * button.
 *
 * @summary Related websites with disclosure groups.
 * @slot - Fallback for pages without JavaScript: an `aside` with a `ul.gov-related-sites__main` and `details` groups (`summary` + `ul`). Read once as data when no properties were set.
 * @csspart aside - The complementary landmark.
 * @fires gov-toggle - When a group opens or closes (`GovToggleEvent`).
 * @cssprop --gov-pair-columns - Grid columns of the groups (two; one on narrow screens, in elder mode and in text-only view).
 */
export class GovRelatedSites extends GovElement {
  static override styles = styles;

  /** The main related sites, always shown. */
  @property({ attribute: false }) links?: GovLink[];

  /** Groups of sites, each behind a disclosure button. */
  @property({ attribute: false }) groups?: GovLinkGroup[];

  private readonly preferences = new PreferencesController(this, ['elder']);
  private shownLinks: GovLink[] = [];
  private shownGroups: GovLinkGroup[] = [];
  private readonly disclosures: DisclosureController[] = [];
  private wasElder: boolean | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.links ??= linksFrom(this.querySelector('.gov-related-sites__main') ?? this.querySelector('aside > ul'));
    this.groups ??= [...this.querySelectorAll('details')].map((details) => ({
      label: details.querySelector('summary')?.textContent?.trim() ?? '',
      links: linksFrom(details.querySelector('ul')),
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('links') || changed.has('groups')) {
      const cleaner = new DataCleaner(this.localName);
      this.shownLinks = cleaner.links(this.links);
      this.shownGroups = cleaner.groups(this.groups);
      cleaner.report();
      while (this.disclosures.length < this.shownGroups.length) {
        const index = this.disclosures.length;
        const disclosure = new DisclosureController(this, {
          container: () => this.renderRoot.querySelector<HTMLElement>(`#group-${index}`),
          button: () => this.renderRoot.querySelector<HTMLElement>(`#group-${index} > button`),
        });
        disclosure.setInitial(!this.preferences.values.elder);
        this.disclosures.push(disclosure);
      }
    }
    // Entering elder mode closes the groups: the simplified page starts short.
    const elder = this.preferences.values.elder;
    if (elder && this.wasElder === false) for (const disclosure of this.disclosures) disclosure.hide(false);
    this.wasElder = elder;
  }

  private toggle(index: number): void {
    const disclosure = this.disclosures[index]!;
    if (!disclosure.open) {
      // The groups close each other too, even those open from the start.
      this.disclosures.forEach((other, i) => {
        if (i !== index) other.setInitial(false);
      });
    }
    disclosure.toggle();
  }

  override render() {
    return html`<aside part="aside" lang=${this.uiLang} aria-labelledby="heading">
      <h2 id="heading">${msg('相关网站', { desc: 'Heading of the related websites section near the footer' })}</h2>
      <ul class="main" lang=${this.contentLang}>
        ${this.shownLinks.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
      </ul>
      <div class="groups" lang=${this.contentLang}>
        ${this.shownGroups.map((group, i) => {
          const disclosure = this.disclosures[i]!;
          const open = disclosure.open;
          return html`<div class="group" id="group-${i}" @keydown=${disclosure.onKeydown}>
            <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="links-${i}" @click=${() => this.toggle(i)}>
              <span class="icon" aria-hidden="true">${open ? '▾' : '▸'}</span>${group.label}
            </button>
            <ul id="links-${i}" ?hidden=${!open}>
              ${group.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
            </ul>
          </div>`;
        })}
      </div>
    </aside>`;
  }
}
