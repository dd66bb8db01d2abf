import { html } from 'lit/html.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { GovRevealEvent, GovToolbarCloseEvent } from '../../base/events.js';
import { PreferencesController } from '../../preferences/controller.js';
import { closedToolbar } from '../../preferences/schema.js';
import { nextFrame } from '../../base/focus.js';
import { openToolbar, startToolbarLoader } from './loader.js';

/**
 * The top-bar button "无障碍" that opens the accessibility toolbar
 * (无障碍工具条) and moves focus into it; pressed again it closes the
 * toolbar and turns its aids off, like the toolbar's 退出. Alt+Shift+A opens
 * the toolbar from anywhere. When the toolbar closes while it holds focus,
 * this button takes focus back (opening a disclosure it is folded into).
 * The toolbar's code loads on first open. A JavaScript-only control: the page
 * publishes the empty element, which takes no room until it upgrades.
 *
 * @summary Opens the accessibility toolbar (无障碍).
 * @fires gov-reveal - Before it takes focus back while folded away: asks the disclosure around it (the top bar's 更多) to open (`GovRevealEvent`).
 * @cssprop --gov-cursor-pointer - The pointer cursor (大鼠标 swaps it for a large one).
 */
export class GovA11yToggle extends GovElement {
  private readonly preferences = new PreferencesController(this, ['toolbarOpen']);

  private readonly onToolbarClose = (event: Event): void => {
    if (event.defaultPrevented || !this.isConnected) return;
    event.preventDefault();
    void this.takeFocus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    startToolbarLoader(this.preferences.store);
    document.addEventListener(GovToolbarCloseEvent.type, this.onToolbarClose);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(GovToolbarCloseEvent.type, this.onToolbarClose);
  }

  override render() {
    return html`<button class="gov-quiet-button" type="button" lang=${this.uiLang} aria-expanded=${this.preferences.values.toolbarOpen} @click=${this.toggle}>
      ${msg('无障碍', { desc: 'Top-bar button that opens the accessibility toolbar' })}
    </button>`;
  }

  /** Moves focus to the 无障碍 button. */
  override focus(options?: FocusOptions): void {
    this.querySelector('button')?.focus(options);
  }

  /** Focus back on 无障碍; a disclosure it is folded into (the top bar's 更多) opens first. */
  private async takeFocus(): Promise<void> {
    if (!this.checkVisibility()) {
      this.dispatchEvent(new GovRevealEvent());
      await nextFrame();
    }
    this.focus();
  }

  private async toggle(): Promise<void> {
    if (this.preferences.values.toolbarOpen) this.preferences.set(closedToolbar());
    else await openToolbar(this.preferences.store);
  }
}
