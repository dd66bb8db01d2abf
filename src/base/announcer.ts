/**
 * The page's one polite live region. Every state change the kit announces
 * goes through `announce`, so assistive technology hears each message once.
 * The region is created when the page is set up (`liveRegion()` in core.ts),
 * before anything is announced: several screen readers only follow changes
 * in a live region that already existed.
 */
import { getLocale } from '../i18n/localization.js';

const regionKey = Symbol.for('gov-portal-kit.live-region');
const registry = globalThis as typeof globalThis & { [regionKey]?: HTMLElement };

/** The live region, at the end of the body and outside every shadow root; made on first call. */
export function liveRegion(): HTMLElement {
  let region = registry[regionKey];
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
  return region;
}

/**
 * Announces `message` politely, in the interface language (the kit's
 * messages are its own strings). A repeat of the same message is announced again.
 */
export function announce(message: string): void {
  const region = liveRegion();
  region.textContent = '';
  region.lang = getLocale();
  // A separate task lets screen readers notice the change even for a repeated message.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
