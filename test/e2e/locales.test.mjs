// The three languages on the built demo. The visitor's choice translates the
// kit's own strings only (language of parts, WCAG 3.1.2): <html lang> stays
// the page's, the kit declares the chosen language on its controls, and the
// host's content (the article, the names the site publishes) keeps its own.
// Also: dates, persistence, ?lang=, the translated English page that 语言
// links to, vertical Mongolian only for text declared mn-Mong (with a
// screenshot baseline), Mongolian faces only for Mongolian letters, and axe.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openDemo, waitForUpgrade, waitForLocale, axeViolations, openUpgraded } from './support.mjs';
import { compareWithBaseline } from './visual.mjs';

/** The translations a translator wrote in locales/<locale>.xlf: source text → target text. */
function translations(locale) {
  const xliff = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const units = [...xliff.matchAll(/<source>([^<]*)<\/source>\s*<target[^>]*>([^<]*)<\/target>/g)];
  return new Map(units.map(([, source, target]) => [source, target]));
}

const endonyms = { 'zh-Hans': '中文', en: 'English', 'mn-Mong': 'ᠮᠣᠩᠭᠣᠯ' };
/** The article's publication time as each language writes it (mn-Mong in digits: no traditional-script month names exist in ICU). */
const published = { en: 'December 5, 2023 at 10:45 PM', 'mn-Mong': '2023/12/05 22:45' };

/**
 * The language an element is exposed in: its nearest `lang` along the flat
 * tree (a slotted node sits in its slot, a shadow root in its host), the way
 * the browser's accessibility tree inherits it.
 */
function exposedLanguage(element) {
  for (let node = element; node; node = node.assignedSlot ?? node.parentElement ?? node.getRootNode().host ?? null) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

describe('languages on the demo', { timeout: 300_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  const open = (path, options) => openUpgraded(demo, path, options);

  for (const locale of ['en', 'mn-Mong']) {
    it(`in ${locale}: the kit's controls speak ${locale}, the page and its content stay Chinese; axe`, async () => {
      const { page, context, problems } = await open(`?lang=${locale}`);
      const t = translations(locale);
      await waitForLocale(page, locale);
      await waitForUpgrade(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans', '<html lang> as published');
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('dir')), false);
      // The controls the kit draws take the new language's names, and declare it.
      const lang = (locator) => locator.evaluate(exposedLanguage);
      const group = page.getByRole('toolbar', { name: t.get('语言'), exact: true });
      assert.equal(await group.count(), 1, 'language group');
      assert.equal(await lang(group), locale);
      for (const name of ['长辈版', '无障碍', '打印本页']) {
        const button = page.getByRole('button', { name: t.get(name), exact: true });
        assert.equal(await button.count(), 1, `button ${t.get(name)}`);
        assert.equal(await lang(button), locale, `${name} is exposed in ${locale}`);
      }
      const skip = page.getByRole('link', { name: t.get('跳到主要内容'), exact: true });
      assert.equal(await lang(skip), locale);
      for (const name of ['主导航', '当前位置', '顶部导航']) {
        const landmark = page.getByRole('navigation', { name: t.get(name), exact: true });
        assert.equal(await landmark.count(), 1, `landmark ${name} → ${t.get(name)}`);
        assert.equal(await lang(landmark), locale);
      }
      for (const name of ['微信', '部门网站导航']) {
        assert.equal(await page.locator('gov-top-bar').getByRole('button', { name: t.get(name), exact: true }).count(), 1, `top-bar button ${t.get(name)}`);
      }
      // The article and the names the site publishes keep their language.
      const article = page.getByRole('article');
      assert.equal(await lang(page.getByRole('heading', { level: 1 })), 'zh-Hans', 'the title');
      assert.equal(await lang(page.locator('.gov-article__body > p').nth(1)), 'zh-Hans', 'the body');
      assert.equal(await lang(page.getByRole('navigation', { name: t.get('主导航') }).getByRole('link', { name: '科技动态' })), 'zh-Hans', 'a section name');
      assert.equal(await lang(page.getByRole('navigation', { name: t.get('当前位置') }).getByRole('link', { name: '工作动态' })), 'zh-Hans', 'a breadcrumb step');
      assert.equal(await lang(page.getByRole('link', { name: '内蒙古自治区科学技术厅', exact: true })), 'zh-Hans', 'the site name');
      assert.equal(await lang(page.getByRole('link', { name: '内蒙古自治区人民政府网站' })), 'zh-Hans', 'the government link');
      assert.equal(await lang(article.getByText('内蒙古日报', { exact: true })), 'zh-Hans', 'the source, inside the translated 来源 label');
      assert.equal(await lang(page.locator('gov-footer').getByText('内蒙古呼和浩特市赛罕区丰州南路78号', { exact: true })), 'zh-Hans', 'the address in the footer');
      assert.equal(await lang(page.locator('gov-footer').getByRole('link', { name: '蒙ICP备2021001220号-1' })), 'zh-Hans', 'the ICP number');
      await page.locator('gov-dept-menu').getByRole('button').click();
      assert.equal(await lang(page.locator('gov-dept-menu').getByRole('link', { name: '教育厅' })), 'zh-Hans', 'a department name');
      assert.equal(await lang(page.locator('gov-dept-menu').getByRole('heading', { name: '自治区政府组成部门' })), 'zh-Hans', 'a department group');
      const time = article.locator('header time');
      assert.equal(await time.innerText(), published[locale]);
      assert.equal(await time.getAttribute('datetime'), '2023-12-05T22:45+08:00');
      // English has a translated page, so it is a link to it; ᠮᠣᠩᠭᠣᠯ switches in place and is pressed now.
      const option = page.getByRole(locale === 'en' ? 'link' : 'button', { name: endonyms[locale] });
      assert.equal(await option.getAttribute('lang'), locale);
      if (locale === 'mn-Mong') assert.equal(await option.getAttribute('aria-pressed'), 'true');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('downloads the localization runtime and a language only when the visitor chooses one: a Chinese page view needs neither', async () => {
    const { page, context, requests } = await open();
    await page.waitForLoadState('networkidle');
    const lazy = () =>
      requests
        .map((url) => new URL(url).pathname.match(/^\/assets\/(localize-runtime|en|mn-Mong)-[\w-]+\.js$/)?.[1])
        .filter(Boolean)
        .sort();
    assert.deepEqual(lazy(), []);
    await page.getByRole('button', { name: 'ᠮᠣᠩᠭᠣᠯ' }).click();
    await waitForLocale(page, 'mn-Mong');
    assert.deepEqual(lazy(), ['localize-runtime', 'mn-Mong']);
    await context.close();
  });

  it('keeps the language across reloads, and ?lang= sets it', async () => {
    const { page, context } = await open();
    await page.getByRole('button', { name: 'ᠮᠣᠩᠭᠣᠯ' }).click();
    await waitForLocale(page, 'mn-Mong');
    await page.reload({ waitUntil: 'networkidle' });
    await waitForLocale(page, 'mn-Mong');
    await context.close();

    const linked = await open('?lang=en');
    await waitForLocale(linked.page, 'en');
    assert.equal(await linked.page.getByRole('link', { name: 'Skip to main content' }).count(), 1);
    await linked.context.close();

    const unknown = await open('?lang=xx');
    await waitForLocale(unknown.page, 'zh-Hans');
    assert.equal(await unknown.page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    await unknown.context.close();
  });

  it('offers English as a link to the translated page, which speaks English and links back; ᠮᠣᠩᠭᠣᠯ switches in place', async () => {
    const { page, context, problems } = await open();
    const english = page.getByRole('toolbar', { name: '语言' }).getByRole('link', { name: 'English' });
    assert.equal(await english.getAttribute('hreflang'), 'en');
    assert.equal(await english.getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('toolbar', { name: '语言' }).getByRole('button', { name: 'ᠮᠣᠩᠭᠣᠯ' }).count(), 1);
    await Promise.all([page.waitForURL('**/en/'), english.click()]);
    await waitForUpgrade(page);
    await waitForLocale(page, 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Five Major Tasks/);
    const group = page.getByRole('toolbar', { name: 'Language' });
    const chinese = group.getByRole('link', { name: '中文' });
    assert.equal(await chinese.getAttribute('hreflang'), 'zh-Hans');
    assert.equal(await chinese.getAttribute('lang'), 'zh-Hans');
    assert.equal(await group.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('button', { name: 'Print this page' }).count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    // Back to the Chinese page, with Chinese controls.
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), chinese.click()]);
    await waitForUpgrade(page);
    await waitForLocale(page, 'zh-Hans');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sets only text declared mn-Mong in vertical columns, in every interface language, with Mongolian faces for Mongolian letters only', async () => {
    for (const locale of ['zh-Hans', 'en', 'mn-Mong']) {
      const { page, context } = await open(`?lang=${locale}`);
      await waitForLocale(page, locale);
      const region = page.locator('.gov-article__body [lang="mn-Mong"]').first();
      const style = (locator) => locator.evaluate((el) => {
        const s = getComputedStyle(el);
        return { writingMode: s.writingMode, overflowX: s.overflowX };
      });
      assert.deepEqual(await style(region), { writingMode: 'vertical-lr', overflowX: 'auto' }, `${locale}: the Mongolian sample`);
      assert.equal((await style(page.locator('.gov-article__body'))).writingMode, 'horizontal-tb', `${locale}: the Chinese body`);
      assert.equal((await style(page.getByRole('heading', { level: 1 }))).writingMode, 'horizontal-tb', `${locale}: the title`);

      // The faces the browser really drew with (CDP): the title's Chinese quotation marks come from a Chinese face.
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      /** Glyphs drawn per face for the text of the element `selector` names. */
      const fontsOf = async (selector) => {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        return Object.fromEntries(fonts.map((font) => [font.familyName, font.glyphCount]));
      };
      const titleFonts = await fontsOf('gov-article h1');
      assert.ok(Object.keys(titleFonts).length > 0 && Object.keys(titleFonts).every((family) => !/Mongolian/.test(family)), `${locale}: title drawn with ${Object.keys(titleFonts)}`);
      // Mongolian letters from the Mongolian face; the spaces between words, which are not Mongolian, from the Chinese one.
      const sample = page.locator('.gov-article__body [lang="mn-Mong"] p').first();
      const spaces = (await sample.innerText()).split(' ').length - 1;
      const sampleFonts = await fontsOf('.gov-article__body [lang="mn-Mong"] p');
      assert.ok(sampleFonts['Noto Sans Mongolian'] > 20, `${locale}: the Mongolian sample is drawn with ${JSON.stringify(sampleFonts)}`);
      const others = Object.entries(sampleFonts).filter(([family]) => family !== 'Noto Sans Mongolian');
      // (A space that ends a column is not drawn, so there may be fewer.)
      assert.ok(others.reduce((sum, [, glyphs]) => sum + glyphs, 0) <= spaces, `${locale}: only the spaces come from another face: ${JSON.stringify(sampleFonts)}`);

      await region.focus();
      assert.equal(await region.evaluate((el) => el === document.activeElement), true, 'the region takes focus, so arrow keys scroll it');
      if (locale === 'mn-Mong') {
        assert.deepEqual(await axeViolations(page), []);
        const difference = compareWithBaseline('mongolian-vertical', await region.screenshot({ animations: 'disabled', caret: 'hide' }));
        assert.equal(difference, null);
      }
      await context.close();
    }
  });
});
