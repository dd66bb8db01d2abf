// @ts-check
// The items of the audit: what each checks, against which document, what it
// asks, and whether its failure fails the audit (required) or vetoes the site
// outright (veto), as the 中国互联网协会 evaluation checks veto items first.

/** @typedef {'zh' | 'en'} Lang */
/** @typedef {{ zh: string, en: string }} Text */
/** @typedef {'miit' | 'gbt' | 'wcag'} Doc */
/**
 * @typedef {{
 *   id: string, group: string, title: Text, requirement: Text,
 *   sources: { doc: Doc, ref?: string }[], required: boolean, veto?: boolean,
 * }} Item
 */

/** The documents items cite. Clause numbers are given for WCAG only (success criteria, level AA unless marked). */
export const documents = {
  miit: { zh: '工业和信息化部《互联网网站适老化通用设计规范》', en: 'MIIT, General Design Specification for Ageing-Friendly Websites (互联网网站适老化通用设计规范)' },
  gbt: { zh: 'GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》', en: 'GB/T 37668-2019, Information technology: accessibility requirements and testing methods for web content' },
  wcag: { zh: 'WCAG 2.2', en: 'WCAG 2.2' },
};

/** The same documents, named short for the summary table. */
export const shortNames = {
  miit: { zh: '工信部适老化规范', en: 'MIIT ageing-friendly spec' },
  gbt: { zh: 'GB/T 37668-2019', en: 'GB/T 37668-2019' },
  wcag: { zh: 'WCAG 2.2', en: 'WCAG 2.2' },
};

/** Shares of text that must meet a size or spacing: the rest is listed as evidence. */
export const shareNeeded = 0.95;

/** The groups, in report order. */
export const groups = {
  veto: { zh: '否决项', en: 'Veto items' },
  elder: { zh: '长辈版', en: 'Elder mode' },
  toolbar: { zh: '无障碍工具条', en: 'Accessibility toolbar' },
  keyboard: { zh: '键盘操作', en: 'Keyboard' },
  reflow: { zh: '重排', en: 'Reflow' },
  axe: { zh: 'axe-core 自动检测', en: 'axe-core automated checks' },
  basics: { zh: '基础', en: 'Basics' },
};

/** @type {Item[]} */
export const items = [
  {
    id: 'veto-popups', group: 'veto', required: true, veto: true,
    title: { zh: '无弹窗、漂浮广告或新窗口', en: 'No pop-up, floating advertisement or window' },
    requirement: { zh: '页面载入后 3 秒内不弹出窗口、对话框、遮罩或移动的浮动层', en: 'Within 3 s of loading, no window, dialog, overlay or moving floating layer opens' },
    sources: [{ doc: 'miit' }, { doc: 'wcag', ref: '2.2.2' }],
  },
  {
    id: 'veto-autoplay', group: 'veto', required: true, veto: true,
    title: { zh: '媒体不自动播放', en: 'No media plays by itself' },
    requirement: { zh: '载入时没有音频或视频开始播放', en: 'No audio or video starts playing on load' },
    sources: [{ doc: 'wcag', ref: '1.4.2' }, { doc: 'gbt' }, { doc: 'miit' }],
  },
  {
    id: 'veto-flash', group: 'veto', required: true, veto: true,
    title: { zh: '无每秒三次以上的闪烁', en: 'Nothing flashes more than three times a second' },
    requirement: { zh: '载入后 2 秒的画面中,任何较大区域每秒闪烁不超过 3 次', en: 'In 2 s of frames after loading, no sizeable area flashes more than 3 times in any second' },
    sources: [{ doc: 'wcag', ref: '2.3.1' }, { doc: 'gbt' }],
  },
  {
    id: 'elder-entry', group: 'elder', required: true,
    title: { zh: '长辈版入口在首屏', en: 'Elder-mode entry on the first screen' },
    requirement: { zh: '首屏内有名为“长辈版/关怀版/适老版”的按钮或链接', en: 'A button or link named 长辈版/关怀版/适老版 within the first screen' },
    sources: [{ doc: 'miit' }],
  },
  {
    id: 'elder-keyboard', group: 'elder', required: true,
    title: { zh: '键盘可进入长辈版', en: 'Elder mode from the keyboard' },
    requirement: { zh: '用 Tab 到达入口,按 Enter 后进入长辈版(文字变大、页面跳转或控件状态改变)', en: 'Tab reaches the entry and Enter turns elder mode on (text grows, the page changes or the control reports it)' },
    sources: [{ doc: 'miit' }, { doc: 'wcag', ref: '2.1.1' }],
  },
  {
    id: 'elder-body-text', group: 'elder', required: true,
    title: { zh: '长辈版正文字号', en: 'Elder-mode body text size' },
    requirement: { zh: `长辈版中至少 ${shareNeeded * 100}% 的正文字符不小于 24 px(18 pt)`, en: `In elder mode at least ${shareNeeded * 100} % of body characters are 24 px (18 pt) or more` },
    sources: [{ doc: 'miit' }],
  },
  {
    id: 'elder-heading-text', group: 'elder', required: true,
    title: { zh: '长辈版标题字号', en: 'Elder-mode heading size' },
    requirement: { zh: `长辈版中至少 ${shareNeeded * 100}% 的标题字符不小于 30 px(按每个标题主体文字的字号计)`, en: `In elder mode at least ${shareNeeded * 100} % of heading characters are 30 px or more (each heading at the size of most of its text)` },
    sources: [{ doc: 'miit' }],
  },
  {
    id: 'elder-line-height', group: 'elder', required: true,
    title: { zh: '长辈版行距', en: 'Elder-mode line height' },
    requirement: { zh: `长辈版中至少 ${shareNeeded * 100}% 的多行文字行高不小于字号的 1.5 倍`, en: `In elder mode at least ${shareNeeded * 100} % of text that wraps has a line height of 1.5 or more` },
    sources: [{ doc: 'miit' }, { doc: 'wcag', ref: '1.4.12' }],
  },
  {
    id: 'elder-main-controls', group: 'elder', required: true,
    title: { zh: '长辈版主要控件尺寸', en: 'Elder-mode main control size' },
    requirement: { zh: '长辈版中,长辈版与无障碍入口所在功能栏的控件不小于 60 × 60 px', en: 'In elder mode the controls of the bar that holds the elder-mode and 无障碍 entries are 60 × 60 px or more' },
    sources: [{ doc: 'miit' }],
  },
  {
    id: 'elder-targets', group: 'elder', required: true,
    title: { zh: '长辈版点击区域', en: 'Elder-mode target size' },
    requirement: { zh: '长辈版中所有可点击目标不小于 44 × 44 px(句中链接除外)', en: 'In elder mode every target is 44 × 44 px or more (links inside sentences excepted)' },
    sources: [{ doc: 'miit' }, { doc: 'wcag', ref: '2.5.8' }],
  },
  {
    id: 'elder-contrast', group: 'elder', required: true,
    title: { zh: '长辈版文字对比度', en: 'Elder-mode text contrast' },
    requirement: { zh: '长辈版中所有文字对比度不低于 4.5:1(大字 3:1)', en: 'In elder mode all text has contrast 4.5:1 or more (large text 3:1)' },
    sources: [{ doc: 'miit' }, { doc: 'wcag', ref: '1.4.3' }],
  },
  {
    id: 'elder-contrast-enhanced', group: 'elder', required: false,
    title: { zh: '长辈版增强对比度', en: 'Elder-mode enhanced contrast' },
    requirement: { zh: '长辈版中所有文字对比度不低于 7:1(大字 4.5:1)', en: 'In elder mode all text has contrast 7:1 or more (large text 4.5:1)' },
    sources: [{ doc: 'wcag', ref: '1.4.6 (AAA)' }],
  },
  {
    id: 'toolbar-entry', group: 'toolbar', required: true,
    title: { zh: '无障碍工具条', en: 'Accessibility toolbar' },
    requirement: { zh: '有名为“无障碍”的入口,打开后出现工具条', en: 'An entry named 无障碍 opens a toolbar' },
    sources: [{ doc: 'miit' }],
  },
  ...[
    ['text-zoom', '文字放大', 'Text enlargement', '按下后正文显示字号变大', 'Pressing it makes the body text larger'],
    ['page-zoom', '页面缩放', 'Page zoom', '按下后整页按比例放大(根字号或 CSS 缩放),缩小可还原', 'Pressing it scales the whole page (root font size or CSS zoom); 缩小 undoes it'],
    ['colors', '配色/高对比度', 'Colour schemes / high contrast', '按下后文字与背景颜色改变,对比度不低于 7:1', 'Pressing it changes text and background colours, to 7:1 or more'],
    ['cursor', '大鼠标', 'Large cursor', '按下后鼠标指针换成不小于 48 px 的图片', 'Pressing it changes the pointer to an image of 48 px or more'],
    ['speech', '语音(指读/连读)', 'Speech (point / continuous reading)', '按下后朗读指针或焦点所在的文字,或连续朗读正文', 'Pressing it reads what the pointer or focus is on, or the main content'],
    ['guides', '十字线/辅助线', 'Guide lines', '按下后出现随鼠标移动的横线或竖线', 'Pressing it shows lines that follow the pointer'],
    ['captions', '大字幕', 'Caption bar', '按下后在字幕区以不小于 40 px 显示指针所指的文字', 'Pressing it shows the text under the pointer at 40 px or more'],
    ['text-only', '纯文本', 'Text only', '按下后图片隐藏或换成替代文字', 'Pressing it hides images or replaces them by their text'],
    ['reset', '重置', 'Reset', '按下后各项设置恢复原样', 'Pressing it restores every setting'],
    ['help', '帮助/快捷键', 'Help / shortcuts', '按下后显示帮助及快捷键说明', 'Pressing it shows help with the shortcuts'],
  ].map(([id = '', zh = '', en = '', reqZh = '', reqEn = '']) => ({
    id: `toolbar-${id}`, group: 'toolbar', required: true,
    title: { zh, en: `${en} (${zh})` },
    requirement: { zh: reqZh, en: reqEn },
    sources: [{ doc: /** @type {Doc} */ ('miit') }],
  })),
  {
    id: 'keyboard-reach', group: 'keyboard', required: true,
    title: { zh: '键盘可到达所有控件', en: 'Every control reachable by keyboard' },
    requirement: { zh: '用 Tab 可到达每个可见的交互元素(组合控件内用方向键)', en: 'Tab reaches every visible interactive element (arrow keys inside composite widgets)' },
    sources: [{ doc: 'wcag', ref: '2.1.1' }, { doc: 'gbt' }],
  },
  {
    id: 'keyboard-focus-visible', group: 'keyboard', required: true,
    title: { zh: '焦点可见', en: 'Visible focus' },
    requirement: { zh: '每个焦点位置都有对比度不低于 3:1、至少 2 px 的焦点指示', en: 'At every focus stop an indicator of 2 px or more with contrast 3:1 or more' },
    sources: [{ doc: 'wcag', ref: '2.4.7, 1.4.11' }, { doc: 'gbt' }],
  },
  {
    id: 'keyboard-trap', group: 'keyboard', required: true,
    title: { zh: '无键盘陷阱', en: 'No keyboard trap' },
    requirement: { zh: 'Tab 与 Shift+Tab 都能走完整页并离开', en: 'Tab and Shift+Tab both cross the whole page and leave it' },
    sources: [{ doc: 'wcag', ref: '2.1.2' }, { doc: 'gbt' }],
  },
  {
    id: 'keyboard-skip-link', group: 'keyboard', required: true,
    title: { zh: '跳转链接', en: 'Skip link' },
    requirement: { zh: '前三个焦点位置中有指向本页主要内容的跳转链接,且可用', en: 'One of the first three focus stops is a working link to the main content' },
    sources: [{ doc: 'wcag', ref: '2.4.1' }, { doc: 'gbt' }],
  },
  {
    id: 'reflow-320', group: 'reflow', required: true,
    title: { zh: '320 px 宽度无横向滚动', en: 'No sideways scrolling at 320 px' },
    requirement: { zh: '视口宽 320 CSS px 时页面不出现横向滚动', en: 'At a viewport 320 CSS px wide the page does not scroll sideways' },
    sources: [{ doc: 'wcag', ref: '1.4.10' }],
  },
  {
    id: 'reflow-200', group: 'reflow', required: true,
    title: { zh: '放大 200% 无横向滚动', en: 'No sideways scrolling at 200 %' },
    requirement: { zh: '1280 px 宽窗口放大到 200%(640 CSS px)时页面不出现横向滚动', en: 'A 1280 px window zoomed to 200 % (640 CSS px) does not scroll sideways' },
    sources: [{ doc: 'wcag', ref: '1.4.4, 1.4.10' }],
  },
  {
    id: 'axe', group: 'axe', required: true,
    title: { zh: 'axe-core WCAG 2.2 AA 检测', en: 'axe-core WCAG 2.2 AA rules' },
    requirement: { zh: 'axe-core 的 WCAG 2.0–2.2 A/AA 规则无违规', en: 'No violation of the axe-core WCAG 2.0–2.2 A/AA rules' },
    sources: [{ doc: 'wcag', ref: 'A/AA' }],
  },
  {
    id: 'basics-lang', group: 'basics', required: true,
    title: { zh: '页面语言', en: 'Page language' },
    requirement: { zh: '<html> 有有效的 lang 属性', en: '<html> has a valid lang attribute' },
    sources: [{ doc: 'wcag', ref: '3.1.1' }, { doc: 'gbt' }],
  },
  {
    id: 'basics-title', group: 'basics', required: true,
    title: { zh: '页面标题', en: 'Page title' },
    requirement: { zh: '页面有非空的 <title>', en: 'The page has a non-empty <title>' },
    sources: [{ doc: 'wcag', ref: '2.4.2' }, { doc: 'gbt' }],
  },
  {
    id: 'basics-landmarks', group: 'basics', required: true,
    title: { zh: '页面区域', en: 'Landmarks' },
    requirement: { zh: '恰有一个主要内容区域(main),并有导航区域', en: 'Exactly one main landmark, and a navigation landmark' },
    sources: [{ doc: 'wcag', ref: '1.3.1, 2.4.1' }],
  },
  {
    id: 'basics-headings', group: 'basics', required: false,
    title: { zh: '标题层级', en: 'Heading order' },
    requirement: { zh: '有一个 h1,标题层级不跳级', en: 'One h1, and no heading level is skipped' },
    sources: [{ doc: 'wcag', ref: '1.3.1, 2.4.6' }],
  },
  {
    id: 'basics-images', group: 'basics', required: true,
    title: { zh: '图片替代文字', en: 'Image alternatives' },
    requirement: { zh: '每张可见图片都有 alt(装饰图片为空 alt)', en: 'Every visible image has alt text (empty for decoration)' },
    sources: [{ doc: 'wcag', ref: '1.1.1' }, { doc: 'gbt' }],
  },
  {
    id: 'basics-third-party', group: 'basics', required: false,
    title: { zh: '第三方主机', en: 'Third-party hosts' },
    requirement: { zh: '载入时不连接其他主机;如有,逐一人工确认不是广告插件或跟踪器', en: 'Loading contacts no other host; any that is contacted is checked by hand for advertising plug-ins and trackers' },
    sources: [{ doc: 'miit' }],
  },
];
