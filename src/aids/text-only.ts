/**
 * 纯文本: the text-only view. themes/aids.css removes backgrounds and
 * decoration and puts everything in one column; this module shows each
 * image's text alternative in its place, in a span hidden from assistive
 * technology so nothing is read twice, and marks the image, which the
 * theme (in the page) and the shared styles (in each shadow root) then
 * hide visually; it stays in the accessibility tree with its own alt text.
 *
 * Every image counts, the kit's own in shadow roots included, and images
 * that appear later (a popover opening, a CMS script adding a photo) are
 * replaced as they come. Leaving removes the spans and the marks, so the
 * page is restored exactly.
 */
import { onShadowRoot } from '../base/gov-element.js';

const marker = 'alt';
/** The mark on a replaced image (shared.styles.ts and themes/aids.css hide what carries it). */
export const replacedAttribute = 'data-gov-alt-shown';
const images = `img, svg[role="img"][aria-label]`;

let observer: MutationObserver | undefined;
let stopWatchingElements: (() => void) | undefined;
const roots = new Set<Document | ShadowRoot>();

/** The image's text alternative: alt, or the accessible name of an SVG image. */
const altOf = (image: Element): string => (image instanceof HTMLImageElement ? image.alt : (image.getAttribute('aria-label') ?? '')).trim();

function replace(image: Element): void {
  const alt = altOf(image);
  if (!alt || image.hasAttribute(replacedAttribute)) return;
  const text = document.createElement('span');
  text.dataset['govAid'] = marker;
  text.setAttribute('aria-hidden', 'true');
  text.textContent = `[${alt}]`;
  image.setAttribute(replacedAttribute, '');
  image.after(text);
}

/** Replaces the images in `node` and in every open shadow root under it, and watches each root for more. */
function cover(node: ParentNode): void {
  if (node instanceof Element && node.matches(images)) replace(node);
  for (const image of node.querySelectorAll(images)) replace(image);
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) watch(el.shadowRoot);
  }
  if (node instanceof Element && node.shadowRoot) watch(node.shadowRoot);
}

function watch(root: Document | ShadowRoot): void {
  if (roots.has(root)) return;
  roots.add(root);
  observer?.observe(root, { childList: true, subtree: true });
  cover(root);
}

export function startTextOnly(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of record.addedNodes) if (added instanceof Element && added.getAttribute('data-gov-aid') !== marker) cover(added);
    }
  });
  watch(document);
  // Kit elements upgraded from now on (a lazily loaded one) bring shadow roots no observer sees being attached.
  stopWatchingElements = onShadowRoot(watch);
}

export function stopTextOnly(): void {
  observer?.disconnect();
  observer = undefined;
  stopWatchingElements?.();
  stopWatchingElements = undefined;
  for (const root of roots) {
    for (const text of root.querySelectorAll(`[data-gov-aid="${marker}"]`)) text.remove();
    for (const image of root.querySelectorAll(`[${replacedAttribute}]`)) image.removeAttribute(replacedAttribute);
  }
  roots.clear();
}
