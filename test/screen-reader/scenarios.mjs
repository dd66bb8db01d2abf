// The screen-reader scenarios: what a blind visitor does with the keyboard,
// and the facts Orca must speak. Each scenario runs on a freshly loaded page
// (fresh storage) of its variant; every step is recorded in its transcript
// (test/screen-reader/transcripts/<browser>/<id>.<variant>.txt).
//
// Keys are xdotool names: Tab, shift+Tab, Return, space, Escape, Up, Down,
// Left, Right, Home, End; Orca's own commands in browse mode are plain letters
// (h next heading, m next landmark, 1 next heading of level 1) and KP_Enter
// (where am I; twice quickly, the detailed one with the page summary).
//
// Names come from the translators' files through `t`, so a scenario reads the
// same in every interface language. Host content (the article, navigation
// labels) keeps the page's own text.
//
// To add a scenario: an object with an id, a title, the variants it runs in,
// and `run(sr, { t, facts, variant, browser })` that drives the page through `sr`
// (support/driver.mjs) and states what must be heard through `facts`
// (support/facts.mjs).

import { linkLanguages } from './support/atspi.mjs';
import { heardFromBefore } from './support/transcript.mjs';

/** The interface variants: the query that selects each, and the language of the kit's strings. */
export const variants = {
  'zh-Hans': { query: '', locale: 'zh-Hans' },
  en: { query: '?lang=en', locale: 'en' },
  'mn-Mong': { query: '?lang=mn-Mong', locale: 'mn-Mong' },
  elder: { query: '?elder=1', locale: 'zh-Hans', elder: true },
};

const everyVariant = Object.keys(variants);

/** A pattern matching `text` as written. */
const literally = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const sourceOnly = ['zh-Hans'];

/**
 * Escape from a link in a panel: the panel leaves the accessibility tree with
 * the focused link in the same frame as focus returns to the button, and Orca
 * 43 then moves its position to the button unannounced (docs/screen-readers.md).
 */
const nameAfterEscape = 'after Escape Orca 43 says "collapsed" without the button\'s name when the closed panel held the focus';

/** The article's title, as the demo page publishes it. */
const articleTitle = '聚焦“五大任务” 推动高质量发展';

/**
 * Return on the focused control opens a modal dialog: focus moves to its 关闭
 * button and Orca names the dialog. Orca 43 does not announce a modal
 * dialog opening in Firefox (Firefox takes the inert page out of the tree
 * first and Orca then guesses a position inside the dialog unannounced; see
 * docs/screen-readers.md): there the title must be reachable with Up instead.
 */
async function opensDialog(sr, { t, facts, browser }, { title, host }) {
  const opened = await sr.press('Return', { quietMs: 600 });
  facts.focus(opened, { host, name: t('关闭', 'share-dialog-close') });
  if (browser === 'firefox') facts.note(`Orca 43 with Firefox does not say "${title} dialog" when the dialog opens`);
  else facts.says(opened, title, 'dialog');
  return opened;
}

/** Escape closes the dialog: focus is back on `name`, Orca says it, and the last announcement is not read again. */
async function closesDialog(sr, { facts }, { name, host, announced }) {
  const back = await sr.press('Escape');
  facts.says(back, name, 'push button');
  facts.focus(back, { name, host });
  facts.saysNot(back, announced, 'an announcement heard before is not repeated');
  return back;
}

export const scenarios = [
  {
    id: 'tab-walk',
    title: 'Tab through the whole page',
    variants: everyVariant,
    async run(sr, { t, facts, variant, browser }) {
      const stops = await sr.tabWalk();
      facts.check(stops.length >= 40, `only ${stops.length} Tab stops`);
      facts.focus(stops[0], { name: t('跳到主要内容') });
      facts.focus(stops.at(-1), { name: t('返回顶部') });
      facts.tabStops(stops);
      const elder = stops.find((s) => s.focus?.hosts.includes('gov-elder-toggle'));
      facts.check(elder, 'no Tab stop on the elder-mode button');
      if (elder) facts.says(elder, variant.elder ? t('退出长辈版') : t('长辈版'), 'push button');
      // 语言 is a toolbar, one Tab stop (d5694e9): Tab enters it on the chosen language, and Orca names the toolbar.
      const language = stops.find((s) => s.focus?.hosts.includes('gov-language-switcher'));
      if (facts.check(language, 'no Tab stop in 语言')) facts.says(language, t('语言'), 'tool bar');
      facts.check(stops.filter((s) => s.focus?.hosts.includes('gov-language-switcher')).length === 1, '语言 is more than one Tab stop');
      const dept = stops.find((s) => s.focus?.name === t('部门网站导航'));
      if (facts.check(dept, 'no Tab stop on 部门网站导航')) facts.says(dept, t('部门网站导航'), 'collapsed', 'push button');
      // Every link's text reaches Orca in the language its page part declares: the site's names stay Chinese
      // in every interface language. Read from AT-SPI, as Orca reads it. Firefox is left out: it keeps the
      // language a part had when its accessible was made (transcript.mjs).
      if (browser === 'chromium') {
        const declared = await sr.browser.evaluate(() =>
          [...document.querySelectorAll('a[href]')].map((a) => ({ name: a.textContent.replace(/\s+/g, ' ').trim(), lang: a.closest('[lang]')?.lang ?? '' })),
        );
        // The links on show: in 长辈版 some top-bar items are folded into 更多, out of the tree until it opens.
        const heard = linkLanguages(sr.desktop, sr.browser.pid).filter(({ name }) => declared.some((link) => link.name === name));
        const wrong = heard.filter(({ name, language }) => !declared.some((link) => link.name === name && link.lang.toLowerCase() === language.toLowerCase()));
        facts.check(heard.length >= 25 && heard.some(({ name }) => name === '内蒙古自治区科学技术厅'), `AT-SPI lists only ${heard.length} of the page's links: ${JSON.stringify(heard)}`);
        facts.check(wrong.length === 0, `links exposed in another language than declared: ${JSON.stringify(wrong)}`);
      }
    },
  },
  {
    id: 'landmarks',
    title: 'Page summary, landmarks and headings',
    variants: everyVariant,
    async run(sr, { t, facts }) {
      // Where am I, twice: Orca's detailed report on the document is the page summary.
      const summary = await sr.press('KP_Enter KP_Enter', { label: 'KP_Enter KP_Enter (where am I, detailed)' });
      const counts = facts.says(summary, /^Page has \d+ landmarks?, \d+ headings?/);
      const [landmarkCount, headingCount] = (counts?.text.match(/\d+/g) ?? []).map(Number);
      facts.check(landmarkCount >= 8, `the summary counts ${landmarkCount} landmarks`);

      // From the top of the page M visits every landmark once, then wraps to the first again.
      const landmarks = await sr.repeat('m', /^Wrapping to top\.?$/);
      const visited = landmarks.slice(0, -1);
      const heard = visited.flatMap((s) => s.phrases.map((p) => p.text));
      for (const name of [t('顶部导航'), t('主导航'), t('当前位置'), t('相关网站')]) {
        facts.check(heard.includes(name), `landmark navigation never announced "${name}": ${JSON.stringify(heard)}`);
      }
      facts.check(visited.some((s) => s.phrases.some((p) => p.text.includes(articleTitle))), 'landmark navigation never reached the main content (the article title)');
      facts.check(heard.some((text) => text.includes(t('网站声明'))), 'landmark navigation never reached the footer');
      facts.check(visited.length === landmarkCount, `M stopped ${visited.length} times for ${landmarkCount} landmarks in the summary`);
      facts.check(visited.every((s) => s.phrases.length <= 16), 'M read more than a landmark and its first line');
      // After its name Orca reads the landmark's first line, whose extent varies from run to run
      // (the footer's two links are one line or two; 上一篇: and its link, one or two): the transcript
      // keeps the name and the first object, which ends a phrase with a full stop or a colon.
      // That line may also start before the landmark: with the skip link before 顶部导航, or, in
      // Firefox, with the paragraph before the table's region when Orca measures the line while
      // Firefox is still scrolling the region into view. Which runs do is chance, so phrases that read
      // the very end of the text before a named landmark are left out when one of its own follows.
      facts.nothingVague(landmarks); // all they said, before the transcript keeps less
      for (const step of landmarks) {
        const wrap = step === landmarks.at(-1);
        const at = step.phrases.findIndex((p) => p.text !== 'Wrapping to top.');
        const before = at >= 0 ? await sr.textBeforeLandmark(step.phrases[at].text) : null;
        if (before) step.phrases.splice(at + 1, heardFromBefore(step.phrases.slice(at + 1).map((p) => p.text), before));
        const first = step.phrases.findIndex((p) => /[.。:：]$/.test(p.text) && p.text !== 'Wrapping to top.');
        if (first >= 0) step.phrases = step.phrases.slice(0, first + 1);
        step.label = wrap ? 'm (wraps to the first landmark: its name and first object)' : 'm (next landmark: its name and first object)';
      }

      const headings = await sr.repeat('h', /^Wrapping to top\.?$/);
      const headingStops = headings.slice(0, -1).filter((s) => s.phrases.some((p) => /heading level \d/.test(p.text)));
      facts.check(headingStops.length === headingCount && headings.length - 1 === headingCount, `H reached ${headingStops.length} headings in ${headings.length - 1} presses for ${headingCount} in the summary`);
      facts.check(headings.some((s) => s.phrases.some((p) => p.text.includes(articleTitle) && p.text.includes('heading level 1'))), 'H never reached the article title as heading level 1');
      facts.nothingVague([summary, ...headings]);
    },
  },
  {
    id: 'disclosures',
    title: 'Disclosures: 部门网站导航, a main-navigation submenu, 菜单 at 375 px',
    variants: everyVariant,
    async run(sr, { t, facts }) {
      const dept = t('部门网站导航');
      facts.says(await sr.tabTo(dept), dept, 'collapsed', 'push button');
      const opened = await sr.press('Return');
      facts.says(opened, 'expanded');
      facts.focus(opened, { name: dept, expanded: 'true' });
      const first = await sr.press('Tab');
      facts.says(first, '发展和改革委员会', 'link');
      const closed = await sr.press('Escape');
      facts.says(closed, 'collapsed');
      facts.focus(closed, { name: dept, expanded: 'false' });
      if (!closed.phrases.some((p) => p.text.includes(dept))) facts.note(nameAfterEscape);

      const sub = t('${0}子栏目', '', '科技动态');
      facts.says(await sr.tabTo(sub), sub, 'collapsed', 'push button');
      facts.says(await sr.press('Return'), 'expanded');
      facts.says(await sr.press('Tab'), '工作动态', 'link');
      const subClosed = await sr.press('Escape');
      facts.says(subClosed, 'collapsed');
      facts.focus(subClosed, { name: sub, expanded: 'false' });

      await sr.viewport(375, 812);
      await sr.load();
      const menu = t('菜单');
      facts.says(await sr.tabTo(menu), menu, 'collapsed', 'push button');
      const menuOpen = await sr.press('Return');
      facts.says(menuOpen, 'expanded');
      facts.focus(menuOpen, { name: menu, expanded: 'true' });
      facts.says(await sr.press('Tab'), '网站首页', 'link');
      const menuClosed = await sr.press('Escape');
      facts.says(menuClosed, 'collapsed');
      facts.focus(menuClosed, { name: menu, expanded: 'false' });
      if (!menuClosed.phrases.some((p) => p.text.includes(menu))) facts.note(nameAfterEscape);
      await sr.viewport();
      facts.nothingVague(sr.steps);
    },
  },
  {
    id: 'elder-mode',
    title: '长辈版 and back',
    variants: sourceOnly,
    async run(sr, { t, facts }) {
      const enter = t('长辈版');
      const exit = t('退出长辈版');
      facts.says(await sr.tabTo(enter), enter, 'push button');
      // The button keeps focus and takes its new name; the announcement says both.
      const entered = t('已进入长辈版:“退出长辈版”');
      const on = await sr.press('Return', { until: literally(entered) });
      facts.says(on, entered);
      facts.saysTimes(on, exit, 1);
      facts.focus(on, { name: exit });
      const left = t('已退出长辈版:“长辈版”');
      const off = await sr.press('Return', { until: literally(left) });
      facts.says(off, left);
      facts.says(off, `“${enter}”`);
      facts.focus(off, { name: enter });
    },
  },
  {
    id: 'toolbar',
    title: '无障碍: the toolbar, its tools and 帮助',
    variants: sourceOnly,
    async run(sr, ctx) {
      const { t, facts } = ctx;
      const label = t('无障碍工具条');
      facts.says(await sr.tabTo(t('无障碍')), t('无障碍'), 'push button');
      const openedMessage = t('${0}已开启', '', label);
      const opened = await sr.press('Return', { until: literally(openedMessage) });
      facts.says(opened, label, 'tool bar');
      facts.says(opened, openedMessage);
      facts.focus(opened, { host: 'gov-a11y-toolbar' });
      // Right through every tool and around to the first again.
      const first = opened.focus?.name;
      const tools = [];
      for (let i = 0; i < 30; i++) {
        const step = await sr.press('Right');
        if (step.focus?.name === first) break;
        tools.push(step);
      }
      facts.check(tools.length >= 12, `only ${tools.length + 1} tools reached with the arrow keys`);
      for (const step of [opened, ...tools]) {
        const focus = step.focus;
        if (!facts.check(focus, `a tool without focus: ${step.label}`)) continue;
        if (focus.pressed) facts.says(step, focus.name, 'toggle button', focus.pressed === 'true' ? /(?<!not )pressed/ : 'not pressed');
        else facts.says(step, focus.name, 'push button');
      }
      const help = await sr.pressUntil('Left', (step) => step.focus?.name === t('帮助'));
      facts.says(help, t('帮助'), 'push button');
      const title = t('无障碍浏览帮助');
      await opensDialog(sr, ctx, { title, host: 'gov-a11y-toolbar' });
      facts.says(await sr.press('Up'), title, 'heading');
      await closesDialog(sr, ctx, { name: t('帮助'), host: 'gov-a11y-toolbar', announced: t('${0}已开启', '', label) });
      facts.nothingVague(sr.steps);
    },
  },
  {
    id: 'share',
    title: '分享到: 复制链接 and the WeChat dialog',
    variants: sourceOnly,
    async run(sr, ctx) {
      const { t, facts } = ctx;
      facts.says(await sr.tabTo(t('复制链接')), t('复制链接'), 'push button');
      const copied = await sr.press('Return', { until: literally(t('链接已复制')) });
      facts.says(copied, t('链接已复制'));
      const wechat = t('微信', 'share-wechat');
      facts.says(await sr.tabTo(wechat, { within: 'gov-share', key: 'shift+Tab' }), wechat, 'push button');
      await opensDialog(sr, ctx, { title: t('分享到微信'), host: 'gov-share' });
      // Browse mode: Up reads what is above the focused button, the QR code among it.
      const qr = await sr.pressUntil('Up', (step) => step.phrases.some((p) => p.text.includes(t('本页网址的二维码'))), { max: 5 });
      facts.says(qr, t('本页网址的二维码'), 'image');
      await closesDialog(sr, ctx, { name: wechat, host: 'gov-share', announced: t('链接已复制') });
      facts.nothingVague(sr.steps);
    },
  },
  {
    id: 'language',
    // 语言 is a toolbar now, one Tab stop with the arrow keys inside (d5694e9), and a language
    // with a translated page is a link to that page (English, f070618): the in-place switch
    // the scenario checked with English is checked with ᠮᠣᠩᠭᠣᠯ, which has no translated page,
    // and English is followed to its page.
    title: 'Language: ᠮᠣᠩᠭᠣᠯ interface with the Chinese article, English to the translated page',
    variants: sourceOnly,
    async run(sr, { t, facts }) {
      const { translator } = await import('./support/i18n.mjs');
      const mn = translator('mn-Mong');
      const en = translator('en');
      // Tab enters the toolbar on 中文, the chosen language; Orca names the toolbar.
      const chinese = await sr.tabTo('中文', { within: 'gov-language-switcher' });
      facts.says(chinese, t('语言'), 'tool bar');
      facts.says(chinese, '中文', 'toggle button', /(?<!not )pressed/);
      const english = await sr.press('Right');
      facts.says(english, 'English', 'link');
      facts.focus(english, { name: 'English', tag: 'a' });
      const mongolian = await sr.press('Right');
      facts.says(mongolian, 'ᠮᠣᠩᠭᠣᠯ', 'toggle button', 'not pressed');
      // Each option carries its own lang from the start: Orca asks for that language's voice.
      facts.check(chinese.phrases.find((p) => p.text.startsWith('中文'))?.languages.includes('zh-Hans'), `Orca did not ask for a Chinese voice for "中文": ${JSON.stringify(chinese.phrases)}`);
      facts.check(english.phrases.find((p) => p.text.startsWith('English'))?.languages.includes('en'), `Orca did not ask for an English voice for "English": ${JSON.stringify(english.phrases)}`);
      facts.check(mongolian.phrases.find((p) => p.text.startsWith('ᠮᠣᠩᠭᠣᠯ'))?.languages.includes('mn-Mong'), `Orca did not ask for a Mongolian voice for "ᠮᠣᠩᠭᠣᠯ": ${JSON.stringify(mongolian.phrases)}`);

      // ᠮᠣᠩᠭᠣᠯ switches the kit's strings in place: the change is announced and focus stays on the pressed option.
      const chosen = await sr.press('Return', { until: literally(mn('语言已切换')) });
      facts.says(chosen, mn('语言已切换'));
      facts.focus(chosen, { name: 'ᠮᠣᠩᠭᠣᠯ', pressed: 'true' });
      // The controls speak Mongolian now; the toolbar is one Tab stop, so shift+Tab leaves it
      // for 无障碍 and Tab comes back on the option last focused.
      facts.says(await sr.press('shift+Tab'), mn('无障碍'), 'push button');
      const back = await sr.press('Tab');
      facts.says(back, mn('语言'), 'tool bar');
      facts.says(back, 'ᠮᠣᠩᠭᠣᠯ', 'toggle button', /(?<!not )pressed/);
      facts.focus(back, { name: 'ᠮᠣᠩᠭᠣᠯ', pressed: 'true' });
      facts.says(await sr.press('Left'), 'English', 'link');
      facts.says(await sr.press('Left'), '中文', 'toggle button', 'not pressed');
      // In a toolbar Orca stays in focus mode, where 1 would go to the page: Orca+A (Insert+a) switches to browse mode.
      await sr.press('Insert+a', { label: 'Insert+a (Orca: browse mode)', until: /^Browse mode$/ });
      // The article is Chinese text whatever the interface language; the transcript records the language Orca asks for.
      const title = await sr.press('1', { label: '1 (next heading of level 1)' });
      facts.says(title, articleTitle, 'heading level 1');
      const meta = await sr.pressUntil('Down', (step) => step.phrases.some((p) => p.text.includes('内蒙古日报')), { max: 4 });
      facts.says(meta, '内蒙古日报');

      // English has a translated page: its link leads there, and there 语言 says the page is English.
      // Back up from the article to 语言, which Tab enters on 中文, the option last focused.
      facts.says(await sr.tabTo('中文', { within: 'gov-language-switcher', key: 'shift+Tab' }), '中文', 'toggle button', 'not pressed');
      facts.says(await sr.press('Right'), 'English', 'link');
      await sr.follow('Return', 'en/');
      const page = await sr.browser.evaluate(() => ({ path: location.pathname, lang: document.documentElement.lang }));
      facts.check(page.path === '/en/' && page.lang === 'en', `English did not lead to the English page: ${JSON.stringify(page)}`);
      // There 中文 is the link back, and Tab enters 语言 on it (Orca 43 names no container of a focused link, so not the toolbar).
      facts.says(await sr.tabTo('中文', { within: 'gov-language-switcher' }), '中文', 'link');
      const pressed = await sr.press('Right');
      facts.says(pressed, 'English', 'toggle button', /(?<!not )pressed/);
      facts.focus(pressed, { name: 'English', pressed: 'true' });
      // The controls speak English there.
      facts.says(await sr.press('shift+Tab'), en('无障碍'), 'push button');
      facts.nothingVague(sr.steps);
    },
  },
  {
    id: 'skip-link',
    title: '跳到主要内容 moves the reading point into the main content',
    variants: sourceOnly,
    async run(sr, { t, facts }) {
      const skip = await sr.press('Tab');
      facts.says(skip, t('跳到主要内容'), 'link');
      const moved = await sr.press('Return');
      facts.focus(moved, { tag: 'main', inMain: true });
      facts.says(moved, 'main content');
      const next = await sr.press('Down');
      const mainText = await sr.browser.evaluate(() => document.querySelector('main')?.textContent.replace(/\s+/g, '') ?? '');
      facts.check(next.phrases.length > 0, 'Down after the skip link said nothing');
      for (const p of next.phrases) facts.check(mainText.includes(p.text.replace(/\s+/g, '').replace(/\.$/, '')), `after the skip link, Down read "${p.text}", which is not in the main content`);
      facts.nothingVague(sr.steps);
    },
  },
];

/**
 * Problems the suite finds that belong to another piece of work. A failure
 * matching an entry (for its browsers, variants and scenario) is reported as
 * a known issue instead of failing; an entry that matches nothing fails, so
 * it is removed as soon as the problem is gone.
 */
export const knownIssues = [];

