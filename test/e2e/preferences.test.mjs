// The preferences engine on the built demo: elder mode (长辈版) with every
// number of DESIGN.md, persistence, ?elder=1, the colour schemes, text zoom
// and reflow, each checked with axe.
import { describe, it, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { firstPaintHash } from '../../support/strict-headers.mjs';
import assert from 'node:assert/strict';
import { openDemo, waitForUpgrade, axeViolations, openUpgraded } from './support.mjs';
import { contrast, setPreferences, backgroundOf, targets } from './modes.mjs';
import { lengthenArticle } from '../../support/measure.mjs';

const px = (value) => parseFloat(value);

describe('preferences on the demo', { timeout: 240_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  const open = (path, options) => openUpgraded(demo, path, options);

  /** Computed values of the page that every mode may change. */
  const snapshot = (page) =>
    page.evaluate(() => {
      const pick = (selector) => {
        const el = document.querySelector(selector);
        const s = getComputedStyle(el);
        return [s.fontSize, s.lineHeight, s.color, s.backgroundColor, s.marginBlockStart, s.display, s.gridTemplateColumns].join('|');
      };
      return {
        root: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        styles: ['body', 'h1', '.gov-article__body p', '.gov-article__body h2', 'gov-footer > footer', '.gov-header', 'a'].map(pick),
      };
    });

  it('长辈版 applies every elder number, and leaving restores the page exactly', async () => {
    const { page, context, problems } = await open();
    const before = await snapshot(page);
    await page.getByRole('button', { name: '长辈版', exact: true }).click();
    assert.equal(await page.getByRole('button', { name: '退出长辈版' }).count(), 1, 'the button now reads 退出长辈版');

    const sizes = await page.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      const paragraph = style('.gov-article__body p');
      return {
        body: parseFloat(style('body').fontSize),
        paragraph: parseFloat(paragraph.fontSize),
        lineHeight: parseFloat(paragraph.lineHeight),
        paragraphSpacing: parseFloat(paragraph.marginBlockEnd),
        headings: [...document.querySelectorAll('h1, .gov-article__body h2')].map((h) => parseFloat(getComputedStyle(h).fontSize)),
        decorative: [...document.querySelectorAll('img[alt=""]')].map((img) => getComputedStyle(img).display),
        footerColumns: style('gov-footer > footer').gridTemplateColumns.split(' ').length,
        transitions: [...document.querySelectorAll('a, button, summary')].filter((el) => el.getClientRects().length).map((el) => getComputedStyle(el).transitionDuration),
      };
    });
    assert.ok(sizes.body >= 24, `body ${sizes.body}px`);
    assert.ok(sizes.paragraph >= 24, `article text ${sizes.paragraph}px`);
    assert.ok(sizes.headings.every((size) => size >= 30), `headings ${sizes.headings}`);
    assert.ok(sizes.lineHeight / sizes.paragraph >= 1.5, `line height ${sizes.lineHeight / sizes.paragraph}`);
    assert.ok(sizes.paragraphSpacing >= 1.3 * sizes.lineHeight - 0.5, `paragraph spacing ${sizes.paragraphSpacing} vs line height ${sizes.lineHeight}`);
    assert.ok(sizes.decorative.length > 0 && sizes.decorative.every((d) => d === 'none'), 'decorative images hidden');
    assert.equal(sizes.footerColumns, 1, 'one column');
    assert.ok(sizes.transitions.every((t) => t === '0s'), 'no motion');

    for (const target of await targets(page)) {
      const min = target.topBar ? 60 : 44;
      assert.ok(target.width >= min - 0.5 && target.height >= min - 0.5, `${target.name}: ${target.width}×${target.height}, needs ${min}×${min}`);
    }

    for (const selector of ['.gov-article__body p', 'h1', '.gov-article__meta', 'gov-footer > footer']) {
      const element = page.locator(selector).first();
      const ratio = contrast(await element.evaluate((el) => getComputedStyle(el).color), await backgroundOf(page, element));
      assert.ok(ratio >= 7, `${selector} contrast ${ratio.toFixed(2)}`);
    }
    const link = page.locator('.gov-footer__info a').first();
    assert.ok(contrast(await link.evaluate((el) => getComputedStyle(el).color), await backgroundOf(page, link)) >= 7, 'links 7:1');

    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: '退出长辈版' }).click();
    assert.deepEqual(await snapshot(page), before, 'leaving elder mode restores every style');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps elder mode across reloads and pages, and ?elder=1 turns it on', async () => {
    const { page, context } = await open();
    await page.getByRole('button', { name: '长辈版', exact: true }).click();
    await page.reload({ waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), true);
    assert.equal(await page.getByRole('button', { name: '退出长辈版' }).count(), 1);
    await context.close();

    const linked = await open('?elder=1');
    assert.equal(await linked.page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder')), true);
    assert.ok(px(await linked.page.locator('.gov-article__body p').first().evaluate((p) => getComputedStyle(p).fontSize)) >= 24);
    await linked.context.close();
  });

  it('shows a returning elder visitor no frame of the standard page: elder mode is on the root before the first paint', async () => {
    const { page, context } = await open();
    await page.getByRole('button', { name: '长辈版', exact: true }).click();
    // Recorded at the first animation frame, whose callbacks run before that frame is painted, and before the kit's module.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const text = document.querySelector('.gov-article__body p') ?? document.body;
        globalThis.__firstFrame = {
          elder: document.documentElement.hasAttribute('data-gov-elder'),
          kitDefined: Boolean(customElements.get('gov-top-bar')),
          size: text ? getComputedStyle(text).fontSize : '',
        };
      });
    });
    await page.reload({ waitUntil: 'networkidle' });
    const first = await page.evaluate(() => globalThis.__firstFrame);
    assert.equal(first.elder, true, 'elder mode at the first frame');
    assert.ok(px(first.size) >= 24, `text at the first frame: ${first.size}`);
    await context.close();
  });

  it('documents the first-paint script’s CSP hash in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.ok(readme.includes(firstPaintHash()), `README gives ${firstPaintHash()} for script-src`);
    assert.ok(readme.includes(readFileSync(`${process.env.GOV_DIST ?? 'dist'}/embed/first-paint.js`, 'utf8')), 'README shows the script as built');
  });

  it('on a 2,000-paragraph article, 长辈版 restyles what is on screen, not every paragraph', async () => {
    // Counts, not times: the elements whose style is recalculated in the frame after the click (Chromium's trace).
    const restyledOnToggle = async (page) => {
      const cdp = await page.context().newCDPSession(page);
      const events = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
      const elder = await page.evaluate(() => document.documentElement.hasAttribute('data-gov-elder'));
      await page.getByRole('button', { name: elder ? '退出长辈版' : '长辈版', exact: true }).click();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return Math.max(...events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X').map((e) => e.args?.elementCount ?? 0));
    };
    const longArticle = async (keepMarkup) => {
      const opened = await open();
      await lengthenArticle(opened.page, 2000, { keepMarkup });
      return opened;
    };

    const grouped = await longArticle(false);
    assert.ok((await grouped.page.locator('.gov-article__body > gov-article-part').count()) >= 70, 'paragraphs grouped into parts');
    const restyledOn = await restyledOnToggle(grouped.page);
    const restyledOff = await restyledOnToggle(grouped.page);
    assert.ok(restyledOn > 0 && restyledOn < 1000 && restyledOff < 1000, `restyled ${restyledOn} and ${restyledOff} elements`);
    // The paragraphs that were off screen are in elder size once scrolled to.
    await grouped.page.getByRole('button', { name: '长辈版', exact: true }).click();
    const last = grouped.page.locator('.gov-article__body p').last();
    await last.scrollIntoViewIfNeeded();
    assert.ok(px(await last.evaluate((p) => getComputedStyle(p).fontSize)) >= 24, 'the last paragraph is in elder size');
    assert.deepEqual(await axeViolations(grouped.page), []);
    await grouped.context.close();

    // The same article with keep-markup: every paragraph is restyled, which is what grouping avoids.
    const kept = await longArticle(true);
    assert.equal(await kept.page.locator('gov-article-part').count(), 0);
    assert.ok((await restyledOnToggle(kept.page)) >= 2000, 'ungrouped, every paragraph is restyled');
    await kept.context.close();
  });

  const schemes = [
    ['white-black', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 255)'],
    ['black-yellow', 'rgb(255, 255, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
    ['blue-yellow', 'rgb(255, 255, 0)', 'rgb(0, 0, 255)', 'rgb(255, 255, 255)'],
    ['yellow-black', 'rgb(0, 0, 0)', 'rgb(254, 254, 204)', 'rgb(0, 0, 255)'],
  ];
  for (const [scheme, text, background, link] of schemes) {
    it(`scheme ${scheme} sets exactly its colours on text and links, with zero axe violations`, async () => {
      const { page, context } = await open(`?scheme=${scheme}`);
      const colours = await page.evaluate(() => {
        const color = (selector) => getComputedStyle(document.querySelector(selector)).color;
        return {
          body: color('.gov-article__body p'),
          heading: color('h1'),
          background: getComputedStyle(document.body).backgroundColor,
          // Links as rendered, in the light DOM or in the elements' shadow roots.
          links: [document, ...[...document.querySelectorAll('gov-breadcrumb, gov-footer, gov-article')].map((el) => el.shadowRoot).filter(Boolean)]
            .flatMap((root) => [...root.querySelectorAll('gov-footer a, .gov-footer__info a, nav a:not([aria-current]), .gov-article__pager a, .pager a')])
            .filter((a) => a.getClientRects().length > 0)
            .map((a) => getComputedStyle(a).color),
        };
      });
      assert.equal(colours.body, text);
      assert.equal(colours.heading, text);
      assert.equal(colours.background, background);
      assert.ok(colours.links.length > 5);
      assert.deepEqual([...new Set(colours.links)], [link]);
      assert.ok(contrast(text, background) >= 7 && contrast(link, background) >= 7);
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  it('lets forced colours win: the kit scheme stands down', async () => {
    const { page, context } = await open('?scheme=black-yellow');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-gov-scheme'));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)', 'the system palette, not the scheme’s black');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('follows the system’s more contrast and reduced motion through the theme', async () => {
    const { page, context } = await open();
    const text = () => page.evaluate(() => getComputedStyle(document.body).color);
    const standard = await text();
    await page.emulateMedia({ contrast: 'more' });
    assert.equal(await text(), 'rgb(0, 0, 0)', `more contrast: black text (was ${standard})`);
    // Nothing of the kit moves; a transition a site adds inside its elements stops when the system asks for less motion.
    const duration = () => page.evaluate(() => {
      const link = document.querySelector('gov-breadcrumb a');
      link.style.transition = 'color 1s';
      const value = getComputedStyle(link).transitionDuration;
      link.style.removeProperty('transition');
      return value;
    });
    assert.equal(await duration(), '1s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await duration(), '0s');
    await context.close();
  });

  it('zooms text from 100 to 200 % through the root font size, reflowing without horizontal scrolling', async () => {
    const { page, context } = await open();
    for (const zoom of [100, 150, 200]) {
      await setPreferences(page, { zoom });
      const { rootSize, overflow } = await page.evaluate(() => ({
        rootSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      assert.equal(rootSize, 16 * (zoom / 100));
      assert.ok(overflow <= 0, `horizontal overflow ${overflow}px at ${zoom} %`);
    }
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('keeps nothing per mode change or 帮助 opened: Chromium keeps a media query per style change of a table head unless the theme states its break rule', async () => {
    const { page, context, problems } = await open();
    const cdp = await context.newCDPSession(page);
    /** Chromium's media query objects alive after a full garbage collection (the endurance run's Blink heap grew 1.88 MB with them). */
    const mediaQueries = async () => {
      for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
      let json = '';
      const collect = ({ chunk }) => (json += chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
      const { snapshot, nodes, strings } = JSON.parse(json);
      const fields = snapshot.meta.node_fields.length;
      const name = snapshot.meta.node_fields.indexOf('name');
      let count = 0;
      for (let i = 0; i < nodes.length; i += fields) if (strings[nodes[i + name]] === 'blink::MediaQuery') count += 1;
      return count;
    };
    const toggleElder = (times) =>
      page.evaluate(async (n) => {
        for (let i = 0; i < n; i += 1) {
          document.querySelector('gov-elder-toggle button').click();
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }, times);
    const openHelp = (times) =>
      page.evaluate(async (n) => {
        const root = document.querySelector('gov-a11y-toolbar').shadowRoot;
        for (let i = 0; i < n; i += 1) {
          root.querySelector('button[data-id="help"]').click();
          await new Promise((resolve) => requestAnimationFrame(resolve));
          root.querySelector('dialog').close();
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }, times);
    await page.getByRole('button', { name: '无障碍' }).click();
    await page.waitForFunction(() => document.querySelector('gov-a11y-toolbar')?.shadowRoot?.querySelector('button[data-id="help"]'));
    await toggleElder(2);
    await openHelp(1);
    const before = await mediaQueries();
    await toggleElder(100);
    await openHelp(20);
    const kept = (await mediaQueries()) - before;
    assert.ok(kept < 10, `${kept} media queries kept after 100 mode changes and 20 help dialogs`);
    // The rule states the browser's own values: a table head may break on screen, and not on paper.
    const breakInside = () => page.evaluate(() => getComputedStyle(document.querySelector('.gov-article__body thead')).breakInside);
    assert.equal(await breakInside(), 'auto');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await breakInside(), 'avoid');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reflows at 320 CSS px with no horizontal scrolling, in standard and elder mode', async () => {
    const { page, context } = await open('', { viewport: { width: 320, height: 640 } });
    for (const elder of [false, true]) {
      await setPreferences(page, { elder });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow ${overflow}px at 320 px (elder ${elder})`);
    }
    await context.close();
  });
});
