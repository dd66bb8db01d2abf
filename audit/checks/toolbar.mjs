// @ts-check
// The 无障碍 toolbar: it exists, and each function the evaluation expects is
// pressed and its effect measured on the page (the text grows, the page
// scales, the colours and the cursor change, lines follow the pointer, the
// caption shows the text under it, speech reads, images give way to text,
// reset restores, help lists the shortcuts). Controls are recognised by role
// and accessible name, with the synonyms Chinese government toolbars use.
import { probe } from '../measure/probe.mjs';
import { contrast } from '../measure/color.mjs';
import { settle } from '../browser.mjs';
import { toolbarName } from './elder.mjs';
import { say, outcome, fmt, visibleControls, findControl, refOf, press, crop, accessibleName } from './common.mjs';

/** @typedef {import('./common.mjs').Outcome} Outcome */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */
/**
 * @typedef {{
 *   rootFontSize: number, pageScale: number, textSize: number,
 *   text: { color: string, background: string }, page: { color: string, background: string },
 *   cursor: string, cursorUrl: string | null, images: number, imageCount: number, sample: { id: number, label: string }, sampleIds: number[],
 * }} Look
 */

/** The names each function goes by on Chinese government toolbars (and the kit's English ones). */
export const functionNames = {
  textZoom: /文字放大|放大文字|字体放大|字号放大|文字变大|字体变大|大字体|大字号|增大字号|A\+|larger text|text size/i,
  pageZoom: /页面放大|放大页面|页面缩放|^缩放|^放大|zoom in|enlarge/i,
  pageZoomOut: /页面缩小|缩小页面|^缩小|zoom out/i,
  colors: /配色|高对比|对比度|颜色|色彩|反色|换肤|背景色|黑底|白底|黄底|蓝底|contrast|colou?r/i,
  cursor: /大鼠标|鼠标|光标|指针|cursor/i,
  speech: /声音|语音|朗读|读屏|发音|播报|speech|read aloud|sound/i,
  point: /指读|点读|point read/i,
  continuous: /连读|连续阅读|全文朗读|自动朗读|continuous/i,
  stop: /^停止|^stop/i,
  guides: /十字线|十字|辅助线|参考线|阅读线|标尺|准星|guide|crosshair/i,
  captions: /大字幕|字幕|显示屏|caption|subtitle/i,
  textOnly: /纯文本|纯文字|文本模式|文字版|无图|text only|text-only/i,
  reset: /重置|复位|还原|恢复默认|^恢复|reset/i,
  help: /帮助|快捷键|使用说明|说明|help|shortcut/i,
};
/** A font-size group (字体 大/中/小): its larger choice counts as 文字放大. */
const fontGroupName = /字体|字号|文字大小|font size|text size/i;
const largerChoice = /^(大|特大|较大|A\+|large|larger)$/i;

/** @param {Page} page @param {number[]} [sampleIds] @returns {Promise<Look>} */
const readLook = (page, sampleIds) => probe(page, 'look', sampleIds);

/**
 * Presses a control and waits for the page to settle; a window it opens is
 * returned (and closed by the caller).
 * @param {Page} page
 * @param {Locator} control
 */
async function pressAndSettle(page, control) {
  const popup = page.context().waitForEvent('page', { timeout: 600 }).catch(() => null);
  await press(control);
  const opened = await popup;
  await settle(page, 1500);
  return opened;
}

/**
 * Runs the toolbar items on a fresh page with the speech stand-in.
 * @param {import('./common.mjs').RunContext} run
 * @returns {Promise<Record<string, Outcome>>}
 */
export async function checkToolbar(run) {
  /** @type {Record<string, Outcome>} */
  const out = {};
  const { page, context } = await run.open({ speech: true });
  const blockedBefore = new Set(run.blocked);
  try {
    // Open the toolbar through its entry, unless its functions already show.
    const entry = (await findControl(page, toolbarName, /退出|关闭|exit|close/i))?.control;
    const entryRef = entry ? await refOf(page, entry) : null;
    // A page may have other toolbars (a language switcher, an editor's): the one named like the entry is the accessibility toolbar.
    const named = page.getByRole('toolbar', { name: toolbarName }).filter({ visible: true });
    if (entry) {
      await pressAndSettle(page, entry);
      await named.first().waitFor({ timeout: 3000 }).catch(() => {});
    }
    const toolbar = (await named.count()) > 0 ? named.first() : page.getByRole('toolbar').filter({ visible: true }).first();
    const hasToolbar = (await toolbar.count()) > 0;
    const scope = hasToolbar ? toolbar : page;
    /** @param {RegExp} name @param {{ not?: RegExp }} [options] */
    const find = async (name, options) => (await visibleControls(scope, name, options))[0] ?? (hasToolbar ? (await visibleControls(page, name, options))[0] : undefined);
    const functions = Object.fromEntries(await Promise.all(Object.entries(functionNames).map(async ([key, name]) => [key, await find(name, key === 'pageZoom' ? { not: functionNames.textZoom } : {})])));
    const foundCount = ['textZoom', 'pageZoom', 'colors', 'cursor', 'speech', 'guides', 'captions', 'textOnly', 'reset', 'help'].filter((key) => functions[key] || (key === 'speech' && (functions.point || functions.continuous))).length;
    const toolbarRef = hasToolbar ? await refOf(page, toolbar) : null;
    out['toolbar-entry'] =
      hasToolbar || foundCount >= 3
        ? outcome('pass', say(`${entryRef ? `入口 ${entryRef.label};` : ''}${hasToolbar ? `工具条 ${toolbarRef?.label}` : '页面上的工具按钮'},找到 ${foundCount} / 10 项功能`, `${entryRef ? `Entry ${entryRef.label}; ` : ''}${hasToolbar ? `toolbar ${toolbarRef?.label}` : 'tool buttons on the page'}, ${foundCount} of 10 functions found`), [
            { element: toolbarRef?.label ?? entryRef?.label ?? '', value: say('工具条', 'the toolbar'), crop: await crop(page, toolbarRef ?? entryRef, run.outDir, 'toolbar-entry') },
          ])
        : outcome('fail', entryRef ? say(`按下 ${entryRef.label} 后没有出现工具条`, `Pressing ${entryRef.label} shows no toolbar`) : say('没有名为“无障碍”的入口,也没有工具条', 'No entry named 无障碍 and no toolbar'));

    const baseline = await readLook(page);
    /** Reads the page on the baseline's text blocks. @param {Page} [where] */
    const look = (where = page) => readLook(where, where === page ? baseline.sampleIds : undefined);
    /** @param {string} id @param {string} zh @param {string} en */
    const missing = (id, zh, en) => {
      out[id] = outcome('fail', say(`找不到“${zh}”按钮`, `No ${en} control`));
    };
    /** @param {Locator} control */
    const name = async (control) => (await refOf(page, control)).label;
    /** @param {string} id @param {Locator} control @param {import('./common.mjs').Text} value */
    const shot = async (id, control, value) => [{ element: await name(control), value, crop: await crop(page, await refOf(page, control), run.outDir, id) }];

    // 文字放大: a text-size control (or the larger choice of a 字体 group); else the zoom control, if it grows the text.
    const group = page.getByRole('group', { name: fontGroupName }).or(page.getByRole('radiogroup', { name: fontGroupName })).filter({ visible: true }).first();
    const larger = (await group.count()) ? (await visibleControls(group, largerChoice))[0] : undefined;
    const textCandidates = [functions.textZoom, larger, functions.pageZoom].filter((c) => c !== undefined);
    if (!textCandidates.length) missing('toolbar-text-zoom', '文字放大', 'text enlargement');
    for (const control of textCandidates) {
      const before = await look();
      await pressAndSettle(page, control);
      const after = await look();
      const factor = after.textSize / Math.max(1, before.textSize);
      out['toolbar-text-zoom'] = outcome(
        factor >= 1.05 ? 'pass' : 'fail',
        say(`按下 ${await accessibleName(control)}:正文 ${fmt(before.textSize)} → ${fmt(after.textSize)} px`, `Pressed ${await accessibleName(control)}: body text ${fmt(before.textSize)} → ${fmt(after.textSize)} px`),
        await shot('toolbar-text-zoom', control, say(`×${fmt(factor)}`)),
      );
      if (factor >= 1.05) break;
    }

    // 页面缩放: the root font size (a rem layout) or a CSS zoom/scale of the page grows; 缩小 brings it back.
    if (!functions.pageZoom) missing('toolbar-page-zoom', '页面缩放', 'page zoom');
    else {
      const before = await look();
      await pressAndSettle(page, functions.pageZoom);
      const after = await look();
      const root = after.rootFontSize / before.rootFontSize;
      const scale = after.pageScale / before.pageScale;
      const how = root >= 1.04 ? say(`根字号 ${fmt(before.rootFontSize)} → ${fmt(after.rootFontSize)} px(rem 布局随之缩放并重排)`, `root font size ${fmt(before.rootFontSize)} → ${fmt(after.rootFontSize)} px (the rem layout scales and reflows)`) : scale >= 1.04 ? say(`页面缩放 ×${fmt(scale)}`, `page scaled ×${fmt(scale)}`) : say(`根字号与页面比例不变(正文 ${fmt(before.textSize)} → ${fmt(after.textSize)} px)`, `root font size and page scale unchanged (body text ${fmt(before.textSize)} → ${fmt(after.textSize)} px)`);
      let back = say('');
      if (functions.pageZoomOut && (root >= 1.04 || scale >= 1.04)) {
        await pressAndSettle(page, functions.pageZoomOut);
        const undone = await look();
        const restored = Math.abs(undone.rootFontSize - before.rootFontSize) < 0.5 && Math.abs(undone.pageScale - before.pageScale) < 0.02;
        back = restored ? say(`;${await accessibleName(functions.pageZoomOut)} 还原`, `; ${await accessibleName(functions.pageZoomOut)} undoes it`) : say(`;${await accessibleName(functions.pageZoomOut)} 未还原`, `; ${await accessibleName(functions.pageZoomOut)} does not undo it`);
      }
      out['toolbar-page-zoom'] = outcome(root >= 1.04 || scale >= 1.04 ? 'pass' : 'fail', say(`按下 ${await accessibleName(functions.pageZoom)}:${how.zh}${back.zh}`, `Pressed ${await accessibleName(functions.pageZoom)}: ${how.en}${back.en}`), await shot('toolbar-page-zoom', functions.pageZoom, how));
    }

    // 配色: each press is a scheme; the text and background colours change, and one scheme reaches 7:1.
    if (!functions.colors) missing('toolbar-colors', '配色', 'colour scheme');
    else {
      const seen = [];
      for (let i = 0; i < 5; i += 1) {
        await pressAndSettle(page, functions.colors);
        const now = await look();
        if (now.text.color === baseline.text.color && now.text.background === baseline.text.background) break;
        seen.push({ name: await accessibleName(functions.colors), ...now.text, ratio: contrast(now.text.color, now.text.background) });
      }
      const best = Math.max(0, ...seen.map((s) => s.ratio));
      out['toolbar-colors'] = outcome(
        seen.length && best >= 7 ? 'pass' : 'fail',
        seen.length
          ? say(`${seen.length} 种配色:${seen.map((s) => `${s.color} / ${s.background} ${fmt(s.ratio)}:1`).join(';')}`, `${seen.length} schemes: ${seen.map((s) => `${s.color} on ${s.background} ${fmt(s.ratio)}:1`).join('; ')}`)
          : say('按下后文字与背景颜色不变', 'Text and background colours do not change'),
        await shot('toolbar-colors', functions.colors, say(`最高 ${fmt(best)}:1`, `best ${fmt(best)}:1`)),
      );
    }

    // 大鼠标: the cursor over the text becomes an image of 48 px or more.
    if (!functions.cursor) missing('toolbar-cursor', '大鼠标', 'large cursor');
    else {
      await pressAndSettle(page, functions.cursor);
      const after = await look();
      /** @type {{ width: number, height: number } | null} */
      const size = after.cursorUrl ? await probe(page, 'imageSize', after.cursorUrl) : null;
      const big = size !== null && Math.max(size.width, size.height) >= 48;
      const what = after.cursorUrl
        ? say(`光标 ${baseline.cursor} → 图片 ${after.cursorUrl}${size ? `(${size.width} × ${size.height} px)` : '(无法载入)'}`, `cursor ${baseline.cursor} → image ${after.cursorUrl}${size ? ` (${size.width} × ${size.height} px)` : ' (did not load)'}`)
        : say(`光标仍为 ${after.cursor}`, `cursor still ${after.cursor}`);
      // An image on another host is blocked by the audit (check it by hand); one on this site that does not load is missing.
      const elsewhere = after.cursorUrl !== null && new URL(after.cursorUrl, page.url()).hostname !== run.host;
      out['toolbar-cursor'] = outcome(big ? 'pass' : elsewhere && !size ? 'manual' : 'fail', what, await shot('toolbar-cursor', functions.cursor, what));
    }

    // 十字线: after pressing, lines over the page follow the pointer.
    if (!functions.guides) missing('toolbar-guides', '十字线', 'guide lines');
    else {
      await pressAndSettle(page, functions.guides);
      const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
      const points = [[Math.round(viewport.width * 0.3), Math.round(viewport.height * 0.4)], [Math.round(viewport.width * 0.6), Math.round(viewport.height * 0.7)]];
      const seen = [];
      for (const [x = 0, y = 0] of points) {
        await page.mouse.move(x, y, { steps: 2 });
        await page.waitForTimeout(150);
        /** @type {{ orientation: string, x: number, y: number }[]} */
        const lines = await probe(page, 'lines');
        seen.push({ x, y, lines });
      }
      const [a, b] = seen;
      const follows = (/** @type {'horizontal' | 'vertical'} */ orientation) =>
        a?.lines.some((l1) => l1.orientation === orientation && b?.lines.some((l2) => l2.orientation === orientation && (orientation === 'horizontal' ? Math.abs(l2.y - l1.y - (b.y - a.y)) <= 12 : Math.abs(l2.x - l1.x - (b.x - a.x)) <= 12)));
      const h = follows('horizontal');
      const v = follows('vertical');
      out['toolbar-guides'] = outcome(
        h || v ? 'pass' : 'fail',
        h || v ? say(`指针从 (${a?.x}, ${a?.y}) 移到 (${b?.x}, ${b?.y}),${[h ? '横线' : '', v ? '竖线' : ''].filter(Boolean).join('和')}随之移动`, `Pointer moved (${a?.x}, ${a?.y}) → (${b?.x}, ${b?.y}); the ${[h ? 'horizontal' : '', v ? 'vertical' : ''].filter(Boolean).join(' and ')} line followed`) : say('没有随指针移动的线', 'No line follows the pointer'),
        await shot('toolbar-guides', functions.guides, say(`${b?.lines.length ?? 0} 条线`, `${b?.lines.length ?? 0} lines`)),
      );
    }

    // The paragraphs the pointer rests on for 大字幕 and 指读.
    /** @type {{ id: number, label: string, text: string }[]} */
    const blocks = await probe(page, 'mainBlocks');
    /** @param {{ id: number }} block */
    const hover = async (block) => {
      const box = await probe(page, 'boxOf', block.id);
      if (!box) return;
      await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + Math.min(10, box.height / 2), { steps: 3 });
      await page.waitForTimeout(500);
    };

    // 大字幕: the text under the pointer shows again at 40 px or more.
    if (!functions.captions) missing('toolbar-captions', '大字幕', 'caption bar');
    else {
      await pressAndSettle(page, functions.captions);
      let shown = null;
      for (const block of blocks.slice(0, 3)) {
        await hover(block);
        const snippet = block.text.slice(0, 8);
        /** @type {{ id: number, label: string, size: number }[]} */
        const copies = await probe(page, 'showing', snippet, block.id);
        const large = copies.filter((c) => c.size >= 39.5).sort((x, y) => y.size - x.size)[0];
        if (large) {
          shown = { block, large };
          break;
        }
      }
      out['toolbar-captions'] = outcome(
        shown ? 'pass' : 'fail',
        shown ? say(`指针停在“${shown.block.text.slice(0, 12)}…”上,字幕 ${shown.large.label} 以 ${fmt(shown.large.size)} px 显示`, `Pointer on “${shown.block.text.slice(0, 12)}…”: caption ${shown.large.label} shows it at ${fmt(shown.large.size)} px`) : say('指针所指的文字没有以 40 px 以上再次显示', 'The text under the pointer is not shown again at 40 px or more'),
        shown ? [{ element: shown.large.label, value: say(`${fmt(shown.large.size)} px`), crop: await crop(page, shown.large, run.outDir, 'toolbar-captions') }] : await shot('toolbar-captions', functions.captions, say('无字幕', 'no caption')),
      );
      await pressAndSettle(page, functions.captions);
    }

    // 语音: a stand-in speechSynthesis records what would be said (headless Chromium has no voices).
    const speechControls = [functions.point, functions.continuous, functions.speech].filter((c) => c !== undefined);
    if (!speechControls.length) missing('toolbar-speech', '语音(指读/连读)', 'speech');
    else {
      const spoken = () => page.evaluate(() => /** @type {{ text: string, lang: string }[]} */ (/** @type {any} */ (globalThis).__govAuditSpeech ?? []).map((u) => ({ text: u.text, lang: u.lang })));
      const heard = [];
      if (functions.point || functions.speech) {
        const control = /** @type {Locator} */ (functions.point ?? functions.speech);
        await pressAndSettle(page, control);
        const before = (await spoken()).length;
        const block = blocks[1] ?? blocks[0];
        if (block) await hover(block);
        const said = (await spoken()).slice(before);
        const match = block && said.find((u) => u.text.replace(/\s+/g, ' ').includes(block.text.slice(0, 8)));
        heard.push({ mode: say(`指读(${await accessibleName(control)})`, `point reading (${await accessibleName(control)})`), ok: Boolean(match), said: said.map((u) => u.text.slice(0, 30)) });
      }
      if (functions.continuous) {
        const before = (await spoken()).length;
        await pressAndSettle(page, functions.continuous);
        await page.waitForTimeout(400);
        const said = (await spoken()).slice(before);
        const ok = said.length > 0 && blocks.some((b) => said.some((u) => b.text.includes(u.text.slice(0, 8)) || u.text.includes(b.text.slice(0, 8))));
        heard.push({ mode: say(`连读(${await accessibleName(functions.continuous)})`, `continuous reading (${await accessibleName(functions.continuous)})`), ok, said: said.slice(0, 3).map((u) => u.text.slice(0, 30)) });
        if (functions.stop) await pressAndSettle(page, functions.stop);
      }
      const otherHosts = [...run.blocked].filter((h) => !blockedBefore.has(h));
      const ok = heard.some((h) => h.ok);
      const note = say('(无头 Chromium 没有语音:审查注入了记录朗读内容的 speechSynthesis 替身)', ' (headless Chromium has no voices: the audit injects a speechSynthesis stand-in that records what is said)');
      out['toolbar-speech'] = outcome(
        ok ? 'pass' : otherHosts.length ? 'manual' : 'fail',
        say(`${heard.map((h) => `${h.mode.zh}${h.ok ? '朗读了页面文字' : '未朗读页面文字'}`).join(';')}${otherHosts.length ? `;曾尝试连接 ${otherHosts.join(', ')}(可能是在线语音),请人工检查` : ''}${note.zh}`, `${heard.map((h) => `${h.mode.en} ${h.ok ? 'read page text' : 'read no page text'}`).join('; ')}${otherHosts.length ? `; it tried ${otherHosts.join(', ')} (an online voice?), check by hand` : ''}${note.en}`),
        await shot('toolbar-speech', /** @type {Locator} */ (speechControls[0]), say(heard.flatMap((h) => h.said).slice(0, 3).join(' | ') || '—')),
      );
    }

    // 纯文本: images give way (hidden, or replaced by their text).
    if (!functions.textOnly) missing('toolbar-text-only', '纯文本', 'text-only');
    else {
      const before = await look();
      const popup = await pressAndSettle(page, functions.textOnly);
      const after = popup ? await look(popup) : await look();
      if (popup) await popup.close();
      const verdict = before.images === 0 ? 'manual' : after.images === 0 ? 'pass' : 'fail';
      const what = before.images === 0 ? say('页面没有可见图片,无法测量,请人工检查', 'No visible image to measure; check by hand') : say(`可见图片 ${before.images} → ${after.images}${popup ? '(新窗口)' : ''}`, `visible images ${before.images} → ${after.images}${popup ? ' (new window)' : ''}`);
      out['toolbar-text-only'] = outcome(verdict, what, await shot('toolbar-text-only', functions.textOnly, what));
    }

    // 帮助: a dialog, a new page or new content that lists the shortcuts.
    if (!functions.help) missing('toolbar-help', '帮助', 'help');
    else {
      const textBefore = await page.evaluate(() => document.body.innerText.length);
      const popup = await pressAndSettle(page, functions.help);
      const where = popup ?? page;
      const dialog = where.getByRole('dialog').filter({ visible: true }).first();
      const hasDialog = (await dialog.count()) > 0;
      const text = hasDialog ? await dialog.innerText() : await where.evaluate(() => document.body.innerText);
      const grew = !hasDialog && !popup && text.length > textBefore + 20;
      const shortcuts = /快捷键|Alt\s*\+|Ctrl\s*\+|Shift\s*\+|shortcut/i.test(text);
      const ok = (hasDialog || popup || grew) && shortcuts;
      out['toolbar-help'] = outcome(
        ok ? 'pass' : 'fail',
        ok ? say(`${hasDialog ? '对话框' : popup ? '新窗口' : '新内容'}列出快捷键`, `${hasDialog ? 'A dialog' : popup ? 'A new window' : 'New content'} lists the shortcuts`) : say('按下后没有出现列出快捷键的帮助', 'No help listing the shortcuts appears'),
        hasDialog ? [{ element: (await refOf(page, dialog)).label, value: say(text.replace(/\s+/g, ' ').slice(0, 60)), crop: await crop(page, await refOf(page, dialog), run.outDir, 'toolbar-help') }] : await shot('toolbar-help', functions.help, say(text.replace(/\s+/g, ' ').slice(0, 60))),
      );
      if (popup) await popup.close();
      if (hasDialog) await page.keyboard.press('Escape');
      await settle(page, 1000);
    }

    // 重置: what the functions changed comes back as it was.
    if (!functions.reset) missing('toolbar-reset', '重置', 'reset');
    else {
      const changed = await look();
      await pressAndSettle(page, functions.reset);
      const after = await look();
      /** @type {[string, string, unknown, unknown, unknown][]} */
      const aspects = [
        ['正文字号', 'body text size', baseline.textSize, changed.textSize, after.textSize],
        ['根字号', 'root font size', baseline.rootFontSize, changed.rootFontSize, after.rootFontSize],
        ['文字颜色', 'text colours', `${baseline.text.color} / ${baseline.text.background}`, `${changed.text.color} / ${changed.text.background}`, `${after.text.color} / ${after.text.background}`],
        ['光标', 'cursor', baseline.cursor, changed.cursor, after.cursor],
        ['可见图片', 'visible images', baseline.images, changed.images, after.images],
      ];
      const near = (/** @type {unknown} */ x, /** @type {unknown} */ y) => (typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) <= Math.max(0.5, x * 0.01) : x === y);
      const touched = aspects.filter(([, , base, mid]) => !near(base, mid));
      const notBack = touched.filter(([, , base, , end]) => !near(base, end));
      out['toolbar-reset'] = outcome(
        !touched.length ? 'manual' : notBack.length ? 'fail' : 'pass',
        !touched.length
          ? say('其他功能没有改变页面,无法验证重置', 'The other functions changed nothing to reset; check by hand')
          : notBack.length
            ? say(`未恢复:${notBack.map(([zh, , base, , end]) => `${zh} ${String(base)} ≠ ${String(end)}`).join(';')}`, `Not restored: ${notBack.map(([, en, base, , end]) => `${en} ${String(base)} ≠ ${String(end)}`).join('; ')}`)
            : say(`已恢复:${touched.map(([zh]) => zh).join('、')}`, `Restored: ${touched.map(([, en]) => en).join(', ')}`),
        await shot('toolbar-reset', functions.reset, say(`${touched.length} 项改变过`, `${touched.length} aspects had changed`)),
      );
    }
    return out;
  } finally {
    await context.close();
  }
}
