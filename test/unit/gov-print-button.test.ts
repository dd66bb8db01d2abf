import type { GovPrintButton } from '../../src/components/gov-print-button/gov-print-button.js';
import '../../src/index.js';
import { emulateMedia, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys } from './helpers.js';
import { byText, emulatePrint } from './share-helpers.js';

describe('gov-print-button', () => {
  let calls = 0;
  const original = window.print;
  beforeEach(() => {
    calls = 0;
    window.print = () => {
      calls += 1;
    };
  });
  afterEach(() => {
    window.print = original;
  });

  it('renders a 44 px button named 打印本页', async () => {
    const el = await fixture<GovPrintButton>(html`<gov-print-button></gov-print-button>`);
    const button = byText(el, 'button', '打印本页');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    await expectNoAxeViolations(el);
  });

  it('renders into its light DOM: one outlined button, which a template’s button reset does not flatten', async () => {
    const reset = document.head.appendChild(Object.assign(document.createElement('style'), { textContent: '* { margin: 0; padding: 0 } button { border: 0; background: none }' }));
    try {
      const el = await fixture<GovPrintButton>(html`<gov-print-button></gov-print-button>`);
      expect(el.shadowRoot).to.equal(null);
      expect([...el.children].map((child) => child.localName)).to.deep.equal(['button']);
      const style = getComputedStyle(byText(el, 'button', '打印本页'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.equal(1);
      expect(parseFloat(style.paddingLeft)).to.be.above(0);
    } finally {
      reset.remove();
    }
  });

  it('calls window.print() from Enter and Space', async () => {
    const el = await fixture<GovPrintButton>(html`<gov-print-button></gov-print-button>`);
    byText(el, 'button', '打印本页').focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.equal(1);
    await sendKeys({ press: ' ' });
    expect(calls).to.equal(2);
    await expectNoAxeViolations(el);
  });

  it('is not printed', async function () {
    const el = await fixture<GovPrintButton>(html`<gov-print-button></gov-print-button>`);
    await emulatePrint(this);
    try {
      expect(getComputedStyle(el).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
