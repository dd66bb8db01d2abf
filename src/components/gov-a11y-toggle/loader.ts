/**
 * The always-loaded part of the accessibility toolbar: the Alt+Shift+A
 * shortcut and the loader that mounts <gov-a11y-toolbar> at the top of the
 * page whenever the store says it is open. The toolbar itself (and every
 * aid) is a separate chunk, loaded by dynamic import() on first open.
 */
import { pagePreferences, type PreferencesStore } from '../../preferences/store.js';
import { onChord } from '../../base/shortcuts.js';
import { nextFrame } from '../../base/focus.js';
import { first } from '../../base/shared.js';

export type ToolbarElement = HTMLElement & { updateComplete: Promise<boolean>; focusFirst(): void };

/** The toolbar element of the page, created (undefined until its chunk loads) right after the skip link. */
function toolbarElement(): HTMLElement {
  let element = document.querySelector<HTMLElement>('gov-a11y-toolbar');
  if (!element) {
    element = document.createElement('gov-a11y-toolbar');
    const skip = document.body.querySelector(':scope > gov-skip-link');
    if (skip) skip.after(element);
    else document.body.prepend(element);
  }
  return element;
}

/** Loads the toolbar chunk, defines the element and resolves with it once rendered. */
export async function mountToolbar(): Promise<ToolbarElement> {
  const element = toolbarElement();
  const { GovA11yToolbar } = await import('../gov-a11y-toolbar/gov-a11y-toolbar.js');
  GovA11yToolbar.define('gov-a11y-toolbar');
  const toolbar = element as ToolbarElement;
  await toolbar.updateComplete;
  return toolbar;
}

/**
 * Opens the toolbar (or, when open, returns focus to it) and moves focus to
 * its first button. The toolbar loads before the store says it is open, so it
 * sees itself open and announces it. Focus moves two frames after 无障碍 has
 * become expanded: moved in the same task, screen readers never said
 * "expanded" (Orca with Chromium), or said it after the first tool.
 */
export async function openToolbar(store: PreferencesStore = pagePreferences()): Promise<ToolbarElement> {
  const toolbar = await mountToolbar();
  store.set({ toolbarOpen: true });
  await toolbar.updateComplete;
  await nextFrame();
  await nextFrame();
  toolbar.focusFirst();
  return toolbar;
}

/**
 * Starts the loader once per page: mounts the toolbar when the stored
 * preferences say it is open (it persists across pages) and listens for
 * Alt+Shift+A. Safe to call twice.
 */
export function startToolbarLoader(store: PreferencesStore = pagePreferences()): void {
  if (!first('toolbar-loader')) return;
  const sync = (): void => {
    if (store.values.toolbarOpen) void mountToolbar();
  };
  store.subscribe((event) => {
    if (event.changed.has('toolbarOpen')) sync();
  });
  onChord((code) => {
    if (code !== 'KeyA') return false;
    void openToolbar(store);
    return true;
  });
  sync();
}
