import { pagePreferences } from '../../src/preferences/store.js';
import { langOf, readableBlocks, sentencesOf, voiceFor } from '../../src/aids/speech.js';
import { setLocale } from '../../src/i18n/localization.js';
import { cleanUp, FakeSpeech, openWithButton, settle, toolbarButton, toolbarElement } from './a11y-helpers.js';
import { expect, expectNoAxeViolations, fixture, html, sendKeys, waitUntil } from './helpers.js';

const press = async (key: string): Promise<void> => {
  await sendKeys({ press: key });
  await settle();
};

const hasHighlight = (): boolean => CSS.highlights.has('gov-speech');

describe('toolbar speech (声音, 指读, 连读, 语速) with a fake speechSynthesis', () => {
  let fake: FakeSpeech;
  let restore: () => void;
  beforeEach(() => {
    fake = new FakeSpeech();
    restore = fake.install();
  });
  afterEach(async () => {
    await cleanUp();
    restore();
  });

  async function article(): Promise<HTMLElement> {
    return fixture<HTMLElement>(html`<main>
      <h1>聚焦“五大任务” 推动高质量发展</h1>
      <p id="p1">创新驱动是重要支撑。全区有效发明专利增长了近5倍!</p>
      <p id="p2"><a href="#x">科技兴蒙</a>行动升级版令人期待。</p>
      <ul><li>第一项</li></ul>
      <p hidden>不显示的段落。</p>
    </main>`);
  }

  const voice = (lang: string, name: string) => ({ lang, name, default: false, localService: true, voiceURI: name });

  it("chooses a voice that reads the text's own language and script, or none", () => {
    fake.voices = [voice('en-US', 'English'), voice('zh-TW', 'Taiwan'), voice('zh-CN', 'Mainland'), voice('mn-MN', 'Cyrillic Mongolian')];
    expect(voiceFor('zh-Hans')?.name).to.equal('Mainland');
    expect(voiceFor('zh-CN')?.name).to.equal('Mainland');
    expect(voiceFor('zh-Hant')?.name).to.equal('Taiwan');
    expect(voiceFor('en-GB')?.name).to.equal('English');
    // A Cyrillic voice cannot read traditional Mongolian script: no voice, so the text is skipped, not misread.
    expect(voiceFor('mn-Mong')).to.equal(undefined);
    expect(voiceFor('mn')?.name).to.equal('Cyrillic Mongolian');
    expect(voiceFor('fr')).to.equal(undefined);
    fake.voices = [voice('en-US', 'English')];
    expect(voiceFor('zh-Hans'), 'Chinese is never read by an English voice').to.equal(undefined);
  });

  it('takes the language declared on the text, looking out of shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"><p id="plain">Hello</p><p lang="mn-Mong" id="mn">ᠮᠣᠩᠭᠣᠯ</p><span id="host"></span></div>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>inside</button><b lang="zh-Hans">内</b>';
    expect(langOf(host.querySelector('#plain'))).to.equal('en');
    expect(langOf(host.querySelector('#mn'))).to.equal('mn-Mong');
    expect(langOf(shadow.querySelector('button'))).to.equal('en');
    expect(langOf(shadow.querySelector('b'))).to.equal('zh-Hans');
  });

  it('splits a block into sentences at Chinese, Latin and Mongolian sentence marks', async () => {
    const main = await article();
    expect(sentencesOf(main.querySelector('#p1')!).map((s) => s.text)).to.deep.equal(['创新驱动是重要支撑。', '全区有效发明专利增长了近5倍!']);
    const mixed = await fixture<HTMLElement>(html`<p>Intensity reaches 1.5% by 2025. “Really?” Yes! 研发投入;年均增长。ᠲᠧᠬᠨᠢᠭ᠃ᠡᠨᠡ</p>`);
    expect(sentencesOf(mixed).map((s) => s.text)).to.deep.equal(['Intensity reaches 1.5% by 2025.', '“Really?”', 'Yes!', '研发投入;', '年均增长。', 'ᠲᠧᠬᠨᠢᠭ᠃', 'ᠡᠨᠡ']);
  });

  it('声音 with 指读 reads what keyboard focus lands on, in zh-CN at the chosen rate', async () => {
    const main = await article();
    await openWithButton();
    toolbarButton('声音').focus();
    await press('Enter');
    expect(toolbarButton('声音').getAttribute('aria-pressed')).to.equal('true');
    expect(toolbarButton('指读').getAttribute('aria-pressed'), '指读 is the default mode').to.equal('true');
    await expectNoAxeViolations();
    fake.spoken = [];
    main.querySelector('a')!.focus();
    await waitUntil(() => fake.spoken.length > 0, 'focus is read');
    expect(fake.spoken[0]).to.deep.equal({ text: '科技兴蒙', lang: 'zh-CN', rate: 1 });

    toolbarButton('语速').focus();
    await press('Enter');
    expect(toolbarButton('语速').textContent!.trim()).to.equal('语速:快');
    expect(pagePreferences().values.speechRate).to.equal('fast');
    main.querySelector('h1')!.setAttribute('tabindex', '-1');
    main.querySelector('h1')!.focus();
    await waitUntil(() => fake.spoken.some((s) => s.text.startsWith('聚焦')), 'the heading is read');
    expect(fake.spoken.find((s) => s.text.startsWith('聚焦'))!.rate).to.be.closeTo(1.4, 0.001);
    toolbarButton('语速').focus();
    await press('Enter');
    expect(toolbarButton('语速').textContent!.trim()).to.equal('语速:慢');
    await press('Enter');
    expect(toolbarButton('语速').textContent!.trim()).to.equal('语速:中');
  });

  it('指读 reads the element under the pointer', async () => {
    const main = await article();
    await openWithButton();
    pagePreferences().set({ speech: true, speechMode: 'point' });
    await settle();
    fake.spoken = [];
    const p2 = main.querySelector('#p2')!;
    p2.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => fake.spoken.length > 0, 'the pointer is read');
    expect(fake.spoken[0]!.text).to.equal('科技兴蒙行动升级版令人期待。');
  });

  it('连读 reads the main content from the start, sentence by sentence, highlighting each, across paragraphs', async () => {
    await article();
    fake.autoEnd = false;
    await openWithButton();
    toolbarButton('连读').focus();
    await press('Enter');
    expect(toolbarButton('连读').getAttribute('aria-pressed')).to.equal('true');
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['聚焦“五大任务” 推动高质量发展']);
    expect(hasHighlight(), 'the sentence is highlighted').to.be.true;
    expect(CSS.highlights.get('gov-speech')!.values().next().value!.toString()).to.equal('聚焦“五大任务” 推动高质量发展');
    await expectNoAxeViolations();
    for (let i = 0; i < 5; i += 1) {
      fake.finish();
      await settle();
    }
    expect(fake.spoken.map((s) => s.text)).to.deep.equal([
      '聚焦“五大任务” 推动高质量发展',
      '创新驱动是重要支撑。',
      '全区有效发明专利增长了近5倍!',
      '科技兴蒙行动升级版令人期待。',
      '第一项',
    ]);
    expect(fake.spoken.every((s) => s.lang === 'zh-CN' && s.rate === 1)).to.be.true;
    fake.finish();
    await settle();
    expect(hasHighlight(), 'the end clears the highlight').to.be.false;
    expect(toolbarButton('停止').getAttribute('aria-disabled')).to.equal('true');
  });

  it('连读 reads each part of a mixed page in its own language, and skips a language without a voice with one notice', async () => {
    fake.voices = [voice('zh-CN', 'Mainland'), voice('en-GB', 'English')];
    await fixture<HTMLElement>(html`<main>
      <p>科技兴蒙。</p>
      <p lang="en">Science for Inner Mongolia. It goes on.</p>
      <section lang="mn-Mong"><p>ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ᠃</p><p>ᠲᠧᠬᠨᠢᠭ᠃</p></section>
      <p>创新驱动。</p>
    </main>`);
    await openWithButton();
    toolbarButton('连读').focus();
    await press('Enter');
    await waitUntil(() => fake.spoken.length === 4, `the reading ends (${JSON.stringify(fake.spoken)})`);
    // Each utterance carries the tag of the voice chosen for it.
    expect(fake.spoken.map(({ text, lang }) => [text, lang])).to.deep.equal([
      ['科技兴蒙。', 'zh-CN'],
      ['Science for Inner Mongolia.', 'en-GB'],
      ['It goes on.', 'en-GB'],
      ['创新驱动。', 'zh-CN'],
    ]);
    // Two Mongolian paragraphs, one notice.
    const region = document.querySelector('[data-gov-live-region]')!;
    await waitUntil(() => /已跳过/.test(region.textContent ?? ''), 'the skip is announced');
    expect(region.textContent).to.match(/^没有蒙古.*的语音,已跳过这部分内容$/);
  });

  it("in the English interface, reads the Chinese article with a Chinese voice and the kit's controls with an English one", async () => {
    fake.voices = [voice('en-US', 'English'), voice('zh-CN', 'Mainland')];
    const main = await fixture<HTMLElement>(html`<main><p id="zh"><a href="#x">科技兴蒙</a>行动。</p></main>`);
    await setLocale('en');
    try {
      await openWithButton();
      pagePreferences().set({ speech: true, speechMode: 'point' });
      await settle();
      fake.spoken = [];
      main.querySelector('a')!.focus();
      await waitUntil(() => fake.spoken.length > 0, 'focus is read');
      expect(fake.spoken[0]).to.include({ text: '科技兴蒙', lang: 'zh-CN' });
      fake.spoken = [];
      // A toolbar button is the kit's own string, in the interface language.
      const exit = [...toolbarElement()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Exit')!;
      exit.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitUntil(() => fake.spoken.length > 0, 'the pointer is read');
      expect(fake.spoken[0]).to.include({ text: 'Exit', lang: 'en-US' });
    } finally {
      await setLocale('zh-Hans');
    }
  });

  it('finds every displayed block of a long article, in order, also inside off-screen parts', async () => {
    const paragraphs = Array.from({ length: 150 }, (_, i) => (i === 120 ? `<p hidden>隐藏${i}</p>` : `<p>第${i}段。</p>`)).join('');
    const main = await fixture<HTMLElement>(html`<main></main>`);
    main.innerHTML = `<gov-article heading="长文"><article><div class="gov-article__body">${paragraphs}</div></article></gov-article>`;
    await main.querySelector('gov-article')!.updateComplete;
    expect(main.querySelectorAll('gov-article-part').length, 'the body is grouped').to.equal(6);
    const texts = readableBlocks(main).map((block) => block.textContent);
    // The title gov-article draws is in its light DOM, in the article, as a published title is: it is read first.
    expect(texts).to.deep.equal(['长文', ...Array.from({ length: 150 }, (_, i) => `第${i}段。`).filter((_, i) => i !== 120)]);
  });

  it('连读 starts from the focused point, and pauses, resumes and stops', async () => {
    const main = await article();
    fake.autoEnd = false;
    await openWithButton();
    main.querySelector('a')!.focus();
    toolbarButton('连读').focus();
    await press('Enter');
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['科技兴蒙行动升级版令人期待。']);

    toolbarButton('暂停').focus();
    await press('Enter');
    expect(fake.calls).to.include('pause');
    expect(toolbarButton('继续').textContent!.trim()).to.equal('继续');
    await expectNoAxeViolations();
    await press('Enter');
    expect(fake.calls).to.include('resume');
    expect(toolbarButton('暂停')).to.exist;

    toolbarButton('停止').focus();
    await press('Enter');
    expect(fake.calls.at(-1)).to.equal('cancel');
    expect(hasHighlight()).to.be.false;
    fake.finish();
    await settle();
    expect(fake.spoken, 'a stopped reading does not go on').to.have.length(1);
  });

  it('stops when 声音 is turned off and when the page is left', async () => {
    await article();
    fake.autoEnd = false;
    await openWithButton();
    toolbarButton('连读').focus();
    await press('Enter');
    fake.calls = [];
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(fake.calls).to.include('cancel');
    expect(hasHighlight()).to.be.false;

    await press('Enter');
    fake.calls = [];
    toolbarButton('声音').focus();
    await press('Enter');
    expect(pagePreferences().values.speech).to.be.false;
    expect(fake.calls).to.include('cancel');
    expect(toolbarButton('连读').getAttribute('aria-pressed')).to.equal('false');
    fake.spoken = [];
    document.querySelector<HTMLAnchorElement>('main a')!.focus();
    await settle();
    expect(fake.spoken, 'nothing is read with 声音 off').to.have.length(0);
  });
});
