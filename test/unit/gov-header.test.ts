import type { GovHeader } from '../../src/components/gov-header/gov-header.js';
import { pagePreferences } from '../../src/preferences/store.js';
import { setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { cleanUp, openWithButton, settle } from './a11y-helpers.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, setNarrowViewport, setViewport } from './helpers.js';
import { accessibleName, byRole, captureWarnings, deepQueryAll, frames } from './nav-helpers.js';

async function header(): Promise<GovHeader> {
  const el = await fixture<GovHeader>(html`<gov-header>
    <header class="gov-header">
      <div class="gov-header__brand">
        <img class="gov-header__emblem" src="/public/images/emblem.svg" alt="内蒙古自治区科学技术厅标识" width="64" height="64">
        <p class="gov-header__site-name"><a href="https://kjt.nmg.gov.cn/">内蒙古自治区科学技术厅</a></p>
      </div>
      <search class="gov-header__search">
        <form action="https://kjt.nmg.gov.cn/search/" method="get">
          <label for="t-q">站内搜索</label>
          <input id="t-q" name="q" type="search" autocomplete="off">
          <button type="submit">搜索</button>
        </form>
      </search>
    </header>
  </gov-header>`);
  await el.updateComplete;
  return el;
}

const expanded = (button: HTMLElement) => button.getAttribute('aria-expanded');
const shown = (el: Element) => el.getClientRects().length > 0;

describe('gov-header', () => {
  // Wide enough for the name and the search field on one row, unless a test narrows it.
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(async () => {
    pagePreferences().reset();
    await setLocale('zh-Hans');
    await setViewport({ width: 1280, height: 800 });
  });

  it('shows the field itself where the band has room: no 搜索 button, one row', async () => {
    for (const elder of [false, true]) {
      pagePreferences().set({ elder });
      const el = await header();
      const root = el;
      expect(shown(root.querySelector('.gov-header__search-button')!), 'no 搜索 button').to.be.false;
      expect(shown(root.querySelector('input')!)).to.be.true;
      const [brand, form] = [root.querySelector('.gov-header__brand')!, root.querySelector('form')!].map((part) => part.getBoundingClientRect());
      expect(form!.top, `one row (elder ${elder})`).to.be.below(brand!.bottom);
      await expectNoAxeViolations();
    }
  });
  it('shows the emblem with alt text and the site name linking home', async () => {
    const el = await header();
    const img = el.querySelector('img')!;
    expect(img.alt).to.equal('内蒙古自治区科学技术厅标识');
    const home = el.querySelector('header .gov-header__site-name a')!;
    expect(home.textContent).to.equal('内蒙古自治区科学技术厅');
    expect(home.getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/');
    await expectNoAxeViolations();
  });

  it('纯文本 replaces the emblem by its alt text, and leaving restores it', async () => {
    const el = await header();
    const img = el.querySelector('img')!;
    const size = () => Math.round(img.getBoundingClientRect().width);
    expect(size()).to.equal(64);
    try {
      // 纯文本 is one of the toolbar's aids, loaded with it.
      await openWithButton();
      pagePreferences().set({ textOnly: true });
      await settle();
      expect(size()).to.be.at.most(1);
      const alt = el.querySelector('[data-gov-aid="alt"]')!;
      expect(alt.textContent).to.equal('[内蒙古自治区科学技术厅标识]');
      expect(alt.getAttribute('aria-hidden')).to.equal('true');
      expect(img.alt, 'the image keeps its alt text for assistive technology').to.equal('内蒙古自治区科学技术厅标识');
      await expectNoAxeViolations();
    } finally {
      pagePreferences().reset();
      await cleanUp();
    }
    await el.updateComplete;
    expect(el.querySelector('[data-gov-aid="alt"]')).to.equal(null);
    expect(size()).to.equal(64);
  });

  it('has a search landmark with a labelled input that submits GET to the configured address', async () => {
    const el = await header();
    const form = el.querySelector('form')!;
    expect(form.parentElement!.localName, 'a search landmark: the search element').to.equal('search');
    expect(form.method).to.equal('get');
    expect(form.action).to.equal('https://kjt.nmg.gov.cn/search/');
    const input = form.querySelector('input')!;
    expect(input.name).to.equal('q');
    expect(input.labels?.[0]?.textContent).to.equal('站内搜索');
    expect(form.querySelector('button[type="submit"]')!.textContent).to.equal('搜索');
    await expectNoAxeViolations();
  });

  it('builds the search address from the form, with focus visible on the field and button', async () => {
    const el = await header();
    const form = el.querySelector('form')!;
    const input = form.querySelector('input')!;
    input.focus();
    expectVisibleFocus();
    await sendKeys({ type: '科技' });
    const submitted = new Promise<string>((resolve) =>
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
        resolve(`${form.action}?${query}`);
      }),
    );
    await sendKeys({ press: 'Tab' });
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    expect(await submitted).to.equal(`https://kjt.nmg.gov.cn/search/?q=${encodeURIComponent('科技')}`);
  });

  it('accepts its data as a property and ignores malformed data with one warning', async () => {
    const el = await fixture<GovHeader>(html`<gov-header
      .data=${{ siteName: '某某厅', siteHref: '/', searchAction: '/s/', searchParam: 'keyword' }}
    ></gov-header>`);
    await el.updateComplete;
    expect(el.querySelector('.gov-header__site-name')!.textContent).to.equal('某某厅');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('input')!.name).to.equal('keyword');
    await expectNoAxeViolations();
    const warnings = await captureWarnings(async () => {
      el.data = { siteName: 5, siteHref: '/' } as unknown as GovHeader['data'];
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(deepQueryAll(el, 'header')).to.have.length(0);
    expect(el.querySelector('.gov-header__search-button'), 'nothing of its own drawn: the fallback markup, when there is one, shows instead').to.equal(null);
  });

  it('draws the markup the CMS published, in its light DOM, in place of it, with the 搜索 button added', async () => {
    const el = await header();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelectorAll('header')).to.have.length(1);
    const shape = [...el.querySelectorAll('header.gov-header *')].map((node) => `${node.localName}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`);
    expect(shape).to.deep.equal([
      'div.gov-header__brand',
      'img.gov-header__emblem',
      'p.gov-header__site-name',
      'a',
      'button.gov-header__search-button',
      'search.gov-header__search',
      'form',
      'label',
      'input',
      'button',
    ]);
    const home = el.querySelector('.gov-header__site-name a')!;
    expect([home.getAttribute('href'), home.textContent]).to.deep.equal(['https://kjt.nmg.gov.cn/', '内蒙古自治区科学技术厅']);
    expect(el.querySelector('input')!.labels?.[0]?.textContent).to.equal('站内搜索');
  });

  it('keeps the published band, the same nodes, in the language it was published in, and draws it anew in another', async () => {
    // Parsed while detached, so the nodes can be taken before the element upgrades.
    const holder = document.createElement('div');
    holder.innerHTML = `<gov-header><header class="gov-header">
      <div class="gov-header__brand"><p class="gov-header__site-name"><a href="/">内蒙古自治区科学技术厅</a></p></div>
      <search class="gov-header__search"><form action="/s/" method="get"><label for="h-q">站内搜索</label><input id="h-q" name="q" type="search"><button type="submit">搜索</button></form></search>
    </header></gov-header>`;
    const [band, search] = ['header', 'search'].map((selector) => holder.querySelector(selector)!);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(holder);
    const el = holder.querySelector<GovHeader>('gov-header')!;
    await el.updateComplete;
    expect(el.querySelector('header'), 'the published band').to.equal(band);
    const toggle = el.querySelector('.gov-header__search-button')!;
    expect(toggle.nextElementSibling, '搜索 goes right before the published search').to.equal(search);
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(search);
    await setLocale('en');
    await el.updateComplete;
    const drawn = el.querySelector('header')!;
    expect(drawn, 'drawn anew for the labels in English').not.to.equal(band);
    expect(el.querySelectorAll('header')).to.have.length(1);
    expect(drawn.getAttribute('lang')).to.equal('en');
    expect(drawn.querySelector('label')!.textContent).to.equal('Search this site');
    expect(drawn.querySelector('.gov-header__site-name a')!.textContent, 'the site name as published').to.equal('内蒙古自治区科学技术厅');
    expect(drawn.querySelector('.gov-header__brand')!.getAttribute('lang')).to.equal('zh-Hans');
    await expectNoAxeViolations();
  });

  it('adds 搜索 before a published search that a legacy template writes as a div, and folds it on a narrow screen', async function () {
    await setNarrowViewport(this, { width: 375, height: 812 });
    await frames();
    const el = await fixture<GovHeader>(html`<gov-header><header class="gov-header">
      <div class="gov-header__brand"><p class="gov-header__site-name"><a href="/">某某厅</a></p></div>
      <div class="gov-header__search" role="search"><form action="/s/"><label for="l-q">站内搜索</label><input id="l-q" name="q" type="search"><button type="submit">搜索</button></form></div>
    </header></gov-header>`);
    await el.updateComplete;
    const toggle = byRole<HTMLButtonElement>(el, 'button', '站内搜索');
    const search = el.querySelector<HTMLElement>('div.gov-header__search')!;
    expect(toggle.nextElementSibling).to.equal(search);
    expect(toggle.getAttribute('aria-controls')).to.equal(search.id);
    expect(shown(search), 'folded').to.be.false;
    toggle.click();
    await el.updateComplete;
    expect(shown(search)).to.be.true;
  });

  it('shows the published markup while its data is malformed, and draws its own once the data is good', async () => {
    let el!: GovHeader;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><gov-header .data=${{ siteName: 7 } as unknown as GovHeader['data']}>
        <header class="gov-header"><div class="gov-header__brand"><p class="gov-header__site-name"><a href="/">已发布的站名</a></p></div></header>
      </gov-header></div>`);
      el = wrapper.querySelector('gov-header')!;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(el.querySelectorAll('header')).to.have.length(1);
    expect(el.querySelector('header a')!.textContent, 'the published markup stays on show').to.equal('已发布的站名');
    expect(shown(el.querySelector('header')!)).to.be.true;
    el.data = { siteName: '某某厅', siteHref: '/', searchAction: '/s/' };
    await el.updateComplete;
    expect(el.querySelectorAll('header')).to.have.length(1);
    expect(el.querySelector('.gov-header__site-name')!.textContent).to.equal('某某厅');
    await captureWarnings(async () => {
      el.data = { siteName: '' } as unknown as GovHeader['data'];
      await el.updateComplete;
    });
    expect(el.querySelectorAll('header')).to.have.length(1);
    expect(el.querySelector('header a')!.textContent, 'shown again').to.equal('已发布的站名');
  });

  it('keeps its look under a legacy template’s global reset', async () => {
    const reset = document.createElement('style');
    reset.textContent = '* { margin: 0; padding: 0; font-size: 12px; line-height: 1 } button { border: 0; background: none } input { border: 1px solid #ccc; height: 20px } a { color: #333 } a:hover { color: #c00 }';
    document.head.append(reset);
    try {
      const el = await header();
      expect(getComputedStyle(el.querySelector('.gov-header__site-name a')!).color).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(getComputedStyle(el.querySelector('.gov-header__site-name')!).fontSize)).to.equal(28);
      const input = el.querySelector('input')!;
      expect(input.getBoundingClientRect().height).to.be.at.least(44);
      expect(getComputedStyle(input).borderTopColor).to.equal('rgb(255, 255, 255)');
      const submit = el.querySelector<HTMLElement>('button[type="submit"]')!;
      expect(getComputedStyle(submit).borderTopWidth).to.equal('1px');
      expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(getComputedStyle(el.querySelector('label')!).fontSize)).to.equal(14);
    } finally {
      reset.remove();
    }
  });

  describe('on a narrow screen', () => {
    for (const [width, elder] of [
      [375, false],
      [375, true],
      [768, false],
      [768, true],
    ] as const) {
      it(`folds the search field behind 搜索 at ${width} px${elder ? ' in 长辈版' : ''}: a disclosure that Escape closes`, async function () {
        await setNarrowViewport(this, { width, height: 812 });
        pagePreferences().set({ elder });
        await frames();
        const el = await header();
        const root = el;
        const toggle = byRole<HTMLButtonElement>(el, 'button', '站内搜索');
        expect(toggle.textContent!.trim(), 'its visible label is part of its name').to.equal('搜索');
        const form = document.getElementById(toggle.getAttribute('aria-controls')!)!;
        expect(form.localName, 'a search landmark: the search element').to.equal('search');
        expect(expanded(toggle)).to.equal('false');
        expect(shown(form)).to.be.false;
        // The band is one row: the emblem, the name and 搜索.
        const [brand, button] = [root.querySelector('.gov-header__brand')!, toggle].map((part) => part.getBoundingClientRect());
        expect(button!.top).to.be.below(brand!.bottom);
        const box = toggle.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(elder ? 60 : 44);
        await expectNoAxeViolations();

        toggle.focus();
        expectVisibleFocus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(expanded(toggle)).to.equal('true');
        expect(shown(form)).to.be.true;
        await expectNoAxeViolations();
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(root.querySelector('input'));
        expectVisibleFocus();
        await sendKeys({ type: '科技' });
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(expanded(toggle)).to.equal('false');
        expect(deepActiveElement()).to.equal(toggle);
        await expectNoAxeViolations();
      });
    }

    it('closes the search field when focus leaves the header', async function () {
      await setNarrowViewport(this, { width: 375, height: 812 });
      await frames();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <gov-header .data=${{ siteName: '内蒙古自治区科学技术厅', siteHref: '/', searchAction: '/search/' }}></gov-header>
        <button type="button">其他</button>
      </div>`);
      const el = wrapper.querySelector('gov-header')!;
      await el.updateComplete;
      const toggle = byRole<HTMLButtonElement>(el, 'button', '站内搜索');
      toggle.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(expanded(toggle)).to.equal('true');
      for (const expected of ['站内搜索', '搜索', '其他']) {
        await sendKeys({ press: 'Tab' });
        expect(accessibleName(deepActiveElement()!) || deepActiveElement()!.localName).to.equal(expected === '站内搜索' ? 'input' : expected);
      }
      await el.updateComplete;
      expect(expanded(toggle)).to.equal('false');
      expect(shown(el.querySelector('form')!)).to.be.false;
    });

    it('names 搜索 in the visitor’s language', async function () {
      await setNarrowViewport(this, { width: 375, height: 812 });
      await frames();
      const el = await header();
      await setLocale('en');
      await el.updateComplete;
      const toggle = byRole<HTMLButtonElement>(el, 'button', 'Search this site');
      expect(toggle.textContent!.trim()).to.equal('Search');
      await expectNoAxeViolations();
    });
  });
});
