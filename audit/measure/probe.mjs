// @ts-check
// The in-page half of the measurements: one object of functions installed in
// the audited page (and in the demo by the end-to-end tests), reached with
// `probe(page, 'method', ...args)`. Everything is measured as the browser
// lays the page out: computed styles, boxes, the flat tree (open shadow roots
// and slots included), never the markup of a particular kit.
//
// installProbe() is sent to the page as source text, so it may use nothing
// from this module but the colour helpers that probeSource() declares beside
// it.
import { parseColor, over, cssColor, contrast } from './color.mjs';

const key = 'gov-portal-kit.audit';

/**
 * @typedef {{ x: number, y: number, width: number, height: number }} Box
 * @typedef {{ id: number, label: string }} Ref
 */

/** Installs the probe object in the page (once per document). */
export function installProbe() {
  const slot = Symbol.for('gov-portal-kit.audit');
  const scope = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  if (scope[slot]) return;

  /** @type {WeakMap<Element, number>} */
  const ids = new WeakMap();
  /** @type {Map<number, WeakRef<Element>>} */
  const byNumber = new Map();
  let next = 0;
  /** A number per element, kept for the document's life, so the audit can point at it again. @param {Element | null} el */
  const idOf = (el) => {
    if (!el) return 0;
    let id = ids.get(el);
    if (id === undefined) {
      next += 1;
      id = next;
      ids.set(el, id);
      byNumber.set(id, new WeakRef(el));
    }
    return id;
  };
  /** @param {number} id */
  const byId = (id) => byNumber.get(id)?.deref() ?? null;

  /** The visual parent: a slotted node sits in its slot, a shadow root's children in the host. @param {Node} node @returns {Element | null} */
  const up = (node) => {
    const slotted = node instanceof Element || node instanceof Text ? node.assignedSlot : null;
    if (slotted) return slotted;
    if (node.parentElement) return node.parentElement;
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };

  /** Every element of `root`, descending into open shadow roots, in tree order. @param {Document | ShadowRoot | Element} root @returns {Element[]} */
  const all = (root = document) => {
    /** @type {Element[]} */
    const out = [];
    /** @param {Document | ShadowRoot | Element} from */
    const visit = (from) => {
      for (const el of from.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (root instanceof Element) {
      out.push(root);
      if (root.shadowRoot) visit(root.shadowRoot);
    }
    visit(root);
    return out;
  };

  /** The nearest element matching `selector`, crossing shadow roots and slots. @param {Element | null} start @param {string} selector */
  const closest = (start, selector) => {
    for (let el = start; el; el = up(el)) if (el.matches(selector)) return el;
    return null;
  };

  /** Clipped to nothing, the way visually hidden text is (sr-only, clip-path: inset(50%)). @param {Element} el */
  const clippedAway = (el) => {
    for (let node = /** @type {Element | null} */ (el); node; node = up(node)) {
      const style = getComputedStyle(node);
      if (style.clipPath === 'inset(50%)' || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)) return true;
      if (style.position === 'absolute' || style.position === 'fixed') {
        const box = node.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1) return true;
      }
      if (style.position === 'fixed') break;
    }
    return false;
  };

  /** Drawn on the page where a sighted visitor can see it (not hidden, not transparent, not clipped away, not thrown off screen). @param {Element} el */
  const shown = (el) => {
    if (!el.isConnected || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rects = el.getClientRects();
    if (!rects.length) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    if (box.right + scrollX < 0 || box.bottom + scrollY < 0) return false;
    return !clippedAway(el) && !hiddenByOverflow(el, box);
  };

  /**
   * Outside every box of an ancestor that hides its overflow (the lines of a
   * ticker waiting their turn, say).
   * @param {Element} el
   * @param {DOMRect} box
   */
  const hiddenByOverflow = (el, box) => {
    for (let node = up(el); node && node !== document.body && node !== document.documentElement; node = up(node)) {
      const style = getComputedStyle(node);
      if (style.position === 'fixed') return false;
      const clips = /hidden|clip/.test(style.overflowX) || /hidden|clip/.test(style.overflowY);
      if (!clips) continue;
      const outer = node.getBoundingClientRect();
      if (box.right <= outer.left || box.left >= outer.right || box.bottom <= outer.top || box.top >= outer.bottom) return true;
    }
    return false;
  };

  /** The text a sighted person reads on an element, squeezed. @param {Element | null} el */
  const textOf = (el) => (el instanceof HTMLElement ? el.innerText : el?.textContent ?? '').replace(/\s+/g, ' ').trim();

  /** An approximation of the accessible name, for labels in the evidence (roles and names for finding controls come from Playwright). @param {Element} el */
  const nameOf = (el) => {
    const labelled = el.getAttribute('aria-labelledby');
    if (labelled) {
      const root = /** @type {Document | ShadowRoot} */ (el.getRootNode());
      const text = labelled.split(/\s+/).map((id) => textOf(root.getElementById(id))).join(' ').trim();
      if (text) return text;
    }
    const direct = el.getAttribute('aria-label') ?? (el instanceof HTMLImageElement ? el.alt : null);
    if (direct?.trim()) return direct.trim();
    if (el instanceof HTMLInputElement && el.labels?.[0]) return textOf(el.labels[0]);
    return textOf(el) || el.getAttribute('title') || (el instanceof HTMLInputElement ? el.value : '') || '';
  };

  /**
   * The component an element lives in: the nearest custom element around it in its own tree (an element that
   * renders into its light DOM), else the host of its shadow root; null for the page's own markup.
   * @param {Element} el
   */
  const ownerOf = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (node.localName.includes('-')) return node;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };

  /** A short description of an element for people: where it lives, its tag and id, its name. @param {Element} el */
  const label = (el) => {
    const host = ownerOf(el);
    const name = nameOf(el).slice(0, 30);
    return `${host ? `${host.localName} › ` : ''}${el.localName}${el.id ? `#${el.id}` : ''}${name ? ` "${name}"` : ''}`;
  };

  /** @param {Element} el */
  const ref = (el) => ({ id: idOf(el), label: label(el) });

  /**
   * The colour under an element: its own background and those of its visual
   * ancestors, composed until an opaque one; `image` when a background image
   * lies between (its colour cannot be read from styles).
   * @param {Element | null} start
   */
  const backgroundFrom = (start) => {
    /** @type {import('./color.mjs').Rgba[]} */
    const layers = [];
    let image = false;
    for (let node = start; node; node = up(node)) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none' && !layers.some((layer) => layer.a >= 1)) image = true;
      const c = parseColor(style.backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    const last = layers.at(-1);
    const canvas = last && last.a >= 1 ? /** @type {import('./color.mjs').Rgba} */ (layers.pop()) : { r: 255, g: 255, b: 255, a: 1 };
    return { color: layers.reverse().reduce((below, layer) => over(layer, below), canvas), image };
  };

  /** Rendered scale of an element: CSS zoom and transforms together. @param {Element} el */
  const scaleOf = (el) => {
    const zoom = /** @type {{ currentCSSZoom?: number }} */ (el).currentCSSZoom ?? 1;
    if (el instanceof HTMLElement && el.offsetWidth >= 16) {
      // offsetWidth is rounded to whole pixels: a ratio within 2 % of the CSS zoom is the zoom.
      const ratio = el.getBoundingClientRect().width / el.offsetWidth;
      if (ratio > 0 && Math.abs(ratio - zoom) > 0.02 * zoom) return ratio;
    }
    return zoom;
  };

  const headingSelector = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
  const skipText = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'option']);

  /**
   * Every piece of text drawn on the page, one entry per element that holds
   * text directly: characters, rendered size, weight, line height, whether it
   * runs over two lines or more, heading or not, and colour against what is
   * under it.
   */
  const texts = () => {
    /** @type {Map<Element, { el: Element, chars: number, lines: Set<number>, sample: string }>} */
    const byElement = new Map();
    /** @type {(Document | ShadowRoot)[]} */
    const roots = [document];
    for (const el of all()) if (el.shadowRoot) roots.push(el.shadowRoot);
    /** @type {Map<Element, boolean>} */
    const shownCache = new Map();
    const range = document.createRange();
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const chars = (node.nodeValue ?? '').replace(/\s+/g, '').length;
        if (!chars) continue;
        const parent = node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
        if (!parent || skipText.has(parent.localName) || parent.closest('svg')) continue;
        let visible = shownCache.get(parent);
        if (visible === undefined) shownCache.set(parent, (visible = shown(parent)));
        if (!visible) continue;
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (!rects.length) continue;
        const entry = byElement.get(parent) ?? { el: parent, chars: 0, lines: new Set(), sample: '' };
        entry.chars += chars;
        // Line boxes of the element's own text: two or more distinct tops make a block that wraps.
        for (const r of rects) if (![...entry.lines].some((top) => Math.abs(top - r.top) < r.height / 2)) entry.lines.add(r.top);
        if (entry.sample.length < 40) entry.sample = `${entry.sample}${node.nodeValue}`.replace(/\s+/g, ' ').trim().slice(0, 40);
        byElement.set(parent, entry);
      }
    }
    return [...byElement.values()].map(({ el, chars, lines, sample }) => {
      const style = getComputedStyle(el);
      const computed = parseFloat(style.fontSize);
      const size = computed * scaleOf(el);
      const lineHeight = style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight) / computed;
      const bold = Number(style.fontWeight) >= 700;
      const under = backgroundFrom(el);
      const color = parseColor(style.color);
      const ratio = color && !under.image ? contrast(cssColor(over(color, under.color)), cssColor(under.color)) : null;
      return {
        ...ref(el),
        chars,
        sample,
        size,
        bold,
        lineHeight,
        multiLine: lines.size >= 2,
        heading: Boolean(closest(el, headingSelector)),
        headingId: idOf(closest(el, headingSelector)),
        // WCAG large text: 18 pt (24 px), or 14 pt (18.66 px) bold.
        large: size >= 23.9 || (bold && size >= 18.6),
        contrast: ratio,
        colors: ratio === null ? null : `${cssColor(color ?? { r: 0, g: 0, b: 0, a: 1 })} on ${cssColor(under.color)}`,
      };
    });
  };

  const controlSelector = [
    'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
    '[role="button"]', '[role="link"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="tab"]',
    '[role="menuitem"]', '[role="menuitemcheckbox"]', '[role="menuitemradio"]', '[role="option"]', '[role="slider"]',
    '[role="spinbutton"]', '[role="combobox"]', '[role="textbox"]', '[role="searchbox"]',
    '[tabindex]:not([tabindex^="-"])',
  ].join(', ');
  const compositeSelector = '[role="toolbar"], [role="radiogroup"], [role="menu"], [role="menubar"], [role="tablist"], [role="listbox"], [role="grid"], [role="tree"], [role="treegrid"]';

  /** A link inside a sentence (WCAG 2.5.8 exempts these): its block holds two letters or more of other text. @param {Element} el */
  const inline = (el) => {
    if (el.localName !== 'a') return false;
    let block = up(el);
    while (block && getComputedStyle(block).display.startsWith('inline')) block = up(block);
    if (!block) return false;
    const other = textOf(block).replace(textOf(el), '');
    return (other.match(/\p{L}/gu) ?? []).length >= 2;
  };

  /** What draws a control: a native radio or checkbox hidden under its label counts with the label. @param {Element} el */
  const drawnBy = (el) => {
    if (el instanceof HTMLInputElement && getComputedStyle(el).opacity === '0' && el.labels?.[0]) return el.labels[0];
    return el;
  };

  /** Every control a visitor can see and use, with its box. */
  const controls = () =>
    all()
      .filter((el) => el.matches(controlSelector) && !el.closest('[inert]'))
      .map((el) => ({ el, drawn: drawnBy(el) }))
      .filter(({ drawn }) => shown(drawn))
      .map(({ el, drawn }) => {
        const box = drawn.getBoundingClientRect();
        const composite = closest(el, compositeSelector);
        const disabled = el.matches(':disabled');
        return { el, box, composite, disabled };
      });

  /** Targets and their sizes; `inline` links in sentences are marked, not dropped. Only those inside the element `insideId` when given. @param {number} [insideId] */
  const targets = (insideId) => {
    const inside = insideId ? byId(insideId) : null;
    return controls()
      .filter(({ el }) => !inside || [...chain(el)].includes(inside))
      .map(({ el, box }) => ({
      ...ref(el),
      width: box.width,
      height: box.height,
      inline: inline(el),
      kind: el.matches('a[href], area[href], [role="link"]') ? 'link' : 'control',
      nav: Boolean(closest(el, 'nav, [role="navigation"]')) && !closest(el, 'main, [role="main"]'),
      banner: Boolean(closest(el, 'header, [role="banner"], [role="toolbar"]')) && !closest(el, 'main, [role="main"], article'),
    }));
  };

  /** An element and its visual ancestors, up to the document. @param {Element} el */
  const chain = function* (el) {
    for (let node = /** @type {Element | null} */ (el); node; node = up(node)) yield node;
  };

  /** The nearest visual ancestor the elements `ids` share. @param {number[]} list */
  const commonAncestor = (list) => {
    const els = list.map(byId).filter((el) => el !== null);
    const first = els[0];
    if (!first) return null;
    for (const candidate of chain(first)) if (els.every((el) => [...chain(el)].includes(candidate))) return ref(candidate);
    return null;
  };

  /** The bar a control sits in: its nearest navigation, banner or toolbar, else its parent. @param {number} id */
  const barOf = (id) => {
    const el = byId(id);
    const bar = el && (closest(up(el), 'nav, header, [role="navigation"], [role="banner"], [role="toolbar"]') ?? up(el));
    return bar ? ref(bar) : null;
  };

  /** The size an image URL has once loaded (cursor images). @param {string} url */
  const imageSize = (url) =>
    new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
      img.onerror = () => resolve(null);
      img.src = url;
    });

  /**
   * The controls Tab must reach. Members of a composite widget (a toolbar,
   * a radio group) count as one stop: arrow keys move inside it. Native radios
   * with one name form one group.
   */
  const tabbables = () =>
    controls()
      .filter(({ disabled }) => !disabled)
      .map(({ el, composite }) => {
        let group = `el:${idOf(el)}`;
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) group = `radio:${el.form ? idOf(el.form) : 0}:${el.name}`;
        else if (composite && el.getAttribute('tabindex') === '-1') group = `composite:${idOf(composite)}`;
        else if (composite && composite.matches('[role="radiogroup"], [role="toolbar"], [role="tablist"], [role="menubar"]')) group = `composite:${idOf(composite)}`;
        return { ...ref(el), group };
      });

  /** What has focus (down through shadow roots), and how its focus indicator is drawn. */
  const focusState = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const focused = el;
    // A native radio drawn by its label (字体) shows focus on the label.
    el = drawnBy(el);
    const style = getComputedStyle(el);
    const outside = backgroundFrom(up(el)).color;
    const inside = backgroundFrom(el).color;
    const shadow = style.boxShadow === 'none' ? null : style.boxShadow.split(/,(?![^(]*\))/)[0] ?? null;
    const shadowColor = shadow ? parseColor(shadow) : null;
    const shadowLengths = shadow ? (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat) : [];
    const halo =
      shadow && !shadow.includes('inset') && shadowColor && shadowColor.a > 0 && (shadowLengths[3] ?? 0) > 0
        ? { color: cssColor(over(shadowColor, outside)), spread: shadowLengths[3] ?? 0 }
        : null;
    const outlineColor = parseColor(style.outlineColor);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && outlineColor && outlineColor.a > 0
        ? { color: cssColor(over(outlineColor, outside)), width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) || 0, style: style.outlineStyle }
        : null;
    // On screen and not under a sticky bar or a popover (WCAG 2.4.11): some point of the element is its own.
    const box = el.getBoundingClientRect();
    /** @param {number} x @param {number} y */
    const mine = (x, y) => {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      for (let node = hit; node; node = up(node)) if (node === el) return true;
      return false;
    };
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 2, box.top + 2],
      [box.right - 2, box.bottom - 2],
    ].filter(([x = -1, y = -1]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
    const host = ownerOf(el);
    return {
      id: idOf(focused),
      name: `${host ? `${host.localName} › ` : ''}${el.localName}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24)}"`,
      focusVisible: focused.matches(':focus-visible'),
      shown: box.width > 0 && box.height > 0 && points.some(([x = 0, y = 0]) => mine(x, y)),
      outline,
      halo,
      inside: cssColor(inside),
      outside: cssColor(outside),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  };

  /**
   * The element `id` refers to, scrolled into view; its box in the viewport.
   * Scrolling may lay out skipped content (content-visibility) and move it, so
   * it scrolls again until the element stays put.
   * @param {number} id
   */
  const boxOf = async (id) => {
    const el = byId(id);
    if (!el) return null;
    const target = drawnBy(el);
    if (!target.getClientRects().length) return null;
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    let box = target.getBoundingClientRect();
    for (let tries = 0; tries < 4; tries += 1) {
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      await frame();
      const now = target.getBoundingClientRect();
      const settled = Math.abs(now.top - box.top) < 1 && tries > 0;
      box = now;
      if (settled) break;
    }
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  };

  /** Whether the page scrolls sideways, and the elements that stick out furthest. */
  const overflow = () => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const over = root.scrollWidth - width;
    const wide = over > 0
      ? all()
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.right + scrollX > width + 1 && getComputedStyle(el).position !== 'fixed';
          })
          .filter((el, _, list) => !list.some((other) => other !== el && el.contains(other)))
          .slice(0, 5)
          .map((el) => ({ ...ref(el), right: Math.round(el.getBoundingClientRect().right + scrollX) }))
      : [];
    return { scrollWidth: root.scrollWidth, clientWidth: width, over, wide };
  };

  /** Elements fixed or sticky on screen, with their box (pop-ups, floating advertisements, bars). */
  const positioned = () =>
    all()
      .filter((el) => {
        const position = getComputedStyle(el).position;
        return (position === 'fixed' || position === 'sticky' || position === 'absolute') && shown(el);
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          ...ref(el),
          position: style.position,
          x: Math.round(box.x),
          y: Math.round(box.y + (style.position === 'fixed' ? 0 : scrollY)),
          width: Math.round(box.width),
          height: Math.round(box.height),
          dialog: el.matches('dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]'),
          landmark: Boolean(closest(el, 'header, nav, footer, [role="banner"], [role="navigation"], [role="toolbar"], [role="contentinfo"]')),
        };
      });

  /** Audio and video on the page, and what they are doing. */
  const media = () =>
    all()
      .filter((el) => el instanceof HTMLMediaElement)
      .map((el) => {
        const m = /** @type {HTMLMediaElement} */ (el);
        return { ...ref(m), tag: m.localName, paused: m.paused, muted: m.muted || m.volume === 0, autoplay: m.autoplay, currentTime: m.currentTime, src: m.currentSrc || m.getAttribute('src') || '' };
      });

  /** lang, title, landmarks, headings and images, as the page publishes them. */
  const basics = () => {
    const elements = all();
    const count = (/** @type {string} */ selector) => elements.filter((el) => el.matches(selector) && shown(el)).length;
    // header and footer are banner and contentinfo unless inside sectioning content or main.
    const sectioning = 'article, aside, main, nav, section, [role="article"], [role="complementary"], [role="main"], [role="navigation"], [role="region"]';
    const topLevel = (/** @type {string} */ tag, /** @type {string} */ role) =>
      elements.filter((el) => ((el.localName === tag && !el.hasAttribute('role') && !closest(up(el), sectioning)) || el.getAttribute('role') === role) && shown(el)).length;
    const landmark = {
      main: count('main, [role="main"]'),
      banner: topLevel('header', 'banner'),
      navigation: count('nav, [role="navigation"]'),
      contentinfo: topLevel('footer', 'contentinfo'),
      search: count('search, [role="search"]'),
    };
    const headings = elements
      .filter((el) => el.matches(headingSelector) && shown(el))
      .map((el) => ({ ...ref(el), level: Number(el.getAttribute('aria-level') ?? el.localName.slice(1)) || 2, text: textOf(el).slice(0, 60) }));
    const images = elements
      .filter((el) => (el.matches('img, input[type="image"], [role="img"]') || (el.localName === 'svg' && el.getAttribute('role') === 'img')) && shown(el))
      .map((el) => ({
        ...ref(el),
        alt: el.hasAttribute('alt') ? el.getAttribute('alt') : null,
        name: el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby') ?? el.getAttribute('title'),
        hidden: Boolean(closest(el, '[aria-hidden="true"]')) || el.getAttribute('role') === 'presentation' || el.getAttribute('role') === 'none',
        src: (el instanceof HTMLImageElement ? el.currentSrc || el.src : '').slice(0, 120),
      }));
    return { lang: document.documentElement.getAttribute('lang'), title: document.title, landmark, headings, images };
  };

  /** The main content's text blocks: the readable paragraphs the toolbar tests hover over and read. */
  const mainBlocks = () => {
    const main = all().find((el) => el.matches('main, [role="main"]') && shown(el)) ?? document.body;
    return all(main)
      .filter((el) => el.matches('p, li, td, dd, blockquote') && shown(el) && textOf(el).length >= 12 && !closest(el, 'nav, [role="navigation"], [role="toolbar"]'))
      .slice(0, 12)
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { ...ref(el), text: textOf(el).slice(0, 80), box: { x: box.x, y: box.y, width: box.width, height: box.height } };
      });
  };

  /**
   * What the toolbar's functions change, in one reading: sizes, colours,
   * cursor, images, scale. The text is read on the same blocks each time
   * (`sampleIds`, as the first reading returned them), so that a layout that
   * shows other blocks does not pass for a change of size.
   * @param {number[]} [sampleIds]
   */
  const look = (sampleIds) => {
    const elements = all();
    const main = elements.find((el) => el.matches('main, [role="main"]') && shown(el)) ?? document.body;
    const blocks = sampleIds?.length
      ? sampleIds.map(byId).filter((el) => el !== null)
      : all(main).filter((el) => el.matches('p, li, dd') && shown(el) && textOf(el).length >= 8).slice(0, 20);
    const sizes = blocks.map((el) => parseFloat(getComputedStyle(el).fontSize) * scaleOf(el)).sort((a, b) => a - b);
    const sample = blocks[0] ?? main;
    const body = getComputedStyle(document.body);
    const html = getComputedStyle(document.documentElement);
    const bodyScale = scaleOf(document.body);
    const imgs = elements.filter((el) => el instanceof HTMLImageElement || (el instanceof SVGSVGElement && el.getAttribute('role') === 'img'));
    return {
      rootFontSize: parseFloat(html.fontSize),
      pageScale: Math.max(bodyScale, /** @type {{ currentCSSZoom?: number }} */ (document.body).currentCSSZoom ?? 1),
      textSize: sizes.length ? sizes[Math.floor(sizes.length / 2)] ?? 0 : parseFloat(getComputedStyle(main).fontSize),
      text: { color: getComputedStyle(sample).color, background: cssColor(backgroundFrom(sample).color) },
      page: { color: body.color, background: cssColor(backgroundFrom(document.body).color) },
      cursor: getComputedStyle(sample).cursor,
      cursorUrl: (/url\("?([^")]+)"?\)/.exec(getComputedStyle(sample).cursor) ?? [])[1] ?? null,
      images: imgs.filter((el) => shown(el) && el.getBoundingClientRect().width * el.getBoundingClientRect().height > 4).length,
      imageCount: imgs.length,
      sample: ref(sample),
      sampleIds: blocks.map(idOf),
    };
  };

  /** Long thin lines laid over the page (guide lines, 十字线), shown or pointer-transparent. */
  const lines = () =>
    all()
      .filter((el) => {
        const style = getComputedStyle(el);
        if (!(style.position === 'fixed' || style.position === 'absolute') || !el.checkVisibility({ visibilityProperty: true })) return false;
        const box = el.getBoundingClientRect();
        return (box.width >= innerWidth * 0.6 && box.height > 0 && box.height <= 12) || (box.height >= innerHeight * 0.6 && box.width > 0 && box.width <= 12);
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { ...ref(el), orientation: box.width > box.height ? 'horizontal' : 'vertical', x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      });

  /** Shown elements, other than `exceptId`, whose own text contains `snippet`, with their rendered font size. @param {string} snippet @param {number} exceptId */
  const showing = (snippet, exceptId) => {
    const except = byId(exceptId);
    return all()
      .filter((el) => el !== except && !(except && (except.contains(el) || el.contains(except))) && shown(el))
      .filter((el) => [...el.childNodes].some((node) => node instanceof Text && (node.nodeValue ?? '').replace(/\s+/g, ' ').includes(snippet)))
      .map((el) => ({ ...ref(el), size: parseFloat(getComputedStyle(el).fontSize) * scaleOf(el) }));
  };

  /** The first fragment link among the first focus stops, and where it points. @param {number} id */
  const skipTarget = (id) => {
    const el = byId(id);
    if (!(el instanceof HTMLAnchorElement)) return null;
    const hash = el.getAttribute('href') ?? '';
    if (!hash.startsWith('#') || hash.length < 2) return { href: hash, target: null };
    const target = document.getElementById(decodeURIComponent(hash.slice(1))) ?? document.getElementsByName(hash.slice(1))[0] ?? null;
    return { href: hash, target: target ? ref(target) : null };
  };

  /** Whether focus is on, or inside, the element `id` (after a skip link). @param {number} id */
  const focusWithin = (id) => {
    const target = byId(id);
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    for (let node = el; node; node = up(node)) if (node === target) return true;
    return false;
  };

  /** The deepest focused element is `id`. @param {number} id */
  const isFocused = (id) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el === byId(id);
  };

  /** Focuses the element `id` from script. @param {number} id */
  const focus = (id) => {
    const el = byId(id);
    if (el instanceof HTMLElement || el instanceof SVGElement) el.focus();
  };

  /** The element `id` is scrolled to the upper half of the screen. @param {number} id */
  const nearTop = (id) => {
    const box = byId(id)?.getBoundingClientRect();
    return Boolean(box && box.top >= -1 && box.top < innerHeight / 2);
  };

  scope[slot] = {
    idOf, byId, ref, texts, targets, tabbables, commonAncestor, barOf, imageSize, focusState, boxOf, overflow, positioned, media, basics,
    mainBlocks, look, lines, showing, skipTarget, focusWithin, isFocused, focus, nearTop,
  };
}

/** The source that installs the probe, with the colour helpers it uses declared beside it. */
export function probeSource() {
  return `(() => {\n${[parseColor, over, cssColor, contrast].map(String).join('\n')}\n(${installProbe})();\n})()`;
}

/**
 * Calls the probe's `method` in the page (or frame), installing the probe
 * first when the document does not have it yet.
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @param {string} method
 * @param {...unknown} args
 * @returns {Promise<any>}
 */
export async function probe(page, method, ...args) {
  /** @param {[string, string, unknown[]]} input */
  const call = async ([name, m, a]) => {
    const found = /** @type {Record<string, (...x: unknown[]) => unknown> | undefined} */ (/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[Symbol.for(name)]);
    return found ? { value: await found[m]?.(...a) } : null;
  };
  let out = await page.evaluate(call, /** @type {[string, string, unknown[]]} */ ([key, method, args]));
  if (!out) {
    await page.evaluate(probeSource());
    out = await page.evaluate(call, /** @type {[string, string, unknown[]]} */ ([key, method, args]));
  }
  return out?.value;
}
