// `npm run bench`: the performance figures of the built demo. Sizes are gzip
// bytes of JavaScript and CSS; layout shift is measured in headless Chromium
// while the components upgrade, at desktop and mobile widths.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { requireChromium, chromiumArgs } from './browsers.mjs';
import { measureDemo, printSizes } from './sizes.mjs';
import { cumulativeLayoutShift, lengthenArticle } from '../test/e2e/measure.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);

console.log('Sizes (gzip):');
printSizes(await measureDemo(process.env.GOV_DIST ?? 'dist'));

const server = await startServer({ root: process.env.GOV_DIST ?? 'dist' });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });

console.log(`\nCumulative layout shift while upgrading (worst of ${runs} loads):`);
for (const width of [1280, 375]) {
  let worst = 0;
  for (let i = 0; i < runs; i += 1) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('gov-skip-link'));
    worst = Math.max(worst, await cumulativeLayoutShift(page));
    await page.close();
  }
  console.log(`  ${width} px: ${worst.toFixed(4)} (budget < 0.01)`);
}

console.log('\nElder mode on an article of 2,000 paragraphs: click on 长辈版 until the next frame is painted');
// The paragraphs are appended the way a CMS script would; gov-article groups them into parts as they arrive.
// With keep-markup (the host opted out of grouping) each paragraph is skipped on its own: the slower case.
for (const keepMarkup of [false, true]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('gov-elder-toggle'));
  await lengthenArticle(page, 2000, { keepMarkup });
  const timings = [];
  for (let i = 0; i < 2 * runs; i += 1) {
    const elder = await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder'));
    const name = elder ? '退出长辈版' : '长辈版';
    const button = page.getByRole('button', { name, exact: true });
    await button.waitFor();
    // Time inside the page: from the click to the frame after the style change has been painted.
    timings.push(
      await button.evaluate(
        (el) =>
          new Promise((resolve) => {
            const start = performance.now();
            el.click();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }),
      ),
    );
  }
  timings.sort((a, b) => a - b);
  const { paragraphs, parts } = await page.evaluate(() => ({
    paragraphs: document.querySelectorAll('.gov-article__body p').length,
    parts: document.querySelectorAll('.gov-article__body > gov-article-part').length,
  }));
  const label = keepMarkup ? 'keep-markup, ungrouped' : `grouped in ${parts} parts`;
  console.log(`  ${paragraphs} paragraphs, ${label}: median ${timings[Math.floor(timings.length / 2)].toFixed(1)} ms, worst ${timings.at(-1).toFixed(1)} ms over ${timings.length} toggles${keepMarkup ? '' : ' (target < 50 ms)'}`);
  await page.close();
}

// ---- Accessibility toolbar (issue 6): its lazy chunk, and the time from asking for it until it is usable. ----
console.log('\nAccessibility toolbar: "无障碍" (or Alt+Shift+A) until its first button has focus, cold cache each run');
{
  const { rows } = await measureDemo(process.env.GOV_DIST ?? 'dist');
  const chunk = rows.find((row) => row.file.includes('gov-a11y-toolbar'));
  if (chunk) console.log(`  lazy chunk: ${chunk.gzip} B gzip (${chunk.file})`);
  const timings = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('gov-a11y-toggle'));
    timings.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const start = performance.now();
            const visible = (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.localName === 'gov-a11y-toggle' && el.getClientRects().length) return el;
                const inner = el.shadowRoot && visible(el.shadowRoot);
                if (inner) return inner;
              }
              return null;
            };
            const toggle = visible(document);
            if (toggle) toggle.shadowRoot.querySelector('button').click();
            else document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyA', key: 'A', altKey: true, shiftKey: true, bubbles: true }));
            const check = () => {
              const focused = document.querySelector('gov-a11y-toolbar')?.shadowRoot?.activeElement;
              if (focused?.localName === 'button') resolve(performance.now() - start);
              else requestAnimationFrame(check);
            };
            check();
          }),
      ),
    );
    await context.close();
  }
  timings.sort((a, b) => a - b);
  console.log(`  median ${timings[Math.floor(timings.length / 2)].toFixed(1)} ms, worst ${timings.at(-1).toFixed(1)} ms over ${timings.length} cold opens`);
}
// ---- end of the accessibility toolbar block ----

await browser.close();
await server.close();
