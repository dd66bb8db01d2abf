import type { GovDeptMenu } from '../../src/components/gov-dept-menu/gov-dept-menu.js';
import type { GovMainNav } from '../../src/components/gov-main-nav/gov-main-nav.js';
import { pagePreferences } from '../../src/preferences/store.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, setViewport } from './helpers.js';
import { accessibleName, byRole, captureWarnings, deepQueryAll, frames } from './nav-helpers.js';

async function mainNav(): Promise<{ el: GovMainNav; outside: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <gov-main-nav>
      <nav aria-label="主导航">
        <ul>
          <li><a href="https://kjt.nmg.gov.cn/">网站首页</a></li>
          <li>
            <a href="https://kjt.nmg.gov.cn/zzjg/">组织机构</a>
            <ul>
              <li><a href="https://kjt.nmg.gov.cn/zzjg/tld/">厅领导</a></li>
              <li><a href="https://kjt.nmg.gov.cn/zzjg/nsjg/">内设机构</a></li>
            </ul>
          </li>
          <li>
            <a href="https://kjt.nmg.gov.cn/kjdt/" aria-current="true">科技动态</a>
            <ul><li><a href="https://kjt.nmg.gov.cn/kjdt/gzdt/">工作动态</a></li></ul>
          </li>
          <li><a href="https://kjt.nmg.gov.cn/ztzl/">专题专栏和一个很长很长很长很长很长很长的栏目名称</a></li>
        </ul>
      </nav>
    </gov-main-nav>
    <button id="outside" type="button">其他</button>
  </div>`);
  const el = wrapper.querySelector('gov-main-nav')!;
  await el.updateComplete;
  await frames();
  return { el, outside: wrapper.querySelector<HTMLButtonElement>('#outside')! };
}

const expanded = (button: HTMLElement) => button.getAttribute('aria-expanded');

describe('gov-main-nav', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('is a nav named 主导航 whose sections stay links, with a separate sub-page button and aria-current', async () => {
    const { el } = await mainNav();
    const nav = byRole(el, 'navigation', '主导航');
    const controls = deepQueryAll(nav, 'a[href], button').map(accessibleName);
    expect(controls).to.deep.equal(['网站首页', '组织机构', '组织机构子栏目', '科技动态', '科技动态子栏目', '专题专栏和一个很长很长很长很长很长很长的栏目名称']);
    expect(byRole(el, 'link', '科技动态').getAttribute('aria-current')).to.equal('true');
    expect(byRole(el, 'link', '组织机构').getAttribute('aria-current')).to.equal('false');
    expect(byRole(el, 'link', '组织机构').getAttribute('href')).to.equal('https://kjt.nmg.gov.cn/zzjg/');
    expect(() => byRole(el, 'button', '菜单'), 'no 菜单 button on wide screens').to.throw();
    expect(deepQueryAll(el, '[role="menu"]')).to.have.length(0);
    await expectNoAxeViolations();
  });

  it('draws the markup the CMS published, in its light DOM, in place of it: one nav, one list, the sub-pages beside their buttons', async () => {
    const { el } = await mainNav();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelectorAll('nav')).to.have.length(1);
    const shape = [...el.querySelectorAll(':scope > nav > ul > li')].map((li) => [
      ...[...li.querySelectorAll(':scope > a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
      ...[...li.querySelectorAll(':scope > ul > li > a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
    ]);
    expect(shape).to.deep.equal([
      ['https://kjt.nmg.gov.cn/ 网站首页'],
      ['https://kjt.nmg.gov.cn/zzjg/ 组织机构', 'https://kjt.nmg.gov.cn/zzjg/tld/ 厅领导', 'https://kjt.nmg.gov.cn/zzjg/nsjg/ 内设机构'],
      ['https://kjt.nmg.gov.cn/kjdt/ 科技动态', 'https://kjt.nmg.gov.cn/kjdt/gzdt/ 工作动态'],
      ['https://kjt.nmg.gov.cn/ztzl/ 专题专栏和一个很长很长很长很长很长很长的栏目名称'],
    ]);
    for (const button of el.querySelectorAll('nav > ul > li > button')) {
      expect(button.nextElementSibling, 'the sub-pages follow their button').to.equal(document.getElementById(button.getAttribute('aria-controls')!));
    }
  });

  it('marks only the current section, and gives every navigation of the page its own ids', async () => {
    const { el } = await mainNav();
    const marked = [...el.querySelectorAll('nav > ul > li > a')].filter((a) => getComputedStyle(a).backgroundColor !== 'rgba(0, 0, 0, 0)');
    expect(marked.map((a) => a.textContent)).to.deep.equal(['科技动态']);
    const other = await fixture<GovMainNav>(html`<gov-main-nav .items=${[{ label: '栏目', href: '/c/', children: [{ label: '子', href: '/c/1/' }] }]}></gov-main-nav>`);
    await other.updateComplete;
    const ids = [...document.querySelectorAll('gov-main-nav [id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('keeps its look under a legacy template’s global reset', async () => {
    const reset = document.createElement('style');
    reset.textContent = '* { margin: 0; padding: 0; font-size: 12px; line-height: 1 } button { border: 0; background: none } ul, li { list-style: none } a { color: #333 } a:hover { color: #c00 }';
    document.head.append(reset);
    try {
      const { el } = await mainNav();
      const link = byRole(el, 'link', '组织机构');
      const button = byRole(el, 'button', '组织机构子栏目');
      expect(getComputedStyle(link).color).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(getComputedStyle(link).fontSize)).to.equal(18);
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      expect(button.getBoundingClientRect().width).to.be.at.least(44);
      expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
      button.click();
      await frames();
      const sub = byRole(el, 'link', '厅领导');
      expect(parseFloat(getComputedStyle(sub).fontSize)).to.equal(16);
      expect(getComputedStyle(sub.closest('ul')!).position).to.equal('absolute');
    } finally {
      reset.remove();
    }
  });

  it('opens sub-pages with Enter, closes them with Escape and returns focus', async () => {
    const { el } = await mainNav();
    const button = byRole(el, 'button', '组织机构子栏目');
    button.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(button)).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('厅领导');
    await expectNoAxeViolations();
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(expanded(button)).to.equal('false');
    expect(deepActiveElement()).to.equal(button);
    await sendKeys({ press: ' ' });
    await frames();
    expect(expanded(button)).to.equal('true');
    await expectNoAxeViolations();
  });

  it('closes sub-pages when focus leaves them, on an outside click, and when another opens', async () => {
    const { el, outside } = await mainNav();
    const first = byRole(el, 'button', '组织机构子栏目');
    const second = byRole(el, 'button', '科技动态子栏目');
    first.click();
    await frames();
    second.click();
    await frames();
    expect(expanded(first), 'one open at a time').to.equal('false');
    expect(expanded(second)).to.equal('true');
    outside.click();
    await frames();
    expect(expanded(second)).to.equal('false');
    second.focus();
    await sendKeys({ press: 'Enter' });
    await frames();
    await sendKeys({ press: 'Tab' }); // 工作动态
    await sendKeys({ press: 'Tab' }); // the next section
    await frames();
    expect(expanded(second)).to.equal('false');
    await expectNoAxeViolations();
  });

  it('closes open sub-pages when another disclosure of the page opens', async () => {
    const { el } = await mainNav();
    const menu: GovDeptMenu = document.createElement('gov-dept-menu');
    menu.groups = [{ label: '组', links: [{ label: '厅', href: '/t/' }] }];
    document.body.append(menu);
    await menu.updateComplete;
    const sub = byRole(el, 'button', '科技动态子栏目');
    sub.click();
    await frames();
    menu.show();
    await frames();
    expect(expanded(sub)).to.equal('false');
    menu.remove();
  });

  it('wraps long names without overlapping', async () => {
    const { el } = await mainNav();
    await setViewport({ width: 600, height: 800 });
    await frames();
    const items = deepQueryAll(el, 'nav > ul > li');
    const boxes = items.map((li) => li.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `items ${i} and ${j} overlap`).to.be.false;
      }
    }
    const nav = byRole(el, 'navigation', '主导航');
    expect(nav.scrollWidth).to.be.at.most(nav.clientWidth + 1);
  });

  it('collapses behind 菜单 below 768 px, and expands again on wide screens', async () => {
    await setViewport({ width: 375, height: 800 });
    const { el, outside } = await mainNav();
    const menu = byRole(el, 'button', '菜单');
    expect(expanded(menu)).to.equal('false');
    expect(() => byRole(el, 'link', '网站首页'), 'the list is collapsed').to.throw();
    await expectNoAxeViolations();
    menu.focus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(menu)).to.equal('true');
    expect(byRole(el, 'link', '网站首页')).to.exist;
    await expectNoAxeViolations();
    // A sub-page list opens inside the open menu without closing it.
    const sub = byRole(el, 'button', '组织机构子栏目');
    sub.click();
    await frames();
    expect(expanded(menu)).to.equal('true');
    expect(expanded(sub)).to.equal('true');
    await expectNoAxeViolations();
    // Escape closes the innermost disclosure first.
    sub.focus();
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(expanded(sub)).to.equal('false');
    expect(expanded(menu)).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(expanded(menu)).to.equal('false');
    expect(deepActiveElement()).to.equal(menu);
    menu.click();
    await frames();
    outside.click();
    await frames();
    expect(expanded(menu), 'closes on an outside click').to.equal('false');
    await setViewport({ width: 1280, height: 800 });
    await frames();
    expect(() => byRole(el, 'button', '菜单')).to.throw();
    expect(byRole(el, 'link', '网站首页')).to.exist;
  });

  it('accepts items as a property, skipping malformed ones with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GovMainNav>(html`<gov-main-nav
        .items=${[
          { label: '首页', href: '/', current: true },
          { label: '栏目', href: '/c/', children: [{ label: '子', href: '/c/1/' }, { label: '坏' }] },
          { label: '无地址' },
          { label: ['数组'], href: '/x/' },
          'text',
        ] as unknown as GovMainNav['items']}
      ></gov-main-nav>`);
      await el.updateComplete;
      expect(deepQueryAll(el, 'a[href], button').map(accessibleName)).to.deep.equal(['首页', '栏目', '栏目子栏目']);
      await expectNoAxeViolations();
    });
    expect(warnings).to.have.length(1);
  });

  it('gives its sections and sub-page buttons 60 px targets in elder mode', async () => {
    pagePreferences().set({ elder: true });
    try {
      const { el } = await mainNav();
      const primary = [byRole(el, 'link', '组织机构'), byRole(el, 'button', '组织机构子栏目')];
      for (const target of primary) expect(target.getBoundingClientRect().height, accessibleName(target)).to.be.at.least(60);
      await expectNoAxeViolations();
    } finally {
      pagePreferences().reset();
    }
  });
});
