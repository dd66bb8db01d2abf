// The host's article content stays itself in every mode: numbered and
// bulleted lists keep their markers, the data table stays a table and
// scrolls inside its own named, focusable region while the page never
// scrolls sideways, the blockquote and the figure with its caption keep
// their form, and no block overlaps the next. In the standard look, elder
// mode, each colour scheme, at 200 %, in 纯文本, in print, in the English and
// Mongolian interfaces, and at 320 px.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, openUpgraded, waitForUpgrade, waitForLocale, axeViolations } from './support.mjs';
import { setPreferences } from './modes.mjs';

const states = [
  { name: 'standard at 1280 px' },
  { name: 'elder mode', preferences: { elder: true } },
  ...['white-black', 'black-yellow', 'blue-yellow', 'yellow-black'].map((scheme) => ({ name: `scheme ${scheme}`, preferences: { scheme } })),
  { name: '200 %', preferences: { zoom: 200 }, tableScrolls: true },
  { name: '纯文本', preferences: { toolbarOpen: true, textOnly: true }, act: (page) => page.waitForSelector('[data-gov-aid="alt"]', { state: 'attached' }) },
  { name: 'print', print: true },
  { name: 'English interface', path: '?lang=en', act: (page) => waitForLocale(page, 'en') },
  { name: 'Mongolian interface', path: '?lang=mn-Mong', act: (page) => waitForLocale(page, 'mn-Mong') },
  { name: '320 px', options: { viewport: { width: 320, height: 640 } }, tableScrolls: true },
  { name: 'elder mode at 320 px', preferences: { elder: true }, options: { viewport: { width: 320, height: 640 } }, tableScrolls: true },
];

/** What the article body looks like now: lists, the table, the quote, the figure, and overlaps between blocks. */
function readBody() {
  const body = document.querySelector('.gov-article__body');
  const style = (el, pseudo) => getComputedStyle(el, pseudo);
  const lists = [...body.querySelectorAll(':scope > :is(ol, ul)')].map((list) => {
    const items = [...list.children];
    const box = list.getBoundingClientRect();
    return {
      tag: list.localName,
      types: [...new Set(items.map((li) => style(li).listStyleType))],
      display: [...new Set(items.map((li) => style(li).display))],
      // Room for the marker inside the list's own box (outside markers hang in its start padding).
      markerRoom: parseFloat(style(list).paddingInlineStart),
      fontSize: parseFloat(style(items[0]).fontSize),
      left: box.left,
    };
  });
  const region = body.querySelector('.gov-article__table');
  const table = region.querySelector('table');
  const label = region.getAttribute('aria-labelledby');
  const blocks = [...body.children].filter((el) => el.getClientRects().length > 0 && style(el).position !== 'absolute');
  const overlaps = [];
  for (let i = 1; i < blocks.length; i += 1) {
    const previous = blocks[i - 1].getBoundingClientRect();
    const next = blocks[i].getBoundingClientRect();
    if (next.top < previous.bottom - 1) overlaps.push(`${blocks[i - 1].localName} (${Math.round(previous.bottom)}) over ${blocks[i].localName} (${Math.round(next.top)})`);
  }
  const quote = body.querySelector('blockquote');
  const figure = body.querySelector('figure');
  return {
    lists,
    table: {
      display: style(table).display,
      role: region.getAttribute('role'),
      name: label ? document.getElementById(label)?.textContent : region.getAttribute('aria-label'),
      focusable: region.tabIndex === 0,
      scrolls: region.scrollWidth > region.clientWidth + 1,
      cells: table.querySelectorAll('th, td').length,
    },
    pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    quote: { display: style(quote).display, rule: parseFloat(style(quote).borderInlineStartWidth) },
    figcaption: figure.querySelector('figcaption').getBoundingClientRect().height,
    overlaps,
  };
}

describe('article content in every mode', { timeout: 600_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  for (const state of states) {
    it(`${state.name}: lists keep their markers, the table stays a table in its own scrolling region, nothing overlaps`, async () => {
      const { page, context, problems } = await openUpgraded(demo, state.path ?? '', state.options);
      await page.waitForFunction(() => customElements.get('gov-article'));
      await waitForUpgrade(page);
      if (state.preferences) await setPreferences(page, state.preferences);
      await state.act?.(page);
      if (state.print) await page.emulateMedia({ media: 'print' });
      // Off-screen blocks of long bodies skip layout; scroll through so every block has its real size.
      await page.locator('.gov-article__table').scrollIntoViewIfNeeded();
      const body = await page.evaluate(readBody);

      assert.deepEqual(body.lists.map((list) => [list.tag, list.types, list.display]), [
        ['ul', ['disc'], ['list-item']],
        ['ol', ['decimal'], ['list-item']],
      ], 'markers');
      for (const list of body.lists) {
        assert.ok(list.markerRoom >= list.fontSize, `${list.tag}: ${list.markerRoom} px of room for the marker at ${list.fontSize} px text`);
        assert.ok(list.left >= 0, `${list.tag} starts inside the window`);
      }
      assert.equal(body.table.display, 'table');
      assert.equal(body.table.role, 'region');
      assert.equal(body.table.name, '表1 2023年获批立项的国家重点研发计划部区联动项目');
      assert.ok(body.table.focusable, 'the region takes focus, so the keyboard scrolls it');
      assert.equal(body.table.cells, 15);
      assert.equal(body.pageScrollsSideways, false, 'the page never scrolls sideways');
      if (state.tableScrolls) assert.ok(body.table.scrolls, 'the wide table scrolls inside its region');
      if (state.print) assert.equal(body.table.scrolls, false, 'on paper the table wraps within the page');
      assert.equal(body.quote.display, 'block');
      assert.ok(body.quote.rule >= 1, 'the quote keeps its rule');
      assert.ok(body.figcaption > 0, 'the figure keeps its caption');
      assert.deepEqual(body.overlaps, []);
      if (!state.print) assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
