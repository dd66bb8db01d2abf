import type { GovDeptMenu } from '../../src/components/gov-dept-menu/gov-dept-menu.js';
import type { GovRelatedSites } from '../../src/components/gov-related-sites/gov-related-sites.js';
import { pagePreferences } from '../../src/preferences/store.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys } from './helpers.js';
import { byRole, captureWarnings, deepQueryAll, frames } from './nav-helpers.js';

const provinces = Array.from({ length: 31 }, (_, i) => ({ label: `省${i + 1}`, href: `https://p${i + 1}.example.gov.cn/` }));
const leagues = Array.from({ length: 11 }, (_, i) => ({ label: `盟市${i + 1}`, href: `https://m${i + 1}.example.gov.cn/` }));

async function related(open = true): Promise<GovRelatedSites> {
  const el = await fixture<GovRelatedSites>(html`<gov-related-sites>
    <aside aria-labelledby="t-related-h">
      <h2 id="t-related-h">相关网站</h2>
      <ul class="gov-related-sites__main">
        <li><a href="https://www.gov.cn/">中国政府网</a></li>
        <li><a href="https://www.most.gov.cn/">科学技术部</a></li>
        <li><a href="https://www.nmg.gov.cn/">内蒙古自治区政府网</a></li>
      </ul>
      <div class="gov-related-sites__groups">
        <details ?open=${open}><summary>各省科技厅网</summary><ul>${provinces.map((p) => html`<li><a href=${p.href}>${p.label}</a></li>`)}</ul></details>
        <details ?open=${open}><summary>各盟市科技网</summary><ul>${leagues.map((p) => html`<li><a href=${p.href}>${p.label}</a></li>`)}</ul></details>
      </div>
    </aside>
  </gov-related-sites>`);
  await el.updateComplete;
  return el;
}

const expanded = (button: HTMLElement) => button.getAttribute('aria-expanded');
const visibleLinks = (el: Element, groupButton: HTMLElement) =>
  deepQueryAll(el.querySelector(`#${groupButton.getAttribute('aria-controls')!}`)!.parentElement!, 'a').length;

describe('gov-related-sites', () => {
  afterEach(() => pagePreferences().reset());

  it('lists the three main sites and two open groups of 31 and 11 entries', async () => {
    const el = await related();
    for (const name of ['中国政府网', '科学技术部', '内蒙古自治区政府网']) expect(byRole(el, 'link', name)).to.exist;
    const provincesButton = byRole(el, 'button', '各省科技厅网');
    const leaguesButton = byRole(el, 'button', '各盟市科技网');
    expect(expanded(provincesButton)).to.equal('true');
    expect(expanded(leaguesButton)).to.equal('true');
    expect(visibleLinks(el, provincesButton)).to.equal(31);
    expect(visibleLinks(el, leaguesButton)).to.equal(11);
    expect(el.querySelector('aside h2')!.textContent).to.equal('相关网站');
    await expectNoAxeViolations();
  });

  it('draws the markup the CMS published, in its light DOM, in place of it: the groups become buttons and lists', async () => {
    const el = await related();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelectorAll('aside')).to.have.length(1);
    expect(el.querySelectorAll('details'), 'the published groups are replaced, not doubled').to.have.length(0);
    const aside = el.querySelector(':scope > aside')!;
    expect([...aside.children].map((child) => child.localName + (child.className ? `.${child.className}` : ''))).to.deep.equal([
      'h2',
      'ul.gov-related-sites__main',
      'div.gov-related-sites__groups',
    ]);
    expect(aside.getAttribute('aria-labelledby')).to.equal(aside.querySelector('h2')!.id);
    expect([...el.querySelectorAll('.gov-related-sites__main > li > a')].map((a) => a.textContent)).to.deep.equal(['中国政府网', '科学技术部', '内蒙古自治区政府网']);
    const groups = [...el.querySelectorAll('.gov-related-sites__groups > .gov-related-sites__group')];
    expect(groups.map((group) => [...group.children].map((child) => child.localName))).to.deep.equal([['button', 'ul'], ['button', 'ul']]);
    expect(groups.map((group) => group.querySelectorAll(':scope > ul > li > a').length)).to.deep.equal([31, 11]);
    // The state is drawn with empty alternative text; the name is the group's alone.
    const button = groups[0]!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('各省科技厅网');
    expect(getComputedStyle(button, '::before').content).to.equal('"▾" / ""');
  });

  it('gives each instance its own ids', async () => {
    const one = await related();
    const two = document.createElement('gov-related-sites') as GovRelatedSites;
    two.links = [{ label: '部委', href: '/b/' }];
    two.groups = [{ label: '组', links: [{ label: '甲', href: '/a/' }] }];
    one.after(two);
    await two.updateComplete;
    const ids = [...document.querySelectorAll('gov-related-sites [id]')].map((node) => node.id);
    expect(ids, "two headings and three lists").to.have.length(5);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const button of document.querySelectorAll('gov-related-sites button')) {
      expect(document.getElementById(button.getAttribute('aria-controls')!)?.parentElement).to.equal(button.parentElement);
    }
    two.remove();
  });

  it('starts each group as published: groups published closed stay closed', async () => {
    const el = await related(false);
    const provincesButton = byRole(el, 'button', '各省科技厅网');
    expect(expanded(provincesButton)).to.equal('false');
    expect(expanded(byRole(el, 'button', '各盟市科技网'))).to.equal('false');
    expect(visibleLinks(el, provincesButton)).to.equal(0);
    expect(getComputedStyle(el.querySelector('.gov-related-sites__groups ul')!).display).to.equal('none');
    expect(getComputedStyle(provincesButton, '::before').content).to.equal('"▸" / ""');
    provincesButton.click();
    await frames();
    expect(visibleLinks(el, provincesButton)).to.equal(31);
  });

  it('toggles a group with Enter and Space; opening one closes the other; Escape closes and keeps focus on the button', async () => {
    const el = await related();
    const provincesButton = byRole(el, 'button', '各省科技厅网');
    const leaguesButton = byRole(el, 'button', '各盟市科技网');
    provincesButton.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(expanded(provincesButton)).to.equal('false');
    expect(visibleLinks(el, provincesButton)).to.equal(0);
    await expectNoAxeViolations();
    await sendKeys({ press: ' ' });
    await frames();
    expect(expanded(provincesButton)).to.equal('true');
    expect(expanded(leaguesButton), 'opening one group closes the other').to.equal('false');
    await expectNoAxeViolations();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('省1');
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(expanded(provincesButton)).to.equal('false');
    expect(deepActiveElement()).to.equal(provincesButton);
    await expectNoAxeViolations();
  });

  it('closes a group the visitor opened when another disclosure of the page opens', async () => {
    const el = await related();
    const menu: GovDeptMenu = document.createElement('gov-dept-menu');
    menu.groups = [{ label: '组', links: [{ label: '厅', href: '/t/' }] }];
    document.body.append(menu);
    await menu.updateComplete;
    const leaguesButton = byRole(el, 'button', '各盟市科技网');
    leaguesButton.click(); // closes
    leaguesButton.click(); // opened by the visitor
    await frames();
    expect(expanded(leaguesButton)).to.equal('true');
    menu.show();
    await frames();
    expect(expanded(leaguesButton)).to.equal('false');
    menu.remove();
  });

  it('starts closed in elder mode, with 44 px targets', async () => {
    pagePreferences().set({ elder: true });
    const el = await related();
    const provincesButton = byRole(el, 'button', '各省科技厅网');
    expect(expanded(provincesButton)).to.equal('false');
    expect(expanded(byRole(el, 'button', '各盟市科技网'))).to.equal('false');
    expect(provincesButton.getBoundingClientRect().height).to.be.at.least(44);
    expect(byRole(el, 'link', '中国政府网').getBoundingClientRect().height).to.be.at.least(44);
    await expectNoAxeViolations();
  });

  it('closes its groups when elder mode is turned on', async () => {
    const el = await related();
    pagePreferences().set({ elder: true });
    await el.updateComplete;
    expect(expanded(byRole(el, 'button', '各省科技厅网'))).to.equal('false');
  });

  it('accepts links and groups as properties, skipping malformed entries with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GovRelatedSites>(html`<gov-related-sites
        .links=${[{ label: '部委', href: '/b/' }, { href: '/no-label/' }] as unknown as GovRelatedSites['links']}
        .groups=${[{ label: '组', links: [{ label: '甲', href: '/a/' }, { label: '乙', href: 5 }] }, { label: '坏组' }] as unknown as GovRelatedSites['groups']}
      ></gov-related-sites>`);
      await el.updateComplete;
      expect(deepQueryAll(el, 'a').map((a) => a.textContent)).to.deep.equal(['部委', '甲']);
      expect(deepQueryAll(el, 'button')).to.have.length(1);
      await expectNoAxeViolations();
    });
    expect(warnings).to.have.length(1);
  });
});
