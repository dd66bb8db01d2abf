import type { Plugin } from 'vite';
import { messageIdLength } from '../src/i18n/message-ids.ts';

// Build plugins. The first minifies the CSS of the `const css = `…`` stylesheets
// that the toolbar, the aids and the share dialog construct:
// comments go, runs of whitespace become one space, and the spaces around
// braces, semicolons and commas and after colons go. Spaces that carry meaning (descendant
// combinators, value lists) stay, since they are collapsed, not removed.

/** Minifies one chunk of CSS text that sits between template interpolations. */
export function minifyCssText(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // A space after a colon never carries meaning; one before it can (`a :hover`), so that one stays.
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * Drops the fallback of `var(--token, fallback)` for the tokens in `defined`.
 * The demo and the embed always ship themes/base.css, which defines those
 * tokens on :root, so there the fallbacks (kept in the npm library, whose
 * users may not link the themes) are never used. A fallback that does not
 * close within `css` is left alone.
 */
export function stripTokenFallbacks(css: string, defined: ReadonlySet<string>): string {
  let out = '';
  let from = 0;
  for (let start = css.indexOf('var(--'); start >= 0; start = css.indexOf('var(--', from)) {
    const nameEnd = start + 4 + css.slice(start + 4).search(/[,)]|$/);
    out += css.slice(from, nameEnd);
    from = nameEnd;
    if (css[nameEnd] !== ',' || !defined.has(css.slice(start + 4, nameEnd).trim())) continue;
    let depth = 0;
    let close = nameEnd + 1;
    for (; close < css.length && !(css[close] === ')' && depth === 0); close += 1) {
      if (css[close] === '(') depth += 1;
      else if (css[close] === ')') depth -= 1;
    }
    if (close < css.length) from = close;
  }
  return out + css.slice(from);
}

/** The tokens themes/base.css defines. */
async function baseTokens(): Promise<Set<string>> {
  // Imported here, not at the top: the unit tests load this module in a browser.
  const { readFile } = await import('node:fs/promises');
  const css = await readFile(new URL('../themes/base.css', import.meta.url), 'utf8');
  return new Set([...css.matchAll(/(--gov-[a-z0-9-]+)\s*:/g)].map((match) => match[1]!));
}

export function minifyCssLiterals(): Plugin {
  let tokens: ReadonlySet<string> = new Set();
  return {
    name: 'gov-minify-css-literals',
    enforce: 'pre',
    async buildStart() {
      tokens = await baseTokens();
    },
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('const css = `')) return null;
      const out = code.replace(/\b(const css = `)((?:[^`\\]|\\.)*)`/g, (_: string, opening: string, body: string) => {
        // Keep ${…} interpolations as they are; minify the CSS between them.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `${opening}${parts.map((part) => (part.startsWith('${') ? part : stripTokenFallbacks(minifyCssText(part), tokens))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}

/** A node of the ESTree syntax tree Rolldown's parser returns, as far as `htmlTemplateTexts` reads it. */
interface SyntaxNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is SyntaxNode => typeof value === 'object' && value !== null && typeof (value as SyntaxNode).type === 'string';
const isCallOf = (node: SyntaxNode | undefined, name: string): boolean =>
  node?.type === 'CallExpression' && (node.callee as SyntaxNode).type === 'Identifier' && (node.callee as { name: string }).name === name;

/**
 * The text parts (`TemplateElement`s) of every html`…` template in a program,
 * except those given to msg(): lit-localize finds a translation by a hash of
 * that exact text.
 */
export function htmlTemplateTexts(program: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const visit = (node: SyntaxNode, parent: SyntaxNode | undefined): void => {
    const tag = node.tag as SyntaxNode | undefined;
    if (node.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && tag.name === 'html' && !isCallOf(parent, 'msg')) {
      found.push(...((node.quasi as { quasis: SyntaxNode[] }).quasis));
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child, node);
    }
  };
  visit(program, undefined);
  return found;
}

/**
 * Each run of whitespace that holds a line break, in the given text parts of
 * `code`, made one space. HTML shows such a run as one space anyway, and no
 * template of the kit sets `white-space: pre`; the source keeps its indented
 * templates, the built code leaves out about 230 B gzip of indentation.
 */
export function collapseTemplateWhitespace(code: string, texts: readonly SyntaxNode[]): string {
  let out = code;
  for (const { start, end } of [...texts].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

/** Collapses the line breaks and indentation in the kit's html`…` templates (`collapseTemplateWhitespace`). */
export function collapseHtmlWhitespace(): Plugin {
  return {
    name: 'gov-collapse-html-whitespace',
    // After TypeScript is stripped: the parser below reads JavaScript.
    async transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      // Imported here, not at the top: the unit tests load this module in a browser.
      const { parseAst } = await import('vite');
      return { code: collapseTemplateWhitespace(code, htmlTemplateTexts(parseAst(code) as unknown as SyntaxNode)), map: null };
    },
  };
}

/**
 * Drops the translator notes (`desc`) from msg() options in built code: they
 * matter in the XLIFF files, which keep them, not at run time. Message ids
 * do not depend on them.
 */
export function stripMessageDescriptions(): Plugin {
  return {
    name: 'gov-strip-message-descriptions',
    enforce: 'pre',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      const out = code
        // msg('…', { desc: '…' }) → msg('…')
        .replace(/,\s*\{\s*desc:\s*'(?:[^'\\]|\\.)*'\s*,?\s*\}/g, '')
        // msg('…', { id: '…', desc: '…' }) → msg('…', { id: '…' })
        .replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'\s*(?=,?\s*\})/g, '');
      return { code: out, map: null };
    },
  };
}

/**
 * Shortens the hashed keys of lit-localize's generated locale modules
 * (`'s0055d87093581f4a': …`, one per line) to their first `messageIdLength`
 * characters; src/i18n/localization.ts finds a message by that prefix. The
 * rewrite depends on the generator's output, so test/unit/build-plugins.test.ts
 * pins it on the real generated modules; a clash of two prefixes fails the build.
 */
export function shortenMessageIds(code: string): string {
  const seen = new Map<string, string>();
  return code.replace(/^(\s*)'([sh][0-9a-f]{16})':/gm, (_line, indent: string, id: string) => {
    const short = id.slice(0, messageIdLength);
    const other = seen.get(short);
    if (other !== undefined && other !== id) throw new Error(`Message ids ${other} and ${id} share the prefix ${short}: give one of them an explicit id (msg(…, { id: '…' })), or raise messageIdLength in src/i18n/message-ids.ts.`);
    seen.set(short, id);
    return `${indent}'${short}':`;
  });
}

/** The demo's and the embed's locale chunks with short message ids (`shortenMessageIds`). */
export function shortMessageIds(): Plugin {
  return {
    name: 'gov-short-message-ids',
    enforce: 'pre',
    transform(code: string, id: string) {
      return /\/src\/i18n\/generated\/locales\/[^/]+\.ts$/.test(id) ? { code: shortenMessageIds(code), map: null } : null;
    },
  };
}

/**
 * Replaces Vite's dynamic-import preload helper (about 600 B gzip) with a
 * plain call. The demo's lazy chunks depend only on the entry chunk, which is
 * already loaded, and the page links its stylesheet itself, so there is
 * nothing to preload.
 *
 * Vite still lists the page's stylesheet next to each dynamic import (as
 * `__vite__mapDeps([0])`, with a declaration at the top of the chunk), which
 * the plain call ignores: `dropPreloadLists` takes them out of the bundle
 * after Vite has written them. It is a text rewrite of Vite's output, so
 * test/unit/build-plugins.test.ts pins the exact form it expects, and the
 * e2e build check fails if any list is left in a built chunk.
 */
export function plainDynamicImports(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'gov-plain-dynamic-imports',
    enforce: 'pre',
    load(id: string) {
      return id === helperId ? 'export const __vitePreload = (load) => load();' : null;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = dropPreloadLists(chunk.code);
        }
      },
    },
  };
}

/** Vite's preload lists taken out of a chunk's code: the `__vite__mapDeps` declaration and each call's list argument. */
export function dropPreloadLists(code: string): string {
  if (!code.includes('__vite__mapDeps')) return code;
  return code
    .replace(/^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n/, '')
    .replace(/,__vite__mapDeps\(\[[\d,]*\]\)/g, '');
}

/**
 * Inlines src/preferences/first-paint.ts into the page's `<head>` as a classic
 * script at the end of the head (so <meta charset> stays in the first 1024
 * bytes), before the body is parsed: it puts the visitor's stored modes on the
 * root before the first paint in every engine, so a returning elder visitor
 * never sees a frame of the standard page. A site with a Content-Security-
 * Policy allows it by its hash (README). With `file`, the build also writes
 * the script's text to that file, for templates that load the one-file embed.
 */
export function firstPaintScript({ file }: { file?: string } = {}): Plugin {
  let code = '';
  return {
    name: 'gov-first-paint-script',
    async buildStart() {
      code = await firstPaintCode();
    },
    transformIndexHtml: () => [{ tag: 'script', children: code, injectTo: 'head' }],
    generateBundle() {
      if (file) this.emitFile({ type: 'asset', fileName: file, source: code });
    },
  };
}

/** The first-paint script as the page runs it: first-paint.ts compiled, called, wrapped and minified. */
export async function firstPaintCode(): Promise<string> {
  // Imported here, not at the top: the unit tests load this module in a browser.
  const { readFile } = await import('node:fs/promises');
  const { minify, transformWithOxc } = await import('vite');
  const source = await readFile(new URL('../src/preferences/first-paint.ts', import.meta.url), 'utf8');
  const js = (await transformWithOxc(source, 'first-paint.ts', { lang: 'ts' })).code.replaceAll(/^export function /gm, 'function ');
  return (await minify('first-paint.js', `(()=>{${js}\napplyStoredModes();markUpgrade()})()`, { compress: true, mangle: true })).code.trim();
}
