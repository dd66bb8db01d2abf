/** Helpers of the share, article and print tests: finding controls by name and decoding a QR code. */
import type jsQRType from 'jsqr';
import 'jsqr/dist/jsQR.js';
import { emulateMedia } from '@web/test-runner-commands';

declare global {
  // The UMD build of jsQR defines this global when loaded as a script.
  var jsQR: typeof jsQRType;
}

/** The first element matching `selector` whose text (trimmed) is `name`, in `host`'s shadow root or, when it renders there, its light DOM. */
export function byText<T extends Element = HTMLElement>(host: Element, selector: string, name: string): T {
  const found = [...(host.shadowRoot ?? host).querySelectorAll<T>(selector)].find((el) => el.textContent?.trim() === name);
  if (!found) throw new Error(`<${host.localName}> has no ${selector} named ${name}`);
  return found;
}

/** Draws `svg` on a canvas at `scale` pixels per unit and decodes it as a QR code; null when it does not decode. */
export async function decodeSvg(svg: SVGSVGElement, scale = 8): Promise<string | null> {
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const markup = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = w * scale;
  canvas.height = h * scale;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(url);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return globalThis.jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
}

/** The text the kit's live region ends up announcing. */
export function liveRegionText(): string {
  return document.querySelector('[data-gov-live-region]')?.textContent ?? '';
}

/** Emulates print media; skips the test where the launcher cannot (Firefox over WebDriver BiDi has no media emulation). */
export async function emulatePrint(test: Mocha.Context): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate print media; Chromium and the e2e suite cover print.
    test.skip();
  }
}
