// What the browser's accessibility tree says, read straight from AT-SPI
// (atspi-languages.py) rather than through Orca's speech: deterministic where
// Orca's choice of voice and its browse/focus mode messages vary from run to run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./atspi-languages.py', import.meta.url));

/** The language AT-SPI gives the text of each link of the browser `pid`, on the run's desktop. */
export function linkLanguages(desktop, pid) {
  const run = spawnSync('/usr/bin/python3', ['-W', 'ignore', script, String(pid)], { env: desktop.env, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`atspi-languages.py failed: ${run.stderr || run.error}`);
  return JSON.parse(run.stdout);
}
