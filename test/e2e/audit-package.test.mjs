// The audit as npm users get it: the package's `bin` runs, everything the
// command imports is in the published files, its run-time packages are
// dependencies, and no browser bundle carries them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = process.env.GOV_DIST ?? join(root, 'dist');

/** Every module the file imports statically, following relative imports: [local files, bare packages]. */
function importGraph(entry) {
  const files = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)));
      else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

/** Files under `dir`, recursively. */
const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

describe('the audit in the npm package', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0].files.map((f) => f.path);

  it('declares the gov-portal-kit bin, with a Node shebang', () => {
    assert.deepEqual(pkg.bin, { 'gov-portal-kit': 'audit/cli.mjs' });
    assert.match(readFileSync(join(root, pkg.bin['gov-portal-kit']), 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.equal(pkg.exports['./audit'], './audit/index.mjs');
  });

  it('publishes every file the command and the API import, and depends on every package they import', () => {
    for (const entry of ['audit/cli.mjs', 'audit/index.mjs']) {
      const { files, packages } = importGraph(entry);
      assert.deepEqual(files.filter((file) => !packed.includes(file)), [], `${entry}: files missing from the package`);
      assert.deepEqual(packages.filter((name) => !pkg.dependencies[name]), [], `${entry}: packages that are not dependencies`);
    }
    assert.ok(packed.includes('package.json'));
  });

  it('pins its run-time packages exactly', () => {
    for (const name of ['playwright-core', 'axe-core']) assert.match(pkg.dependencies[name] ?? '', /^\d+\.\d+\.\d+$/, name);
  });

  it('leaves playwright-core and axe-core out of every browser bundle', () => {
    const bundles = ['assets', 'embed', 'lib'].flatMap((dir) => walk(join(dist, dir))).filter((file) => file.endsWith('.js'));
    assert.ok(bundles.length > 5, `${bundles.length} bundles in ${dist}`);
    const carrying = bundles.filter((file) => /playwright|axe-core|axe\.run|speechSynthesis stand-in/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(carrying.map((file) => relative(root, file)), []);
  });
});
