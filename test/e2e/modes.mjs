// Reading colours and sizes off the built demo, for the mode tests. The
// contrast ratio is the audit's (audit/measure/color.mjs).

export { contrast } from '../../audit/measure/color.mjs';

/** Sets preferences through the page's own store, as the toolbar does. */
export function setPreferences(page, patch) {
  return page.evaluate((values) => globalThis[Symbol.for('gov-portal-kit.preferences')].set(values), patch);
}

/**
 * The effective background of an element: the first ancestor (crossing shadow
 * roots) with a non-transparent background.
 */
export function backgroundOf(page, locator) {
  return locator.evaluate((element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const color = getComputedStyle(node).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return getComputedStyle(document.documentElement).backgroundColor === 'rgba(0, 0, 0, 0)'
      ? 'rgb(255, 255, 255)'
      : getComputedStyle(document.documentElement).backgroundColor;
  });
}

/** Every interactive target outside running text, with its box: links, buttons, inputs, summaries, in light and shadow DOM. */
export function targets(page) {
  return page.evaluate(() => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('a[href], button, input, select, textarea, summary')) {
        const rects = el.getClientRects();
        if (!rects.length) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        // Visually hidden until focused (the skip link): measured when focused, by its own tests.
        if (style.clipPath === 'inset(50%)') continue;
        // Inline links inside sentences are exempt (WCAG 2.5.8): those in the article body's paragraphs.
        if (el.localName === 'a' && el.closest('.gov-article__body p, .gov-article__body li')) continue;
        const box = el.getBoundingClientRect();
        // A native radio or checkbox drawn by its label counts with the label's box.
        const drawn = el.localName === 'input' && style.opacity === '0' && el.labels?.[0] ? el.labels[0].getBoundingClientRect() : box;
        found.push({
          name: (el.getAttribute('aria-label') ?? el.textContent ?? el.value ?? '').trim().slice(0, 30) || el.localName,
          topBar: Boolean(el.closest('gov-top-bar') || root.host?.closest?.('gov-top-bar')),
          width: drawn.width,
          height: drawn.height,
        });
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found;
  });
}
