// Measures the demo's JavaScript and CSS in gzip bytes (level 9):
// - a page view: every JS and CSS file the browser downloads for the demo
//   page without any interaction, until the network is idle (what a visitor
//   who only reads pays for), and the kit's script inline in the page (the
//   first-paint script);
// - everything the demo can ever load (every chunk in dist/assets: the
//   toolbar, the share dialog, the locales and the lazy layers included).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../support/browsers.mjs';

export const budgets = {
  pageView: 24_576,
  everything: 46_080,
};

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The JS and CSS files (paths under dist/) a browser fetches for the demo page, with no clicks, until the network is idle. */
export async function pageViewFiles(dist = 'dist', { width = 1280, height = 900 } = {}) {
  const server = await startServer({ root: dist });
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    const files = new Set();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(js|css)$/.test(pathname)) files.add(pathname.replace(/^\//, ''));
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    // Work the page starts after load (an idle callback, a timer) may fetch more: wait until it has been quiet.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    return [...files];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Sizes of every chunk, of a page view and of everything. */
export async function measureDemo(dist = 'dist') {
  const viewed = new Set(await pageViewFiles(dist));
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  const rows = all.map((file) => ({ file, gzip: gzipBytes(join(dist, file)), pageView: viewed.has(file) }));
  // Classic scripts written into the page itself: downloaded with the HTML on every page view.
  const inline = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  if (inline.length) rows.push({ file: 'index.html (inline script)', gzip: gzipSync(inline.join(''), { level: 9 }).length, pageView: true });
  const sum = (list) => list.reduce((total, row) => total + row.gzip, 0);
  return {
    rows: rows.sort((a, b) => b.gzip - a.gzip),
    pageView: sum(rows.filter((r) => r.pageView)),
    everything: sum(rows),
  };
}

export function printSizes(result) {
  for (const row of result.rows) {
    console.log(`  ${row.pageView ? 'page view' : 'later    '}  ${String(row.gzip).padStart(7)} B  ${row.file}`);
  }
  console.log(`  a page view: ${result.pageView} B gzip (budget ${budgets.pageView} B)`);
  console.log(`  everything:  ${result.everything} B gzip (budget ${budgets.everything} B)`);
}
