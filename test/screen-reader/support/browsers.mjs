// Opens the two browsers the screen-reader suite listens to, headful on the
// run's display, each with a fresh profile, and gives them one interface:
// goto, viewport, evaluate, close. Keys never go through these drivers (see
// driver.mjs): they are real X key events, so Orca hears them first.
//
// Chromium (Debian's): started here with --force-renderer-accessibility and
// ACCESSIBILITY_ENABLED=1 (from the desktop), a DevTools port chosen by
// Chromium itself (read from DevToolsActivePort), driven by playwright-core
// over CDP. Its Translate bubble would be read before the page: the profile's
// preferences turn Translate off before the first start.
//
// Firefox ESR: exposes AT-SPI itself once the AT-SPI bus says accessibility is
// on (Orca sets org.a11y.Status.IsEnabled when it starts, before Firefox);
// no environment variable or preference is needed for that (checked without
// GNOME_ACCESSIBILITY, GTK_MODULES, ACCESSIBILITY_ENABLED and
// accessibility.force_disabled). Driven by puppeteer-core over WebDriver BiDi.
// What it needs besides (see docs/screen-readers.md):
// - X input focus. With no window manager nobody activates its window, and
//   Orca ignores every event "not from the active app": focusWindowOf()
//   gives it focus, then GTK reports the window as active.
// - Focus in the page, not in the address bar, where a new window starts: F6.
// - Its own translation offer and first-run pages off, like Chromium's.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium as playwright } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../../support/browsers.mjs';

export const browserNames = ['chromium', 'firefox'];

/** The window size of every run; the 375 px scenarios narrow the viewport instead. */
export const windowSize = { width: 1280, height: 900 };

async function waitForFile(path, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (!existsSync(path) || !readFileSync(path, 'utf8').includes('\n')) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${path}`);
    await delay(100);
  }
  return readFileSync(path, 'utf8');
}

/**
 * Starts Chromium on the desktop with a fresh profile in `profileDir`.
 * @param {import('./desktop.mjs').Desktop} desktop
 */
async function openChromium(desktop, profileDir, url) {
  const executable = findBrowser('chromium');
  if (!executable) throw new Error('Chromium not found (apt-get install chromium)');
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  writeFileSync(
    join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ translate: { enabled: false }, translate_blocked_languages: ['zh', 'zh-CN', 'en', 'mn'], browser: { has_seen_welcome_page: true } }),
  );
  const child = desktop.spawn('chromium', executable, [
    '--no-sandbox',
    // Without it an info bar warns about --no-sandbox, and Orca reads it.
    '--test-type',
    '--no-first-run',
    '--no-default-browser-check',
    '--force-renderer-accessibility',
    '--remote-debugging-port=0',
    '--lang=en-US',
    '--accept-lang=zh-CN,zh',
    '--disable-features=Translate,MediaRouter,OptimizationHints,DialMediaRouteProvider',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--password-store=basic',
    '--use-mock-keychain',
    `--window-size=${windowSize.width},${windowSize.height}`,
    '--window-position=0,0',
    `--user-data-dir=${profileDir}`,
    // Started on the page itself, the window gives the page focus; from about:blank it would sit in the address bar.
    url,
  ]);
  const port = (await waitForFile(join(profileDir, 'DevToolsActivePort'))).split('\n')[0].trim();
  const browser = await playwright.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  return {
    name: 'chromium',
    pid: child.pid,
    page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    viewport: (width, height) => chromiumViewport(page, width, height),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async close() {
      await browser.close().catch(() => {});
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)));
    },
  };
}

/** The CDP session of each page that narrows its viewport: set and cleared by the same session. */
const emulation = new WeakMap();

/**
 * Narrows the viewport to `width`×`height` CSS px or, without them, ends the
 * emulation, so the page takes the window's size again. One CDP session does
 * both: an override set through playwright's own session (setViewportSize)
 * is not lifted by clearDeviceMetricsOverride from another session, and the
 * scenarios after the 375 px one then ran at 375 px, 无障碍 and 语言 folded
 * into 更多.
 */
async function chromiumViewport(page, width, height) {
  if (!emulation.has(page)) emulation.set(page, await page.context().newCDPSession(page));
  const session = emulation.get(page);
  if (width) await session.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 0, mobile: false });
  else await session.send('Emulation.clearDeviceMetricsOverride');
}

/**
 * Starts Firefox ESR on the desktop with a fresh profile in `profileDir`.
 * @param {import('./desktop.mjs').Desktop} desktop
 */
async function openFirefox(desktop, profileDir, url) {
  const executable = findBrowser('firefox');
  if (!executable) throw new Error('Firefox not found (apt-get install firefox-esr)');
  mkdirSync(profileDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless: false,
    userDataDir: profileDir,
    env: desktop.env,
    args: [`--width=${windowSize.width}`, `--height=${windowSize.height}`],
    extraPrefsFirefox: {
      'intl.accept_languages': 'zh-CN, zh',
      'browser.translations.enable': false,
      'browser.translations.automaticallyPopup': false,
      'browser.aboutwelcome.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.startup.homepage_override.mstone': 'ignore',
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const pid = browser.process()?.pid;
  await page.goto(url, { waitUntil: 'load' });
  return {
    name: 'firefox',
    pid,
    page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    viewport: (width, height) => page.setViewport(width ? { width, height } : null),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/**
 * Opens `url` in `name` (chromium or firefox) on `desktop` and gives the window X focus.
 * @param {string} name
 * @param {import('./desktop.mjs').Desktop} desktop
 * @param {string} profileDir
 */
export async function openBrowser(name, desktop, profileDir, url) {
  const browser = name === 'chromium' ? await openChromium(desktop, profileDir, url) : await openFirefox(desktop, profileDir, url);
  browser.window = await desktop.focusWindowOf(browser.pid);
  return browser;
}
