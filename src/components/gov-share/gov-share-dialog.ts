/**
 * The 微信 share dialog and its QR code, loaded on the first click of "微信"
 * so the encoder stays out of the first load. The QR code is drawn as SVG
 * from the page URL (qr.ts); nothing is fetched. The dialog's look comes with it:
 * a constructed stylesheet adopted by the document when the dialog is first
 * drawn (allowed under a strict style-src policy), so the page's stylesheet
 * carries none of it.
 */
import { html, type TemplateResult } from 'lit/html.js';
import { msg } from '@lit/localize';
import { closeDialog } from '../../base/focus.js';
import { qrCode } from './qr.js';

const css = `
gov-share .gov-share__dialog {
  box-sizing: border-box; max-inline-size: min(90vw, 24rem);
  margin: auto; padding: var(--gov-space-5);
  border: 2px solid var(--gov-color-text); border-radius: var(--gov-radius);
  background: var(--gov-color-bg); color: var(--gov-color-text); text-align: center;
}
gov-share .gov-share__dialog::backdrop { background: rgb(0 0 0 / 0.5); }
gov-share .gov-share__dialog-title { margin: 0 0 var(--gov-space-3); font-size: var(--gov-font-size-h2); font-weight: 700; line-height: var(--gov-line-height-heading); }
gov-share .gov-share__hint { margin: var(--gov-space-3) 0; }
gov-share .gov-share__close { padding-inline: var(--gov-space-4); }
gov-share .gov-share__close:hover { background: var(--gov-color-surface); }
/* A QR code must stay dark on light to scan, whatever the colour scheme. */
gov-share .gov-share__qr { display: block; inline-size: min(60vw, 12rem); block-size: auto; margin-inline: auto; forced-color-adjust: none; }
@media (forced-colors: active) {
  gov-share :is(.gov-share__dialog, .gov-share__close) { border-color: ButtonText; }
}
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the dialog's stylesheet to the document once. */
function adoptShareDialogStyles(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The QR code of `url` and "用微信“扫一扫”分享"; a note instead when the URL is too long for a QR code. */
function scanToShare(url: string): TemplateResult {
  try {
    return html`${qrCode(url, msg('本页网址的二维码', { desc: 'Accessible name of the QR code image in the WeChat share dialog' }))}
      <p class="gov-share__hint">${msg('用微信“扫一扫”分享', { desc: 'Instruction under the QR code: scan it with WeChat to share the page' })}</p>`;
  } catch {
    // Over 2,331 bytes of UTF-8, more than the largest QR code holds at level M.
    return html`<p class="gov-share__hint">${msg('本页网址太长,无法生成二维码,请用“复制链接”分享', {
      desc: 'Shown in the WeChat share dialog instead of the QR code when the page URL is too long for one; 复制链接 is the share button that copies the URL',
    })}</p>`;
  }
}

/**
 * The native dialog that shows the QR code of `url` and "用微信“扫一扫”分享", in the interface
 * language `lang`; `titleId` is the id of its heading, unique in the document.
 */
export function weChatDialog(url: string, lang: string, titleId: string, onClose: () => void): TemplateResult {
  adoptShareDialogStyles();
  return html`<dialog class="gov-share__dialog" lang=${lang} aria-labelledby=${titleId} @close=${onClose}>
    <h2 class="gov-share__dialog-title" id=${titleId}>${msg('分享到微信', { desc: 'Heading of the dialog with the QR code for sharing the page on WeChat' })}</h2>
    ${scanToShare(url)}
    <button class="gov-outlined-control gov-share__close" type="button" @click=${closeDialog}>${msg('关闭', { id: 'share-dialog-close', desc: 'Button that closes a dialog' })}</button>
  </dialog>`;
}
