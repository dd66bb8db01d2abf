/**
 * The always-loaded part of the accessibility toolbar: the Alt+Shift+A
 * shortcut and the loader that mounts <gov-a11y-toolbar> at the top of the
 * page whenever the store says it is open. The toolbar itself (and every
 * aid) is a separate chunk, loaded by dynamic import() on first open.
 */
import { pagePreferences, type PreferencesStore } from '../../preferences/store.js';

export type ToolbarElement = HTMLElement & { updateComplete: Promise<boolean>; focusFirst(): void; announceOpen(): void };

/** True for Alt+Shift+`code` with no other modifier (the kit's shortcut chord). */
export function isChord(event: KeyboardEvent, code?: string): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (code === undefined || event.code === code);
}

/** True while the visitor types in a form field or editable region: shortcuts stand down then. */
export function isTyping(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color'].includes(target.type);
}

const startedKey = Symbol.for('gov-portal-kit.toolbar-loader');
const registry = globalThis as typeof globalThis & { [startedKey]?: boolean };

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

/** Opens the toolbar (or, when open, returns focus to it) and moves focus to its first button. */
export async function openToolbar(store: PreferencesStore = pagePreferences()): Promise<ToolbarElement> {
  store.set({ toolbarOpen: true });
  const toolbar = await mountToolbar();
  toolbar.focusFirst();
  return toolbar;
}

/**
 * Starts the loader once per page: mounts the toolbar when the stored
 * preferences say it is open (it persists across pages) and listens for
 * Alt+Shift+A. Safe to call twice.
 */
export function startToolbarLoader(store: PreferencesStore = pagePreferences()): void {
  if (registry[startedKey]) return;
  registry[startedKey] = true;
  const sync = (): void => {
    if (store.values.toolbarOpen) void mountToolbar();
  };
  store.subscribe((event) => {
    if (event.changed.has('toolbarOpen')) sync();
  });
  document.addEventListener('keydown', (event) => {
    if (!isChord(event, 'KeyA') || isTyping(event)) return;
    event.preventDefault();
    void openToolbar(store);
  });
  sync();
}
