import { pagePreferences } from '../../src/preferences/store.js';
import { setLocale } from '../../src/i18n/localization.js';
import type { GovElderToggle } from '../../src/components/gov-elder-toggle/gov-elder-toggle.js';
import '../../src/index.js';
import { expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, waitUntil } from './helpers.js';

const liveRegion = (): HTMLElement | null => document.querySelector('[data-gov-live-region]');

describe('gov-elder-toggle', () => {
  afterEach(async () => {
    pagePreferences().reset();
    await setLocale('zh-Hans');
  });

  async function toggle(): Promise<{ el: GovElderToggle; button: HTMLButtonElement }> {
    const el = await fixture<GovElderToggle>(html`<gov-elder-toggle></gov-elder-toggle>`);
    return { el, button: el.querySelector<HTMLButtonElement>('button')! };
  }

  it('renders its button into its light DOM: a quiet button', async () => {
    const { el, button } = await toggle();
    expect(el.shadowRoot).to.equal(null);
    expect([...el.children]).to.deep.equal([button]);
    expect(button.type).to.equal('button');
    expect(button.lang).to.equal('zh-Hans');
    expect([...button.classList]).to.deep.equal(['gov-quiet-button', 'gov-elder-toggle__button']);
    expect(getComputedStyle(button).fontWeight).to.equal('700');
  });

  it('reads 长辈版 and is a full-size button', async () => {
    const { button } = await toggle();
    expect(button.textContent!.trim()).to.equal('长辈版');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    await expectNoAxeViolations();
  });

  it('turns elder mode on from the keyboard, then reads 退出长辈版', async () => {
    const { el, button } = await toggle();
    button.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pagePreferences().values.elder).to.be.true;
    expect(document.documentElement.hasAttribute('data-gov-elder')).to.be.true;
    expect(button.textContent!.trim()).to.equal('退出长辈版');
    // The elder token set makes the button a 60 × 60 primary target.
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(60);
    expect(box.height).to.be.at.least(60);
    await waitUntil(() => liveRegion()?.textContent === '已进入长辈版:“退出长辈版”', 'announced once in the live region');
    expect(document.querySelectorAll('[data-gov-live-region]')).to.have.length(1);
    await expectNoAxeViolations();

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(pagePreferences().values.elder).to.be.false;
    expect(document.documentElement.hasAttribute('data-gov-elder')).to.be.false;
    expect(button.textContent!.trim()).to.equal('长辈版');
    await waitUntil(() => liveRegion()?.textContent === '已退出长辈版:“长辈版”');
    await expectNoAxeViolations();
  });

  it('follows the store when another control or tab changes the mode', async () => {
    const { el, button } = await toggle();
    pagePreferences().set({ elder: true });
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('退出长辈版');
  });

  it("announces the button's new name with the mode, since screen readers do not read a focused button's name change", async () => {
    const { el, button } = await toggle();
    await setLocale('en');
    await el.updateComplete;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const now = button.textContent!.trim();
    expect(now).to.equal('Exit elder mode');
    await waitUntil(() => liveRegion()?.textContent?.includes(`“${now}”`), `the announcement names “${now}”`);
    expect(liveRegion()!.textContent).to.equal('Elder mode on: “Exit elder mode”');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => liveRegion()?.textContent === 'Elder mode off: “Elder mode”', 'the way back is announced with the name');
  });

  it('has English names', async () => {
    const { el, button } = await toggle();
    await setLocale('en');
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Elder mode');
    pagePreferences().set({ elder: true });
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Exit elder mode');
  });
});

describe('大鼠标 on the kit controls', () => {
  afterEach(() => pagePreferences().reset());

  it('gives the kit controls the large pointer cursor', async () => {
    const el = await fixture<GovElderToggle>(html`<gov-elder-toggle></gov-elder-toggle>`);
    const button = el.querySelector('button')!;
    expect(getComputedStyle(button).cursor).not.to.contain('cursors/pointer.svg');
    pagePreferences().set({ largeCursor: true });
    expect(getComputedStyle(button).cursor).to.contain('cursors/pointer.svg');
  });
});
