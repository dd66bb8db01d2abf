// Shared set-up of the end-to-end tests: serve the built demo, drive Debian's
// Chromium with playwright-core, run axe with the WCAG 2.2 AA tags.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer } from '../../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../../support/browsers.mjs';
import { wcagTags } from '../../audit/checks/page.mjs';
import { waitForUpgrade } from '../../support/upgrade.mjs';

export { wcagTags, waitForUpgrade };

/** Starts the demo server and Chromium; call the returned `close` in `after`. */
export async function openDemo({ headers } = {}) {
  // GOV_DIST lets a developer test a build in another folder while dist/ is in use.
  const root = process.env.GOV_DIST ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run build\` first.`);
  const server = await startServer({ root, headers });
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page and records console errors, page errors and every request's
 * host, so tests can assert that nothing failed and nothing left the site.
 */
export async function newPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  if (url) await page.goto(url, { waitUntil: 'networkidle' });
  return { page, context, problems, requests };
}

/**
 * Waits until the kit's strings are in `locale`. The page's own `lang` never
 * changes; the kit declares the interface language on what shows its strings
 * (the skip link, say) once they have arrived.
 */
export function waitForLocale(page, locale) {
  return page.waitForFunction((want) => {
    const skip = document.querySelector('gov-skip-link');
    return (skip?.shadowRoot ?? skip)?.querySelector('[lang]')?.lang === want;
  }, locale);
}

/** Opens `path` of the demo (a query string, say) and waits until the kit has upgraded it. */
export async function openUpgraded(demo, path = '', contextOptions = {}) {
  const opened = await newPage(demo.browser, `${demo.url}${path}`, contextOptions);
  await waitForUpgrade(opened.page);
  return opened;
}

/** Runs axe on the page and returns a readable list of violations (empty when clean). */
export async function axeViolations(page, include) {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}
