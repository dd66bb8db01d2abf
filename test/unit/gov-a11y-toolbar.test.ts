import { pagePreferences } from '../../src/preferences/store.js';
import { tools } from '../../src/components/gov-a11y-toolbar/tools.js';
import { GovElement } from '../../src/base/gov-element.js';
import { DisclosureController } from '../../src/base/disclosure.js';
import { html as litHtml } from 'lit';
import {
  cleanUp, FakeSpeech, openWithButton, replaceSpeech, settle, toggleFixture, toolbarButton, toolbarButtons, toolbarElement, toolbarRole,
} from './a11y-helpers.js';
import {
  deepActiveElement, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, pressChord, sendKeys, shadowQuery, waitUntil,
} from './helpers.js';

const root = document.documentElement;
const liveRegion = (): HTMLElement | null => document.querySelector('[data-gov-live-region]');
/** Presses Alt+Shift+`code` (KeyA, Digit2…), the toolbar's shortcut chord. */
const chord = async (code: string): Promise<void> => {
  await pressChord(['Alt', 'Shift'], code);
  await settle();
};
const press = async (key: string): Promise<void> => {
  await sendKeys({ press: key });
  await settle();
};

describe('gov-a11y-toggle and gov-a11y-toolbar', () => {
  let restoreSpeech: () => void;
  beforeEach(() => {
    restoreSpeech = new FakeSpeech().install();
  });
  afterEach(async () => {
    await cleanUp();
    restoreSpeech();
  });

  it('"无障碍" is a full-size button that opens the toolbar 无障碍工具条 and moves focus into it', async () => {
    const { toggle, button } = await toggleFixture();
    expect(button.textContent!.trim()).to.equal('无障碍');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(toolbarElement()?.shadowRoot?.querySelector('[role="toolbar"]') ?? null).to.equal(null);
    await expectNoAxeViolations();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toolbarElement()?.shadowRoot?.querySelector('[role="toolbar"]'), 'the toolbar opens');
    await toggle.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(toolbarRole().getAttribute('aria-label')).to.equal('无障碍工具条');
    await waitUntil(() => deepActiveElement() === toolbarButtons()[0], 'focus on the first button');
    expectVisibleFocus();
    expect(root.hasAttribute('data-gov-toolbar-open')).to.be.true;
    await waitUntil(() => liveRegion()?.textContent === '无障碍工具条已开启');
    await expectNoAxeViolations();
  });

  it('sits in the page flow at the top of the body, so it pushes the layout down', async () => {
    const { toolbar } = await openWithButton();
    expect(getComputedStyle(toolbar).position).to.equal('static');
    expect(toolbar.getBoundingClientRect().height).to.be.at.least(44);
    expect(toolbar.parentElement).to.equal(document.body);
  });

  it('moves focus with the arrow keys, Home and End (roving tabindex); Tab leaves the toolbar', async () => {
    await openWithButton();
    const buttons = toolbarButtons();
    const focused = (): number => buttons.indexOf(deepActiveElement() as HTMLButtonElement);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    await press('ArrowRight');
    expect(focused()).to.equal(1);
    expectVisibleFocus();
    await press('ArrowDown');
    expect(focused()).to.equal(2);
    await press('ArrowLeft');
    expect(focused()).to.equal(1);
    await press('End');
    expect(focused()).to.equal(buttons.length - 1);
    await press('ArrowRight');
    expect(focused(), 'wraps to the first').to.equal(0);
    await press('ArrowLeft');
    expect(focused(), 'wraps to the last').to.equal(buttons.length - 1);
    await press('Home');
    expect(focused()).to.equal(0);
    await press('ArrowRight');
    expect(toolbarButtons().filter((b) => b.tabIndex === 0)).to.deep.equal([toolbarButtons()[1]]);
    await expectNoAxeViolations();
    await press('Tab');
    expect(toolbarElement()!.shadowRoot!.activeElement, 'Tab leaves the toolbar').to.equal(null);
  });

  it('Alt+Shift+A opens the toolbar from anywhere, but not while typing in a form field', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="站内搜索" type="search" />`);
    input.focus();
    await chord('KeyA');
    await settle();
    expect(pagePreferences().values.toolbarOpen, 'typing stays typing').to.be.false;
    input.blur();
    await toggleFixture();
    document.body.focus();
    await chord('KeyA');
    await waitUntil(() => toolbarElement()?.shadowRoot?.querySelector('[role="toolbar"]'), 'the toolbar opens');
    await waitUntil(() => deepActiveElement() === toolbarButtons()[0], 'focus on the first button');
    expect(pagePreferences().values.toolbarOpen).to.be.true;
  });

  it('toggle buttons use aria-pressed and set their aid on the root: 大鼠标, 十字线, 大字幕, 纯文本', async () => {
    await openWithButton();
    const aids: [string, string][] = [
      ['大鼠标', 'data-gov-large-cursor'],
      ['十字线', 'data-gov-reading-guide'],
      ['大字幕', 'data-gov-caption-bar'],
      ['纯文本', 'data-gov-text-only'],
    ];
    for (const [name, attribute] of aids) {
      const button = toolbarButton(name);
      expect(button.getAttribute('aria-pressed'), name).to.equal('false');
      button.focus();
      await press('Enter');
      expect(toolbarButton(name).getAttribute('aria-pressed'), name).to.equal('true');
      expect(root.hasAttribute(attribute), attribute).to.be.true;
      await waitUntil(() => liveRegion()?.textContent === `${name}已开启`, `${name} announced`);
      await expectNoAxeViolations();
      await press(' ');
      expect(toolbarButton(name).getAttribute('aria-pressed'), name).to.equal('false');
      expect(root.hasAttribute(attribute), attribute).to.be.false;
      await expectNoAxeViolations();
    }
  });

  it('配色 cycles the default and the four schemes, and the toolbar follows the scheme', async () => {
    await openWithButton();
    const names = ['白底黑字', '黑底黄字', '蓝底黄字', '黄底黑字', '默认'];
    const attributes = ['white-black', 'black-yellow', 'blue-yellow', 'yellow-black', null];
    expect(toolbarButton('配色').textContent!.trim()).to.equal('配色:默认');
    toolbarButton('配色').focus();
    for (const [index, name] of names.entries()) {
      await press('Enter');
      expect(toolbarButton('配色').textContent!.trim()).to.equal(`配色:${name}`);
      expect(root.getAttribute('data-gov-scheme')).to.equal(attributes[index]);
      await expectNoAxeViolations();
    }
    await press('Enter');
    await press('Enter');
    // 黑底黄字: the toolbar's buttons take the scheme's link colour on its background.
    const button = toolbarButton('放大');
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('配色 is disabled with an explanation under forced colours', async () => {
    // The store's view of the system: forced colours on (the end-to-end test emulates the real media query).
    const store = pagePreferences();
    const system = store.system;
    Object.defineProperty(store, 'system', { configurable: true, get: () => ({ ...system, forcedColors: true }) });
    try {
      pagePreferences().set({ scheme: 'black-yellow' });
      await openWithButton();
      const scheme = toolbarButton('配色');
      expect(scheme.getAttribute('aria-disabled')).to.equal('true');
      const note = shadowQuery(toolbarElement()!, `#${scheme.getAttribute('aria-describedby')}`);
      expect(note.textContent).to.contain('强制颜色');
      scheme.focus();
      await press('Enter');
      expect(pagePreferences().values.scheme, 'nothing changes').to.equal('black-yellow');
      await expectNoAxeViolations();
    } finally {
      delete (store as { system?: unknown }).system;
    }
  });

  it('放大 / 缩小 zoom the text from 100 to 200 % in 10 % steps through the root font size', async () => {
    await openWithButton();
    const rootSize = (): number => parseFloat(getComputedStyle(root).fontSize);
    const base = rootSize();
    expect(toolbarButton('缩小').getAttribute('aria-disabled'), 'no smaller than 100 %').to.equal('true');
    toolbarButton('放大').focus();
    await press('Enter');
    expect(pagePreferences().values.zoom).to.equal(110);
    expect(rootSize()).to.be.closeTo(base * 1.1, 0.1);
    await waitUntil(() => liveRegion()?.textContent === '文字大小110%');
    for (let i = 0; i < 12; i += 1) await press('Enter');
    expect(pagePreferences().values.zoom, 'stops at 200 %').to.equal(200);
    expect(rootSize()).to.be.closeTo(base * 2, 0.1);
    expect(toolbarButton('放大').getAttribute('aria-disabled')).to.equal('true');
    await expectNoAxeViolations();
    toolbarButton('缩小').focus();
    await press('Enter');
    expect(pagePreferences().values.zoom).to.equal(190);
  });

  it('重置 puts every preference back to its default and keeps the toolbar open', async () => {
    await openWithButton();
    pagePreferences().set({ scheme: 'blue-yellow', zoom: 150, largeCursor: true, textOnly: true, fontStep: 'large' });
    await settle();
    toolbarButton('重置').focus();
    await press('Enter');
    const values = pagePreferences().values;
    expect(values.scheme).to.equal('default');
    expect(values.zoom).to.equal(100);
    expect(values.largeCursor).to.be.false;
    expect(values.textOnly).to.be.false;
    expect(values.fontStep).to.equal('medium');
    expect(values.toolbarOpen).to.be.true;
    await waitUntil(() => liveRegion()?.textContent === '已恢复默认设置');
    await expectNoAxeViolations();
  });

  it('帮助 opens a native dialog listing every function and its shortcut; Escape closes it', async () => {
    await openWithButton();
    toolbarButton('帮助').focus();
    await press('Enter');
    const dialog = shadowQuery<HTMLDialogElement>(toolbarElement()!, 'dialog');
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    const rows = [...dialog.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ''));
    for (const name of ['声音', '指读', '连读', '语速', '配色', '放大', '缩小', '大鼠标', '十字线', '大字幕', '纯文本', '重置', '帮助', '退出']) {
      expect(rows.some((row) => row.startsWith(name) && /Alt\+Shift\+[A-Z]$/.test(row)), `${name} and its shortcut`).to.be.true;
    }
    expect(rows).to.include('跳到主导航Alt+Shift+1');
    expect(rows).to.include('跳到正文Alt+Shift+2');
    expect(rows).to.include('无障碍工具条Alt+Shift+A');
    await expectNoAxeViolations();
    await press('Escape');
    expect(dialog.open).to.be.false;
    await waitUntil(() => deepActiveElement() === toolbarButton('帮助'), 'focus back on 帮助');
  });

  it('closing 帮助 leaves focus where the visitor has already moved it (the close event comes a task later)', async () => {
    const { button } = await openWithButton();
    toolbarButton('帮助').focus();
    await press('Enter');
    const dialog = shadowQuery<HTMLDialogElement>(toolbarElement()!, 'dialog');
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    dialog.close();
    // A Tab pressed before the close event runs has moved focus on: it stays there.
    button.focus();
    await closed;
    await settle();
    expect(deepActiveElement()).to.equal(button);
  });

  it('帮助 closes with its 关闭 button, a plain button with no unnamed form around it', async () => {
    // Orca with Chromium said "form" as focus entered the dialog, for the <form method="dialog"> around 关闭.
    await openWithButton();
    toolbarButton('帮助').focus();
    await press('Enter');
    const dialog = shadowQuery<HTMLDialogElement>(toolbarElement()!, 'dialog');
    const form = dialog.querySelector('form');
    const close = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === '关闭')!;
    close.focus();
    await press(' ');
    const closed = !dialog.open;
    dialog.close();
    expect(closed, '关闭 closes the dialog').to.be.true;
    await waitUntil(() => deepActiveElement() === toolbarButton('帮助'), 'focus back on 帮助');
    expect(form === null, 'no form around 关闭 in the dialog').to.be.true;
    expect(close.type).to.equal('button');
  });

  it('退出 closes the toolbar, turns its aids off and returns focus to "无障碍"', async () => {
    const { button } = await openWithButton();
    pagePreferences().set({ largeCursor: true, captionBar: true, readingGuide: true, scheme: 'yellow-black', zoom: 130, elder: true });
    await settle();
    toolbarButton('退出').focus();
    await press('Enter');
    const values = pagePreferences().values;
    expect(values.toolbarOpen).to.be.false;
    expect(values.largeCursor || values.captionBar || values.readingGuide).to.be.false;
    expect(values.scheme).to.equal('default');
    expect(values.zoom).to.equal(100);
    expect(values.elder, 'elder mode is not the toolbar\'s').to.be.true;
    expect(document.querySelector('[data-gov-aid]')).to.equal(null);
    expect(toolbarElement()!.shadowRoot!.querySelector('[role="toolbar"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => liveRegion()?.textContent === '无障碍工具条已关闭');
    await expectNoAxeViolations();
  });

  it('closed from the keyboard (Alt+Shift+Q) it announces so and gives focus back to "无障碍", opening a disclosure 无障碍 is folded into', async () => {
    // A disclosure like the top bar's 更多, closed, holding 无障碍.
    class FoldHost extends GovElement {
      static override shadow = false;
      readonly fold = new DisclosureController(this, { container: () => this.querySelector<HTMLElement>('.fold'), button: () => this.querySelector('button') });
      override render() {
        return litHtml`<div class="fold"><button type="button" aria-expanded=${this.fold.open ? 'true' : 'false'}>更多</button><div ?hidden=${!this.fold.open}><gov-a11y-toggle></gov-a11y-toggle></div></div>`;
      }
    }
    FoldHost.define('gov-test-fold');
    const host = await fixture<FoldHost>(html`<gov-test-fold></gov-test-fold>`);
    await host.updateComplete;
    const button = host.querySelector<HTMLElement>('gov-a11y-toggle button')!;
    host.fold.show();
    await host.updateComplete;
    button.click();
    await waitUntil(() => toolbarElement()?.shadowRoot?.querySelector('[role="toolbar"]'), 'the toolbar opens');
    await waitUntil(() => deepActiveElement() === toolbarButtons()[0], 'focus in the toolbar');
    host.fold.hide(false);
    await host.updateComplete;
    expect(button.checkVisibility(), '无障碍 is folded away').to.be.false;
    await chord('KeyQ');
    await waitUntil(() => deepActiveElement() === button, 'focus back on 无障碍');
    expect(host.fold.open, 'the disclosure opened for it').to.be.true;
    await waitUntil(() => liveRegion()?.textContent === '无障碍工具条已关闭');
  });

  it('"无障碍" pressed again closes the toolbar like 退出', async () => {
    const { button } = await openWithButton();
    pagePreferences().set({ captionBar: true });
    button.focus();
    await press('Enter');
    expect(pagePreferences().values.toolbarOpen).to.be.false;
    expect(pagePreferences().values.captionBar).to.be.false;
  });

  it('in elder mode puts its elder subset first: 大鼠标, 配色, 声音, 指读, 连读, 大字幕, 退出', async () => {
    pagePreferences().set({ elder: true });
    await openWithButton();
    const names = toolbarButtons().map((b) => b.textContent!.trim().split(':')[0]);
    expect(names.slice(0, 7)).to.deep.equal(['大鼠标', '配色', '声音', '指读', '连读', '大字幕', '退出']);
    expect(toolbarButtons()[0]!.getBoundingClientRect().height, 'a 60 px primary target').to.be.at.least(60);
    await expectNoAxeViolations();
  });

  it('Alt+Shift+letter runs each function and Alt+Shift+1…6 jump to the regions, never while typing', async () => {
    const page = await fixture(html`<div>
      <nav aria-label="主导航"><a href="#a">网站首页</a></nav>
      <main tabindex="-1"><p>正文</p><label>留言 <input type="text" /></label></main>
      <footer><a href="#f">网站声明</a></footer>
    </div>`);
    await openWithButton();
    document.body.focus();
    await chord('KeyM');
    expect(pagePreferences().values.largeCursor).to.be.true;
    await chord('KeyG');
    expect(pagePreferences().values.readingGuide).to.be.true;
    await chord('KeyZ');
    expect(pagePreferences().values.zoom).to.equal(110);
    await chord('Digit2');
    expect(document.activeElement).to.equal(page.querySelector('main'));
    await chord('Digit1');
    expect(document.activeElement).to.equal(page.querySelector('nav a'));
    await chord('Digit6');
    expect(document.activeElement).to.equal(page.querySelector('footer a'));
    page.querySelector('input')!.focus();
    await chord('KeyM');
    expect(pagePreferences().values.largeCursor, 'typing stays typing').to.be.true;
    // Every shortcut is a distinct letter; none of the keys browsers and screen readers own with Alt+Shift.
    const codes = Object.values(tools).map((tool) => tool.key);
    expect(new Set(codes).size).to.equal(codes.length);
    for (const owned of ['KeyA', 'KeyB', 'KeyD', 'KeyE', 'KeyF', 'KeyI', 'KeyT']) expect(codes).not.to.include(owned);
  });

  it('persists: once open it mounts again on the next page until closed', async () => {
    await toggleFixture();
    toolbarElement()?.remove();
    pagePreferences().set({ toolbarOpen: true });
    await waitUntil(() => toolbarElement()?.shadowRoot?.querySelector('[role="toolbar"]'), 'the loader mounts the toolbar');
    expect(localStorage.getItem('gov-portal-kit:preferences')).to.contain('"toolbarOpen":true');
  });

  it('without a speech API the speech controls are disabled and say why', async () => {
    const restore = replaceSpeech(undefined);
    try {
      await openWithButton();
      for (const name of ['声音', '指读', '连读', '语速']) {
        const button = toolbarButton(name);
        expect(button.getAttribute('aria-disabled'), name).to.equal('true');
        expect(shadowQuery(toolbarElement()!, `#${button.getAttribute('aria-describedby')}`).textContent).to.contain('不支持朗读');
      }
      toolbarButton('声音').focus();
      await press('Enter');
      expect(pagePreferences().values.speech).to.be.false;
      await waitUntil(() => liveRegion()?.textContent?.includes('不支持朗读'), 'says why');
      await expectNoAxeViolations();
    } finally {
      restore();
    }
  });

  it('without a voice for the page language the speech controls are disabled and say so', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'en-US', name: 'Fake English', default: true, localService: true, voiceURI: 'fake-en' }];
    const restore = fake.install();
    try {
      await openWithButton();
      const button = toolbarButton('声音');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(shadowQuery(toolbarElement()!, '#speech-note').textContent).to.contain('没有本页语言的语音');
      // Voices arriving later enable the controls.
      fake.voices.push({ lang: 'zh-CN', name: 'Fake Chinese', default: false, localService: true, voiceURI: 'fake-zh' });
      fake.dispatchEvent(new Event('voiceschanged'));
      await settle();
      expect(toolbarButton('声音').hasAttribute('aria-disabled')).to.be.false;
    } finally {
      restore();
    }
  });

  it('follows the locale', async () => {
    const { setLocale } = await import('../../src/i18n/localization.js');
    await openWithButton();
    await setLocale('en');
    await settle();
    expect(toolbarRole().getAttribute('aria-label')).to.not.equal('无障碍工具条');
  });
});
