import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { hostText } from '../../base/content-text.js';
import { conacBadge, jiucuoBadge } from './third-party.js';
import {
  conacCodePattern,
  icpLink,
  icpPattern,
  phoneEntries,
  policeLink,
  policePattern,
  siteCodePattern,
  splitList,
  telecomLicensePattern,
} from './registration.js';

/** Registration numbers (ICP, 公安备案, 增值电信) are Chinese text on every page, whatever language the page is in. */
const registrationLang = 'zh-Hans';

const listConverter = {
  fromAttribute: splitList,
  toAttribute: (value: string[]): string => value.join('/'),
};

type CheckedField = 'siteCode' | 'icp' | 'police' | 'telecomLicense' | 'conacCode' | 'jiucuoCode';

/**
 * A registration number as text: a removed attribute (null), a property a page script cleared or a
 * number from JSON data must not break the footer.
 */
const registration = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/**
 * The site footer: 网站声明 and 网站地图; 主办单位, 承办单位, 政府网站标识码;
 * the ICP number (linked to beian.miit.gov.cn), the 公安备案 number with its
 * badge (linked to its record on beian.mps.gov.cn) and an optional
 * 增值电信业务经营许可证; 地址, 电话 and 传真 (numbers as `tel:` links); and the
 * 微信公众号 QR code. Everything comes from attributes or properties, so one
 * component serves sites with different numbers. A number that does not match
 * its format (DESIGN.md) is shown as plain text, with a console warning naming
 * the field.
 *
 * It renders into its light DOM, in place of the published footer, the same
 * markup and class names the CMS publishes: `footer` > `ul.gov-footer__links`
 * (网站声明, 网站地图) + `div.gov-footer__info` (`p` lines of `span`s and
 * links, the 公安备案 link `a.gov-footer__police` with its badge `img`) +
 * `figure.gov-footer__wechat` (`img` + `figcaption`). The published footer is
 * replaced, not read: the data comes from the attributes. One look,
 * gov-footer.css, serves both, so the upgrade shifts nothing, and the page's
 * modes (elder, schemes, text-only, print) reach it with the rest of the page.
 *
 * The 党政机关 (conac) badge and 我为政府网站找错 load third-party scripts,
 * so they appear only when the site opts in with `conac-code` or
 * `jiucuo-code`; without them the footer contacts no other host.
 *
 * @summary Site footer with registration numbers.
 * @cssprop --gov-footer-columns - Grid columns of the footer (one column on narrow screens, in elder mode and in text-only view).
 */
export class GovFooter extends GovElement {
  static override properties: PropertyDeclarations = {
    organizer: {},
    operator: {},
    siteCode: { attribute: 'site-code' },
    icp: {},
    police: {},
    policeIcon: { attribute: 'police-icon' },
    telecomLicense: { attribute: 'telecom-license' },
    address: {},
    phones: { converter: listConverter },
    fax: { converter: listConverter },
    statementHref: { attribute: 'statement-href' },
    sitemapHref: { attribute: 'sitemap-href' },
    wechatQr: { attribute: 'wechat-qr' },
    conacCode: { attribute: 'conac-code' },
    jiucuoCode: { attribute: 'jiucuo-code' },
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    // The published footer gives way to the same markup, drawn from the attributes.
    this.replaceChildren();
  }

  /** 主办单位. */
  organizer = '';
  /** 承办单位. */
  operator = '';
  /** 政府网站标识码, e.g. 1500000057. */
  siteCode = '';
  /** ICP 备案号, e.g. 蒙ICP备2021001220号-1. */
  icp = '';
  /** 公安备案号, e.g. 蒙公网安备15010502002335号. */
  police = '';
  /** Image of the 公安备案 badge. */
  policeIcon = '';
  /** 增值电信业务经营许可证 (optional), e.g. 蒙B2-20090015. */
  telecomLicense = '';
  /** 地址. */
  address = '';
  /** 电话: one or more numbers; the attribute separates them with "/". */
  phones: string[] = [];
  /** 传真: one or more numbers; the attribute separates them with "/". */
  fax: string[] = [];
  /** Address of 网站声明. */
  statementHref = '';
  /** Address of 网站地图. */
  sitemapHref = '';
  /** Image of the 微信公众号 QR code. */
  wechatQr = '';
  /** Opt-in: the site's conac code (CA + 21 digits) shows the 党政机关 badge, loaded from dcs.conac.cn. */
  conacCode = '';
  /** Opt-in: the site code for 我为政府网站找错, loaded from zfwzgl.www.gov.cn. */
  jiucuoCode = '';

  private readonly warned = new Map<string, string>();

  /** `value` when it matches `pattern`; otherwise warns once, naming the field, and returns undefined. */
  private checked(field: CheckedField, value: unknown, pattern: RegExp): string | undefined {
    const v = registration(value);
    if (!v) return undefined;
    if (pattern.test(v)) return v;
    if (this.warned.get(field) !== v) {
      this.warned.set(field, v);
      console.warn(`gov-footer: ${field} "${v}" does not match ${pattern}; shown as plain text.`);
    }
    return undefined;
  }

  private texts(field: 'phones' | 'fax'): string[] {
    const list: unknown = this[field];
    if (!Array.isArray(list)) return [];
    const good = list.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    if (good.length < list.length && this.warned.get(field) !== String(list.length)) {
      this.warned.set(field, String(list.length));
      console.warn(`gov-footer: ${field} entries must be non-empty strings; skipped ${list.length - good.length}.`);
    }
    return good;
  }

  private numbers(list: string[]): TemplateResult[] {
    return phoneEntries(list).map(
      (phone, i) => html`${i > 0 ? ' / ' : ''}${phone.href ? html`<a href=${phone.href}>${phone.text}</a>` : phone.text}`,
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('conacCode') || changed.has('jiucuoCode')) this.loadBadges();
  }

  /** Inserts the opted-in third-party scripts (they look for their ids in the document). */
  private loadBadges(): void {
    const conac = this.checked('conacCode', this.conacCode, conacCodePattern);
    const jiucuo = this.checked('jiucuoCode', this.jiucuoCode, siteCodePattern);
    const box = this.querySelector<HTMLElement>('.gov-footer__badges');
    if (!box) return;
    box.replaceChildren();
    if (conac) box.append(...conacBadge(conac));
    if (jiucuo) box.append(...jiucuoBadge(jiucuo));
  }

  override render() {
    const site = registration(this.siteCode);
    const validSite = this.checked('siteCode', site, siteCodePattern);
    const icp = registration(this.icp);
    const police = registration(this.police);
    const license = registration(this.telecomLicense);
    const phones = this.texts('phones');
    const fax = this.texts('fax');
    const validIcp = this.checked('icp', icp, icpPattern);
    const validPolice = this.checked('police', police, policePattern);
    this.checked('telecomLicense', license, telecomLicensePattern);
    const policeBadge = this.policeIcon ? html`<img src=${this.policeIcon} alt="" width="20" height="20" />` : nothing;
    return html`<footer lang=${this.uiLang}>
      ${this.statementHref || this.sitemapHref
        ? html`<ul class="gov-footer__links">
            ${this.statementHref ? html`<li><a href=${this.statementHref}>${msg('网站声明', { desc: 'Footer link to the site statement' })}</a></li>` : nothing}
            ${this.sitemapHref ? html`<li><a href=${this.sitemapHref}>${msg('网站地图', { desc: 'Footer link to the site map' })}</a></li>` : nothing}
          </ul>`
        : nothing}
      <div class="gov-footer__info">
        ${this.organizer || this.operator || site
          ? html`<p>
              ${this.organizer ? html`<span>${msg(html`主办单位:${hostText(this.organizer, this.contentLang)}`, { desc: 'Footer: the office that owns the site' })}</span>` : nothing}
              ${this.operator ? html`<span>${msg(html`承办单位:${hostText(this.operator, this.contentLang)}`, { desc: 'Footer: the office that runs the site' })}</span>` : nothing}
              ${site ? html`<span>${msg(str`政府网站标识码:${validSite ?? site}`, { desc: 'Footer: the government website identification code' })}</span>` : nothing}
            </p>`
          : nothing}
        ${icp || police || license
          ? html`<p>
              ${icp ? (validIcp ? html`<a lang=${registrationLang} href=${icpLink}>${icp}</a>` : html`<span lang=${registrationLang}>${icp}</span>`) : nothing}
              ${police
                ? validPolice
                  ? html`<a class="gov-footer__police" lang=${registrationLang} href=${policeLink(police)}>${policeBadge}${police}</a>`
                  : html`<span class="gov-footer__police" lang=${registrationLang}>${policeBadge}${police}</span>`
                : nothing}
              ${license ? html`<span>${msg(html`增值电信业务经营许可证:${html`<span lang=${registrationLang}>${license}</span>`}`, { desc: 'Footer: the value-added telecom business licence number' })}</span>` : nothing}
            </p>`
          : nothing}
        ${this.address || phones.length || fax.length
          ? html`<p>
              ${this.address ? html`<span>${msg(html`地址:${hostText(this.address, this.contentLang)}`, { desc: 'Footer: postal address of the office' })}</span>` : nothing}
              ${phones.length ? html`<span>${msg('电话:', { desc: 'Footer: label before the phone numbers' })}${this.numbers(phones)}</span>` : nothing}
              ${fax.length ? html`<span>${msg('传真:', { desc: 'Footer: label before the fax numbers' })}${this.numbers(fax)}</span>` : nothing}
            </p>`
          : nothing}
        <div class="gov-footer__badges"></div>
      </div>
      ${this.wechatQr
        ? html`<figure class="gov-footer__wechat">
            <img src=${this.wechatQr} alt=${this.organizer
              ? msg(str`${this.organizer}微信公众号二维码`, { desc: 'Footer: alternative text of the QR code of the office WeChat account; the value is the office' })
              : msg('微信公众号二维码', { desc: 'Footer: alternative text of the QR code of the WeChat official account' })} width="120" height="120" />
            <figcaption>${msg('微信公众号', { desc: 'Footer: caption under the QR code of the WeChat official account' })}</figcaption>
          </figure>`
        : nothing}
    </footer>`;
  }
}
