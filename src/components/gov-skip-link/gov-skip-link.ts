import { html } from 'lit/html.js';
import type { PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { findTarget, moveFocusTo } from '../../base/focus.js';

/**
 * The skip link "跳到主要内容": the first focusable element of the page. It
 * stays out of sight until it receives focus, then moves focus to the main
 * content.
 *
 * A page publishes the link inside it, `<a href="#main">跳到主要内容</a>`,
 * which works without JavaScript; the element renders the same link into its
 * light DOM in its place (with the kit's string in the visitor's language),
 * so it looks the same before and after the upgrade (gov-skip-link.css).
 *
 * @summary Skip link to the main content.
 */
export class GovSkipLink extends GovElement {
  static override properties: PropertyDeclarations = {
    targetId: { attribute: 'target-id' },
  };

  /**
   * The id of the element that receives focus (by default the one the published link points at, else `main`);
   * the page's `main` is used when no element has that id.
   */
  targetId = 'main';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    // The published link names the target unless the attribute does; it goes, and the element draws the same link in its place.
    const published = this.querySelector('a[href^="#"]')?.getAttribute('href')?.slice(1);
    if (published && !this.hasAttribute('target-id')) this.targetId = published;
    for (const child of [...this.children]) child.remove();
  }

  override render() {
    return html`<a lang=${this.uiLang} href="#${this.targetId}" @click=${this.skip}>${msg('跳到主要内容', { desc: 'Skip link, the first focusable element of every page' })}</a>`;
  }

  private skip(event: MouseEvent): void {
    const target = findTarget(this.targetId, 'main');
    if (!target) return;
    event.preventDefault();
    moveFocusTo(target);
  }
}
