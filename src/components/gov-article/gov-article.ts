import { html, nothing, render as renderInto } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
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

/** The article in the element's light DOM, and the places the element draws its parts in. */
interface Frame {
  article: HTMLElement;
  header: HTMLElement;
  /** The title, the metadata line and the tools row are drawn before this marker in the header. */
  headerEnd: Comment;
  /** 附件, 上一篇 / 下一篇 and the printed address are drawn before this marker in the article. */
  tailEnd: Comment;
  /** The published `h1`, host content the element shows unless the heading attribute replaces it. */
  heading: HTMLHeadingElement | undefined;
}

const textOf = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** An attribute's text, trimmed; a removed attribute (null) is empty. */
const given = (value: string | null): string => value?.trim() ?? '';

/**
 * The article frame: the `h1` title, 来源 and 发布日期 (a `<time>` in Beijing
 * time), the tools row (字体 switcher, 分享到, 打印本页), the body supplied by
 * the host, 附件 and 上一篇 / 下一篇, plus the page address written out for
 * print.
 *
 * Title, source and date come from the attributes, else from the CMS markup
 * the element wraps, else from the page's `ArticleTitle`, `ContentSource` and
 * `PubDate` meta tags; whatever is missing is left out.
 *
 * It renders into its light DOM, inside the `<article>` the CMS publishes
 * (see `index.html`), which stays where it is, with its `h1` and its
 * `.gov-article__body`:
 *
 * ```html
 * <article>
 *   <header class="gov-article__header">
 *     <h1>…</h1>
 *     <p class="gov-article__meta"><span>来源:…</span> <span>发布日期:<time datetime="…">…</time></span></p>
 *   </header>
 *   <div class="gov-article__body">…</div>
 *   <section class="gov-article__attachments">…<ul><li><a href="…">…<span class="gov-article__file-meta">(PDF, 1.2 MB)</span></a></li></ul></section>
 *   <nav class="gov-article__pager"><ul><li>上一篇: <a rel="prev" href="…">…</a></li>…</ul></nav>
 * </article>
 * ```
 *
 * It reads the metadata, attachments and pager links into data and draws them
 * again in the same places with localized labels, adds the tools row
 * (`div.gov-article__tools`) under the metadata and the printed address
 * (`p.gov-article__print-url`) at the end; gov-article.css styles the
 * published and the upgraded article alike. Content given without a published
 * `<article>` becomes the body of one the element makes around it.
 *
 * A long body (100 blocks or more, as published or added later) has its runs
 * of paragraphs grouped into `gov-article-part` wrappers of 25, so that
 * switching 长辈版, 字体 or a colour scheme skips off-screen text in bulk;
 * `keep-markup` leaves the body exactly as published.
 *
 * @summary Article frame with tools, attachments and pager.
 * @cssprop --gov-font-size-article - Body text size, set by the font-size switcher and elder mode.
 * @cssprop --gov-measure - Maximum line length of the article.
 * @cssprop --gov-article-tools-direction - Flex direction of the tools row (row; column in elder mode).
 * @cssprop --gov-article-tools-rows - Rows the tools row takes, kept free under the published metadata before the upgrade (1; 2 on narrow screens; 3, and 4 on narrow screens, in elder mode).
 */
export class GovArticle extends GovElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    source: {},
    published: {},
    url: {},
    keepMarkup: { type: Boolean, attribute: 'keep-markup' },
    attachments: { attribute: false },
    prev: { attribute: false },
    next: { attribute: false },
    markup: { state: true },
  };

  /** The title (the `h1`). */
  heading = '';

  /** The source shown after 来源:. */
  source = '';

  /** The publication time, e.g. "2023-12-05 22:45" (Beijing time) or an ISO time with offset. */
  published = '';

  /** The page address to share and to print; the canonical URL when empty. */
  url = '';

  /**
   * Leaves the body's markup exactly as published: long bodies are not grouped
   * into parts. For host pages whose own styles or scripts rely on the body's
   * direct children (`.body > p`); mode switches on very long articles are slower.
   * Set it in the markup: parts made before it is set stay.
   */
  keepMarkup = false;

  /** Files under 附件; malformed entries are skipped with a warning. */
  declare attachments: ArticleAttachment[] | undefined;

  /** The previous article (上一篇). */
  declare prev: ArticleLink | undefined;

  /** The next article (下一篇). */
  declare next: ArticleLink | undefined;

  private markup: MarkupData = {};

  private frame: Frame | undefined;
  private files: ArticleAttachment[] = [];
  private prevLink: ArticleLink | undefined;
  private nextLink: ArticleLink | undefined;
  private warnedDate = '';

  private bodyObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    // The published article is read before the first render, which draws into it.
    this.frame ??= this.adoptFallback();
    super.connectedCallback();
    if (this.hasUpdated) this.followBody();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bodyObserver?.disconnect();
  }

  /** The frame it drew around the article (header, 附件, pager), not the host's body. */
  protected override drawnParts(selector: string): Element[] {
    return super.drawnParts(selector).filter((part) => !part.closest('.gov-article__body'));
  }

  /** The header: the title, the metadata line and the tools row render there, after what else the CMS put in it. */
  protected override createRenderRoot(): HTMLElement {
    const { header, headerEnd } = (this.frame ??= this.adoptFallback());
    this.renderOptions.renderBefore = headerEnd;
    return header;
  }

  /**
   * Gives wide tables their scrolling region and groups a long body into parts, now and whenever the
   * host adds content, unless keep-markup is set.
   */
  private followBody(): void {
    this.bodyObserver?.disconnect();
    const body = this.frame?.article.querySelector(':scope > .gov-article__body');
    if (!body || this.keepMarkup) return;
    const arrange = (): void => {
      wrapTables(body, msg('表格', { desc: 'Accessible name of the scrolling region around a table that has no caption' }));
      groupParagraphs(body);
    };
    arrange();
    this.bodyObserver ??= new MutationObserver(arrange);
    this.bodyObserver.observe(body, { childList: true });
  }

  /**
   * Finds the published `<article>` (or makes one around the content the host gave), reads its metadata,
   * attachments and pager into data, and takes them out: the element draws them again in their places.
   * The title and the body are host content and stay.
   */
  private adoptFallback(): Frame {
    let article = this.querySelector<HTMLElement>(':scope > article');
    if (!article) {
      article = document.createElement('article');
      const body = document.createElement('div');
      body.className = 'gov-article__body';
      body.append(...this.childNodes);
      article.append(body);
      this.append(article);
    }
    const body = article.querySelector(':scope > .gov-article__body');
    const outsideBody = <T extends Element>(selector: string): T[] =>
      [...article.querySelectorAll<T>(selector)].filter((el) => !body?.contains(el));

    let header = article.querySelector<HTMLElement>(':scope > header');
    if (!header) {
      header = document.createElement('header');
      article.prepend(header);
    }
    header.classList.add('gov-article__header');
    const heading = outsideBody<HTMLHeadingElement>('h1')[0];
    const meta = outsideBody('.gov-article__meta')[0];
    const headerEnd = document.createComment('');
    header.insertBefore(headerEnd, heading?.parentElement === header ? heading : meta?.parentElement === header ? meta : null);

    const data: MarkupData = {};
    data.heading = textOf(heading) || undefined;
    const time = meta?.querySelector('time');
    data.published = time?.getAttribute('datetime') ?? (textOf(time) || undefined);
    for (const span of meta?.querySelectorAll('span') ?? []) {
      const match = /^来源[::]\s*(.+)$/.exec(textOf(span));
      if (match) data.source = match[1];
    }
    const attachments = outsideBody('.gov-article__attachments')[0];
    data.attachments = [...(attachments?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].map((a) => {
      const metaEl = a.querySelector('.gov-article__file-meta');
      const name = textOf(a).replace(textOf(metaEl), '').trim();
      return { name, href: a.getAttribute('href')!, ...parseFileMeta(textOf(metaEl)) };
    });
    const link = (rel: string): HTMLAnchorElement | undefined => outsideBody<HTMLAnchorElement>(`a[rel~="${rel}"][href]`)[0];
    const [prev, next] = [link('prev'), link('next')];
    data.prev = prev ? { title: textOf(prev), href: prev.getAttribute('href')! } : undefined;
    data.next = next ? { title: textOf(next), href: next.getAttribute('href')! } : undefined;
    this.markup = data;

    // The tail goes where the CMS put 附件 (or the pager), else right after the body.
    const pager = outsideBody('.gov-article__pager')[0] ?? (prev ?? next)?.closest('nav') ?? undefined;
    const tailEnd = document.createComment('');
    const tailAt = [attachments, pager].find((el) => el?.parentElement === article) ?? body?.nextSibling ?? null;
    article.insertBefore(tailEnd, tailAt);

    // Drawn again by render(); the title is put back there unless the heading attribute replaces it.
    for (const el of [heading, meta, attachments, pager]) el?.remove();
    return { article, header, headerEnd, tailEnd, heading };
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
    return given(this.heading) || this.markup.heading || metaContent('ArticleTitle');
  }

  private get shownSource(): string {
    return given(this.source) || this.markup.source || metaContent('ContentSource');
  }

  private get shownTime() {
    const raw = given(this.published) || this.markup.published || metaContent('PubDate');
    if (!raw) return undefined;
    const time = beijingTime(raw);
    if (!time && this.warnedDate !== raw) {
      this.warnedDate = raw;
      console.warn(`gov-article: published "${raw}" is not a date such as 2023-12-05 22:45; omitted.`);
    }
    return time;
  }

  private get shownUrl(): string {
    return this.url || canonicalUrl();
  }

  protected override update(): void {
    super.update();
    // The second place the element draws in: after the body.
    const { article, tailEnd } = this.frame!;
    renderInto(this.renderTail(), article, { host: this, renderBefore: tailEnd });
  }

  /** The header's part: the title, 来源 and 发布日期, and the tools row. */
  override render() {
    const heading = this.shownHeading;
    const source = this.shownSource;
    const time = this.shownTime;
    // The published h1 stays unless the heading attribute replaces it.
    const published = !given(this.heading) && this.frame?.heading;
    return html`${published ? published : heading ? html`<h1>${heading}</h1>` : nothing}
      ${source || time
        ? html`<p class="gov-article__meta" lang=${this.uiLang}>
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
      <div class="gov-article__tools">
        <gov-font-size></gov-font-size>
        <gov-share .url=${this.shownUrl} .shareTitle=${heading}></gov-share>
        <gov-print-button></gov-print-button>
      </div>`;
  }

  /** The article's tail: 附件, 上一篇 / 下一篇 and the page address, written out for print. */
  private renderTail() {
    const url = this.shownUrl;
    return html`${this.files.length
        ? html`<section class="gov-article__attachments" aria-labelledby="${this.uid}-attachments">
            <h2 id="${this.uid}-attachments" lang=${this.uiLang}>${msg('附件', { desc: 'Heading of the list of files attached to the article' })}</h2>
            <ul>
              ${this.files.map(
                (file) => html`<li>
                  <a lang=${this.contentLang} href=${file.href}
                    >${file.name}${file.type || file.size
                      ? html`<span class="gov-article__file-meta">(${[file.type, file.size].filter(Boolean).join(', ')})</span>`
                      : nothing}</a
                  >
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${this.prevLink || this.nextLink
        ? html`<nav class="gov-article__pager" lang=${this.uiLang} aria-label=${msg('上一篇和下一篇', { desc: 'Accessible name of the navigation to the previous and next articles' })}>
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
      <p class="gov-article__print-url" lang=${this.uiLang}>${msg(str`本文网址:${url}`, { desc: 'Printed only: the address of the page, written out' })}</p>`;
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
