import { pagePreferences } from '../../src/preferences/store.js';
import { cleanUp, FakeSpeech, openWithButton, settle, toolbarButton } from './a11y-helpers.js';
import { expect, expectNoAxeViolations, fixture, html, resetMouse, sendKeys, sendMouse, waitUntil } from './helpers.js';

const root = document.documentElement;
const press = async (key: string): Promise<void> => {
  await sendKeys({ press: key });
  await settle();
};
const aid = (name: string): HTMLElement | null => document.querySelector(`[data-gov-aid="${name}"]`);

describe('toolbar aids: 大鼠标, 十字线, 大字幕, 纯文本', () => {
  let restoreSpeech: () => void;
  beforeEach(() => {
    restoreSpeech = new FakeSpeech().install();
  });
  afterEach(async () => {
    await resetMouse();
    await cleanUp();
    restoreSpeech();
  });

  async function page(): Promise<HTMLElement> {
    return fixture<HTMLElement>(html`<main>
      <p id="para">创新驱动是调结构、转功能、提质量的重要支撑。</p>
      <p><button type="button" id="btn">打印本页</button> <a href="#x" id="link">网站声明</a></p>
      <figure><img id="photo" src="/public/images/photo-milking.svg" alt="转盘式挤奶台" width="64" height="48" /><figcaption>转盘式挤奶机。</figcaption></figure>
      <img id="deco" src="/public/images/emblem.svg" alt="" width="10" height="10" />
    </main>`);
  }

  it('大鼠标 swaps in large same-origin SVG cursors, arrow and pointer', async () => {
    const main = await page();
    await openWithButton();
    toolbarButton('大鼠标').focus();
    await press('Enter');
    expect(getComputedStyle(root).cursor).to.match(/url\("[^"]*\/cursors\/arrow\.svg"\) 4 2, default/);
    expect(getComputedStyle(main.querySelector('#link')!).cursor).to.match(/\/cursors\/pointer\.svg/);
    expect(getComputedStyle(main.querySelector('#para')!).cursor).to.match(/\/cursors\/arrow\.svg/);
    expect(getComputedStyle(toolbarButton('大鼠标')).cursor, 'the toolbar follows').to.match(/\/cursors\/pointer\.svg/);
    expect(getComputedStyle(root).cursor).not.to.contain('data:');
    await press('Enter');
    // Back to the engine's own link cursor (pointer in Chromium and Firefox, auto in WebKit).
    expect(getComputedStyle(main.querySelector('#link')!).cursor).not.to.contain('cursors/');
  });

  it('十字线 draws two guide lines that follow the pointer and focus, hidden from AT, never intercepting clicks', async () => {
    const main = await page();
    await openWithButton();
    toolbarButton('十字线').focus();
    await press('Enter');
    const guide = aid('guide')!;
    expect(guide).to.exist;
    expect(guide.getAttribute('aria-hidden')).to.equal('true');
    const [horizontal, vertical] = [...guide.children] as HTMLElement[];
    for (const line of [horizontal!, vertical!]) {
      expect(getComputedStyle(line).pointerEvents).to.equal('none');
      expect(getComputedStyle(line).position).to.equal('fixed');
    }
    await sendMouse({ type: 'move', position: [300, 250] });
    await settle();
    expect(Math.round(horizontal!.getBoundingClientRect().top)).to.equal(250);
    expect(Math.round(vertical!.getBoundingClientRect().left)).to.equal(300);
    expect(horizontal!.getBoundingClientRect().width).to.equal(innerWidth);

    // A click where the lines cross still reaches the page.
    const button = main.querySelector<HTMLButtonElement>('#btn')!;
    const box = button.getBoundingClientRect();
    let clicked = false;
    button.addEventListener('click', () => (clicked = true));
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await settle();
    expect(document.elementFromPoint(x, y)).to.equal(button);
    await sendMouse({ type: 'click', position: [x, y] });
    expect(clicked).to.be.true;

    main.querySelector<HTMLAnchorElement>('#link')!.focus();
    await settle();
    const link = main.querySelector('#link')!.getBoundingClientRect();
    expect(Math.round(horizontal!.getBoundingClientRect().top)).to.equal(Math.round(link.bottom));
    await expectNoAxeViolations();

    toolbarButton('十字线').focus();
    await press('Enter');
    expect(aid('guide')).to.equal(null);
  });

  it('大字幕 shows the text under focus and pointer at 40 px or more, hidden from AT, with its height reserved', async () => {
    const main = await page();
    await openWithButton();
    toolbarButton('大字幕').focus();
    await press('Enter');
    const bar = aid('caption')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(parseFloat(getComputedStyle(bar).fontSize)).to.be.at.least(40);
    expect(bar.textContent, 'the focused toolbar button is captioned').to.equal('');
    main.querySelector<HTMLAnchorElement>('#link')!.focus();
    expect(bar.textContent).to.equal('网站声明');
    const para = main.querySelector('#para')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(para.left + 5), Math.round(para.top + para.height / 2)] });
    await waitUntil(() => bar.textContent === '创新驱动是调结构、转功能、提质量的重要支撑。', 'the pointer is captioned');
    const padding = parseFloat(getComputedStyle(document.body).paddingBottom);
    expect(padding, 'the page reserves the bar').to.be.at.least(bar.getBoundingClientRect().height - 1);
    await expectNoAxeViolations();

    pagePreferences().set({ captionBar: false });
    await settle();
    expect(aid('caption')).to.equal(null);
    expect(parseFloat(getComputedStyle(document.body).paddingBottom)).to.equal(0);
  });

  it('纯文本 replaces images by their alt text, drops decoration, and leaving restores the page exactly', async () => {
    const main = await page();
    const before = main.innerHTML;
    await openWithButton();
    toolbarButton('纯文本').focus();
    await press('Enter');
    const photo = main.querySelector<HTMLImageElement>('#photo')!;
    const box = photo.getBoundingClientRect();
    expect(box.width * box.height, 'the image is out of sight').to.be.at.most(1);
    const alt = photo.nextElementSibling as HTMLElement;
    expect(alt.dataset['govAid']).to.equal('alt');
    expect(alt.textContent).to.equal('[转盘式挤奶台]');
    expect(alt.getAttribute('aria-hidden'), 'the image keeps its own alt text for AT').to.equal('true');
    expect(getComputedStyle(main.querySelector('#deco')!).display).to.equal('none');
    await expectNoAxeViolations();
    await press('Enter');
    expect(main.innerHTML, 'restored exactly').to.equal(before);
    expect(photo.getBoundingClientRect().width).to.equal(64);
  });

  it("纯文本 reaches every image: the kit's own, those that appear later, and an upgraded element's", async () => {
    const main = await fixture<HTMLElement>(html`<main>
      <gov-header .data=${{ siteName: '内蒙古自治区科学技术厅', siteHref: '/', logoSrc: '/public/images/emblem.svg', logoAlt: '内蒙古自治区科学技术厅标识', searchAction: '/search/' }}></gov-header>
      <gov-top-bar></gov-top-bar>
    </main>`);
    const header = main.querySelector('gov-header')!;
    const topBar = main.querySelector('gov-top-bar')!;
    await header.updateComplete;
    const before = header.innerHTML;
    await openWithButton();
    pagePreferences().set({ textOnly: true });
    await settle();

    const emblem = header.querySelector('img')!;
    expect(emblem.getBoundingClientRect().width, 'the emblem is out of sight').to.be.at.most(1);
    expect(emblem.nextElementSibling?.textContent).to.equal('[内蒙古自治区科学技术厅标识]');
    expect(emblem.nextElementSibling?.getAttribute('aria-hidden')).to.equal('true');

    // The 微信 popover draws its QR code only when opened: it arrives replaced too.
    topBar.querySelector<HTMLButtonElement>('.gov-top-bar__wechat > button')!.click();
    await topBar.updateComplete;
    const qr = topBar.querySelector('img')!;
    await waitUntil(() => qr.nextElementSibling?.textContent === '[本站微信公众号二维码]', 'the QR code gives way to its text');
    expect(qr.getBoundingClientRect().width).to.be.at.most(1);

    // A photo a CMS script adds later, and an element upgraded after 纯文本 started.
    const late = Object.assign(document.createElement('img'), { alt: '晚到的照片', src: '/public/images/photo-milking.svg' });
    main.append(late);
    const upgradedLater = document.createElement('gov-header');
    upgradedLater.data = { siteName: '另一个站点', siteHref: '/', logoSrc: '/public/images/emblem.svg', logoAlt: '另一个标识', searchAction: '/s/' };
    main.append(upgradedLater);
    await waitUntil(() => late.nextElementSibling?.textContent === '[晚到的照片]', 'a late image is replaced');
    await waitUntil(() => upgradedLater.querySelector('img')?.nextElementSibling?.textContent === '[另一个标识]', 'a later element is reached');
    await expectNoAxeViolations();

    pagePreferences().set({ textOnly: false });
    await settle();
    expect(header.innerHTML, 'restored exactly').to.equal(before);
    expect(topBar.querySelector('[data-gov-aid]')).to.equal(null);
    expect(document.querySelectorAll('[data-gov-alt-shown]')).to.have.length(0);
    expect(emblem.getBoundingClientRect().width).to.be.greaterThan(1);
  });
});
