// @ts-check
// Colour arithmetic shared by the audit and the end-to-end tests. Every
// function here is self-contained (no reference to module scope but the
// functions declared in this file), because probe.mjs sends their source into
// the audited page as well.

/**
 * @typedef {{ r: number, g: number, b: number, a: number }} Rgba
 */

/**
 * Parses a computed CSS colour (`rgb()`, `rgba()`, or the space-separated
 * form); null for anything else (`transparent` parses as alpha 0).
 * @param {string | null | undefined} value
 * @returns {Rgba | null}
 */
export function parseColor(value) {
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = value?.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const [r = 0, g = 0, b = 0, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}

/**
 * `top` painted over the opaque `bottom`.
 * @param {Rgba} top
 * @param {Rgba} bottom
 * @returns {Rgba}
 */
export function over(top, bottom) {
  return {
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  };
}

/**
 * `rgb(r, g, b)` of a colour, rounded.
 * @param {Rgba} c
 */
export function cssColor(c) {
  return `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
}

/**
 * WCAG contrast ratio of two CSS rgb() colours.
 * @param {string} a
 * @param {string} b
 */
export function contrast(a, b) {
  /** @param {string} color */
  const luminance = (color) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
