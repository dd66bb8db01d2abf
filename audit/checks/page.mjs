// @ts-check
// The page as it loads: the veto items (pop-ups, media that plays, flashes),
// the basics (lang, title, landmarks, headings, images, other hosts), axe-core
// and the keyboard (reach, focus indicator, traps, the skip link). One fresh
// page, watched from before it loads.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { probe } from '../measure/probe.mjs';
import { tabWalk, indicatorContrast, describeIndicator } from '../measure/focus.mjs';
import { flashes, focusPixels } from '../pixels.mjs';
import { say, outcome, fmt, crop, evidenceFor } from './common.mjs';

/** @typedef {import('./common.mjs').Outcome} Outcome */
/** @typedef {import('playwright-core').Page} Page */

/** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How long the page is watched after it loads, for the veto items (ms). */
const watchFor = 2500;

/** axe-core's browser build, wrapped so that a page's AMD loader or CommonJS shim cannot take it. */
async function axeSource() {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  return `(() => { const define = undefined, module = undefined, exports = undefined; ${await readFile(path, 'utf8')}\n})()`;
}

/**
 * @param {import('./common.mjs').RunContext} run
 * @param {import('playwright-core').Page} pixels  a page from pixelPage()
 * @returns {Promise<Record<string, Outcome>>}
 */
export async function checkPage(run, pixels) {
  /** @type {Record<string, Outcome>} */
  const out = {};
  /** @type {string[]} */
  const dialogs = [];
  /** @type {string[]} */
  const windows = [];
  /** @type {import('../pixels.mjs').Frame[]} */
  const frames = [];
  let firstFrame = 0;
  const { page, context } = await run.open({
    before: async (p) => {
      p.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        dialog.dismiss().catch(() => {});
      });
      p.context().on('page', (opened) => {
        windows.push(opened.url() || 'about:blank');
        opened.close().catch(() => {});
      });
      const cdp = await p.context().newCDPSession(p);
      cdp.on('Page.screencastFrame', (frame) => {
        const at = frame.metadata.timestamp ?? 0;
        if (!firstFrame) firstFrame = at;
        if (at - firstFrame <= watchFor / 1000) frames.push({ data: frame.data, at });
        cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
      });
      await cdp.send('Page.startScreencast', { format: 'png', maxWidth: 640, maxHeight: 480 });
    },
  });
  try {
    const thirdParty = new Set(run.blocked);
    await page.waitForTimeout(300);
    /** @type {{ id: number, label: string, x: number, y: number, width: number, height: number, position: string, dialog: boolean, landmark: boolean }[]} */
    const early = await probe(page, 'positioned');
    await page.waitForTimeout(watchFor - 300);
    /** @type {typeof early} */
    const late = await probe(page, 'positioned');
    for (const host of run.blocked) thirdParty.add(host);
    Object.assign(out, await vetoItems(run, page, { dialogs, windows, early, late }));
    const flash = await flashes(pixels, frames, run.viewport.width);
    out['veto-flash'] = outcome(
      flash.area >= 21824 ? 'fail' : 'pass',
      say(`分析 ${flash.frames} 帧(${watchFor / 1000} 秒):最多每秒 ${flash.worst} 次闪烁${flash.area ? `,闪烁面积 ${flash.area} px²` : ''}`, `${flash.frames} frames in ${watchFor / 1000} s: at most ${flash.worst} flashes a second${flash.area ? `, flashing area ${flash.area} px²` : ''}`),
      [],
      flash,
    );

    Object.assign(out, await basicItems(run, page, [...thirdParty]));
    out.axe = await axeItem(run, page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await run.screenshot(page, 'standard');
    Object.assign(out, await keyboardItems(run, page, pixels));
    return out;
  } finally {
    await context.close();
  }
}

/**
 * Pop-ups, floating layers and media on load.
 * @param {import('./common.mjs').RunContext} run
 * @param {Page} page
 * @param {{ dialogs: string[], windows: string[], early: any[], late: any[] }} seen
 * @returns {Promise<Record<string, Outcome>>}
 */
async function vetoItems(run, page, { dialogs, windows, early, late }) {
  const viewport = run.viewport.width * run.viewport.height;
  const moved = late.filter((now) => {
    const then = early.find((e) => e.id === now.id);
    return then && now.position !== 'sticky' && Math.hypot(now.x - then.x, now.y - then.y) > 20;
  });
  const modal = late.filter((p) => p.dialog);
  const overlays = late.filter((p) => p.position === 'fixed' && !p.landmark && p.width * p.height >= viewport * 0.3);
  const floating = late.filter((p) => p.position === 'fixed' && !p.landmark && !p.dialog && p.width * p.height >= 2000 && !overlays.includes(p));
  /** @type {{ url: string, at: number }[]} */
  const opens = await page.evaluate(() => /** @type {any} */ (globalThis).__govAuditOpens ?? []);
  const tried = opens.filter((o) => !windows.includes(new URL(o.url || 'about:blank', page.url()).href));
  const problems = [
    ...windows.map((url) => say(`打开了新窗口 ${url}`, `opened a window ${url}`)),
    ...tried.map((o) => say(`尝试打开新窗口 ${o.url || 'about:blank'}`, `tried to open a window ${o.url || 'about:blank'}`)),
    ...dialogs.map((d) => say(`弹出对话框 ${d}`, `showed a dialog ${d}`)),
    ...modal.map((p) => say(`显示了对话框 ${p.label}`, `showed the dialog ${p.label}`)),
    ...overlays.map((p) => say(`遮罩层 ${p.label} 覆盖 ${fmt((p.width * p.height * 100) / viewport)}% 的屏幕`, `overlay ${p.label} covers ${fmt((p.width * p.height * 100) / viewport)} % of the screen`)),
    ...moved.map((p) => say(`浮动层 ${p.label} 在移动`, `floating layer ${p.label} moves`)),
  ];
  /** @type {Record<string, Outcome>} */
  const out = {};
  const flagged = [...modal, ...overlays, ...moved];
  out['veto-popups'] = outcome(
    problems.length ? 'fail' : floating.length ? 'manual' : 'pass',
    problems.length
      ? say(problems.map((p) => p.zh).join(';'), problems.map((p) => p.en).join('; '))
      : floating.length
        ? say(`没有弹窗;有 ${floating.length} 个固定浮层,请人工确认不是广告:${floating.map((p) => p.label).join('、')}`, `No pop-up; ${floating.length} fixed layers to check by hand for advertising: ${floating.map((p) => p.label).join(', ')}`)
        : say('载入后 3 秒内没有窗口、对话框、遮罩或移动的浮层', 'No window, dialog, overlay or moving layer within 3 s of loading'),
    await evidenceFor(page, run.outDir, 'veto-popups', [...flagged, ...floating].slice(0, 5), (p) => say(`${p.position} ${p.width} × ${p.height} px`)),
  );

  /** @type {{ id: number, label: string, tag: string, paused: boolean, muted: boolean, autoplay: boolean, currentTime: number, src: string }[]} */
  const media = await probe(page, 'media');
  /** @type {{ src: string }[]} */
  const plays = await page.evaluate(() => /** @type {any} */ (globalThis).__govAuditPlays ?? []);
  const playing = media.filter((m) => (!m.paused && m.currentTime > 0) || m.autoplay);
  out['veto-autoplay'] = outcome(
    playing.length || plays.length ? 'fail' : 'pass',
    playing.length || plays.length
      ? say(`${[...playing.map((m) => `${m.label}${m.muted ? '(静音)' : ''}${m.autoplay ? ' autoplay' : ''}`), ...plays.map((p) => `play() ${p.src}`)].join(';')}`, `${[...playing.map((m) => `${m.label}${m.muted ? ' (muted)' : ''}${m.autoplay ? ' autoplay' : ''}`), ...plays.map((p) => `play() ${p.src}`)].join('; ')}`)
      : say(`${media.length} 个媒体元素,均未自动播放`, `${media.length} media elements, none plays by itself`),
    await evidenceFor(page, run.outDir, 'veto-autoplay', playing.slice(0, 3), (m) => say(m.src || m.tag)),
  );
  return out;
}

/**
 * lang, title, landmarks, headings, images and the hosts the page tried.
 * @param {import('./common.mjs').RunContext} run
 * @param {Page} page
 * @param {string[]} hosts
 * @returns {Promise<Record<string, Outcome>>}
 */
async function basicItems(run, page, hosts) {
  /** @type {{ lang: string | null, title: string, landmark: Record<string, number>, headings: { id: number, label: string, level: number, text: string }[], images: { id: number, label: string, alt: string | null, name: string | null, hidden: boolean, src: string }[] }} */
  const b = await probe(page, 'basics');
  /** @type {Record<string, Outcome>} */
  const out = {};
  const lang = b.lang?.trim() ?? '';
  const validLang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang);
  out['basics-lang'] = outcome(validLang ? 'pass' : 'fail', say(lang ? `lang="${lang}"${validLang ? '' : '(无效)'}` : '没有 lang', lang ? `lang="${lang}"${validLang ? '' : ' (invalid)'}` : 'no lang'));
  const title = b.title.trim();
  out['basics-title'] = outcome(title ? 'pass' : 'fail', say(title ? `“${title}”` : '没有标题', title ? `“${title}”` : 'no title'));
  const { main = 0, navigation = 0, banner = 0, contentinfo = 0, search = 0 } = b.landmark;
  out['basics-landmarks'] = outcome(
    main === 1 && navigation >= 1 ? 'pass' : 'fail',
    say(`main ${main},navigation ${navigation},banner ${banner},contentinfo ${contentinfo},search ${search}`, `main ${main}, navigation ${navigation}, banner ${banner}, contentinfo ${contentinfo}, search ${search}`),
  );
  const h1 = b.headings.filter((h) => h.level === 1);
  const skips = b.headings.filter((h, i) => i > 0 && h.level > (b.headings[i - 1]?.level ?? 0) + 1);
  out['basics-headings'] = outcome(
    h1.length === 1 && !skips.length ? 'pass' : 'fail',
    say(`${b.headings.length} 个标题,h1 ${h1.length} 个${skips.length ? `,${skips.length} 处跳级` : ',不跳级'}`, `${b.headings.length} headings, ${h1.length} h1${skips.length ? `, ${skips.length} skipped levels` : ', no level skipped'}`),
    await evidenceFor(page, run.outDir, 'basics-headings', skips.slice(0, 3), (h) => say(`h${h.level}:${h.text}`, `h${h.level}: ${h.text}`)),
  );
  const missing = b.images.filter((img) => !img.hidden && img.alt === null && !img.name);
  const suspicious = b.images.filter((img) => img.alt && /\.(png|jpe?g|gif|svg|webp)$|^(图片|image|img|photo|picture)$/i.test(img.alt.trim()));
  out['basics-images'] = outcome(
    missing.length ? 'fail' : suspicious.length ? 'manual' : b.images.length ? 'pass' : 'na',
    say(`${b.images.length} 张图片,${missing.length} 张缺少替代文字${suspicious.length ? `,${suspicious.length} 张替代文字像文件名,请人工检查` : ''}`, `${b.images.length} images, ${missing.length} without alternative text${suspicious.length ? `, ${suspicious.length} with file-name-like alt text to check by hand` : ''}`),
    await evidenceFor(page, run.outDir, 'basics-images', [...missing, ...suspicious].slice(0, 5), (img) => say(img.src || img.label)),
  );
  out['basics-third-party'] = outcome(
    hosts.length ? 'manual' : 'pass',
    hosts.length ? say(`载入时尝试连接(已拦截):${hosts.join('、')}`, `Tried on load (blocked): ${hosts.join(', ')}`) : say('载入时只连接本站', 'Loading contacts this site only'),
    [],
    { hosts },
  );
  return out;
}

/**
 * axe-core with the WCAG 2.0–2.2 A/AA tags, in every frame; violations by rule and impact.
 * @param {import('./common.mjs').RunContext} run
 * @param {Page} page
 * @returns {Promise<Outcome>}
 */
async function axeItem(run, page) {
  const source = await axeSource();
  for (const frame of page.frames()) await frame.evaluate(source).catch(() => {});
  await probe(page, 'idOf', null);
  /** @type {{ id: string, impact: string, help: string, helpUrl: string, tags: string[], nodes: number, targets: string[], ref: { id: number, label: string } | null }[] | { error: string }} */
  const result = await page.evaluate(async (tags) => {
    const axe = /** @type {any} */ (globalThis).axe;
    if (!axe) return { error: 'axe-core did not load' };
    const probeObject = /** @type {any} */ (globalThis)[Symbol.for('gov-portal-kit.audit')];
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((/** @type {any} */ v) => {
      /** @type {Element | null} */
      let first;
      try {
        first = axe.utils.shadowSelect(v.nodes[0]?.target);
      } catch {
        first = null;
      }
      return {
        id: v.id,
        impact: v.impact ?? 'minor',
        help: v.help,
        helpUrl: v.helpUrl,
        tags: v.tags.filter((/** @type {string} */ t) => /^wcag\d{3,}$/.test(t)).map((/** @type {string} */ t) => t.slice(4).split('').join('.')),
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 5).map((/** @type {any} */ n) => n.target.flat().join(' › ')),
        ref: first && probeObject ? probeObject.ref(first) : null,
      };
    });
  }, wcagTags);
  if (!Array.isArray(result)) return outcome('manual', say(`axe-core 无法运行:${result.error}`, `axe-core could not run: ${result.error}`));
  const order = ['critical', 'serious', 'moderate', 'minor'];
  result.sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact) || b.nodes - a.nodes);
  const byImpact = order.map((impact) => [impact, result.filter((v) => v.impact === impact).length]).filter(([, n]) => n);
  const evidence = [];
  for (const [index, v] of result.entries()) {
    evidence.push({ element: v.targets[0] ?? '', value: say(`${v.id}(${v.impact},${v.nodes} 处):${v.help}`, `${v.id} (${v.impact}, ${v.nodes} nodes): ${v.help}`), crop: index < 5 && v.ref ? await crop(page, v.ref, run.outDir, 'axe') : null });
  }
  return outcome(
    result.length ? 'fail' : 'pass',
    result.length
      ? say(`${result.length} 条规则违规:${byImpact.map(([i, n]) => `${i} ${n}`).join(',')}`, `${result.length} rules violated: ${byImpact.map(([i, n]) => `${i} ${n}`).join(', ')}`)
      : say('无违规', 'No violation'),
    evidence,
    { rules: result.map((rule) => ({ ...rule, ref: undefined })) },
  );
}

/**
 * Tab and Shift+Tab across the page: what is reached, the focus indicator at
 * each stop, traps, and the skip link.
 * @param {import('./common.mjs').RunContext} run
 * @param {Page} page
 * @param {Page} pixels
 * @returns {Promise<Record<string, Outcome>>}
 */
async function keyboardItems(run, page, pixels) {
  /** @type {{ id: number, label: string, group: string }[]} */
  const tabbables = await probe(page, 'tabbables');
  const max = tabbables.length * 2 + 50;
  /** @type {{ state: import('../measure/focus.mjs').FocusState, ratio: number, pixels: number | null }[]} */
  const weak = [];
  let checked = 0;
  let byPixels = 0;
  const scale = await page.evaluate(() => devicePixelRatio);
  const viewport = page.viewportSize() ?? run.viewport;
  const forward = await tabWalk(page, {
    max,
    check: async (state) => {
      checked += 1;
      const { ratio } = indicatorContrast(state);
      if (ratio >= 3 && state.shown) return;
      // Not an outline or a halo: compare the pixels with focus and without (Shift+Tab moves it away, Tab brings it back).
      /** @type {number | null} */
      let drawn = null;
      if (state.shown && weak.length < 15) {
        const clip = { x: Math.max(0, state.box.x - 6), y: Math.max(0, state.box.y - 6), width: 0, height: 0 };
        clip.width = Math.min(viewport.width - clip.x, state.box.width + 12);
        clip.height = Math.min(viewport.height - clip.y, state.box.height + 12);
        if (clip.width > 2 && clip.height > 2) {
          const on = (await page.screenshot({ clip, caret: 'hide' })).toString('base64');
          await page.keyboard.press('Shift+Tab');
          const off = (await page.screenshot({ clip, caret: 'hide' })).toString('base64');
          await page.keyboard.press('Tab');
          drawn = await focusPixels(pixels, on, off, scale);
          if (drawn >= 2 * (state.box.width + state.box.height)) {
            byPixels += 1;
            return;
          }
        }
      }
      weak.push({ state, ratio, pixels: drawn });
    },
  });
  // Backwards, the walk has wrapped round once it passes the page's first stop going forward.
  const firstId = forward.stops[0]?.id;
  const backward = await tabWalk(page, { key: 'Shift+Tab', max, start: (stop) => stop.id === firstId });
  /** @type {Record<string, Outcome>} */
  const out = {};

  const reached = new Set(forward.stops.map((s) => s.id));
  /** @type {Map<string, { id: number, label: string, group: string }[]>} */
  const groups = new Map();
  for (const t of tabbables) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  const unreached = [...groups.values()].filter((members) => !members.some((m) => reached.has(m.id))).map((members) => /** @type {{ id: number, label: string }} */ (members[0]));
  out['keyboard-reach'] = outcome(
    unreached.length ? 'fail' : 'pass',
    say(`${groups.size - unreached.length} / ${groups.size} 个控件(组)由 Tab 到达,共 ${forward.stops.length} 个焦点位置`, `${groups.size - unreached.length} of ${groups.size} controls (groups) reached by Tab, ${forward.stops.length} focus stops`),
    await evidenceFor(page, run.outDir, 'keyboard-reach', unreached.slice(0, 6), () => say('Tab 到达不了', 'not reached by Tab')),
  );

  const weakest = Math.min(...forward.stops.map((s) => indicatorContrast(s).ratio));
  const lowest = fmt(Number.isFinite(weakest) ? weakest : 0);
  out['keyboard-focus-visible'] = outcome(
    !checked ? 'na' : weak.length ? 'fail' : 'pass',
    weak.length
      ? say(`${weak.length} / ${checked} 个焦点位置的焦点指示不足 3:1 或不可见`, `${weak.length} of ${checked} focus stops have no indicator at 3:1 or are hidden`)
      : say(
          `${checked} 个焦点位置都有 3:1 以上的焦点指示(轮廓或光晕最低 ${lowest}:1${byPixels ? `;${byPixels} 个以像素比对确认` : ''})`,
          `All ${checked} focus stops show an indicator at 3:1 or more (outline or halo at least ${lowest}:1${byPixels ? `; ${byPixels} confirmed by comparing pixels` : ''})`,
        ),
    await evidenceFor(page, run.outDir, 'keyboard-focus-visible', weak.slice(0, 6).map((w) => ({ id: w.state.id, label: w.state.name, w })), (r) =>
      say(`${r.w.state.shown ? '' : '被遮挡或在屏幕外;'}${describeIndicator(r.w.state)}${r.w.pixels === null ? '' : `;像素比对 ${fmt(r.w.pixels)} px²`}`, `${r.w.state.shown ? '' : 'covered or off screen; '}${describeIndicator(r.w.state)}${r.w.pixels === null ? '' : `; pixel comparison ${fmt(r.w.pixels)} px²`}`),
    ),
  );

  const trapped = [forward, backward].filter((walk) => !walk.escaped);
  out['keyboard-trap'] = outcome(
    trapped.length ? 'fail' : 'pass',
    trapped.length ? say(trapped.map((w) => w.trap ?? '').join(';')) : say(`Tab ${forward.stops.length} 步、Shift+Tab ${backward.stops.length} 步都走出了页面`, `Tab (${forward.stops.length} stops) and Shift+Tab (${backward.stops.length} stops) both leave the page`),
  );

  // The skip link: one of the first three stops links to an element of this page, and following it moves there.
  let skip = null;
  for (const stop of forward.stops.slice(0, 3)) {
    /** @type {{ href: string, target: { id: number, label: string } | null } | null} */
    const link = await probe(page, 'skipTarget', stop.id);
    if (link?.target) {
      skip = { stop, link, target: link.target };
      break;
    }
  }
  if (!skip) {
    out['keyboard-skip-link'] = outcome('fail', say(`前三个焦点位置(${forward.stops.slice(0, 3).map((s) => s.name).join('、')})都不是跳转链接`, `None of the first three focus stops (${forward.stops.slice(0, 3).map((s) => s.name).join(', ')}) is a skip link`));
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
    await probe(page, 'focus', skip.stop.id);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    const moved = (await probe(page, 'focusWithin', skip.target.id)) || (await probe(page, 'nearTop', skip.target.id));
    out['keyboard-skip-link'] = outcome(
      moved && skip.stop.shown ? 'pass' : 'fail',
      say(`${skip.stop.name} → ${skip.link.href}(${skip.target.label})${moved ? ',按 Enter 后到达' : ',按 Enter 后没有到达'}${skip.stop.shown ? '' : ',获得焦点时不可见'}`, `${skip.stop.name} → ${skip.link.href} (${skip.target.label})${moved ? ', Enter moves there' : ', Enter does not move there'}${skip.stop.shown ? '' : ', not visible when focused'}`),
      [{ element: skip.stop.name, value: say(skip.link.href), crop: await crop(page, { id: skip.stop.id }, run.outDir, 'keyboard-skip-link') }],
    );
  }
  return out;
}
