import type { Plugin } from 'vite';

// Build plugins. The first minifies the CSS inside Lit's css`…` tagged templates:
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

export function minifyCssLiterals(): Plugin {
  return {
    name: 'gov-minify-css-literals',
    enforce: 'pre',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_: string, body: string) => {
        // Keep ${…} interpolations as they are; minify the CSS between them.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCssText(part))).join('')}\``;
      });
      return { code: out, map: null };
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
 * Replaces Vite's dynamic-import preload helper (about 600 B gzip) with a
 * plain call. The demo's lazy chunks depend only on the entry chunk, which is
 * already loaded, and the page links its stylesheet itself, so there is
 * nothing to preload.
 */
export function plainDynamicImports(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'gov-plain-dynamic-imports',
    enforce: 'pre',
    load(id: string) {
      return id === helperId ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

/**
 * Marks the page's entry script `blocking="render"`: browsers that support it
 * (Chromium) paint nothing until the elements have upgraded and the stored
 * preferences are on the root, so a returning visitor never sees a frame of
 * the wrong mode and the navigation never jumps. Vite rewrites the script tag,
 * dropping the attribute, hence a plugin that runs after it.
 */
export function renderBlockingEntry(): Plugin {
  return {
    name: 'gov-render-blocking-entry',
    transformIndexHtml: {
      order: 'post',
      handler: (html: string) => html.replace(/<script type="module"(?![^>]*\bblocking=)/g, '<script type="module" blocking="render"'),
    },
  };
}
