// The three languages on the built demo: switching live, <html lang>, the
// names of the kit's controls and landmarks, dates, persistence, ?lang=,
// vertical Mongolian (with a screenshot baseline), and axe in each language.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openDemo, waitForUpgrade, axeViolations, openUpgraded } from './support.mjs';
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

describe('languages on the demo', { timeout: 240_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  const open = (path, options) => openUpgraded(demo, path, options);

  async function switchTo(page, locale) {
    await page.getByRole('group', { name: /^(语言|Language|ᠬᠡᠯᠡ)$/ }).getByRole('button', { name: endonyms[locale] }).click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
    await waitForUpgrade(page);
  }

  for (const locale of ['en', 'mn-Mong']) {
    it(`switches to ${locale} live: lang, landmark and button names, axe`, async () => {
      const { page, context, problems } = await open();
      const t = translations(locale);
      await switchTo(page, locale);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
      // The controls the kit draws on this page take the new language's names.
      assert.equal(await page.getByRole('group', { name: t.get('语言'), exact: true }).count(), 1, 'language group');
      for (const name of ['长辈版', '无障碍']) {
        assert.ok(t.has(name), `${name} has a ${locale} translation`);
        assert.equal(await page.getByRole('button', { name: t.get(name), exact: true }).count(), 1, `button ${t.get(name)}`);
      }
      assert.equal(await page.getByRole('link', { name: t.get('跳到主要内容'), exact: true }).count(), 1, 'skip link');
      for (const name of ['主导航', '当前位置', '顶部导航']) {
        assert.equal(await page.getByRole('navigation', { name: t.get(name), exact: true }).count(), 1, `landmark ${name} → ${t.get(name)}`);
      }
      for (const name of ['微信', '部门网站导航']) {
        assert.equal(await page.locator('gov-top-bar').getByRole('button', { name: t.get(name), exact: true }).count(), 1, `top-bar button ${t.get(name)}`);
      }
      const time = page.getByRole('article').locator('time');
      assert.equal(await time.innerText(), published[locale]);
      assert.equal(await time.getAttribute('datetime'), '2023-12-05T22:45+08:00');
      const pressed = page.getByRole('button', { name: endonyms[locale] });
      assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
      assert.equal(await pressed.getAttribute('lang'), locale);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('keeps the language across reloads, and ?lang= sets it', async () => {
    const { page, context } = await open();
    await switchTo(page, 'en');
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForUpgrade(page);
    assert.equal(await page.getByRole('link', { name: 'Skip to main content' }).count(), 1);
    await context.close();

    const linked = await open('?lang=mn-Mong');
    await linked.page.waitForFunction(() => document.documentElement.lang === 'mn-Mong');
    await linked.context.close();

    const unknown = await open('?lang=xx');
    assert.equal(await unknown.page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    await unknown.context.close();
  });

  it('sets Mongolian script in vertical columns that scroll from the keyboard', async () => {
    const { page, context } = await open('?lang=mn-Mong');
    await page.waitForFunction(() => document.documentElement.lang === 'mn-Mong');
    const region = page.locator('.gov-article__body [lang="mn-Mong"]').first();
    const style = await region.evaluate((el) => {
      const s = getComputedStyle(el);
      return { writingMode: s.writingMode, overflowX: s.overflowX, font: s.fontFamily };
    });
    assert.equal(style.writingMode, 'vertical-lr');
    assert.equal(style.overflowX, 'auto');
    assert.match(style.font, /Mongolian/);
    await region.focus();
    assert.equal(await region.evaluate((el) => el === document.activeElement), true, 'the region takes focus, so arrow keys scroll it');
    assert.deepEqual(await axeViolations(page), []);
    const difference = compareWithBaseline('mongolian-vertical', await region.screenshot({ animations: 'disabled', caret: 'hide' }));
    assert.equal(difference, null);
    await context.close();
  });
});
