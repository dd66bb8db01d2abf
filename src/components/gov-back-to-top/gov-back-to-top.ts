import { html } from 'lit/html.js';
import type { PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { findTarget, moveFocusTo } from '../../base/focus.js';

/**
 * The button "返回顶部". It appears once the visitor has scrolled more than
 * one screen down, scrolls to the top without animation and moves focus there,
 * so keyboard and screen-reader users land where sighted users look.
 *
 * The published markup, which works without JavaScript, is a link to the top
 * of the page: `<a href="#top">返回顶部</a>`, shown in the flow at the end of
 * the page. The element removes it and renders into its light DOM a floating
 * `button.gov-back-to-top__button` in the corner of the window, which takes no
 * room in the page (gov-back-to-top.css).
 *
 * @summary Back-to-top button.
 * @cssprop --gov-reserved-block-end - Room kept free at the bottom of the viewport, added to the button's offset (大字幕 sets it to the caption bar's height). Default 0px.
 */
export class GovBackToTop extends GovElement {
  static override properties: PropertyDeclarations = {
    targetId: { attribute: 'target-id' },
    scrolledDown: { state: true },
  };

  /** The id of the element at the top of the page that receives focus; the page's first `header` or `body` otherwise. */
  targetId = 'top';

  private scrolledDown = false;

  private readonly onScroll = (): void => {
    this.scrolledDown = window.scrollY > window.innerHeight;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('scroll', this.onScroll, { passive: true });
    this.onScroll();
    if (this.hasUpdated) return;
    // The published link gives way to the floating button.
    this.replaceChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.onScroll);
  }

  override render() {
    return html`<button type="button" class="gov-back-to-top__button" lang=${this.uiLang} ?hidden=${!this.scrolledDown} @click=${this.backToTop}>
      ${msg('返回顶部', { desc: 'Floating button at the bottom of the page that scrolls back to the top' })}
    </button>`;
  }

  private backToTop(): void {
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    const target = findTarget(this.targetId, 'header, body');
    if (target) moveFocusTo(target);
  }
}
