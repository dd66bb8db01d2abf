/** What the pointer or focus is on, as text: shared by 指读 and 大字幕. */

const blocks = 'a,button,summary,label,h1,h2,h3,h4,h5,h6,p,li,dt,dd,td,th,figcaption,caption,blockquote,time,legend';

/** `text` with its runs of white space made one space, and trimmed. */
export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element an event really happened on, looking into open shadow roots. */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/**
 * The text of `target`: an image's alt text, a control's accessible label or
 * the text of the nearest block (paragraph, heading, list item, link…).
 * Content inside aria-hidden aids (caption bar, guide lines) yields nothing.
 */
export function textOf(target: Element | null): string {
  if (!target || target.closest('[data-gov-aid]')) return '';
  if (target instanceof HTMLImageElement) return clean(target.alt);
  const block = target.closest(blocks) ?? target;
  const label = block.getAttribute('aria-label');
  if (label) return clean(label);
  if (block instanceof HTMLInputElement || block instanceof HTMLTextAreaElement) {
    return clean(block.labels?.[0]?.textContent ?? block.placeholder);
  }
  return clean(block.textContent).slice(0, 300);
}
