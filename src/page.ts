/**
 * The page entry of the demo and of the one-file embed. At once: the page
 * set-up and the chrome at the top of the page; the article frame (字体,
 * 分享到, 打印本页), defined a task later. It is in the entry, not a chunk
 * of its own: every article page downloads it, and one file compresses
 * 824 B smaller than two (ADR 0006). Then, from lazy chunks, so a visitor who
 * only reads downloads no more than the page shows: related sites, the
 * footer and 返回顶部 when the first two come within a screen of the window
 * (their published markup reads fully until then) or once the visitor has
 * scrolled a screen down, which is when 返回顶部 appears.
 */
import './elements/gov-skip-link.js';
import './elements/gov-top-bar.js';
import './elements/gov-a11y-toggle.js';
import './elements/gov-language-switcher.js';
import './elements/gov-header.js';
import './elements/gov-main-nav.js';
import './elements/gov-breadcrumb.js';
import { defineArticleInTasks } from './article.js';

void defineArticleInTasks();

/** Loads `load` once any of `tags` is within a screen of the window, or takes focus. */
function whenNear(tags: string, load: () => Promise<unknown>): void {
  const elements = [...document.querySelectorAll(tags)];
  if (!elements.length) return;
  let loaded = false;
  const go = (): void => {
    if (loaded) return;
    loaded = true;
    observer.disconnect();
    void load();
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && go(), { rootMargin: '100% 0px' });
  for (const element of elements) {
    observer.observe(element);
    element.addEventListener('focusin', go, { once: true });
  }
}

const belowFold = (): Promise<unknown> => import('./below-fold.js');
whenNear('gov-related-sites, gov-footer', belowFold);

const onScroll = (): void => {
  if (window.scrollY <= window.innerHeight) return;
  window.removeEventListener('scroll', onScroll);
  void belowFold();
};
window.addEventListener('scroll', onScroll, { passive: true });
onScroll();
