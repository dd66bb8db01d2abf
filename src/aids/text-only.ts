/**
 * 纯文本: the text-only view. themes/aids.css removes backgrounds and
 * decoration and puts everything in one column; this module shows each
 * image's text alternative in its place, in a span hidden from assistive
 * technology so nothing is read twice, and marks the image, which the
 * theme then hides visually; it stays in the accessibility tree with its
 * own alt text.
 *
 * Every image counts, the kit's own included (they render into the light
 * DOM), and images that appear later (a popover opening, a CMS script
 * adding a photo) are replaced as they come. Leaving removes the spans and
 * the marks, so the page is restored exactly.
 */

const marker = 'alt';
/** The mark on a replaced image (themes/aids.css hides what carries it). */
export const replacedAttribute = 'data-gov-alt-shown';
const images = `img, svg[role="img"][aria-label]`;

let observer: MutationObserver | undefined;

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

/** Replaces the images in `node`, itself included. */
function cover(node: ParentNode): void {
  if (node instanceof Element && node.matches(images)) replace(node);
  for (const image of node.querySelectorAll(images)) replace(image);
}

export function startTextOnly(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of record.addedNodes) if (added instanceof Element && added.getAttribute('data-gov-aid') !== marker) cover(added);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  cover(document);
}

export function stopTextOnly(): void {
  observer?.disconnect();
  observer = undefined;
  for (const text of document.querySelectorAll(`[data-gov-aid="${marker}"]`)) text.remove();
  for (const image of document.querySelectorAll(`[${replacedAttribute}]`)) image.removeAttribute(replacedAttribute);
}
