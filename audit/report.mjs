// @ts-check
// The HTML report: one self-contained page (inline styles, images beside it
// in the output folder, nothing from the network), in Chinese or English,
// that prints well and is itself accessible.

/** @typedef {import('./index.mjs').AuditResult} AuditResult */
/** @typedef {import('./index.mjs').ItemResult} ItemResult */

const strings = {
  zh: {
    htmlLang: 'zh-Hans',
    title: '适老化与无障碍自检报告',
    skip: '跳到汇总表',
    page: '页面',
    date: '检测时间',
    browser: '浏览器',
    viewport: '视口',
    duration: '用时',
    seconds: '秒',
    verdictTitle: '结论',
    passed: '通过:否决项与必需项全部合格。',
    failed: (/** @type {number} */ veto, /** @type {number} */ required) => `未通过:否决项 ${veto} 项、必需项 ${required} 项不合格。`,
    counts: (/** @type {Record<string, number>} */ c) => `合格 ${c.pass} 项,不合格 ${c.fail} 项,需人工检查 ${c.manual} 项,不适用 ${c.na} 项。`,
    exit: (/** @type {number} */ code) => `命令退出码 ${code}(0 为通过,1 为否决项或必需项不合格)。`,
    summary: '汇总',
    summaryCaption: '各检测项的要求、测量结果与结论',
    group: '类别',
    item: '检测项',
    requirement: '要求',
    measured: '测量结果',
    verdict: '结论',
    source: '依据',
    veto: '否决项',
    required: '必需',
    optional: '参考',
    verdicts: { pass: '✓ 合格', fail: '✗ 不合格', na: '– 不适用', manual: '? 需人工检查' },
    screenshots: '截图',
    shots: { standard: '标准版首屏', elder: '长辈版首屏', 'zoom-200': '放大 200% 首屏' },
    noShot: '(无截图)',
    details: '详情',
    evidence: '证据',
    element: '元素',
    value: '测量值',
    cropOf: '截图:',
    axe: 'axe-core 违规规则',
    axeCaption: '按影响程度排列的违规规则',
    rule: '规则',
    impact: '影响',
    nodes: '元素数',
    wcag: 'WCAG 条款',
    description: '说明',
    hosts: '第三方主机',
    noHosts: '页面载入时只连接本站,没有尝试连接其他主机。',
    hostsIntro: '页面载入时尝试连接以下主机,审查已拦截(审查只连接被检测的页面):',
    manual: '需要人工检查的内容',
    manualIntro: '以下内容无法在浏览器中自动判定,评测前请人工检查:',
    manualList: [
      '语音朗读的实际发音:无头浏览器没有语音,审查用替身记录朗读的文字,不评判音质与读音。',
      '图片替代文字是否准确描述图片内容,文字是否通俗易懂。',
      '背景图片上的文字对比度,以及图片中的文字。',
      '视频字幕与音频的文字稿,以及验证码的替代方式。',
      '长辈版是否去除了广告与诱导按钮,以及页面内容是否简化。',
      '屏幕阅读器实际朗读的内容(名称、角色、状态)。',
    ],
    footer: (/** @type {string} */ v) => `由 gov-portal-kit ${v} 生成。依据:工业和信息化部《互联网网站适老化通用设计规范》、GB/T 37668-2019、WCAG 2.2 AA;未标条款号的中文规范条目以文件原文为准。`,
  },
  en: {
    htmlLang: 'en',
    title: 'Ageing-friendly and accessibility self-check',
    skip: 'Skip to the summary',
    page: 'Page',
    date: 'Checked',
    browser: 'Browser',
    viewport: 'Viewport',
    duration: 'Time taken',
    seconds: 's',
    verdictTitle: 'Verdict',
    passed: 'Passed: every veto and required item passes.',
    failed: (/** @type {number} */ veto, /** @type {number} */ required) => `Failed: ${veto} veto and ${required} required items fail.`,
    counts: (/** @type {Record<string, number>} */ c) => `${c.pass} pass, ${c.fail} fail, ${c.manual} to check by hand, ${c.na} not applicable.`,
    exit: (/** @type {number} */ code) => `Exit code ${code} (0 passed, 1 a veto or required item failed).`,
    summary: 'Summary',
    summaryCaption: 'Each item: what it asks, what was measured, and the verdict',
    group: 'Group',
    item: 'Item',
    requirement: 'Requirement',
    measured: 'Measured',
    verdict: 'Verdict',
    source: 'Source',
    veto: 'veto',
    required: 'required',
    optional: 'advisory',
    verdicts: { pass: '✓ pass', fail: '✗ fail', na: '– not applicable', manual: '? check by hand' },
    screenshots: 'Screenshots',
    shots: { standard: 'Standard, first screen', elder: 'Elder mode, first screen', 'zoom-200': 'Zoomed to 200 %, first screen' },
    noShot: '(no screenshot)',
    details: 'Details',
    evidence: 'Evidence',
    element: 'Element',
    value: 'Measured value',
    cropOf: 'Screenshot: ',
    axe: 'axe-core rules violated',
    axeCaption: 'Rules violated, most serious first',
    rule: 'Rule',
    impact: 'Impact',
    nodes: 'Elements',
    wcag: 'WCAG',
    description: 'Description',
    hosts: 'Third-party hosts',
    noHosts: 'Loading the page contacted this site only.',
    hostsIntro: 'Loading the page tried these hosts; the audit blocked them (it contacts the audited page only):',
    manual: 'What a person must check',
    manualIntro: 'These cannot be judged in a browser by a program; check them by hand before the evaluation:',
    manualList: [
      'What speech actually sounds like: headless browsers have no voices, so the audit records the text that would be read and judges neither voice nor pronunciation.',
      'Whether alternative texts describe their images, and whether the text is plain.',
      'Contrast of text over background images, and text inside images.',
      'Captions of videos and transcripts of audio, and alternatives to CAPTCHAs.',
      'Whether elder mode leaves out advertising and inducing buttons, and simplifies the content.',
      'What a screen reader actually announces (names, roles, states).',
    ],
    footer: (/** @type {string} */ v) => `Made by gov-portal-kit ${v}. Sources: MIIT General Design Specification for Ageing-Friendly Websites, GB/T 37668-2019, WCAG 2.2 AA; for the Chinese documents, whose clause numbers are not given, the documents' own text governs.`,
  },
};

/** @param {unknown} value */
const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const style = `
:root { color: #111; background: #fff; font: 16px/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
body { margin: 0; }
a { color: #0b3d91; }
a:focus-visible, summary:focus-visible { outline: 3px solid #0b3d91; outline-offset: 2px; }
.skip { position: absolute; left: 1rem; top: -3rem; background: #fff; padding: 0.5rem 1rem; }
.skip:focus { top: 0.5rem; }
header, main, footer { max-width: 75rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 4px solid #0b3d91; }
h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.375rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #b8c2d0; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict-box { border: 3px solid; padding: 0.75rem 1rem; font-size: 1.125rem; }
.verdict-box.passed { border-color: #0a5c2b; }
.verdict-box.failed { border-color: #9b1c1c; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: start; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #8a94a6; padding: 0.375rem 0.5rem; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e8edf3; }
.v { white-space: nowrap; font-weight: bold; }
.v-pass { color: #0a5c2b; }
.v-fail { color: #9b1c1c; }
.v-manual { color: #6b3a00; }
.v-na { color: #333; }
.tag { display: inline-block; border: 1px solid currentColor; border-radius: 0.25rem; padding: 0 0.25rem; font-size: 0.875rem; margin-inline-start: 0.25rem; }
.shots { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
figure { margin: 0; }
figure img { width: 100%; height: auto; border: 1px solid #8a94a6; }
figcaption { font-weight: bold; }
.evidence { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.evidence li { border-inline-start: 4px solid #b8c2d0; padding-inline-start: 0.75rem; }
.evidence img { display: block; max-width: 100%; max-height: 16rem; height: auto; border: 1px solid #8a94a6; margin-top: 0.25rem; }
.item { break-inside: avoid; }
footer { color: #333; font-size: 0.875rem; border-top: 1px solid #b8c2d0; }
@media print {
  :root { font-size: 11pt; }
  .skip { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, figure, .evidence li { break-inside: avoid; }
  .shots { grid-template-columns: repeat(3, 1fr); }
  a { color: #111; text-decoration: none; }
}
`;

/**
 * The report page for an audit result.
 * @param {AuditResult} result
 */
export function renderReport(result) {
  const t = strings[result.lang];
  const verdict = (/** @type {ItemResult['verdict']} */ v) => `<span class="v v-${v}">${esc(t.verdicts[v])}</span>`;
  const kind = (/** @type {ItemResult} */ item) => `<span class="tag">${esc(item.veto ? t.veto : item.required ? t.required : t.optional)}</span>`;
  /** @param {ItemResult} item @param {'document' | 'short'} name */
  const sources = (item, name = 'document') => item.sources.map((s) => esc(s.ref ? `${s[name]} ${s.ref}` : s[name])).join('<br>');
  const rows = result.items
    .map(
      (item) => `<tr>
  <td>${esc(item.groupName)}</td>
  <th scope="row"><a href="#${esc(item.id)}">${esc(item.title)}</a>${kind(item)}</th>
  <td>${esc(item.requirement)}</td>
  <td>${esc(item.measured)}</td>
  <td>${verdict(item.verdict)}</td>
  <td>${sources(item, 'short')}</td>
</tr>`,
    )
    .join('\n');
  const shots = /** @type {const} */ (['standard', 'elder', 'zoom-200'])
    .map((name) => {
      const file = result.screenshots[name];
      return `<figure><figcaption>${esc(t.shots[name])}</figcaption>${file ? `<img src="${esc(file)}" alt="${esc(t.shots[name])}">` : `<p>${esc(t.noShot)}</p>`}</figure>`;
    })
    .join('\n');
  const details = result.items
    .map((item) => {
      const evidence = item.evidence.length
        ? `<h4>${esc(t.evidence)}</h4><ul class="evidence">${item.evidence
            .map((e) => `<li><strong>${esc(e.element)}</strong>${e.value ? `:${esc(e.value)}` : ''}${e.crop ? `<img src="${esc(e.crop)}" alt="${esc(`${t.cropOf}${e.element}`)}">` : ''}</li>`)
            .join('')}</ul>`
        : '';
      return `<section class="item" id="${esc(item.id)}" aria-labelledby="${esc(item.id)}-h">
<h3 id="${esc(item.id)}-h">${esc(item.title)} ${verdict(item.verdict)}</h3>
<dl class="meta"><dt>${esc(t.requirement)}</dt><dd>${esc(item.requirement)}</dd><dt>${esc(t.measured)}</dt><dd>${esc(item.measured)}</dd><dt>${esc(t.source)}</dt><dd>${sources(item)}</dd></dl>
${evidence}
</section>`;
    })
    .join('\n');
  const axe = /** @type {{ rules?: { id: string, impact: string, help: string, helpUrl: string, tags: string[], nodes: number }[] }} */ (result.items.find((i) => i.id === 'axe')?.details ?? {}).rules ?? [];
  const axeTable = axe.length
    ? `<table><caption>${esc(t.axeCaption)}</caption><thead><tr><th scope="col">${esc(t.rule)}</th><th scope="col">${esc(t.impact)}</th><th scope="col">${esc(t.nodes)}</th><th scope="col">${esc(t.wcag)}</th><th scope="col">${esc(t.description)}</th></tr></thead><tbody>${axe
        .map((r) => `<tr><th scope="row">${esc(r.id)}</th><td>${esc(r.impact)}</td><td>${r.nodes}</td><td>${esc(r.tags.join(', '))}</td><td>${esc(r.help)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p>${esc(result.items.find((i) => i.id === 'axe')?.measured ?? '')}</p>`;
  const hosts = result.thirdPartyHosts.length ? `<p>${esc(t.hostsIntro)}</p><ul>${result.thirdPartyHosts.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>` : `<p>${esc(t.noHosts)}</p>`;
  const pageTitle = result.items.find((i) => i.id === 'basics-title')?.measured ?? result.target.url;
  return `<!doctype html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}:${esc(pageTitle)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#summary">${esc(t.skip)}</a>
<header>
<h1>${esc(t.title)}</h1>
<dl class="meta">
<dt>${esc(t.page)}</dt><dd>${esc(result.target.url)}</dd>
<dt>${esc(t.date)}</dt><dd>${esc(result.startedAt.replace('T', ' ').slice(0, 19))} UTC</dd>
<dt>${esc(t.browser)}</dt><dd>${esc(result.browser)}</dd>
<dt>${esc(t.viewport)}</dt><dd>${esc(`${result.viewport.name} ${result.viewport.width} × ${result.viewport.height}`)}</dd>
<dt>${esc(t.duration)}</dt><dd>${esc((result.durationMs / 1000).toFixed(1))} ${esc(t.seconds)}</dd>
</dl>
</header>
<main>
<section aria-labelledby="verdict-h">
<h2 id="verdict-h">${esc(t.verdictTitle)}</h2>
<p class="verdict-box ${result.passed ? 'passed' : 'failed'}">${esc(result.passed ? t.passed : t.failed(result.failed.veto.length, result.failed.required.length))}</p>
<p>${esc(t.counts(result.counts))} ${esc(t.exit(result.exitCode))}</p>
</section>
<section id="summary" aria-labelledby="summary-h" tabindex="-1">
<h2 id="summary-h">${esc(t.summary)}</h2>
<table>
<caption>${esc(t.summaryCaption)}</caption>
<thead><tr><th scope="col">${esc(t.group)}</th><th scope="col">${esc(t.item)}</th><th scope="col">${esc(t.requirement)}</th><th scope="col">${esc(t.measured)}</th><th scope="col">${esc(t.verdict)}</th><th scope="col">${esc(t.source)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>
<section aria-labelledby="shots-h">
<h2 id="shots-h">${esc(t.screenshots)}</h2>
<div class="shots">${shots}</div>
</section>
<section aria-labelledby="axe-h">
<h2 id="axe-h">${esc(t.axe)}</h2>
${axeTable}
</section>
<section aria-labelledby="hosts-h">
<h2 id="hosts-h">${esc(t.hosts)}</h2>
${hosts}
</section>
<section aria-labelledby="manual-h">
<h2 id="manual-h">${esc(t.manual)}</h2>
<p>${esc(t.manualIntro)}</p>
<ul>${t.manualList.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>
</section>
<section aria-labelledby="details-h">
<h2 id="details-h">${esc(t.details)}</h2>
${details}
</section>
</main>
<footer><p>${esc(t.footer(result.tool.version))}</p></footer>
</body>
</html>
`;
}
