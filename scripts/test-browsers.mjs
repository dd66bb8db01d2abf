// Runs the unit tests in Chromium, Firefox and WebKit. Installs the Debian
// packages when they are missing and we are root; starts Xvfb and
// WebKitWebDriver for WebKit, and stops them afterwards.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { findBrowser, requireChromium } from '../support/browsers.mjs';

requireChromium();
const needed = [
  ['firefox', 'firefox-esr'],
  ['webkitDriver', 'webkit2gtk-driver'],
].filter(([name]) => !findBrowser(name));
if (!existsSync('/usr/bin/Xvfb')) needed.push(['xvfb', 'xvfb'], ['xauth', 'xauth']);
if (needed.length) {
  const packages = needed.map(([, pkg]) => pkg);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } else {
    console.error(`Missing browsers. Install them with:\n  sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
}

const display = ':99';
const port = process.env.GOV_WEBKIT_DRIVER_PORT ?? '4445';
const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
await delay(500);
const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' };
const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], { stdio: 'ignore', env });
await delay(1000);

const runner = spawn('npx', ['wtr', '--config', 'web-test-runner.browsers.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
const code = await new Promise((resolve) => runner.on('exit', (status) => resolve(status ?? 1)));
driver.kill();
xvfb.kill();
process.exit(code);
