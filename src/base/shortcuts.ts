import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The kit's keyboard shortcuts: Alt+Shift+key, matched by key position
 * (`event.code`), never while the visitor types in a form field (ADR 0004).
 */

/** True for Alt+Shift+`code` with no other modifier (any code when none is given). */
export function isChord(event: KeyboardEvent, code?: string): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (code === undefined || event.code === code);
}

/** True while the visitor types in a form field or an editable region: shortcuts stand down then. */
export function isTyping(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color'].includes(target.type);
}

/**
 * Calls `handler` with the `event.code` of every Alt+Shift chord pressed on
 * the page while the visitor is not typing; a handler that returns true has
 * used the chord (its default action is prevented). Returns a function that stops.
 */
export function onChord(handler: (code: string) => boolean): () => void {
  const listener = (event: KeyboardEvent): void => {
    if (isChord(event) && !isTyping(event) && handler(event.code)) event.preventDefault();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}

/** An element's shortcuts, listened for while it is connected. */
export class ShortcutController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly handler: (code: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onChord(this.handler);
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
