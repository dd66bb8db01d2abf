// @ts-check
// Keyboard measurements: what has focus (down through shadow roots), the
// contrast its focus indicator keeps against the colours around it, and Tab
// walks that detect keyboard traps. Shared by the audit and the end-to-end
// tests.
import { contrast } from './color.mjs';
import { probe } from './probe.mjs';

/** Thinnest band of the focus ring (CSS px) that counts as an indicator (WCAG 2.4.13 asks for 2 px). */
const minBand = 2;

/**
 * @typedef {{ color: string, width: number, offset: number, style: string }} Outline
 * @typedef {{ color: string, spread: number }} Halo
 * @typedef {{
 *   id: number, name: string, focusVisible: boolean, shown: boolean,
 *   outline: Outline | null, halo: Halo | null, inside: string, outside: string,
 *   box: { x: number, y: number, width: number, height: number },
 * }} FocusState
 */

/**
 * Reads the focused element and its indicator in the page: outline and halo
 * (a `box-shadow` spread), the colour under the ring inside the element's
 * border box and outside it, and whether the element is on screen and not
 * hidden under something else. Null when nothing has focus.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<FocusState | null>}
 */
export function focusState(page) {
  return probe(page, 'focusState');
}

/**
 * The contrast the indicator brings, as WCAG 2.4.13 measures it: each band of
 * the ring (the halo between element and outline, the outline, the halo
 * around it) against the colour the same pixels have without focus (the
 * element's own background inside its border box, the surroundings outside).
 * The best band of at least 2 px counts; 0 when nothing is drawn.
 * @param {Pick<FocusState, 'outline' | 'halo' | 'inside' | 'outside'>} state
 */
export function indicatorContrast(state) {
  /** @type {{ color: string | null, under: string, width: number }[]} */
  const bands = [];
  const { outline, halo } = state;
  // Distances from the border edge, outward; negative is inside the element.
  const from = Math.min(outline ? outline.offset : 0, 0);
  const to = Math.max(outline ? outline.offset + outline.width : 0, halo ? halo.spread : 0);
  /** @type {{ color: string | null, under: string, width: number } | null} */
  let run = null;
  for (let at = from; at < to; at += 0.5) {
    /** @type {string | null} */
    let color = null;
    if (outline && at >= outline.offset && at < outline.offset + outline.width) color = outline.color;
    else if (halo && at >= 0 && at < halo.spread) color = halo.color;
    const under = at < 0 ? state.inside : state.outside;
    if (!run || run.color !== color || run.under !== under) bands.push((run = { color, under, width: 0 }));
    run.width += 0.5;
  }
  const ratios = bands.filter((b) => b.color && b.width >= minBand).map((b) => contrast(/** @type {string} */ (b.color), b.under));
  return { ratio: ratios.length ? Math.max(...ratios) : 0, bands };
}

/**
 * A one-line account of the indicator, for failure messages and evidence.
 * @param {FocusState} state
 */
export function describeIndicator(state) {
  const { outline, halo, inside, outside } = state;
  return `${state.name}: outline ${outline ? `${outline.width}px ${outline.style} ${outline.color} at ${outline.offset}px` : 'none'}, halo ${halo ? `${halo.spread}px ${halo.color}` : 'none'}, inside ${inside}, outside ${outside}`;
}

/**
 * Presses `key` (Tab or Shift+Tab) until focus leaves the document (body has
 * focus) or wraps round the whole page: back to a stop already seen, having
 * passed the page's first control on the way (`start` matches its name or,
 * as a function, tells it; by default the walk's first stop counts). `check` runs at every stop. Returns
 * the stops and whether focus got out: coming back to a stop without passing
 * `start`, or `max` presses without getting out, is a keyboard trap.
 * @param {import('playwright-core').Page} page
 * @param {{ key?: string, max?: number, start?: RegExp | ((stop: FocusState) => boolean) | null, check?: (state: FocusState) => Promise<void> | void }} [options]
 */
export async function tabWalk(page, { key = 'Tab', max = 400, start = null, check = async () => {} } = {}) {
  /** @type {FocusState[]} */
  const stops = [];
  const seen = new Set();
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press(key);
    const state = await focusState(page);
    if (!state) return { stops, escaped: true };
    if (seen.has(state.id)) {
      const cycle = stops.slice(stops.findIndex((stop) => stop.id === state.id));
      const first = stops[0];
      const isStart = (/** @type {FocusState} */ stop) => (start instanceof RegExp ? start.test(stop.name) : start ? start(stop) : stop === first);
      if (cycle.some(isStart)) return { stops, escaped: true };
      return { stops, escaped: false, trap: `${state.name} came back after ${cycle.length} stops: ${cycle.map((stop) => stop.name).join(', ')}` };
    }
    seen.add(state.id);
    stops.push(state);
    await check(state);
  }
  return { stops, escaped: false, trap: `still inside after ${max} presses, at ${stops.at(-1)?.name}` };
}
