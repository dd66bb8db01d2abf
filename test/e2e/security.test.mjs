// The demo under a strict Content-Security-Policy with Trusted Types, and
// with hostile input: garbage and throwing storage, script-like text in the
// URL, a sandboxed iframe without storage.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, newPage, waitForUpgrade, waitForLocale } from './support.mjs';
import { strictHeaders } from '../../support/strict-headers.mjs';

/** Collects CSP violations reported in the page. */
const watchViolations = (page) =>
  page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });

describe('strict headers and hostile input', { timeout: 180_000 }, () => {
  let demo;
  before(async () => {
    // CORS too: a sandboxed frame without allow-same-origin has an opaque origin, so its module scripts load cross-origin.
    demo = await openDemo({ headers: { ...strictHeaders(), 'Access-Control-Allow-Origin': '*' } });
  });
  after(() => demo.close());

  it('runs under the strict CSP with Trusted Types: no violation, no console error', async () => {
    const { page, problems, context } = await newPage(demo.browser);
    await watchViolations(page);
    await page.goto(demo.url, { waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    // Use the parts every visitor touches.
    await page.getByRole('button', { name: '长辈版', exact: true }).click();
    await page.getByRole('button', { name: '退出长辈版' }).click();
    await page.getByRole('button', { name: 'ᠮᠣᠩᠭᠣᠯ' }).click();
    await waitForLocale(page, 'mn-Mong');
    await page.getByRole('button', { name: '中文' }).click();
    await waitForLocale(page, 'zh-Hans');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works with defaults when every storage key holds garbage', async () => {
    const { page, problems, context } = await newPage(demo.browser);
    await page.addInitScript(() => {
      for (const key of ['gov-portal-kit:preferences', 'gov-portal-kit', 'preferences']) localStorage.setItem(key, '\u0000{"version":1,"values":[');
    });
    await page.goto(demo.url, { waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), false);
    assert.equal(await page.getByRole('button', { name: '长辈版', exact: true }).count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works in memory when storage methods throw', async () => {
    const { page, problems, context } = await newPage(demo.browser);
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
      Storage.prototype.removeItem = fail;
    });
    await page.goto(demo.url, { waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    await page.getByRole('button', { name: '长辈版', exact: true }).click();
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('renders script-like text in the URL as text and never runs it', async () => {
    const { page, problems, context } = await newPage(demo.browser);
    await watchViolations(page);
    const payload = encodeURIComponent('"><img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>');
    await page.goto(`${demo.url}?scheme=${payload}&lang=${payload}&q=${payload}#${payload}`, { waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-scheme')), false);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems.filter((p) => !p.startsWith('console: Failed to load resource')), []);
    await context.close();
  });

  it('works inside a sandboxed iframe without storage', async () => {
    const { page, problems, context } = await newPage(demo.browser);
    await page.route(`${demo.url}frame-host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: strictHeaders(),
        body: `<!doctype html><html lang="zh-Hans"><head><title>host</title></head><body><iframe title="演示页面" sandbox="allow-scripts" src="${demo.url}" width="1200" height="800"></iframe></body></html>`,
      }),
    );
    await page.goto(`${demo.url}frame-host.html`, { waitUntil: 'networkidle' });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForFunction(() => customElements.get('gov-elder-toggle'));
    assert.equal(await frame.evaluate(() => { try { return Boolean(localStorage); } catch { return 'throws'; } }), 'throws');
    await frame.getByRole('button', { name: '长辈版', exact: true }).click();
    assert.equal(await frame.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
