import { html, nothing } from 'lit/html.js';
import { msg } from '@lit/localize';
import { getLocale } from '../../i18n/localization.js';
import { metaContent } from '../../base/page-meta.js';
import { textOf } from '../../base/links.js';
import { hostText } from '../../base/content-text.js';
import { beijingTime, formatPublished, type ArticleAttachment, type ArticleLink } from './article-data.js';

/** The parts of the article the CMS published, as the element found them. */
export interface PublishedParts {
  /** The `h1`, host content: drawn again as the same node unless the heading attribute replaces it. */
  heading?: HTMLHeadingElement;
  meta?: Element;
  attachments?: Element;
  pager?: Element;
  prev?: HTMLAnchorElement;
  next?: HTMLAnchorElement;
}

/** The data the element was given: its attributes (trimmed; empty when not given) and its properties (undefined when not given). */
export interface GivenData {
  heading: string;
  source: string;
  published: string;
  attachments: unknown;
  prev: unknown;
  next: unknown;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Keeps the well-formed attachments; warns once, naming the count, when some are skipped. */
export function validAttachments(list: unknown): ArticleAttachment[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    console.warn('gov-article: attachments must be an array; ignored.');
    return [];
  }
  const trimmed = (value: unknown): string | undefined => (isText(value) ? value.trim() : undefined);
  const good = (list as (Partial<Record<keyof ArticleAttachment, unknown>> | null)[])
    .filter((item) => isText(item?.name) && isText(item?.href))
    .map((item) => ({ name: trimmed(item!.name)!, href: item!.href as string, type: trimmed(item!.type), size: trimmed(item!.size) }));
  if (good.length < list.length) {
    console.warn(`gov-article: skipped ${list.length - good.length} attachment(s) without a text name and href.`);
  }
  return good;
}

/** The link when it has a text title and href; undefined otherwise, with a warning naming the field. */
export function validLink(field: 'prev' | 'next', link: unknown): ArticleLink | undefined {
  if (link === undefined || link === null) return undefined;
  const item = link as Partial<Record<keyof ArticleLink, unknown>>;
  if (isText(item.title) && isText(item.href)) return { title: item.title.trim(), href: item.href };
  console.warn(`gov-article: ${field} needs a text title and href; skipped.`);
  return undefined;
}

/** Splits "(PDF, 1.2 MB)" into a type and a size. */
export function parseFileMeta(text: string): { type?: string; size?: string } {
  const parts = text
    .replace(/^[\s((]+|[\s))]+$/g, '')
    .split(/[,,]/)
    .map((part) => part.trim())
    .filter(Boolean);
  return { type: parts[0], size: parts[1] };
}

const linkOf = (a: HTMLAnchorElement | undefined): ArticleLink | undefined => (a ? { title: textOf(a), href: a.getAttribute('href')! } : undefined);

/**
 * The article's metadata line and tail as the element draws them: 来源 and
 * 发布日期, 附件 and 上一篇 / 下一篇, with the kit's labels in the interface
 * language and the host's text in the content's. The page view does not load
 * it: the element leaves what the CMS published as it is, and draws these
 * parts only once their labels must change language or their data comes from
 * attributes, properties or the page's meta tags (gov-article.ts, ADR 0018).
 */
export class ArticleRedraw {
  private readonly heading: HTMLHeadingElement | undefined;
  private readonly published: {
    source?: string;
    time?: string;
    attachments: ArticleAttachment[];
    prev?: ArticleLink;
    next?: ArticleLink;
  };
  private warnedDate = '';
  /** The properties the shown data was last worked out from: it is checked again, and warned about, only when they change. */
  private checked: unknown[] | undefined;
  private files: ArticleAttachment[] = [];
  private prevLink: ArticleLink | undefined;
  private nextLink: ArticleLink | undefined;

  /** Reads the published parts into data and takes them out of the page: the element draws them again in their places. */
  constructor({ heading, meta, attachments, pager, prev, next }: PublishedParts) {
    this.heading = heading;
    const time = meta?.querySelector('time');
    this.published = {
      source: [...(meta?.querySelectorAll('span') ?? [])].map((span) => /^来源[::]\s*(.+)$/.exec(textOf(span))?.[1]).find(Boolean),
      time: time?.getAttribute('datetime') ?? (textOf(time) || undefined),
      attachments: [...(attachments?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].map((a) => {
        const meta = a.querySelector('.gov-article__file-meta');
        return { name: textOf(a).replace(textOf(meta), '').trim(), href: a.getAttribute('href')!, ...parseFileMeta(textOf(meta)) };
      }),
      prev: linkOf(prev),
      next: linkOf(next),
    };
    for (const part of [heading, meta, attachments, pager]) part?.remove();
  }

  /** The title, which reads `heading`, and the metadata line, the host's text in `contentLang`. */
  header(given: GivenData, heading: string, contentLang: string) {
    const source = given.source || this.published.source || metaContent('ContentSource');
    const raw = given.published || this.published.time || metaContent('PubDate');
    const time = raw ? beijingTime(raw) : undefined;
    if (raw && !time && this.warnedDate !== raw) {
      this.warnedDate = raw;
      console.warn(`gov-article: published "${raw}" is not a date such as 2023-12-05 22:45; omitted.`);
    }
    const uiLang = getLocale();
    // The published h1 stays unless the heading attribute replaces it.
    return html`${!given.heading && this.heading ? this.heading : heading ? html`<h1>${heading}</h1>` : nothing}
    ${source || time
      ? html`<p class="gov-article__meta" lang=${uiLang}>
          ${source
            ? html`<span
                >${msg(html`来源:${hostText(source, contentLang)}`, { desc: 'Article metadata: the source (a newspaper or office) of the article' })}</span
              >`
            : nothing}
          ${time
            ? html`<span
                >${msg('发布日期:', { desc: 'Article metadata: label before the publication date and time' })}<time datetime=${time.datetime}
                  >${formatPublished(time, uiLang)}</time
                ></span
              >`
            : nothing}
        </p>`
      : nothing}`;
  }

  /** 附件 and 上一篇 / 下一篇 from the `given` data or the published tail: ids starting with `uid`, titles in `contentLang`. */
  tail(given: GivenData, uid: string, contentLang: string) {
    const { attachments, prev, next } = given;
    if (!this.checked || ![attachments, prev, next].every((value, i) => value === this.checked![i])) {
      this.checked = [attachments, prev, next];
      this.files = attachments !== undefined ? validAttachments(attachments) : this.published.attachments;
      this.prevLink = prev !== undefined ? validLink('prev', prev) : this.published.prev;
      this.nextLink = next !== undefined ? validLink('next', next) : this.published.next;
    }
    const uiLang = getLocale();
    return html`${this.files.length
      ? html`<section class="gov-article__attachments" aria-labelledby="${uid}-attachments">
          <h2 id="${uid}-attachments" lang=${uiLang}>${msg('附件', { desc: 'Heading of the list of files attached to the article' })}</h2>
          <ul>
            ${this.files.map(
              (file) => html`<li>
                <a lang=${contentLang} href=${file.href}
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
      ? html`<nav class="gov-article__pager" lang=${uiLang} aria-label=${msg('上一篇和下一篇', { desc: 'Accessible name of the navigation to the previous and next articles' })}>
          <ul>
            ${this.prevLink
              ? html`<li>${msg('上一篇:', { desc: 'Label before the link to the previous article' })} <a rel="prev" lang=${contentLang} href=${this.prevLink.href}>${this.prevLink.title}</a></li>`
              : nothing}
            ${this.nextLink
              ? html`<li>${msg('下一篇:', { desc: 'Label before the link to the next article' })} <a rel="next" lang=${contentLang} href=${this.nextLink.href}>${this.nextLink.title}</a></li>`
              : nothing}
          </ul>
        </nav>`
      : nothing}`;
  }
}
