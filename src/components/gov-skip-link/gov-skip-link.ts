import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { findTarget, moveFocusTo } from '../../base/focus.js';
import { styles } from './gov-skip-link.styles.js';

/**
 * The skip link "跳到主要内容": the first focusable element of the page. It
 * stays out of sight until it receives focus, then moves focus to the main
 * content.
 *
 * @summary Skip link to the main content.
 * @slot - Fallback markup for pages without JavaScript, such as `<a href="#main">跳到主要内容</a>`. Replaced once the element upgrades.
 * @csspart link - The link.
 */
export class GovSkipLink extends GovElement {
  static override styles = styles;

  /** The id of the element that receives focus; the page's `main` is used when no element has that id. */
  @property({ attribute: 'target-id' }) targetId = 'main';

  override render() {
    return html`<a part="link" lang=${this.uiLang} href="#${this.targetId}" @click=${this.skip}
      >${msg('跳到主要内容', { desc: 'Skip link, the first focusable element of every page' })}</a
    >`;
  }

  private skip(event: MouseEvent): void {
    const target = findTarget(this.targetId, 'main');
    if (!target) return;
    event.preventDefault();
    moveFocusTo(target);
  }
}
