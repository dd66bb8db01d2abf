/**
 * What every copy of the kit on a page shares (the embed script loaded twice,
 * say): one value per name, kept under the registered symbol
 * `gov-portal-kit.<name>` and made by the first copy that asks.
 */
const registry = globalThis as unknown as Record<symbol, unknown>;

export function shared<T>(name: string, make: () => T): T {
  return (registry[Symbol.for(`gov-portal-kit.${name}`)] ??= make()) as T;
}

/** True only the first time any copy of the kit asks for `name` on the page. */
export function first(name: string): boolean {
  let made = false;
  shared(name, () => (made = true));
  return made;
}
