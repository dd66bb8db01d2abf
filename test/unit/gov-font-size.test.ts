import { pagePreferences } from '../../src/preferences/store.js';
import type { GovFontSize } from '../../src/components/gov-font-size/gov-font-size.js';
import '../../src/index.js';
import { deepActiveElement, expect, expectNoAxeViolations, fixture, html, sendKeys, waitUntil } from './helpers.js';

const liveRegion = (): HTMLElement | null => document.querySelector('[data-gov-live-region]');

async function switcher(): Promise<{ el: GovFontSize; radios: HTMLInputElement[]; body: HTMLElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <gov-font-size></gov-font-size>
    <div class="article-body"><p>正文段落</p></div>
  </div>`);
  const el = wrapper.querySelector('gov-font-size')!;
  await el.updateComplete;
  const body = wrapper.querySelector<HTMLElement>('.article-body')!;
  // The article body as the page styles it: the token that the font step scales.
  body.style.fontSize = 'var(--gov-font-size-article)';
  return { el, radios: [...el.querySelectorAll('input')], body };
}

const px = (element: Element): number => parseFloat(getComputedStyle(element).fontSize);

describe('gov-font-size', () => {
  afterEach(() => pagePreferences().reset());

  it('is a radio group named 字体 with 大, 中, 小 and one checked', async () => {
    const { el, radios } = await switcher();
    const group = el.querySelector('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.equal('字体');
    expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).to.deep.equal(['大', '中', '小']);
    expect(radios.filter((radio) => radio.checked)).to.have.length(1);
    expect(radios[1]!.checked).to.be.true;
    await expectNoAxeViolations();
  });

  it('moves with the arrow keys, sets the store and announces once', async () => {
    const { el, radios, body } = await switcher();
    const medium = px(body);
    radios[1]!.focus();
    const label = radios[1]!.labels![0]!;
    expect(getComputedStyle(label).outlineStyle).to.equal('solid');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(radios[2]);
    expect(radios[2]!.checked).to.be.true;
    expect(pagePreferences().values.fontStep).to.equal('small');
    expect(px(body)).to.be.below(medium);
    await waitUntil(() => liveRegion()?.textContent === '字体已设为小');
    await expectNoAxeViolations();

    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(radios[0]!.checked).to.be.true;
    expect(pagePreferences().values.fontStep).to.equal('large');
    expect(px(body)).to.be.above(medium);
    await waitUntil(() => liveRegion()?.textContent === '字体已设为大');
    expect(radios.filter((radio) => radio.checked)).to.have.length(1);
    await expectNoAxeViolations();
  });

  it('never goes below 16 px, or 24 px in elder mode', async () => {
    const { body } = await switcher();
    pagePreferences().set({ fontStep: 'small' });
    expect(px(body)).to.equal(16);
    pagePreferences().set({ elder: true });
    expect(px(body)).to.equal(24);
    pagePreferences().set({ fontStep: 'large' });
    expect(px(body)).to.equal(30);
  });

  it('follows the store', async () => {
    const { el, radios } = await switcher();
    pagePreferences().set({ fontStep: 'large' });
    await el.updateComplete;
    expect(radios[0]!.checked).to.be.true;
  });

  it('renders into its light DOM: a fieldset with its legend and one label per size, each holding its radio', async () => {
    const { el, radios } = await switcher();
    expect(el.shadowRoot).to.equal(null);
    const shape = [...el.querySelectorAll(':scope > fieldset.gov-font-size__group > :is(legend, label)')].map(
      (child) => `${child.localName}${child.querySelector('input[type="radio"]') ? '+radio' : ''} ${child.textContent!.trim()}`,
    );
    expect(shape).to.deep.equal(['legend 字体', 'label+radio 大', 'label+radio 中', 'label+radio 小']);
    // Two switchers on one page are two radio groups: choosing in one leaves the other's checked choice alone.
    const other = await fixture<GovFontSize>(html`<gov-font-size></gov-font-size>`);
    const otherRadios = [...other.querySelectorAll('input')];
    expect(otherRadios[0]!.name).not.to.equal(radios[0]!.name);
    radios[0]!.checked = true;
    expect(otherRadios.filter((radio) => radio.checked)).to.have.length(1);
  });

  it('offers 44 px targets', async () => {
    const { radios } = await switcher();
    for (const radio of radios) {
      const box = radio.labels![0]!.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
  });
});
