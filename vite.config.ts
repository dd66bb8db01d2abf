import { defineConfig, type UserConfig } from 'vite';
import { collapseHtmlWhitespace, firstPaintScript, minifyCssLiterals, plainDynamicImports, shortMessageIds, stripMessageDescriptions } from './scripts/build-plugins.ts';

/*
 * Three builds from one config, chosen by --mode:
 *   (default)  the demo site into dist/ (dist/index.html is the sample article page);
 *   lib        the npm library into dist/lib/, ES modules with lit external;
 *   embed      dist/embed/gov-portal-kit.js, one self-contained file for a single script tag.
 */
/** Modules only the demo's lazy chunks use: the toolbar (and the one directive it uses), the share dialog, other locales and the localization runtime, the below-the-fold elements, the host-text layer, the parts of the header and the article drawn again. */
const lazyModules = /\/@lit\/localize\/(init\/runtime|internal\/(runtime-msg|deferred|id-generation|fnv1a64))\.js$|\/lit-html\/directives\/if-defined\.js$|\/src\/(aids\/|below-fold\.ts|preferences\/host-text\.ts|i18n\/(localize-runtime\.ts|generated\/locales\/)|elements\/gov-(related-sites|footer|back-to-top)\.ts|components\/(gov-(a11y-toolbar|footer|related-sites|back-to-top)\/|gov-share\/(gov-share-dialog|qr)\.ts|gov-article\/article-(redraw|data)\.ts|gov-header\/header-redraw\.ts)|base\/content-text\.ts)/;

/*
 * Lit's packages declare no `sideEffects`, so an import of a package index
 * keeps all it re-exports: @lit/localize's would pull the runtime, which only
 * the lazy localization chunk uses, into the demo's entry; `lit`'s, which the
 * generated locale modules import `html` from, would pull LitElement and
 * ReactiveElement, which the kit does not use (ADR 0017). At load these
 * modules only register version numbers and dev-mode hooks.
 */
const litWithoutSideEffects = { moduleSideEffects: (id: string) => !/\/node_modules\/(@lit\/localize|lit|lit-element|@lit\/reactive-element)\//.test(id) };

const demo: UserConfig = {
  plugins: [minifyCssLiterals(), collapseHtmlWhitespace(), stripMessageDescriptions(), shortMessageIds(), plainDynamicImports(), firstPaintScript()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Nothing to preload: the lazy chunks depend only on the entry, already loaded (plainDynamicImports).
    modulePreload: false,
    rolldownOptions: {
      // The sample article page, and its short English version (the 语言 control links to it).
      input: { index: 'index.html', en: 'en/index.html' },
      treeshake: litWithoutSideEffects,
      output: {
        // Everything the page needs at once stays in the entry chunk, which the
        // lazy chunks import from. Without this group Rolldown moves Lit and the
        // shared modules into chunks of their own (rolldown/rolldown#10731),
        // costing requests and about 2 KB of gzip.
        codeSplitting: {
          groups: [
            { name: 'page', test: (id: string) => !lazyModules.test(id) },
            // The code that draws the article's and the header's published parts again (ADR 0018) shares the
            // chunk below the fold: a language switch loads it, which the page would load on scrolling anyway, and
            // that is 623 B smaller than chunks of their own.
            { name: 'below-fold', test: /\/src\/(below-fold\.ts|elements\/gov-(related-sites|footer|back-to-top)\.ts|components\/(gov-(footer|related-sites|back-to-top)\/|gov-article\/article-(redraw|data)\.ts|gov-header\/header-redraw\.ts)|base\/content-text\.ts)/ },
          ],
        },
      },
    },
  },
};

const library: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    lib: {
      entry: { index: 'src/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

const embed: UserConfig = {
  plugins: [minifyCssLiterals(), collapseHtmlWhitespace(), stripMessageDescriptions(), shortMessageIds(), firstPaintScript({ file: 'first-paint.js' })],
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: 'src/embed.ts',
      formats: ['es'],
      fileName: () => 'gov-portal-kit.js',
    },
    rollupOptions: {
      treeshake: litWithoutSideEffects,
      output: { inlineDynamicImports: true },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'lib' ? library : mode === 'embed' ? embed : demo));
