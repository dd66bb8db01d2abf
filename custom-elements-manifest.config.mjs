// `cem analyze` (npm run analyze, the end of npm run build) writes the
// Custom Elements Manifest, custom-elements.json, into the build folder:
// GOV_DIST, else dist/. package.json's customElements field points at it.
import { relative } from 'node:path';
import { govDefineCalls, namedEventsOnly, publicMembersOnly, packagePaths } from './scripts/cem-plugins.mjs';

/**
 * Reactive state is no attribute. The analyzer reads the elements' `static
 * properties` but makes an attribute of every entry without `attribute: false`,
 * `state: true` ones too, where Lit gives states none: this drops those.
 * (Its place is scripts/cem-plugins.mjs, with the kit's other conventions.)
 */
function statesAreNotAttributes() {
  const states = [];
  return {
    name: 'gov-portal-kit: states are not attributes',
    initialize() {
      states.length = 0;
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name?.getText() !== 'properties' || !member.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword)) continue;
        const object = ts.isGetAccessor(member) ? member.body?.statements.find(ts.isReturnStatement)?.expression : member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const entry of object.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const state = entry.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) states.push({ path: moduleDoc.path, className: node.name.text, field: entry.name.getText() });
        }
      }
    },
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const { path, className, field } of states) {
        const declaration = modules.find((mod) => mod.path === path)?.declarations?.find((d) => d.kind === 'class' && d.name === className);
        if (!declaration?.attributes) continue;
        declaration.attributes = declaration.attributes.filter((attribute) => attribute.fieldName !== field);
        if (!declaration.attributes.length) delete declaration.attributes;
      }
    },
  };
}

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
