import type { GovArticle } from '../../src/components/gov-article/gov-article.js';
import type { GovHeader } from '../../src/components/gov-header/gov-header.js';
import { setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { expect, fixture, html } from './helpers.js';

/** Whether this page has fetched a module whose address contains `part`. */
const fetched = (part: string): boolean => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

// A file of its own: the page must not have loaded the drawing code before.
describe('the code that draws published markup again loads with the strings of another language (ADR 0018)', () => {
  it('has loaded the article’s and the header’s drawing code when the new strings are announced, so both change together', async () => {
    const [article, header] = await Promise.all([
      fixture<GovArticle>(html`<gov-article><article><header><h1>标题</h1><p class="gov-article__meta"><span>来源:内蒙古日报</span></p></header><div class="gov-article__body"><p>正文。</p></div></article></gov-article>`),
      fixture<GovHeader>(html`<gov-header><header class="gov-header"><div class="gov-header__brand"><p class="gov-header__site-name"><a href="/">某某厅</a></p></div><search class="gov-header__search"><form action="/s/"><label for="d-q">站内搜索</label><input id="d-q" name="q"><button type="submit">搜索</button></form></search></header></gov-header>`),
    ]);
    await Promise.all([article.updateComplete, header.updateComplete]);
    expect(fetched('article-redraw'), 'not loaded in the page’s language').to.be.false;
    expect(fetched('header-redraw')).to.be.false;
    let atReady: boolean[] = [];
    const onStatus = (event: Event): void => {
      if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') atReady = [fetched('article-redraw'), fetched('header-redraw')];
    };
    window.addEventListener('lit-localize-status', onStatus);
    try {
      await setLocale('en');
      expect(atReady).to.deep.equal([true, true]);
      await Promise.all([article.updateComplete, header.updateComplete]);
      expect(article.querySelector('.gov-article__meta')!.textContent).to.contain('Source:');
      expect(header.querySelector('label')!.textContent).to.equal('Search this site');
    } finally {
      window.removeEventListener('lit-localize-status', onStatus);
      await setLocale('zh-Hans');
    }
  });
});
