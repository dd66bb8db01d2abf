import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { canonicalUrl, metaContent } from '../../base/page-meta.js';
import {
  beijingTime,
  formatPublished,
  parseFileMeta,
  validAttachments,
  validLink,
  type ArticleAttachment,
  type ArticleLink,
} from './article-data.js';
import { getLocale } from '../../i18n/localization.js';
import { styles } from './gov-article.styles.js';
import { groupParagraphs } from './body-parts.js';
import { wrapTables } from './tables.js';
import type { GovFontSize } from '../gov-font-size/gov-font-size.js';
import type { GovShare } from '../gov-share/gov-share.js';
import type { GovPrintButton } from '../gov-print-button/gov-print-button.js';

export type { ArticleAttachment, ArticleLink } from './article-data.js';

/** What the element read from the CMS markup it upgraded. */
interface MarkupData {
  heading?: string;
  source?: string;
  published?: string;
  attachments?: ArticleAttachment[];
  prev?: ArticleLink;
  next?: ArticleLink;
}

const textOf = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The article frame: the `h1` title, 来源 and 发布日期 (a `<time>` in Beijing
 * time), the tools row (字体 switcher, 分享到, 打印本页), the body supplied by
 * the host, 附件 and 上一篇 / 下一篇, plus the page address written out for
 * print.
 *
 * Title, source and date come from the attributes, else from the CMS markup
 * the element wraps, else from the page's `ArticleTitle`, `ContentSource` and
 * `PubDate` meta tags; whatever is missing is left out. When the element wraps
 * the published `<article>` (see `index.html`), it keeps its `h1` and its
 * `.gov-article__body` as slotted host content, reads the metadata,
 * attachments and pager links into data, and drops the rest of that fallback,
 * which it redraws with localized labels.
 *
 * A long body (100 blocks or more, as published or added later) has its runs
 * of paragraphs grouped into `gov-article-part` wrappers of 25, so that
 * switching 长辈版, 字体 or a colour scheme skips off-screen text in bulk;
 * `keep-markup` leaves the body exactly as published.
 *
 * @summary Article frame with tools, attachments and pager.
 * @slot - The article body, supplied by the host.
 * @slot heading - The published `h1`, kept from the fallback markup.
 * @csspart article - The article element.
 * @csspart header - The header holding the title, metadata and tools.
 * @csspart tools - The row holding the font-size switcher, share and print.
 * @csspart body - The wrapper of the slotted body.
 * @cssprop --gov-font-size-article - Body text size, set by the font-size switcher and elder mode.
 * @cssprop --gov-measure - Maximum line length of the article.
 * @cssprop --gov-article-tools-direction - Flex direction of the tools row (row; column in elder mode, set by themes/page.css).
 */
export class GovArticle extends GovElement {
  static override styles = styles;

  /** The title (the `h1`). */
  @property() heading = '';

  /** The source shown after 来源:. */
  @property() source = '';

  /** The publication time, e.g. "2023-12-05 22:45" (Beijing time) or an ISO time with offset. */
  @property() published = '';

  /** The page address to share and to print; the canonical URL when empty. */
  @property() url = '';

  /**
   * Leaves the body's markup exactly as published: long bodies are not grouped
   * into parts. For host pages whose own styles or scripts rely on the body's
   * direct children (`.body > p`); mode switches on very long articles are slower.
   * Set it in the markup: parts made before it is set stay.
   */
  @property({ type: Boolean, attribute: 'keep-markup' }) keepMarkup = false;

  /** Files under 附件; malformed entries are skipped with a warning. */
  @property({ attribute: false }) attachments: ArticleAttachment[] | undefined;

  /** The previous article (上一篇). */
  @property({ attribute: false }) prev: ArticleLink | undefined;

  /** The next article (下一篇). */
  @property({ attribute: false }) next: ArticleLink | undefined;

  @state() private markup: MarkupData = {};

  private files: ArticleAttachment[] = [];
  private prevLink: ArticleLink | undefined;
  private nextLink: ArticleLink | undefined;
  private warnedDate = '';

  private bodyObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptFallback();
    if (this.hasUpdated) this.followBody();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bodyObserver?.disconnect();
  }

  /**
   * Gives wide tables their scrolling region and groups a long body into parts, now and whenever the
   * host adds content, unless keep-markup is set.
   */
  private followBody(): void {
    this.bodyObserver?.disconnect();
    const body = this.querySelector(':scope > .gov-article__body');
    if (!body || this.keepMarkup) return;
    const arrange = (): void => {
      wrapTables(body, msg('表格', { desc: 'Accessible name of the scrolling region around a table that has no caption' }));
      groupParagraphs(body);
    };
    arrange();
    this.bodyObserver ??= new MutationObserver(arrange);
    this.bodyObserver.observe(body, { childList: true });
  }

  /** Reads the published `<article>` into data and keeps only its body as slotted content. */
  private adoptFallback(): void {
    const fallback = this.querySelector(':scope > article');
    if (!fallback) return;
    const data: MarkupData = {};
    data.heading = textOf(fallback.querySelector('h1')) || undefined;
    const meta = fallback.querySelector('.gov-article__meta');
    const time = meta?.querySelector('time');
    data.published = time?.getAttribute('datetime') ?? (textOf(time) || undefined);
    for (const span of meta?.querySelectorAll('span') ?? []) {
      const match = /^来源[::]\s*(.+)$/.exec(textOf(span));
      if (match) data.source = match[1];
    }
    const files = [...fallback.querySelectorAll<HTMLAnchorElement>('.gov-article__attachments a[href]')];
    data.attachments = files.map((a) => {
      const metaEl = a.querySelector('.gov-article__file-meta');
      const name = textOf(a).replace(textOf(metaEl), '').trim();
      return { name, href: a.getAttribute('href')!, ...parseFileMeta(textOf(metaEl)) };
    });
    const link = (rel: string): ArticleLink | undefined => {
      const a = fallback.querySelector<HTMLAnchorElement>(`a[rel~="${rel}"][href]`);
      return a ? { title: textOf(a), href: a.getAttribute('href')! } : undefined;
    };
    data.prev = link('prev');
    data.next = link('next');
    this.markup = data;
    // The title and the body are host content: they stay in the light DOM, slotted.
    const h1 = fallback.querySelector('h1');
    if (h1) {
      h1.slot = 'heading';
      this.insertBefore(h1, fallback);
    }
    const body = fallback.querySelector('.gov-article__body');
    if (body) this.insertBefore(body, fallback);
    fallback.remove();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('keepMarkup')) this.followBody();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('attachments') || changed.has('markup' as keyof GovArticle)) {
      this.files = this.attachments !== undefined ? validAttachments(this.attachments) : (this.markup.attachments ?? []);
    }
    if (changed.has('prev') || changed.has('next') || changed.has('markup' as keyof GovArticle)) {
      this.prevLink = this.prev !== undefined ? validLink('prev', this.prev) : this.markup.prev;
      this.nextLink = this.next !== undefined ? validLink('next', this.next) : this.markup.next;
    }
  }

  /** The title actually shown. */
  get shownHeading(): string {
    return this.heading.trim() || this.markup.heading || metaContent('ArticleTitle');
  }

  private get shownSource(): string {
    return this.source.trim() || this.markup.source || metaContent('ContentSource');
  }

  private get shownTime() {
    const raw = this.published.trim() || this.markup.published || metaContent('PubDate');
    if (!raw) return undefined;
    const time = beijingTime(raw);
    if (!time && this.warnedDate !== raw) {
      this.warnedDate = raw;
      console.warn(`gov-article: published "${raw}" is not a date such as 2023-12-05 22:45; omitted.`);
    }
    return time;
  }

  override render() {
    const heading = this.shownHeading;
    const source = this.shownSource;
    const time = this.shownTime;
    const url = this.url || canonicalUrl();
    // The published h1 stays slotted unless the heading attribute replaces it.
    const slottedHeading = !this.heading.trim() && this.querySelector(':scope > h1[slot="heading"]');
    return html`<article part="article">
      <header part="header" class="header">
        ${slottedHeading ? html`<slot name="heading"></slot>` : heading ? html`<h1>${heading}</h1>` : nothing}
        ${source || time
          ? html`<p class="meta gov-article__meta" lang=${this.uiLang}>
              ${source ? html`<span>${msg(html`来源:${this.hostText(source)}`, { desc: 'Article metadata: the source (a newspaper or office) of the article' })}</span>` : nothing}
              ${time
                ? html`<span
                    >${msg('发布日期:', { desc: 'Article metadata: label before the publication date and time' })}<time datetime=${time.datetime}
                      >${formatPublished(time, getLocale())}</time
                    ></span
                  >`
                : nothing}
            </p>`
          : nothing}
        <div class="tools" part="tools">
          <gov-font-size></gov-font-size>
          <gov-share class="share" .url=${url} .shareTitle=${heading}></gov-share>
          <gov-print-button></gov-print-button>
        </div>
      </header>
      <div class="body" part="body"><slot></slot></div>
      ${this.files.length
        ? html`<section class="attachments" lang=${this.uiLang} aria-labelledby="attachments-title">
            <h2 id="attachments-title">${msg('附件', { desc: 'Heading of the list of files attached to the article' })}</h2>
            <ul>
              ${this.files.map(
                (file) => html`<li>
                  <a lang=${this.contentLang} href=${file.href}
                    >${file.name}${file.type || file.size
                      ? html`<span class="file-meta">(${[file.type, file.size].filter(Boolean).join(', ')})</span>`
                      : nothing}</a
                  >
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${this.prevLink || this.nextLink
        ? html`<nav class="pager" lang=${this.uiLang} aria-label=${msg('上一篇和下一篇', { desc: 'Accessible name of the navigation to the previous and next articles' })}>
            <ul>
              ${this.prevLink
                ? html`<li>${msg('上一篇:', { desc: 'Label before the link to the previous article' })} <a rel="prev" lang=${this.contentLang} href=${this.prevLink.href}>${this.prevLink.title}</a></li>`
                : nothing}
              ${this.nextLink
                ? html`<li>${msg('下一篇:', { desc: 'Label before the link to the next article' })} <a rel="next" lang=${this.contentLang} href=${this.nextLink.href}>${this.nextLink.title}</a></li>`
                : nothing}
            </ul>
          </nav>`
        : nothing}
      <p class="print-url" lang=${this.uiLang}>${msg(str`本文网址:${url}`, { desc: 'Printed only: the address of the page, written out' })}</p>
    </article>`;
  }
}

// The frame renders these elements; src/index.ts defines them.
declare global {
  interface HTMLElementTagNameMap {
    'gov-font-size': GovFontSize;
    'gov-share': GovShare;
    'gov-print-button': GovPrintButton;
  }
}
