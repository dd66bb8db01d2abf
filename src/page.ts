/**
 * The page entry of the demo and of the one-file embed.
 */
import { defineCore } from './core.js';
import { GovArticle } from './components/gov-article/gov-article.js';
import { GovShare } from './components/gov-share/gov-share.js';
import { GovPrintButton } from './components/gov-print-button/gov-print-button.js';
import { GovFooter } from './components/gov-footer/gov-footer.js';
import { GovBackToTop } from './components/gov-back-to-top/gov-back-to-top.js';

defineCore();
GovArticle.define('gov-article');
GovShare.define('gov-share');
GovPrintButton.define('gov-print-button');
GovFooter.define('gov-footer');
GovBackToTop.define('gov-back-to-top');
