import { defineConfig, type UserConfig } from 'vite';
import { minifyCssLiterals, stripMessageDescriptions } from './scripts/build-plugins.ts';

/*
 * Three builds from one config, chosen by --mode:
 *   (default)  the demo site into dist/ (dist/index.html is the sample article page);
 *   lib        the npm library into dist/lib/, ES modules with lit external;
 *   embed      dist/embed/gov-portal-kit.js, one self-contained file for a single script tag.
 */
const demo: UserConfig = {
  plugins: [minifyCssLiterals(), stripMessageDescriptions()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
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
  plugins: [minifyCssLiterals(), stripMessageDescriptions()],
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
      output: { inlineDynamicImports: true },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'lib' ? library : mode === 'embed' ? embed : demo));
