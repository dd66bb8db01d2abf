import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { DataCleaner, isLink, linkFrom, type GovLink, type GovLinkGroup } from '../../base/links.js';
import { departmentsFrom, type GovDeptMenu } from '../gov-dept-menu/gov-dept-menu.js';
import type { GovElderToggle } from '../gov-elder-toggle/gov-elder-toggle.js';
import { styles } from './gov-top-bar.styles.js';

/**
 * The top bar: the link to the regional government's website, 长辈版
 * (`gov-elder-toggle`), 微信 (a disclosure showing the official account's QR
 * code, a same-origin image loaded only when opened), 部门网站导航
 * (`gov-dept-menu`) and 登录/注册.
 *
 * @summary Top bar of the portal.
 * @slot - Fallback for pages without JavaScript: a `nav` with the government site link (first `a`), a `gov-dept-menu` with its fallback and the login link (`.gov-top-bar__login`). Read once as data when no properties were set, then removed.
 * @slot tools - JavaScript-only controls shown between 微信 and 部门网站导航, such as `<gov-a11y-toggle slot="tools">` (无障碍).
 * @csspart nav - The navigation landmark.
 * @csspart wechat-button - The 微信 button.
 * @csspart wechat-panel - The popover with the QR code.
 * @fires gov-toggle - When the 微信 popover or the department menu opens or closes (`GovToggleEvent`).
 */
export class GovTopBar extends GovElement {
  static override styles = styles;

  /** The link to the parent government's website, such as 内蒙古自治区人民政府网站. */
  @property({ attribute: false }) siteLink?: GovLink;

  /** The address of the login page; the link reads 登录/注册. No link when empty. */
  @property({ attribute: 'login-href' }) loginHref = '';

  /** The groups of the department mega-menu. */
  @property({ attribute: false }) departments?: GovLinkGroup[];

  /** The same-origin image of the official WeChat account's QR code. */
  @property({ attribute: 'wechat-qr' }) wechatQr = '/images/wechat-qr.svg';

  private site: GovLink | undefined;
  private groups: GovLinkGroup[] = [];

  private readonly wechat = new DisclosureController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.wechat'),
    button: () => this.renderRoot.querySelector<HTMLElement>('.wechat > button'),
    popup: true,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const fallback = this.querySelector(':scope > nav');
    const nav = fallback ?? this;
    this.siteLink ??= linkFrom(nav.querySelector(':scope > a:not(.gov-top-bar__login)'));
    if (!this.loginHref) this.loginHref = nav.querySelector('.gov-top-bar__login')?.getAttribute('href') ?? '';
    this.departments ??= departmentsFrom(nav.querySelector('gov-dept-menu'));
    // The fallback holds live elements (长辈版, the department menu) that the
    // shadow tree draws again: it goes, so the page has one of each.
    fallback?.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteLink') || changed.has('departments')) {
      const cleaner = new DataCleaner(this.localName);
      this.site = this.siteLink === undefined ? undefined : cleaner.list([this.siteLink], isLink)[0];
      // The department menu checks the links inside each group itself.
      this.groups = this.departments === undefined ? [] : cleaner.list(this.departments, (g: unknown): g is GovLinkGroup => typeof g === 'object' && g !== null);
      cleaner.report();
    }
  }

  override render() {
    const open = this.wechat.open;
    return html`<nav part="nav" lang=${this.uiLang} aria-label=${msg('顶部导航', { desc: 'Accessible name of the top bar navigation landmark' })}>
      ${this.site ? html`<a class="site" lang=${this.contentLang} href=${this.site.href}>${this.site.label}</a>` : nothing}
      <gov-elder-toggle></gov-elder-toggle>
      <div class="wechat" @keydown=${this.wechat.onKeydown} @focusout=${this.wechat.onFocusout}>
        <button part="wechat-button" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="wechat-panel" @click=${() => this.wechat.toggle()}>
          ${msg('微信', { desc: 'Top-bar button that shows the QR code of the official WeChat account' })}
        </button>
        <div id="wechat-panel" part="wechat-panel" class="popover" ?hidden=${!open}>
          ${open
            ? html`<figure>
                <img src=${this.wechatQr} width="120" height="120" alt=${msg('本站微信公众号二维码', { desc: 'Alt text of the QR code of the official WeChat account' })} />
                <figcaption>${msg('微信扫一扫,关注“微信政务”', { desc: 'Caption under the WeChat QR code in the top-bar popover' })}</figcaption>
              </figure>`
            : nothing}
        </div>
      </div>
      <slot name="tools"></slot>
      <gov-dept-menu .groups=${this.groups}></gov-dept-menu>
      ${this.loginHref
        ? html`<a class="login" href=${this.loginHref}>${msg('登录/注册', { desc: 'Top-bar link to the login and registration page' })}</a>`
        : nothing}
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gov-elder-toggle': GovElderToggle;
    'gov-dept-menu': GovDeptMenu;
  }
}
