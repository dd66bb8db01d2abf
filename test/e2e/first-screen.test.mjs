// 长辈版 as the sample site has it, on the built demo: the top bar's 暖心专区
// (长辈版 only, published as a plain link, named as the site publishes it in
// every language), and a first screen for reading: at 375 × 812 the article
// title is fully on screen with the chrome above it at most 40 % of the
// height, in both looks, without removing anything (what folds stays
// reachable); at 768 and 1280 px nothing that fits on one row wraps into two.
// Baselines pin the chrome and the title at the three widths in both looks.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openDemo, newPage, openUpgraded, axeViolations } from './support.mjs';
import { compareWithBaseline } from './visual.mjs';

const zone = { name: '暖心专区', href: 'https://kjt.nmg.gov.cn/nxzq/' };
const phone = { viewport: { width: 375, height: 812 } };
const looks = [
  ['standard', ''],
  ['长辈版', '?elder=1'],
];

/** The translations in locales/<locale>.xlf: source text → target text. */
function translations(locale) {
  const xliff = readFileSync(`locales/${locale}.xlf`, 'utf8');
  return new Map([...xliff.matchAll(/<source>([^<]*)<\/source>\s*<target[^>]*>([^<]*)<\/target>/g)].map(([, source, target]) => [source, target]));
}

/** The focused element through shadow roots: its accessible name (aria-label, else its text without aria-hidden parts). */
function focusedName(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return '';
    const copy = el.cloneNode(true);
    copy.querySelectorAll?.('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function tabTo(page, name, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

/** The article title's box and the viewport's height. */
const titleBox = (page) =>
  page.evaluate(() => {
    const { top, bottom } = document.querySelector('h1').getBoundingClientRect();
    return { top, bottom, height: innerHeight };
  });

/**
 * Each band of the chrome laid out as rows: how many rows its items take,
 * the width they need on one row (their margin boxes and the gaps, auto
 * margins left out) and the width the band offers.
 */
const bands = (page) =>
  page.evaluate(() => {
    const parts = {
      'top bar': ['gov-top-bar', 'nav'],
      header: ['gov-header', 'header'],
      'main navigation': ['gov-main-nav', 'nav > ul'],
      breadcrumb: ['gov-breadcrumb', 'ol'],
    };
    const result = {};
    for (const [band, [host, selector]] of Object.entries(parts)) {
      const element = document.querySelector(host);
      const container = (element.shadowRoot ?? element).querySelector(selector);
      // A slot, or a box of the light DOM with no box of its own (the top bar's tools), lays its items out in the row.
      const items = [...container.children]
        .flatMap((child) =>
          child instanceof HTMLSlotElement ? child.assignedElements() : getComputedStyle(child).display === 'contents' ? [...child.children] : [child],
        )
        .filter((item) => item.getClientRects().length > 0 && getComputedStyle(item).position !== 'absolute');
      const margin = (item, side) => {
        const value = item.computedStyleMap().get(`margin-${side}`);
        return value instanceof CSSUnitValue ? value.value : 0;
      };
      let rows = 0;
      let rowBottom = -Infinity;
      let needed = 0;
      for (const item of items) {
        const box = item.getBoundingClientRect();
        if (box.top >= rowBottom) {
          rows += 1;
          rowBottom = box.bottom;
        } else rowBottom = Math.max(rowBottom, box.bottom);
        needed += box.width + margin(item, 'left') + margin(item, 'right');
      }
      const style = getComputedStyle(container);
      needed += (parseFloat(style.columnGap) || 0) * Math.max(0, items.length - 1);
      const available = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      result[band] = { rows, needed: Math.round(needed), available: Math.round(available), items: items.length };
    }
    return result;
  });

describe('暖心专区 in the top bar', { timeout: 240_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  it('shows in 长辈版 only, right after 内蒙古自治区人民政府网站, as a 60 px link to the site’s own zone', async () => {
    const standard = await openUpgraded(demo);
    const bar = standard.page.locator('gov-top-bar');
    assert.equal(await bar.getByRole('link', { name: zone.name }).count(), 0, 'not in the standard look');
    await standard.context.close();

    const { page, context, problems } = await openUpgraded(demo, '?elder=1');
    const link = page.locator('gov-top-bar').getByRole('link', { name: zone.name });
    assert.equal(await link.getAttribute('href'), zone.href);
    const names = await page
      .getByRole('navigation', { name: '顶部导航' })
      .locator('a:visible, button:visible')
      .evaluateAll((controls) => controls.map((control) => control.textContent.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(names.slice(0, 3), ['内蒙古自治区人民政府网站', zone.name, '退出长辈版']);
    const box = await link.boundingBox();
    assert.ok(box.height >= 60, `a 60 px target (${box.height} px)`);
    await tabTo(page, '内蒙古自治区人民政府网站');
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), zone.name, 'Tab reaches it in reading order');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);

    // Leaving 长辈版 takes it away again; coming back brings it.
    await page.getByRole('button', { name: '退出长辈版' }).click();
    await link.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '长辈版', exact: true }).click();
    await link.waitFor();
    await context.close();
  });

  it('stays on the row next to 退出长辈版 on a phone in 长辈版', async () => {
    const { page, context } = await openUpgraded(demo, '?elder=1', phone);
    const bar = page.locator('gov-top-bar');
    const [link, exit, more] = [bar.getByRole('link', { name: zone.name }), bar.getByRole('button', { name: '退出长辈版' }), bar.getByRole('button', { name: '更多' })];
    const boxes = await Promise.all([link, exit, more].map((locator) => locator.boundingBox()));
    assert.ok(boxes.every((box) => Math.abs(box.y - boxes[0].y) < 1 && box.height >= 60), 'one row of 60 px targets');
    await context.close();
  });

  for (const locale of ['en', 'mn-Mong']) {
    it(`keeps its published name in ${locale} while the kit’s own strings change`, async () => {
      const t = translations(locale);
      const { page, context, problems } = await openUpgraded(demo, `?elder=1&lang=${locale}`);
      const bar = page.locator('gov-top-bar');
      await bar.getByRole('button', { name: t.get('退出长辈版'), exact: true }).waitFor();
      const more = bar.getByRole('button', { name: t.get('更多'), exact: true });
      if (await more.count()) await more.click();
      const link = bar.getByRole('link', { name: zone.name, exact: true });
      assert.equal(await link.count(), 1, 'the link keeps the name the site published');
      assert.equal(await link.getAttribute('href'), zone.href);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('is a plain link without JavaScript', async () => {
    const { page, context } = await newPage(demo.browser, demo.url, { javaScriptEnabled: false, ...phone });
    const link = page.locator('gov-top-bar').getByRole('link', { name: zone.name });
    assert.ok(await link.isVisible());
    assert.equal(await link.getAttribute('href'), zone.href);
    await tabTo(page, zone.name);
    assert.ok((await link.boundingBox()).height >= 44);
    await context.close();
  });
});

describe('the first screen', { timeout: 300_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  for (const [look, path] of looks) {
    it(`at 375 × 812 in ${look}: the article title is fully on the first screen, the chrome above it at most 40 %`, async (t) => {
      const { page, context } = await openUpgraded(demo, path, phone);
      await page.evaluate(() => document.fonts.ready);
      const title = await titleBox(page);
      t.diagnostic(`${look}: h1 from ${title.top} to ${title.bottom} px; chrome ${((100 * title.top) / title.height).toFixed(1)} % of ${title.height} px`);
      assert.ok(title.top <= 0.4 * title.height, `the chrome takes ${title.top} px, more than 40 % of ${title.height} px`);
      assert.ok(title.bottom <= title.height, `the title ends at ${title.bottom} px, below the first screen`);
      // The top bar and the header are one row each (the main navigation is its 菜单 bar).
      const layout = await bands(page);
      assert.equal(layout['top bar'].rows, 1, JSON.stringify(layout['top bar']));
      assert.equal(layout.header.rows, 1, JSON.stringify(layout.header));
      await context.close();
    });
  }

  it('folds, never removes: at 375 px in 长辈版 every top-bar item and the search are reached from the keyboard, 60 px each', async () => {
    const { page, context } = await openUpgraded(demo, '?elder=1', phone);
    const bar = page.locator('gov-top-bar');
    const more = bar.getByRole('button', { name: '更多' });
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await axeViolations(page), [], '更多 closed');
    await tabTo(page, '更多');
    await page.keyboard.press('Enter');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await axeViolations(page), [], '更多 open');
    // Every target of the bar on show, the folded ones included, down through shadow roots.
    const heights = await page.evaluate(() => {
      const found = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('a[href], button')) if (el.getClientRects().length) found.push(el.getBoundingClientRect().height);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      const bar = document.querySelector('gov-top-bar');
      visit(bar);
      if (bar.shadowRoot) visit(bar.shadowRoot);
      return found;
    });
    assert.ok(heights.length >= 11, `${heights.length} targets`);
    assert.ok(Math.min(...heights) >= 60, `top-bar targets of 60 px (${Math.min(...heights)})`);
    const reached = [];
    for (let i = 0; i < 12 && (await more.getAttribute('aria-expanded')) === 'true'; i += 1) {
      await page.keyboard.press('Tab');
      const name = await focusedName(page);
      reached.push(name);
      // The language group is one Tab stop: its arrow keys reach the other languages.
      for (let step = 0; name === '中文' && step < 2; step += 1) {
        await page.keyboard.press('ArrowRight');
        reached.push(await focusedName(page));
      }
    }
    for (const name of ['内蒙古自治区人民政府网站', '微信', '无障碍', '中文', 'English', 'ᠮᠣᠩᠭᠣᠯ', '部门网站导航', '登录/注册']) {
      assert.ok(reached.includes(name), `Tab reaches “${name}” in 更多: ${reached.join(', ')}`);
    }
    assert.equal(await more.getAttribute('aria-expanded'), 'false', '更多 closes once focus leaves it');

    // 搜索 opens the field; Escape closes it and returns focus.
    await tabTo(page, '站内搜索');
    const search = page.locator('gov-header').getByRole('button', { name: '站内搜索' });
    assert.ok((await search.boundingBox()).height >= 60);
    await page.keyboard.press('Enter');
    assert.equal(await search.getAttribute('aria-expanded'), 'true');
    const field = page.getByRole('searchbox', { name: '站内搜索' });
    assert.ok(await field.isVisible());
    assert.deepEqual(await axeViolations(page), [], 'search open');
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), '站内搜索');
    await page.keyboard.press('Escape');
    assert.equal(await search.getAttribute('aria-expanded'), 'false');
    assert.equal(await focusedName(page), '站内搜索');
    assert.equal(await field.isVisible(), false);
    await context.close();
  });

  for (const width of [768, 1280]) {
    for (const [look, path] of looks) {
      it(`at ${width} px in ${look}: nothing that fits on one row wraps into two`, async (t) => {
        const { page, context } = await openUpgraded(demo, path, { viewport: { width, height: 900 } });
        await page.evaluate(() => document.fonts.ready);
        for (const [band, layout] of Object.entries(await bands(page))) {
          t.diagnostic(`${band}: ${layout.rows} row(s), ${layout.items} items need ${layout.needed} of ${layout.available} px`);
          if (layout.needed <= layout.available) assert.equal(layout.rows, 1, `${band} fits on one row but takes ${layout.rows}`);
        }
        // The top bar and the header keep to one row whatever they hold: what does not fit folds.
        const layout = await bands(page);
        assert.equal(layout['top bar'].rows, 1);
        assert.equal(layout.header.rows, 1);
        await context.close();
      });
    }
  }

  for (const width of [375, 768, 1280]) {
    for (const [look, path] of looks) {
      it(`looks as recorded at ${width} px in ${look}: the chrome and the title`, async () => {
        const { page, context } = await openUpgraded(demo, path, { viewport: { width, height: width === 375 ? 812 : 900 } });
        await page.evaluate(() => document.fonts.ready);
        const { bottom } = await titleBox(page);
        const shot = await page.screenshot({ clip: { x: 0, y: 0, width, height: Math.ceil(bottom) + 8 }, animations: 'disabled', caret: 'hide' });
        assert.equal(compareWithBaseline(`first-screen-${width}-${path ? 'elder' : 'standard'}`, shot), null);
        await context.close();
      });
    }
  }
});
