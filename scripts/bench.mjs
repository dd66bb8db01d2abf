// `npm run bench`: every performance figure of the built demo, measured here
// and never pasted: sizes (a page view as a browser downloads it, and
// everything), layout shift while the elements upgrade, 长辈版 on a long
// article, opening the toolbar, the Nu HTML Checker, the endurance run and
// Lighthouse. `npm run bench -- --update-readme` writes them into README.md's
// figures table (between its gov:figures markers). Exits non-zero when a
// budget or a check fails.
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../support/browsers.mjs';
import { budgets, measureDemo, printSizes } from './sizes.mjs';
import { validateHtml } from '../support/validate-html.mjs';
import { writeReadmeRegion } from './readme.mjs';
import { cumulativeLayoutShift, lengthenArticle } from '../support/measure.mjs';

const dist = process.env.GOV_DIST ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 5);

const updateReadme = process.argv.includes('--update-readme');
/** Everything measured, for the README's table. */
const figures = {};

console.log('Sizes (gzip):');
figures.sizes = await measureDemo(dist);
printSizes(figures.sizes);

const server = await startServer({ root: dist });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
figures.chromium = browser.version();

console.log(`\nCumulative layout shift while upgrading (worst of ${runs} loads):`);
figures.cls = {};
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
  figures.cls[width] = worst;
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
  figures[keepMarkup ? 'elderKeepMarkup' : 'elder'] = { median: timings[Math.floor(timings.length / 2)], worst: timings.at(-1), parts, paragraphs };
  console.log(`  ${paragraphs} paragraphs, ${label}: median ${timings[Math.floor(timings.length / 2)].toFixed(1)} ms, worst ${timings.at(-1).toFixed(1)} ms over ${timings.length} toggles${keepMarkup ? '' : ' (target < 50 ms)'}`);
  await page.close();
}

// ---- Accessibility toolbar (issue 6): its lazy chunk, and the time from asking for it until it is usable. ----
console.log('\nAccessibility toolbar: "无障碍" (or Alt+Shift+A) until its first button has focus, cold cache each run');
{
  const chunk = figures.sizes.rows.find((row) => row.file.includes('gov-a11y-toolbar'));
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
            if (toggle) (toggle.shadowRoot ?? toggle).querySelector('button').click();
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
  figures.toolbar = { median: timings[Math.floor(timings.length / 2)], worst: timings.at(-1), chunk: chunk?.gzip };
}

await browser.close();
await server.close();

console.log('\nNu HTML Checker:');
figures.html = await validateHtml(dist);
console.log(`  ${figures.html.files.join(', ')}: ${figures.html.errors.length} errors, ${figures.html.warnings.length} warnings`);

/** Runs another bench script, which writes its figures as JSON to BENCH_OUT; null when it failed. */
function runScript(script) {
  const out = join(tmpdir(), `gov-bench-${process.pid}-${script.replace(/\W/g, '')}.json`);
  console.log('');
  const { status } = spawnSync(process.execPath, [script, dist], { stdio: 'inherit', env: { ...process.env, BENCH_OUT: out } });
  try {
    return { ok: status === 0, ...JSON.parse(readFileSync(out, 'utf8')) };
  } catch {
    return null;
  } finally {
    rmSync(out, { force: true });
  }
}
figures.endurance = runScript('scripts/endurance.mjs');
figures.lighthouse = runScript('scripts/lighthouse.mjs');

const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const ms = (n) => `${n.toFixed(1)} ms`;
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
/** A heap's growth over the endurance run, with where it started and ended. */
const growth = (before, after) => `${after - before >= 0 ? '+' : ''}${mb(after - before)} (${mb(before)} → ${mb(after)})`;
const kb = (n) => `${n >= 0 ? '+' : ''}${(n / 1024).toFixed(1)} KB`;
const { sizes, cls, elder, elderKeepMarkup, toolbar, html, endurance, lighthouse } = figures;
const lh = lighthouse?.scores;
const table = [
  `Measured by \`npm run bench -- --update-readme\` on ${cpus().length} cores with headless Chromium ${figures.chromium}; the size budgets are enforced by \`npm test\`, the layout-shift budget and the HTML check by the end-to-end tests.`,
  '',
  '| budget | limit | measured |',
  '|---|---|---|',
  `| a page view: every JS and CSS file the demo downloads without interaction, and its inline first-paint script, gzip | ${bytes(budgets.pageView)} | ${bytes(sizes.pageView)} |`,
  `| everything the demo can load, gzip (the inline first-paint script, article frame, related sites and footer, toolbar, share dialog with the QR encoder, the localization runtime and locales, the host-text layer) | ${bytes(budgets.everything)} | ${bytes(sizes.everything)} |`,
  `| cumulative layout shift while upgrading (1280 px / 375 px) | < 0.01 | ${cls[1280].toFixed(4)} / ${cls[375].toFixed(4)} |`,
  `| click on 长辈版 to next paint, article of ${elder.paragraphs.toLocaleString('en-US')} paragraphs | < 50 ms | median ${ms(elder.median)}, worst ${ms(elder.worst)} (grouped in ${elder.parts} parts; with \`keep-markup\` ${ms(elderKeepMarkup.median)}) |`,
  `| click on 无障碍 to a usable toolbar (first open, lazy chunk of ${bytes(toolbar.chunk)} gzip) | — | median ${ms(toolbar.median)}, worst ${ms(toolbar.worst)} |`,
  `| Nu HTML Checker (${html.files.join(', ')}) | 0 errors | ${html.errors.length} errors, ${html.warnings.length} warnings |`,
  lighthouse
    ? `| Lighthouse ${lighthouse.version} mobile: performance / accessibility / best practices / SEO | ≥ 98 / 100 / 100 / 100 | ${lh.performance} / ${lh.accessibility} / ${lh['best-practices']} / ${lh.seo} (median of ${lighthouse.runs}; FCP ${lighthouse.metrics.FCP}, LCP ${lighthouse.metrics.LCP}, TBT ${lighthouse.metrics.TBT}, CLS ${lighthouse.metrics.CLS})${lighthouse.slowHost ? ' on a busy host' : ''} |`
    : '| Lighthouse | ≥ 98 / 100 / 100 / 100 | did not run |',
  endurance
    ? `| endurance: ${endurance.cycles.toLocaleString('en-US')} cycles of every mode, disclosure and dialog, JS objects and Blink heap after forced GC (V8's compiled code is reported, not budgeted: it levels off) | JS objects < 256 KB, Blink < 1 MB, no listener left | JS objects ${kb(endurance.objectsAfter - endurance.objectsBefore)}, JS heap ${growth(endurance.heapBefore, endurance.heapAfter)} of which compiled code ${endurance.codeAfter >= endurance.codeBefore ? '+' : ''}${mb(endurance.codeAfter - endurance.codeBefore)}, Blink ${growth(endurance.blinkHeapBefore, endurance.blinkHeapAfter)}, listeners ${endurance.listenersBefore} → ${endurance.listenersAfter}, DOM nodes ${endurance.nodesBefore.toLocaleString('en-US')} → ${endurance.nodesAfter.toLocaleString('en-US')} |`
    : '| endurance | JS objects < 256 KB, Blink < 1 MB, no listener left | did not run |',
].join('\n');
console.log(`\n${table}`);
if (updateReadme) writeReadmeRegion('figures', table);

const failed = [
  sizes.pageView > budgets.pageView && 'a page view over budget',
  sizes.everything > budgets.everything && 'everything over budget',
  Math.max(cls[1280], cls[375]) >= 0.01 && 'layout shift',
  html.errors.length > 0 && 'HTML errors',
  !endurance?.ok && 'endurance',
  !lighthouse?.ok && 'Lighthouse',
].filter(Boolean);
if (failed.length) {
  console.error(`\nBench: failed (${failed.join(', ')})`);
  process.exitCode = 1;
}
