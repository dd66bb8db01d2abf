/**
 * The visitor's stored modes on the root before the first paint, in every
 * engine, and the mark that the kit's elements are upgrading (markUpgrade): the build inlines this function into the page's `<head>` as a
 * classic script (scripts/build-plugins.ts, firstPaintScript), so a returning
 * elder visitor never sees a frame of the standard page, even where the
 * browser does not wait for the kit's module. The store applies the same
 * modes again when it starts (apply.ts); test/unit/first-paint.test.ts checks
 * that both write the same root.
 *
 * It runs before any module, so it imports nothing: the storage key, its
 * version and the values it accepts are written out here. Anything it does
 * not recognise is left to the store, which decides.
 */
export function applyStoredModes(root = document.documentElement, storage: () => Storage = () => localStorage, search = location.search): void {
  let values: Record<string, unknown> = {};
  try {
    const stored = JSON.parse(storage().getItem('gov-portal-kit:preferences') ?? 'null') as { version?: unknown; values?: unknown } | null;
    if (stored?.version === 1 && stored.values && typeof stored.values === 'object') values = stored.values as Record<string, unknown>;
  } catch {
    // No storage here (a sandboxed frame, blocked cookies) or a corrupt value: the standard look, as the store will decide.
  }
  const query = new URLSearchParams(search);
  const elder = query.get('elder');
  if (elder === '1' || elder === 'true') values['elder'] = true;
  if (elder === '0' || elder === 'false') values['elder'] = false;
  if (query.has('scheme')) values['scheme'] = query.get('scheme');
  const flags: Record<string, string> = {
    elder: 'elder',
    largeCursor: 'large-cursor',
    readingGuide: 'reading-guide',
    captionBar: 'caption-bar',
    textOnly: 'text-only',
    toolbarOpen: 'toolbar-open',
  };
  for (const key in flags) if (values[key] === true) root.setAttribute(`data-gov-${flags[key]}`, '');
  const scheme = values['scheme'];
  if (typeof scheme === 'string' && ['white-black', 'black-yellow', 'blue-yellow', 'yellow-black'].includes(scheme) && !matchMedia('(forced-colors: active)').matches) {
    root.setAttribute('data-gov-scheme', scheme);
  }
  const step = values['fontStep'];
  root.setAttribute('data-gov-font-step', step === 'small' || step === 'large' ? step : 'medium');
  const zoom = values['zoom'];
  if (typeof zoom === 'number' && zoom > 100 && zoom <= 200 && zoom % 10 === 0) root.style.setProperty('--gov-zoom', String(zoom / 100));
}

/**
 * Marks the root of a page whose published markup the kit's elements are
 * about to upgrade. The theme then lays the first-screen bands out as the
 * upgraded elements will (the top bar on one row, the sub-pages and the
 * folded search hidden, the menu closed on narrow screens), so nothing moves
 * when they upgrade. Should a script fail to load, or the first-screen
 * elements still wait after `wait` ms, the mark goes and the published markup
 * shows in full: nothing stays hidden without the script that shows it.
 */
export function markUpgrade(root = document.documentElement, wait = 10_000): void {
  const fallBack = (): void => root.removeAttribute('data-gov-upgrade');
  root.setAttribute('data-gov-upgrade', '');
  addEventListener('error', (event) => event.target instanceof HTMLScriptElement && fallBack(), true);
  setTimeout(() => document.querySelector(':is(gov-top-bar, gov-header, gov-main-nav):not(:defined)') && fallBack(), wait);
}
