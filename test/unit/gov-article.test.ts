import type { GovArticle } from '../../src/components/gov-article/gov-article.js';
import { beijingTime, formatPublished } from '../../src/components/gov-article/article-data.js';
import { groupingThreshold, paragraphsPerPart } from '../../src/components/gov-article/body-parts.js';
import { setLocale } from '../../src/i18n/localization.js';
import { pagePreferences } from '../../src/preferences/store.js';
import '../../src/index.js';
import { emulateMedia, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, nextFrame, sendKeys, setNarrowViewport, setViewport, shadowQuery, waitUntil } from './helpers.js';
import { byText, emulatePrint } from './share-helpers.js';

/** The article as the CMS publishes it (the fallback markup of index.html, shortened). */
async function published(): Promise<GovArticle> {
  const el = await fixture<GovArticle>(html`<gov-article url="https://kjt.nmg.gov.cn/a.html">
    <article>
      <header class="gov-article__header">
        <h1>聚焦“五大任务” 推动高质量发展</h1>
        <p class="gov-article__meta"><span>来源:内蒙古日报</span> <span>发布日期:<time datetime="2023-12-05T22:45+08:00">2023-12-05 22:45</time></span></p>
      </header>
      <div class="gov-article__body"><p>正文第一段。</p><p>正文第二段。</p></div>
      <section class="gov-article__attachments" aria-labelledby="att">
        <h2 id="att">附件</h2>
        <ul><li><a href="/files/plan.pdf" type="application/pdf">《实施方案》<span class="gov-article__file-meta">(PDF, 1.2 MB)</span></a></li></ul>
      </section>
      <nav class="gov-article__pager" aria-label="上一篇和下一篇">
        <ul>
          <li>上一篇: <a rel="prev" href="/prev.html">前一篇文章</a></li>
          <li>下一篇: <a rel="next" href="/next.html">后一篇文章</a></li>
        </ul>
      </nav>
    </article>
  </gov-article>`);
  await el.updateComplete;
  return el;
}

/** The text the element shows: what it draws and the host content it keeps, in its light DOM. */
function shadowText(el: Element): string {
  return (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');
}

function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

describe('gov-article', () => {
  it('upgrades the published article: title, source, date, body, attachments and pager', async () => {
    const el = await published();
    // The published title stays host content, in the article's header.
    const h1 = el.querySelector('h1')!;
    expect(h1.textContent).to.equal('聚焦“五大任务” 推动高质量发展');
    expect(h1.parentElement).to.equal(el.querySelector(':scope > article > header.gov-article__header'));
    expect(el.querySelectorAll('h1')).to.have.length(1);
    const meta = shadowQuery(el, '.gov-article__meta').textContent!.replace(/\s+/g, '');
    // As published, in the page's language: the date as government sites write it (DESIGN.md).
    expect(meta).to.equal('来源:内蒙古日报发布日期:2023-12-0522:45');
    expect(shadowQuery(el, 'time').getAttribute('datetime')).to.equal('2023-12-05T22:45+08:00');
    // The body stays host content, in the published article; the rest of the fallback is redrawn, not duplicated.
    const body = el.querySelector('.gov-article__body')!;
    expect(body.parentElement).to.equal(el.querySelector(':scope > article'));
    for (const selector of ['article', '.gov-article__meta', 'time', 'nav', 'section']) expect(el.querySelectorAll(selector), selector).to.have.length(1);
    const attachments = shadowQuery(el, 'section');
    expect(shadowQuery(el, `#${attachments.getAttribute('aria-labelledby')}`).textContent).to.equal('附件');
    const file = attachments.querySelector('a')!;
    expect(file.getAttribute('href')).to.equal('/files/plan.pdf');
    expect(file.textContent!.replace(/\s+/g, '')).to.equal('《实施方案》(PDF,1.2MB)');
    const pager = shadowQuery(el, 'nav');
    expect(pager.getAttribute('aria-label')).to.equal('上一篇和下一篇');
    expect(pager.textContent!.replace(/\s+/g, ' ')).to.contain('上一篇: 前一篇文章').and.to.contain('下一篇: 后一篇文章');
    expect(shadowQuery(el, 'a[rel="prev"]').getAttribute('href')).to.equal('/prev.html');
    expect(shadowQuery(el, 'a[rel="next"]').getAttribute('href')).to.equal('/next.html');
    await expectNoAxeViolations(el);
  });

  it('draws into the published article, in its light DOM: the article, its title and its body stay the same nodes, in place', async () => {
    // Parsed while detached, so the nodes can be taken before the element upgrades.
    const holder = document.createElement('div');
    holder.innerHTML = `<gov-article url="https://kjt.nmg.gov.cn/a.html"><article>
      <header class="gov-article__header"><h1>标题</h1> <p class="gov-article__meta"><span>来源:内蒙古日报</span></p></header>
      <div class="gov-article__body"><p>正文。</p></div>
      <section class="gov-article__attachments" aria-labelledby="att"><h2 id="att">附件</h2><ul><li><a href="/f.pdf">文件</a></li></ul></section>
      <nav class="gov-article__pager" aria-label="上一篇和下一篇"><ul><li>下一篇: <a rel="next" href="/n.html">后一篇</a></li></ul></nav>
    </article></gov-article>`;
    const [article, h1, meta, body, paragraph, attachmentsPublished, pager] = ['article', 'h1', '.gov-article__meta', '.gov-article__body', '.gov-article__body p', 'section', 'nav'].map(
      (selector) => holder.querySelector(selector)!,
    );
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(holder);
    const el = holder.querySelector<GovArticle>('gov-article')!;
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector(':scope > article')).to.equal(article);
    expect(el.querySelector('h1')).to.equal(h1);
    expect(el.querySelector('.gov-article__body')).to.equal(body);
    expect(body.firstElementChild).to.equal(paragraph);
    // In the language it was published in, the metadata line, 附件 and 上一篇 / 下一篇 are left as published: the code
    // that draws them again is not loaded.
    expect(el.querySelector('.gov-article__meta')).to.equal(meta);
    expect(el.querySelector('section')).to.equal(attachmentsPublished);
    expect(el.querySelector('nav')).to.equal(pager);
    const shape = (parent: Element): string[] => [...parent.children].map((child) => `${child.localName}${child.className ? `.${child.className}` : ''}`);
    expect(shape(el)).to.deep.equal(['article']);
    expect(shape(article)).to.deep.equal([
      'header.gov-article__header',
      'div.gov-article__body',
      'section.gov-article__attachments',
      'nav.gov-article__pager',
      'p.gov-article__print-url',
    ]);
    expect(shape(article.querySelector('header')!)).to.deep.equal(['h1', 'p.gov-article__meta', 'div.gov-article__tools']);
    expect(shape(article.querySelector('.gov-article__tools')!)).to.deep.equal(['gov-font-size', 'gov-share', 'gov-print-button']);
    // Ids the element draws are unique in the document; the 附件 heading names its section.
    const attachments = el.querySelector('.gov-article__attachments')!;
    const labelledBy = attachments.getAttribute('aria-labelledby')!;
    expect(document.querySelectorAll(`[id="${labelledBy}"]`)).to.have.length(1);
    expect(document.getElementById(labelledBy)!.textContent).to.equal('附件');
    await expectNoAxeViolations(el);
  });

  it('keeps the kit’s own strings horizontal in ᠮᠣᠩᠭᠣᠯ, while host text declared mn-Mong is set in columns', async () => {
    const el = await published();
    try {
      await setLocale('mn-Mong');
      await el.updateComplete;
      const share = el.querySelector('gov-share')!;
      await share.updateComplete;
      for (const selector of ['.gov-article__meta', '.gov-article__print-url', '.gov-share__group', '.gov-font-size__group', 'nav']) {
        const part = shadowQuery(el, selector);
        expect(part.closest('[lang]')!.getAttribute('lang'), selector).to.equal('mn-Mong');
        expect(getComputedStyle(part).writingMode, selector).to.equal('horizontal-tb');
      }
      const host = el.querySelector('.gov-article__body')!.appendChild(Object.assign(document.createElement('p'), { lang: 'mn-Mong', textContent: 'ᠮᠣᠩᠭᠣᠯ' }));
      expect(getComputedStyle(host).writingMode).to.equal('vertical-lr');
    } finally {
      await setLocale('zh-Hans');
    }
  });

  it('draws every string of its own, and of its tools, in the interface language; the host text keeps its own', async () => {
    const el = await published();
    try {
      await setLocale('en');
      await el.updateComplete;
      await Promise.all([...el.querySelectorAll<GovArticle>('gov-font-size, gov-share, gov-print-button')].map((tool) => tool.updateComplete));
      const han = /[\u3400-\u9fff]/;
      const leaks: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const holder = node.parentElement!;
        // The title and the body are the host's; so is any text declared in the page's language (the source, the linked titles).
        if (holder.closest('h1, .gov-article__body') || holder.closest('[lang]')!.getAttribute('lang') !== 'en') continue;
        if (han.test(node.textContent!)) leaks.push(node.textContent!.trim());
      }
      for (const labelled of el.querySelectorAll('[aria-label]')) if (han.test(labelled.getAttribute('aria-label')!)) leaks.push(labelled.getAttribute('aria-label')!);
      expect(leaks).to.deep.equal([]);
      expect(shadowQuery(el, '.gov-article__meta').textContent!.replace(/\s+/g, ' ')).to.contain('Source: 内蒙古日报');
    } finally {
      await setLocale('zh-Hans');
    }
  });

  it('declares the language of the linked titles anew when its strings change language, and leaves the body alone', async () => {
    const el = await published();
    el.querySelector('.gov-article__body')!.insertAdjacentHTML('beforeend', '<p lang="mn-Mong">ᠮᠣᠩᠭᠣᠯ</p>');
    const publishedNext = el.querySelector('a[rel="next"]');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    try {
      // The first change draws the published tail anew, declared: new nodes, whose language Chromium reads.
      await setLocale('en');
      await el.updateComplete;
      expect(el.querySelector('a[rel="next"]')).not.to.equal(publishedNext);
      expect(el.querySelector('a[rel="next"]')!.getAttribute('lang')).to.equal('zh-Hans');
      observer.observe(el, { attributes: true, attributeFilter: ['lang'], subtree: true, attributeOldValue: true });
      await setLocale('mn-Mong');
      await el.updateComplete;
      records.push(...observer.takeRecords());
      // The pager is drawn outside the header the element renders into: Chromium still needs it (GovElement).
      const next = el.querySelector('a[rel="next"]')!;
      expect(records.filter((record) => record.target === next).map((record) => record.oldValue)).to.deep.equal(['zh-Hans', null]);
      expect(next.getAttribute('lang')).to.equal('zh-Hans');
      expect(records.filter((record) => (record.target as Element).closest('.gov-article__body')), 'the host body').to.deep.equal([]);
    } finally {
      observer.disconnect();
      await setLocale('zh-Hans');
    }
  });

  it('keeps the look of what it draws under a legacy template’s global resets', async () => {
    // Before the theme, as a template's own stylesheet is: the theme wins ties, as the embed's adopted sheet does.
    const reset = Object.assign(document.createElement('style'), {
      textContent: '* { margin: 0; padding: 0; font-size: 12px; line-height: 1 } a { color: #333; text-decoration: none } a:hover { color: #c00 } h1, h2 { font-weight: normal } ul, li { list-style: none } button { border: 0; background: none }',
    });
    document.head.prepend(reset);
    try {
      const el = await published();
      const style = (selector: string) => getComputedStyle(shadowQuery(el, selector));
      expect(parseFloat(style('h1').marginBottom), 'the title keeps its spacing').to.be.above(0);
      const meta = style('.gov-article__meta');
      expect(parseFloat(meta.lineHeight) / parseFloat(meta.fontSize)).to.be.at.least(1.35);
      expect(style('.gov-article__attachments h2').fontWeight).to.equal('700');
      for (const link of el.querySelectorAll('.gov-article__attachments a, .gov-article__pager a')) {
        expect(getComputedStyle(link).textDecorationLine, link.textContent!).to.equal('underline');
        expect(getComputedStyle(link).color, link.textContent!).not.to.equal('rgb(51, 51, 51)');
      }
      const share = el.querySelector('gov-share')!;
      await share.updateComplete;
      for (const control of share.querySelectorAll('a, button')) {
        const look = getComputedStyle(control);
        expect([look.borderTopStyle, look.textDecorationLine, look.color], control.textContent!).to.deep.equal(['solid', 'none', style('.gov-print-button__button').color]);
        expect(parseFloat(look.fontSize), control.textContent!).to.be.above(12);
      }
    } finally {
      reset.remove();
    }
  });

  it('places the font-size switcher, the share group and 打印本页 in the tools row under the metadata', async () => {
    const el = await published();
    const tools = shadowQuery(el, 'header .gov-article__tools');
    expect([...tools.children].map((child) => child.localName)).to.deep.equal(['gov-font-size', 'gov-share', 'gov-print-button']);
    const share = tools.querySelector('gov-share')!;
    await share.updateComplete;
    expect(share.shareUrl).to.equal('https://kjt.nmg.gov.cn/a.html');
    expect(share.sharedTitle).to.equal('聚焦“五大任务” 推动高质量发展');
    // Every control in the row is reachable with Tab and shows its focus.
    const fontSize = tools.querySelector('gov-font-size')!;
    await fontSize.updateComplete;
    fontSize.querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(share.contains(document.activeElement), 'focus is in the share group').to.be.true;
    expect(document.activeElement?.textContent?.trim()).to.equal('微信');
    expectVisibleFocus();
  });

  it('takes attributes first, then the ArticleTitle, ContentSource and PubDate meta tags', async () => {
    const metas = [
      ['ArticleTitle', '元标签标题'],
      ['ContentSource', '元标签来源'],
      ['PubDate', '2024-01-02 08:05'],
    ].map(([name, content]) => Object.assign(document.createElement('meta'), { name, content }));
    document.head.append(...metas);
    try {
      const fromMeta = await fixture<GovArticle>(html`<gov-article><p>正文</p></gov-article>`);
      expect(shadowQuery(fromMeta, 'h1').textContent).to.equal('元标签标题');
      expect(shadowText(fromMeta)).to.contain('来源:元标签来源');
      expect(shadowQuery(fromMeta, 'time').getAttribute('datetime')).to.equal('2024-01-02T08:05+08:00');
      // The content the host gave is the body of the article the element makes around it.
      expect(fromMeta.querySelector(':scope > article > .gov-article__body > p')?.textContent).to.equal('正文');

      const fromAttributes = await fixture<GovArticle>(
        html`<gov-article heading="属性标题" source="属性来源" published="2024-03-04T00:30Z"><p>正文</p></gov-article>`,
      );
      expect(shadowQuery(fromAttributes, 'h1').textContent).to.equal('属性标题');
      expect(shadowText(fromAttributes)).to.contain('来源:属性来源');
      // UTC 00:30 is 08:30 in Beijing.
      expect(shadowQuery(fromAttributes, 'time').getAttribute('datetime')).to.equal('2024-03-04T08:30+08:00');
      expect(shadowQuery(fromAttributes, 'time').textContent).to.equal('2024-03-04 08:30');
    } finally {
      for (const meta of metas) meta.remove();
    }
  });

  it('omits whatever is missing: no empty labels, no "undefined", no 附件 section, no pager', async () => {
    const el = await fixture<GovArticle>(html`<gov-article><p>只有正文</p></gov-article>`);
    expect(el.querySelector('h1')).to.be.null;
    expect(el.querySelector('.gov-article__meta')).to.be.null;
    expect(el.querySelector('section')).to.be.null;
    expect(el.querySelector('nav')).to.be.null;
    expect(shadowText(el)).not.to.match(/undefined|null|来源|发布日期|附件|上一篇/);
    await expectNoAxeViolations(el);
  });

  it('accepts typed data and skips malformed entries with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<GovArticle>(html`<gov-article heading="标题"><p>正文</p></gov-article>`);
      el.attachments = [
        { name: '附件一', href: '/1.docx', type: 'DOCX', size: '30 KB' },
        { name: '没有地址' } as never,
        { name: 42, href: '/x' } as never,
        null as never,
        { name: '附件二', href: '/2.pdf' },
      ];
      el.prev = { title: '上一篇标题', href: '/p.html' };
      el.next = { title: 7, href: '/n.html' } as never;
      await el.updateComplete;
      const links = [...el.querySelectorAll('section a')].map((a) => a.textContent!.replace(/\s+/g, ''));
      expect(links).to.deep.equal(['附件一(DOCX,30KB)', '附件二']);
      expect(el.querySelector('a[rel="next"]')).to.be.null;
      expect(shadowQuery(el, 'a[rel="prev"]').textContent).to.equal('上一篇标题');
      expect(warnings.messages.filter((m) => m.includes('attachment'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('next'))).to.have.length(1);
      el.attachments = [];
      await el.updateComplete;
      expect(el.querySelector('section'), 'no 附件 section without files').to.be.null;
    } finally {
      warnings.restore();
    }
  });

  it('omits a malformed date with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<GovArticle>(html`<gov-article heading="标题" published="昨天"></gov-article>`);
      expect(el.querySelector('time')).to.be.null;
      expect(el.querySelector('.gov-article__meta')).to.be.null;
      expect(warnings.messages.some((m) => m.includes('published'))).to.be.true;
    } finally {
      warnings.restore();
    }
    expect(beijingTime('2023-12-05')).to.deep.equal({ datetime: '2023-12-05' });
    expect(beijingTime('2023-12-05T22:45+08:00')?.datetime).to.equal('2023-12-05T22:45+08:00');
    expect(beijingTime('2023-12-31T20:00-05:00')?.datetime).to.equal('2024-01-01T09:00+08:00');
    expect(beijingTime('2023-13-05 10:00')).to.be.undefined;
    expect(beijingTime('2023-12-05 25:00')).to.be.undefined;
  });

  it('writes the date in the active language, live, keeping the machine-readable datetime', async () => {
    const el = await published();
    const time = () => shadowQuery(el, 'time');
    try {
      await setLocale('en');
      await el.updateComplete;
      expect(time().textContent).to.equal('December 5, 2023 at 10:45 PM');
      await setLocale('mn-Mong');
      await el.updateComplete;
      expect(time().textContent, 'digits, not Cyrillic month names').to.equal('2023/12/05 22:45');
      expect(time().getAttribute('datetime')).to.equal('2023-12-05T22:45+08:00');
      await expectNoAxeViolations();
    } finally {
      await setLocale('zh-Hans');
    }
    await el.updateComplete;
    // Drawn again in Chinese, the date reads as the CMS published it.
    expect(time().textContent).to.equal('2023-12-05 22:45');
    expect(formatPublished({ datetime: '2023-12-05' }, 'zh-Hans'), 'a date alone').to.equal('2023-12-05');
    expect(formatPublished({ datetime: '2023-12-05' }, 'mn-Mong')).to.equal('2023/12/05');
  });

  it('gives a bare table of the body a focusable region named by its caption, which scrolls it from the keyboard at 320 px', async function () {
    const el = await fixture<GovArticle>(html`<gov-article heading="表格"><article><div class="gov-article__body">
      <p>说明。</p>
      <table><caption>表1 部区联动项目</caption><thead><tr>${['序号', '项目名称', '所属领域', '国拨经费', '撬动企业研发投入', '获批立项日期'].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody><tr><td>1</td><th scope="row">钠离子混合型电容储能技术</th><td>储能</td><td>3000万元</td><td>超过1.8亿元</td><td>2023年11月29日</td></tr></tbody></table>
      <table><tr><td>无标题的表</td></tr></table>
      <div class="gov-article__table" role="region" tabindex="0" aria-label="已发布的区域"><table><tr><td>已有区域</td></tr></table></div>
    </div></article></gov-article>`);
    await el.updateComplete;
    const regions = [...el.querySelectorAll<HTMLElement>('.gov-article__table')];
    expect(regions, 'the published region is kept, the two bare tables get one each').to.have.length(3);
    const [captioned, bare, publishedRegion] = regions;
    expect(captioned!.getAttribute('role')).to.equal('region');
    expect(captioned!.tabIndex).to.equal(0);
    expect(document.getElementById(captioned!.getAttribute('aria-labelledby')!)?.textContent).to.equal('表1 部区联动项目');
    expect(bare!.getAttribute('aria-label')).to.equal('表格');
    expect(publishedRegion!.querySelectorAll('.gov-article__table')).to.have.length(0);
    expect(el.querySelector('table caption')!.closest('.gov-article__table')).to.equal(captioned);
    try {
      await setNarrowViewport(this, { width: 320, height: 640 });
      await nextFrame();
      expect(captioned!.scrollWidth, 'the table is wider than the screen').to.be.greaterThan(captioned!.clientWidth);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(document.documentElement.clientWidth);
      captioned!.focus();
      expectVisibleFocus();
      await sendKeys({ press: 'ArrowRight' });
      // Firefox and Chromium scroll smoothly: the first pixels come a few frames after the key.
      await waitUntil(() => captioned!.scrollLeft > 0, 'the arrow key scrolls the table');
      await expectNoAxeViolations(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives tables the CMS adds later their region too, and leaves tables alone with keep-markup', async () => {
    const el = await fixture<GovArticle>(html`<gov-article heading="表格"><article><div class="gov-article__body"><p>说明。</p></div></article></gov-article>`);
    await el.updateComplete;
    const table = document.createElement('table');
    table.innerHTML = '<caption>后加的表</caption><tr><td>1</td></tr>';
    el.querySelector('.gov-article__body')!.append(table);
    await nextFrame();
    expect(table.parentElement!.classList.contains('gov-article__table')).to.be.true;
    const kept = await fixture<GovArticle>(html`<gov-article heading="表格" keep-markup><article><div class="gov-article__body"><table><tr><td>1</td></tr></table></div></article></gov-article>`);
    await kept.updateComplete;
    expect(kept.querySelector('.gov-article__table')).to.equal(null);
  });

  it('lets the heading attribute replace the published title', async () => {
    const el = await fixture<GovArticle>(html`<gov-article heading="新标题"><article><h1>旧标题</h1><div class="gov-article__body"><p>正文</p></div></article></gov-article>`);
    expect(shadowQuery(el, 'h1').textContent).to.equal('新标题');
    const titles = () => [...el.querySelectorAll('h1')].map((h1) => h1.textContent);
    expect(titles(), 'the published title is not shown beside it').to.deep.equal(['新标题']);
    // Without the attribute, the published title is back, in the header.
    el.removeAttribute('heading');
    await el.updateComplete;
    expect(titles()).to.deep.equal(['旧标题']);
    expect(el.querySelector('h1')!.parentElement!.classList.contains('gov-article__header')).to.be.true;
  });

  it('styles the host title and body with the tokens', async () => {
    const titled = await published();
    titled.style.setProperty('--gov-font-size-h1', '40px');
    expect(getComputedStyle(titled.querySelector('h1')!).fontSize).to.equal('40px');

    const el = await fixture<GovArticle>(html`<gov-article heading="标题"><p>正文</p></gov-article>`);
    el.style.setProperty('--gov-font-size-article', '30px');
    el.style.setProperty('--gov-line-height', '2');
    const p = el.querySelector('.gov-article__body > p')!;
    expect(getComputedStyle(p).fontSize).to.equal('30px');
    expect(getComputedStyle(p).lineHeight).to.equal('60px');
  });

  it('prints the page address and leaves the tools and pager out', async function () {
    const el = await published();
    expect(getComputedStyle(shadowQuery(el, '.gov-article__print-url')).display).to.equal('none');
    await emulatePrint(this);
    try {
      expect(getComputedStyle(shadowQuery(el, '.gov-article__tools')).display).to.equal('none');
      expect(getComputedStyle(shadowQuery(el, 'nav')).display).to.equal('none');
      const url = shadowQuery(el, '.gov-article__print-url');
      expect(getComputedStyle(url).display).to.equal('block');
      expect(url.textContent).to.equal('本文网址:https://kjt.nmg.gov.cn/a.html');
      expect(getComputedStyle(el.querySelector('h1')!).display).to.equal('block');
      expect(getComputedStyle(shadowQuery(el, 'section')).display).to.equal('block');
      expect(getComputedStyle(el.querySelector('h1')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('finds the print button by name', async () => {
    const el = await published();
    const print = shadowQuery(el, 'gov-print-button');
    await (print as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(byText(print, 'button', '打印本页')).to.exist;
  });

  describe('long bodies', () => {
    afterEach(() => pagePreferences().reset());

    /** A published article whose body has `count` blocks: paragraphs, with a heading and a figure among them. */
    async function longArticle(count: number, attributes = ''): Promise<{ el: GovArticle; body: HTMLElement; blocks: Element[] }> {
      const blocks = Array.from({ length: count }, (_, i) =>
        i === 30 ? `<h2>第${i}节</h2>` : i === 60 ? `<figure><img alt="图${i}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></figure>` : `<p>第${i}段。政务服务提质增效。</p>`,
      );
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<gov-article heading="长文" ${attributes}><article><div class="gov-article__body">${blocks.join('')}</div></article></gov-article>`;
      const el = wrapper.querySelector('gov-article')!;
      await el.updateComplete;
      const body = el.querySelector<HTMLElement>(':scope > article > .gov-article__body')!;
      return { el, body, blocks: [...body.querySelectorAll('p, h2, figure')] };
    }

    const textOfBlocks = (body: Element): string[] => [...body.querySelectorAll('p, h2, figure')].map((b) => b.outerHTML);

    it('groups runs of paragraphs into parts of 25, keeping every block, its order and its markup', async () => {
      const { body, blocks } = await longArticle(150);
      const before = blocks.map((b) => b.outerHTML);
      const parts = [...body.children].filter((c) => c.localName === 'gov-article-part');
      // 0–29 (30 paragraphs), h2, 31–59 (29), figure, 61–149 (89): parts of 25 within each run.
      expect(parts.map((p) => p.childElementCount)).to.deep.equal([25, 5, 25, 4, 25, 25, 25, 14]);
      for (const part of parts) for (const child of part.children) expect(child.localName).to.equal('p');
      expect(body.querySelector(':scope > h2')).to.exist;
      expect(body.querySelector(':scope > figure')).to.exist;
      expect(textOfBlocks(body)).to.deep.equal(before);
      // The same nodes, moved, not copies: host references stay valid.
      expect(body.querySelector('p')).to.equal(blocks[0]);
      expect(paragraphsPerPart).to.equal(25);
    });

    it('leaves bodies under the threshold exactly as published', async () => {
      const { body } = await longArticle(groupingThreshold - 1);
      expect(body.querySelector('gov-article-part')).to.be.null;
      expect(body.childElementCount).to.equal(groupingThreshold - 1);
    });

    it('groups paragraphs the host adds later', async () => {
      const { body } = await longArticle(40);
      expect(body.querySelector('gov-article-part')).to.be.null;
      body.insertAdjacentHTML('beforeend', Array.from({ length: 80 }, (_, i) => `<p>追加${i}</p>`).join(''));
      await nextFrame();
      const added = [...body.querySelectorAll('p')].filter((p) => p.textContent!.startsWith('追加'));
      expect(added).to.have.length(80);
      expect(added.every((p) => p.parentElement!.localName === 'gov-article-part')).to.be.true;
      expect(added.map((p) => p.textContent)).to.deep.equal(Array.from({ length: 80 }, (_, i) => `追加${i}`));
    });

    it('keeps the markup when keep-markup is set, also for paragraphs added later', async () => {
      const { el, body } = await longArticle(150, 'keep-markup');
      expect(el.keepMarkup).to.be.true;
      expect(body.querySelector('gov-article-part')).to.be.null;
      body.insertAdjacentHTML('beforeend', '<p>追加</p>'.repeat(30));
      await nextFrame();
      expect(body.querySelector('gov-article-part')).to.be.null;
      expect(body.childElementCount).to.equal(180);
    });

    it('keeps the spacing at part edges where a language rule sets paragraph margins (vertical Mongolian)', async () => {
      const { body } = await longArticle(120);
      body.lang = 'mn-Mong';
      const part = body.querySelector('gov-article-part')!;
      const [first, last] = [getComputedStyle(part.firstElementChild!), getComputedStyle(part.lastElementChild!)];
      // themes/mongolian.css gives paragraphs 0 before and the spacing after; inside a part the edges carry none.
      expect([first.marginBlockStart, last.marginBlockEnd]).to.deep.equal(['0px', '0px']);
      expect(getComputedStyle(part).marginBlockEnd).to.equal(getComputedStyle(part.children[1]!).marginBlockEnd);
    });

    it('moves no paragraph: spacing, indent and sizes match the ungrouped body, in standard and elder mode', async () => {
      // Tall enough that the first part boundaries, the heading and the next part are all rendered, not estimated.
      await setViewport({ width: 800, height: 5000 });
      const measure = (body: HTMLElement): number[] => {
        const top = body.getBoundingClientRect().top;
        return [...body.querySelectorAll('p, h2, figure')].slice(0, 45).map((b) => Math.round(b.getBoundingClientRect().top - top));
      };
      // Engines decide which skipped blocks are on screen a frame or more after a scroll (Firefox takes longer): wait until nothing moves.
      const offsets = async (body: HTMLElement): Promise<number[]> => {
        body.scrollIntoView();
        let last: number[] = [];
        for (let frame = 0; frame < 30; frame += 1) {
          await nextFrame();
          const now = measure(body);
          if (frame > 1 && now.join() === last.join()) return now;
          last = now;
        }
        return last;
      };
      try {
        const grouped = await longArticle(120);
        const kept = await longArticle(120, 'keep-markup');
        expect(grouped.body.querySelector('gov-article-part')).to.exist;
        for (const elder of [false, true]) {
          pagePreferences().set({ elder });
          expect(await offsets(grouped.body)).to.deep.equal(await offsets(kept.body));
          const p = grouped.body.querySelector('gov-article-part > p')!;
          const style = getComputedStyle(p);
          expect(parseFloat(style.fontSize)).to.be.at.least(elder ? 24 : 16);
          expect(parseFloat(style.textIndent)).to.equal(2 * parseFloat(style.fontSize));
        }
        await expectNoAxeViolations(grouped.el);
      } finally {
        await setViewport({ width: 800, height: 600 });
        window.scrollTo({ top: 0, behavior: 'instant' });
      }
    });
  });
});
