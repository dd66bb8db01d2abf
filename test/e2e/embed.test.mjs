// dist/embed/gov-portal-kit.js on a host page: one script tag defines the
// elements and applies the theme tokens; loading it twice is harmless.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, newPage } from './support.mjs';

const hostPage = (scripts) => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>host</title>
${scripts}</head><body><gov-skip-link><a href="#main">跳到主要内容</a></gov-skip-link><main id="main"><h1>部门页面</h1><p>正文</p></main></body></html>`;

describe('one-file embed', { timeout: 60_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  async function open(scripts) {
    const opened = await newPage(demo.browser);
    await opened.page.route(`${demo.url}host.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage(scripts) }),
    );
    await opened.page.goto(`${demo.url}host.html`, { waitUntil: 'networkidle' });
    return opened;
  }

  it('defines the elements and applies the tokens from one script tag', async () => {
    const { page, problems, requests, context } = await open('<script type="module" src="/embed/gov-portal-kit.js"></script>');
    await page.waitForFunction(() => customElements.get('gov-skip-link'));
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--gov-font-size-body').trim()), '1rem');
    assert.equal(await page.getByRole('link', { name: '跳到主要内容' }).count(), 1);
    assert.deepEqual(requests.map((url) => new URL(url).pathname), ['/host.html', '/embed/gov-portal-kit.js']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('loads twice, under two URLs, without an error', async () => {
    const { page, problems, context } = await open(
      '<script type="module" src="/embed/gov-portal-kit.js"></script><script type="module" src="/embed/gov-portal-kit.js?again"></script>',
    );
    await page.waitForFunction(() => customElements.get('gov-skip-link'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1, 'tokens applied once');
    await context.close();
  });
});
