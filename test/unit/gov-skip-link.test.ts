import { setLocale } from '../../src/i18n/localization.js';
import type { GovSkipLink } from '../../src/components/gov-skip-link/gov-skip-link.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys } from './helpers.js';

const anchorOf = (link: GovSkipLink): HTMLAnchorElement => link.querySelector('a')!;

async function page(): Promise<{ link: GovSkipLink; main: HTMLElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <gov-skip-link><a href="#main">跳到主要内容</a></gov-skip-link>
    <nav aria-label="导航"><a href="#x">其他链接</a></nav>
    <main id="main"><h1>标题</h1><a href="#y">正文链接</a></main>
  </div>`);
  const link = wrapper.querySelector('gov-skip-link')!;
  await link.updateComplete;
  return { link, main: wrapper.querySelector('main')! };
}

describe('gov-skip-link', () => {
  afterEach(() => setLocale('zh-Hans'));

  it('renders a link named 跳到主要内容 pointing at main, and hides the fallback', async () => {
    const { link } = await page();
    const anchor = anchorOf(link);
    expect(anchor.textContent).to.equal('跳到主要内容');
    expect(anchor.getAttribute('href')).to.equal('#main');
    // The fallback link is not rendered twice: the element draws one link in its place.
    expect(link.querySelectorAll('a')).to.have.length(1);
    expect(anchor.lang, 'the drawn link, declaring the kit’s language').to.equal('zh-Hans');
    expect(anchor.getClientRects().length === 0 || anchor.getBoundingClientRect().width <= 1, 'out of sight').to.be.true;
  });

  it('draws the link the CMS published, in its light DOM, in place of it', async () => {
    const { link } = await page();
    expect(link.shadowRoot).to.equal(null);
    expect([...link.children].map((child) => `${child.localName} ${child.getAttribute('href')} ${child.textContent}`)).to.deep.equal(['a #main 跳到主要内容']);
  });

  it('points where the published link points when no target-id is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <gov-skip-link><a href="#content">跳到主要内容</a></gov-skip-link><div id="content" tabindex="-1"><p>正文</p></div><main><p>别处</p></main>
    </div>`);
    const link = wrapper.querySelector('gov-skip-link')!;
    await link.updateComplete;
    expect(link.targetId).to.equal('content');
    expect(anchorOf(link).getAttribute('href')).to.equal('#content');
    anchorOf(link).click();
    expect(document.activeElement).to.equal(wrapper.querySelector('#content'));
  });

  it('is out of sight until focused, then visible with a focus ring', async () => {
    const { link } = await page();
    const anchor = anchorOf(link);
    expect(anchor.getBoundingClientRect().width).to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(anchor);
    expect(anchor.getBoundingClientRect().height).to.be.at.least(44);
    expectVisibleFocus();
    await expectNoAxeViolations(link);
  });

  it('moves focus to main on Enter', async () => {
    const { main } = await page();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    // The next Tab continues inside the main content, not at the top of the page.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(main.querySelector('a'));
  });

  it('falls back to the page main when the target id is missing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <gov-skip-link target-id="nowhere"></gov-skip-link><main><p>正文</p></main>
    </div>`);
    const link = wrapper.querySelector('gov-skip-link')!;
    await link.updateComplete;
    anchorOf(link).click();
    expect(document.activeElement).to.equal(wrapper.querySelector('main'));
  });

  it('leaves the browser default alone when there is no main at all', async () => {
    const link = await fixture<GovSkipLink>(html`<gov-skip-link target-id="nowhere"></gov-skip-link>`);
    const anchor = anchorOf(link);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    anchor.addEventListener('click', (e) => e.preventDefault(), { once: true });
    expect(() => anchor.dispatchEvent(event)).not.to.throw();
  });

  it('speaks English after the locale switches', async () => {
    const { link } = await page();
    await setLocale('en');
    await link.updateComplete;
    expect(anchorOf(link).textContent).to.equal('Skip to main content');
    await expectNoAxeViolations(link);
  });
});
