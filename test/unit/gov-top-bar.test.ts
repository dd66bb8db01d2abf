import type { GovTopBar } from '../../src/components/gov-top-bar/gov-top-bar.js';
import { pagePreferences } from '../../src/preferences/store.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, waitUntil } from './helpers.js';
import { accessibleName, byRole, captureWarnings, deepQueryAll, frames } from './nav-helpers.js';

async function topBar(): Promise<{ el: GovTopBar; wechat: HTMLButtonElement; outside: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <gov-top-bar>
      <nav class="gov-top-bar__nav" aria-label="顶部导航">
        <a class="gov-top-bar__link" href="https://www.nmg.gov.cn/">内蒙古自治区人民政府网站</a>
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
  await el.updateComplete;
  await frames();
  return { el, wechat: byRole<HTMLButtonElement>(el, 'button', '微信'), outside: wrapper.querySelector<HTMLButtonElement>('#outside')! };
}

const expanded = (button: HTMLElement) => button.getAttribute('aria-expanded');

describe('gov-top-bar', () => {
  afterEach(() => pagePreferences().reset());

  it('holds the government link, 长辈版, 微信, slotted tools, 部门网站导航 and 登录/注册, in that order', async () => {
    const { el } = await topBar();
    const nav = byRole(el, 'navigation', '顶部导航');
    expect(nav).to.exist;
    const controls = deepQueryAll(el.shadowRoot!, 'a[href], button, slot').flatMap((control) =>
      control instanceof HTMLSlotElement ? control.assignedElements().map(accessibleName) : [accessibleName(control)],
    );
    expect(controls).to.deep.equal(['内蒙古自治区人民政府网站', '长辈版', '微信', '工具', '部门网站导航', '登录/注册']);
    expect(byRole<HTMLAnchorElement>(el, 'link', '登录/注册').getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/login/');
    await expectNoAxeViolations();
  });

  it('drops its fallback once read, so the page holds one department menu', async () => {
    const { el } = await topBar();
    expect(el.querySelector('nav'), 'the fallback nav is gone').to.equal(null);
    expect(el.querySelector('[slot="tools"]'), 'slotted tools stay').to.exist;
    expect(document.querySelectorAll('gov-dept-menu')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('gov-dept-menu')).to.have.length(1);
  });

  it('opens 微信 with the keyboard, showing the same-origin QR code, and closes it with Escape', async () => {
    const { el, wechat } = await topBar();
    expect(expanded(wechat)).to.equal('false');
    expect(deepQueryAll(el.shadowRoot!, 'img'), 'the QR code loads only when asked for').to.have.length(0);
    wechat.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(wechat)).to.equal('true');
    const img = deepQueryAll<HTMLImageElement>(el.shadowRoot!, 'img')[0]!;
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
    expect(deepQueryAll(el.shadowRoot!, 'a').map((a) => a.textContent)).to.include('教育厅');
    await expectNoAxeViolations();
    wechat.click();
    await frames();
    expect(expanded(dept)).to.equal('false');
    await expectNoAxeViolations();
  });

  it('turns on elder mode from its 长辈版 button; top-bar controls are 60 px targets', async () => {
    const { el } = await topBar();
    byRole(el, 'button', '长辈版').click();
    await frames();
    expect(pagePreferences().values.elder).to.be.true;
    await frames();
    for (const control of deepQueryAll(el.shadowRoot!, 'nav > a, .wechat > button')) expect(control.getBoundingClientRect().height).to.be.at.least(60);
    await expectNoAxeViolations();
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
