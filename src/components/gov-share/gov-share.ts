import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { canonicalUrl } from '../../base/page-meta.js';
import { pageTitle, qzoneShareUrl, weiboShareUrl } from './share-links.js';

type DialogModule = typeof import('./gov-share-dialog.js');

/**
 * The share group 分享到: 微信 (a dialog with a QR code of the page URL, drawn
 * locally by a lazily loaded encoder), 微博 and QQ空间 (links to their share
 * endpoints, contacted only when the visitor follows them), 复制链接 (the
 * Clipboard API, with a selectable URL when copying is refused), and the
 * system share sheet where the browser has one.
 *
 * It renders into its light DOM, styled by gov-share.css and the outlined
 * control of themes/page.css: `div.gov-share__group` (a group named by its
 * `span.gov-share__label`) holding the buttons and links, then, when copying
 * was refused, `p.gov-share__fallback` with the address selected, and, once
 * 微信 has been pressed, `dialog.gov-share__dialog`, whose look loads with it
 * (gov-share-dialog.ts). It publishes no markup of its own: sharing needs the script.
 *
 * @summary Share buttons and links.
 */
export class GovShare extends GovElement {
  static override properties: PropertyDeclarations = {
    url: {},
    shareTitle: { attribute: 'share-title' },
    dialogModule: { state: true },
    copyFailed: { state: true },
  };

  /** The URL to share; the page's canonical URL when empty. */
  url = '';

  /** The title to share; the ArticleTitle meta tag or the document title when empty. */
  shareTitle = '';

  private declare dialogModule: DialogModule | undefined;
  private copyFailed = false;

  // Looked up at each use, in the light DOM it renders into.
  private get dialog(): HTMLDialogElement | null {
    return this.querySelector('.gov-share__dialog');
  }
  private get weChatButton(): HTMLButtonElement | null {
    return this.querySelector('.gov-share__wechat');
  }
  private get fallbackInput(): HTMLInputElement | null {
    return this.querySelector('.gov-share__url');
  }

  /** The URL actually shared. */
  get shareUrl(): string {
    return this.url || canonicalUrl();
  }

  /** The title actually shared. */
  get sharedTitle(): string {
    return this.shareTitle || pageTitle();
  }

  override render() {
    const url = this.shareUrl;
    const title = this.sharedTitle;
    const canShare = typeof navigator.share === 'function';
    return html`<div class="gov-share__group" role="group" lang=${this.uiLang} aria-labelledby="${this.uid}-label">
        <span class="gov-share__label" id="${this.uid}-label">${msg('分享到', { desc: 'Label of the share group in the article tools row' })}</span>
        <button class="gov-outlined-control gov-share__control gov-share__wechat" type="button" aria-haspopup="dialog" @click=${this.openWeChat}>
          ${msg('微信', { id: 'share-wechat', desc: 'Share button: shows a QR code to share the page on WeChat' })}
        </button>
        ${
          // Right after 微信, in the group: when it closes, screen readers come back among the share controls
          // (after the tools row, Orca with Chromium said "leaving main content" as focus returned to 微信).
          this.dialogModule ? this.dialogModule.weChatDialog(url, this.uiLang, `${this.uid}-dialog-title`, this.onDialogClose) : nothing
        }
        <a class="gov-outlined-control gov-share__control" href=${weiboShareUrl(url, title)}>${msg('微博', { desc: 'Share link to Sina Weibo' })}</a>
        <a class="gov-outlined-control gov-share__control" href=${qzoneShareUrl(url, title)}>${msg('QQ空间', { desc: 'Share link to Qzone' })}</a>
        <button class="gov-outlined-control gov-share__control" type="button" @click=${this.copy}>${msg('复制链接', { desc: 'Share button that copies the page URL' })}</button>
        ${canShare
          ? html`<button class="gov-outlined-control gov-share__control" type="button" @click=${this.systemShare}>
              ${msg('系统分享', { desc: 'Share button that opens the system share sheet' })}
            </button>`
          : nothing}
      </div>
      ${this.copyFailed
        ? html`<p class="gov-share__fallback" lang=${this.uiLang}>
            <label for="${this.uid}-url">${msg('无法自动复制,请手动复制本页网址:', { desc: 'Shown when the clipboard refused: label of the selected page URL' })}</label>
            <input class="gov-share__url" id="${this.uid}-url" type="text" readonly .value=${url} />
          </p>`
        : nothing}
      `;
  }

  private async openWeChat(): Promise<void> {
    this.dialogModule ??= await import('./gov-share-dialog.js');
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  private readonly onDialogClose = (): void => {
    this.weChatButton?.focus();
  };

  private async copy(): Promise<void> {
    const url = this.shareUrl;
    try {
      // Without the Clipboard API this throws too.
      await navigator.clipboard.writeText(url);
      this.copyFailed = false;
      announce(msg('链接已复制', { desc: 'Announcement after the page URL was copied to the clipboard' }));
    } catch {
      this.copyFailed = true;
      await this.updateComplete;
      this.fallbackInput?.focus();
      this.fallbackInput?.select();
      announce(msg('无法自动复制,网址已选中,请手动复制', { desc: 'Announcement when the clipboard refused: the URL is shown selected' }));
    }
  }

  private async systemShare(): Promise<void> {
    try {
      await navigator.share({ title: this.sharedTitle, url: this.shareUrl });
    } catch {
      // The visitor closed the share sheet, or the browser refused: nothing to do.
    }
  }
}
