// A pseudo-locale run: the built English locale chunk is rewritten on the fly
// so every translated string reads ⟦…⟧. After switching to it, any visible or
// accessible string in the kit's shadow roots that still holds Chinese and is
// not host-supplied content skipped msg().
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openDemo, newPage, waitForUpgrade, waitForLocale } from './support.mjs';

/** Wraps every template literal of a built locale chunk in ⟦ ⟧. */
export function pseudoLocalize(code) {
  return code.replace(/`((?:[^`\\]|\\.)*)`/g, (_, body) => `\`⟦${body}⟧\``);
}

describe('pseudo-locale run', { timeout: 120_000 }, () => {
  let demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.close());

  it('leaves no source string outside msg() in any element', async () => {
    const dist = process.env.GOV_DIST ?? 'dist';
    const chunk = readdirSync(`${dist}/assets`).find((file) => /^en-.*\.js$/.test(file));
    assert.ok(chunk, 'the English locale is its own lazy chunk');
    const pseudo = pseudoLocalize(readFileSync(`${dist}/assets/${chunk}`, 'utf8'));
    assert.ok(pseudo.includes('⟦'), 'the chunk holds template literals');

    const { page, context } = await newPage(demo.browser);
    await page.route(`**/assets/${chunk}`, (route) => route.fulfill({ contentType: 'text/javascript', body: pseudo }));
    await page.goto(`${demo.url}?lang=en`, { waitUntil: 'networkidle' });
    await waitForUpgrade(page);
    await waitForLocale(page, 'en');

    // Open what opens, so strings rendered only when open are checked too.
    for (const button of await page.locator('button[aria-expanded="false"]').all()) {
      if (await button.isVisible()) await button.click().catch(() => {});
    }

    const leaks = await page.evaluate(async () => {
      const han = /[\u3400-\u9fff]/;
      const squash = (text) => text.replace(/\s+/g, ' ').trim();
      // Host-supplied content: the page as the server sent it, text, attributes and meta tags.
      const source = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const hostText = new Set();
      for (const el of source.querySelectorAll('[alt], [aria-label], [title], meta[content]')) {
        for (const name of ['alt', 'aria-label', 'title', 'content']) if (el.hasAttribute(name)) hostText.add(squash(el.getAttribute(name)));
      }
      const hostBlob = squash(source.body.textContent) + '\n' + [...hostText].join('\n');
      const fromHost = (text) => hostText.has(text) || hostBlob.includes(text);

      const found = [];
      const visit = (root, where) => {
        const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          if (node.parentElement?.closest('style, script')) continue;
          // Options written in their own language on purpose (中文, English, ᠮᠣᠩᠭᠣᠯ) carry their own lang.
          if (node.parentElement?.closest('[lang]') && node.parentElement.closest('[lang]').getRootNode() === root) continue;
          const text = squash(node.textContent);
          if (han.test(text) && !text.includes('⟦') && !fromHost(text)) found.push(`${where}: “${text}”`);
        }
        for (const el of root.querySelectorAll('*')) {
          for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
            const value = squash(el.getAttribute(name) ?? '');
            if (value && han.test(value) && !value.includes('⟦') && !fromHost(value)) found.push(`${where} [${name}]: “${value}”`);
          }
          if (el.shadowRoot) visit(el.shadowRoot, el.localName);
        }
      };
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot, el.localName);
      return found;
    });
    assert.deepEqual(leaks, []);
    await context.close();
  });
});
