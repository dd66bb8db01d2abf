import type { GovTopBar } from '../../src/components/gov-top-bar/gov-top-bar.js';
import { pagePreferences } from '../../src/preferences/store.js';
import { setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, setNarrowViewport, setViewport, waitUntil } from './helpers.js';
import { accessibleName, byRole, captureWarnings, deepQueryAll, frames } from './nav-helpers.js';

const zoneLink = html`<a class="gov-top-bar__link gov-top-bar__elder-zone" href="https://kjt.nmg.gov.cn/nxzq/">暖心专区</a>`;
const zoneLinkAlways = html`<a class="gov-top-bar__link gov-top-bar__elder-zone" href="https://kjt.nmg.gov.cn/nxzq/" data-always>暖心专区</a>`;

async function topBar(zone: unknown = zoneLink): Promise<{ el: GovTopBar; wechat: HTMLButtonElement; outside: HTMLButtonElement }> {
  // 微信 may sit in 更多 (hidden) on a narrow screen; the wide-screen tests use it.
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <gov-top-bar>
      <nav class="gov-top-bar__nav" aria-label="顶部导航">
        <a class="gov-top-bar__link" href="https://www.nmg.gov.cn/">内蒙古自治区人民政府网站</a>
        ${zone}
        <gov-dept-menu>
          <details class="gov-dept-menu">
            <summary>部门网站导航</summary>
            <section aria-labelledby="tb-g1"><h2 id="tb-g1">自治区政府组成部门</h2><ul><li><a href="https://jyt.nmg.gov.cn/">教育厅</a></li></ul></section>
          </details>
        </gov-dept-menu>
        <a class="gov-top-bar__link gov-top-bar__login" href="https://kjt.nmg.gov.cn/login/">登录/注册</a>
      </nav>
      <button slot="tools" type="button">工具</button>
    </gov-top-bar>
    <button id="outside" type="button">其他</button>
  </div>`);
  const el = wrapper.querySelector('gov-top-bar')!;
  // The test server serves public/ under its own name.
  el.wechatQr = '/public/images/wechat-qr.svg';
  await settled(el);
  return { el, wechat: el.querySelector<HTMLButtonElement>('.gov-top-bar__wechat > button')!, outside: wrapper.querySelector<HTMLButtonElement>('#outside')! };
}

/** Waits until the bar has rendered and fitted its row (a few renders in microtasks). */
async function settled(el: GovTopBar): Promise<void> {
  await el.updateComplete;
  await frames();
  await el.updateComplete;
}

const expanded = (button: HTMLElement) => button.getAttribute('aria-expanded');

/** The names of the bar's controls on show, in order (the tools by their own names). */
function shownControls(el: GovTopBar): string[] {
  return deepQueryAll(el, 'a[href], button')
    .filter((control) => control.getClientRects().length > 0)
    .map(accessibleName);
}

/** The element `node` belongs to: the host of the shadow root it is in, or itself in the light DOM. */
function hostOf(node: Element): Element {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : node;
}

/** True when every control on show sits on one row. */
function oneRow(el: GovTopBar): boolean {
  const boxes = deepQueryAll(
    el,
    '.gov-top-bar__nav > :not(.gov-top-bar__more, .gov-top-bar__tools), .gov-top-bar__nav > .gov-top-bar__tools > *, .gov-top-bar__nav > .gov-top-bar__more > button',
  )
    .map((item) => item.getBoundingClientRect())
    .filter((box) => box.width > 0);
  return boxes.every((box) => box.top < boxes[0]!.bottom && box.bottom > boxes[0]!.top);
}

/** Narrows the page to a phone's width, once the browser has told the page. */
async function phone(test: Mocha.Context): Promise<void> {
  await setNarrowViewport(test, { width: 375, height: 812 });
  await frames();
}

async function setElder(el: GovTopBar, elder: boolean): Promise<void> {
  pagePreferences().set({ elder });
  await settled(el);
}

describe('gov-top-bar', () => {
  // Wide enough for every item on one row, unless a test narrows it.
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await frames();
  });
  afterEach(async () => {
    pagePreferences().reset();
    await setLocale('zh-Hans');
    await setViewport({ width: 1280, height: 800 });
  });

  it('holds the government link, 长辈版, 微信, slotted tools, 部门网站导航 and 登录/注册, in that order', async () => {
    const { el } = await topBar();
    const nav = byRole(el, 'navigation', '顶部导航');
    expect(nav).to.exist;
    const controls = deepQueryAll(el, 'a[href], button').map(accessibleName);
    expect(controls).to.deep.equal(['内蒙古自治区人民政府网站', '暖心专区', '长辈版', '微信', '工具', '部门网站导航', '登录/注册']);
    expect(shownControls(el), '暖心专区 is a 长辈版 item').to.deep.equal(['内蒙古自治区人民政府网站', '长辈版', '微信', '工具', '部门网站导航', '登录/注册']);
    expect(oneRow(el)).to.be.true;
    expect(byRole<HTMLAnchorElement>(el, 'link', '登录/注册').getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/login/');
    await expectNoAxeViolations();
  });

  it('drops its fallback once read, so the page holds one department menu', async () => {
    const { el } = await topBar();
    const navs = el.querySelectorAll('nav');
    expect(navs, 'the fallback nav is gone: the one nav is the one the bar draws').to.have.length(1);
    expect(navs[0]!.lang, 'the drawn nav declares the kit’s language').to.equal('zh-Hans');
    expect(el.querySelector('[slot="tools"]'), 'slotted tools stay').to.exist;
    expect(document.querySelectorAll('gov-dept-menu')).to.have.length(1);
    expect(el.querySelectorAll('gov-dept-menu')).to.have.length(1);
    expect(el.querySelectorAll('gov-elder-toggle')).to.have.length(1);
  });

  it('draws the markup the CMS published, in its light DOM, in place of it, with 微信 and the tools in the row', async () => {
    const { el } = await topBar(zoneLinkAlways);
    expect(el.shadowRoot).to.equal(null);
    const nav = el.querySelector(':scope > nav.gov-top-bar__nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('顶部导航');
    const shape = [...nav.children].map((child) => `${child.localName}${[...child.classList].map((name) => `.${name}`).join('')}`);
    expect(shape).to.deep.equal([
      'a.gov-top-bar__link',
      'a.gov-top-bar__link.gov-top-bar__elder-zone',
      'gov-elder-toggle',
      'div.gov-top-bar__wechat',
      'div.gov-top-bar__tools',
      'gov-dept-menu',
      'a.gov-top-bar__link.gov-top-bar__login',
    ]);
    expect(nav.querySelector('.gov-top-bar__elder-zone')!.hasAttribute('data-always')).to.be.true;
    expect([...nav.querySelector('.gov-top-bar__tools')!.children].map(accessibleName)).to.deep.equal(['工具']);
    // Nothing the CMS published is left outside the drawn nav.
    expect([...el.children].filter((child) => child !== nav)).to.deep.equal([]);
  });

  it("declares the kit's language on its own strings and the page's on the names the site publishes", async () => {
    const { el } = await topBar();
    await setLocale('en');
    await settled(el);
    /** The language an element is exposed in: its own lang, or its nearest ancestor's, through shadow roots. */
    const exposed = (node: Element): string | null => {
      for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) if (at.hasAttribute('lang')) return at.getAttribute('lang');
      return null;
    };
    expect(exposed(byRole(el, 'navigation', 'Top navigation'))).to.equal('en');
    for (const name of ['Elder mode', 'WeChat', 'Department websites']) expect(exposed(byRole(el, 'button', name)), name).to.equal('en');
    expect(exposed(byRole(el, 'link', 'Log in / Register'))).to.equal('en');
    expect(exposed(byRole(el, 'link', '内蒙古自治区人民政府网站'))).to.equal('zh-Hans');
    byRole(el, 'button', 'Department websites').click();
    await settled(el);
    expect(exposed(byRole(el, 'link', '教育厅')), 'a department name').to.equal('zh-Hans');
  });

  it('leaves a row that still fits as it is when it refits, so a focused tool keeps its place and the focus', async () => {
    const { el } = await topBar();
    const tool = el.querySelector<HTMLButtonElement>('[slot="tools"]')!;
    tool.focus();
    let blurs = 0;
    tool.addEventListener('blur', () => (blurs += 1));
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => removed.push(...records.flatMap((record) => [...record.removedNodes])));
    observer.observe(el, { childList: true, subtree: true });
    // A new language refits the row (and so do 长辈版, zoom and a new width).
    await setLocale('en');
    await settled(el);
    pagePreferences().set({ zoom: 110 });
    await settled(el);
    observer.disconnect();
    expect(oneRow(el) && !el.querySelector('.gov-top-bar__more'), 'everything still fits on the row').to.be.true;
    // Measuring by moving the items took the tools out of the row and back, and the focus with them.
    expect(removed.filter((node) => node === tool || node.contains(tool)), 'the tools were moved').to.be.empty;
    expect(blurs).to.equal(0);
    expect(deepActiveElement()).to.equal(tool);
  });

  it('gives the popups ids of their own, unique in the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><gov-top-bar login-href="/a/"></gov-top-bar><gov-top-bar login-href="/b/"></gov-top-bar></div>`);
    const bars = [...wrapper.querySelectorAll('gov-top-bar')];
    for (const bar of bars) await settled(bar);
    const controls = bars.map((bar) => bar.querySelector('.gov-top-bar__wechat > button')!.getAttribute('aria-controls')!);
    expect(new Set(controls).size).to.equal(2);
    for (const [i, id] of controls.entries()) expect(bars[i]!.contains(document.getElementById(id))).to.be.true;
    expect(document.querySelectorAll('[id]').length, 'no id twice').to.equal(new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size);
  });

  it('takes a tool the page adds after the upgrade into its row', async () => {
    const { el } = await topBar();
    const late = Object.assign(document.createElement('button'), { type: 'button', textContent: '后来的工具', slot: 'tools' });
    el.append(late);
    await waitUntil(() => late.parentElement?.classList.contains('gov-top-bar__tools'), 'the tool joins the others');
    await settled(el);
    expect(shownControls(el)).to.deep.equal(['内蒙古自治区人民政府网站', '长辈版', '微信', '工具', '后来的工具', '部门网站导航', '登录/注册']);
    expect(oneRow(el)).to.be.true;
  });

  it('opens 微信 with the keyboard, showing the same-origin QR code, and closes it with Escape', async () => {
    const { el, wechat } = await topBar();
    expect(expanded(wechat)).to.equal('false');
    expect(deepQueryAll(el, 'img'), 'the QR code loads only when asked for').to.have.length(0);
    wechat.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(wechat)).to.equal('true');
    const img = deepQueryAll<HTMLImageElement>(el, 'img')[0]!;
    expect(img.alt).to.equal('本站微信公众号二维码');
    expect(new URL(img.src).origin).to.equal(location.origin);
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the QR code image loads');
    await expectNoAxeViolations();
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(expanded(wechat)).to.equal('false');
    expect(deepActiveElement()).to.equal(wechat);
    await expectNoAxeViolations();
  });

  it('closes 微信 when focus leaves it and on a click outside', async () => {
    const { wechat, outside } = await topBar();
    wechat.focus();
    await sendKeys({ press: ' ' });
    await frames();
    expect(expanded(wechat)).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await frames();
    expect(expanded(wechat), 'focus moved on to 部门网站导航').to.equal('false');
    wechat.click();
    await frames();
    expect(expanded(wechat)).to.equal('true');
    outside.click();
    await frames();
    expect(expanded(wechat)).to.equal('false');
    await expectNoAxeViolations();
  });

  it('opening the department menu closes 微信: one disclosure open at a time', async () => {
    const { el, wechat } = await topBar();
    wechat.click();
    await frames();
    const dept = byRole(el, 'button', '部门网站导航');
    dept.focus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(dept)).to.equal('true');
    expect(expanded(wechat)).to.equal('false');
    expect(deepQueryAll(el, 'a').map((a) => a.textContent)).to.include('教育厅');
    await expectNoAxeViolations();
    wechat.click();
    await frames();
    expect(expanded(dept)).to.equal('false');
    await expectNoAxeViolations();
  });

  it('turns on elder mode from its 长辈版 button; top-bar controls are 60 px targets', async () => {
    const { el } = await topBar();
    byRole(el, 'button', '长辈版').click();
    await settled(el);
    expect(pagePreferences().values.elder).to.be.true;
    const more = el.querySelector<HTMLButtonElement>('.gov-top-bar__more > button');
    more?.click();
    await settled(el);
    const controls = deepQueryAll(el, '.gov-top-bar__link, .gov-top-bar__wechat > button, .gov-top-bar__more > button');
    expect(controls.length).to.be.at.least(4);
    for (const control of controls) expect(control.getBoundingClientRect().height, accessibleName(control)).to.be.at.least(60);
    await expectNoAxeViolations();
  });

  describe('暖心专区', () => {
    it('is read from the published markup and shown in 长辈版 only, after the government link', async () => {
      const { el } = await topBar();
      const zone = byRole<HTMLAnchorElement>(el, 'link', '暖心专区');
      expect(zone.getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/nxzq/');
      expect(zone.getClientRects().length, 'not shown in the standard look').to.equal(0);
      await expectNoAxeViolations();
      await setElder(el, true);
      expect(zone.getClientRects().length, 'shown in 长辈版').to.be.above(0);
      expect(shownControls(el).slice(0, 3)).to.deep.equal(['内蒙古自治区人民政府网站', '暖心专区', '退出长辈版']);
      expect(zone.getBoundingClientRect().height).to.be.at.least(60);
      await expectNoAxeViolations();
      await setElder(el, false);
      expect(zone.getClientRects().length).to.equal(0);
    });

    it('is reached with Tab in 长辈版 and skipped in the standard look', async () => {
      const { el } = await topBar();
      byRole(el, 'link', '内蒙古自治区人民政府网站').focus();
      await sendKeys({ press: 'Tab' });
      expect(accessibleName(deepActiveElement()!)).to.equal('长辈版');
      await setElder(el, true);
      byRole(el, 'link', '内蒙古自治区人民政府网站').focus();
      await sendKeys({ press: 'Tab' });
      expect(accessibleName(deepActiveElement()!)).to.equal('暖心专区');
      expectVisibleFocus();
    });

    it('shows in both looks when the site marks it data-always', async () => {
      const { el } = await topBar(zoneLinkAlways);
      const zone = byRole(el, 'link', '暖心专区');
      expect(el.elderZone?.always).to.be.true;
      expect(zone.getClientRects().length).to.be.above(0);
      await setElder(el, true);
      expect(zone.getClientRects().length).to.be.above(0);
      await expectNoAxeViolations();
    });

    it('keeps its published name in English and Mongolian while the kit’s own strings change', async () => {
      const { el } = await topBar();
      await setElder(el, true);
      for (const [locale, exit] of [
        ['en', 'Exit elder mode'],
        ['mn-Mong', 'ᠥᠲᠡᠭᠡᠴᠦᠳ ᠤᠨ ᠬᠡᠪ ᠡᠴᠡ ᠭᠠᠷᠬᠤ'],
      ] as const) {
        await setLocale(locale);
        await settled(el);
        expect(accessibleName(byRole(el, 'button', exit)), `${locale}: the kit's button`).to.equal(exit);
        const zone = byRole<HTMLAnchorElement>(el, 'link', '暖心专区');
        expect(zone.getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/nxzq/');
        await expectNoAxeViolations();
      }
    });

    it('accepts its data as the elderZone property, skipping a malformed one with one warning', async () => {
      const el = await fixture<GovTopBar>(html`<gov-top-bar .elderZone=${{ label: '暖心专区', href: '/nxzq/', always: true }}></gov-top-bar>`);
      await settled(el);
      expect(byRole(el, 'link', '暖心专区').getAttribute('href')).to.equal('/nxzq/');
      expect(byRole(el, 'link', '暖心专区').getClientRects().length).to.be.above(0);
      const warnings = await captureWarnings(async () => {
        el.elderZone = { label: '', href: '/nxzq/' };
        await settled(el);
      });
      expect(warnings).to.have.length(1);
      expect(() => byRole(el, 'link', '暖心专区')).to.throw();
    });
  });

  describe('更多 on a narrow screen', () => {
    for (const elder of [false, true]) {
      const look = elder ? '长辈版' : 'the standard look';
      it(`keeps one row at 375 px in ${look}, folding the rest into 更多, a disclosure`, async function () {
        await phone(this);
        const { el } = await topBar();
        await setElder(el, elder);
        expect(oneRow(el), 'one row').to.be.true;
        const more = byRole<HTMLButtonElement>(el, 'button', '更多');
        const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
        expect(el.contains(panel)).to.be.true;
        expect(expanded(more)).to.equal('false');
        expect(panel.hidden).to.be.true;
        // What stays on the row depends on the widths; 长辈版 always does, and 暖心专区 leads in 长辈版.
        const shown = shownControls(el);
        if (elder) expect(shown[0]).to.equal('暖心专区');
        expect(shown).to.include(elder ? '退出长辈版' : '长辈版');
        expect(shown.at(-1)).to.equal('更多');
        expect(deepQueryAll(el, '[role="menu"], [role="menuitem"]')).to.have.length(0);
        await expectNoAxeViolations();

        more.focus();
        expectVisibleFocus();
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(expanded(more)).to.equal('true');
        expect(panel.hidden).to.be.false;
        // Everything is on the page: the row and the panel hold every item once.
        const all = shownControls(el);
        for (const name of ['内蒙古自治区人民政府网站', '微信', '工具', '部门网站导航', '登录/注册']) expect(all.filter((n) => n === name), name).to.have.length(1);
        expect(all.includes('暖心专区')).to.equal(elder);
        // The bar's own controls (the tools are the page's, a plain test button here).
        const own = deepQueryAll(panel, 'a, button').filter((control) => !control.closest('.gov-top-bar__tools'));
        if (elder) for (const control of own) expect(control.getBoundingClientRect().height, accessibleName(control)).to.be.at.least(60);
        await expectNoAxeViolations();

        // Tab walks into the panel, Escape returns focus to 更多.
        await sendKeys({ press: 'Tab' });
        const first = deepActiveElement()!;
        expect(panel.contains(hostOf(first)), 'focus moves into the panel').to.be.true;
        expectVisibleFocus();
        await sendKeys({ press: 'Escape' });
        await settled(el);
        expect(expanded(more)).to.equal('false');
        expect(deepActiveElement()).to.equal(more);
        await expectNoAxeViolations();
      });
    }

    it('closes 更多 when focus leaves it and on a click outside', async function () {
      await phone(this);
      const { el, outside } = await topBar();
      const more = byRole<HTMLButtonElement>(el, 'button', '更多');
      more.focus();
      await sendKeys({ press: ' ' });
      await settled(el);
      expect(expanded(more)).to.equal('true');
      const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
      const stops = deepQueryAll(panel, 'a[href], button').length + 1;
      for (let i = 0; i < stops + 1 && expanded(more) === 'true'; i += 1) await sendKeys({ press: 'Tab' });
      await settled(el);
      expect(expanded(more), 'focus left the panel').to.equal('false');
      more.click();
      await settled(el);
      expect(expanded(more)).to.equal('true');
      outside.click();
      await settled(el);
      expect(expanded(more)).to.equal('false');
      await expectNoAxeViolations();
    });

    it('keeps 更多 open while 部门网站导航 or 微信 opens inside it', async function () {
      await phone(this);
      const { el } = await topBar();
      await setElder(el, true);
      const more = byRole<HTMLButtonElement>(el, 'button', '更多');
      more.click();
      await settled(el);
      const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
      const dept = byRole<HTMLButtonElement>(el, 'button', '部门网站导航');
      const wechat = byRole<HTMLButtonElement>(el, 'button', '微信');
      expect(panel.contains(hostOf(dept)) && panel.contains(wechat), 'both are folded in 长辈版').to.be.true;
      dept.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect([expanded(more), expanded(dept)]).to.deep.equal(['true', 'true']);
      await sendKeys({ press: 'Tab' });
      expect(accessibleName(deepActiveElement()!)).to.equal('教育厅');
      await expectNoAxeViolations();
      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect([expanded(more), expanded(dept)], 'the first Escape closes the inner menu').to.deep.equal(['true', 'false']);
      expect(accessibleName(deepActiveElement()!)).to.equal('部门网站导航');
      wechat.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect([expanded(more), expanded(wechat)]).to.deep.equal(['true', 'true']);
      await expectNoAxeViolations();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect([expanded(more), expanded(wechat)]).to.deep.equal(['false', 'false']);
      expect(deepActiveElement()).to.equal(more);
    });

    it('keeps 更多 open while focus is on a slotted tool inside it', async function () {
      await phone(this);
      const { el } = await topBar();
      await setElder(el, true);
      const more = byRole<HTMLButtonElement>(el, 'button', '更多');
      const tool = el.querySelector<HTMLButtonElement>('[slot="tools"]')!;
      expect(tool.closest('.gov-top-bar__panel'), 'the tools are folded in 长辈版').to.exist;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      for (let i = 0; i < 8 && deepActiveElement() !== tool; i += 1) await sendKeys({ press: 'Tab' });
      await settled(el);
      expect(deepActiveElement()).to.equal(tool);
      expect(expanded(more)).to.equal('true');
      expectVisibleFocus();
    });

    it('unfolds when the screen widens again', async function () {
      await phone(this);
      const { el } = await topBar();
      expect(() => byRole(el, 'button', '更多')).not.to.throw();
      await setViewport({ width: 1280, height: 800 });
      await waitUntil(() => !el.querySelector('.gov-top-bar__more'), 'nothing stays folded');
      await settled(el);
      expect(shownControls(el)).to.deep.equal(['内蒙古自治区人民政府网站', '长辈版', '微信', '工具', '部门网站导航', '登录/注册']);
      expect(oneRow(el)).to.be.true;
    });
  });

  it('accepts its data as properties, skipping a malformed site link with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GovTopBar>(html`<gov-top-bar
        login-href="/login/"
        .siteLink=${{ label: 99, href: '/gov/' } as unknown as GovTopBar['siteLink']}
        .departments=${[{ label: '组', links: [{ label: '厅', href: '/t/' }] }]}
      ></gov-top-bar>`);
      await el.updateComplete;
      expect(() => byRole(el, 'link', '99')).to.throw();
      expect(byRole(el, 'link', '登录/注册').getAttribute('href')).to.equal('/login/');
      await expectNoAxeViolations();
    });
    expect(warnings).to.have.length(1);
  });
});
