// @ts-check
// Elder mode (长辈版): the entry on the first screen, turning it on from the
// keyboard, then the MIIT numbers measured on what the page draws in elder
// mode: text sizes, line height, target sizes, contrast.
import { probe } from '../measure/probe.mjs';
import { focusState } from '../measure/focus.mjs';
import { settle } from '../browser.mjs';
import { shareNeeded } from '../items.mjs';
import { say, outcome, fmt, pct, visibleControls, findControl, refOf, press, crop, evidenceFor } from './common.mjs';

/** Names of an elder-mode entry on Chinese government sites, and of leaving it. */
export const elderName = /长辈版|关怀版|适老版|老年版|长者版|敬老版|适老化|elder|senior/i;
const leaveName = /退出|返回|标准版|普通版|exit|leave|standard/i;
/** Names of the accessibility toolbar's entry. */
export const toolbarName = /无障碍|辅助工具|辅助浏览|accessib/i;

/** @typedef {import('./common.mjs').Outcome} Outcome */
/** @typedef {{ id: number, label: string, chars: number, sample: string, size: number, bold: boolean, lineHeight: number | null, multiLine: boolean, heading: boolean, headingId: number, large: boolean, contrast: number | null, colors: string | null }} TextRun */

/**
 * Characters at each size, and the median size by characters.
 * @param {TextRun[]} runs
 */
export function medianSize(runs) {
  const sorted = [...runs].sort((a, b) => a.size - b.size);
  const total = sorted.reduce((sum, run) => sum + run.chars, 0);
  let seen = 0;
  for (const run of sorted) {
    seen += run.chars;
    if (seen >= total / 2) return run.size;
  }
  return 0;
}

/**
 * Tabs from the top of the page until focus is on `targetId`, opening the
 * disclosure `viaId` with Enter on the way; returns the number of presses,
 * or null when Tab never gets there.
 * @param {import('playwright-core').Page} page
 * @param {number} targetId
 * @param {number | null} viaId
 */
async function tabTo(page, targetId, viaId, max = 150) {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (!state) return null;
    if (state.id === targetId) return presses;
    if (viaId && state.id === viaId) await page.keyboard.press('Enter');
  }
  return null;
}

/**
 * Runs the elder-mode items on a fresh page.
 * @param {import('./common.mjs').RunContext} run
 * @returns {Promise<Record<string, Outcome>>}
 */
export async function checkElder(run) {
  /** @type {Record<string, Outcome>} */
  const out = {};
  const { page, context } = await run.open();
  try {
    const found = await findControl(page, elderName, leaveName);
    const elderItems = ['elder-body-text', 'elder-heading-text', 'elder-line-height', 'elder-main-controls', 'elder-targets', 'elder-contrast', 'elder-contrast-enhanced'];
    if (!found) {
      out['elder-entry'] = outcome('fail', say('没有名为“长辈版/关怀版/适老版”的按钮或链接', 'No button or link named 长辈版/关怀版/适老版'));
      out['elder-keyboard'] = outcome('fail', say('没有长辈版入口', 'No elder-mode entry'));
      for (const id of elderItems) out[id] = outcome('fail', say('没有长辈版可测', 'No elder mode to measure'));
      return out;
    }
    const entry = await refOf(page, found.control);
    const via = found.via ? await refOf(page, found.via) : null;
    const entryCrop = await crop(page, entry, run.outDir, 'elder-entry');
    const where = via ? say(`经由“${via.label}”展开后可见`, `shown after opening ${via.label}`) : say('直接可见', 'visible at once');
    out['elder-entry'] = outcome(
      found.onFirstScreen ? 'pass' : 'fail',
      found.onFirstScreen ? say(`首屏内:${entry.label}(${where.zh})`, `On the first screen: ${entry.label} (${where.en})`) : say(`有入口,但不在首屏:${entry.label}`, `Present but below the first screen: ${entry.label}`),
      [{ element: entry.label, value: where, crop: entryCrop }],
    );

    // Keyboard: from the top of a fresh page, Tab to the entry and press Enter.
    await page.reload();
    await settle(page);
    const entryAgain = (await findControl(page, elderName, leaveName))?.control;
    const target = entryAgain ? await refOf(page, entryAgain) : entry;
    const viaAgain = via && found.via ? await refOf(page, found.via) : null;
    const before = { url: page.url(), texts: /** @type {TextRun[]} */ (await probe(page, 'texts')), name: target.label };
    const presses = await tabTo(page, target.id, viaAgain?.id ?? null);
    if (presses === null) {
      out['elder-keyboard'] = outcome('fail', say(`Tab 到达不了 ${target.label}`, `Tab never reaches ${target.label}`), [{ element: target.label, value: say('未获得焦点', 'never focused'), crop: null }]);
      await press(entryAgain ?? found.control);
    } else {
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(300);
    await settle(page);
    if (new URL(page.url()).hostname !== run.host) {
      out['elder-keyboard'] ??= outcome('manual', say(`长辈版在其他主机:${page.url()},请单独检测`, `Elder mode lives on another host: ${page.url()}; audit it separately`));
      for (const id of elderItems) out[id] = outcome('manual', say('长辈版在其他主机', 'Elder mode is on another host'));
      return out;
    }
    /** @type {TextRun[]} */
    const texts = await probe(page, 'texts');
    const grew = medianSize(texts) / Math.max(1, medianSize(before.texts));
    const navigated = page.url() !== before.url;
    const [leave] = await visibleControls(page, elderName);
    const leaveLabel = leave ? (await refOf(page, leave)).label : '';
    const changedName = Boolean(leaveLabel) && leaveLabel !== before.name;
    const on = grew >= 1.1 || navigated || changedName;
    if (presses !== null) {
      const how = [grew >= 1.1 ? `正文中位字号 ×${fmt(grew)}` : '', navigated ? `转到 ${page.url()}` : '', changedName ? `控件变为 ${leaveLabel}` : ''].filter(Boolean);
      const howEn = [grew >= 1.1 ? `median text size ×${fmt(grew)}` : '', navigated ? `went to ${page.url()}` : '', changedName ? `control now ${leaveLabel}` : ''].filter(Boolean);
      out['elder-keyboard'] = outcome(
        on ? 'pass' : 'fail',
        on ? say(`Tab ${presses} 次到达,Enter 后:${how.join(';')}`, `${presses} Tab presses, then Enter: ${howEn.join('; ')}`) : say(`Tab ${presses} 次到达,但 Enter 后页面没有变化`, `${presses} Tab presses reach it, but Enter changes nothing`),
        [{ element: target.label, value: say(`Tab ×${presses}`), crop: null }],
      );
    }
    if (!on) {
      for (const id of elderItems) out[id] = outcome('fail', say('进入长辈版后页面没有变化', 'Nothing changes in elder mode'));
      return out;
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await run.screenshot(page, 'elder');
    Object.assign(out, await measureElder(run, page, texts));
    return out;
  } finally {
    await context.close();
  }
}

/**
 * The elder-mode numbers, measured on the page as it is now.
 * @param {import('./common.mjs').RunContext} run
 * @param {import('playwright-core').Page} page
 * @param {TextRun[]} texts
 * @returns {Promise<Record<string, Outcome>>}
 */
async function measureElder(run, page, texts) {
  /** @type {Record<string, Outcome>} */
  const out = {};
  const sum = (/** @type {TextRun[]} */ list) => list.reduce((total, run) => total + run.chars, 0);
  /** @param {TextRun[]} list @param {(run: TextRun) => boolean} ok */
  const share = (list, ok) => ({ total: sum(list), ok: sum(list.filter(ok)), bad: list.filter((run) => !ok(run)).sort((a, b) => b.chars - a.chars) });
  /** @param {string} id @param {ReturnType<typeof share>} s @param {import('../items.mjs').Text} what @param {(run: TextRun) => import('../items.mjs').Text} value */
  const shareItem = async (id, s, what, value) => {
    const verdict = !s.total ? 'na' : s.ok / s.total >= shareNeeded ? 'pass' : 'fail';
    out[id] = outcome(
      verdict,
      say(`${what.zh}${pct(s.ok, s.total)}(${s.ok} / ${s.total} 字)`, `${what.en}${pct(s.ok, s.total)} (${s.ok} of ${s.total} characters)`),
      await evidenceFor(page, run.outDir, id, s.bad.slice(0, 6), value),
    );
  };
  const sizeValue = (/** @type {TextRun} */ run) => say(`${fmt(run.size)} px,${run.chars} 字:“${run.sample}”`, `${fmt(run.size)} px, ${run.chars} characters: “${run.sample}”`);

  await shareItem('elder-body-text', share(texts.filter((t) => !t.heading), (t) => t.size >= 23.9), say('不小于 24 px 的正文:', 'Body text at 24 px or more: '), sizeValue);
  // A heading counts at the size of most of its characters (a smaller kicker inside it does not set its size).
  const headings = texts.filter((t) => t.heading);
  /** @type {Map<number, Map<number, number>>} characters per size, per heading */
  const perHeading = new Map();
  for (const t of headings) {
    const sizes = perHeading.get(t.headingId) ?? new Map();
    sizes.set(Math.round(t.size * 10) / 10, (sizes.get(Math.round(t.size * 10) / 10) ?? 0) + t.chars);
    perHeading.set(t.headingId, sizes);
  }
  /** @param {TextRun} t */
  const headingSize = (t) => [...(perHeading.get(t.headingId) ?? new Map([[t.size, 1]]))].sort((a, b) => b[1] - a[1])[0]?.[0] ?? t.size;
  await shareItem('elder-heading-text', share(headings, (t) => headingSize(t) >= 29.9), say('不小于 30 px 的标题:', 'Headings at 30 px or more: '), sizeValue);
  await shareItem(
    'elder-line-height',
    share(texts.filter((t) => t.multiLine), (t) => (t.lineHeight ?? 1.2) >= 1.49),
    say('行高不小于 1.5 的多行文字:', 'Wrapping text with line height 1.5 or more: '),
    (run) => say(`行高 ${run.lineHeight === null ? 'normal(约 1.2)' : fmt(run.lineHeight)},${run.chars} 字`, `line height ${run.lineHeight === null ? 'normal (about 1.2)' : fmt(run.lineHeight)}, ${run.chars} characters`),
  );

  // Contrast: WCAG 1.4.3 (4.5:1, large text 3:1) and 1.4.6 (7:1, large text 4.5:1); shares at 4.5:1 and 7:1 as such.
  const measured = texts.filter((t) => t.contrast !== null);
  const unknown = sum(texts) - sum(measured);
  const at = (/** @type {number} */ ratio) => sum(measured.filter((t) => /** @type {number} */ (t.contrast) >= ratio - 0.005));
  const shares = say(`达 4.5:1 的 ${pct(at(4.5), sum(measured))},达 7:1 的 ${pct(at(7), sum(measured))}`, `${pct(at(4.5), sum(measured))} at 4.5:1, ${pct(at(7), sum(measured))} at 7:1`);
  const unknownNote = unknown ? say(`;${unknown} 字在背景图上,需人工检查`, `; ${unknown} characters over background images, check by hand`) : say('');
  const contrastValue = (/** @type {TextRun} */ run) => say(`${fmt(run.contrast ?? 0)}:1(${run.colors}),${fmt(run.size)} px`, `${fmt(run.contrast ?? 0)}:1 (${run.colors}), ${fmt(run.size)} px`);
  for (const [id, normal, large] of /** @type {const} */ ([['elder-contrast', 4.5, 3], ['elder-contrast-enhanced', 7, 4.5]])) {
    const bad = measured.filter((t) => /** @type {number} */ (t.contrast) < (t.large ? large : normal) - 0.005).sort((a, b) => (a.contrast ?? 0) - (b.contrast ?? 0));
    const verdict = !measured.length ? 'manual' : bad.length ? 'fail' : unknown ? 'manual' : 'pass';
    out[id] = outcome(
      verdict,
      say(`${bad.length ? `${sum(bad)} 字未达标;` : '全部达标;'}${shares.zh}${unknownNote.zh}`, `${bad.length ? `${sum(bad)} characters below;` : 'all meet it;'} ${shares.en}${unknownNote.en}`),
      await evidenceFor(page, run.outDir, id, bad.slice(0, 6), contrastValue),
    );
  }

  // Targets: every one 44 × 44 (links inside sentences excepted); the bar holding the elder-mode and toolbar entries 60 × 60.
  /** @type {{ id: number, label: string, width: number, height: number, inline: boolean }[]} */
  const targets = await probe(page, 'targets');
  const small = targets.filter((t) => !t.inline && (t.width < 43.5 || t.height < 43.5));
  const targetValue = (/** @type {{ width: number, height: number }} */ t) => say(`${fmt(t.width)} × ${fmt(t.height)} px`);
  const measuredTargets = targets.filter((t) => !t.inline).length;
  out['elder-targets'] = outcome(
    measuredTargets ? (small.length ? 'fail' : 'pass') : 'na',
    say(`${measuredTargets - small.length} / ${measuredTargets} 个目标不小于 44 × 44 px(另有 ${targets.length - measuredTargets} 个句中链接)`, `${measuredTargets - small.length} of ${measuredTargets} targets are 44 × 44 px or more (and ${targets.length - measuredTargets} links inside sentences)`),
    await evidenceFor(page, run.outDir, 'elder-targets', small.slice(0, 8), targetValue),
  );
  const [elderControl] = await visibleControls(page, elderName);
  const [toolbarEntry] = await visibleControls(page, toolbarName);
  const anchors = [elderControl, toolbarEntry].filter((l) => l !== undefined);
  const ids = [];
  for (const locator of anchors) ids.push((await refOf(page, locator)).id);
  /** @type {{ id: number, label: string } | null} */
  const bar = ids.length > 1 ? await probe(page, 'commonAncestor', ids) : ids[0] ? await probe(page, 'barOf', ids[0]) : null;
  /** @type {typeof targets} */
  const main = bar ? await probe(page, 'targets', bar.id) : [];
  const smallMain = main.filter((t) => t.width < 59.5 || t.height < 59.5);
  out['elder-main-controls'] = outcome(
    !main.length ? 'fail' : smallMain.length ? 'fail' : 'pass',
    main.length
      ? say(`功能栏 ${bar?.label}:${main.length - smallMain.length} / ${main.length} 个控件不小于 60 × 60 px`, `Bar ${bar?.label}: ${main.length - smallMain.length} of ${main.length} controls are 60 × 60 px or more`)
      : say('找不到长辈版所在的功能栏', 'No bar around the elder-mode control'),
    [
      ...(bar ? [{ element: bar.label, value: say('功能栏', 'the bar'), crop: await crop(page, bar, run.outDir, 'elder-main-controls') }] : []),
      ...(await evidenceFor(page, run.outDir, 'elder-main-controls', smallMain.slice(0, 6), targetValue)),
    ],
  );
  return out;
}
