// `npm run bench`: the performance figures of the built demo. Sizes are gzip
// bytes of JavaScript and CSS; layout shift is measured in headless Chromium
// while the components upgrade, at desktop and mobile widths.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { requireChromium, chromiumArgs } from './browsers.mjs';
import { measureDemo, printSizes } from './sizes.mjs';
import { cumulativeLayoutShift } from '../test/e2e/measure.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);

console.log('Sizes (gzip):');
printSizes(measureDemo());

const server = await startServer({ root: 'dist' });
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

await browser.close();
await server.close();
