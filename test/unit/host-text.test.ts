import { pagePreferences } from '../../src/preferences/store.js';
import { applyHostText, keepTextSize } from '../../src/preferences/host-text.js';
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from './helpers.js';

const size = (el: Element): number => parseFloat(getComputedStyle(el).fontSize);
const lineHeight = (el: Element): number => parseFloat(getComputedStyle(el).lineHeight);

/** A legacy template's markup, styled by its own pixel rules (a reset, a fixed-height ticker, a token-sized title). */
async function template(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div class="legacy">
    <style>
      .legacy * { font-size: 12px; line-height: 1; }
      .legacy .ticker { height: 24px; overflow: hidden; }
      .legacy .ticker li { height: 24px; line-height: 24px; }
      .legacy .tokened { font-size: var(--gov-font-size-body); }
      .legacy .scroller { height: 20px; overflow: auto; }
    </style>
    <p id="date" style="color: #595959">今天是2024年3月15日</p>
    <h3 id="title">科技动态</h3>
    <ul class="ticker"><li><a href="#a" id="first">关于组织申报2024年度自治区科技计划项目的通知</a></li><li><a href="#b">第二条</a></li></ul>
    <p class="tokened" id="tokened">按令牌设字号的栏目</p>
    <div class="scroller" id="scroller"><p>滚动框里的文字</p><p>第二行</p></div>
    <div data-gov-keep-text-size id="kept"><p id="kept-text">保持原样的区域</p></div>
    <div class="fav"><a href="#f" id="fav">加入收藏</a></div>
    <p id="sentence">正文中的<a href="#s" id="inline">链接</a>随行高。</p>
    <gov-breadcrumb id="kit"></gov-breadcrumb>
    <input id="field" type="search" />
  </div>`);
  return page;
}

describe('host text follows elder mode and zoom (computed-size layer)', () => {
  afterEach(() => {
    pagePreferences().reset();
  });

  it('scales the template’s pixel text: 24 px and line height 1.5 in elder mode, times the zoom, and restores it exactly', async () => {
    const page = await template();
    expect(page.querySelector('#kept')!.hasAttribute(keepTextSize)).to.be.true;
    const date = page.querySelector<HTMLElement>('#date')!;
    // The page's own inline declarations, as the CSSOM writes them (which is also how they are put back).
    const inline = () => [...page.querySelectorAll<HTMLElement>('*')].map((el) => el.style.cssText);
    const published = inline();
    applyHostText({ elder: true, zoom: 100 });
    expect(size(date)).to.equal(24);
    expect(lineHeight(date)).to.be.at.least(36);
    expect(size(page.querySelector('#title')!), 'a heading: 30 px').to.equal(30);
    expect(size(page.querySelector('#field')!), 'a form control').to.equal(24);
    applyHostText({ elder: true, zoom: 150 });
    expect(size(date)).to.equal(36);
    applyHostText({ elder: false, zoom: 200 });
    expect(size(date)).to.equal(24);
    expect(lineHeight(date), 'the template’s own ratio, zoomed').to.equal(24);
    applyHostText({ elder: false, zoom: 100 });
    expect(inline(), 'inline styles put back as they were').to.deep.equal(published);
    expect(date.style.color, 'the page’s own inline style stays').to.equal('rgb(89, 89, 89)');
    expect(page.querySelectorAll('[style]'), 'no style attribute added').to.have.length(1);
  });

  it('leaves text that already follows the tokens, the kit’s elements and opted-out regions alone', async () => {
    const page = await template();
    const tokened = page.querySelector('#tokened')!;
    const kit = page.querySelector('#kit')!;
    await customElements.whenDefined('gov-breadcrumb');
    applyHostText({ elder: true, zoom: 100 });
    // The token already gives 24 px in elder mode (the root is not in elder mode here, so it stays as the token says).
    expect((tokened as HTMLElement).style.fontSize, 'no inline size on token-sized text').to.equal('');
    expect((kit as HTMLElement).style.fontSize).to.equal('');
    expect(size(page.querySelector('#kept-text')!), 'data-gov-keep-text-size').to.equal(12);
  });

  it('gives links that stand on their own 44 px targets in elder mode, and leaves links inside a sentence to the line', async () => {
    const page = await template();
    applyHostText({ elder: true, zoom: 100 });
    for (const id of ['#fav', '#first']) {
      const box = page.querySelector(id)!.getBoundingClientRect();
      expect(box.height, `${id} height`).to.be.at.least(44);
      expect(box.width, `${id} width`).to.be.at.least(44);
    }
    expect((page.querySelector('#inline') as HTMLElement).style.minBlockSize).to.equal('');
    applyHostText({ elder: false, zoom: 150 });
    expect((page.querySelector('#fav') as HTMLElement).style.minBlockSize, 'zoom alone keeps the targets as they are').to.equal('');
    applyHostText({ elder: false, zoom: 100 });
  });

  it('lets fixed-height boxes grow around the larger text, but leaves scrolling boxes scrolling', async () => {
    const page = await template();
    const ticker = page.querySelector<HTMLElement>('.ticker')!;
    applyHostText({ elder: true, zoom: 100 });
    expect(ticker.scrollHeight, 'nothing is clipped').to.be.at.most(ticker.clientHeight + 1);
    const first = page.querySelector('#first')!.getBoundingClientRect();
    expect(first.bottom).to.be.at.most(ticker.getBoundingClientRect().bottom + 1);
    expect(page.querySelector<HTMLElement>('#scroller')!.clientHeight, 'the scroller keeps its height').to.equal(20);
  });

  it('follows the store: loaded with elder mode, sized again for text the page adds, put back when elder mode ends', async () => {
    const page = await template();
    const date = page.querySelector('#date')!;
    pagePreferences().set({ elder: true });
    await waitUntil(() => size(date) === 24, 'the layer loads and sizes the page');
    const added = document.createElement('p');
    added.textContent = '后来加入的公告';
    page.append(added);
    await waitUntil(() => size(added) === 24, 'text added later is sized');
    pagePreferences().set({ elder: false });
    expect(size(date)).to.equal(12);
    expect(size(added)).to.equal(12);
  });
});
