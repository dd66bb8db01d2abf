/**
 * The article frame, part of the page entry: 字体, 分享到 and 打印本页 are
 * defined with it, the frame that draws them a task later, so no upgrade is a
 * long task on a slow phone (Lighthouse's total blocking time).
 */
import './elements/gov-font-size.js';
import './elements/gov-share.js';
import './elements/gov-print-button.js';
import { GovArticle } from './components/gov-article/gov-article.js';

export async function defineArticleInTasks(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  GovArticle.define('gov-article');
}
