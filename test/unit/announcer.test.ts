import { announce, liveRegion } from '../../src/base/announcer.js';
import { setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { aTimeout, expect, fixture, html, sendKeys, shadowQuery, waitUntil } from './helpers.js';

const regions = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('[data-gov-live-region]')];
const region = (): HTMLElement | null => document.querySelector('[data-gov-live-region]');

describe('the live region', () => {
  afterEach(async () => {
    await setLocale('zh-Hans');
  });

  it('exists, empty and outside every shadow root, as soon as the kit has set the page up', () => {
    // Nothing in this file has announced yet: the page set-up made it.
    expect(regions()).to.have.length(1);
    const made = regions()[0]!;
    expect(made.parentElement).to.equal(document.body);
    expect(made.getAttribute('aria-live')).to.equal('polite');
    expect(made.getAttribute('aria-atomic')).to.equal('true');
    expect(made.textContent).to.equal('');
    expect(liveRegion()).to.equal(made);
  });

  it('announces in the interface language, declared on the region, and repeats a repeated message', async () => {
    await setLocale('en');
    announce('Language changed');
    const shared = liveRegion();
    expect(shared.lang).to.equal('en');
    await waitUntil(() => shared.textContent === 'Language changed');
    announce('Language changed');
    expect(shared.textContent, 'cleared first, so the repeat is a change').to.equal('');
    await waitUntil(() => shared.textContent === 'Language changed');
    expect(regions()).to.have.length(1);
  });
});

describe('announce', () => {
  it('puts the message in the one polite live region', async () => {
    announce('已进入长辈版');
    await waitUntil(() => region()?.textContent === '已进入长辈版', 'the message is in the region');
    expect(region()!.getAttribute('aria-live')).to.equal('polite');
    expect(document.querySelectorAll('[data-gov-live-region]')).to.have.length(1);
  });

  it('keeps the message until the next key press, and drops it then', async () => {
    // Left in place, a modal dialog's closing makes screen readers read the old message again (Orca with Chromium did).
    const buttons = await fixture<HTMLElement>(html`<div><button>一</button><button>二</button></div>`);
    buttons.querySelector('button')!.focus();
    announce('链接已复制');
    await waitUntil(() => region()?.textContent === '链接已复制', 'the message is in the region');
    await aTimeout(1100);
    expect(region()!.textContent, 'still there while the visitor does nothing').to.equal('链接已复制');
    await sendKeys({ press: 'Tab' });
    await aTimeout(0);
    expect(region()!.textContent, 'gone at the next key press').to.equal('');
  });

  it('drops it when focus moves inside one shadow root too, where no focusin reaches the document', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button>帮助</button><dialog aria-label="无障碍浏览帮助"><button>关闭</button></dialog>';
    const open = shadowQuery<HTMLButtonElement>(host, 'button');
    const dialog = shadowQuery<HTMLDialogElement>(host, 'dialog');
    open.addEventListener('click', () => dialog.showModal());
    open.focus();
    announce('无障碍工具条已开启');
    await waitUntil(() => region()?.textContent === '无障碍工具条已开启', 'the message is in the region');
    await aTimeout(1100);
    await sendKeys({ press: 'Enter' });
    expect(dialog.open, 'Enter opened the dialog').to.be.true;
    await aTimeout(0);
    dialog.close();
    expect(region()!.textContent, 'nothing left to read again when the dialog closes').to.equal('');
  });

  it('keeps a message made just before a key press for a second, so it is still heard', async () => {
    const buttons = await fixture<HTMLElement>(html`<div><button>一</button><button>二</button></div>`);
    buttons.querySelector('button')!.focus();
    announce('语言已切换');
    await waitUntil(() => region()?.textContent === '语言已切换', 'the message is in the region');
    await sendKeys({ press: 'Tab' });
    await aTimeout(300);
    expect(region()!.textContent, 'still there right after the key press').to.equal('语言已切换');
    await waitUntil(() => region()!.textContent === '', 'gone a second after it was written', { timeout: 2000 });
  });

  it('keeps a repeated message its full second: the first one’s listeners are gone with it', async () => {
    // The toolbar announces 无障碍工具条已关闭 each time it closes; a click waiting from the first time dropped the second at once.
    announce('无障碍工具条已关闭');
    await waitUntil(() => region()?.textContent === '无障碍工具条已关闭', 'the first message is in the region');
    await aTimeout(1100);
    announce('无障碍工具条已关闭');
    await waitUntil(() => region()?.textContent === '无障碍工具条已关闭', 'the repeat is in the region');
    document.body.click();
    await aTimeout(100);
    expect(region()!.textContent, 'still there right after the click').to.equal('无障碍工具条已关闭');
    await waitUntil(() => region()!.textContent === '', 'gone a second after it was written', { timeout: 2000 });
  });

  it('announces a message made after focus moved', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>无障碍</button>`);
    button.focus();
    announce('无障碍工具条已关闭');
    await waitUntil(() => region()?.textContent === '无障碍工具条已关闭', 'the later message is announced');
  });
});
