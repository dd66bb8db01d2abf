import { html, nothing, render as renderInto } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { canonicalUrl, metaContent } from '../../base/page-meta.js';
import type { ArticleAttachment, ArticleLink } from './article-data.js';
import { textOf } from '../../base/links.js';
import { loadWithStrings, publishedLocale } from '../../i18n/localization.js';
import type { ArticleRedraw, GivenData, PublishedParts } from './article-redraw.js';
import { groupParagraphs } from './body-parts.js';
import { wrapTables } from './tables.js';
import type { GovFontSize } from '../gov-font-size/gov-font-size.js';
import type { GovShare } from '../gov-share/gov-share.js';
import type { GovPrintButton } from '../gov-print-button/gov-print-button.js';

export type { ArticleAttachment, ArticleLink } from './article-data.js';

/** The article in the element's light DOM, and the places the element draws its parts in. */
interface Frame {
  article: HTMLElement;
  header: HTMLElement;
  /** The tools row (and the title and the metadata line, when drawn again) are drawn before this marker in the header. */
  headerEnd: Comment;
  /** The printed address (and 附件 and 上一篇 / 下一篇, when drawn again) are drawn before this marker in the article. */
  tailEnd: Comment;
  /** What the CMS published, left in place until the element draws it again. */
  published: PublishedParts;
}

/** An attribute's text, trimmed; a removed attribute (null) is empty. */
const given = (value: string | null): string => value?.trim() ?? '';

/** The code that draws the published parts again, once loaded. */
let drawing: typeof import('./article-redraw.js') | undefined;
const loadDrawing = (): Promise<unknown> => import('./article-redraw.js').then((module) => (drawing = module));

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
 * It adds the tools row (`div.gov-article__tools`) under the metadata and the
 * printed address (`p.gov-article__print-url`) at the end. The metadata line,
 * 附件 and 上一篇 / 下一篇 stay as published, the same nodes, until their
 * labels must change language (another interface language than the page's)
 * or their data comes from attributes, properties or the meta tags; then
 * their code loads (article-redraw.ts) and reads them into data, and the
 * element draws them again in their places with localized labels and the
 * date written in the interface language (ADR 0018). gov-article.css styles
 * the published and the upgraded article alike. Content given without a
 * published `<article>` becomes the body of one the element makes around it.
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

  private frame: Frame | undefined;
  /** Draws the metadata line, 附件 and 上一篇 / 下一篇 again; until it is needed the published ones stay. */
  private redraw: ArticleRedraw | undefined;

  private bodyObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    // The published article is found before the first render, which draws into it.
    this.frame ??= this.adoptFallback();
    // Another language arrives with the code that draws the parts in it.
    loadWithStrings(loadDrawing);
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

  /** The header: the tools row renders there, after the title, the metadata line and what else the CMS put in it. */
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
   * Finds the published `<article>` (or makes one around the content the host gave) and the parts the
   * element may draw again: the title, the metadata line, 附件 and the pager. They stay where they are.
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
    const outsideBody = <T extends Element>(selector: string): T | undefined =>
      [...article.querySelectorAll<T>(selector)].find((el) => !body?.contains(el));

    let header = article.querySelector<HTMLElement>(':scope > header');
    if (!header) {
      header = document.createElement('header');
      article.prepend(header);
    }
    header.classList.add('gov-article__header');
    const heading = outsideBody<HTMLHeadingElement>('h1');
    const meta = outsideBody('.gov-article__meta');
    // The tools row goes under the metadata (or the title); a title and metadata drawn again take their place.
    const headerEnd = document.createComment('');
    header.insertBefore(headerEnd, ([meta, heading].find((el) => el?.parentElement === header) ?? header.lastChild)?.nextSibling ?? null);

    const attachments = outsideBody('.gov-article__attachments');
    const [prev, next] = ['prev', 'next'].map((rel) => outsideBody<HTMLAnchorElement>(`a[rel~="${rel}"][href]`));
    const pager = outsideBody('.gov-article__pager') ?? (prev ?? next)?.closest('nav') ?? undefined;
    // The printed address goes after the published tail (the pager comes after 附件), else right after the body;
    // a tail drawn again takes the published one's place.
    const tailEnd = document.createComment('');
    article.insertBefore(tailEnd, ([pager, attachments].find((el) => el?.parentElement === article) ?? body)?.nextSibling ?? null);
    return { article, header, headerEnd, tailEnd, published: { heading, meta, attachments, pager, prev, next } };
  }

  /**
   * Loads the code that draws the metadata line and the tail again, once they must change: their labels
   * are to change language (another interface language than the page was published in), or their data
   * comes from attributes or properties, or the published markup lacks the title or the metadata line
   * (the meta tags may give them). Until then what the CMS published stays, and a page view does not
   * download that code.
   */
  protected override willUpdate(): void {
    if (this.redraw) return;
    const { heading, meta } = this.frame!.published;
    // Attributes are empty and properties undefined when not given.
    const fromData = Object.values(this.givenData).some((value) => value !== undefined && value !== '');
    if (this.uiLang === publishedLocale() && !fromData && heading && meta) return;
    if (drawing) this.redraw = new drawing.ArticleRedraw(this.frame!.published);
    // Drawn once the code has arrived, and updateComplete waits for it; offline, what the CMS published stays
    // until the next update loads it again.
    else this.waitFor(loadDrawing().then(() => this.requestUpdate(), () => undefined));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('keepMarkup')) this.followBody();
  }

  /** What the attributes and properties give. */
  private get givenData(): GivenData {
    const { attachments, prev, next } = this;
    return { heading: given(this.heading), source: given(this.source), published: given(this.published), attachments, prev, next };
  }

  /** The title actually shown: the heading attribute, else the published title, else the ArticleTitle meta tag. */
  get shownHeading(): string {
    return given(this.heading) || textOf(this.frame?.published.heading) || metaContent('ArticleTitle');
  }

  private get shownUrl(): string {
    return this.url || canonicalUrl();
  }

  protected override update(): void {
    super.update();
    // The second place the element draws in: after the body.
    const { article, tailEnd } = this.frame!;
    renderInto(
      html`${this.redraw?.tail(this.givenData, this.uid, this.contentLang) ?? nothing}
        <p class="gov-article__print-url" lang=${this.uiLang}>${msg(str`本文网址:${this.shownUrl}`, { desc: 'Printed only: the address of the page, written out' })}</p>`,
      article,
      { host: this, renderBefore: tailEnd },
    );
  }

  /** The header's part: the tools row, after the title and the metadata line when they are drawn again. */
  override render() {
    const heading = this.shownHeading;
    return html`${this.redraw?.header(this.givenData, heading, this.contentLang) ?? nothing}
      <div class="gov-article__tools">
        <gov-font-size></gov-font-size>
        <gov-share .url=${this.shownUrl} .shareTitle=${heading}></gov-share>
        <gov-print-button></gov-print-button>
      </div>`;
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
