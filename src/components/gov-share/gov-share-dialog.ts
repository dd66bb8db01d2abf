/**
 * The 微信 share dialog and its QR code, loaded on the first click of "微信"
 * so the encoder stays out of the first load. The QR code is drawn here as
 * SVG from the page URL; nothing is fetched.
 */
import { html, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { encode } from 'uqr';
import { closeDialog } from '../../base/focus.js';

/** An SVG path drawing every dark module of the QR code of `text` (one unit per module). */
export function qrPath(text: string): { size: number; d: string } {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}

/** The QR code of `text` as an SVG image named `label`. */
export function qrCode(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
    ${svg`<rect width=${size} height=${size} fill="#ffffff"></rect><path d=${d} fill="#000000"></path>`}
  </svg>`;
}

/** The native dialog that shows the QR code of `url` and "用微信“扫一扫”分享". */
export function weChatDialog(url: string, onClose: () => void): TemplateResult {
  return html`<dialog part="dialog" class="wechat" aria-labelledby="wechat-title" @close=${onClose}>
    <h2 id="wechat-title">${msg('分享到微信', { desc: 'Heading of the dialog with the QR code for sharing the page on WeChat' })}</h2>
    ${qrCode(url, msg('本页网址的二维码', { desc: 'Accessible name of the QR code image in the WeChat share dialog' }))}
    <p>${msg('用微信“扫一扫”分享', { desc: 'Instruction under the QR code: scan it with WeChat to share the page' })}</p>
    <button type="button" @click=${closeDialog}>${msg('关闭', { id: 'share-dialog-close', desc: 'Button that closes a dialog' })}</button>
  </dialog>`;
}
