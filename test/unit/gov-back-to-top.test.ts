import type { GovBackToTop } from '../../src/components/gov-back-to-top/gov-back-to-top.js';
import '../../src/index.js';
import { expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, shadowQuery, waitUntil } from './helpers.js';

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
    expect(shadowQuery(el, 'button').hidden).to.be.true;
    await expectNoAxeViolations(el);
  });

  it('appears after scrolling more than one screen', async () => {
    const { el } = await longPage();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitUntil(() => !shadowQuery(el, 'button').hidden, 'button shows after scrolling');
    const button = shadowQuery(el, 'button');
    expect(button.textContent!.trim()).to.equal('返回顶部');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    await expectNoAxeViolations(el);
  });

  it('scrolls to the top and moves focus there from the keyboard', async () => {
    const { el, top } = await longPage();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitUntil(() => !shadowQuery(el, 'button').hidden);
    shadowQuery(el, 'button').focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    expect(window.scrollY).to.equal(0);
    expect(document.activeElement).to.equal(top);
    await waitUntil(() => shadowQuery(el, 'button').hidden, 'button hides again at the top');
  });

  it('stops listening to scrolling once removed', async () => {
    const { el } = await longPage();
    el.remove();
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shadowQuery(el, 'button').hidden).to.be.true;
  });
});
