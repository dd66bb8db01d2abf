import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { DisclosureController } from '../../base/disclosure.js';
import { DataCleaner, departmentsFrom, isLink, linkFrom, type GovLink, type GovLinkGroup } from '../../base/links.js';
import { pagePreferences } from '../../preferences/store.js';
import { drawn } from '../../base/focus.js';
import type { GovDeptMenu } from '../gov-dept-menu/gov-dept-menu.js';
import type { GovElderToggle } from '../gov-elder-toggle/gov-elder-toggle.js';

/** 暖心专区: the site's zone of services for elderly people, shown in 长辈版 only unless `always`. */
export interface ElderZoneLink extends GovLink {
  /** Shows the link in the standard look too. */
  always?: boolean;
}

/**
 * The items that may fold into 更多, least important first. 长辈版 never
 * folds: it is how a reader leaves elder mode.
 */
const foldOrder = ['wechat', 'login', 'dept', 'site', 'tools', 'zone'] as const;
type Item = (typeof foldOrder)[number];

/** The JavaScript-only tools a page puts in the bar (`slot="tools"`, the name the shadow-DOM bar had for them). */
const isTool = (node: Node): boolean => node instanceof Element && node.getAttribute('slot') === 'tools';

/**
 * The top bar: the link to the regional government's website, 暖心专区 (in
 * 长辈版), 长辈版 (`gov-elder-toggle`), 微信 (a disclosure showing the official
 * account's QR code, a same-origin image loaded only when opened), 部门网站导航
 * (`gov-dept-menu`) and 登录/注册. It keeps to one row: the row takes the items
 * in order of importance (暖心专区, the tools, the government link, 部门网站导航,
 * 登录/注册, 微信) while they fit, and the others fold into the disclosure 更多,
 * which opens below the bar.
 *
 * It renders into its light DOM the markup a CMS publishes inside it, so the
 * bar looks the same before and after the upgrade (gov-top-bar.css): a
 * `<nav class="gov-top-bar__nav" aria-label="顶部导航">` holding the government
 * site link (`a.gov-top-bar__link`), optionally 暖心专区
 * (`a.gov-top-bar__link.gov-top-bar__elder-zone`, with `data-always` to show it
 * outside 长辈版 too), `<gov-elder-toggle>`, a `<gov-dept-menu>` with its
 * fallback and the login link (`a.gov-top-bar__link.gov-top-bar__login`). The
 * published markup is read once as data when no properties were set, and
 * drawn again in its place, with 微信 and 更多.
 *
 * JavaScript-only tools are children of the bar outside its `nav`, marked
 * `slot="tools"`: `<gov-a11y-toggle slot="tools">` (无障碍),
 * `<gov-language-switcher slot="tools">`. The bar moves them into its row
 * between 微信 and 部门网站导航, and into 更多 when they fold; tools added to
 * the bar later join them.
 *
 * @summary Top bar of the portal.
 * @cssprop --gov-elder-only-display - How 暖心专区 displays: `none`, and `inline-flex` in 长辈版 (themes/elder.css).
 * @fires gov-toggle - When 更多, the 微信 popover or the department menu opens or closes (`GovToggleEvent`).
 */
export class GovTopBar extends GovElement {
  static override properties: PropertyDeclarations = {
    siteLink: { attribute: false },
    elderZone: { attribute: false },
    loginHref: { attribute: 'login-href' },
    departments: { attribute: false },
    wechatQr: { attribute: 'wechat-qr' },
    folded: { state: true },
  };

  /** The link to the parent government's website, such as 内蒙古自治区人民政府网站. */
  declare siteLink?: GovLink;

  /** 暖心专区, the site's zone for elderly people: shown in 长辈版 only, unless `always` is true. */
  declare elderZone?: ElderZoneLink;

  /** The address of the login page; the link reads 登录/注册. No link when empty. */
  loginHref = '';

  /** The groups of the department mega-menu. */
  declare departments?: GovLinkGroup[];

  /** The same-origin image of the official WeChat account's QR code. */
  wechatQr = '/images/wechat-qr.svg';

  /** The items of `foldOrder` folded into 更多, one bit each. */
  private folded = 0;

  private site: GovLink | undefined;
  private zone: ElderZoneLink | undefined;
  private groups: GovLinkGroup[] = [];
  /** The tools, in the order the page gave them; they live in whichever box the row or 更多 renders. */
  private tools: Element[] = [];
  private fitting = 0;
  private width = 0;
  private unsubscribe: (() => void) | undefined;
  /** Fits the row; `updateComplete` resolves once it has been fitted too. */
  private readonly fit = (): void => {
    this.waitFor(this.fitRow());
  };
  /** Mobile browsers fire resize as the address bar or the keyboard comes and goes: only a new width counts. */
  private readonly onResize = (): void => {
    if (this.clientWidth !== this.width) this.fit();
  };
  private readonly onLocale = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.fit();
  };
  /** A tool the page adds to the bar after the upgrade joins the others. */
  private readonly toolWatch = new MutationObserver((records) => {
    if (this.adopt(records.flatMap((record) => [...record.addedNodes]))) this.fit();
  });

  private readonly more = new DisclosureController(this, {
    container: () => this.querySelector<HTMLElement>('.gov-top-bar__more'),
    popup: true,
  });

  private readonly wechat = new DisclosureController(this, {
    container: () => this.querySelector<HTMLElement>('.gov-top-bar__wechat'),
    popup: true,
    parent: () => this.within('wechat'),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // What fits on the row changes with the width, elder mode, zoom and the language.
    window.addEventListener('resize', this.onResize);
    window.addEventListener('lit-localize-status', this.onLocale);
    this.unsubscribe = pagePreferences().subscribe((event) => {
      if (event.changed.has('elder') || event.changed.has('zoom')) this.fit();
    });
    this.toolWatch.observe(this, { childList: true });
    this.adopt([...this.children]);
    if (this.hasUpdated) return;
    const fallback = this.querySelector(':scope > nav');
    const nav = fallback ?? this;
    this.siteLink ??= linkFrom(nav.querySelector(':scope > a:not(.gov-top-bar__login, .gov-top-bar__elder-zone)'));
    const zone = nav.querySelector('.gov-top-bar__elder-zone');
    if (zone) this.elderZone ??= { ...linkFrom(zone)!, always: zone.hasAttribute('data-always') };
    if (!this.loginHref) this.loginHref = nav.querySelector('.gov-top-bar__login')?.getAttribute('href') ?? '';
    this.departments ??= departmentsFrom(nav.querySelector('gov-dept-menu'));
    // The published markup holds live elements (长辈版, the department menu)
    // that the bar draws again: it goes, so the page has one of each. The
    // tools stay, to be moved into the row.
    for (const child of [...this.children]) if (!isTool(child)) child.remove();
  }

  /** Takes the tools among `nodes` into the bar; true when there was a new one. */
  private adopt(nodes: Node[]): boolean {
    const added = nodes.filter((node) => isTool(node) && !this.tools.includes(node as Element)) as Element[];
    this.tools.push(...added);
    if (added.length) this.requestUpdate();
    return added.length > 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('lit-localize-status', this.onLocale);
    this.unsubscribe?.();
    this.toolWatch.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteLink') || changed.has('elderZone') || changed.has('departments')) {
      const cleaner = new DataCleaner(this.localName);
      this.site = this.siteLink === undefined ? undefined : cleaner.list([this.siteLink], isLink)[0];
      this.zone = this.elderZone === undefined ? undefined : cleaner.list([this.elderZone], isLink)[0];
      // The department menu checks the links inside each group itself.
      this.groups = this.departments === undefined ? [] : cleaner.list(this.departments, (g: unknown): g is GovLinkGroup => typeof g === 'object' && g !== null);
      cleaner.report();
    }
  }

  protected override update(): void {
    super.update();
    // The tools move into the box rendered now (the row's or 更多's); one the page took out of the bar is let go.
    this.tools = this.tools.filter((tool) => tool.parentNode === this || tool.parentElement?.classList.contains('gov-top-bar__tools'));
    const box = this.querySelector('.gov-top-bar__tools');
    if (box && this.tools.some((tool, i) => box.children[i] !== tool)) box.append(...this.tools);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.fitting || ['siteLink', 'elderZone', 'departments', 'loginHref'].some((key) => changed.has(key as keyof GovTopBar))) this.fit();
  }

  /** The disclosure an item sits in: 更多 when it is folded. */
  private within(item: Item): DisclosureController | undefined {
    return this.folded & (1 << foldOrder.indexOf(item)) ? this.more : undefined;
  }

  /** Renders with the items of `mask` folded and tells whether the row wraps; undefined once a newer fit has started. */
  private async wraps(mask: number, run: number): Promise<boolean | undefined> {
    this.folded = mask;
    await this.rendered;
    // The elements inside draw their own labels: measure once they have.
    await drawn(this);
    if (run !== this.fitting) return undefined;
    // The tools' box has no box of its own (display: contents): its tools are the row's items.
    const boxes = [...(this.querySelector(':scope > .gov-top-bar__nav')?.children ?? [])]
      .flatMap((child) => (child.classList.contains('gov-top-bar__tools') ? [...child.children] : [child]))
      .map((child) => child.getBoundingClientRect())
      .filter((box) => box.width > 0);
    // A row wraps when its last item starts below the first one's bottom.
    return boxes.length > 1 && boxes.at(-1)!.top >= boxes[0]!.bottom;
  }

  /**
   * Fills the row, most important item first: each one stays on the row if
   * the row still does not wrap, and folds into 更多 otherwise. Each step
   * renders and measures in microtasks, so no frame is painted in between.
   * A row with nothing folded that still fits is left as it is: moving the
   * items to measure would move the focus and the screen reader's place too.
   */
  private async fitRow(): Promise<void> {
    const run = ++this.fitting;
    await this.rendered;
    this.width = this.clientWidth;
    if (!this.folded) {
      const wrapped = await this.wraps(0, run);
      // Undefined: a newer fit has started. False: the row still fits.
      if (wrapped !== true) return;
    }
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    let mask = (1 << foldOrder.length) - 1;
    for (let i = foldOrder.length - 1; i >= 0; i -= 1) {
      const wrapped = await this.wraps(mask & ~(1 << i), run);
      if (wrapped === undefined) return;
      if (!wrapped) mask &= ~(1 << i);
    }
    this.folded = mask;
    if (!mask) this.more.hide(false);
    await this.rendered;
    // A control that moved (a language chosen in 更多, say) keeps focus.
    if (focused instanceof HTMLElement && focused.isConnected && document.activeElement === document.body) focused.focus();
  }

  private item(item: Item) {
    switch (item) {
      case 'site':
        return this.site ? html`<a class="gov-top-bar__link" lang=${this.contentLang} href=${this.site.href}>${this.site.label}</a>` : nothing;
      case 'zone':
        return this.zone
          ? html`<a class="gov-top-bar__link gov-top-bar__elder-zone" ?data-always=${this.zone.always} lang=${this.contentLang} href=${this.zone.href}>${this.zone.label}</a>`
          : nothing;
      case 'wechat': {
        const open = this.wechat.open;
        return html`<div class="gov-top-bar__wechat" @keydown=${this.wechat.onKeydown} @focusout=${this.wechat.onFocusout}>
          <button class="gov-quiet-button" type="button" aria-expanded=${open} aria-controls="${this.uid}-wechat" @click=${() => this.wechat.toggle()}>
            ${msg('微信', { desc: 'Top-bar button that shows the QR code of the official WeChat account' })}
          </button>
          <div id="${this.uid}-wechat" class="gov-top-bar__popover" ?hidden=${!open}>
            ${open
              ? html`<figure class="gov-top-bar__qr">
                  <img src=${this.wechatQr} width="120" height="120" alt=${msg('本站微信公众号二维码', { desc: 'Alt text of the QR code of the official WeChat account' })} />
                  <figcaption>${msg('微信扫一扫,关注“微信政务”', { desc: 'Caption under the WeChat QR code in the top-bar popover' })}</figcaption>
                </figure>`
              : nothing}
          </div>
        </div>`;
      }
      case 'tools':
        return html`<div class="gov-top-bar__tools"></div>`;
      case 'dept':
        // The menu shows the site's department names: it sits in the bar's nav, which declares the kit's language, so it declares the content's.
        return html`<gov-dept-menu lang=${this.contentLang} .groups=${this.groups} .within=${this.within('dept')}></gov-dept-menu>`;
      case 'login':
        return this.loginHref
          ? html`<a class="gov-top-bar__link gov-top-bar__login" href=${this.loginHref}>${msg('登录/注册', { desc: 'Top-bar link to the login and registration page' })}</a>`
          : nothing;
    }
  }

  override render() {
    const inRow = (item: Item) => (this.within(item) ? nothing : this.item(item));
    const open = this.more.open;
    return html`<nav class="gov-top-bar__nav" lang=${this.uiLang} aria-label=${msg('顶部导航', { desc: 'Accessible name of the top bar navigation landmark' })}>
      ${inRow('site')}${inRow('zone')}
      <gov-elder-toggle></gov-elder-toggle>
      ${inRow('wechat')}${inRow('tools')}${inRow('dept')}${inRow('login')}
      ${this.folded
        ? html`<div class="gov-top-bar__more" @keydown=${this.more.onKeydown} @focusout=${this.more.onFocusout}>
            <button class="gov-quiet-button" type="button" aria-expanded=${open} aria-controls="${this.uid}-more" @click=${() => this.more.toggle()}>
              ${msg('更多', { desc: 'Top-bar button that shows the top-bar items that do not fit on one row' })}<span class="gov-top-bar__icon" aria-hidden="true">${open ? '▴' : '▾'}</span>
            </button>
            <div id="${this.uid}-more" class="gov-top-bar__panel" ?hidden=${!open}>
              ${(['site', 'zone', 'wechat', 'tools', 'dept', 'login'] as const).map((item) => (this.within(item) ? this.item(item) : nothing))}
            </div>
          </div>`
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
