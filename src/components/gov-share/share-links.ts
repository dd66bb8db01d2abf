/** Share targets and page facts shared by gov-share and gov-article. No side effects. */

/** The page's canonical URL (`<link rel="canonical">`), or its address without the fragment. */
export function canonicalUrl(doc: Document = document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="canonical"][href]');
  if (link?.href) return link.href;
  const here = new URL(doc.location?.href ?? location.href);
  here.hash = '';
  return here.href;
}

/** The content of `<meta name="…">`, trimmed; empty when the tag is missing. */
export function metaContent(name: string, doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  return meta?.content.trim() ?? '';
}

/** The article title: the ArticleTitle meta tag, else the document title. */
export function pageTitle(doc: Document = document): string {
  return metaContent('ArticleTitle', doc) || doc.title.trim();
}

/** 微博 share endpoint for `url` and `title`. */
export function weiboShareUrl(url: string, title: string): string {
  return `https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
}

/** QQ空间 share endpoint for `url` and `title`. */
export function qzoneShareUrl(url: string, title: string): string {
  return `https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
}
