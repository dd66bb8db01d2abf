// @ts-check
// Finds the Debian browsers the tests drive. No tool may download its own
// browser build on this project's machines, so only system binaries count.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const candidates = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkitDriver: ['/usr/bin/WebKitWebDriver'],
};

/**
 * The path of a Debian browser: `GOV_<NAME>_PATH` when it exists, else the usual places; null when none is there.
 * @param {keyof typeof candidates} name
 */
export function findBrowser(name) {
  const fromEnv = process.env[`GOV_${name.toUpperCase()}_PATH`];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates[name].find((path) => existsSync(path)) ?? null;
}

/** Flags Chromium needs as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter',
];

/**
 * Installs Debian packages when we are root with apt-get; returns whether it did.
 * @param {string} what
 * @param {string[]} packages
 */
function aptInstall(what, packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`No ${what} found: installing Debian packages ${packages.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}

/** Makes sure `java` runs (for the Nu HTML Checker), installing Debian's headless JRE when we are root with apt-get. */
export function requireJava() {
  const works = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
  if (!works()) aptInstall('Java', ['default-jre-headless']);
}

/**
 * Returns Chromium's path. When it is missing and we are root with apt-get,
 * installs Debian's Chromium and the fonts the pages need; otherwise says how.
 */
export function requireChromium() {
  let path = findBrowser('chromium');
  if (path) return path;
  if (aptInstall('Chromium', ['chromium', 'fonts-noto-cjk', 'fonts-noto-core'])) {
    path = findBrowser('chromium');
    if (path) return path;
  }
  console.error(
    'No Chromium found. Install it with:\n  sudo apt-get install -y chromium fonts-noto-cjk fonts-noto-core\n' +
      'or point GOV_CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}
