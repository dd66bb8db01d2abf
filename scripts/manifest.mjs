// Reads the Custom Elements Manifest that `cem analyze` writes into the build
// folder (custom-elements-manifest.config.mjs), for the scripts that turn it
// into editor data and the API page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build folder: the first argument, else GOV_DIST (as the end-to-end tests read it), else dist. */
export const buildDir = (argv = process.argv) => argv[2] ?? process.env.GOV_DIST ?? 'dist';

export const readManifest = (dir) => JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));

/** Every declaration that defines an element, sorted by tag name, with the path of its module. */
export function elementDeclarations(manifest) {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, modulePath: mod.path })))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A JSDoc text on one line: the manifest keeps the source's hard line breaks. */
export const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
