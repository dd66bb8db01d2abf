// The folders keep to their side: scripts/ (the build, benchmarks, screenshots)
// and test/ do not import each other, and what both use lives in support/,
// which imports from neither. The one exception is a unit test importing the
// code it tests, scripts/build-plugins.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Script files under `dir` (relative to the root), recursively, leaving out test output. */
const walk = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__output__' || entry.name === 'node_modules' ? [] : walk(path);
    return /\.(mjs|js|ts)$/.test(entry.name) ? [path] : [];
  });

/** The root-relative paths a file imports by a relative specifier: static, re-export, side-effect and dynamic imports. */
function localImports(file) {
  const source = readFileSync(join(root, file), 'utf8');
  const patterns = [
    /^\s*(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns
    .flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]))
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(root, join(root, dirname(file), spec)));
}

const rules = [
  { from: 'scripts', forbidden: ['test'], allowed: [] },
  { from: 'test', forbidden: ['scripts'], allowed: ['scripts/build-plugins.ts'] },
  { from: 'support', forbidden: ['scripts', 'test'], allowed: [] },
];

describe('the layout of scripts/, test/ and support/', () => {
  for (const { from, forbidden, allowed } of rules) {
    it(`${from}/ imports nothing from ${forbidden.map((dir) => `${dir}/`).join(' or ')}${allowed.length ? ` but ${allowed.join(', ')}` : ''}`, () => {
      const files = walk(from);
      assert.ok(files.length > 0, `no files found under ${from}/`);
      const crossing = files.flatMap((file) =>
        localImports(file)
          .filter((target) => forbidden.some((dir) => target.startsWith(`${dir}/`)) && !allowed.includes(target))
          .map((target) => `${file} imports ${target}`),
      );
      assert.deepEqual(crossing, [], 'move what both sides use to support/');
    });
  }
});
