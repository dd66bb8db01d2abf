// @ts-check
// The audit's Node API: audit(target, options) opens the page in Debian's
// Chromium, runs every item, and resolves to the result object that the
// command prints and the report shows. With `outDir` it also writes
// report.html, report.json, the screenshots and the evidence crops there.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../support/serve.mjs';
import { AuditError, exitCodes } from './errors.mjs';
import { chromePath, launch, auditContext, settle } from './browser.mjs';
import { items, documents, shortNames, groups } from './items.mjs';
import { pixelPage } from './pixels.mjs';
import { checkPage } from './checks/page.mjs';
import { checkElder } from './checks/elder.mjs';
import { checkToolbar } from './checks/toolbar.mjs';
import { checkReflow } from './checks/reflow.mjs';
import { say, outcome } from './checks/common.mjs';
import { renderReport } from './report.mjs';

export { AuditError, exitCodes } from './errors.mjs';
export { items } from './items.mjs';

/** @typedef {import('./checks/common.mjs').Verdict} Verdict */
/**
 * @typedef {{
 *   id: string, group: string, groupName: string, title: string, requirement: string,
 *   sources: { document: string, short: string, ref: string | null }[], required: boolean, veto: boolean,
 *   verdict: Verdict, measured: string,
 *   evidence: { element: string, value: string, crop: string | null }[], details?: unknown,
 * }} ItemResult
 * @typedef {{
 *   tool: { name: string, version: string }, lang: 'zh' | 'en',
 *   target: { input: string, url: string },
 *   browser: string, viewport: { name: 'desktop' | 'mobile', width: number, height: number },
 *   startedAt: string, durationMs: number,
 *   passed: boolean, exitCode: number,
 *   counts: Record<Verdict, number>, failed: { veto: string[], required: string[] },
 *   thirdPartyHosts: string[],
 *   screenshots: { standard: string | null, elder: string | null, 'zoom-200': string | null },
 *   items: ItemResult[],
 * }} AuditResult
 */

const viewports = {
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false },
  mobile: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true },
};

const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The address to open: a URL as given, or a local HTML file served from its
 * folder on 127.0.0.1 (so that root-relative paths such as /static/… work).
 * @param {string} target
 */
async function resolveTarget(target) {
  if (/^https?:\/\//i.test(target)) {
    try {
      return { url: new URL(target).href, close: async () => {} };
    } catch {
      throw new AuditError('usage', `Not a URL: ${target}`);
    }
  }
  const path = resolve(target.startsWith('file:') ? fileURLToPath(target) : target);
  if (!existsSync(path)) throw new AuditError('unreachable', `No such file: ${path}`);
  const file = statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!existsSync(file)) throw new AuditError('unreachable', `No such file: ${file}`);
  if (!/^\.(x?html?)$/i.test(extname(file))) throw new AuditError('not-html', `${file} is not an HTML file`);
  const server = await startServer({ root: dirname(file) });
  return { url: new URL(encodeURIComponent(basename(file)), server.url).href, close: server.close };
}

/**
 * Checks that the address answers with an HTML page before the browser
 * starts: a clear error for an unreachable host, an HTTP error or another
 * type of content. Returns the address after redirects.
 * @param {string} url
 * @param {number} timeoutMs
 */
async function preflight(url, timeoutMs) {
  let response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    const e = /** @type {Error & { cause?: { code?: string } }} */ (error);
    if (e.name === 'TimeoutError') throw new AuditError('timeout', `${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    throw new AuditError('unreachable', `${url} cannot be reached (${e.cause?.code ?? e.message})`);
  }
  await response.body?.cancel().catch(() => {});
  if (response.status >= 400) throw new AuditError('http-status', `${url} answered HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!/html|xml/i.test(type)) throw new AuditError('not-html', `${url} is ${type || 'of no declared type'}, not an HTML page`);
  return response.url || url;
}

/**
 * Audits one page.
 * @param {string} target  a URL or the path of a local HTML file
 * @param {{ outDir?: string | null, viewport?: 'desktop' | 'mobile', lang?: 'zh' | 'en', timeout?: number, env?: NodeJS.ProcessEnv }} [options]
 *   `timeout` in seconds for the whole audit (default 180)
 * @returns {Promise<AuditResult>}
 */
export async function audit(target, { outDir = null, viewport = 'desktop', lang = 'zh', timeout = 180, env = process.env } = {}) {
  if (!target) throw new AuditError('usage', 'No page given');
  if (!(viewport in viewports)) throw new AuditError('usage', `--viewport must be mobile or desktop, not ${viewport}`);
  if (lang !== 'zh' && lang !== 'en') throw new AuditError('usage', `--lang must be zh or en, not ${lang}`);
  const started = Date.now();
  const deadline = started + timeout * 1000;
  const executablePath = chromePath(env);
  const served = await resolveTarget(target);
  /** @type {import('playwright-core').Browser | null} */
  let browser = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    const url = await preflight(served.url, Math.min(30_000, timeout * 1000));
    browser = await launch(executablePath);
    const work = run(browser, { target, url, outDir: outDir ? resolve(outDir) : null, viewport, lang, started, deadline });
    // After a timeout the browser closes under the running checks; their errors no longer matter.
    work.catch(() => {});
    const expired = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new AuditError('timeout', `The audit took longer than ${timeout} s`)), Math.max(0, deadline - Date.now()));
    });
    return /** @type {AuditResult} */ (await Promise.race([work, expired]));
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await served.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ target: string, url: string, outDir: string | null, viewport: 'desktop' | 'mobile', lang: 'zh' | 'en', started: number, deadline: number }} options
 * @returns {Promise<AuditResult>}
 */
async function run(browser, { target, url, outDir, viewport, lang, started, deadline }) {
  const primary = viewports[viewport];
  const host = new URL(url).hostname;
  /** @type {Set<string>} */
  const blocked = new Set();
  /** @type {AuditResult['screenshots']} */
  const screenshots = { standard: null, elder: null, 'zoom-200': null };
  if (outDir) await mkdir(join(outDir, 'screenshots'), { recursive: true });

  /** @type {import('./checks/common.mjs').RunContext} */
  const context = {
    url,
    host,
    outDir,
    blocked,
    viewport: primary.viewport,
    isMobile: primary.isMobile,
    async open({ viewport: size = primary.viewport, deviceScaleFactor = primary.deviceScaleFactor, isMobile = primary.isMobile, speech = false, before } = {}) {
      const browserContext = await auditContext(browser, { host, blocked, viewport: size, deviceScaleFactor, isMobile, speech });
      const page = await browserContext.newPage();
      page.setDefaultTimeout(Math.max(1000, Math.min(15_000, deadline - Date.now())));
      if (before) await before(page);
      try {
        await page.goto(url, { waitUntil: 'load', timeout: Math.max(1000, Math.min(30_000, deadline - Date.now())) });
      } catch (error) {
        await browserContext.close();
        const message = /** @type {Error} */ (error).message;
        if (/Timeout/i.test(/** @type {Error} */ (error).name) || /Timeout \d+ms exceeded/.test(message)) throw new AuditError('timeout', `${url} did not load in time`);
        throw new AuditError('unreachable', `${url}: ${message.split('\n')[0]}`);
      }
      await settle(page);
      return { page, context: browserContext };
    },
    async screenshot(page, name) {
      if (!outDir) return;
      const file = `screenshots/${name}.png`;
      await writeFile(join(outDir, file), await page.screenshot({ caret: 'hide' }));
      screenshots[name] = file;
    },
  };

  const pixels = await pixelPage(browser);
  /** @type {Record<string, import('./checks/common.mjs').Outcome>} */
  const outcomes = {};
  /** @type {[string[], () => Promise<Record<string, import('./checks/common.mjs').Outcome>>][]} */
  const phases = [
    [items.filter((i) => ['veto', 'basics', 'axe', 'keyboard'].includes(i.group)).map((i) => i.id), () => checkPage(context, pixels.page)],
    [items.filter((i) => i.group === 'elder').map((i) => i.id), () => checkElder(context)],
    [items.filter((i) => i.group === 'toolbar').map((i) => i.id), () => checkToolbar(context)],
    [['reflow-320'], async () => ({ 'reflow-320': await checkReflow(context, 'reflow-320') })],
    [['reflow-200'], async () => ({ 'reflow-200': await checkReflow(context, 'reflow-200') })],
  ];
  try {
    for (const [ids, phase] of phases) {
      try {
        Object.assign(outcomes, await phase());
      } catch (error) {
        if (error instanceof AuditError) throw error;
        const message = String(/** @type {Error} */ (error).message ?? error).split('\n')[0];
        for (const id of ids) outcomes[id] ??= outcome('manual', say(`审查未能完成此项:${message}`, `The audit could not measure this: ${message}`));
      }
    }
  } finally {
    await pixels.close();
  }

  const version = browser.version();
  /** @type {ItemResult[]} */
  const results = items.map((item) => {
    const o = outcomes[item.id] ?? outcome('manual', say('未测量', 'Not measured'));
    return {
      id: item.id,
      group: item.group,
      groupName: groups[/** @type {keyof typeof groups} */ (item.group)][lang],
      title: item.title[lang],
      requirement: item.requirement[lang],
      sources: item.sources.map((s) => ({ document: documents[s.doc][lang], short: shortNames[s.doc][lang], ref: s.ref ?? null })),
      required: item.required,
      veto: Boolean(item.veto),
      verdict: o.verdict,
      measured: o.measured[lang],
      evidence: o.evidence.map((e) => ({ element: e.element, value: e.value[lang], crop: e.crop })),
      ...(o.details === undefined ? {} : { details: o.details }),
    };
  });
  const failedVeto = results.filter((r) => r.veto && r.verdict === 'fail').map((r) => r.id);
  const failedRequired = results.filter((r) => r.required && !r.veto && r.verdict === 'fail').map((r) => r.id);
  const passed = !failedVeto.length && !failedRequired.length;
  /** @type {Record<Verdict, number>} */
  const counts = { pass: 0, fail: 0, na: 0, manual: 0 };
  for (const r of results) counts[r.verdict] += 1;
  const thirdParty = results.find((r) => r.id === 'basics-third-party')?.details;
  /** @type {AuditResult} */
  const result = {
    tool: { name: packageJson.name, version: packageJson.version },
    lang,
    target: { input: target, url },
    browser: `Chromium ${version}`,
    viewport: { name: viewport, ...primary.viewport },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    passed,
    exitCode: passed ? exitCodes.pass : exitCodes.fail,
    counts,
    failed: { veto: failedVeto, required: failedRequired },
    thirdPartyHosts: /** @type {{ hosts?: string[] }} */ (thirdParty ?? {}).hosts ?? [],
    screenshots,
    items: results,
  };
  if (outDir) {
    await writeFile(join(outDir, 'report.json'), `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(join(outDir, 'report.html'), renderReport(result));
  }
  return result;
}

