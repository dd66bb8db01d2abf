// The navigation chrome on the built demo, driven from the keyboard: the top
// bar, 部门网站导航, 微信, the header search, the main navigation (and its 菜单
// on phones), the breadcrumb and the related sites; the same links with
// JavaScript off; axe after every state change; baselines of the open menu.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, newPage, openUpgraded, axeViolations } from './support.mjs';
import { compareWithBaseline } from './visual.mjs';

/** The focused element, through shadow roots: tag, accessible name and whether a focus indicator is drawn. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '', indicated: false };
    const label = el.getAttribute('aria-label') ?? (el.labels?.[0]?.textContent ?? null);
    const copy = el.cloneNode(true);
    copy.querySelectorAll?.('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const style = getComputedStyle(el);
    return {
      tag: el.localName,
      name: (label ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
      indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
    };
  });
}

const expanded = (locator) => locator.getAttribute('aria-expanded');

describe('navigation on the demo', { timeout: 240_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  const open = (path = '', options) => openUpgraded(demo, path, options);

  async function pressUntil(page, key, name, limit = 60) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press(key);
      if ((await focused(page)).name === name) return;
    }
    throw new Error(`${key} never reached “${name}”`);
  }

  it('takes Tab (and the arrows in 语言) through the top bar, header, main navigation and breadcrumb in reading order, focus always visible', async () => {
    const { page, context, problems } = await open();
    const order = [];
    while (order.length < 27) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      assert.ok(now.indicated, `a focus indicator on “${now.name}”`);
      order.push(now.name);
      // 语言 is one Tab stop: its arrow keys reach the other languages.
      for (let step = 0; now.name === '中文' && step < 2; step += 1) {
        await page.keyboard.press('ArrowRight');
        const language = await focused(page);
        assert.ok(language.indicated, `a focus indicator on “${language.name}”`);
        order.push(language.name);
      }
    }
    assert.deepEqual(order, [
      '跳到主要内容',
      '内蒙古自治区人民政府网站',
      '长辈版',
      '微信',
      '无障碍',
      '中文',
      'English',
      'ᠮᠣᠩᠭᠣᠯ',
      '部门网站导航',
      '登录/注册',
      '内蒙古自治区科学技术厅',
      '站内搜索',
      '搜索',
      '网站首页',
      '组织机构',
      '组织机构子栏目',
      '科技动态',
      '科技动态子栏目',
      '政务公开',
      '政务公开子栏目',
      '政务服务',
      '互动交流',
      '专题专栏',
      '首页',
      '科技动态',
      '工作动态',
      '科技厅工作',
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('部门网站导航: Enter and Space toggle, arrows move within a column, Escape returns focus, focus-out and outside click close', async () => {
    const { page, context } = await open();
    const button = page.getByRole('button', { name: '部门网站导航' });
    await button.focus();
    assert.equal(await expanded(button), 'false');
    await page.keyboard.press('Enter');
    assert.equal(await expanded(button), 'true');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    assert.deepEqual(await panel.getByRole('heading').allInnerTexts(), ['自治区政府组成部门', '自治区直属特设机构', '自治区直属机构']);
    const counts = [];
    for (const section of await panel.locator('section').all()) counts.push(await section.getByRole('link').count());
    assert.deepEqual(counts, [22, 1, 10]);
    assert.equal(await page.locator('[role="menu"], [role="menuitem"]').count(), 0, 'a disclosure, not an application menu');
    assert.deepEqual(await axeViolations(page), [], 'open');

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, '发展和改革委员会');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).name, '教育厅');
    await page.keyboard.press('End');
    assert.equal((await focused(page)).name, '审计厅');
    await page.keyboard.press('Home');
    assert.equal((await focused(page)).name, '发展和改革委员会');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, '教育厅', 'Tab still moves link by link: the arrows are no trap');

    await page.keyboard.press('Escape');
    assert.equal(await expanded(button), 'false');
    assert.equal((await focused(page)).name, '部门网站导航', 'Escape returns focus to the button');
    assert.deepEqual(await axeViolations(page), [], 'closed');

    await page.keyboard.press('Space');
    assert.equal(await expanded(button), 'true', 'Space opens');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await expanded(button), 'false', 'closes when focus leaves it');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await expanded(button), 'true');
    await page.getByRole('contentinfo').click({ position: { x: 5, y: 5 } });
    assert.equal(await expanded(button), 'false', 'closes on an outside click');
    await context.close();
  });

  it('微信 shows the official account’s QR code from the site itself, and Escape closes it', async () => {
    const { page, context, requests } = await open();
    const button = page.locator('gov-top-bar').getByRole('button', { name: '微信', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await expanded(button), 'true');
    const qr = page.getByRole('img', { name: '本站微信公众号二维码' });
    await qr.waitFor();
    assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code loads');
    assert.equal(new URL(await qr.evaluate((img) => img.src)).origin, new URL(demo.url).origin);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    assert.equal(await expanded(button), 'false');
    assert.equal((await focused(page)).name, '微信');
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== new URL(demo.url).origin), []);
    await context.close();
  });

  it('keeps one disclosure open at a time across the top bar and the main navigation', async () => {
    const { page, context } = await open();
    const dept = page.getByRole('button', { name: '部门网站导航' });
    const wechat = page.locator('gov-top-bar').getByRole('button', { name: '微信', exact: true });
    const sub = page.getByRole('button', { name: '组织机构子栏目' });
    // From the keyboard: an open pop-up may cover the next button for the mouse.
    const press = async (button) => {
      await button.focus();
      await page.keyboard.press('Enter');
    };
    await press(dept);
    await press(wechat);
    assert.deepEqual([await expanded(dept), await expanded(wechat)], ['false', 'true']);
    await press(sub);
    assert.deepEqual([await expanded(wechat), await expanded(sub)], ['false', 'true']);
    await press(dept);
    assert.deepEqual([await expanded(sub), await expanded(dept)], ['false', 'true']);
    await context.close();
  });

  it('main navigation: sections stay links, a separate button shows the sub-pages, Escape returns focus, aria-current marks 科技动态', async () => {
    const { page, context } = await open();
    const nav = page.getByRole('navigation', { name: '主导航' });
    assert.equal(await nav.getByRole('link', { name: '组织机构' }).getAttribute('href'), 'https://kjt.nmg.gov.cn/zzjg/');
    assert.equal(await nav.getByRole('link', { name: '科技动态', exact: true }).getAttribute('aria-current'), 'true');
    assert.equal(await nav.getByRole('link', { name: '网站首页' }).getAttribute('aria-current'), 'false');
    const sub = nav.getByRole('button', { name: '组织机构子栏目' });
    assert.equal(await nav.getByRole('link', { name: '厅领导' }).count(), 0, 'sub-pages start hidden');
    await sub.focus();
    await page.keyboard.press('Enter');
    assert.equal(await expanded(sub), 'true');
    assert.deepEqual(await axeViolations(page), [], 'submenu open');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, '厅领导');
    await page.keyboard.press('Escape');
    assert.equal(await expanded(sub), 'false');
    assert.equal((await focused(page)).name, '组织机构子栏目');
    await context.close();
  });

  it('collapses the main navigation behind 菜单 at 375 px and opens it from the keyboard', async () => {
    const { page, context } = await open('', { viewport: { width: 375, height: 800 } });
    const nav = page.getByRole('navigation', { name: '主导航' });
    const menu = nav.getByRole('button', { name: '菜单' });
    assert.equal(await expanded(menu), 'false');
    assert.equal(await nav.getByRole('link', { name: '网站首页' }).count(), 0, 'the list is collapsed');
    assert.deepEqual(await axeViolations(page), [], 'collapsed');
    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await expanded(menu), 'true');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, '网站首页');
    const widths = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right));
    assert.ok(Math.max(...widths) <= 375, 'every item fits the screen');
    assert.deepEqual(await axeViolations(page), [], 'open');
    await page.keyboard.press('Escape');
    assert.equal(await expanded(menu), 'false');
    assert.equal((await focused(page)).name, '菜单');
    await context.close();
  });

  it('breadcrumb: an ordered list ending in aria-current="page", hidden separators, and BreadcrumbList JSON-LD', async () => {
    const { page, context } = await open();
    const crumbs = page.getByRole('navigation', { name: '当前位置' });
    assert.equal(await crumbs.getByRole('list').evaluate((list) => list.localName), 'ol');
    const links = crumbs.getByRole('link');
    assert.deepEqual(await links.allInnerTexts(), ['首页', '科技动态', '工作动态', '科技厅工作']);
    assert.equal(await links.last().getAttribute('aria-current'), 'page');
    const snapshot = await crumbs.ariaSnapshot();
    assert.ok(snapshot.includes('科技厅工作') && !snapshot.includes('›'), `separators are not exposed:\n${snapshot}`);
    const data = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
    const trail = data.find((item) => item['@type'] === 'BreadcrumbList');
    assert.deepEqual(
      trail.itemListElement.map((item) => [item.position, item.name, item.item]),
      [
        [1, '首页', 'https://kjt.nmg.gov.cn/'],
        [2, '科技动态', 'https://kjt.nmg.gov.cn/kjdt/'],
        [3, '工作动态', 'https://kjt.nmg.gov.cn/kjdt/gzdt/'],
        [4, '科技厅工作', 'https://kjt.nmg.gov.cn/kjdt/gzdt/kjtgz/'],
      ],
    );
    await context.close();
  });

  it('searches the site with a GET form from the keyboard', async () => {
    const { page, context } = await open();
    let submitted;
    await page.route('https://kjt.nmg.gov.cn/search/**', (route) => {
      submitted = { method: route.request().method(), url: route.request().url() };
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>搜索结果</title>' });
    });
    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: '站内搜索' }).fill('科技 成果&转化');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\//);
    assert.equal(submitted.method, 'GET');
    assert.equal(new URL(submitted.url).searchParams.get('q'), '科技 成果&转化');
    await context.close();
  });

  it('related sites: three links and two groups of 31 and 11, each a disclosure; closed in elder mode', async () => {
    const { page, context } = await open();
    const related = page.getByRole('complementary', { name: '相关网站' });
    for (const name of ['中国政府网', '科学技术部', '内蒙古自治区政府网']) assert.equal(await related.getByRole('link', { name, exact: true }).count(), 1);
    const provinces = related.getByRole('button', { name: '各省科技厅网' });
    const leagues = related.getByRole('button', { name: '各盟市科技网' });
    assert.deepEqual([await expanded(provinces), await expanded(leagues)], ['true', 'true'], 'open as on the sample page');
    const listOf = async (button) => page.locator(`#${await button.getAttribute('aria-controls')}`).getByRole('link').count();
    assert.deepEqual([await listOf(provinces), await listOf(leagues)], [31, 11]);
    await provinces.focus();
    await page.keyboard.press('Enter');
    assert.equal(await expanded(provinces), 'false');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();

    const elder = await open('?elder=1');
    const elderRelated = elder.page.getByRole('complementary', { name: '相关网站' });
    for (const name of ['各省科技厅网', '各盟市科技网']) assert.equal(await expanded(elderRelated.getByRole('button', { name })), 'false');
    const dept = elder.page.getByRole('button', { name: '部门网站导航' });
    assert.equal(await expanded(dept), 'false');
    const box = await dept.boundingBox();
    assert.ok(box.height >= 60 && box.width >= 60, `部门网站导航 is a 60 px target in elder mode (${box.width}×${box.height})`);
    await dept.click();
    const heights = await elder.page.locator(`#${await dept.getAttribute('aria-controls')}`).getByRole('link').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    assert.ok(Math.min(...heights) >= 44, `department links are 44 px targets in elder mode (${Math.min(...heights)})`);
    assert.deepEqual(await axeViolations(elder.page), []);
    await elder.context.close();
  });

  it('reaches every navigation link with Tab when JavaScript is off', async () => {
    const { page, context } = await newPage(demo.browser, demo.url, { javaScriptEnabled: false });
    await page.locator('gov-dept-menu summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    const names = new Set();
    for (let i = 0; i < 120 && !names.has('科技厅工作'); i += 1) {
      await page.keyboard.press('Tab');
      names.add((await focused(page)).name);
    }
    for (const name of ['部门网站导航', '发展和改革委员会', '审计厅', '国有资产监督管理委员会', '信访局', '登录/注册', '站内搜索', '搜索', '组织机构', '厅领导', '政府信息公开年报', '专题专栏', '科技厅工作']) {
      assert.ok(names.has(name), `Tab reaches “${name}”`);
    }
    await context.close();
  });

  for (const width of [1280, 375]) {
    it(`looks as recorded with the department menu open at ${width} px`, async () => {
      const { page, context } = await open('', { viewport: { width, height: 900 } });
      if (width === 375) {
        // On a phone the department menu is folded into the top bar's 更多.
        await pressUntil(page, 'Tab', '更多');
        await page.keyboard.press('Enter');
      }
      await pressUntil(page, 'Tab', '部门网站导航');
      await page.keyboard.press('Enter');
      await page.evaluate(() => document.fonts.ready);
      const difference = compareWithBaseline(`dept-menu-open-${width}`, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
      assert.equal(difference, null);
      await context.close();
    });
  }
});
