// Screenshots of the built demo in headless Chromium, for looking at what we
// build and for the README. Usage: node scripts/screenshots.mjs [outDir] [--more]
// --more adds the states that are only for looking (other languages, the
// English page, 纯文本, 320 px); the README shows the first five.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../support/browsers.mjs';

const args = process.argv.slice(2);
const outDir = args.find((arg) => !arg.startsWith('--')) ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const states = [
  { name: 'standard', width: 1280, height: 900 },
  { name: 'mobile-375', width: 375, height: 812 },
  { name: 'mobile-375-elder', width: 375, height: 812, query: '?elder=1' },
  { name: 'print', width: 1280, height: 900, media: 'print' },
  { name: 'elder', width: 1280, height: 900, query: '?elder=1' },
  { name: 'scheme-black-yellow', width: 1280, height: 900, query: '?scheme=black-yellow' },
];
if (args.includes('--more')) {
  states.push(
    { name: 'interface-en', width: 1280, height: 900, query: '?lang=en' },
    { name: 'interface-mn-Mong', width: 1280, height: 900, query: '?lang=mn-Mong' },
    { name: 'english-page', width: 1280, height: 900, query: 'en/' },
    { name: 'text-only', width: 1280, height: 900, stored: { toolbarOpen: true, textOnly: true } },
    { name: 'narrow-320', width: 320, height: 700 },
    { name: 'elder-375', width: 375, height: 812, query: '?elder=1' },
  );
}

const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
for (const state of states) {
  const page = await browser.newPage({ viewport: { width: state.width, height: state.height } });
  if (state.stored) {
    await page.addInitScript((values) => localStorage.setItem('gov-portal-kit:preferences', JSON.stringify({ version: 1, values })), state.stored);
  }
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
