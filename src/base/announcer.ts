/**
 * The page's one polite live region. Every state change the kit announces
 * goes through `announce`, so assistive technology hears each message once.
 * The region is created when the page is set up (`liveRegion()` in setup.ts),
 * before anything is announced: several screen readers only follow changes
 * in a live region that already existed.
 */
import { getLocale } from '../i18n/localization.js';

// Not base/shared.ts: a region the page took out of the document is made again.
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
  region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  document.body.append(region);
  registry[regionKey] = region;
  return region;
}

/** The listeners that drop the last message; a newer announcement takes them away. */
let dropping: AbortController | undefined;

/**
 * Announces `message` politely, in the interface language (the kit's
 * messages are its own strings). A repeat of the same message is announced
 * again. The message goes at the visitor's next key press or click, but not
 * before it has been in the region for a second, so it is heard first.
 */
export function announce(message: string): void {
  const region = liveRegion();
  region.textContent = '';
  region.lang = getLocale();
  dropping?.abort();
  const current = (dropping = new AbortController());
  // A separate task lets screen readers notice the change even for a repeated message.
  setTimeout(() => {
    region.textContent = message;
    const until = Date.now() + 1000;
    // Left in place, a message is read again: a modal dialog makes the region
    // inert, and when the dialog closes screen readers announce the region's
    // text as new (Orca with Chromium repeated "链接已复制" after the 微信 dialog).
    // Keys and clicks, not focusin: a focus move inside the toolbar's shadow
    // root never reaches the document. Only this announcement's listeners may
    // drop it: an earlier one of the same text must not take the new one away.
    const drop = (): void => {
      current.abort();
      setTimeout(() => dropping === current && (region.textContent = ''), until - Date.now());
    };
    for (const type of ['keydown', 'pointerdown', 'click']) document.addEventListener(type, drop, { capture: true, signal: current.signal });
  }, 50);
}
