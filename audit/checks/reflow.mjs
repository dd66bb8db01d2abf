// @ts-check
// Reflow: the page at 320 CSS px, and a 1280 px window zoomed to 200 %
// (640 CSS px at two device pixels per px), must not scroll sideways.
import { probe } from '../measure/probe.mjs';
import { say, outcome, evidenceFor } from './common.mjs';

/** @typedef {import('./common.mjs').Outcome} Outcome */

/**
 * @param {import('./common.mjs').RunContext} run
 * @param {'reflow-320' | 'reflow-200'} id
 * @returns {Promise<Outcome>}
 */
export async function checkReflow(run, id) {
  const zoomed = id === 'reflow-200';
  const { page, context } = await run.open(zoomed ? { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, isMobile: false } : { viewport: { width: 320, height: 800 }, isMobile: run.isMobile });
  try {
    /** @type {{ scrollWidth: number, clientWidth: number, over: number, wide: { id: number, label: string, right: number }[] }} */
    const result = await probe(page, 'overflow');
    if (zoomed) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await run.screenshot(page, 'zoom-200');
    }
    const where = zoomed ? say('200%(640 CSS px)', '200 % (640 CSS px)') : say('320 CSS px');
    return outcome(
      result.over > 1 ? 'fail' : 'pass',
      result.over > 1
        ? say(`${where.zh}:页面宽 ${result.scrollWidth} px,超出 ${result.over} px`, `${where.en}: the page is ${result.scrollWidth} px wide, ${result.over} px too wide`)
        : say(`${where.zh}:无横向滚动(${result.scrollWidth} px)`, `${where.en}: no sideways scrolling (${result.scrollWidth} px)`),
      await evidenceFor(page, run.outDir, id, result.wide.slice(0, 4), (w) => say(`右边缘 ${w.right} px`, `right edge at ${w.right} px`)),
    );
  } finally {
    await context.close();
  }
}
