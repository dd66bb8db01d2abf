/**
 * Moves keyboard focus to `target`, making it programmatically focusable first
 * when it is not (a landmark such as `main` usually is not).
 */
export function moveFocusTo(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
}

/** Resolves at the next animation frame. */
export const nextFrame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves once every element of the kit in `root` has drawn (elements without `updateComplete` count as drawn). */
export const drawn = (root: ParentNode): Promise<unknown> =>
  Promise.all([...root.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));

/** Finds an element by id, falling back to a selector when the id is absent. */
export function findTarget(id: string, fallbackSelector: string): HTMLElement | null {
  return (id ? document.getElementById(id) : null) ?? document.querySelector<HTMLElement>(fallbackSelector);
}

/**
 * Click handler of a dialog's 关闭 button: closes the dialog it sits in. A
 * plain button rather than `<form method="dialog">`, whose unnamed form
 * screen readers announce ("form", Orca with Chromium) as focus enters.
 */
export function closeDialog(event: Event): void {
  (event.currentTarget as Element).closest('dialog')?.close();
}
