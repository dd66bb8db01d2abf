// Waiting for the kit to upgrade a page, shared by the end-to-end tests and
// `scripts/endurance.mjs`.

/**
 * Waits until the kit has run and every gov- element has rendered. Related
 * sites, the footer and 返回顶部 upgrade only when they come near the window
 * (src/page.ts), so the page is scrolled to its end and back first.
 */
export async function waitForUpgrade(page) {
  await page.evaluate(async () => {
    const { scrollX, scrollY } = window;
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.scrollTo(scrollX, scrollY);
  });
  // The article frame and footer are defined from lazy chunks: wait for every gov- element, not just the first.
  // 返回顶部 loads once the page has been scrolled a screen down, which a short page never is.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')].every(
      (el) => !el.localName.startsWith('gov-') || ['gov-article-part', 'gov-back-to-top'].includes(el.localName) || customElements.get(el.localName),
    ),
  );
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('gov-') && customElements.get(el.localName))
        .map((el) => el.updateComplete),
    ),
  );
}
