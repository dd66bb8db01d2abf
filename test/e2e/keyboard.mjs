// Keyboard-only helpers for the end-to-end tests: what has focus (down through
// shadow roots), how its focus indicator is drawn, the contrast that indicator
// keeps against the colours around it, and Tab walks that detect traps.
import { contrast } from './modes.mjs';

/** Thinnest band of the focus ring (CSS px) that counts as an indicator (WCAG 2.4.13 asks for 2 px). */
const minBand = 2;

/**
 * Reads the focused element and its indicator in the page: outline and halo
 * (the `box-shadow` spread of `focusRing`), the colour under the ring inside
 * the element's border box and outside it, and whether the element is on
 * screen and not hidden under something else. Null when nothing has focus.
 */
export function focusState(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    // A number per element, kept across calls, so a walk can tell stops apart.
    const ids = (globalThis.__govFocusIds ??= new WeakMap());
    if (!ids.has(el)) ids.set(el, (globalThis.__govFocusNext = (globalThis.__govFocusNext ?? 0) + 1));
    const rgba = (value) => {
      const m = value?.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const css = (c) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
    // The visual parent: a slotted node sits in its slot, a shadow root's children in the host.
    const up = (node) => node.assignedSlot ?? node.parentElement ?? node.getRootNode().host ?? null;
    const backgroundFrom = (start) => {
      const layers = [];
      for (let node = start; node; node = up(node)) {
        const c = rgba(getComputedStyle(node).backgroundColor);
        if (c && c.a > 0) layers.push(c);
        if (c && c.a >= 1) break;
      }
      const canvas = layers.at(-1)?.a >= 1 ? layers.pop() : { r: 255, g: 255, b: 255, a: 1 };
      return layers.reverse().reduce((below, layer) => over(layer, below), canvas);
    };
    // A native radio drawn by its label (字体) shows focus on the label.
    const focused = el;
    if (el.localName === 'input' && getComputedStyle(el).opacity === '0' && el.labels?.[0]) el = el.labels[0];
    const style = getComputedStyle(el);
    const outside = backgroundFrom(up(el));
    const inside = backgroundFrom(el);
    const shadow = style.boxShadow === 'none' ? null : style.boxShadow.split(/,(?![^(]*\))/)[0];
    const shadowColor = shadow && rgba(shadow);
    const shadowLengths = shadow ? (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat) : [];
    const halo =
      shadow && !shadow.includes('inset') && shadowColor && shadowColor.a > 0 && (shadowLengths[3] ?? 0) > 0
        ? { color: css(over(shadowColor, outside)), spread: shadowLengths[3] }
        : null;
    const outlineColor = rgba(style.outlineColor);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && outlineColor && outlineColor.a > 0
        ? { color: css(over(outlineColor, outside)), width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) || 0, style: style.outlineStyle }
        : null;
    // On screen and not under a sticky bar or a popover (WCAG 2.4.11): some point of the element is its own.
    const box = el.getBoundingClientRect();
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
    ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
    const host = el.getRootNode().host;
    return {
      id: ids.get(focused),
      name: `${host ? `${host.localName} › ` : ''}${el.localName}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24)}"`,
      focusVisible: focused.matches(':focus-visible'),
      shown: box.width > 0 && box.height > 0 && points.some(([x, y]) => mine(x, y)),
      outline,
      halo,
      inside: css(inside),
      outside: css(outside),
    };
  });
}

/**
 * The contrast the indicator brings, as WCAG 2.4.13 measures it: each band of
 * the ring (the halo between element and outline, the outline, the halo
 * around it) against the colour the same pixels have without focus (the
 * element's own background inside its border box, the surroundings outside).
 * The best band of at least 2 px counts; 0 when nothing is drawn.
 */
export function indicatorContrast(state) {
  const bands = [];
  const { outline, halo } = state;
  // Distances from the border edge, outward; negative is inside the element.
  const from = Math.min(outline ? outline.offset : 0, 0);
  const to = Math.max(outline ? outline.offset + outline.width : 0, halo ? halo.spread : 0);
  let run = null;
  for (let at = from; at < to; at += 0.5) {
    let color = null;
    if (outline && at >= outline.offset && at < outline.offset + outline.width) color = outline.color;
    else if (halo && at >= 0 && at < halo.spread) color = halo.color;
    const under = at < 0 ? state.inside : state.outside;
    if (!run || run.color !== color || run.under !== under) bands.push((run = { color, under, width: 0 }));
    run.width += 0.5;
  }
  const ratios = bands.filter((b) => b.color && b.width >= minBand).map((b) => contrast(b.color, b.under));
  return { ratio: ratios.length ? Math.max(...ratios) : 0, bands };
}

/** A one-line account of the indicator, for failure messages and diagnostics. */
export function describeIndicator(state) {
  const { outline, halo, inside, outside } = state;
  return `${state.name}: outline ${outline ? `${outline.width}px ${outline.style} ${outline.color} at ${outline.offset}px` : 'none'}, halo ${halo ? `${halo.spread}px ${halo.color}` : 'none'}, inside ${inside}, outside ${outside}`;
}

/**
 * Presses `key` (Tab or Shift+Tab) until focus leaves the document (body has
 * focus) or wraps round the whole page: back to a stop already seen, having
 * passed the page's first control (`start`, the skip link) on the way. `check`
 * runs at every stop. Returns the stops and whether focus got out: coming back
 * to a stop without passing `start`, or `max` presses without getting out, is
 * a keyboard trap.
 */
export async function tabWalk(page, { key = 'Tab', max = 400, start = /^gov-skip-link › /, check = async () => {} } = {}) {
  const stops = [];
  const seen = new Set();
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press(key);
    const state = await focusState(page);
    if (!state) return { stops, escaped: true };
    if (seen.has(state.id)) {
      const cycle = stops.slice(stops.findIndex((stop) => stop.id === state.id));
      if (cycle.some((stop) => start.test(stop.name))) return { stops, escaped: true };
      return { stops, escaped: false, trap: `${state.name} came back after ${cycle.length} stops: ${cycle.map((stop) => stop.name).join(', ')}` };
    }
    seen.add(state.id);
    stops.push(state);
    await check(state);
  }
  return { stops, escaped: false, trap: `still inside after ${max} presses, at ${stops.at(-1)?.name}` };
}
