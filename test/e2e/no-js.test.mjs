// The built demo with JavaScript off: every piece of content is present,
// rendered, styled by themes/ and usable from the keyboard.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, newPage, axeViolations } from './support.mjs';

describe('demo page without JavaScript', { timeout: 120_000 }, () => {
  let demo;
  let page;
  before(async () => {
    demo = await openDemo();
    ({ page } = await newPage(demo.browser, demo.url, { javaScriptEnabled: false }));
  });
  after(() => demo.close());

  const visibleCount = (locator) => locator.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);

  it('runs no script: no element is upgraded', async () => {
    // The page's own evaluate still works; the kit's script did not run.
    assert.equal(await page.evaluate(() => customElements.get('gov-skip-link')), undefined);
  });

  it('has zero axe violations', async () => {
    // axe needs script to run, so this page keeps JavaScript on but blocks the kit's own scripts.
    const blocked = await newPage(demo.browser);
    await blocked.page.route('**/*.js', (route) => route.abort());
    await blocked.page.goto(demo.url, { waitUntil: 'networkidle' });
    assert.equal(await blocked.page.evaluate(() => customElements.get('gov-skip-link')), undefined);
    assert.deepEqual(await axeViolations(blocked.page), []);
    await blocked.context.close();
  });

  it("shows the published markup in full when the kit's script fails to load, though the first-paint script ran", async () => {
    const failed = await newPage(demo.browser, undefined, { viewport: { width: 375, height: 812 } });
    await failed.page.route('**/assets/*.js', (route) => route.abort());
    await failed.page.goto(demo.url, { waitUntil: 'networkidle' });
    const root = await failed.page.evaluate(() => [document.documentElement.hasAttribute('data-gov-font-step'), document.documentElement.hasAttribute('data-gov-upgrade')]);
    assert.deepEqual(root, [true, false], 'the first-paint script ran; its upgrade mark went');
    const nav = failed.page.getByRole('navigation', { name: '主导航' });
    assert.ok(await visibleCount(nav.locator('li li a')) > 10, 'the sub-pages show under their sections');
    assert.ok(await failed.page.getByRole('searchbox').isVisible(), 'the search field shows');
    await failed.context.close();
  });

  it('starts with a working skip link', async () => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到主要内容');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#main');
  });

  it('lists the 33 departments in 3 headed groups, reachable from the keyboard', async () => {
    const summary = page.locator('gov-dept-menu summary');
    assert.equal(await summary.innerText(), '部门网站导航');
    await summary.focus();
    await page.keyboard.press('Enter');
    const groups = page.locator('gov-dept-menu section');
    assert.deepEqual(await groups.locator('h2').allInnerTexts(), ['自治区政府组成部门', '自治区直属特设机构', '自治区直属机构']);
    const counts = [];
    for (let i = 0; i < 3; i += 1) counts.push(await visibleCount(groups.nth(i).getByRole('link')));
    assert.deepEqual(counts, [22, 1, 10]);
  });

  it('shows the site name, search, main navigation and breadcrumb', async () => {
    assert.match(await page.getByRole('banner').innerText(), /内蒙古自治区科学技术厅/);
    assert.equal(await page.getByRole('search').getByRole('searchbox').count(), 1);
    const nav = page.getByRole('navigation', { name: '主导航' });
    const items = await nav.locator(':scope > ul > li > a').allInnerTexts();
    assert.deepEqual(items, ['网站首页', '组织机构', '科技动态', '政务公开', '政务服务', '互动交流', '专题专栏']);
    const crumbs = page.getByRole('navigation', { name: '当前位置' }).getByRole('link');
    assert.deepEqual(await crumbs.allInnerTexts(), ['首页', '科技动态', '工作动态', '科技厅工作']);
    assert.equal(await crumbs.last().getAttribute('aria-current'), 'page');
  });

  it('renders the article: title, source, date, full body, attachments and pager', async () => {
    const article = page.locator('main article');
    assert.match(await article.locator('h1').innerText(), /牢牢抓住科技创新这个“牛鼻子”/);
    // textContent: off-screen parts of the body skip rendering (content-visibility) until scrolled to.
    const text = await article.textContent();
    for (const part of ['来源:内蒙古日报', '发布日期:', '《意见》原文', '解读——', '行动——', '目标——', '勇当新时代创新的弄潮儿', '□籍海洋', '内蒙古高质量发展之路定能越走越宽', '附件', '上一篇', '下一篇']) {
      assert.ok(text.includes(part), `article shows “${part}”`);
    }
    assert.equal(await article.locator('.gov-article__meta time').getAttribute('datetime'), '2023-12-05T22:45+08:00');
    const paragraphs = article.locator('.gov-article__body p');
    const total = await paragraphs.count();
    assert.ok(total >= 30, `the whole body is there (${total} paragraphs)`);
    assert.equal(await visibleCount(paragraphs), total, 'every paragraph of the body is rendered');
    for (const img of await article.locator('img').all()) {
      assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 0), 'article images load from the site');
    }
  });

  it('lists the related sites with 31 provinces and 11 leagues and cities', async () => {
    const related = page.locator('gov-related-sites');
    for (const name of ['中国政府网', '科学技术部', '内蒙古自治区政府网']) {
      assert.equal(await related.getByRole('link', { name, exact: true }).count(), 1);
    }
    const groups = related.locator('details');
    for (const group of await groups.all()) {
      if (!(await group.evaluate((details) => details.open))) await group.locator('summary').click();
    }
    assert.equal(await visibleCount(groups.nth(0).getByRole('link')), 31);
    assert.equal(await visibleCount(groups.nth(1).getByRole('link')), 11);
  });

  it('shows every registration item in the footer', async () => {
    const footer = page.getByRole('contentinfo');
    const text = await footer.innerText();
    for (const part of ['网站声明', '网站地图', '主办单位', '承办单位', '1500000057', '蒙ICP备2021001220号-1', '蒙公网安备15010502002335号', '丰州南路78号', '0471-6328766', '0471-6923617', '微信公众号']) {
      assert.ok(text.includes(part), `footer shows “${part}”`);
    }
    assert.equal(await footer.getByRole('link', { name: '蒙ICP备2021001220号-1' }).getAttribute('href'), 'https://beian.miit.gov.cn/');
    assert.equal(
      await footer.getByRole('link', { name: /蒙公网安备15010502002335号/ }).getAttribute('href'),
      'https://beian.mps.gov.cn/#/query/webSearch?code=15010502002335',
    );
  });

  it('has only working links: real addresses and same-page targets that exist', async () => {
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('a')].flatMap((a) => {
        const href = a.getAttribute('href') ?? '';
        if (href.startsWith('#')) return document.getElementById(href.slice(1)) ? [] : [`${a.textContent}: ${href}`];
        return /^(https?:|tel:|mailto:|\/)/.test(href) ? [] : [`${a.textContent}: ${href || '(none)'}`];
      }),
    );
    assert.deepEqual(broken, []);
  });

  it('is styled by themes/: fonts, body size, line height and the blue header band', async () => {
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { font: style.fontFamily, size: style.fontSize };
    });
    assert.match(body.font, /PingFang SC/);
    assert.equal(body.size, '16px');
    const paragraph = await page.locator('main article p').nth(2).evaluate((p) => {
      const style = getComputedStyle(p);
      return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
    });
    assert.ok(paragraph.size >= 16);
    assert.ok(Math.abs(paragraph.lineHeight / paragraph.size - 1.8) < 0.01, `line height ${paragraph.lineHeight / paragraph.size}`);
    const band = await page.locator('gov-header').evaluate((el) => getComputedStyle(el.querySelector('header') ?? el).backgroundColor);
    assert.notEqual(band, 'rgba(0, 0, 0, 0)');
  });
});
