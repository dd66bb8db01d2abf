// The accessibility toolbar (无障碍工具条) on the built demo: opening it, each
// aid's visible effect, 重置, 退出, persistence across reloads, the help
// dialog, and axe with the toolbar open, with each aid on and with help open.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, waitForUpgrade, axeViolations, openUpgraded } from './support.mjs';

describe('accessibility toolbar on the demo', { timeout: 300_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  const open = (path, options) => openUpgraded(demo, path, options);

  const toolbar = (page) => page.getByRole('toolbar', { name: '无障碍工具条' });
  const tool = (page, name) => toolbar(page).getByRole('button', { name, exact: true });
  /** 配色 and 语速 show their current value in their name. */
  const cycling = (page, name) => toolbar(page).getByRole('button', { name: new RegExp(`^${name}:`) });
  const toggleButton = (page) => page.getByRole('button', { name: '无障碍', exact: true });

  /** Opens the toolbar with "无障碍" where the top bar shows it, else with Alt+Shift+A; resolves when focus is in it. */
  async function openToolbar(page) {
    if (await toggleButton(page).isVisible()) await toggleButton(page).click();
    else await page.keyboard.press('Alt+Shift+KeyA');
    await toolbar(page).waitFor();
    await page.waitForFunction(() => document.querySelector('gov-a11y-toolbar')?.shadowRoot?.activeElement?.localName === 'button');
  }

  const aidNames = ['大鼠标', '十字线', '大字幕', '纯文本'];

  it('"无障碍" or Alt+Shift+A loads and opens the toolbar above the page, pushing the layout down, with focus in it', async (t) => {
    const { page, context, problems, requests } = await open();
    assert.equal(requests.filter((url) => url.includes('gov-a11y-toolbar')).length, 0, 'the toolbar code is not part of the first load');
    const topBefore = await page.locator('gov-top-bar').evaluate((el) => el.getBoundingClientRect().top);
    if (!(await toggleButton(page).isVisible())) t.diagnostic('the top bar does not render <gov-a11y-toggle> yet: opened with Alt+Shift+A');
    const started = Date.now();
    await openToolbar(page);
    const usable = Date.now() - started;
    t.diagnostic(`toolbar usable ${usable} ms after the request`);
    assert.ok(requests.some((url) => url.includes('gov-a11y-toolbar')), 'the toolbar chunk loads on first open');
    const box = await toolbar(page).boundingBox();
    const topAfter = await page.locator('gov-top-bar').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(topAfter >= topBefore + box.height - 1, `the page moves down under the toolbar (${topBefore} → ${topAfter}, toolbar ${box.height})`);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-toolbar-open')), true);
    // Arrow keys move between its buttons; Tab leaves.
    const focusedName = () => page.evaluate(() => document.querySelector('gov-a11y-toolbar').shadowRoot.activeElement?.textContent.trim() ?? null);
    const first = await focusedName();
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await focusedName(), first);
    await page.keyboard.press('Home');
    assert.equal(await focusedName(), first);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(), null, 'Tab leaves the toolbar');
    assert.ok(requests.every((url) => url.startsWith(demo.url)), 'no third-party request');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('配色 gives the exact colours of each scheme to text, background, links and the toolbar', async () => {
    const { page, context } = await open();
    await openToolbar(page);
    const expected = [
      ['白底黑字', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 255)'],
      ['黑底黄字', 'rgb(255, 255, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
      ['蓝底黄字', 'rgb(255, 255, 0)', 'rgb(0, 0, 255)', 'rgb(255, 255, 255)'],
      ['黄底黑字', 'rgb(0, 0, 0)', 'rgb(254, 254, 204)', 'rgb(0, 0, 255)'],
    ];
    for (const [name, text, background, link] of expected) {
      await cycling(page, '配色').click();
      await cycling(page, '配色').filter({ hasText: name }).waitFor();
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const visibleLink = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'gov-a11y-toolbar') continue;
            if (el.matches('a[href]') && el.getClientRects().length) return el;
            const inner = el.shadowRoot && visibleLink(el.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        const link = getComputedStyle(visibleLink(document.querySelector('gov-breadcrumb').shadowRoot ?? document.querySelector('gov-breadcrumb')));
        const button = getComputedStyle(document.querySelector('gov-a11y-toolbar').shadowRoot.querySelector('button[data-id="zoomIn"]'));
        return { text: body.color, background: body.backgroundColor, link: link.color, toolbarText: button.color, toolbarBackground: button.backgroundColor };
      });
      assert.deepEqual(
        [colours.text, colours.background, colours.link],
        [text, background, link],
        `${name}: text / background / links`,
      );
      assert.equal(colours.toolbarBackground, background, `${name}: the toolbar follows`);
      assert.equal(colours.toolbarText, link, `${name}: toolbar buttons read like links`);
      assert.deepEqual(await axeViolations(page), [], `axe with ${name}`);
    }
    await cycling(page, '配色').click();
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-gov-scheme')), null, 'back to the default');
    await context.close();
  });

  it('配色 stands down with an explanation under forced colours', async () => {
    const { page, context } = await open();
    await page.emulateMedia({ forcedColors: 'active' });
    await openToolbar(page);
    const scheme = cycling(page, '配色');
    assert.equal(await scheme.getAttribute('aria-disabled'), 'true');
    assert.match(await scheme.evaluate((b) => b.getRootNode().getElementById(b.getAttribute('aria-describedby')).textContent), /强制颜色/);
    await scheme.click({ force: true });
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-gov-scheme')), null);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('放大 / 缩小 set the root font size in 10 % steps from 100 to 200 %, without horizontal scrolling', async () => {
    const { page, context } = await open('', { viewport: { width: 320, height: 800 } });
    await openToolbar(page);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.equal(await rootSize(), 16);
    for (let step = 1; step <= 10; step += 1) {
      await tool(page, '放大').click();
      assert.ok(Math.abs((await rootSize()) - 16 * (1 + step / 10)) < 0.05, `step ${step}: ${await rootSize()} px`);
    }
    assert.equal(await tool(page, '放大').getAttribute('aria-disabled'), 'true', 'no more than 200 %');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at 320 px and 200 % (${overflow} px too wide)`);
    await tool(page, '缩小').click();
    assert.ok(Math.abs((await rootSize()) - 30.4) < 0.05, '190 %');
    await context.close();
  });

  it('大鼠标 sets large same-origin SVG cursors of at least 48 px', async () => {
    const { page, context, requests } = await open();
    await openToolbar(page);
    await tool(page, '大鼠标').click();
    assert.equal(await tool(page, '大鼠标').getAttribute('aria-pressed'), 'true');
    const cursors = await page.evaluate(() => ({
      page: getComputedStyle(document.querySelector('.gov-article__body p')).cursor,
      // Controls that use the --gov-cursor-pointer token (the toolbar, "无障碍") get the large pointer.
      link: getComputedStyle(document.querySelector('gov-a11y-toolbar').shadowRoot.querySelector('button[data-id="zoomIn"]')).cursor,
    }));
    assert.ok(cursors.page.startsWith(`url("${new URL('/cursors/arrow.svg', demo.url).href}")`), cursors.page);
    assert.match(cursors.link, /\/cursors\/pointer\.svg/);
    for (const file of ['arrow', 'pointer']) {
      const svg = await page.evaluate(async (url) => {
        const response = await fetch(url);
        return { ok: response.ok, type: response.headers.get('content-type'), text: await response.text() };
      }, `/cursors/${file}.svg`);
      assert.ok(svg.ok, `${file}.svg is served`);
      assert.match(svg.type, /svg/);
      const [, width, height] = svg.text.match(/width="(\d+)" height="(\d+)"/);
      assert.ok(Number(width) >= 48 && Number(height) >= 48, `${file}.svg is ${width}×${height}`);
    }
    assert.ok(requests.every((url) => !url.startsWith('data:')));
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('十字线 lines follow the pointer and focus, and never intercept clicks', async () => {
    const { page, context } = await open();
    await openToolbar(page);
    await tool(page, '十字线').click();
    const lines = () =>
      page.evaluate(() => {
        const [h, v] = document.querySelector('[data-gov-aid="guide"]').children;
        return { y: h.getBoundingClientRect().top, x: v.getBoundingClientRect().left, hidden: h.parentElement.getAttribute('aria-hidden') };
      });
    await page.mouse.move(400, 300);
    await page.waitForFunction(() => document.querySelector('.gov-guide-h').getBoundingClientRect().top === 300);
    assert.deepEqual(await lines(), { y: 300, x: 400, hidden: 'true' });
    await page.mouse.move(640, 500);
    await page.waitForFunction(() => document.querySelector('.gov-guide-h').getBoundingClientRect().top === 500);
    assert.deepEqual(await lines(), { y: 500, x: 640, hidden: 'true' });
    // What sits under the crossing still gets the click.
    const target = page.locator('.gov-article__body p').first();
    const box = await target.boundingBox();
    await page.mouse.move(box.x + 20, box.y + 5);
    assert.equal(await page.evaluate(([x, y]) => document.elementFromPoint(x, y).closest('[data-gov-aid]'), [box.x + 20, box.y + 5]), null);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('大字幕 shows the text under the pointer at 40 px or more, and nothing hides behind it', async () => {
    const { page, context } = await open();
    await openToolbar(page);
    await tool(page, '大字幕').click();
    const paragraph = page.locator('.gov-article__body > p').nth(1);
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.hover();
    const expected = (await paragraph.textContent()).replace(/\s+/g, ' ').trim();
    await page.waitForFunction((text) => document.querySelector('[data-gov-aid="caption"]')?.textContent === text, expected);
    const caption = await page.evaluate(() => {
      const bar = document.querySelector('[data-gov-aid="caption"]');
      const style = getComputedStyle(bar);
      return { size: parseFloat(style.fontSize), hidden: bar.getAttribute('aria-hidden'), height: bar.getBoundingClientRect().height };
    });
    assert.ok(caption.size >= 40, `caption text ${caption.size}px`);
    assert.equal(caption.hidden, 'true');
    // Scrolled to the very end, the last content sits above the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const gap = await page.evaluate(() => {
      const bar = document.querySelector('[data-gov-aid="caption"]').getBoundingClientRect();
      const last = [...document.querySelectorAll('gov-footer, gov-back-to-top')].map((el) => el.getBoundingClientRect().bottom);
      return bar.top - Math.max(...last.filter((b) => b > 0));
    });
    assert.ok(gap >= -1, `content ends ${-gap}px behind the caption bar`);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('纯文本 replaces images by their alt text and restores the page exactly on leaving', async () => {
    const { page, context } = await open();
    const before = await page.locator('.gov-article__body').innerHTML();
    await openToolbar(page);
    await tool(page, '纯文本').click();
    const state = await page.evaluate(() =>
      [...document.querySelectorAll('.gov-article__body img')].map((img) => ({
        area: img.getBoundingClientRect().width * img.getBoundingClientRect().height,
        alt: img.nextElementSibling?.textContent,
        shown: img.nextElementSibling && getComputedStyle(img.nextElementSibling).display,
        expected: `[${img.alt}]`,
      })),
    );
    assert.ok(state.length >= 2);
    for (const image of state) {
      assert.ok(image.area <= 1, 'the image is hidden');
      assert.equal(image.alt, image.expected, 'its alt text stands in its place');
      assert.equal(image.shown, 'inline');
    }
    assert.deepEqual(await axeViolations(page), []);
    await tool(page, '纯文本').click();
    assert.equal(await page.locator('.gov-article__body').innerHTML(), before, 'restored exactly');
    await context.close();
  });

  it('speech controls say why they are disabled where the browser has no voice, and 帮助 lists every shortcut', async () => {
    const { page, context } = await open();
    await openToolbar(page);
    // Headless Chromium has no voices.
    assert.equal(await tool(page, '声音').getAttribute('aria-disabled'), 'true');
    assert.match(await page.evaluate(() => document.querySelector('gov-a11y-toolbar').shadowRoot.querySelector('#speech-note').textContent), /声音不可用/);
    await tool(page, '帮助').click();
    const dialog = page.getByRole('dialog', { name: '无障碍浏览帮助' });
    await dialog.waitFor();
    const rows = await dialog.locator('tbody tr').allTextContents();
    assert.ok(rows.length >= 23, `${rows.length} rows`);
    assert.ok(rows.every((row) => /Alt\+Shift\+[A-Z0-9]$/.test(row.replace(/\s+/g, ''))));
    assert.deepEqual(await axeViolations(page), [], 'axe with the help dialog open');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('persists across reloads with its aids; 重置 restores defaults; 退出 closes it for good and turns its aids off', async () => {
    const { page, context } = await open();
    const root = () => page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-gov-')).sort());
    const fresh = await root();
    await openToolbar(page);
    for (const name of aidNames) await tool(page, name).click();
    await tool(page, '放大').click();
    assert.deepEqual(await axeViolations(page), [], 'axe with every aid on');
    await page.reload({ waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    await toolbar(page).waitFor();
    for (const name of aidNames) assert.equal(await tool(page, name).getAttribute('aria-pressed'), 'true', `${name} after reload`);
    assert.equal(await page.locator('[data-gov-aid="caption"]').count(), 1);
    assert.equal(await page.locator('[data-gov-aid="guide"]').count(), 1);

    await tool(page, '重置').click();
    assert.deepEqual(await root(), [...fresh, 'data-gov-toolbar-open'].sort(), 'only the toolbar stays');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '16px');
    await tool(page, '大字幕').click();

    await tool(page, '退出').click();
    await toolbar(page).waitFor({ state: 'detached' });
    assert.deepEqual(await root(), fresh, 'aids off, toolbar closed');
    assert.equal(await page.locator('[data-gov-aid]').count(), 0);
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.closest?.('gov-a11y-toggle') || el?.getRootNode().host?.localName === 'gov-a11y-toggle' ? 'gov-a11y-toggle' : el?.localName;
    });
    if (await toggleButton(page).isVisible()) assert.equal(focused, 'gov-a11y-toggle', 'focus returns to "无障碍"');
    assert.deepEqual(await axeViolations(page), []);
    await page.reload({ waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    assert.equal(await toolbar(page).count(), 0, 'stays closed');
    await context.close();
  });

  it('in elder mode puts 大鼠标, 配色, 声音/指读/连读, 大字幕 and 退出 first', async () => {
    const { page, context } = await open('?elder=1');
    await openToolbar(page);
    const names = await toolbar(page).getByRole('button').allTextContents();
    assert.deepEqual(names.slice(0, 7).map((n) => n.trim().split(':')[0]), ['大鼠标', '配色', '声音', '指读', '连读', '大字幕', '退出']);
    const sizes = await toolbar(page).getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    assert.ok(sizes.every((h) => h >= 60), 'primary targets of 60 px');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('Alt+Shift+2 jumps to the main content and shortcuts stand down in the search field', async () => {
    const { page, context } = await open();
    await openToolbar(page);
    await page.keyboard.press('Alt+Shift+Digit2');
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'main');
    await page.getByRole('searchbox').first().focus();
    await page.keyboard.press('Alt+Shift+KeyM');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-large-cursor')), false);
    await page.keyboard.press('Alt+Shift+Digit3');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-large-cursor')), false);
    await page.locator('main').focus();
    await page.keyboard.press('Alt+Shift+KeyM');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-large-cursor')), true);
    await context.close();
  });
});
