// A private desktop for one screen-reader run: an Xvfb display, a D-Bus
// session, the AT-SPI bus, speech-dispatcher and Orca, all started here and
// stopped by process id. Several runs (other engineers' browsers, CI jobs) can
// share the machine: the display number is chosen free at random and every
// runtime directory is private.
//
// Gotchas, each found the hard way (the reference probe in the project's
// shared notes lists the first ones):
// - With no audio device speech-dispatcher blocks and Orca hangs on its first
//   phrase: speech goes to libao's null driver, configured in a private HOME,
//   through the dummy module only, so that what the browsers offer as voices
//   does not depend on the speech engines installed.
// - A speech-dispatcher left from an earlier run hangs the next Orca: ours runs
//   in the foreground (--run-single) with a private XDG_RUNTIME_DIR.
// - `orca --replace` kills every process named orca of the user, and a plain
//   `orca` refuses to start next to one: orca-launch.py starts it without either.
// - Orca writes its debug log block-buffered: orca-launch.py makes it line-buffered.
// - Orca's own words (role and state names) follow the locale: LANG=C.UTF-8
//   keeps them English, so the checks and transcripts do not depend on the machine.
// - Orca's defaults read the whole page aloud on load (sayAllOnLoad); the
//   settings below turn that off and keep the page summary on load.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { OrcaLog } from './orca-log.mjs';

const launcher = fileURLToPath(new URL('./orca-launch.py', import.meta.url));

/** Orca settings for the run: no say-all on load, page summary on load, no key echo, no sounds or braille. */
const orcaSettings = {
  sayAllOnLoad: false,
  pageSummaryOnLoad: true,
  enableKeyEcho: false,
  enableSound: false,
  enableBraille: false,
  enableTutorialMessages: false,
};

/** A display number whose X socket and lock file do not exist. */
function freeDisplay() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const n = 100 + Math.floor(Math.random() * 800);
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('No free X display number found');
}

async function waitFor(check, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await delay(100);
  }
}

export class Desktop {
  /** @type {{ name: string, child: import('node:child_process').ChildProcess }[]} */
  processes = [];
  env = {};
  /** @type {OrcaLog} */
  log;

  constructor({ keep = false } = {}) {
    this.keep = keep;
    this.dir = mkdtempSync(join(tmpdir(), 'gov-sr-'));
    // Every process of the run carries this marker, so that stop() finds descendants that outlived their parents.
    this.marker = `gov-sr-${process.pid}-${Date.now()}`;
  }

  /** Starts a process of the run in its own process group, logging to a file of the run directory. */
  spawn(name, command, args, extraEnv = {}) {
    const out = join(this.dir, `${name}.log`);
    writeFileSync(out, '');
    const child = spawn(command, args, {
      env: { ...this.env, ...extraEnv },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const append = (chunk) => writeFileSync(out, chunk, { flag: 'a' });
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.on('error', (error) => append(`spawn error: ${error.message}\n`));
    this.processes.push({ name, child });
    return child;
  }

  async start() {
    const home = join(this.dir, 'home');
    const runtime = join(this.dir, 'run');
    mkdirSync(join(home, '.config', 'speech-dispatcher'), { recursive: true });
    mkdirSync(join(home, '.local', 'share', 'orca'), { recursive: true });
    mkdirSync(runtime, { recursive: true, mode: 0o700 });
    // Only speech-dispatcher's dummy module: the browsers then find no voice for the page
    // (the toolbar's 声音 says so), whichever speech engines the machine has installed.
    const speechd =
      readFileSync('/etc/speech-dispatcher/speechd.conf', 'utf8').replace(/^#? *AudioOutputMethod .*$/m, 'AudioOutputMethod "libao"') +
      '\nAddModule "dummy" "sd_dummy" ""\nDefaultModule dummy\n';
    writeFileSync(join(home, '.config', 'speech-dispatcher', 'speechd.conf'), speechd);
    writeFileSync(join(home, '.libao'), 'default_driver=null\n');
    const profile = { profile: ['Default', 'default'], ...orcaSettings };
    writeFileSync(
      join(home, '.local', 'share', 'orca', 'user-settings.conf'),
      JSON.stringify({
        general: { ...orcaSettings, activeProfile: ['Default', 'default'], startingProfile: ['Default', 'default'], firstStart: false },
        profiles: { default: profile },
        keybindings: {},
        pronunciations: {},
      }),
    );

    const inherit = ['PATH', 'TERM', 'TZ'];
    this.env = Object.fromEntries(inherit.filter((key) => process.env[key]).map((key) => [key, process.env[key]]));
    Object.assign(this.env, {
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      LANGUAGE: 'en',
      GOV_SR_SESSION: this.marker,
    });

    // Xvfb: a free display; retry when another run took the number first.
    for (let attempt = 0; ; attempt++) {
      const n = freeDisplay();
      const xvfb = this.spawn('xvfb', 'Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
      const up = await waitFor(() => existsSync(`/tmp/.X11-unix/X${n}`) || xvfb.exitCode !== null, 'Xvfb', 10_000);
      if (up && xvfb.exitCode === null) {
        this.env.DISPLAY = `:${n}`;
        break;
      }
      this.processes.pop();
      if (attempt >= 4) throw new Error('Xvfb did not start (see xvfb.log)');
    }

    // The D-Bus session bus, run in the foreground so that its pid is ours.
    const bus = this.spawn('dbus', 'dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=1']);
    this.env.DBUS_SESSION_BUS_ADDRESS = await new Promise((resolve, reject) => {
      let text = '';
      bus.stdout.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(text.split('\n')[0].trim());
      });
      bus.on('exit', () => reject(new Error('dbus-daemon exited (see dbus.log)')));
    });

    Object.assign(this.env, { NO_AT_BRIDGE: '0', GTK_MODULES: 'gail:atk-bridge', ACCESSIBILITY_ENABLED: '1' });
    this.spawn('at-spi', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    await delay(500);
    this.spawn('speech-dispatcher', 'speech-dispatcher', ['--run-single', '--communication-method', 'unix_socket']);
    await waitFor(() => existsSync(join(runtime, 'speech-dispatcher')), 'speech-dispatcher', 10_000).catch(() => true);

    const logPath = join(this.dir, 'orca-debug.log');
    this.spawn('orca', '/usr/bin/python3', [launcher, `--debug-file=${logPath}`]);
    this.log = new OrcaLog(logPath);
    await waitFor(() => existsSync(logPath) && this.log.read().includes("SPEECH OUTPUT: 'Screen reader on.'"), 'Orca to start (see orca.log)', 30_000);
    return this;
  }

  /** Runs a command on the display (xdotool) and resolves to its standard output. */
  run(command, args) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')}: exit ${code} ${err}`))));
    });
  }

  /** Presses keys with real X key events (xdotool), as a keyboard does: Orca sees them first. */
  key(...keys) {
    return this.run('xdotool', ['key', '--delay', '30', ...keys]);
  }

  /** Gives X input focus to the first visible window of process `pid` (there is no window manager to do it). */
  async focusWindowOf(pid) {
    const ids = await waitFor(async () => {
      const out = await this.run('xdotool', ['search', '--onlyvisible', '--pid', String(pid)]).catch(() => '');
      return out.trim().split('\n').filter(Boolean);
    }, `a window of process ${pid}`);
    await this.run('xdotool', ['windowfocus', '--sync', ids[0]]);
    return ids[0];
  }

  /** Processes still running with this run's marker (descendants whose parent already exited). */
  leftovers() {
    const found = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`GOV_SR_SESSION=${this.marker}`)) found.push(Number(entry));
      } catch {
        // The process ended, or is not ours to read.
      }
    }
    return found;
  }

  /** Kills every process of the run at once (when the test process itself is interrupted). */
  killNow() {
    for (const pid of [...this.processes.map(({ child }) => -child.pid), ...this.leftovers()]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (!this.keep) rmSync(this.dir, { recursive: true, force: true });
  }

  /** Stops every process of the run, by process group and then by marker, and removes the run directory. */
  async stop() {
    for (const { child } of [...this.processes].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    await delay(300);
    for (let round = 0; round < 10; round++) {
      const left = [...this.processes.filter(({ child }) => child.exitCode === null && child.signalCode === null).map(({ child }) => child.pid), ...this.leftovers()];
      if (!left.length) break;
      for (const pid of left) {
        try {
          process.kill(pid, round < 5 ? 'SIGTERM' : 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await delay(200);
    }
    if (!this.keep) rmSync(this.dir, { recursive: true, force: true });
  }
}
