import type { GovShare } from '../../src/components/gov-share/gov-share.js';
import { qzoneShareUrl, weiboShareUrl } from '../../src/components/gov-share/share-links.js';
import '../../src/index.js';
import {
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  expectVisibleFocus,
  fixture,
  html,
  sendKeys,
  shadowQuery,
  waitUntil,
} from './helpers.js';
import { byText, decodeSvg, liveRegionText } from './share-helpers.js';

const hardUrl = 'https://kjt.nmg.gov.cn/kjdt/t1.html?a=1&b=二 三#第"1"段';
const hardTitle = '聚焦“五大任务” & #高质量 "发展" \'牛鼻子\'';

async function share(url = hardUrl, title = hardTitle): Promise<GovShare> {
  const el = await fixture<GovShare>(html`<gov-share url=${url} share-title=${title}></gov-share>`);
  await el.updateComplete;
  return el;
}

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const clipboard = navigator.clipboard;
  const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
  Object.defineProperty(clipboard, 'writeText', { configurable: true, value: writeText });
  return () => {
    if (original) Object.defineProperty(clipboard, 'writeText', original);
    else delete (clipboard as { writeText?: unknown }).writeText;
  };
}

describe('gov-share', () => {
  it('renders the group 分享到 with 微信, 微博, QQ空间 and 复制链接', async () => {
    const el = await share();
    const group = shadowQuery(el, '[role="group"]');
    const labelledBy = group.getAttribute('aria-labelledby')!;
    expect(shadowQuery(el, `#${labelledBy}`).textContent!.trim()).to.equal('分享到');
    expect(byText(el, 'button', '微信')).to.exist;
    expect(byText(el, 'a', '微博')).to.exist;
    expect(byText(el, 'a', 'QQ空间')).to.exist;
    expect(byText(el, 'button', '复制链接')).to.exist;
    for (const control of el.querySelectorAll<HTMLElement>('a, button')) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.textContent!).to.be.at.least(44);
      expect(box.height, control.textContent!).to.be.at.least(44);
    }
    await expectNoAxeViolations(el);
  });

  it('renders into its light DOM: one named group of outlined controls, its ids unique in the document', async () => {
    const el = await share();
    const other = await share();
    expect(el.shadowRoot).to.equal(null);
    const group = el.querySelector(':scope > .gov-share__group[role="group"]')!;
    const shape = [...group.children].map((child) => `${child.localName} ${child.textContent!.trim()}`).filter((item) => item !== 'button 系统分享');
    expect(shape).to.deep.equal(['span 分享到', 'button 微信', 'a 微博', 'a QQ空间', 'button 复制链接']);
    for (const control of group.querySelectorAll('a, button')) expect(control.classList.contains('gov-outlined-control'), control.textContent!).to.be.true;
    const otherGroup = other.querySelector('[role="group"]')!;
    expect(otherGroup.getAttribute('aria-labelledby')).not.to.equal(group.getAttribute('aria-labelledby'));
    const ids = [...document.querySelectorAll('gov-share [id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('brings the 微信 dialog’s look with the dialog, adopted once; the page stylesheet carries none of it, and a template’s reset does not move it', async () => {
    const rulesOf = (sheet: CSSStyleSheet): CSSRule[] =>
      [...sheet.cssRules].flatMap((rule) => (rule instanceof CSSImportRule && rule.styleSheet ? rulesOf(rule.styleSheet) : [rule]));
    const pageRules = [...document.styleSheets].flatMap(rulesOf).filter((rule) => rule.cssText.includes('gov-share__dialog'));
    expect(pageRules, 'themes/index.css has no rule for the dialog').to.have.length(0);
    const reset = document.head.appendChild(Object.assign(document.createElement('style'), { textContent: '* { margin: 0; padding: 0 } button { border: 0; background: none }' }));
    try {
      for (const el of [await share(), await share()]) {
        byText<HTMLButtonElement>(el, 'button', '微信').click();
        await waitUntil(() => el.querySelector('dialog')?.open, 'the dialog opens');
        const dialog = el.querySelector('dialog')!;
        const box = dialog.getBoundingClientRect();
        expect(Math.abs(box.left + box.width / 2 - innerWidth / 2), 'centred').to.be.below(2);
        expect(getComputedStyle(dialog).borderTopWidth).to.equal('2px');
        expect(getComputedStyle(byText(el, 'dialog button', '关闭')).borderTopStyle).to.equal('solid');
        dialog.close();
      }
      const adopted = document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('gov-share__dialog')));
      expect(adopted).to.have.length(1);
    } finally {
      reset.remove();
    }
  });

  it('encodes URLs and titles with &, #, spaces, quotes and Chinese in the share links', async () => {
    const el = await share();
    for (const [name, endpoint] of [
      ['微博', 'https://service.weibo.com/share/share.php'],
      ['QQ空间', 'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey'],
    ] as const) {
      const href = byText<HTMLAnchorElement>(el, 'a', name).getAttribute('href')!;
      expect(href.startsWith(`${endpoint}?url=`), href).to.be.true;
      expect(href).to.contain(`url=${encodeURIComponent(hardUrl)}&title=${encodeURIComponent(hardTitle)}`);
      // Exactly two parameters survive: nothing in the URL or title broke out of its parameter.
      const parsed = new URL(href);
      expect([...parsed.searchParams.keys()]).to.deep.equal(['url', 'title']);
      expect(parsed.searchParams.get('url')).to.equal(hardUrl);
      expect(parsed.searchParams.get('title')).to.equal(hardTitle);
      expect(parsed.hash).to.equal('');
    }
    expect(weiboShareUrl('a b', '"')).to.equal('https://service.weibo.com/share/share.php?url=a%20b&title=%22');
    expect(qzoneShareUrl('#', '&')).to.equal('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=%23&title=%26');
  });

  it('shares the canonical URL and the ArticleTitle meta tag by default', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://kjt.nmg.gov.cn/canonical.html' });
    const meta = Object.assign(document.createElement('meta'), { name: 'ArticleTitle', content: '元标签标题' });
    document.head.append(link, meta);
    try {
      const el = await fixture<GovShare>(html`<gov-share></gov-share>`);
      const href = new URL(byText<HTMLAnchorElement>(el, 'a', '微博').href);
      expect(href.searchParams.get('url')).to.equal('https://kjt.nmg.gov.cn/canonical.html');
      expect(href.searchParams.get('title')).to.equal('元标签标题');
    } finally {
      link.remove();
      meta.remove();
    }
  });

  it('opens the 微信 dialog from the keyboard with a QR code that decodes to the page URL; Escape closes it and focus returns', async () => {
    const el = await share();
    expect(el.querySelector('dialog'), 'no dialog before the first click').to.be.null;
    const button = byText<HTMLButtonElement>(el, 'button', '微信');
    button.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.querySelector('dialog')?.open, 'the dialog opens');
    const dialog = shadowQuery<HTMLDialogElement>(el, 'dialog');
    expect(dialog.contains(deepActiveElement()), 'focus moved into the dialog').to.be.true;
    expectVisibleFocus();
    expect(dialog.textContent).to.contain('用微信“扫一扫”分享');
    expect(shadowQuery(el, `#${dialog.getAttribute('aria-labelledby')}`).textContent).to.equal('分享到微信');
    const svg = shadowQuery<SVGSVGElement>(el, 'dialog svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('本页网址的二维码');
    expect(await decodeSvg(svg)).to.equal(hardUrl);
    await expectNoAxeViolations(el);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes the dialog');
    expect(deepActiveElement()).to.equal(button);
    await expectNoAxeViolations(el);

    // The close button closes it too, with Space. It is a plain button: Orca with Chromium said "form" for a <form method="dialog"> around it.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the dialog opens again');
    const form = dialog.querySelector('form');
    byText<HTMLButtonElement>(el, 'dialog button', '关闭').focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => !dialog.open, 'the close button closes the dialog');
    expect(deepActiveElement()).to.equal(button);
    expect(form === null, 'no form around 关闭 in the dialog').to.be.true;
  });

  it('copies the link with the Clipboard API and announces it', async () => {
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => {
      copied.push(text);
    });
    try {
      const el = await share();
      byText(el, 'button', '复制链接').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => liveRegionText() === '链接已复制', 'success is announced');
      expect(copied).to.deep.equal([hardUrl]);
      expect(el.querySelector('input')).to.be.null;
      await expectNoAxeViolations(el);
    } finally {
      restore();
    }
  });

  it('shows the URL selected, with a message, when the clipboard is denied', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      const el = await share();
      byText(el, 'button', '复制链接').focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => el.querySelector('input'), 'the URL is shown');
      const input = shadowQuery<HTMLInputElement>(el, 'input');
      expect(input.readOnly).to.be.true;
      expect(input.value).to.equal(hardUrl);
      expect(deepActiveElement()).to.equal(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, hardUrl.length]);
      expect(input.labels![0].textContent).to.contain('请手动复制');
      await waitUntil(() => liveRegionText().includes('请手动复制'), 'the failure is announced');
      await expectNoAxeViolations(el);
    } finally {
      restore();
    }
  });

  it('offers the system share sheet only where navigator.share exists', async () => {
    const had = 'share' in navigator;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    try {
      if (had) delete (Navigator.prototype as { share?: unknown }).share;
      const without = await share();
      expect(without.querySelectorAll('button')).to.have.length(2);

      const calls: ShareData[] = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          calls.push(data);
        },
      });
      const el = await share();
      byText(el, 'button', '系统分享').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => calls.length === 1);
      expect(calls[0]).to.deep.equal({ title: hardTitle, url: hardUrl });
      await expectNoAxeViolations(el);
    } finally {
      delete (Navigator.prototype as { share?: unknown }).share;
      if (original) Object.defineProperty(Navigator.prototype, 'share', original);
    }
  });

  it('contacts no share target before a click', async () => {
    const before = performance.getEntriesByType('resource').length;
    await share();
    const hosts = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).host);
    expect(hosts.filter((host) => host !== location.host)).to.deep.equal([]);
  });
});
