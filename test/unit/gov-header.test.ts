import type { GovHeader } from '../../src/components/gov-header/gov-header.js';
import '../../src/index.js';
import { pagePreferences } from '../../src/preferences/store.js';
import { cleanUp, openWithButton, settle } from './a11y-helpers.js';
import { expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys } from './helpers.js';
import { captureWarnings, deepQueryAll } from './nav-helpers.js';

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

describe('gov-header', () => {
  it('shows the emblem with alt text and the site name linking home', async () => {
    const el = await header();
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.alt).to.equal('内蒙古自治区科学技术厅标识');
    const home = el.shadowRoot!.querySelector('header .site-name a')!;
    expect(home.textContent).to.equal('内蒙古自治区科学技术厅');
    expect(home.getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/');
    await expectNoAxeViolations();
  });

  it('纯文本 replaces the emblem by its alt text, and leaving restores it', async () => {
    const el = await header();
    const img = el.shadowRoot!.querySelector('img')!;
    const size = () => Math.round(img.getBoundingClientRect().width);
    expect(size()).to.equal(64);
    try {
      // 纯文本 is one of the toolbar's aids, loaded with it.
      await openWithButton();
      pagePreferences().set({ textOnly: true });
      await settle();
      expect(size()).to.be.at.most(1);
      const alt = el.shadowRoot!.querySelector('[data-gov-aid="alt"]')!;
      expect(alt.textContent).to.equal('[内蒙古自治区科学技术厅标识]');
      expect(alt.getAttribute('aria-hidden')).to.equal('true');
      expect(img.alt, 'the image keeps its alt text for assistive technology').to.equal('内蒙古自治区科学技术厅标识');
      await expectNoAxeViolations();
    } finally {
      pagePreferences().reset();
      await cleanUp();
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-gov-aid="alt"]')).to.equal(null);
    expect(size()).to.equal(64);
  });

  it('has a search landmark with a labelled input that submits GET to the configured address', async () => {
    const el = await header();
    const form = el.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
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
    const form = el.shadowRoot!.querySelector('form')!;
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
    expect(el.shadowRoot!.querySelector('.site-name')!.textContent).to.equal('某某厅');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input')!.name).to.equal('keyword');
    await expectNoAxeViolations();
    const warnings = await captureWarnings(async () => {
      el.data = { siteName: 5, siteHref: '/' } as unknown as GovHeader['data'];
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(deepQueryAll(el.shadowRoot!, 'header')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('slot'), 'the fallback markup shows instead').to.exist;
  });
});
