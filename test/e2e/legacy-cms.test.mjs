// examples/legacy-cms/: the kit embedded with its one script tag in a legacy
// CMS template (table layout, `* { font-size: 12px; line-height: 1 }`,
// `button { border: 0; background: none }`, prototype-extending scripts, a
// window.onload ticker). The elements upgrade and look as recorded, the menus
// work, elder mode and zoom scale the kit's text, the host content sized with
// the tokens and, without any change to the template, the template's own
// pixel-sized text, and axe finds nothing inside the kit's elements.
//
// The page is served from a temporary folder laid out as a ministry would
// (legacy-site.mjs). No Content-Security-Policy: the template has inline
// script and onclick attributes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../../support/browsers.mjs';
import { newPage, waitForUpgrade, axeViolations } from './support.mjs';
import { setPreferences } from './modes.mjs';
import { compareWithBaseline } from './visual.mjs';
import { layLegacySite } from '../../support/legacy-site.mjs';

/** 2024-03-15 09:00 in Beijing: the template writes today's date into the page. */
const today = new Date('2024-03-15T09:00:00+08:00');

/** Every element of the kit on the page; axe looks inside these only. */
const kitElements = [
  'gov-skip-link', 'gov-top-bar', 'gov-a11y-toggle', 'gov-header', 'gov-main-nav',
  'gov-breadcrumb', 'gov-article', 'gov-related-sites', 'gov-footer', 'gov-back-to-top',
].join(', ');


/**
 * Text of the kit, and host text it frames, with the token that sizes it.
 * `path` walks down through the elements: each selector after the first is
 * looked up in what the element found before it renders (its shadow root, or
 * its light DOM).
 */
const texts = [
  { name: 'the top bar link', path: ['gov-top-bar', 'a.gov-top-bar__link'], token: 'small' },
  { name: 'the 长辈版 button', path: ['gov-top-bar', 'gov-elder-toggle', 'button'], token: 'small' },
  { name: 'the 部门网站导航 button', path: ['gov-top-bar', 'gov-dept-menu', 'button'], token: 'small' },
  { name: 'the 无障碍 button (slotted into the top bar)', path: ['gov-a11y-toggle', 'button'], token: 'small' },
  { name: 'the site name', path: ['gov-header', '.gov-header__site-name'], token: 'site-name' },
  { name: 'the search label', path: ['gov-header', 'label'], token: 'small' },
  { name: 'a main navigation section', path: ['gov-main-nav', 'nav > ul > li > a'], token: 'h3' },
  { name: 'a breadcrumb link', path: ['gov-breadcrumb', 'a'], token: 'small' },
  { name: 'the article title (the host h1)', path: ['gov-article h1'], token: 'h1' },
  { name: 'the article metadata (light DOM)', path: ['gov-article .gov-article__meta'], token: 'small' },
  { name: 'an article paragraph (host content)', path: ['.gov-article__body > p:not([class])'], token: 'article' },
  { name: 'an article heading (host content)', path: ['.gov-article__body > h2'], token: 'h2' },
  { name: 'the related sites heading (light DOM)', path: ['gov-related-sites h2'], token: 'h2' },
  { name: 'a related site link (light DOM)', path: ['gov-related-sites .gov-related-sites__main a'], token: 'body' },
  { name: 'the footer registration lines (light DOM)', path: ['gov-footer .gov-footer__info span'], token: 'small' },
  { name: 'the 返回顶部 button (light DOM)', path: ['gov-back-to-top button'], token: 'body' },
  { name: 'a tool of the open 无障碍 toolbar (shadow DOM)', path: ['gov-a11y-toolbar', '[role="toolbar"] button'], token: 'body' },
];

/** The three states a reader can put the page in. */
const modes = [
  { name: 'standard', preferences: { elder: false, zoom: 100 } },
  { name: 'elder mode', preferences: { elder: true, zoom: 100 } },
  { name: 'zoom 200 %', preferences: { elder: false, zoom: 200 } },
];
/** Puts the page in `mode` with the 无障碍 toolbar open (the text probes measure it too), once the toolbar is drawn. */
async function withToolbar(page, mode) {
  await setPreferences(page, { ...mode.preferences, toolbarOpen: true });
  await page.waitForFunction(() => document.querySelector('gov-a11y-toolbar')?.shadowRoot?.querySelector('[role="toolbar"] button'));
}

/** Computed font size and line height (px) of the element at `path`, and what the token resolves to. */
function measure(page, path, token) {
  return page.evaluate(
    ([steps, tokenName]) => {
      let el = document.querySelector(steps[0]);
      for (const step of steps.slice(1)) el = (el?.shadowRoot ?? el)?.querySelector(step) ?? null;
      if (!el) return null;
      // A probe sized by the token alone (inline style beats the reset); tokens are in rem, so its parent does not matter.
      const probe = document.createElement('span');
      probe.style.fontSize = `var(--gov-font-size-${tokenName})`;
      document.body.append(probe);
      const expected = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      const style = getComputedStyle(el);
      return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight), expected };
    },
    [path, token],
  );
}

describe('legacy CMS page with the one-file embed', { timeout: 180_000 }, () => {
  let site;
  let server;
  let browser;

  before(async () => {
    site = await layLegacySite();
    server = await startServer({ root: site.root });
    browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  /** Opens the page at a fixed date and waits for the kit and the template's window.onload. */
  async function open() {
    const opened = await newPage(browser, undefined, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await opened.page.clock.setFixedTime(today);
    await opened.page.goto(server.url, { waitUntil: 'networkidle' });
    await waitForUpgrade(opened.page);
    await opened.page.waitForFunction(() => document.getElementById('today')?.textContent);
    return opened;
  }

  /** Holds the template's ticker on its first line, the way a pointer over it does. */
  async function holdTicker(page) {
    await page.locator('#scrollBox').dispatchEvent('mouseover');
    await page.evaluate(() => {
      document.getElementById('scrollBox').scrollTop = 0;
    });
  }

  it('upgrades every element from the one script tag, next to the template’s scripts', async () => {
    const { page, problems, requests, context } = await open();
    assert.deepEqual(problems, []);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll(':not(:defined)')].map((el) => el.localName)), []);
    const paths = requests.map((url) => new URL(url).pathname);
    assert.deepEqual(paths.filter((path) => /\.(js|css)$/.test(path)), ['/css/style.css', '/js/common.js', '/static/gov-portal-kit.js', '/js/scroll.js']);
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== new URL(server.url).origin), []);
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1, 'the theme tokens, adopted once');
    // The template really ran: its onload wrote the date and doubled the ticker, and its prototype additions are there.
    assert.equal(await page.locator('#today').textContent(), '今天是2024年3月15日 星期五');
    assert.equal(await page.locator('#scrollBox li').count(), 6);
    assert.equal(await page.evaluate(() => typeof [].contains === 'function' && Object.keys(Array.prototype).includes('contains')), true);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    await context.close();
  });

  it('looks as recorded at 1280 px', async () => {
    const { page, context } = await open();
    await holdTicker(page);
    await page.evaluate(() => document.fonts.ready);
    const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    assert.equal(compareWithBaseline('legacy-cms-1280', shot), null);
    await context.close();
  });

  it('looks as recorded in elder mode at 1280 px', async () => {
    const { page, context } = await open();
    await holdTicker(page);
    await setPreferences(page, { elder: true });
    await page.evaluate(() => document.fonts.ready);
    const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    assert.equal(compareWithBaseline('legacy-cms-elder-1280', shot), null);
    await context.close();
  });

  describe('font sizes follow the tokens, not the 12 px reset, in every mode', () => {
    let opened;
    before(async () => {
      opened = await open();
    });
    after(() => opened.context.close());

    for (const text of texts) {
      it(text.name, async () => {
        for (const mode of modes) {
          await withToolbar(opened.page, mode);
          const size = await measure(opened.page, text.path, text.token);
          assert.ok(size, `${text.path.join(' › ')} is on the page`);
          assert.equal(size.fontSize, size.expected, `${mode.name}: ${size.fontSize} px, --gov-font-size-${text.token} is ${size.expected} px`);
        }
        await setPreferences(opened.page, { ...modes[0].preferences, toolbarOpen: false });
      });
    }

    // Text inside a shadow root that sets no line height of its own inherits the reset's 1 from the host element.
    it('line heights stay the kit’s (at least 1.35), not the reset’s 1', async () => {
      const cramped = [];
      for (const mode of modes) {
        await withToolbar(opened.page, mode);
        for (const text of texts) {
          const size = await measure(opened.page, text.path, text.token);
          if (size.lineHeight < 1.35 * size.fontSize) cramped.push(`${mode.name}, ${text.name}: ${size.lineHeight} px for ${size.fontSize} px`);
        }
      }
      await setPreferences(opened.page, { ...modes[0].preferences, toolbarOpen: false });
      assert.deepEqual(cramped, []);
    });

    it('the tokens themselves scale: 16 px body text, 24 px in elder mode, 32 px at zoom 200 %', async () => {
      const sizes = [];
      for (const mode of modes) {
        await setPreferences(opened.page, mode.preferences);
        sizes.push((await measure(opened.page, ['body'], 'body')).expected);
      }
      await setPreferences(opened.page, modes[0].preferences);
      assert.deepEqual(sizes, [16, 24, 32]);
    });

    it('host text the template sized with the tokens (the left column) scales too', async () => {
      for (const mode of modes) {
        await setPreferences(opened.page, mode.preferences);
        const link = await measure(opened.page, ['.left-col .box-list a'], 'small');
        const title = await measure(opened.page, ['.left-col .box-title'], 'h4');
        assert.equal(link.fontSize, link.expected, `${mode.name}: column link`);
        assert.equal(title.fontSize, title.expected, `${mode.name}: column title`);
      }
      await setPreferences(opened.page, modes[0].preferences);
    });

    it('the template’s own 12 px text follows elder mode (24 px or more, line height 1.5) and 放大/缩小, and comes back exactly', async () => {
      const { page } = opened;
      await setPreferences(page, { elder: false, zoom: 100 });
      // The template's own markup, the article body included; what the other elements render into their light DOM is
      // theirs to redraw (the top bar draws a new department menu when it folds it into 更多).
      const templateMarkup = () => page.evaluate(() => {
        const copy = /** @type {HTMLElement} */ (document.body.cloneNode(true));
        const redrawn = (el) => el.localName.startsWith('gov-') && el.localName !== 'gov-article' && customElements.get(el.localName);
        for (const el of copy.querySelectorAll('*')) if (redrawn(el)) el.replaceChildren();
        return copy.outerHTML;
      });
      const published = await templateMarkup();
      const template = ['#today', '.notice-bar .label', '#scrollBox a', '.notice-bar .fav a', '.left-col .box-list a'];
      const sizes = (selectors) => page.evaluate((list) => list.map((selector) => {
        const style = getComputedStyle(document.querySelector(selector));
        return { selector, fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
      }), selectors);
      const expect = async (preferences, fontSize, label) => {
        await setPreferences(page, preferences);
        for (const size of await sizes(template.slice(0, 4))) {
          assert.equal(size.fontSize, fontSize, `${label}: ${size.selector}`);
          if (preferences.elder) assert.ok(size.lineHeight >= 1.5 * size.fontSize, `${label}: ${size.selector} line height ${size.lineHeight} px`);
        }
      };
      await expect({ elder: false, zoom: 100 }, 12, 'standard');
      await expect({ elder: true, zoom: 100 }, 24, 'elder mode');
      await expect({ elder: true, zoom: 150 }, 36, 'elder mode at 150 %');
      await expect({ elder: false, zoom: 150 }, 18, '放大 to 150 %');
      await expect({ elder: false, zoom: 140 }, 16.8, '缩小 to 140 %');
      await expect({ elder: false, zoom: 200 }, 24, '放大 to 200 %');
      // The left column, which the template sizes with the kit's tokens, is not scaled twice.
      await setPreferences(page, { elder: true, zoom: 100 });
      const [link] = await sizes(['.left-col .box-list a']);
      assert.equal(link.fontSize, (await measure(page, ['.left-col .box-list a'], 'small')).expected);
      await setPreferences(page, { elder: false, zoom: 100 });
      assert.equal(await templateMarkup(), published, 'the template is back exactly as published');
    });

    it('in elder mode at 1280 px the template reflows: no sideways scrolling, no text clipped by its fixed-height boxes', async () => {
      const { page } = opened;
      await setPreferences(page, { elder: true, zoom: 100 });
      const layout = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        // The ticker is 24 px high and hides its overflow; the larger text makes it grow instead.
        tickerClipped: document.getElementById('scrollBox').scrollHeight > document.getElementById('scrollBox').clientHeight + 1,
      }));
      await setPreferences(page, { elder: false, zoom: 100 });
      assert.ok(layout.pageWidth <= layout.viewport, `page ${layout.pageWidth} px wide in a ${layout.viewport} px window`);
      assert.equal(layout.tickerClipped, false);
    });

    it('a region marked data-gov-keep-text-size keeps the template’s sizes', async () => {
      const { page } = opened;
      await page.evaluate(() => document.querySelector('.notice-bar').setAttribute('data-gov-keep-text-size', ''));
      await setPreferences(page, { elder: true, zoom: 100 });
      const [kept, other] = await page.evaluate(() => ['#today', '.left-col .service'].map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)));
      await setPreferences(page, { elder: false, zoom: 100 });
      await page.evaluate(() => document.querySelector('.notice-bar').removeAttribute('data-gov-keep-text-size'));
      assert.equal(kept, 12, 'the marked region');
      assert.ok(other >= 24, `the rest still follows: ${other} px`);
    });
  });

  describe('menus', () => {
    /** The element at the centre of `locator`'s box, through shadow roots, is the element itself: nothing covers it. */
    const onTop = (locator) =>
      locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        let hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return hit === el || el.contains(hit);
      });

    it('部门网站导航 opens over the page, reads its groups and closes with Escape', async () => {
      const { page, context } = await open();
      const button = page.getByRole('button', { name: '部门网站导航' });
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const link = page.getByRole('link', { name: '市场监督管理局' });
      assert.ok(await link.isVisible());
      assert.ok(await onTop(link), 'the open panel is not covered by the template');
      const box = await link.boundingBox();
      assert.ok(box.height >= 44, `link height ${box.height} px`);
      assert.ok(box.x >= 0 && box.x + box.width <= 1280, 'inside the viewport');
      assert.deepEqual(await axeViolations(page, kitElements), []);
      await page.keyboard.press('Escape');
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await link.isVisible(), false);
      const focused = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return `${el?.closest('gov-dept-menu')?.localName} › ${el?.localName}`;
      });
      assert.equal(focused, 'gov-dept-menu › button', 'focus returns to the button');
      await context.close();
    });

    it('looks as recorded with the department menu open', async () => {
      const { page, context } = await open();
      await holdTicker(page);
      await page.getByRole('button', { name: '部门网站导航' }).click();
      await page.evaluate(() => document.fonts.ready);
      const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 600 }, animations: 'disabled', caret: 'hide' });
      assert.equal(compareWithBaseline('legacy-cms-dept-menu-1280', shot), null);
      await context.close();
    });

    it('a main navigation section shows its sub-pages over the template', async () => {
      const { page, context } = await open();
      const button = page.getByRole('button', { name: '科技动态子栏目' });
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const link = page.getByRole('link', { name: '工作动态' }).first();
      assert.ok(await link.isVisible());
      assert.ok(await onTop(link), 'the sub-pages are not covered by the template');
      await page.keyboard.press('Escape');
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      await context.close();
    });

    it('the related sites groups open and close', async () => {
      const { page, context } = await open();
      const button = page.getByRole('button', { name: '各省科技厅网' });
      const link = page.getByRole('link', { name: '河北' });
      const wasOpen = (await button.getAttribute('aria-expanded')) === 'true';
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), String(!wasOpen));
      assert.equal(await link.isVisible(), !wasOpen);
      await button.click();
      assert.equal(await link.isVisible(), wasOpen);
      await context.close();
    });

    it('长辈版 switches elder mode on the root and back', async () => {
      const { page, context } = await open();
      const button = page.getByRole('button', { name: /长辈版/ });
      await button.click();
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), true);
      assert.equal(await measure(page, ['gov-breadcrumb a'], 'small').then((s) => s.fontSize), 24);
      await page.getByRole('button', { name: /长辈版|标准版/ }).click();
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), false);
      await context.close();
    });
  });

  it('axe finds no violation inside the kit’s elements, standard and in elder mode', async () => {
    const { page, context } = await open();
    assert.deepEqual(await axeViolations(page, kitElements), []);
    await setPreferences(page, { elder: true });
    assert.deepEqual(await axeViolations(page, kitElements), []);
    await context.close();
  });
});
