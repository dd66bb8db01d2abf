// The endurance benchmark: toggles every mode and opens and closes every
// disclosure and dialog of the built demo 1,000 times, then compares the JS
// heap, the event listeners and the DOM nodes after a forced GC with the
// figures taken after one warm-up cycle. Two heaps: V8's and Blink's (the
// DOM, styles, media queries and other objects of the engine). V8's is split
// by a heap snapshot into the JS objects the page keeps (where a leak shows)
// and the code V8 compiles for the hot paths, which levels off and is only
// reported (ADR 0019). Fails when the JS objects grew by 256 KB or more,
// when Blink's heap grew by 1 MB or more, when a listener was left behind, or
// when the page reported an error.
//
//   node scripts/endurance.mjs [build folder]   (default: $GOV_DIST or dist)
//   ENDURANCE_CYCLES=100 node scripts/endurance.mjs   (a quicker run)
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../support/serve.mjs';
import { requireChromium, chromiumArgs } from '../support/browsers.mjs';
import { waitForUpgrade } from '../support/upgrade.mjs';

const root = process.argv[2] ?? process.env.GOV_DIST ?? 'dist';
const cycles = Number(process.env.ENDURANCE_CYCLES ?? 1000);
const objectsBudget = 256 * 1024;
const blinkBudget = 1024 * 1024;
const desktop = { width: 1280, height: 900 };

/** The phases, run in this order; the last ends at desktop width, where both measurements are taken. */
const phases = [
  { name: 'menu', label: '菜单 and its sub-page lists, at 375 px', width: 375 },
  { name: 'modes', label: '长辈版, 字体, 语言, every toolbar aid, 配色', width: desktop.width },
  { name: 'disclosures', label: 'Every disclosure, the toolbar, 帮助, 分享到微信', width: desktop.width },
];

/** Objects whose own listeners are counted, besides the page's total. */
const listenerTargets = {
  window: 'window',
  document: 'document',
  'preferences store': "globalThis[Symbol.for('gov-portal-kit.preferences')]",
};

/**
 * Runs in the page: `times` cycles of one phase through the kit's real
 * buttons (in the elements' light DOM and the toolbar's shadow root), waiting after each click for the
 * updates it causes. Resolves with the elapsed milliseconds.
 */
async function runCycles({ phase, times }) {
  // The kit's page-wide store (what `pagePreferences()` returns), shared through a registered symbol.
  const store = globalThis[Symbol.for('gov-portal-kit.preferences')];
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const task = () => new Promise((resolve) => setTimeout(resolve));

  /** Every element under `root` and in the open shadow roots within, in document order. */
  const deepElements = (scope = document, found = []) => {
    for (const el of scope.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) deepElements(el.shadowRoot, found);
    }
    return found;
  };
  /** The first rendered element named `tag` (the top bar's light DOM holds unslotted copies). */
  const rendered = (tag) => deepElements().find((el) => el.localName === tag && el.getClientRects().length > 0) ?? null;
  const required = (tag) => {
    const el = rendered(tag);
    if (!el) throw new Error(`no rendered <${tag}>`);
    return el;
  };
  /** The element `selector` names in what `host` renders: its light DOM, or the toolbar's shadow root. */
  const inShadow = (host, selector) => {
    const el = (host.shadowRoot ?? host).querySelector(selector);
    if (!el) throw new Error(`<${host.localName}> renders no ${selector}`);
    return el;
  };
  const toolbar = () => document.querySelector('gov-a11y-toolbar');
  // The kit's elements, found once: only the toolbar is added later, when first opened.
  const kit = deepElements().filter((el) => el.localName.startsWith('gov-') && 'updateComplete' in el);
  /** Waits until no kit element has an update pending (one update can request another's). */
  const settle = async () => {
    for (;;) {
      const pending = [...kit, toolbar()].filter((el) => el?.isUpdatePending);
      if (!pending.length) return;
      await Promise.all(pending.map((el) => el.updateComplete));
    }
  };
  /** Waits, a task at a time, until `ready()` holds: for what happens after a task or more (a lazy chunk, a media query). */
  const until = async (ready, what) => {
    for (const start = performance.now(); !ready(); await task()) {
      if (performance.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
    }
  };
  const click = async (button) => {
    button.click();
    await settle();
  };
  /** Clicks a disclosure button and checks that it now reports `expanded`. */
  const toggle = async (button, expanded) => {
    await click(button);
    if (button.getAttribute('aria-expanded') !== String(expanded)) throw new Error(`${button.textContent.trim()} did not ${expanded ? 'open' : 'close'}`);
  };
  const closeDialog = async (dialog) => {
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    // 关闭 is the dialog's one button besides its content (the toolbar's .close, the share dialog's .gov-share__close).
    dialog.querySelector('button.close, button.gov-share__close').click();
    await closed;
    await settle();
  };

  const mainNav = document.querySelector('gov-main-nav');
  const menuButtonShown = () => mainNav.querySelector('.gov-main-nav__menu-button')?.getClientRects().length > 0;
  await until(() => menuButtonShown() === (phase === 'menu'), 'the main navigation to follow the width');

  const tool = (id) => inShadow(toolbar(), `button[data-id="${id}"]`);
  // "无障碍" where the top bar shows it, else its shortcut Alt+Shift+A (as a visitor would).
  const a11yToggle = rendered('gov-a11y-toggle');
  const openToolbar = async () => {
    if (a11yToggle) inShadow(a11yToggle, 'button').click();
    else document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyA', key: 'A', altKey: true, shiftKey: true, bubbles: true }));
    await settle();
    await until(() => toolbar()?.shadowRoot?.querySelector('[role="toolbar"]'), 'the toolbar to open');
    await settle();
  };
  const closeToolbar = async () => {
    await click(tool('exit'));
    if (store.values.toolbarOpen) throw new Error('退出 left the toolbar open');
  };
  /**
   * 声音, 指读, 连读 and 语速 are disabled where the browser has no voice for
   * the page (headless Chromium has none): the store then makes the change
   * the button would have made, so the aid code still follows it.
   */
  const speechTool = async (id, patch) => {
    if (tool(id).getAttribute('aria-disabled') === 'true') {
      store.set(patch);
      await settle();
    } else await click(tool(id));
  };
  const switchLocale = async (switcher, locale) => {
    const ready = new Promise((resolve) => {
      const onStatus = (event) => {
        if (event.detail.status !== 'ready') return;
        window.removeEventListener('lit-localize-status', onStatus);
        resolve();
      };
      window.addEventListener('lit-localize-status', onStatus);
    });
    const option = inShadow(switcher, `.gov-language-switcher__option[lang="${locale}"]`);
    // A language with a translated page is a link to that page: the cycle stays here and sets the kit's
    // strings through the store, as the link's click does before it navigates.
    if (option.localName === 'button') option.click();
    else store.set({ locale });
    await ready;
    await settle();
  };

  let cycle;
  if (phase === 'menu') {
    const menuButton = inShadow(mainNav, '.gov-main-nav__menu-button');
    const subButtons = [...mainNav.querySelectorAll('.gov-main-nav__sub-button')];
    cycle = async () => {
      await toggle(menuButton, true);
      for (const button of subButtons) {
        await toggle(button, true);
        await toggle(button, false);
      }
      await toggle(menuButton, false);
    };
  } else if (phase === 'modes') {
    const elderToggle = required('gov-elder-toggle');
    const fontSteps = [...required('gov-font-size').querySelectorAll('input[type="radio"]')];
    const switcher = required('gov-language-switcher');
    cycle = async () => {
      await click(inShadow(elderToggle, 'button'));
      await click(inShadow(elderToggle, 'button'));
      // 大, 小, then 中 (the default) again.
      for (const index of [0, 2, 1]) await click(fontSteps[index]);
      for (const locale of ['en', 'mn-Mong', 'zh-Hans']) await switchLocale(switcher, locale);
      await openToolbar();
      for (const id of ['cursor', 'guide', 'caption', 'textOnly']) {
        await click(tool(id));
        await click(tool(id));
      }
      await click(tool('zoomIn'));
      await click(tool('zoomOut'));
      // 配色 cycles through its five schemes back to the default.
      for (let i = 0; i < 5; i += 1) await click(tool('scheme'));
      await speechTool('speech', { speech: true });
      await speechTool('continuous', { speech: true, speechMode: 'continuous' });
      await speechTool('point', { speech: true, speechMode: 'point' });
      await speechTool('speech', { speech: false });
      // 语速 cycles normal → fast → slow → normal.
      for (const speechRate of ['fast', 'slow', 'normal']) await speechTool('rate', { speechRate });
      await closeToolbar();
    };
  } else {
    const topBar = document.querySelector('gov-top-bar');
    const deptMenu = required('gov-dept-menu');
    const share = required('gov-share');
    const related = document.querySelector('gov-related-sites');
    const disclosureButtons = [
      inShadow(deptMenu, 'button'),
      inShadow(topBar, '.gov-top-bar__wechat > button'),
      ...mainNav.querySelectorAll('.gov-main-nav__sub-button'),
      ...related.querySelectorAll('.gov-related-sites__group > button'),
    ];
    cycle = async () => {
      for (const button of disclosureButtons) {
        await toggle(button, true);
        await toggle(button, false);
      }
      await openToolbar();
      await click(tool('help'));
      const help = inShadow(toolbar(), 'dialog');
      if (!help.open) throw new Error('帮助 did not open its dialog');
      await closeDialog(help);
      await closeToolbar();
      // The first click loads the QR encoder; later ones reuse it.
      await click(inShadow(share, '.gov-share__wechat'));
      await until(() => share.querySelector('dialog')?.open, 'the 微信 share dialog');
      await closeDialog(inShadow(share, 'dialog'));
    };
  }

  const start = performance.now();
  for (let i = 1; i <= times; i += 1) {
    await cycle();
    // Let a frame render now and then, so style, layout and paint keep up with the DOM as for a visitor.
    if (i % 10 === 0 || i === times) await frame();
  }
  return performance.now() - start;
}

/** Sets the phase's width, then runs its cycles in the page; resolves with the elapsed milliseconds. */
async function runPhase(page, phase, times) {
  await page.setViewportSize({ width: phase.width, height: desktop.height });
  return page.evaluate(runCycles, { phase: phase.name, times });
}

/**
 * V8's heap by a heap snapshot, in bytes: `code`, what V8 compiled (the
 * snapshot's "code" nodes), and `objects`, everything else the page's
 * JavaScript holds. "native" nodes are Blink's, counted in its own heap.
 */
async function heapSnapshotSizes(cdp) {
  let text = '';
  const onChunk = ({ chunk }) => {
    text += chunk;
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(text);
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[fields.indexOf('type')];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const sizes = { code: 0, objects: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt]];
    if (type === 'code') sizes.code += nodes[i + sizeAt];
    else if (type !== 'native' && type !== 'synthetic') sizes.objects += nodes[i + sizeAt];
  }
  return sizes;
}

/** Listener counts, then the JS heap and DOM figures after a forced garbage collection. */
async function measure(cdp) {
  const listeners = {};
  for (const [name, expression] of Object.entries(listenerTargets)) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'endurance' });
    listeners[name] = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
  }
  // Our handles on those objects must not keep anything alive.
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'endurance' });
  // Announcements fill the live region on a 50 ms timer: let every pending timer run first.
  await new Promise((resolve) => setTimeout(resolve, 500));
  // One collection can leave garbage that only a later one reaches (weak maps, finalizers).
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  const { code, objects } = await heapSnapshotSizes(cdp);
  return { heap: usedSize, code, objects, blinkHeap: embedderHeapUsedSize, allListeners: metric('JSEventListeners'), nodes: metric('Nodes'), listeners };
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const signed = (n) => (n > 0 ? `+${n.toLocaleString('en-US')}` : n.toLocaleString('en-US'));
const row = (label, before, after, growth) => console.log(`  ${label.padEnd(26)}${String(before).padStart(30)}${String(after).padStart(30)}   ${growth}`);

if (!existsSync(`${root}/index.html`)) {
  console.error(`${root}/index.html is missing: build the demo first (npm run build, or vite build --outDir <folder>).`);
  process.exit(1);
}

const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
console.log(`Endurance: ${cycles.toLocaleString('en-US')} cycles of every mode, disclosure and dialog (${root}/), a few minutes`);
try {
  const page = await browser.newPage({ viewport: desktop });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  // The article upgrades from a lazy chunk after the page entry; related sites and the footer from another once
  // they come near the window, so the page is scrolled through once first.
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await page.waitForFunction(() => customElements.get('gov-footer') && customElements.get('gov-article'));
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await waitForUpgrade(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  // One warm-up cycle loads every lazy chunk and creates what lives for the page's lifetime.
  for (const phase of phases) await runPhase(page, phase, 1);
  const before = await measure(cdp);
  const times = [];
  for (const phase of phases) times.push(await runPhase(page, phase, cycles));
  const after = await measure(cdp);

  const heapGrowth = after.heap - before.heap;
  const objectsGrowth = after.objects - before.objects;
  const blinkGrowth = after.blinkHeap - before.blinkHeap;
  const listenerCounts = [
    ['event listeners, all', before.allListeners, after.allListeners],
    ...Object.keys(listenerTargets).map((name) => [`  on the ${name}`, before.listeners[name], after.listeners[name]]),
  ];
  const grownListeners = listenerCounts.filter(([, was, is]) => is > was);

  row('', 'before (after warm-up)', `after ${cycles.toLocaleString('en-US')} cycles`, 'growth');
  const heapFigure = (n) => `${n.toLocaleString('en-US')} B (${mb(n)})`;
  row('JS heap after forced GC', heapFigure(before.heap), heapFigure(after.heap), `${signed(heapGrowth)} B, ${mb(heapGrowth)}`);
  row('  of it JS objects', heapFigure(before.objects), heapFigure(after.objects), `${signed(objectsGrowth)} B (budget < 256 KB)`);
  row('  of it compiled code', heapFigure(before.code), heapFigure(after.code), `${signed(after.code - before.code)} B`);
  row('Blink heap after forced GC', heapFigure(before.blinkHeap), heapFigure(after.blinkHeap), `${signed(blinkGrowth)} B, ${mb(blinkGrowth)} (budget < 1 MB)`);
  for (const [label, was, is] of listenerCounts) row(label, was, is, signed(is - was));
  row('DOM nodes', before.nodes, after.nodes, signed(after.nodes - before.nodes));
  console.log('  time per phase:');
  phases.forEach((phase, i) => {
    console.log(`  ${`${(times[i] / 1000).toFixed(1)} s`.padStart(10)}${`${(times[i] / cycles).toFixed(1)} ms a cycle`.padStart(20)}   ${phase.label}`);
  });

  // npm run bench collects the figures (scripts/bench.mjs).
  if (process.env.BENCH_OUT) {
    writeFileSync(process.env.BENCH_OUT, JSON.stringify({
      cycles, heapBefore: before.heap, heapAfter: after.heap, objectsBefore: before.objects, objectsAfter: after.objects, codeBefore: before.code, codeAfter: after.code, blinkHeapBefore: before.blinkHeap, blinkHeapAfter: after.blinkHeap,
      listenersBefore: before.allListeners, listenersAfter: after.allListeners, nodesBefore: before.nodes, nodesAfter: after.nodes,
    }));
  }
  if (objectsGrowth >= objectsBudget) console.error(`FAIL: the JS objects grew by ${signed(objectsGrowth)} B, over the 256 KB budget.`);
  if (blinkGrowth >= blinkBudget) console.error(`FAIL: the Blink heap grew by ${mb(blinkGrowth)}, over the 1 MB budget.`);
  for (const [label, was, is] of grownListeners) console.error(`FAIL: ${label.trim()}: ${was} before, ${is} after.`);
  if (problems.length) console.error(`FAIL: the page reported errors:\n  ${problems.join('\n  ')}`);
  if (objectsGrowth >= objectsBudget || blinkGrowth >= blinkBudget || grownListeners.length || problems.length) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
