/**
 * 纯文本: the text-only view. themes/aids.css removes backgrounds and
 * decoration, puts everything in one column and visually hides images (they
 * stay in the accessibility tree with their own alt text); this module shows
 * each image's alt text in its place, in a span hidden from assistive
 * technology so nothing is read twice. Leaving removes the spans, so the
 * page is restored exactly.
 */
const marker = 'alt';

export function startTextOnly(root: ParentNode = document): void {
  for (const image of root.querySelectorAll<HTMLImageElement>('img')) {
    const alt = image.alt.trim();
    const next = image.nextElementSibling;
    if (!alt || (next instanceof HTMLElement && next.dataset['govAid'] === marker)) continue;
    const text = document.createElement('span');
    text.dataset['govAid'] = marker;
    text.setAttribute('aria-hidden', 'true');
    text.textContent = `[${alt}]`;
    image.after(text);
  }
}

export function stopTextOnly(root: ParentNode = document): void {
  for (const text of root.querySelectorAll(`[data-gov-aid="${marker}"]`)) text.remove();
}
