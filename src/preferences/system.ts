/** What the operating system asks for that the kit's script must know; reduced motion and more contrast are the theme's (CSS media queries). */
export interface SystemPreferences {
  /** Windows high contrast and similar: system colours win and the kit's schemes stand down. */
  forcedColors: boolean;
}

/** Reads the system preferences and calls `onChange` whenever one changes. Returns a function that stops listening. */
export function watchSystem(
  onChange: (system: SystemPreferences) => void,
  matchMedia: (query: string) => MediaQueryList = (query) => window.matchMedia(query),
): { current: SystemPreferences; stop: () => void } {
  const forcedColors = matchMedia('(forced-colors: active)');
  const read = (): SystemPreferences => ({ forcedColors: forcedColors.matches });
  const listener = (): void => onChange(read());
  forcedColors.addEventListener('change', listener);
  return { current: read(), stop: () => forcedColors.removeEventListener('change', listener) };
}
