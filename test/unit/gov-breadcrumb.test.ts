import type { GovBreadcrumb } from '../../src/components/gov-breadcrumb/gov-breadcrumb.js';
import '../../src/index.js';
import { expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys } from './helpers.js';
import { byRole, captureWarnings, deepQueryAll } from './nav-helpers.js';

const jsonLdBlocks = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-gov-breadcrumb]')];

async function breadcrumb(): Promise<GovBreadcrumb> {
  const el = await fixture<GovBreadcrumb>(html`<gov-breadcrumb>
    <nav aria-label="当前位置">
      <ol>
        <li><a href="https://kjt.nmg.gov.cn/">首页</a></li>
        <li><a href="https://kjt.nmg.gov.cn/kjdt/">科技动态</a></li>
        <li><a href="https://kjt.nmg.gov.cn/kjdt/gzdt/">工作动态</a></li>
        <li><a aria-current="page" href="https://kjt.nmg.gov.cn/kjdt/gzdt/kjtgz/">科技厅工作</a></li>
      </ol>
    </nav>
  </gov-breadcrumb>`);
  await el.updateComplete;
  return el;
}

describe('gov-breadcrumb', () => {
  it('is a nav named 当前位置 with an ordered list; the last item is the current page', async () => {
    const el = await breadcrumb();
    const nav = byRole(el, 'navigation', '当前位置');
    const links = [...nav.querySelectorAll('ol > li a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['首页', '科技动态', '工作动态', '科技厅工作']);
    expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'false', 'page']);
    // Only the current page reads as plain bold text; the others look like links.
    expect(links.map((a) => getComputedStyle(a).fontWeight)).to.deep.equal(['400', '400', '400', '700']);
    await expectNoAxeViolations();
  });

  it('draws the separators with empty alternative text, so assistive technology skips them', async () => {
    const el = await breadcrumb();
    const items = [...el.querySelectorAll('ol > li')];
    expect(items).to.have.length(4);
    expect(getComputedStyle(items[0]!, '::before').content).to.equal('none');
    for (const item of items.slice(1)) expect(getComputedStyle(item, '::before').content).to.equal('"›" / ""');
  });

  it('draws the markup the CMS published, in its light DOM, in place of it: one nav, one list', async () => {
    const el = await breadcrumb();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelectorAll('nav')).to.have.length(1);
    const shape = [...el.querySelectorAll('nav > ol > li > a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`);
    expect(shape).to.deep.equal([
      'https://kjt.nmg.gov.cn/ 首页',
      'https://kjt.nmg.gov.cn/kjdt/ 科技动态',
      'https://kjt.nmg.gov.cn/kjdt/gzdt/ 工作动态',
      'https://kjt.nmg.gov.cn/kjdt/gzdt/kjtgz/ 科技厅工作',
    ]);
  });

  it('shows focus on its links', async () => {
    const el = await breadcrumb();
    byRole(el, 'link', '首页').focus();
    await sendKeys({ press: 'Tab' });
    expectVisibleFocus();
  });

  it('emits schema.org BreadcrumbList JSON-LD as a data block, and removes it with the element', async () => {
    const el = await breadcrumb();
    const blocks = jsonLdBlocks();
    expect(blocks).to.have.length(1);
    const data = JSON.parse(blocks[0]!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('BreadcrumbList');
    expect(data.itemListElement).to.deep.equal([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://kjt.nmg.gov.cn/' },
      { '@type': 'ListItem', position: 2, name: '科技动态', item: 'https://kjt.nmg.gov.cn/kjdt/' },
      { '@type': 'ListItem', position: 3, name: '工作动态', item: 'https://kjt.nmg.gov.cn/kjdt/gzdt/' },
      { '@type': 'ListItem', position: 4, name: '科技厅工作', item: 'https://kjt.nmg.gov.cn/kjdt/gzdt/kjtgz/' },
    ]);
    el.remove();
    expect(jsonLdBlocks()).to.have.length(0);
  });

  it('accepts items as a property, with relative addresses made absolute and malformed entries skipped with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GovBreadcrumb>(html`<gov-breadcrumb
        .items=${[{ label: '首页', href: '/' }, { label: '坏' }, { label: 3, href: '/3' }, { label: '本页', href: 'page.html' }] as unknown as GovBreadcrumb['items']}
      ></gov-breadcrumb>`);
      await el.updateComplete;
      expect(deepQueryAll(el, 'a').map((a) => a.textContent)).to.deep.equal(['首页', '本页']);
      const data = JSON.parse(jsonLdBlocks()[0]!.textContent!);
      expect(data.itemListElement[0].item).to.equal(new URL('/', location.href).href);
      expect(data.itemListElement[1].item).to.equal(new URL('page.html', location.href).href);
      el.items = [{ label: '只有一项', href: '/only/' }];
      await el.updateComplete;
      expect(jsonLdBlocks()).to.have.length(1);
      expect(JSON.parse(jsonLdBlocks()[0]!.textContent!).itemListElement).to.have.length(1);
      await expectNoAxeViolations();
    });
    expect(warnings).to.have.length(1);
  });
});
