import type { Preferences } from './schema.js';
import type { SystemPreferences } from './system.js';

/**
 * Writes the preferences onto the document root, the one place the kit
 * writes there. Modes are data attributes that the token files in themes/
 * select on; text zoom is the `--gov-zoom` custom property that scales the
 * root font size. The host page's own content follows because it inherits
 * from the root. The interface language is not written here: `<html lang>`
 * stays the page's published language, and the kit declares the chosen one
 * on its own strings (GovElement).
 */
export function applyToRoot(root: HTMLElement, values: Readonly<Preferences>, system: Readonly<SystemPreferences>): void {
  // toggleAttribute changes nothing (no mutation, no style invalidation) when the attribute is already as asked.
  for (const key of ['elder', 'largeCursor', 'readingGuide', 'captionBar', 'textOnly', 'toolbarOpen'] as const) {
    root.toggleAttribute(`data-gov-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`, values[key]);
  }
  // Under forced colours the system palette wins, so the kit's schemes stand down.
  value(root, 'data-gov-scheme', values.scheme !== 'default' && !system.forcedColors ? values.scheme : null);
  value(root, 'data-gov-font-step', values.fontStep);
  const zoom = values.zoom === 100 ? '' : String(values.zoom / 100);
  if (root.style.getPropertyValue('--gov-zoom') !== zoom) {
    if (zoom) root.style.setProperty('--gov-zoom', zoom);
    else root.style.removeProperty('--gov-zoom');
  }
}

function value(root: HTMLElement, name: string, next: string | null): void {
  if (root.getAttribute(name) === next) return;
  if (next === null) root.removeAttribute(name);
  else root.setAttribute(name, next);
}
