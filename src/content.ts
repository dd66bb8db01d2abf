/** The content elements the page entry loads lazily: the article frame with its tools, and the footer. */
import { GovArticle } from './components/gov-article/gov-article.js';
import { GovShare } from './components/gov-share/gov-share.js';
import { GovPrintButton } from './components/gov-print-button/gov-print-button.js';
import { GovFooter } from './components/gov-footer/gov-footer.js';

// The article's tools are defined before the article, which draws them.
const steps = [
  () => {
    GovShare.define('gov-share');
    GovPrintButton.define('gov-print-button');
  },
  () => GovArticle.define('gov-article'),
  () => GovFooter.define('gov-footer'),
];

export function defineContent(): void {
  for (const step of steps) step();
}

/** The same, one task per step, so no upgrade is a long task on a slow phone (Lighthouse's total blocking time). */
export async function defineContentInTasks(): Promise<void> {
  for (const step of steps) {
    step();
    await new Promise((resolve) => setTimeout(resolve));
  }
}
