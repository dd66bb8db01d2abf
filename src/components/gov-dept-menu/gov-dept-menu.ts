import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { DataCleaner, linksFrom, type GovLinkGroup } from '../../base/links.js';
import { styles } from './gov-dept-menu.styles.js';

/** Reads the headed groups of a department list from fallback markup (`section` > `h2` + `ul`). */
export function departmentsFrom(root: Element | null | undefined): GovLinkGroup[] {
  if (!root) return [];
  return [...root.querySelectorAll('section')].map((section) => ({
    label: section.querySelector('h2, h3, h4')?.textContent?.trim() ?? '',
    links: linksFrom(section.querySelector('ul')),
  }));
}

/**
 * The department mega-menu 部门网站导航: a disclosure button controlling a
 * panel of headed link groups (WAI-ARIA disclosure navigation, never
 * `role="menu"`). Enter and Space toggle it; Escape closes it and returns focus
 * to the button; it closes when focus leaves it or on a click outside; the
 * arrow keys move between the links of a column; only one disclosure of the
 * page is open at a time.
 *
 * @summary Department website navigation (mega-menu).
 * @slot - Fallback for pages without JavaScript: a `<details>` with `section`s, each an `h2` and a `ul` of links. Read once as `groups` when no groups were set.
 * @csspart button - The disclosure button.
 * @csspart panel - The panel with the groups.
 * @cssprop --gov-dept-columns - Grid columns of the groups (one column on narrow screens and in elder mode).
 * @cssprop --gov-grid-min - Minimum width of a link column inside each group (10em; the full width on narrow screens, in elder mode and in text-only view).
 * @fires gov-toggle - When the panel opens or closes (`GovToggleEvent`).
 */
export class GovDeptMenu extends GovElement {
  static override styles = styles;

  /** The groups of department links. Malformed groups and links are skipped with a console warning. */
  @property({ attribute: false }) groups?: GovLinkGroup[];

  /** The disclosure this menu sits in (the top bar's 更多 when the menu is folded into it), which stays open while the menu opens. */
  @property({ attribute: false }) within?: DisclosureController;

  private shown: GovLinkGroup[] = [];

  private readonly disclosure = new DisclosureController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.menu'),
    button: () => this.renderRoot.querySelector<HTMLElement>('button'),
    popup: true,
    parent: () => this.within,
  });

  /** Whether the panel is open. */
  get open(): boolean {
    return this.disclosure.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.groups ??= departmentsFrom(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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
    return html`<div class="menu" @keydown=${this.onKeydown} @focusout=${this.disclosure.onFocusout}>
      <button part="button" type="button" lang=${this.uiLang} aria-expanded=${open ? 'true' : 'false'} aria-controls="panel" @click=${() => this.disclosure.toggle()}>
        <span class="icon" aria-hidden="true">${open ? '▾' : '▸'}</span>${msg('部门网站导航', { desc: 'Top-bar disclosure button that opens the list of department websites' })}
      </button>
      <div id="panel" part="panel" class="panel" lang=${this.contentLang} ?hidden=${!open}>
        ${this.shown.map(
          (group, i) => html`<section aria-labelledby="group-${i}">
            <h2 id="group-${i}">${group.label}</h2>
            ${group.links.length
              ? html`<ul>
                  ${group.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
                </ul>`
              : nothing}
          </section>`,
        )}
      </div>
    </div>`;
  }

  /** Escape closes; the arrow keys, Home and End move between the links of one column. */
  private onKeydown(event: KeyboardEvent): void {
    this.disclosure.onKeydown(event);
    const link = event.target as HTMLElement;
    if (link.localName !== 'a' || event.altKey || event.ctrlKey || event.metaKey) return;
    const links = [...(link.closest('ul')?.querySelectorAll<HTMLElement>('a') ?? [])];
    const index = links.indexOf(link);
    const next: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 };
    const target = event.key in next ? links[next[event.key]!] : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }
}
