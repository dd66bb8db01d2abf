/** The content elements the page entry loads lazily: the article frame with its tools, and the footer. */
import { GovArticle } from './components/gov-article/gov-article.js';
import { GovShare } from './components/gov-share/gov-share.js';
import { GovPrintButton } from './components/gov-print-button/gov-print-button.js';
import { GovFooter } from './components/gov-footer/gov-footer.js';

export function defineContent(): void {
  GovArticle.define('gov-article');
  GovShare.define('gov-share');
  GovPrintButton.define('gov-print-button');
  GovFooter.define('gov-footer');
}
