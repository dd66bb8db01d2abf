// The developer documentation the build writes from the components' JSDoc:
// the Custom Elements Manifest, the VS Code HTML custom data and the demo's
// API page, which must pass axe under the demo's strict style policy.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDemo, newPage, axeViolations } from './support.mjs';

const root = process.env.GOV_DIST ?? 'dist';

/** Reads a JSON file the build wrote, saying how to make it when it is missing. */
function readBuilt(name) {
  const path = join(root, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` (or \`npm run analyze\` after a build).`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The tags src/index.ts declares in HTMLElementTagNameMap: every element the package defines. */
function packageTags() {
  const source = readFileSync('src/index.ts', 'utf8');
  const map = source.match(/interface HTMLElementTagNameMap \{([^}]*)\}/);
  assert.ok(map, 'src/index.ts declares HTMLElementTagNameMap');
  return [...map[1].matchAll(/'(gov-[a-z0-9-]+)'/g)].map((m) => m[1]);
}

const nonEmpty = (text) => typeof text === 'string' && text.trim() !== '';

describe('Custom Elements Manifest', () => {
  let manifest;
  let tags;
  /** The declaration of `tag`, with the path of its module. */
  const element = (tag) => {
    const found = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, modulePath: mod.path }))).find((d) => d.tagName === tag);
    assert.ok(found, `the manifest declares ${tag}`);
    return found;
  };

  before(() => {
    manifest = readBuilt('custom-elements.json');
    tags = packageTags();
  });

  it('declares every element of src/index.ts with its tag name, summary and definition', () => {
    assert.ok(tags.length >= 17, `found ${tags.length} tags in src/index.ts`);
    const definitions = manifest.modules.flatMap((mod) => mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    for (const tag of tags) {
      const declaration = element(tag);
      assert.equal(declaration.kind, 'class', tag);
      assert.equal(declaration.customElement, true, tag);
      assert.ok(nonEmpty(declaration.summary), `${tag} has a summary`);
      assert.ok(nonEmpty(declaration.description), `${tag} has a description`);
      assert.ok(definitions.some((d) => d.name === tag && d.declaration.name === declaration.name), `${tag} has a custom-element-definition`);
      assert.match(declaration.modulePath, /^dist\/lib\/components\//, tag);
    }
  });

  it('names modules as the package ships them: the library build, which mirrors src/', () => {
    const paths = new Set(manifest.modules.map((mod) => mod.path));
    // Every reference at any depth: superclasses, inheritedFrom, export declarations.
    JSON.stringify(manifest.modules, (key, value) => {
      if (key === 'module') paths.add(value);
      return value;
    });
    const unshipped = [...paths].filter((path) => !/^dist\/lib\/.+\.js$/.test(path) || !existsSync(path.replace(/^dist\/lib\//, 'src/').replace(/\.js$/, '.ts')));
    assert.deepEqual(unshipped, []);
  });

  it('describes every attribute, public member, event, slot, CSS part and CSS custom property', () => {
    const undocumented = [];
    for (const tag of tags) {
      const declaration = element(tag);
      for (const kind of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
        for (const entry of declaration[kind] ?? []) {
          if (!nonEmpty(entry.description)) undocumented.push(`${tag} ${kind} ${entry.name || '(default)'}`);
        }
      }
      // Implementation details stay out: they are neither settable nor callable from a page.
      const hidden = (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.endsWith('Callback'));
      assert.deepEqual(hidden.map((m) => m.name), [], `${tag} lists only public members`);
    }
    assert.deepEqual(undocumented, []);
  });

  it('knows the documented API of the elements', () => {
    const named = (list, name) => (list ?? []).find((entry) => entry.name === name);
    const siteCode = named(element('gov-footer').attributes, 'site-code');
    assert.equal(siteCode?.fieldName, 'siteCode');
    assert.match(siteCode.description, /政府网站标识码/);
    assert.equal(named(element('gov-footer').members, 'siteCode')?.attribute, 'site-code');
    assert.match(named(element('gov-dept-menu').cssProperties, '--gov-dept-columns')?.description ?? '', /column/i);
    assert.match(named(element('gov-main-nav').events, 'gov-toggle')?.description ?? '', /GovToggleEvent/);
    // An event dispatched as a class instance is listed once, under its documented name.
    assert.deepEqual(element('gov-a11y-toggle').events?.map((event) => event.name), ['gov-reveal']);
    // The top bar renders into its light DOM: no slots; it documents how a page gives it its tools.
    assert.equal(element('gov-top-bar').slots, undefined);
    assert.match(element('gov-top-bar').description, /`<gov-a11y-toggle slot="tools">`/);
    assert.ok(named(element('gov-dept-menu').members, 'show'), 'gov-dept-menu documents its show() method');
    assert.equal(named(element('gov-share').attributes, 'share-title')?.fieldName, 'shareTitle');
  });
});

describe('VS Code HTML custom data', () => {
  it('offers every element with its description and attributes', () => {
    const data = readBuilt('vscode.html-custom-data.json');
    assert.equal(data.version, 1.1);
    const byName = new Map(data.tags.map((tag) => [tag.name, tag]));
    for (const tag of packageTags()) {
      assert.ok(byName.has(tag), `${tag} is in the custom data`);
      assert.ok(nonEmpty(byName.get(tag).description), `${tag} has a description`);
      for (const attribute of byName.get(tag).attributes) assert.ok(nonEmpty(attribute.description), `${tag} [${attribute.name}] has a description`);
    }
    const siteCode = byName.get('gov-footer').attributes.find((a) => a.name === 'site-code');
    assert.match(siteCode?.description ?? '', /政府网站标识码/);
    assert.match(byName.get('gov-top-bar').description, /`slot="tools"`/);
  });
});

describe('API page', { timeout: 180_000 }, () => {
  let demo;
  before(async () => {
    // The demo's policy: nothing inline, so the page's styles must come from a same-origin file.
    demo = await openDemo({
      headers: { 'Content-Security-Policy': "default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'" },
    });
  });
  after(() => demo?.close());

  /** Opens api.html at `width` CSS px, recording CSP violations. */
  async function openApiPage(width) {
    const opened = await newPage(demo.browser, undefined, { viewport: { width, height: 900 } });
    await opened.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    const response = await opened.page.goto(`${demo.url}api.html`, { waitUntil: 'networkidle' });
    assert.equal(response.status(), 200);
    return opened;
  }

  it('lists every element in captioned tables, styled under the strict CSP, with no axe violation', async () => {
    const { page, problems, context } = await openApiPage(1280);
    assert.equal(await page.locator('h1').count(), 1);
    assert.ok(await page.evaluate(() => document.documentElement.lang), 'the page has a language');
    assert.equal(await page.locator('a[href="/"]').count(), 1, 'a link back to the demo');
    for (const tag of packageTags()) {
      assert.equal(await page.locator(`h2[id="${tag}"]`).count(), 1, `${tag} has a section`);
    }
    const tables = await page.locator('table').evaluateAll((list) =>
      list.map((table) => ({ caption: table.caption?.textContent.trim() ?? '', unscoped: table.querySelectorAll('th:not([scope])').length })),
    );
    assert.ok(tables.length > 17, `${tables.length} tables`);
    assert.deepEqual(tables.filter((t) => !t.caption || t.unscoped), [], 'every table has a caption and scoped headers');
    assert.equal(await page.getByRole('region', { name: 'Attributes of <gov-footer>' }).count(), 1);
    assert.equal(await page.locator('#gov-footer ~ .table-scroll th[scope="row"]', { hasText: 'site-code' }).count(), 1);
    assert.equal(await page.locator('style, [style]').count(), 0, 'no inline styles');
    // api.css loaded despite style-src 'self': the tables collapse their borders.
    assert.equal(await page.locator('table').first().evaluate((table) => getComputedStyle(table).borderCollapse), 'collapse');

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reflows on a narrow screen: tables scroll in their own box, still with no axe violation', async () => {
    const { page, problems, context } = await openApiPage(320);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page does not scroll sideways');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
