// Writes the parts of README.md that a command measures or builds, between
// `<!-- gov:NAME -->` and `<!-- /gov:NAME -->` markers, so nobody pastes them:
// - `node scripts/readme.mjs first-paint` (after a build): the first-paint
//   script and its CSP hash;
// - `npm run bench -- --update-readme` writes the figures table (bench.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstPaintHash } from '../support/strict-headers.mjs';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

/** Replaces the text between the markers of `name` in the README with `content`. */
export function writeReadmeRegion(name, content) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = `<!-- gov:${name} -->`;
  const end = `<!-- /gov:${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} region`);
  writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n${content.trim()}\n${readme.slice(to)}`);
  console.log(`README.md: ${name} written`);
}

/** The CSP lines and the script of the first-paint region, from the build in `dist`. */
export function firstPaintRegion(dist = process.env.GOV_DIST ?? 'dist') {
  const code = readFileSync(`${dist}/embed/first-paint.js`, 'utf8');
  return [
    '```',
    `Content-Security-Policy: default-src 'self'; script-src 'self' ${firstPaintHash(dist)}; style-src 'self';`,
    "  img-src 'self' data:; object-src 'none'; base-uri 'none';",
    "  require-trusted-types-for 'script'; trusted-types lit-html gov-portal-kit",
    '```',
    '',
    'The first-paint script, to paste as it is (any change to its text changes the hash):',
    '',
    '```html',
    `<script>${code}</script>`,
    '```',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what] = process.argv.slice(2);
  if (what === 'first-paint') writeReadmeRegion('first-paint', firstPaintRegion());
  else {
    console.error('usage: node scripts/readme.mjs first-paint');
    process.exit(2);
  }
}
