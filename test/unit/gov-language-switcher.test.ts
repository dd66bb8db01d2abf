import { pagePreferences } from '../../src/preferences/store.js';
import { readStored } from '../../src/preferences/storage.js';
import { getLocale } from '../../src/i18n/localization.js';
import type { GovLanguageSwitcher } from '../../src/components/gov-language-switcher/gov-language-switcher.js';
import type { GovSkipLink } from '../../src/components/gov-skip-link/gov-skip-link.js';
import '../../src/index.js';
import { aTimeout, expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, waitUntil } from './helpers.js';

const liveRegion = (): HTMLElement | null => document.querySelector('[data-gov-live-region]');

async function page(): Promise<{ switcher: GovLanguageSwitcher; skip: GovSkipLink }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <gov-language-switcher></gov-language-switcher>
    <gov-skip-link></gov-skip-link>
    <main id="main"><p>正文</p></main>
  </div>`);
  const switcher = wrapper.querySelector('gov-language-switcher')!;
  await switcher.updateComplete;
  return { switcher, skip: wrapper.querySelector('gov-skip-link')! };
}

const buttons = (switcher: GovLanguageSwitcher): HTMLButtonElement[] => [...switcher.querySelectorAll('button')];
const group = (switcher: GovLanguageSwitcher): HTMLElement => switcher.querySelector('[role="toolbar"]')!;
const options = (switcher: GovLanguageSwitcher): HTMLElement[] => [...group(switcher).querySelectorAll<HTMLElement>('a, button')];
const skipLink = (skip: GovSkipLink): HTMLAnchorElement => skip.querySelector('a')!;

/** Runs `body` on a page that declares translations of itself, `<link rel="alternate">` by hreflang, and takes them out after. */
async function withTranslations(pages: Record<string, string>, body: () => Promise<void>): Promise<void> {
  const links = Object.entries(pages).map(([hreflang, href]) => Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href }));
  document.head.append(...links);
  try {
    await body();
  } finally {
    for (const link of links) link.remove();
  }
}

describe('gov-language-switcher', () => {
  afterEach(async () => {
    pagePreferences().reset();
    await waitUntil(() => getLocale() === 'zh-Hans');
  });

  it('is a toolbar named 语言 (an arrow-key group, as screen readers announce it) with each language written in itself, the current one pressed', async () => {
    const { switcher } = await page();
    expect(group(switcher).getAttribute('aria-label')).to.equal('语言');
    expect(buttons(switcher).map((b) => [b.textContent!.trim(), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['中文', 'zh-Hans', 'true'],
      ['English', 'en', 'false'],
      ['ᠮᠣᠩᠭᠣᠯ', 'mn-Mong', 'false'],
    ]);
    await expectNoAxeViolations(switcher);
  });

  it("switches every element on the page live from the keyboard, declaring the language on the kit's strings only", async () => {
    const { switcher, skip } = await page();
    buttons(switcher)[1]!.focus();
    expectVisibleFocus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => getLocale() === 'en', 'locale loads');
    await switcher.updateComplete;
    await skip.updateComplete;
    expect(pagePreferences().values.locale).to.equal('en');
    // The page's content keeps its language; the kit's strings declare theirs.
    expect(document.documentElement.lang).to.equal('zh-Hans');
    expect(group(switcher).getAttribute('aria-label')).to.equal('Language');
    expect(group(switcher).lang).to.equal('en');
    expect(skipLink(skip).lang).to.equal('en');
    expect(skipLink(skip).textContent).to.equal('Skip to main content');
    expect(buttons(switcher)[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(buttons(switcher)[0]!.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => liveRegion()?.textContent === 'Language changed');
    await expectNoAxeViolations(switcher);

    // One Tab stop: the arrow key moves on to ᠮᠣᠩᠭᠣᠯ.
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement).to.equal(buttons(switcher)[2]);
    await sendKeys({ press: ' ' });
    await waitUntil(() => getLocale() === 'mn-Mong');
    await skip.updateComplete;
    expect(document.documentElement.lang).to.equal('zh-Hans');
    expect(document.documentElement.hasAttribute('dir')).to.be.false;
    expect(skipLink(skip).lang).to.equal('mn-Mong');
    expect(skipLink(skip).textContent).not.to.equal('跳到主要内容');
    // The group declares mn-Mong now, and stays a horizontal row (only Mongolian text blocks turn vertical).
    expect(group(switcher).lang).to.equal('mn-Mong');
    expect(getComputedStyle(group(switcher)).writingMode).to.equal('horizontal-tb');
    await expectNoAxeViolations(switcher);
  });

  it('offers a language with a declared translation of the page as a link to it; the others switch in place', async () => {
    await withTranslations({ 'zh-Hans': '/zh/article.html', 'en-GB': '/en/article.html', mn: '/mn-cyrl/article.html' }, async () => {
      const { switcher } = await page();
      const english = switcher.querySelector('a')!;
      expect(switcher.querySelectorAll('a')).to.have.length(1);
      expect(english.textContent).to.equal('English');
      expect(english.getAttribute('href')).to.equal(new URL('/en/article.html', location.href).href);
      expect(english.hreflang).to.equal('en-GB');
      expect(english.lang).to.equal('en');
      // 中文 is this page's own language, and Cyrillic Mongolian is not ᠮᠣᠩᠭᠣᠯ: both stay buttons.
      expect(buttons(switcher).map((b) => b.textContent!.trim())).to.deep.equal(['中文', 'ᠮᠣᠩᠭᠣᠯ']);
      await expectNoAxeViolations(switcher);
      // Following the link keeps the choice for the kit's strings on pages without a translation; the page being
      // left keeps its own strings (loading English here would be cut short, and Firefox then stored 中文 again).
      english.addEventListener('click', (event) => event.preventDefault(), { once: true });
      english.click();
      expect(readStored(localStorage).locale).to.equal('en');
      expect(pagePreferences().values.locale).to.equal('zh-Hans');
      await aTimeout(50);
      expect(getLocale(), 'no English strings loaded on the page being left').to.equal('zh-Hans');
    });
  });

  it('links a translation given by its full address, as a published site gives it, to that address', async () => {
    await withTranslations({ en: 'https://kjt.example.gov.cn/en/t20231206.html' }, async () => {
      const { switcher } = await page();
      const english = switcher.querySelector('a')!;
      expect(english.getAttribute('href')).to.equal('https://kjt.example.gov.cn/en/t20231206.html');
      expect(english.hreflang).to.equal('en');
    });
  });

  it('marks the link of the language whose strings are shown as current, as the pressed button would be', async () => {
    await withTranslations({ en: '/en/' }, async () => {
      const { switcher } = await page();
      const english = switcher.querySelector('a')!;
      expect(english.getAttribute('aria-current')).to.equal('false');
      expect(buttons(switcher)[0]!.getAttribute('aria-pressed')).to.equal('true');
      // English chosen on a page without a translation, then this Chinese page, which has one.
      pagePreferences().set({ locale: 'en' });
      await waitUntil(() => getLocale() === 'en', 'locale loads');
      await switcher.updateComplete;
      expect(english.getAttribute('aria-current')).to.equal('true');
      expect(buttons(switcher).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
      const [current, other] = [getComputedStyle(english), getComputedStyle(buttons(switcher)[0]!)];
      expect(current.fontWeight, 'drawn as the pressed option is').to.equal('700');
      expect(current.borderTopColor).to.equal(current.color);
      expect(other.fontWeight).to.not.equal('700');
      await expectNoAxeViolations(switcher);
    });
  });

  it('leaves <html lang> as the page published it in every language', async () => {
    const { switcher } = await page();
    buttons(switcher)[2]!.click();
    await waitUntil(() => getLocale() === 'mn-Mong');
    expect(document.documentElement.lang).to.equal('zh-Hans');
    buttons(switcher)[0]!.click();
    await waitUntil(() => getLocale() === 'zh-Hans');
    expect(document.documentElement.lang).to.equal('zh-Hans');
  });

  it('renders into its light DOM: one group of options, each a button or a link', async () => {
    const { switcher } = await page();
    expect(switcher.shadowRoot).to.equal(null);
    expect([...switcher.children]).to.deep.equal([group(switcher)]);
    expect(group(switcher).classList.contains('gov-language-switcher__group')).to.be.true;
    expect(options(switcher).map((option) => `${option.localName}.${option.className}`)).to.deep.equal([
      'button.gov-language-switcher__option',
      'button.gov-language-switcher__option',
      'button.gov-language-switcher__option',
    ]);
    for (const option of options(switcher)) expect(option.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('is one Tab stop: Tab enters the group once, the arrow keys move and wrap, Home and End go to the ends', async () => {
    const before = document.createElement('button');
    before.textContent = '之前';
    const { switcher } = await page();
    switcher.before(before);
    try {
      const [zh, en, mn] = buttons(switcher) as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement];
      expect(buttons(switcher).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'Tab enters on the first option').to.equal(zh);
      expectVisibleFocus();
      await sendKeys({ press: 'ArrowRight' });
      expect(document.activeElement).to.equal(en);
      expectVisibleFocus();
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(mn);
      await sendKeys({ press: 'ArrowRight' });
      expect(document.activeElement, 'the arrows wrap round').to.equal(zh);
      await sendKeys({ press: 'ArrowLeft' });
      expect(document.activeElement).to.equal(mn);
      await sendKeys({ press: 'Home' });
      expect(document.activeElement).to.equal(zh);
      await sendKeys({ press: 'End' });
      expect(document.activeElement).to.equal(mn);
      await switcher.updateComplete;
      expect(buttons(switcher).map((b) => b.tabIndex), 'the option last focused takes Tab').to.deep.equal([-1, -1, 0]);
      // Tab leaves the group at once, and Shift+Tab comes back to the option last focused.
      await sendKeys({ press: 'Tab' });
      expect(switcher.contains(document.activeElement)).to.be.false;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(mn);
      expect(getLocale(), 'moving focus chooses nothing').to.equal('zh-Hans');
      await expectNoAxeViolations(switcher);
    } finally {
      before.remove();
    }
  });

  it('keeps one Tab stop when a language is a link', async () => {
    await withTranslations({ en: '/en/' }, async () => {
      const { switcher } = await page();
      expect(options(switcher).map((option) => [option.localName, option.tabIndex])).to.deep.equal([
        ['button', 0],
        ['a', -1],
        ['button', -1],
      ]);
      options(switcher)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(document.activeElement).to.equal(switcher.querySelector('a'));
      await switcher.updateComplete;
      expect(options(switcher).map((option) => option.tabIndex)).to.deep.equal([-1, 0, -1]);
    });
  });

  it('does nothing when the current language is chosen again', async () => {
    const { switcher } = await page();
    const changes: string[] = [];
    const stop = pagePreferences().subscribe((event) => changes.push(...event.changed));
    buttons(switcher)[0]!.click();
    stop();
    expect(changes).to.deep.equal([]);
  });

});
