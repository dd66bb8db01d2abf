// Screenshots of the built demo in headless Chromium, for looking at what we
// build and for the README. Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { requireChromium, chromiumArgs } from './browsers.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const states = [
  { name: 'standard', width: 1280, height: 900 },
  { name: 'mobile-375', width: 375, height: 812 },
  { name: 'mobile-375-elder', width: 375, height: 812, query: '?elder=1' },
  { name: 'print', width: 1280, height: 900, media: 'print' },
  { name: 'elder', width: 1280, height: 900, query: '?elder=1' },
  { name: 'scheme-black-yellow', width: 1280, height: 900, query: '?scheme=black-yellow' },
];

const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
for (const state of states) {
  const page = await browser.newPage({ viewport: { width: state.width, height: state.height } });
  if (state.media) await page.emulateMedia({ media: state.media });
  await page.goto(`${server.url}${state.query ?? ''}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const path = `${outDir}/${state.name}.png`;
  await page.screenshot({ path, fullPage: process.env.FULL_PAGE === '1' });
  console.log(`wrote ${path}`);
  await page.close();
}
await browser.close();
await server.close();
