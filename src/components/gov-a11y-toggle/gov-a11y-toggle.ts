import { html } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { PreferencesController } from '../../preferences/controller.js';
import { openToolbar, startToolbarLoader } from './loader.js';
import { styles } from './gov-a11y-toggle.styles.js';

/**
 * The top-bar button "无障碍" that opens the accessibility toolbar
 * (无障碍工具条) and moves focus into it; pressed again it closes the
 * toolbar and turns its aids off, like the toolbar's 退出. Alt+Shift+A opens
 * the toolbar from anywhere. The toolbar's code loads on first open.
 *
 * @summary Opens the accessibility toolbar (无障碍).
 * @csspart button - The button.
 * @cssprop --gov-cursor-pointer - The pointer cursor (大鼠标 swaps it for a large one).
 */
export class GovA11yToggle extends GovElement {
  static override styles = styles;

  private readonly preferences = new PreferencesController(this, ['toolbarOpen']);

  override connectedCallback(): void {
    super.connectedCallback();
    startToolbarLoader(this.preferences.store);
  }

  override render() {
    return html`<button part="button" type="button" lang=${this.uiLang} aria-expanded=${this.preferences.values.toolbarOpen ? 'true' : 'false'} @click=${this.toggle}>
      ${msg('无障碍', { desc: 'Top-bar button that opens the accessibility toolbar' })}
    </button>`;
  }

  /** Moves focus to the 无障碍 button; the toolbar's 退出 returns focus here. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('button')?.focus(options);
  }

  private async toggle(): Promise<void> {
    if (this.preferences.values.toolbarOpen) {
      const toolbar = document.querySelector<HTMLElement & { exit?: () => void }>('gov-a11y-toolbar');
      if (toolbar?.exit) toolbar.exit();
      else this.preferences.set({ toolbarOpen: false });
      return;
    }
    const toolbar = await openToolbar(this.preferences.store);
    toolbar.announceOpen();
  }
}
