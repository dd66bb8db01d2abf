// Page measurements shared by the end-to-end tests and `npm run bench`.

/** Cumulative layout shift recorded since navigation, excluding shifts caused by input. */
export async function cumulativeLayoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; two frames later everything is in.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

/**
 * Lengthens the demo article to `count` paragraphs by appending copies of its own, the way a CMS script
 * adds content after the page has loaded; `keepMarkup` sets gov-article's opt-out from grouping first.
 */
export async function lengthenArticle(page, count, { keepMarkup = false } = {}) {
  await page.waitForFunction(() => customElements.get('gov-article'));
  await page.evaluate(
    ([total, keep]) => {
      document.querySelector('gov-article').keepMarkup = keep;
      const body = document.querySelector('.gov-article__body');
      const source = [...body.querySelectorAll('p')];
      const extra = document.createDocumentFragment();
      for (let i = 0; extra.childNodes.length + source.length < total; i += 1) extra.append(source[i % source.length].cloneNode(true));
      body.append(extra);
    },
    [count, keepMarkup],
  );
}
