// `cem analyze` (npm run analyze, the end of npm run build) writes the
// Custom Elements Manifest, custom-elements.json, into the build folder:
// GOV_DIST, else dist/. package.json's customElements field points at it.
import { relative } from 'node:path';
import { govDefineCalls, namedEventsOnly, publicMembersOnly, packagePaths, statesAreNotAttributes } from './scripts/cem-plugins.mjs';

export default {
  // The elements, and the modules whose GovX.define('gov-x') calls give them their tag names.
  globs: ['src/components/**/*.ts', 'src/elements/*.ts', 'src/article.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  // The analyzer joins outdir to the working directory, so an absolute GOV_DIST is made relative to it.
  outdir: relative(process.cwd(), process.env.GOV_DIST ?? 'dist'),
  litelement: true,
  // package.json's customElements field is kept by hand: the analyzer would rewrite it to whichever folder a build used.
  packagejson: false,
  quiet: true,
  plugins: [govDefineCalls(), statesAreNotAttributes(), publicMembersOnly(), namedEventsOnly(), packagePaths()],
};
