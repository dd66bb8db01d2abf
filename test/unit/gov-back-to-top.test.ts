import type { GovBackToTop } from '../../src/components/gov-back-to-top/gov-back-to-top.js';
import '../../src/index.js';
import { expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, waitUntil } from './helpers.js';

/** The element's button, in its light DOM; throws when there is none. */
function button(el: GovBackToTop): HTMLButtonElement {
  const found = el.querySelector('button');
  if (!found) throw new Error('<gov-back-to-top> has no button');
  return found;
}

async function longPage(): Promise<{ el: GovBackToTop; top: HTMLElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <header id="top">页头</header>
    <div class="filler" style="block-size: 5000px">正文</div>
    <gov-back-to-top><a href="#top">返回顶部</a></gov-back-to-top>
  </div>`);
  const el = wrapper.querySelector('gov-back-to-top')!;
  await el.updateComplete;
  return { el, top: wrapper.querySelector('header')! };
}

describe('gov-back-to-top', () => {
  afterEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  it('stays hidden at the top of the page', async () => {
    const { el } = await longPage();
    expect(button(el).hidden).to.be.true;
    await expectNoAxeViolations(el);
  });

  it('appears after scrolling more than one screen', async () => {
    const { el } = await longPage();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitUntil(() => !button(el).hidden, 'button shows after scrolling');
    const shown = button(el);
    expect(shown.textContent!.trim()).to.equal('返回顶部');
    const box = shown.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    await expectNoAxeViolations(el);
  });

  it('scrolls to the top and moves focus there from the keyboard', async () => {
    const { el, top } = await longPage();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitUntil(() => !button(el).hidden);
    button(el).focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    expect(window.scrollY).to.equal(0);
    expect(document.activeElement).to.equal(top);
    await waitUntil(() => button(el).hidden, 'button hides again at the top');
  });

  it('renders its button into its light DOM in place of the published link, floating: it takes no room in the page', async () => {
    const { el } = await longPage();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('a'), 'the published link is replaced').to.equal(null);
    expect([...el.children].map((child) => `${child.localName}.${child.className}`)).to.deep.equal(['button.gov-back-to-top__button']);
    expect(getComputedStyle(el).position).to.equal('fixed');
    const filler = el.parentElement!.querySelector<HTMLElement>('.filler')!;
    // Firefox lays boxes out in 1/60 px: the two bottoms may differ in the fifth decimal (5028.7998 and 5028.8000).
    expect(el.parentElement!.getBoundingClientRect().bottom).to.be.closeTo(filler.getBoundingClientRect().bottom, 0.01);
  });

  it('floats above the room the aids keep free at the bottom of the window (--gov-reserved-block-end)', async () => {
    const { el } = await longPage();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitUntil(() => !button(el).hidden);
    const bottom = () => window.innerHeight - button(el).getBoundingClientRect().bottom;
    const before = bottom();
    document.documentElement.style.setProperty('--gov-reserved-block-end', '100px');
    try {
      expect(bottom() - before).to.equal(100);
    } finally {
      document.documentElement.style.removeProperty('--gov-reserved-block-end');
    }
  });

  it('stops listening to scrolling once removed', async () => {
    const { el } = await longPage();
    el.remove();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(button(el).hidden).to.be.true;
  });
});
