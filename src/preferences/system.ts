/** What the operating system asks for that the kit's script must know; reduced motion and more contrast are the theme's (CSS media queries). */
export interface SystemPreferences {
  /** Windows high contrast and similar: system colours win and the kit's schemes stand down. */
  forcedColors: boolean;
}

export const systemQueries: { readonly [K in keyof SystemPreferences]: string } = {
  forcedColors: '(forced-colors: active)',
};

/** Reads the system preferences and calls `onChange` whenever one changes. Returns a function that stops listening. */
export function watchSystem(
  onChange: (system: SystemPreferences) => void,
  matchMedia: (query: string) => MediaQueryList = (query) => window.matchMedia(query),
): { current: SystemPreferences; stop: () => void } {
  const lists = Object.entries(systemQueries).map(([key, query]) => [key, matchMedia(query)] as const);
  const read = (): SystemPreferences =>
    Object.fromEntries(lists.map(([key, list]) => [key, list.matches])) as unknown as SystemPreferences;
  const listener = (): void => onChange(read());
  for (const [, list] of lists) list.addEventListener('change', listener);
  return {
    current: read(),
    stop: () => {
      for (const [, list] of lists) list.removeEventListener('change', listener);
    },
  };
}
