// The conformance matrix of the built demo: axe with the WCAG 2.2 AA tags in
// every state the visitor can put the page in (widths, open menus, elder mode,
// the four colour schemes, 200 % zoom, 纯文本, the other languages, the
// toolbar and its help, the 微信 share dialog, forced colours), and
// keyboard-only walk-throughs of every control in the default look and each
// scheme: no keyboard trap, and a focus indicator that is drawn, on screen
// and at least 3:1 against the colours around the focused element.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, openUpgraded, waitForUpgrade, waitForLocale, axeViolations } from './support.mjs';
import { setPreferences } from './modes.mjs';
import { focusState, indicatorContrast, describeIndicator, tabWalk } from './keyboard.mjs';

const schemes = ['white-black', 'black-yellow', 'blue-yellow', 'yellow-black'];
const narrow = { viewport: { width: 375, height: 800 } };

const root = (page, name) => page.evaluate((attribute) => document.documentElement.getAttribute(attribute), name);
const deptButton = (page, name = '部门网站导航') => page.locator('gov-dept-menu').getByRole('button', { name });
const toolbar = (page) => page.getByRole('toolbar', { name: '无障碍工具条' });
const shareWeChat = (page) => page.locator('gov-share').getByRole('button', { name: '微信', exact: true });

async function openToolbarByClick(page) {
  await page.getByRole('button', { name: '无障碍', exact: true }).click();
  await toolbar(page).waitFor();
}

/**
 * The states of the matrix: how to reach each (a URL, browser options, then
 * an action) and a check that the page really is in it.
 */
const states = [
  { name: 'default at 1280 px', check: async (page) => assert.equal(await page.getByRole('button', { name: '菜单' }).count(), 0) },
  { name: 'default at 375 px', options: narrow, check: async (page) => assert.ok(await page.getByRole('button', { name: '菜单' }).isVisible()) },
  {
    name: 'department menu (部门网站导航) open',
    act: (page) => deptButton(page).click(),
    check: async (page) => {
      assert.equal(await deptButton(page).getAttribute('aria-expanded'), 'true');
      assert.ok(await page.locator('gov-dept-menu').getByRole('link', { name: '教育厅' }).isVisible());
    },
  },
  {
    name: 'main-nav submenu (组织机构) open',
    act: (page) => page.getByRole('button', { name: '组织机构子栏目' }).click(),
    check: async (page) => assert.ok(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '厅领导' }).isVisible()),
  },
  {
    name: 'main-nav 菜单 open at 375 px',
    options: narrow,
    act: (page) => page.getByRole('button', { name: '菜单' }).click(),
    check: async (page) => assert.ok(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政务公开' }).isVisible()),
  },
  { name: 'elder mode (长辈版)', path: '?elder=1', check: async (page) => assert.equal(await root(page, 'data-gov-elder'), '') },
  ...schemes.map((scheme) => ({
    name: `scheme ${scheme}`,
    path: `?scheme=${scheme}`,
    check: async (page) => assert.equal(await root(page, 'data-gov-scheme'), scheme),
  })),
  {
    name: '200 % zoom',
    act: (page) => setPreferences(page, { zoom: 200 }),
    check: async (page) => assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '32px'),
  },
  {
    name: 'text-only (纯文本)',
    act: async (page) => {
      await openToolbarByClick(page);
      await toolbar(page).getByRole('button', { name: '纯文本', exact: true }).click();
    },
    check: async (page) => {
      assert.equal(await root(page, 'data-gov-text-only'), '');
      assert.match(await page.locator('.gov-article__body img').first().evaluate((img) => img.nextElementSibling?.textContent ?? ''), /^\[.+\]$/);
    },
  },
  { name: 'English', path: '?lang=en', check: (page) => waitForLocale(page, 'en') },
  { name: 'Mongolian', path: '?lang=mn-Mong', check: (page) => waitForLocale(page, 'mn-Mong') },
  { name: 'the English page (/en/)', path: 'en/', check: async (page) => assert.equal(await page.evaluate(() => document.documentElement.lang), 'en') },
  { name: 'toolbar (无障碍) open', act: openToolbarByClick, check: async (page) => assert.equal(await root(page, 'data-gov-toolbar-open'), '') },
  {
    name: 'toolbar help dialog (帮助) open',
    act: async (page) => {
      await openToolbarByClick(page);
      await toolbar(page).getByRole('button', { name: '帮助', exact: true }).click();
    },
    check: (page) => page.getByRole('dialog', { name: '无障碍浏览帮助' }).waitFor(),
  },
  {
    name: 'WeChat share dialog (分享到 微信) open',
    act: (page) => shareWeChat(page).click(),
    check: (page) => page.getByRole('dialog', { name: '分享到微信' }).waitFor(),
  },
  {
    name: 'forced colours',
    options: { forcedColors: 'active' },
    check: async (page) => assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true),
  },
];

/** Opens the demo at `path` and waits for the lazily loaded article frame and footer too. */
async function openFull(demo, path = '', options = {}) {
  const opened = await openUpgraded(demo, path, options);
  await opened.page.waitForFunction(() => customElements.get('gov-footer'));
  await waitForUpgrade(opened.page);
  return opened;
}

describe('conformance matrix: axe in every state', { timeout: 600_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  for (const state of states) {
    it(`${state.name}: zero axe violations`, async () => {
      const { page, context, problems } = await openFull(demo, state.path, state.options);
      await state.act?.(page);
      await waitForUpgrade(page);
      await state.check(page);
      assert.deepEqual(await axeViolations(page), [], state.name);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('keyboard-only walk-throughs', { timeout: 600_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  /**
   * Records every focus stop of a walk-through and checks it at once: the
   * element matches :focus-visible, is on screen and not covered, and its
   * indicator keeps 3:1 against what surrounds it.
   */
  function focusLog(page, label) {
    const stops = [];
    const check = async (state) => {
      assert.ok(state, `${label}: focus was lost to the document`);
      const { ratio } = indicatorContrast(state);
      stops.push({ name: state.name, ratio });
      assert.ok(state.focusVisible, `${label}: ${state.name} has focus but not :focus-visible`);
      assert.ok(state.shown, `${label}: ${state.name} is off screen or covered while focused`);
      assert.ok(ratio >= 3, `${label}: focus indicator ${ratio.toFixed(2)}:1 (${describeIndicator(state)})`);
    };
    return {
      stops,
      check,
      /** Checks what has focus now, and returns it. */
      async here() {
        const state = await focusState(page);
        await check(state);
        return state;
      },
      minimum: () => stops.reduce((min, stop) => (stop.ratio < min.ratio ? stop : min), { ratio: Infinity }),
    };
  }

  /**
   * Presses `key` until the focused element's name matches `pattern`, checking
   * every stop on the way (focus may pass the document's end and wrap).
   */
  async function moveTo(page, log, pattern, { key = 'Tab', max = 200 } = {}) {
    for (let press = 0; press < max; press += 1) {
      await page.keyboard.press(key);
      const state = await focusState(page);
      if (!state) continue;
      await log.check(state);
      if (pattern.test(state.name)) return state;
    }
    throw new Error(`${pattern} was not reached with ${key} in ${max} presses`);
  }

  /** Waits until the focused element's name matches `pattern`, then checks it. */
  async function focusArrives(page, log, pattern) {
    for (let tries = 0; tries < 50; tries += 1) {
      const state = await focusState(page);
      if (state && pattern.test(state.name)) return log.here();
      await page.waitForTimeout(20);
    }
    throw new Error(`focus did not move to ${pattern} (it is on ${(await focusState(page))?.name ?? 'the document'})`);
  }

  const expanded = (page, host, name) => page.locator(host).getByRole('button', { name }).first().getAttribute('aria-expanded');

  /** Every control of the demo, used from the keyboard alone, in page order. */
  async function useEveryControl(page, log, scheme) {
    const { keyboard } = page;
    // Printing is stubbed: the test checks that 打印本页 asks for it.
    await page.evaluate(() => {
      globalThis.print = () => {
        globalThis.__printed = (globalThis.__printed ?? 0) + 1;
      };
    });

    // 跳到主要内容 moves focus to main; the walk goes back to the top afterwards.
    await moveTo(page, log, /gov-skip-link › a/);
    await keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'main');
    await log.here();
    await page.evaluate(() => document.activeElement.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: '跳到主要内容' }).focus();

    // 长辈版 turns elder mode on and off, and keeps focus.
    await moveTo(page, log, /gov-elder-toggle › button/);
    await keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-gov-elder'));
    assert.match((await log.here()).name, /退出长辈版/);
    await keyboard.press('Space');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-gov-elder'));
    assert.match((await log.here()).name, /"长辈版"/);

    // 微信 in the top bar: a popover that Escape closes, returning focus.
    await moveTo(page, log, /gov-top-bar › button "微信"/);
    await keyboard.press('Enter');
    assert.equal(await expanded(page, 'gov-top-bar', '微信'), 'true');
    await page.locator('gov-top-bar img').waitFor();
    await keyboard.press('Escape');
    assert.equal(await expanded(page, 'gov-top-bar', '微信'), 'false');
    assert.match((await log.here()).name, /gov-top-bar › button "微信"/);

    // 无障碍: the toolbar opens with focus in it; arrow keys visit every button; 帮助 opens its dialog;
    // Tab leaves it. It stays open (and sticky) for the rest of the walk; 退出 closes it at the end.
    await moveTo(page, log, /gov-a11y-toggle › button/);
    await keyboard.press('Enter');
    await toolbar(page).waitFor();
    const first = await focusArrives(page, log, /gov-a11y-toolbar › button/);
    const buttons = await toolbar(page).getByRole('button').count();
    for (let step = 1; step <= buttons; step += 1) {
      await keyboard.press('ArrowRight');
      const state = await log.here();
      assert.equal(state.id === first.id, step === buttons, `ArrowRight step ${step} of ${buttons} (${state.name})`);
    }
    await moveTo(page, log, /gov-a11y-toolbar › button "帮助"/, { key: 'ArrowRight', max: buttons });
    await keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: '无障碍浏览帮助' });
    await help.waitFor();
    assert.match((await log.here()).name, /gov-a11y-toolbar › /, 'focus moves into the help dialog');
    await keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    assert.match((await log.here()).name, /"帮助"/, 'Escape returns focus to 帮助');
    await keyboard.press('Tab');
    assert.doesNotMatch((await log.here()).name, /gov-a11y-toolbar › /, 'Tab leaves the toolbar');

    // 语言, one Tab stop: English is a link to the translated page; ᠮᠣᠩᠭᠣᠯ switches in place, then back to 中文.
    await moveTo(page, log, /gov-language-switcher › button "中文"/);
    await moveTo(page, log, /gov-language-switcher › a "English"/, { key: 'ArrowRight', max: 1 });
    await moveTo(page, log, /gov-language-switcher › button "ᠮᠣᠩᠭᠣᠯ"/, { key: 'ArrowRight', max: 1 });
    await keyboard.press('Enter');
    await waitForLocale(page, 'mn-Mong');
    await log.here();
    await moveTo(page, log, /gov-language-switcher › button "中文"/, { key: 'Home', max: 1 });
    await keyboard.press('Enter');
    await waitForLocale(page, 'zh-Hans');
    await deptButton(page).waitFor({ timeout: 5000 });
    await log.here();

    // 部门网站导航: Enter opens; Tab visits all 33 links; focus leaving closes it; Escape closes and returns focus.
    await moveTo(page, log, /gov-dept-menu › button/);
    await keyboard.press('Enter');
    assert.equal(await deptButton(page).getAttribute('aria-expanded'), 'true');
    let links = 0;
    for (;;) {
      await keyboard.press('Tab');
      const state = await focusState(page);
      await log.check(state);
      if (!/^gov-dept-menu › a /.test(state.name)) break;
      links += 1;
    }
    assert.equal(links, 33, 'every department link is reachable with Tab');
    assert.equal(await deptButton(page).getAttribute('aria-expanded'), 'false', 'the menu closes when focus leaves it');
    await moveTo(page, log, /gov-dept-menu › button/, { key: 'Shift+Tab', max: 3 });
    await keyboard.press('Enter');
    await moveTo(page, log, /gov-dept-menu › a /);
    await keyboard.press('Escape');
    assert.equal(await deptButton(page).getAttribute('aria-expanded'), 'false');
    assert.match((await log.here()).name, /gov-dept-menu › button/, 'Escape returns focus to 部门网站导航');

    // Site search: the field takes text; the button follows.
    await moveTo(page, log, /gov-header › input/);
    await keyboard.type('科技');
    assert.equal(await page.getByRole('searchbox').first().inputValue(), '科技');
    await moveTo(page, log, /gov-header › button/);

    // 主导航: each sub-page button opens its list, Tab visits it, Escape closes and returns focus.
    for (const section of ['组织机构', '科技动态', '政务公开']) {
      const button = new RegExp(`gov-main-nav › button "${section}子栏目`);
      await moveTo(page, log, button);
      await keyboard.press('Enter');
      assert.equal(await expanded(page, 'gov-main-nav', `${section}子栏目`), 'true');
      const sub = await moveTo(page, log, /gov-main-nav › a /);
      assert.ok(await page.locator('gov-main-nav').getByRole('link', { name: sub.name.split('"')[1] }).isVisible());
      await keyboard.press('Escape');
      assert.equal(await expanded(page, 'gov-main-nav', `${section}子栏目`), 'false');
      assert.match((await log.here()).name, button);
    }

    // 字体: arrow keys choose another size.
    await moveTo(page, log, /^gov-font-size › label "[大中小]"$/);
    const step = await root(page, 'data-gov-font-step');
    await keyboard.press('ArrowRight');
    assert.notEqual(await root(page, 'data-gov-font-step'), step);
    await log.here();
    await keyboard.press('ArrowLeft');
    assert.equal(await root(page, 'data-gov-font-step'), step);

    // 分享到 微信: a modal dialog; Tab stays inside it, Escape closes it and focus returns to 微信.
    await moveTo(page, log, /^gov-share › button "微信"$/);
    await keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '分享到微信' });
    await dialog.waitFor();
    await focusArrives(page, log, /^gov-share › (dialog|button "关闭")/);
    await keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.match((await log.here()).name, /^gov-share › button "微信"$/);
    // Its 关闭 button closes it too.
    await keyboard.press('Enter');
    await dialog.waitFor();
    await moveTo(page, log, /"关闭"/, { max: 3 });
    await keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.match((await log.here()).name, /^gov-share › button "微信"$/);

    // 复制链接: copied and announced, or the URL selected in a field with focus.
    await moveTo(page, log, /^gov-share › button "复制链接"$/);
    await keyboard.press('Enter');
    const copied = page.getByText(/链接已复制|网址已选中/);
    for (let tries = 0; ; tries += 1) {
      assert.ok(tries < 50, '复制链接 neither copied nor offered the URL to copy');
      if (await copied.count()) break;
      const state = await focusState(page);
      if (/^gov-share › input#gov-share-/.test(state?.name)) {
        await log.check(state);
        break;
      }
      await page.waitForTimeout(20);
    }

    // 打印本页 asks the browser to print.
    await moveTo(page, log, /^gov-print-button › button "打印本页"$/);
    await keyboard.press('Enter');
    assert.equal(await page.evaluate(() => globalThis.__printed), 1);

    // 相关网站 groups are disclosures: Enter closes and opens them.
    for (const group of ['各省科技厅网', '各盟市科技网']) {
      await moveTo(page, log, new RegExp(`^gov-related-sites › button "${group}"`));
      const before = await expanded(page, 'gov-related-sites', group);
      await keyboard.press('Enter');
      assert.notEqual(await expanded(page, 'gov-related-sites', group), before);
      await keyboard.press('Enter');
      assert.equal(await expanded(page, 'gov-related-sites', group), before);
    }

    // 返回顶部 returns focus to the top.
    await moveTo(page, log, /^gov-back-to-top › button "返回顶部"/);
    await keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY === 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'top');
    assert.equal(await root(page, 'data-gov-scheme'), scheme, 'the scheme held throughout');

    // 退出 closes the toolbar, turns its aids off (the scheme too) and returns focus to 无障碍.
    await moveTo(page, log, /gov-a11y-toolbar › button/);
    await moveTo(page, log, /gov-a11y-toolbar › button "退出"/, { key: 'ArrowRight', max: 30 });
    await keyboard.press('Enter');
    await toolbar(page).waitFor({ state: 'detached' });
    assert.equal(await root(page, 'data-gov-scheme'), null);
    assert.match((await focusState(page)).name, /gov-a11y-toggle › button/, '退出 returns focus to 无障碍');
  }

  const looks = [['default', ''], ...schemes.map((scheme) => [scheme, `?scheme=${scheme}`])];
  for (const [look, path] of looks) {
    it(`${look}: Tab and Shift+Tab cross the page without a trap; every control works from the keyboard; focus keeps 3:1`, async (t) => {
      const { page, context, problems } = await openFull(demo, path);
      const log = focusLog(page, look);

      const forward = await tabWalk(page, { check: log.check });
      assert.ok(forward.escaped, `forward: ${forward.trap}`);
      assert.ok(forward.stops.length >= 80, `${forward.stops.length} stops`);
      const backward = await tabWalk(page, { key: 'Shift+Tab', check: log.check });
      assert.ok(backward.escaped, `backward: ${backward.trap}`);
      assert.deepEqual(
        backward.stops.map((stop) => stop.id),
        forward.stops.map((stop) => stop.id).reverse(),
        'Shift+Tab visits the same stops in reverse order',
      );

      await useEveryControl(page, log, path ? look : null);
      const min = log.minimum();
      t.diagnostic(`${look}: ${log.stops.length} focus stops checked, lowest indicator contrast ${min.ratio.toFixed(2)}:1 at ${min.name}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('375 px: 菜单 opens the main navigation from the keyboard, Escape closes it, and no trap', async (t) => {
    const { page, context } = await openFull(demo, '', narrow);
    const log = focusLog(page, '375 px');
    const menu = page.getByRole('button', { name: '菜单' });
    await moveTo(page, log, /gov-main-nav › button/);
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await moveTo(page, log, /gov-main-nav › button "组织机构子栏目/);
    await page.keyboard.press('Enter');
    await moveTo(page, log, /gov-main-nav › a "厅领导"/, { max: 2 });
    await page.keyboard.press('Escape');
    assert.match((await log.here()).name, /组织机构子栏目/);
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.match((await log.here()).name, /gov-main-nav › button/);
    const walk = await tabWalk(page, { check: log.check });
    assert.ok(walk.escaped, walk.trap);
    t.diagnostic(`375 px: lowest indicator contrast ${log.minimum().ratio.toFixed(2)}:1`);
    await context.close();
  });

  it('elder mode and forced colours: Tab crosses the page without a trap, focus visible throughout', async (t) => {
    for (const [label, path, options] of [
      ['elder', '?elder=1', {}],
      ['forced colours', '', { forcedColors: 'active' }],
    ]) {
      const { page, context } = await openFull(demo, path, options);
      const log = focusLog(page, label);
      const walk = await tabWalk(page, { check: log.check });
      assert.ok(walk.escaped, walk.trap);
      t.diagnostic(`${label}: ${walk.stops.length} stops, lowest indicator contrast ${log.minimum().ratio.toFixed(2)}:1`);
      await context.close();
    }
  });

  it('the contrast measure fails an indicator that blends in', () => {
    const state = { name: 'probe', outline: { color: 'rgb(11, 61, 145)', width: 3, offset: 2, style: 'solid' }, halo: null, inside: 'rgb(255, 255, 255)', outside: 'rgb(7, 43, 102)' };
    assert.ok(indicatorContrast(state).ratio < 3, 'dark blue on dark blue');
    assert.ok(indicatorContrast({ ...state, halo: { color: 'rgb(255, 211, 77)', spread: 7 } }).ratio >= 3, 'a yellow halo rescues it');
    assert.equal(indicatorContrast({ ...state, outline: null }).ratio, 0, 'nothing drawn');
    assert.ok(indicatorContrast({ ...state, outline: { ...state.outline, offset: -3 }, inside: 'rgb(11, 61, 145)' }).ratio < 3, 'an inset ring counts against the inside');
  });
});
