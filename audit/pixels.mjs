// @ts-check
// Pixel measurements, decoded by the browser itself in a blank page of its
// own (no image library needed): flashes in a run of screencast frames, and
// the pixels a focus indicator changes.

/**
 * @typedef {{ data: string, at: number }} Frame  base64 PNG and its time in seconds
 */

/**
 * A blank page in its own context, for decoding images. It loads nothing.
 * @param {import('playwright-core').Browser} browser
 */
export async function pixelPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/**
 * Counts flashes per area in screencast frames, as WCAG 2.3.1 defines a
 * general flash: a pair of opposing changes in relative luminance of 10 % or
 * more of the maximum, where the darker image is below 0.80. The frame is cut
 * in a grid; a cell flashes when it makes more than three flashes in any one
 * second. The failing area is that of the flashing cells, in CSS px.
 * @param {import('playwright-core').Page} page  a page from pixelPage()
 * @param {Frame[]} frames
 * @param {number} cssWidth  the viewport width the frames show
 */
export function flashes(page, frames, cssWidth) {
  return page.evaluate(
    async ([list, width]) => {
      const cols = 16;
      const rows = 12;
      /** @type {number[][]} luminance per cell, per frame */
      const series = [];
      let frameWidth = 0;
      let frameHeight = 0;
      for (const frame of list) {
        const bytes = Uint8Array.from(atob(frame.data), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        frameWidth = bitmap.width;
        frameHeight = bitmap.height;
        const canvas = new OffscreenCanvas(cols * 8, rows * 8);
        const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
        context.drawImage(bitmap, 0, 0, cols * 8, rows * 8);
        const { data } = context.getImageData(0, 0, cols * 8, rows * 8);
        /** @param {number} v */
        const linear = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
        const cells = new Array(cols * rows).fill(0);
        for (let y = 0; y < rows * 8; y += 1) {
          for (let x = 0; x < cols * 8; x += 1) {
            const i = (y * cols * 8 + x) * 4;
            const l = 0.2126 * linear(data[i] ?? 0) + 0.7152 * linear(data[i + 1] ?? 0) + 0.0722 * linear(data[i + 2] ?? 0);
            const cell = Math.floor(y / 8) * cols + Math.floor(x / 8);
            cells[cell] += l / 64;
          }
        }
        series.push(cells);
      }
      let worst = 0;
      let flashingCells = 0;
      for (let cell = 0; cell < cols * rows; cell += 1) {
        /** @type {number[]} times of opposing transitions */
        const transitions = [];
        let extreme = series[0]?.[cell] ?? 0;
        let direction = 0;
        for (let f = 1; f < series.length; f += 1) {
          const l = series[f]?.[cell] ?? 0;
          const change = l - extreme;
          const sign = Math.sign(change);
          if (Math.abs(change) >= 0.1 && Math.min(l, extreme) < 0.8) {
            if (sign !== direction) transitions.push(list[f]?.at ?? 0);
            direction = sign;
            extreme = l;
          } else if ((direction > 0 && l > extreme) || (direction < 0 && l < extreme)) {
            extreme = l;
          }
        }
        let most = 0;
        for (const [i, start] of transitions.entries()) most = Math.max(most, transitions.slice(i).filter((t) => t < start + 1).length);
        const perSecond = Math.floor(most / 2);
        worst = Math.max(worst, perSecond);
        if (perSecond > 3) flashingCells += 1;
      }
      const scale = width / Math.max(1, frameWidth);
      const cellArea = (frameWidth / cols) * scale * ((frameHeight / rows) * scale);
      return { frames: list.length, worst, area: Math.round(flashingCells * cellArea) };
    },
    /** @type {[Frame[], number]} */ ([frames, cssWidth]),
  );
}

/**
 * The pixels a focus indicator adds: of two screenshots of the same area,
 * focused and not, the changed pixels whose colour has 3:1 or more against
 * the colour they had, as CSS px (both are device-pixel PNGs at `scale`).
 * @param {import('playwright-core').Page} page  a page from pixelPage()
 * @param {string} focused  base64 PNG
 * @param {string} unfocused  base64 PNG
 * @param {number} scale  device pixels per CSS px
 */
export function focusPixels(page, focused, unfocused, scale) {
  return page.evaluate(
    async ([a, b, ratio]) => {
      /** @param {string} data */
      const read = async (data) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [on, off] = await Promise.all([read(a), read(b)]);
      /** @param {number} v */
      const linear = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      /** @param {Uint8ClampedArray} d @param {number} i */
      const lum = (d, i) => 0.2126 * linear(d[i] ?? 0) + 0.7152 * linear(d[i + 1] ?? 0) + 0.0722 * linear(d[i + 2] ?? 0);
      let count = 0;
      for (let i = 0; i < Math.min(on.length, off.length); i += 4) {
        const [hi, lo] = [lum(on, i), lum(off, i)].sort((x, y) => y - x);
        if (((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05) >= 3) count += 1;
      }
      return count / (ratio * ratio);
    },
    /** @type {[string, string, number]} */ ([focused, unfocused, scale]),
  );
}
