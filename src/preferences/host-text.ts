/**
 * Host text that a legacy template fixes in pixels (`* { font-size: 12px }`)
 * follows 长辈版 and 放大/缩小 too: a computed-size layer, loaded only while
 * one of them is on (docs/adr/0009-host-text-follows-elder-mode-and-zoom.md).
 *
 * The page's own text outside the kit's elements is measured once as
 * published (standard mode, 100 %), then each element that holds text gets
 * an inline size: its own size times the zoom, and in elder mode at least
 * 1.5 times that and at least 24 px (30 px for headings), with a line height
 * of at least 1.5. A fixed-height box that the larger text no longer fits
 * grows instead of clipping it. In elder mode a link or control that stands
 * on its own (not inside a sentence) is at least 44 × 44 px. Back in standard
 * mode at 100 % every inline declaration the page had is put back.
 *
 * Never touched: the kit's elements (they follow the tokens already, so
 * nothing is scaled twice), the kit's aids, and any region marked
 * `data-gov-keep-text-size`.
 */
import type { Preferences } from './schema.js';
import type { PreferencesStore } from './store.js';

/** The attribute by which a host region keeps its text as the template sets it. */
export const keepTextSize = 'data-gov-keep-text-size';

const elderBody = 24;
const elderHeading = 30;
const elderScale = 1.5;
const elderLineHeight = 1.5;
/** Every target at least 44 × 44 CSS px in elder mode (MIIT 适老化; WCAG 2.5.5). */
const elderTarget = 44;

const notText = new Set('script style noscript template svg math iframe canvas video audio img br hr head'.split(' '));
const controls = new Set('input select textarea button'.split(' '));

/**
 * An element's text as published: its size and line height in px (null:
 * `normal`) in standard mode at 100 %, and its size as the page's own CSS
 * gives it in elder mode and at 200 %. Text that changes there follows the
 * kit's tokens or the root size already and is not scaled again.
 */
interface Published {
  size: number;
  lineHeight: number | null;
  elderSize: number;
  followsZoom: boolean;
}

const published = new WeakMap<HTMLElement, Published>();
/** The inline declarations the layer replaced, to put back: element → property → [value, priority]. */
const originals = new Map<HTMLElement, Map<string, [string, string]>>();

const isKit = (el: Element): boolean => el.localName.startsWith('gov-') || el.hasAttribute('data-gov-aid') || el.hasAttribute('data-gov-live-region');

/** Whether `node` sits inside a kit element, an aid or a region that keeps its size. */
function outsideHostText(node: Node): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isKit(el) || el.hasAttribute(keepTextSize)) return true;
  }
  return false;
}

/** The host's elements that hold text of their own (or are form controls), outside the kit and opted-out regions. */
function hostTextElements(): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      const el = node as Element;
      return isKit(el) || el.hasAttribute(keepTextSize) || notText.has(el.localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as HTMLElement;
    const ownText = [...el.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '');
    if (ownText || controls.has(el.localName)) found.push(el);
  }
  return found;
}

/**
 * Measures the elements not measured yet as the template sets them, in
 * standard mode at 100 %, in elder mode and at 200 %. The root is put in
 * each state for the reading and restored in the same task, so nothing is
 * painted in between.
 */
function measure(elements: readonly HTMLElement[]): void {
  const fresh = elements.filter((el) => !published.has(el));
  if (!fresh.length) return;
  const root = document.documentElement;
  const elder = root.hasAttribute('data-gov-elder');
  const zoom = root.style.getPropertyValue('--gov-zoom');
  /** Puts the root in elder mode or not, at a zoom ('' for none). */
  const put = (inElder: boolean, zoomed: string): void => {
    root.toggleAttribute('data-gov-elder', inElder);
    if (zoomed) root.style.setProperty('--gov-zoom', zoomed);
    else root.style.removeProperty('--gov-zoom');
  };
  const sizes = (inElder: boolean, zoomed: string): number[] => {
    put(inElder, zoomed);
    return fresh.map((el) => parseFloat(getComputedStyle(el).fontSize));
  };
  try {
    const elderSizes = sizes(true, '');
    const zoomedSizes = sizes(false, '2');
    put(false, '');
    fresh.forEach((el, i) => {
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      published.set(el, {
        size,
        lineHeight: style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight),
        elderSize: elderSizes[i]!,
        followsZoom: zoomedSizes[i]! !== size,
      });
    });
  } finally {
    put(elder, zoom);
  }
}

/** Sets an inline declaration, remembering what the page had there first. */
function set(el: HTMLElement, property: string, value: string): void {
  let saved = originals.get(el);
  if (!saved) originals.set(el, (saved = new Map()));
  if (!saved.has(property)) saved.set(property, [el.style.getPropertyValue(property), el.style.getPropertyPriority(property)]);
  el.style.setProperty(property, value, 'important');
}

/** Puts back every inline declaration the layer replaced. */
function restore(): void {
  for (const [el, saved] of originals) {
    for (const [property, [value, priority]] of saved) {
      if (value) el.style.setProperty(property, value, priority);
      else el.style.removeProperty(property);
    }
    if (!el.getAttribute('style')) el.removeAttribute('style');
  }
  originals.clear();
}

/**
 * Lets fixed-height boxes around scaled text grow (a ticker 24 px high, a
 * title bar 36 px high), and their lines with it, so the text is neither
 * clipped nor drawn over what follows. Scrolling boxes are left alone: they scroll.
 */
function relaxHeights(scaled: readonly HTMLElement[]): void {
  for (let pass = 0; pass < 2; pass += 1) {
    const boxes = new Set<HTMLElement>();
    for (const el of scaled) {
      for (let box: HTMLElement | null = el; box && box !== document.body && !outsideHostText(box); box = box.parentElement) boxes.add(box);
    }
    const cramped = [...boxes].filter((box) => {
      const style = getComputedStyle(box);
      return !style.display.startsWith('inline') && !/auto|scroll/.test(style.overflowY) && box.scrollHeight > box.clientHeight + 1;
    });
    if (!cramped.length) return;
    for (const box of cramped) {
      set(box, 'height', 'auto');
      set(box, 'max-height', 'none');
      // A box's own fixed line height still sets the height of the lines its scaled text sits on.
      if (!scaled.includes(box)) set(box, 'line-height', 'normal');
    }
  }
}

/**
 * Elder mode's 44 px targets for the host's links and controls that stand on
 * their own: a ticker's links, 加入收藏 in a table cell. A link inside a
 * sentence keeps the line's height (WCAG 2.5.8 exempts it).
 */
function enlargeTargets(): void {
  const targets = [...document.body.querySelectorAll<HTMLElement>('a[href], button, select, summary, input:not([type="hidden"])')].filter((el) => {
    if (outsideHostText(el)) return false;
    const siblingText = [...(el.parentElement?.childNodes ?? [])].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    const box = el.getBoundingClientRect();
    return !siblingText && box.width > 0 && (box.height < elderTarget || box.width < elderTarget);
  });
  for (const el of targets) {
    if (getComputedStyle(el).display === 'inline') {
      set(el, 'display', 'inline-flex');
      set(el, 'align-items', 'center');
    }
    set(el, 'min-block-size', `${elderTarget}px`);
    set(el, 'min-inline-size', `${elderTarget}px`);
  }
}

/** Sizes the host's text for the preferences, or restores it as published. */
export function applyHostText(values: Pick<Preferences, 'elder' | 'zoom'>): void {
  restore();
  const factor = values.zoom / 100;
  if (!values.elder && factor === 1) return;
  const elements = hostTextElements();
  measure(elements);
  const scaled = elements.filter((el) => {
    const base = published.get(el)!;
    return base.elderSize === base.size || !base.followsZoom;
  });
  for (const el of scaled) {
    const base = published.get(el)!;
    let size = base.size;
    if (values.elder) {
      size = base.elderSize !== base.size ? base.elderSize : Math.max(size * elderScale, /^h[1-6]$/.test(el.localName) ? elderHeading : elderBody);
    }
    size *= factor;
    let lineHeight = base.lineHeight === null ? null : (base.lineHeight * size) / base.size;
    if (values.elder) lineHeight = Math.max(lineHeight ?? 0, elderLineHeight * size);
    set(el, 'font-size', `${size}px`);
    if (lineHeight !== null) set(el, 'line-height', `${lineHeight}px`);
  }
  relaxHeights(scaled);
  if (values.elder) enlargeTargets();
}

/**
 * Keeps the host's text sized while elder mode or zoom is on: after every
 * change of either, when the page adds text of its own, and back as
 * published for printing.
 */
export function followHostText(store: PreferencesStore): void {
  const apply = (): void => applyHostText(store.values);
  const pageChanged = new MutationObserver((records) => {
    if (records.some((record) => !outsideHostText(record.target))) apply();
  });
  const update = (): void => {
    apply();
    const active = store.values.elder || store.values.zoom !== 100;
    if (active) pageChanged.observe(document.body, { childList: true, subtree: true, characterData: true });
    else pageChanged.disconnect();
  };
  store.subscribe((event) => {
    if (event.changed.has('elder') || event.changed.has('zoom')) update();
  });
  window.addEventListener('beforeprint', () => applyHostText({ elder: false, zoom: 100 }));
  window.addEventListener('afterprint', apply);
  update();
}
