// The built demo's HTML against the W3C Nu HTML Checker (needs Java: CI
// installs default-jre-headless). A missing Java fails the test, so the check
// cannot silently stop running.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateHtml, formatMessage } from '../../support/validate-html.mjs';

// GOV_DIST lets a developer test a build in another folder while dist/ is in use.
const root = process.env.GOV_DIST ?? 'dist';

describe('HTML validity (Nu HTML Checker)', { timeout: 120_000 }, () => {
  it('finds no error in the built demo', async () => {
    const { files, errors } = await validateHtml(root);
    assert.ok(files.includes('index.html'), `checked ${files.join(', ')}`);
    assert.deepEqual(errors.map(formatMessage), []);
  });

  it('reports errors in a broken copy of the demo, so a clean result means a real check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gov-vnu-'));
    try {
      const html = await readFile(join(root, 'index.html'), 'utf8');
      // An image without alt and a second element with id="main".
      await writeFile(join(dir, 'index.html'), html.replace('<body>', '<body><img src="/x.png"><p id="main"></p>'));
      const { errors } = await validateHtml(dir);
      const messages = errors.map(formatMessage).join('\n');
      assert.match(messages, /“img” element must have an “alt” attribute/);
      assert.match(messages, /Duplicate ID “main”/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
