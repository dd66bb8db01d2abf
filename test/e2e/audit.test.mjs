// `gov-portal-kit audit` on real pages: the built demo passes every item; the
// legacy-CMS template fails the elder-mode and toolbar items without the kit
// and passes them with it; a page that breaks the veto items fails them; the
// report is accessible and loads nothing from the network; the command gives
// a clear error and exit code for an unreachable page, a non-HTML response, a
// missing browser and a timeout. Each audit takes tens of seconds, so each
// page is audited once and its result checked from several angles.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { audit, items } from '../../audit/index.mjs';
import { startServer } from '../../support/serve.mjs';
import { openDemo, newPage, axeViolations } from './support.mjs';
import { layLegacySite } from '../../support/legacy-site.mjs';

const cli = fileURLToPath(new URL('../../audit/cli.mjs', import.meta.url));
const vetoPage = fileURLToPath(new URL('./fixtures/audit-veto/index.html', import.meta.url));
const run = promisify(execFile);

/** Runs the command; resolves to its exit code and output, whatever the code. */
async function command(args, env = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, maxBuffer: 20 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** The items of `group` whose verdict is not `verdict`, as "id: verdict (measured)". */
const notAll = (result, group, verdict) =>
  result.items.filter((i) => i.group === group && i.verdict !== verdict).map((i) => `${i.id}: ${i.verdict} (${i.measured})`);

const outDirs = [];
const tempOut = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gov-audit-'));
  outDirs.push(dir);
  return dir;
};
after(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('audit of the built demo', { timeout: 240_000 }, () => {
  let demo;
  let result;
  let outDir;
  before(async () => {
    demo = await openDemo();
    outDir = await tempOut();
    result = await audit(demo.url, { outDir });
  });
  after(() => demo?.close());

  it('passes every item, and exits 0', (t) => {
    t.diagnostic(`demo audited in ${(result.durationMs / 1000).toFixed(1)} s`);
    assert.deepEqual(
      result.items.filter((i) => i.verdict !== 'pass').map((i) => `${i.id}: ${i.verdict} (${i.measured})`),
      [],
    );
    assert.equal(result.passed, true);
    assert.equal(result.exitCode, 0);
    assert.deepEqual(result.items.map((i) => i.id), items.map((i) => i.id), 'every item, in catalogue order');
  });

  it('names a source for every item and gives measured evidence', () => {
    for (const item of result.items) {
      assert.ok(item.sources.length > 0, item.id);
      assert.ok(item.sources.every((s) => /互联网网站适老化通用设计规范|GB\/T 37668-2019|WCAG 2\.2/.test(s.document)), item.id);
      assert.ok(item.measured.length > 0, `${item.id} says what it measured`);
    }
    const measuredWith = (id) => result.items.find((i) => i.id === id).measured;
    assert.match(measuredWith('elder-body-text'), /100%/);
    assert.match(measuredWith('toolbar-speech'), /speechSynthesis/, 'the evidence says how speech was verified');
    assert.match(measuredWith('toolbar-cursor'), /48 × 48 px/);
    assert.match(measuredWith('toolbar-page-zoom'), /16 → 17\.6 px/);
  });

  it('contacted nothing but the demo', () => {
    assert.deepEqual(result.thirdPartyHosts, []);
  });

  it('writes report.html, report.json and the three screenshots', async () => {
    const json = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8'));
    assert.deepEqual(json.items, result.items);
    for (const name of ['standard', 'elder', 'zoom-200']) {
      assert.equal(result.screenshots[name], `screenshots/${name}.png`);
      assert.ok(existsSync(join(outDir, result.screenshots[name])), name);
    }
    const crops = result.items.flatMap((i) => i.evidence).map((e) => e.crop).filter(Boolean);
    assert.ok(crops.length >= 10, `${crops.length} evidence crops`);
    for (const crop of crops) assert.ok(existsSync(join(outDir, crop)), crop);
    const html = await readFile(join(outDir, 'report.html'), 'utf8');
    assert.match(html, /<html lang="zh-Hans">/);
    assert.match(html, /适老化与无障碍自检报告/);
  });

  it('the report is accessible, prints, and loads nothing from the network', async () => {
    const server = await startServer({ root: outDir });
    const { page, context, requests, problems } = await newPage(demo.browser);
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
      await page.goto(`${server.url}report.html`, { waitUntil: 'networkidle' });
      assert.deepEqual(requests.filter((url) => !url.startsWith(server.url)), [], 'no external assets');
      assert.deepEqual(problems, []);
      const broken = await page.evaluate(() => [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.getAttribute('src')));
      assert.deepEqual(broken, [], 'every image is beside the report');
      assert.deepEqual(await axeViolations(page), []);
      assert.equal(await page.getByRole('table', { name: '各检测项的要求、测量结果与结论' }).getByRole('row').count(), items.length + 1);
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await axeViolations(page), [], 'print styles');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, 'prints to PDF');
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('audit of the legacy-CMS template', { timeout: 300_000 }, () => {
  it('without the kit: the elder-mode and toolbar items fail; in English with --json', async () => {
    const site = await layLegacySite({ kit: false });
    const outDir = await tempOut();
    try {
      const { code, stdout } = await command(['audit', join(site.root, 'index.html'), '--out', outDir, '--json', '--lang', 'en']);
      assert.equal(code, 1, 'required items fail');
      const result = JSON.parse(stdout);
      assert.equal(result.lang, 'en');
      assert.deepEqual(notAll(result, 'elder', 'fail'), []);
      assert.deepEqual(notAll(result, 'toolbar', 'fail'), []);
      assert.ok(result.failed.required.includes('elder-entry') && result.failed.required.includes('toolbar-entry'));
      const html = await readFile(join(outDir, 'report.html'), 'utf8');
      assert.match(html, /<html lang="en">/);
      assert.match(html, /Ageing-friendly and accessibility self-check/);
    } finally {
      await site.remove();
    }
  });

  it('with the kit: the elder-mode and toolbar items pass', async (t) => {
    const site = await layLegacySite();
    try {
      const result = await audit(join(site.root, 'index.html'));
      t.diagnostic(`legacy page with the kit audited in ${(result.durationMs / 1000).toFixed(1)} s`);
      assert.deepEqual(notAll(result, 'elder', 'pass'), []);
      assert.deepEqual(notAll(result, 'toolbar', 'pass'), []);
    } finally {
      await site.remove();
    }
  });
});

describe('audit of a page that breaks the veto items', { timeout: 120_000 }, () => {
  let result;
  let code;
  before(async () => {
    const outDir = await tempOut();
    ({ code } = await command(['audit', vetoPage, '--out', outDir, '--json']));
    result = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8'));
  });

  it('fails the pop-up, autoplay and flash items and exits 1', () => {
    assert.equal(code, 1);
    const verdict = (id) => result.items.find((i) => i.id === id);
    assert.equal(verdict('veto-popups').verdict, 'fail', verdict('veto-popups').measured);
    assert.match(verdict('veto-popups').measured, /ad\.html/);
    assert.match(verdict('veto-popups').measured, /漂浮广告/);
    assert.equal(verdict('veto-autoplay').verdict, 'fail');
    assert.match(verdict('veto-autoplay').measured, /music\.wav/);
    assert.equal(verdict('veto-flash').verdict, 'fail', verdict('veto-flash').measured);
    assert.deepEqual(result.failed.veto, ['veto-popups', 'veto-autoplay', 'veto-flash']);
  });

  it('blocks and reports the other hosts the page tried', () => {
    assert.deepEqual([...result.thirdPartyHosts].sort(), ['ads.example.invalid', 'stats.example.invalid']);
    assert.equal(result.items.find((i) => i.id === 'basics-third-party').verdict, 'manual');
  });
});

describe('audit errors', { timeout: 120_000 }, () => {
  it('an unreachable address: exit 3 and says so', async () => {
    const closed = createServer();
    await new Promise((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address();
    await new Promise((done) => closed.close(done));
    const { code, stderr } = await command(['audit', `http://127.0.0.1:${port}/`, '--out', await tempOut()]);
    assert.equal(code, 3, stderr);
    assert.match(stderr, /无法访问页面/);
    assert.match(stderr, /ECONNREFUSED/);
  });

  it('a missing file: exit 3', async () => {
    const { code, stderr } = await command(['audit', join(tmpdir(), 'no-such-page.html')]);
    assert.equal(code, 3, stderr);
  });

  it('a response that is not HTML: exit 4', async () => {
    const root = await tempOut();
    await writeFile(join(root, 'data.json'), '{"not":"a page"}');
    const server = await startServer({ root });
    try {
      const { code, stderr } = await command(['audit', `${server.url}data.json`, '--out', await tempOut()]);
      assert.equal(code, 4, stderr);
      assert.match(stderr, /不是 HTML 页面.*application\/json/);
    } finally {
      await server.close();
    }
  });

  it('no browser: exit 5 and prints the install command', async () => {
    const { code, stderr } = await command(['audit', vetoPage, '--lang', 'en'], { CHROME_PATH: '/nonexistent/chromium' });
    assert.equal(code, 5, stderr);
    assert.match(stderr, /apt-get install -y chromium/);
    assert.match(stderr, /CHROME_PATH/);
  });

  it('a page that never answers: exit 6 after --timeout', async () => {
    const silent = createServer(() => {});
    await new Promise((done) => silent.listen(0, '127.0.0.1', done));
    try {
      const started = Date.now();
      const { code, stderr } = await command(['audit', `http://127.0.0.1:${silent.address().port}/`, '--timeout', '2', '--out', await tempOut()]);
      assert.equal(code, 6, stderr);
      assert.match(stderr, /超时/);
      assert.ok(Date.now() - started < 30_000, 'gives up in time');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('an audit that runs past --timeout: exit 6, without waiting for the checks', async () => {
    const started = Date.now();
    const { code, stderr } = await command(['audit', vetoPage, '--timeout', '3', '--lang', 'en', '--out', await tempOut()]);
    assert.equal(code, 6, stderr);
    assert.match(stderr, /Timed out: The audit took longer than 3 s/);
    assert.ok(Date.now() - started < 20_000, 'gives up in time');
  });

  it('usage: exit 2 without a page or with an unknown option', async () => {
    assert.equal((await command(['audit'])).code, 2);
    assert.equal((await command(['audit', vetoPage, '--viewport', 'tablet'])).code, 2);
    assert.equal((await command(['audit', vetoPage, '--nope'])).code, 2);
  });
});
