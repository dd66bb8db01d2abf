// Checks the built demo's HTML with the W3C Nu HTML Checker (vnu.jar, run by
// the system's Java). `node support/validate-html.mjs [dir]` prints every
// message and the figures, and exits non-zero on any error; the e2e test
// calls `validateHtml` directly.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { requireJava } from './browsers.mjs';

// The package exports the jar's path as a String object. Its `vnu.check()` helper is
// not used because it downloads a Java runtime when none is found; CI installs one.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Runs the checker on every .html file at the root of `dir` and resolves to
 * `{ files, errors, warnings }`: file paths relative to `dir`, and messages as
 * `{ file, line, column, message }`.
 */
export async function validateHtml(dir) {
  requireJava();
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${dir}/index.html is missing: build the demo first.`);
  const files = readdirSync(root).filter((name) => name.endsWith('.html')).sort();
  let stdout;
  try {
    // JSON on stdout, and exit 0 even when there are errors: the messages decide, not the exit code.
    ({ stdout } = await promisify(execFile)('java', [
      '-jar',
      vnuJar,
      '--format',
      'json',
      '--stdout',
      '--exit-zero-always',
      ...files.map((name) => join(root, name)),
    ]));
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new Error('The Nu HTML Checker needs Java 17 or later: sudo apt-get install -y default-jre-headless', { cause: error });
    }
    throw error;
  }
  const errors = [];
  const warnings = [];
  for (const { type, subType, url, lastLine, firstColumn, message } of JSON.parse(stdout).messages) {
    const entry = { file: url ? relative(root, fileURLToPath(url)) : dir, line: lastLine, column: firstColumn, message };
    // A "non-document-error" (an unreadable file, say) means the check did not happen, so it counts as an error.
    if (type === 'error' || type === 'non-document-error') errors.push(entry);
    else if (type === 'info' && subType === 'warning') warnings.push(entry);
  }
  return { files, errors, warnings };
}

/** One message as `file:line:column: message`, the form editors link. */
export const formatMessage = ({ file, line, column, message }) => `${file}:${line ?? '?'}:${column ?? '?'}: ${message}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.GOV_DIST ?? 'dist';
  const { files, errors, warnings } = await validateHtml(dir).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  for (const entry of errors) console.log(`error: ${formatMessage(entry)}`);
  for (const entry of warnings) console.log(`warning: ${formatMessage(entry)}`);
  console.log(`Nu HTML Checker on ${files.map((name) => join(dir, name)).join(', ')}: ${errors.length} errors, ${warnings.length} warnings`);
  if (errors.length) process.exitCode = 1;
}
