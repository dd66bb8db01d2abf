// The article frame, share, print and footer on the built demo: upgrade,
// keyboard, axe with the WeChat dialog open, print media and the network.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, newPage, waitForUpgrade, axeViolations, waitForLocale } from './support.mjs';

const canonical = 'https://kjt.nmg.gov.cn/kjdt/gzdt/kjtgz/202312/t20231206_2420215.html';
const title = '聚焦“五大任务” 推动高质量发展 | 牢牢抓住科技创新这个“牛鼻子”';

describe('article, share, print and footer', { timeout: 120_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  const foreign = (requests) => requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== new URL(demo.url).origin);

  it('upgrades the article: one h1, source, date, tools row, body, attachments and pager', async () => {
    const { page, context, problems } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    const article = page.getByRole('article');
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title);
    const header = await article.locator('header').innerText();
    assert.match(header, /来源:内蒙古日报/);
    assert.match(header, /发布日期:2023-12-05 22:45/, 'the date as published, as DESIGN.md writes it');
    assert.equal(await article.locator('header time').getAttribute('datetime'), '2023-12-05T22:45+08:00');
    const fontSize = article.getByRole('group', { name: '字体' });
    assert.equal(await fontSize.getByRole('radio').count(), 3);
    assert.ok(await article.getByRole('group', { name: '分享到' }).isVisible());
    assert.ok(await article.getByRole('button', { name: '打印本页' }).isVisible());
    assert.ok((await page.locator('gov-article > article > .gov-article__body p').count()) > 20, 'the body is host content, in the published article');
    assert.ok(await article.getByRole('heading', { name: '附件' }).isVisible());
    assert.ok(await article.getByRole('link', { name: /《内蒙古高质量发展科技赋能实施方案》\s*\(PDF, 1.2 MB\)/ }).isVisible());
    const pager = article.getByRole('navigation', { name: '上一篇和下一篇' });
    assert.match(await pager.innerText(), /上一篇: 奖励风采/);
    assert.match(await pager.innerText(), /下一篇: 奖励风采/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lays out a short body in full, so a screen reader reads each block on its own line', async () => {
    // With content-visibility: auto the off-screen blocks had no layout, and Orca, which reads by
    // line geometry, read fifteen paragraphs as one line when M reached the ᠮᠣᠩᠭᠣᠯ summary.
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    const skipped = await page.evaluate(() =>
      [...document.querySelectorAll('.gov-article__body > *')].filter((el) => getComputedStyle(el).contentVisibility !== 'visible').length,
    );
    assert.equal(skipped, 0, 'body blocks with content-visibility other than visible');
    const tops = await page.evaluate(() => [...document.querySelectorAll('.gov-article__body > p')].slice(-6).map((p) => p.getBoundingClientRect().top));
    assert.ok(tops.every((top, i) => i === 0 || top > tops[i - 1]), `the last paragraphs lie one below the other: ${tops}`);
    await context.close();
  });

  it('encodes the canonical URL and the title in the 微博 and QQ空间 links', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    for (const name of ['微博', 'QQ空间']) {
      const href = new URL(await page.getByRole('link', { name, exact: true }).getAttribute('href'));
      assert.equal(href.searchParams.get('url'), canonical);
      assert.equal(href.searchParams.get('title'), title);
    }
    await context.close();
  });

  it('opens the 微信 dialog from the keyboard, passes axe while open, closes with Escape, and contacts no other host', async () => {
    const { page, context, requests } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    const weChat = page.getByRole('group', { name: '分享到' }).getByRole('button', { name: '微信' });
    await weChat.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '分享到微信' });
    await dialog.waitFor();
    assert.ok(await dialog.getByRole('img', { name: '本页网址的二维码' }).isVisible());
    assert.ok(await dialog.getByText('用微信“扫一扫”分享').isVisible());
    assert.ok(await dialog.evaluate((el) => el.contains(el.getRootNode().activeElement)), 'focus is in the dialog');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await weChat.evaluate((el) => el === el.getRootNode().activeElement), 'focus returns to 微信');
    assert.deepEqual(foreign(requests), []);
    await context.close();
  });

  it('prints the site name, title, meta, body, attachments, page URL and footer, without chrome', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['gov-top-bar', 'gov-main-nav', 'gov-breadcrumb', 'gov-related-sites', 'gov-back-to-top']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    for (const name of ['字体', '分享到']) {
      assert.equal(await page.getByRole('group', { name }).isVisible(), false, `${name} is not printed`);
    }
    assert.equal(await page.getByRole('button', { name: '打印本页' }).isVisible(), false);
    assert.equal(await page.getByRole('navigation', { name: '上一篇和下一篇' }).isVisible(), false);
    assert.ok(await page.getByRole('banner').getByText('内蒙古自治区科学技术厅', { exact: true }).isVisible(), 'site name');
    assert.ok(await page.locator('h1').isVisible());
    assert.ok(await page.getByText('来源:内蒙古日报').isVisible());
    assert.ok(await page.locator('.gov-article__body').isVisible());
    assert.ok(await page.getByRole('heading', { name: '附件' }).isVisible());
    assert.ok(await page.getByText(`本文网址:${canonical}`).isVisible());
    assert.ok(await page.getByRole('contentinfo').isVisible());
    const colours = await page.locator('.gov-article__body p').first().evaluate((p) => [getComputedStyle(p).color, getComputedStyle(document.body).backgroundColor]);
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await context.close();
  });

  it('calls window.print() from 打印本页', async () => {
    const { page, context } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => (window.printed += 1);
    });
    await page.getByRole('button', { name: '打印本页' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await context.close();
  });

  it('renders the footer registration links and loads no badge script without opt-in', async () => {
    const { page, context, requests } = await newPage(demo.browser, demo.url);
    await waitForUpgrade(page);
    const footer = page.getByRole('contentinfo');
    assert.equal(await footer.count(), 1);
    assert.equal(await footer.getByRole('link', { name: '蒙ICP备2021001220号-1' }).getAttribute('href'), 'https://beian.miit.gov.cn/');
    assert.equal(
      await footer.getByRole('link', { name: '蒙公网安备15010502002335号' }).getAttribute('href'),
      'https://beian.mps.gov.cn/#/query/webSearch?code=15010502002335',
    );
    assert.equal(await footer.getByRole('link', { name: '0471-6328766' }).getAttribute('href'), 'tel:+86-471-6328766');
    assert.ok(await footer.getByRole('img', { name: '内蒙古自治区科学技术厅微信公众号二维码' }).isVisible());
    assert.equal(await page.locator('script[src*="conac"], script[src*="jiucuo"]').count(), 0);
    assert.deepEqual(foreign(requests), []);
    await context.close();
  });

  it('draws the frame in English with ?lang=en', async () => {
    const { page, context } = await newPage(demo.browser, `${demo.url}?lang=en`);
    await waitForUpgrade(page);
    await waitForLocale(page, 'en');
    await page.getByRole('button', { name: 'Print this page' }).waitFor();
    assert.ok(await page.getByRole('group', { name: 'Share on' }).isVisible());
    assert.match(await page.getByRole('article').locator('header').innerText(), /Source: 内蒙古日报/);
    assert.ok(await page.getByRole('link', { name: 'Site map' }).isVisible());
    await context.close();
  });
});
