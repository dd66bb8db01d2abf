// `node scripts/vscode-data.mjs [dir]` (part of npm run analyze): writes
// vscode.html-custom-data.json next to custom-elements.json, so VS Code
// completes the kit's tags and attributes and shows their documentation on
// hover. Point the `html.customData` setting at the file to use it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDir, elementDeclarations, oneLine, readManifest } from './manifest.mjs';

/** A Markdown list of `items` under `title`, or nothing when there are none. */
function list(title, items = [], name = (item) => item.name) {
  if (items.length === 0) return [];
  return [`**${title}**\n\n${items.map((item) => `- \`${name(item)}\`: ${oneLine(item.description)}`).join('\n')}`];
}

/** The HTML custom data (version 1.1) of every element in the manifest. */
export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementDeclarations(manifest).map((element) => ({
      name: element.tagName,
      // VS Code renders a string description as Markdown. Only attributes have
      // a place of their own in the format: the rest goes into the description.
      description: [
        element.summary,
        oneLine(element.description),
        ...list('Slots', element.slots, (slot) => slot.name || '(default)'),
        ...list('Events', element.events),
        ...list('CSS parts', element.cssParts),
        ...list('CSS custom properties', element.cssProperties),
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.type ? `${oneLine(attribute.description)}\n\nType: \`${attribute.type.text}\`` : oneLine(attribute.description),
      })),
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = buildDir();
  writeFileSync(join(dir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(readManifest(dir)), null, 2)}\n`);
}
