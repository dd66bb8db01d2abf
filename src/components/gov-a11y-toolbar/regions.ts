/** Alt+Shift+1…6: jumps to the page regions 导航, 正文, 搜索, 当前位置, 相关网站, 页脚. */
import { moveFocusTo } from '../../base/focus.js';

/** Region keys in shortcut order: where each region is found on a kit page. */
export const regionSelectors = [
  'gov-main-nav, nav[aria-label]',
  'main, [role="main"]',
  'gov-header, search, [role="search"]',
  'gov-breadcrumb',
  'gov-related-sites',
  'gov-footer, footer',
] as const;

const focusable = 'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary';

/** The first visible focusable element under `root`, looking into open shadow roots. */
export function firstFocusable(root: Element | ShadowRoot, selector = focusable): HTMLElement | null {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = firstFocusable(el.shadowRoot, selector);
      if (inner) return inner;
    }
    if (el.matches(selector) && el.getClientRects().length > 0) return el as HTMLElement;
  }
  return null;
}

/** Moves focus to region `index` (0 to 5): the main content itself, elsewhere its first control. Returns false when the page has no such region. */
export function jumpToRegion(index: number): boolean {
  const region = document.querySelector<HTMLElement>(regionSelectors[index]!);
  if (!region) return false;
  // 正文 focuses the main landmark itself; 搜索 its search field; the others their first control.
  const target = index === 1 ? region : (firstFocusable(region, index === 2 ? 'input[type="search"], input:not([type="hidden"])' : focusable) ?? region);
  if (target === region) moveFocusTo(region);
  else target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
