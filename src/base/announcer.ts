/**
 * The page's one polite live region. Every state change the kit announces
 * goes through `announce`, so assistive technology hears each message once.
 */
const regionKey = Symbol.for('gov-portal-kit.live-region');
const registry = globalThis as typeof globalThis & { [regionKey]?: HTMLElement };
/** When the region's message was written (on the element, which two copies of the kit share). */
const sinceKey = Symbol.for('gov-portal-kit.live-region-since');
type Region = HTMLElement & { [sinceKey]?: number };
/** A message stays at least this long (ms), so one written just before focus moves is still heard. */
const minimumLife = 1000;

function liveRegion(): Region {
  let region: Region | undefined = registry[regionKey];
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset['govLiveRegion'] = '';
  // Visually hidden through the CSSOM, which a strict style-src policy allows.
  const hidden: Record<string, string> = {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    'clip-path': 'inset(50%)',
    'white-space': 'nowrap',
  };
  for (const [property, value] of Object.entries(hidden)) region.style.setProperty(property, value);
  document.body.append(region);
  registry[regionKey] = region;
  // A message is about the moment it is made. Once focus moves on it is
  // stale, and left in place it is read again: a modal dialog makes the region
  // inert, and when the dialog closes screen readers announce the region's
  // text as new (Orca with Chromium repeats "链接已复制" after the WeChat dialog).
  const live: Region = region;
  const clear = (): void => {
    if (!live.isConnected) {
      document.removeEventListener('focusin', clear, true);
      return;
    }
    const message = live.textContent;
    if (!message) return;
    const age = Date.now() - (live[sinceKey] ?? 0);
    setTimeout(() => {
      if (live.textContent === message) live.textContent = '';
    }, Math.max(0, minimumLife - age));
  };
  document.addEventListener('focusin', clear, true);
  return region;
}

/**
 * Announces `message` politely. A repeat of the same message is announced
 * again. The message stays in the region until focus moves (and for at least a second).
 */
export function announce(message: string): void {
  const region = liveRegion();
  region.textContent = '';
  // A separate task lets screen readers notice the change even for a repeated message.
  setTimeout(() => {
    region.textContent = message;
    region[sinceKey] = Date.now();
  }, 50);
}
