// The built demo with JavaScript on: landmarks, axe, the first elements, the
// layout-shift budget and the network.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { openDemo, newPage, waitForUpgrade, axeViolations } from './support.mjs';
import { cumulativeLayoutShift } from '../../support/measure.mjs';

describe('demo page with JavaScript', { timeout: 180_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  it('loads without errors and with zero axe violations', async () => {
    const { page, problems, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('was built with plain dynamic imports: no preload helper or list is left in a chunk (scripts/build-plugins.ts)', () => {
    const dist = process.env.GOV_DIST ?? 'dist';
    for (const file of readdirSync(`${dist}/assets`).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(`${dist}/assets/${file}`, 'utf8');
      assert.doesNotMatch(code, /__vite__mapDeps|modulepreload/, file);
    }
  });

  it('was built with short message ids: no full lit-localize hash is left in a locale chunk (scripts/build-plugins.ts)', () => {
    const dist = process.env.GOV_DIST ?? 'dist';
    const locales = readdirSync(`${dist}/assets`).filter((name) => /^(en|mn-Mong)-.*\.js$/.test(name));
    assert.equal(locales.length, 2);
    // A type letter and messageIdLength - 1 hex digits (src/i18n/message-ids.ts).
    const length = Number(/messageIdLength = (\d+)/.exec(readFileSync('src/i18n/message-ids.ts', 'utf8'))[1]);
    const shortId = new RegExp(`\\bs[0-9a-f]{${length - 1}}:\``);
    for (const file of locales) {
      const code = readFileSync(`${dist}/assets/${file}`, 'utf8');
      assert.match(code, shortId, `${file} holds short ids`);
      assert.doesNotMatch(code, /\b[sh][0-9a-f]{16}\b/, file);
    }
  });

  it('was built with minified templates and stylesheets: no chunk holds an indented line (scripts/build-plugins.ts)', () => {
    const dist = process.env.GOV_DIST ?? 'dist';
    for (const file of readdirSync(`${dist}/assets`).filter((name) => name.endsWith('.js'))) {
      assert.doesNotMatch(readFileSync(`${dist}/assets/${file}`, 'utf8'), /\n[ \t]+\S/, file);
    }
  });

  it('contacts no host but its own while loading', async () => {
    const { requests, context } = await newPage(demo.browser, demo.url);
    const origin = new URL(demo.url).origin;
    assert.ok(requests.length > 0);
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
    await context.close();
  });

  it('has one h1 and named landmarks', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    assert.equal(await page.locator('h1').count(), 1);
    assert.match(await page.locator('h1').innerText(), /聚焦“五大任务” 推动高质量发展/);
    assert.equal(await page.getByRole('banner').count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('contentinfo').count(), 1);
    assert.equal(await page.getByRole('navigation', { name: '主导航' }).count(), 1);
    assert.equal(await page.getByRole('navigation', { name: '当前位置' }).count(), 1);
    assert.equal(await page.getByRole('search').count(), 1);
    await context.close();
  });

  it('carries the government meta tags', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    const meta = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('meta[name]')].map((m) => [m.getAttribute('name'), m.getAttribute('content')])),
    );
    assert.equal(meta.SiteName, '内蒙古自治区科学技术厅');
    assert.equal(meta.SiteDomain, 'kjt.nmg.gov.cn');
    assert.equal(meta.SiteIDCode, '1500000057');
    assert.equal(meta.ColumnName, '科技厅工作');
    assert.ok(meta.ColumnType);
    assert.match(meta.ArticleTitle, /牢牢抓住科技创新这个“牛鼻子”/);
    assert.equal(meta.PubDate, '2023-12-05 22:45');
    assert.equal(meta.ContentSource, '内蒙古日报');
    await context.close();
  });

  it('starts with the skip link, which moves focus to main', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    assert.ok(await skip.evaluate((el) => el === (el.getRootNode().activeElement)));
    assert.ok((await skip.boundingBox()).height >= 44, 'the focused skip link is a full-size target');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'main');
    await context.close();
  });

  it('offers 返回顶部 after scrolling, which returns focus to the top', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    const button = page.getByRole('button', { name: '返回顶部' });
    assert.equal(await button.count(), 0, 'hidden at the top of the page');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await button.click();
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'top');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('keeps cumulative layout shift under 0.01 while the components upgrade', async () => {
    for (const width of [1280, 375]) {
      const { page, context } = await newPage(demo.browser, demo.url, { viewport: { width, height: 800 } });
      await waitForUpgrade(page);
      const shift = await cumulativeLayoutShift(page);
      assert.ok(shift < 0.01, `CLS ${shift} at ${width} px`);
      await context.close();
    }
  });
});
