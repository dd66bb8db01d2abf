// The npm package as users get it (`npm pack`): the library with its types,
// one entry per element, the embed and its first-paint script, the themes
// and every CSS file they import, the manifest and the changelog; no test,
// demo or source TypeScript. Its types resolve for a TypeScript consumer
// under both module resolutions a site may use.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tags = readdirSync(join(root, 'src/elements')).map((file) => file.replace(/\.ts$/, ''));

describe('the npm package', { timeout: 120_000 }, () => {
  let packed;
  let work;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'gov-pack-'));
    const [{ files, filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    packed = files.map((file) => file.path);
    const into = join(work, 'node_modules', 'gov-portal-kit');
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, filename), '-C', into, '--strip-components=1']);
    // The package's own dependencies, as npm would install them beside it.
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit-labs/ssr-dom-shim', '@types/trusted-types']) {
      const from = join(root, 'node_modules', name);
      if (!existsSync(from)) continue;
      mkdirSync(dirname(join(work, 'node_modules', name)), { recursive: true });
      symlinkSync(from, join(work, 'node_modules', name));
    }
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships the library with its types, an entry per element, the embed, the manifest and the changelog', () => {
    const expected = [
      'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
      'dist/lib/index.js', 'dist/lib/index.d.ts',
      'dist/embed/gov-portal-kit.js', 'dist/embed/first-paint.js',
      'dist/custom-elements.json', 'dist/vscode.html-custom-data.json',
      'themes/index.css', 'locales/en.xlf',
      'audit/cli.mjs',
      ...tags.flatMap((tag) => [`dist/lib/elements/${tag}.js`, `dist/lib/elements/${tag}.d.ts`]),
    ];
    assert.deepEqual(expected.filter((file) => !packed.includes(file)), []);
  });

  it('ships every stylesheet the themes import', () => {
    const missing = [];
    const follow = (file) => {
      for (const [, spec] of readFileSync(join(root, file), 'utf8').matchAll(/@import "([^"]+)"/g)) {
        const target = normalize(join(dirname(file), spec));
        if (!packed.includes(target)) missing.push(target);
        else follow(target);
      }
    };
    follow('themes/index.css');
    assert.deepEqual(missing, []);
  });

  it('ships no test, demo or source TypeScript', () => {
    // Of support/, only the server and the browser discovery the audit runs with.
    const stray = packed.filter((file) => /^(test|examples|docs|public|en|scripts)\/|^support\/(?!(serve|browsers)\.mjs$)|^index\.html$|^src\/.*\.ts$|\.test\./.test(file));
    assert.deepEqual(stray, []);
  });

  for (const moduleResolution of ['bundler', 'node16']) {
    it(`resolves its types for a TypeScript consumer (moduleResolution ${moduleResolution})`, () => {
      writeFileSync(join(work, 'consumer.ts'), [
        "import { pagePreferences, type GovBreadcrumb, type Preferences } from 'gov-portal-kit';",
        "import 'gov-portal-kit/elements/gov-top-bar.js';",
        "const crumb: GovBreadcrumb = document.createElement('gov-breadcrumb');",
        "crumb.items = [{ label: '首页', href: '/' }];",
        "const elder: Partial<Preferences> = { elder: true };",
        'pagePreferences().set(elder);',
        'export {};',
      ].join('\n'));
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const compilerOptions = { noEmit: true, strict: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], module: moduleResolution === 'node16' ? 'node16' : 'esnext', moduleResolution };
      writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
      // Under node16 a .ts file is an ES module only inside a "type": "module" package.
      writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      try {
        execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        assert.fail(`tsc: ${error.stdout}${error.stderr}`);
      }
    });
  }
});
