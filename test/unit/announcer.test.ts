import { announce } from '../../src/base/announcer.js';
import { aTimeout, expect, fixture, html, waitUntil } from './helpers.js';

const region = (): HTMLElement | null => document.querySelector('[data-gov-live-region]');

describe('announce', () => {
  it('puts the message in the one polite live region', async () => {
    announce('已进入长辈版');
    await waitUntil(() => region()?.textContent === '已进入长辈版', 'the message is in the region');
    expect(region()!.getAttribute('aria-live')).to.equal('polite');
    expect(document.querySelectorAll('[data-gov-live-region]')).to.have.length(1);
  });

  it('keeps the message while focus stays, and drops it once focus moves', async () => {
    // Left in place, a modal dialog's closing makes screen readers read the old message again (Orca with Chromium did).
    const buttons = await fixture<HTMLElement>(html`<div><button>一</button><button>二</button></div>`);
    const [first, second] = [...buttons.querySelectorAll('button')];
    first!.focus();
    announce('链接已复制');
    await waitUntil(() => region()?.textContent === '链接已复制', 'the message is in the region');
    await aTimeout(1100);
    expect(region()!.textContent, 'still there while focus stays').to.equal('链接已复制');
    second!.focus();
    await aTimeout(0);
    expect(region()!.textContent, 'gone once focus moved').to.equal('');
  });

  it('keeps a message written just before focus moves for a second, so it is still heard', async () => {
    const buttons = await fixture<HTMLElement>(html`<div><button>一</button><button>二</button></div>`);
    const [first, second] = [...buttons.querySelectorAll('button')];
    first!.focus();
    announce('语言已切换');
    await waitUntil(() => region()?.textContent === '语言已切换', 'the message is in the region');
    second!.focus();
    await aTimeout(300);
    expect(region()!.textContent, 'still there right after focus moved').to.equal('语言已切换');
    await waitUntil(() => region()!.textContent === '', 'gone a second after it was written', { timeout: 2000 });
  });

  it('drops the message when a modal dialog takes focus, so its closing does not bring it back', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog aria-label="帮助"><button>关闭</button></dialog>`);
    announce('无障碍工具条已开启');
    await waitUntil(() => region()?.textContent === '无障碍工具条已开启', 'the message is in the region');
    await aTimeout(1100);
    dialog.showModal();
    await aTimeout(0);
    dialog.close();
    expect(region()!.textContent).to.equal('');
  });

  it('announces a message made after focus moved', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>无障碍</button>`);
    button.focus();
    announce('无障碍工具条已关闭');
    await waitUntil(() => region()?.textContent === '无障碍工具条已关闭', 'the later message is announced');
  });
});
