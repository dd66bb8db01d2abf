// The README's picture of an audit report: the legacy-CMS template before its
// retrofit (examples/legacy-cms/ without the kit's script tag), audited, and
// the top of its report photographed in headless Chromium.
// Usage: npm run audit:screenshot (after npm run build) [out.png]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { audit } from '../audit/index.mjs';
import { layLegacySite } from '../support/legacy-site.mjs';
import { startServer } from '../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../support/browsers.mjs';

const out = process.argv[2] ?? 'docs/screenshots/audit-report.png';
const site = await layLegacySite({ kit: false });
const outDir = await mkdtemp(join(tmpdir(), 'gov-audit-shot-'));
try {
  const result = await audit(join(site.root, 'index.html'), { outDir });
  console.log(`audited in ${(result.durationMs / 1000).toFixed(1)} s: ${result.counts.fail} items fail`);
  const server = await startServer({ root: outDir });
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await page.goto(`${server.url}report.html`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  await browser.close();
  await server.close();
} finally {
  await site.remove();
  await rm(outDir, { recursive: true, force: true });
}
