/** Small helpers shared by the navigation tests: find controls by role and accessible name inside shadow roots. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return labelledby
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');
  }
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element in `root` and the shadow roots inside it matching `selector`, in flat-tree order, skipping `hidden` subtrees. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: Element | ShadowRoot | Document): void => {
    for (const child of node.children) {
      if ((child as HTMLElement).hidden) continue;
      if (child.matches(selector)) found.push(child as T);
      if (child.shadowRoot) walk(child.shadowRoot);
      else walk(child);
    }
  };
  walk(root);
  return found;
}

/** The button or link (`role`) named `name` inside `host`'s shadow tree; throws when there is none. */
export function byRole<T extends HTMLElement = HTMLElement>(host: Element, role: 'button' | 'link' | 'navigation', name: string | RegExp): T {
  const selector = role === 'button' ? 'button' : role === 'link' ? 'a[href]' : 'nav';
  const all = deepQueryAll<T>(host.shadowRoot ?? host, selector);
  const match = all.find((el) => (typeof name === 'string' ? accessibleName(el) === name : name.test(accessibleName(el))));
  if (!match) throw new Error(`no ${role} named ${String(name)} in <${host.localName}>: ${all.map(accessibleName).join(' | ')}`);
  return match;
}

/** Replaces console.warn for the duration of `run`, returning the warnings. */
export async function captureWarnings(run: () => Promise<void> | void): Promise<unknown[][]> {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Waits for the next two frames, letting Lit render and the browser lay out. */
export const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
