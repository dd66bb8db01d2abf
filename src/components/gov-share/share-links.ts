/** The share targets of gov-share and the title it shares. No side effects. */
import { metaContent } from '../../base/page-meta.js';

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
