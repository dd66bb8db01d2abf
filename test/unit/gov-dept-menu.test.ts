import type { GovDeptMenu } from '../../src/components/gov-dept-menu/gov-dept-menu.js';
import { pagePreferences } from '../../src/preferences/store.js';
import { DisclosureController } from '../../src/base/disclosure.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, setViewport } from './helpers.js';
import { byRole, captureWarnings, deepQueryAll, frames } from './nav-helpers.js';

const fallback = html`<div>
  <gov-dept-menu>
    <details class="gov-dept-menu">
      <summary>部门网站导航</summary>
      <div class="gov-dept-menu__groups">
        <section aria-labelledby="t-g1">
          <h2 id="t-g1">自治区政府组成部门</h2>
          <ul>
            <li><a href="https://fgw.nmg.gov.cn/">发展和改革委员会</a></li>
            <li><a href="https://jyt.nmg.gov.cn/">教育厅</a></li>
            <li><a href="https://kjt.nmg.gov.cn/">科学技术厅</a></li>
          </ul>
        </section>
        <section aria-labelledby="t-g2">
          <h2 id="t-g2">自治区直属特设机构</h2>
          <ul><li><a href="https://gzw.nmg.gov.cn/">国有资产监督管理委员会</a></li></ul>
        </section>
        <section aria-labelledby="t-g3">
          <h2 id="t-g3">自治区直属机构</h2>
          <ul>
            <li><a href="https://amr.nmg.gov.cn/">市场监督管理局</a></li>
            <li><a href="https://lcj.nmg.gov.cn/">林业和草原局</a></li>
          </ul>
        </section>
      </div>
    </details>
  </gov-dept-menu>
  <button id="outside" type="button">页面上的其他按钮</button>
</div>`;

async function menu(): Promise<{ el: GovDeptMenu; button: HTMLButtonElement; panel: HTMLElement; outside: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(fallback);
  const el = wrapper.querySelector('gov-dept-menu')!;
  await el.updateComplete;
  const button = byRole<HTMLButtonElement>(el, 'button', '部门网站导航');
  const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
  return { el, button, panel, outside: wrapper.querySelector<HTMLButtonElement>('#outside')! };
}

const expanded = (button: HTMLElement) => button.getAttribute('aria-expanded');

describe('gov-dept-menu', () => {
  afterEach(async () => {
    pagePreferences().reset();
    await setViewport({ width: 1280, height: 800 });
  });

  it('upgrades the fallback into a closed disclosure button with three headed groups', async () => {
    const { el, button, panel } = await menu();
    expect(expanded(button)).to.equal('false');
    expect(panel.hidden).to.be.true;
    expect(deepQueryAll(el, '[role="menu"], [role="menuitem"]')).to.have.length(0);
    expect([...panel.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['自治区政府组成部门', '自治区直属特设机构', '自治区直属机构']);
    expect([...panel.querySelectorAll('section')].map((s) => s.querySelectorAll('a').length)).to.deep.equal([3, 1, 2]);
    await expectNoAxeViolations();
  });

  it('draws the markup the CMS published, in its light DOM, in place of it: the groups under a button instead of a summary', async () => {
    const { el, button, panel } = await menu();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('details, summary'), 'the published details is gone').to.equal(null);
    expect(el.querySelectorAll(':scope > div.gov-dept-menu')).to.have.length(1);
    expect(button.parentElement!.matches('gov-dept-menu > div.gov-dept-menu')).to.be.true;
    expect(panel.matches('div.gov-dept-menu > div.gov-dept-menu__groups')).to.be.true;
    const shape = [...panel.querySelectorAll(':scope > section')].map((section) => [
      document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent,
      ...[...section.querySelectorAll(':scope > h2 + ul > li > a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
    ]);
    expect(shape).to.deep.equal([
      ['自治区政府组成部门', 'https://fgw.nmg.gov.cn/ 发展和改革委员会', 'https://jyt.nmg.gov.cn/ 教育厅', 'https://kjt.nmg.gov.cn/ 科学技术厅'],
      ['自治区直属特设机构', 'https://gzw.nmg.gov.cn/ 国有资产监督管理委员会'],
      ['自治区直属机构', 'https://amr.nmg.gov.cn/ 市场监督管理局', 'https://lcj.nmg.gov.cn/ 林业和草原局'],
    ]);
  });

  it('keeps its published markup until it first renders, so a top bar upgrading in the same task still reads it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('gov-dept-menu');
    el.innerHTML = '<details class="gov-dept-menu"><summary>部门网站导航</summary><div class="gov-dept-menu__groups"><section><h2>组</h2><ul><li><a href="/t/">厅</a></li></ul></section></div></details>';
    wrapper.append(el);
    expect(el.querySelector('details'), 'still there in the task that connected it').to.exist;
    await el.updateComplete;
    expect(el.querySelector('details')).to.equal(null);
    expect(el.groups).to.deep.equal([{ label: '组', links: [{ label: '厅', href: '/t/' }] }]);
  });

  it('gives every menu of the page its own ids', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><gov-dept-menu .groups=${[{ label: '甲', links: [] }]}></gov-dept-menu>
      <gov-dept-menu .groups=${[{ label: '甲', links: [] }]}></gov-dept-menu></div>`);
    const menus = [...wrapper.querySelectorAll('gov-dept-menu')];
    await Promise.all(menus.map((el) => el.updateComplete));
    const ids = [...wrapper.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids).to.have.length(4);
    expect(new Set(ids).size).to.equal(4);
    for (const el of menus) expect(document.getElementById(byRole(el, 'button', '部门网站导航').getAttribute('aria-controls')!)?.closest('gov-dept-menu')).to.equal(el);
  });

  it('opens over the page, and in the flow of the disclosure it is folded into', async () => {
    const { el, button, panel } = await menu();
    button.click();
    await frames();
    expect(getComputedStyle(panel).position).to.equal('absolute');
    el.within = new DisclosureController(document.createElement('gov-dept-menu'), { container: () => null, button: () => null });
    await el.updateComplete;
    expect(getComputedStyle(panel).position).to.equal('static');
    expect(expanded(button)).to.equal('true');
  });

  it('keeps its look under a legacy template’s global reset', async () => {
    const reset = document.createElement('style');
    reset.textContent = '* { margin: 0; padding: 0; font-size: 12px; line-height: 1 } button { border: 0; background: none } ul, li { list-style: none } a { color: #333 } h2 { font-weight: normal }';
    document.head.append(reset);
    try {
      const { button, panel } = await menu();
      button.click();
      await frames();
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      const link = panel.querySelector('a')!;
      expect(getComputedStyle(link).color, 'the kit’s link colour').to.not.equal('rgb(51, 51, 51)');
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      expect(parseFloat(getComputedStyle(link).fontSize)).to.equal(16);
      expect(getComputedStyle(panel.querySelector('h2')!).fontWeight).to.equal('700');
      expect(parseFloat(getComputedStyle(panel).paddingTop)).to.equal(16);
    } finally {
      reset.remove();
    }
  });

  it('toggles with Enter and Space', async () => {
    const { button, panel } = await menu();
    button.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(button)).to.equal('true');
    expect(panel.hidden).to.be.false;
    await expectNoAxeViolations();
    await sendKeys({ press: ' ' });
    await frames();
    expect(expanded(button)).to.equal('false');
    expect(panel.hidden).to.be.true;
    await expectNoAxeViolations();
  });

  it('closes on Escape from a link and returns focus to the button', async () => {
    const { button } = await menu();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await frames();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('发展和改革委员会');
    expectVisibleFocus();
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(expanded(button)).to.equal('false');
    expect(deepActiveElement()).to.equal(button);
    await expectNoAxeViolations();
  });

  it('moves between the links of a column with the arrow keys, Home and End, and never traps Tab', async () => {
    const { button } = await menu();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await frames();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.textContent).to.equal('教育厅');
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()?.textContent).to.equal('科学技术厅');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.textContent, 'stays at the end of the column').to.equal('科学技术厅');
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()?.textContent).to.equal('发展和改革委员会');
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()?.textContent).to.equal('发展和改革委员会');
    // Tab goes on to the next link, across columns.
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('国有资产监督管理委员会');
    await expectNoAxeViolations();
  });

  it('closes when focus leaves it', async () => {
    const { button, outside } = await menu();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await frames();
    outside.focus();
    await frames();
    expect(expanded(button)).to.equal('false');
    await expectNoAxeViolations();
  });

  it('closes on a click outside, but not on a click inside the panel', async () => {
    const { button, panel, outside } = await menu();
    button.click();
    await frames();
    panel.querySelector('h2')!.click();
    await frames();
    expect(expanded(button)).to.equal('true');
    outside.click();
    await frames();
    expect(expanded(button)).to.equal('false');
    await expectNoAxeViolations();
  });

  it('keeps only one disclosure of the page open', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><gov-dept-menu .groups=${[{ label: '甲', links: [{ label: '一', href: '/1' }] }]}></gov-dept-menu>
      <gov-dept-menu .groups=${[{ label: '乙', links: [{ label: '二', href: '/2' }] }]}></gov-dept-menu></div>`);
    const [first, second] = [...wrapper.querySelectorAll('gov-dept-menu')];
    await first!.updateComplete;
    await second!.updateComplete;
    const a = byRole(first!, 'button', '部门网站导航');
    a.focus();
    const b = byRole(second!, 'button', '部门网站导航');
    a.click();
    await frames();
    expect(expanded(a)).to.equal('true');
    // Opened without a click or a focus move: only the page-wide registry can close the first.
    second!.show();
    await frames();
    expect(expanded(a)).to.equal('false');
    expect(expanded(b)).to.equal('true');
    await expectNoAxeViolations();
  });

  it('fires gov-toggle when it opens and closes', async () => {
    const { el, button } = await menu();
    const states: boolean[] = [];
    el.addEventListener('gov-toggle', (event) => states.push(event.open));
    button.click();
    button.click();
    expect(states).to.deep.equal([true, false]);
  });

  it('accepts its groups as a property, skipping malformed entries with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GovDeptMenu>(html`<gov-dept-menu
        .groups=${[
          { label: '好组', links: [{ label: '好链接', href: '/ok' }, { label: '无地址' }, { label: 42, href: '/n' }] },
          { label: 7, links: [] },
          null,
        ] as unknown as GovDeptMenu['groups']}
      ></gov-dept-menu>`);
      await el.updateComplete;
      el.show();
      await el.updateComplete;
      expect(deepQueryAll(el, 'h2').map((h) => h.textContent)).to.deep.equal(['好组']);
      expect(deepQueryAll(el, 'a').map((a) => a.textContent)).to.deep.equal(['好链接']);
      await expectNoAxeViolations();
    });
    expect(warnings).to.have.length(1);
  });

  it('treats a non-array as no groups with one warning, and opens and closes from script', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GovDeptMenu>(html`<gov-dept-menu .groups=${'不是数组' as unknown as GovDeptMenu['groups']}></gov-dept-menu>`);
      await el.updateComplete;
      expect(el.querySelectorAll('section')).to.have.length(0);
      el.show();
      await el.updateComplete;
      expect(el.open).to.be.true;
      el.groups = [{ label: '空组', links: [] }];
      await el.updateComplete;
      expect(el.querySelector('section ul')).to.equal(null);
      el.hide();
      await el.updateComplete;
      expect(el.open).to.be.false;
      expect(byRole(el, 'button', '部门网站导航').getAttribute('aria-expanded')).to.equal('false');
    });
    expect(warnings).to.have.length(1);
  });

  it('shows one column on narrow screens', async () => {
    await setViewport({ width: 375, height: 800 });
    const { button, panel } = await menu();
    button.click();
    await frames();
    const lefts = new Set([...panel.querySelectorAll('section')].map((s) => Math.round(s.getBoundingClientRect().left)));
    expect(lefts.size).to.equal(1);
    await expectNoAxeViolations();
  });

  it('starts closed in elder mode, with a 60 px button and 44 px links', async () => {
    pagePreferences().set({ elder: true });
    const { button, panel } = await menu();
    expect(expanded(button)).to.equal('false');
    expect(button.getBoundingClientRect().height).to.be.at.least(60);
    expect(button.getBoundingClientRect().width).to.be.at.least(60);
    button.click();
    await frames();
    for (const link of panel.querySelectorAll('a')) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    await expectNoAxeViolations();
  });
});
