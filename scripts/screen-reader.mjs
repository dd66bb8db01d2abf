// Runs the screen-reader suite (test/screen-reader/): Orca reads the built
// demo in Chromium and Firefox ESR under a private Xvfb display.
//
//   node scripts/screen-reader.mjs                 `npm run test:screen-reader`: fails when a tool is missing
//   node scripts/screen-reader.mjs --if-available  `npm test`: when Orca or a tool is missing, says so loudly and passes
//
// Arguments after the flags go to `node --test`. SR_JOBS (2: both browsers at
// once) is read here; SR_BROWSERS, SR_SCENARIOS, SR_VARIANTS, SR_KEEP and UPDATE_TRANSCRIPTS
// by the suite itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../support/browsers.mjs';

/** The Debian packages the suite needs, with a file each one installs. */
const tools = [
  ['orca', '/usr/bin/orca'],
  ['at-spi2-core', '/usr/libexec/at-spi-bus-launcher'],
  ['xvfb', '/usr/bin/Xvfb'],
  ['dbus', '/usr/bin/dbus-daemon'],
  ['xdotool', '/usr/bin/xdotool'],
  ['speech-dispatcher', '/usr/bin/speech-dispatcher'],
];

const args = process.argv.slice(2);
const optional = args.includes('--if-available');
const testArgs = args.filter((arg) => arg !== '--if-available');

const missing = tools.filter(([, path]) => !existsSync(path)).map(([pkg]) => pkg);
if (!findBrowser('chromium')) missing.push('chromium');
if (!findBrowser('firefox')) missing.push('firefox-esr');
// Orca imports pyatspi from Debian's Python, not from any other python3 on the PATH.
if (!missing.includes('orca') && spawnSync('/usr/bin/python3', ['-c', 'import pyatspi'], { stdio: 'ignore' }).status !== 0) missing.push('python3-pyatspi');

if (missing.length) {
  const line = '!'.repeat(78);
  console.error(
    [
      '',
      line,
      `!! SCREEN-READER TESTS NOT RUN: missing ${missing.join(', ')}.`,
      '!! Orca did not read the kit, so nothing is known about what a blind visitor hears.',
      '!! Install the packages (Debian, as root), then run `npm run test:screen-reader`:',
      `!!   apt-get install -y --no-install-recommends orca at-spi2-core xvfb xauth dbus-x11 xdotool chromium firefox-esr`,
      line,
      '',
    ].join('\n'),
  );
  process.exit(optional ? 0 : 1);
}

const started = Date.now();
// The two browsers run side by side, each with its own display and Orca (SR_JOBS=1 runs them one after the other).
const jobs = process.env.SR_JOBS ?? '2';
const child = spawn(process.execPath, ['--test', `--test-concurrency=${jobs}`, ...testArgs, 'test/screen-reader/'], { stdio: 'inherit' });
// A CI timeout stops this script: the suite then stops its desktops too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const code = await new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
console.log(`screen-reader suite: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(code);
