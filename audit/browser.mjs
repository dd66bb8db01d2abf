// @ts-check
// The browser side of the audit: finding Chromium, starting it, and browser
// contexts that reach nothing but the audited site (requests to any other
// host are aborted and recorded).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../support/browsers.mjs';
import { AuditError } from './errors.mjs';

/** The command that installs what the audit drives, on Debian and Ubuntu. */
export const installCommand = 'sudo apt-get install -y chromium fonts-noto-cjk fonts-noto-core';

/**
 * Chromium's path: `CHROME_PATH` when set (it must exist), else Debian's
 * Chromium or Chrome in the usual places.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function chromePath(env = process.env) {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new AuditError('no-browser', `CHROME_PATH=${env.CHROME_PATH} does not exist.`);
  }
  const found = findBrowser('chromium');
  if (!found) throw new AuditError('no-browser', 'No Chromium or Chrome found.');
  return found;
}

/**
 * Starts headless Chromium. Media may start without a gesture, as it can for
 * a visitor who has played media on the site before, so that a page that
 * starts media on load is caught doing it; sound is muted.
 * @param {string} executablePath
 */
export async function launch(executablePath) {
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required', '--mute-audio', '--hide-scrollbars'],
    });
  } catch (error) {
    throw new AuditError('no-browser', `${executablePath} did not start: ${String(/** @type {Error} */ (error).message).split('\n')[0]}`);
  }
}

/**
 * A stand-in for speechSynthesis, installed before the page's scripts run:
 * headless Chromium has no voices, so the audit gives it a Chinese and an
 * English voice that speak nothing and record every utterance (text,
 * language, rate) in `globalThis.__govAuditSpeech`. Each utterance fires
 * `start` and then `end` after a short while, as a real voice does.
 */
export function fakeSpeech() {
  /** @type {{ text: string, lang: string, rate: number, at: number }[]} */
  const spoken = [];
  /** @type {SpeechSynthesisUtterance[]} */
  let queue = [];
  const voices = [
    { name: 'gov-portal-kit audit 中文', lang: 'zh-CN', default: true, localService: true, voiceURI: 'gov-audit-zh' },
    { name: 'gov-portal-kit audit English', lang: 'en-US', default: false, localService: true, voiceURI: 'gov-audit-en' },
  ];
  const target = new EventTarget();
  let paused = false;
  const finish = () => {
    const utterance = queue.shift();
    utterance?.dispatchEvent(new Event('end'));
    if (queue[0]) begin();
  };
  const begin = () => {
    const utterance = queue[0];
    if (!utterance) return;
    utterance.dispatchEvent(new Event('start'));
    setTimeout(() => {
      if (queue[0] === utterance && !paused) finish();
    }, 30);
  };
  const synth = Object.assign(target, {
    getVoices: () => voices,
    /** @param {SpeechSynthesisUtterance} utterance */
    speak(utterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, at: Date.now() });
      queue.push(utterance);
      if (queue.length === 1) setTimeout(begin, 0);
    },
    cancel() {
      queue = [];
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      if (queue[0]) setTimeout(finish, 0);
    },
    get speaking() {
      return queue.length > 0;
    },
    get pending() {
      return queue.length > 1;
    },
    get paused() {
      return paused;
    },
    onvoiceschanged: null,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, '__govAuditSpeech', { value: spoken, configurable: true });
}

/**
 * Records, before the page's scripts run, every call of
 * HTMLMediaElement.play() and window.open(): media a page starts on load is
 * seen even where the codec is missing and playing fails, and a window it
 * opens even where the browser's pop-up blocker stops it.
 */
export function recordAttempts() {
  /** @type {{ src: string, at: number }[]} */
  const plays = [];
  /** @type {{ url: string, at: number }[]} */
  const opens = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function patchedPlay() {
    plays.push({ src: this.currentSrc || this.getAttribute('src') || this.localName, at: performance.now() });
    return play.call(this);
  };
  const open = window.open;
  window.open = function patchedOpen(...args) {
    opens.push({ url: String(args[0] ?? ''), at: performance.now() });
    return open.apply(this, args);
  };
  Object.defineProperty(globalThis, '__govAuditPlays', { value: plays, configurable: true });
  Object.defineProperty(globalThis, '__govAuditOpens', { value: opens, configurable: true });
}

/**
 * A browser context that reaches the audited host only: every request to
 * another host is aborted and its host added to `blocked`. Service workers
 * are blocked, so that nothing bypasses the check.
 * @param {import('playwright-core').Browser} browser
 * @param {{ host: string, blocked: Set<string>, viewport: { width: number, height: number }, deviceScaleFactor?: number, isMobile?: boolean, speech?: boolean, locale?: string }} options
 */
export async function auditContext(browser, { host, blocked, viewport, deviceScaleFactor = 1, isMobile = false, speech = false, locale = 'zh-CN' }) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor,
    isMobile,
    hasTouch: isMobile,
    locale,
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
    reducedMotion: 'no-preference',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.add(url.host);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    const url = new URL(socket.url());
    if (url.hostname === host) return socket.connectToServer();
    blocked.add(url.host);
    return socket.close();
  });
  await context.addInitScript(recordAttempts);
  if (speech) await context.addInitScript(fakeSpeech);
  return context;
}

/**
 * Waits until the page is quiet: no request in flight for half a second
 * (at most `max` ms), content that loads as it comes into view loaded (the
 * page is scrolled to its end and back, a screen at a time, as a reader
 * would), web fonts loaded, and two frames drawn.
 * @param {import('playwright-core').Page} page
 * @param {number} [max]
 */
export async function settle(page, max = 4000) {
  await page.waitForLoadState('networkidle', { timeout: max }).catch(() => {});
  await page
    .evaluate(async () => {
      for (let y = innerHeight; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
      scrollTo(0, 0);
    })
    .catch(() => {});
  await page.waitForLoadState('networkidle', { timeout: max }).catch(() => {});
  await page
    .evaluate(() => Promise.race([document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))), new Promise((done) => setTimeout(done, 1000))]))
    .catch(() => {});
}
