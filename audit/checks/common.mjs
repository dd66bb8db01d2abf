// @ts-check
// What every group of checks shares: verdicts with evidence, finding controls
// by role and accessible name (as assistive technology does), and screenshot
// crops of the elements a verdict points at.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { probe } from '../measure/probe.mjs';

/** @typedef {import('../items.mjs').Text} Text */
/** @typedef {'pass' | 'fail' | 'na' | 'manual'} Verdict */
/** @typedef {{ element: string, value: Text, crop: string | null }} Evidence */
/** @typedef {{ verdict: Verdict, measured: Text, evidence: Evidence[], details?: unknown }} Outcome */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */
/**
 * What a group of checks gets from the audit: the page's address and host,
 * a way to open it in a fresh context that reaches only that host, the
 * output folder, and the report's screenshots.
 * @typedef {{
 *   url: string, host: string, outDir: string | null, blocked: Set<string>,
 *   viewport: { width: number, height: number }, isMobile: boolean,
 *   open: (options?: { viewport?: { width: number, height: number }, deviceScaleFactor?: number, isMobile?: boolean, speech?: boolean, before?: (page: Page) => Promise<void> }) => Promise<{ page: Page, context: import('playwright-core').BrowserContext }>,
 *   screenshot: (page: Page, name: 'standard' | 'elder' | 'zoom-200') => Promise<void>,
 * }} RunContext
 */

/**
 * A text in both report languages.
 * @param {string} zh
 * @param {string} [en]
 * @returns {Text}
 */
export const say = (zh, en = zh) => ({ zh, en });

/**
 * @param {Verdict} verdict
 * @param {Text} measured
 * @param {Evidence[]} [evidence]
 * @param {unknown} [details]
 * @returns {Outcome}
 */
export const outcome = (verdict, measured, evidence = [], details = undefined) => ({ verdict, measured, evidence, ...(details === undefined ? {} : { details }) });

/** A figure for people: at most one decimal, no trailing zero. @param {number} n */
export const fmt = (n) => String(Math.round(n * 10) / 10);

/** A share as a percentage. @param {number} part @param {number} whole */
export const pct = (part, whole) => (whole ? `${fmt((part / whole) * 100)}%` : '—');

/**
 * The roles a visitor's control can have: what a screen reader would call a
 * button, a link, a switch, a tab or a menu item.
 */
const controlRoles = /** @type {const} */ (['button', 'link', 'checkbox', 'switch', 'radio', 'menuitem', 'menuitemcheckbox', 'tab']);

/**
 * Every control in `scope` whose role is a control role and whose accessible
 * name matches `name`, shown or not.
 * @param {Page | Locator} scope
 * @param {RegExp} name
 */
export function controlsNamed(scope, name) {
  return controlRoles.map((role) => scope.getByRole(role, { name })).reduce((all, next) => all.or(next));
}

/**
 * The visible controls matching `name`, as individual locators, minus those
 * whose name matches `not`.
 * @param {Page | Locator} scope
 * @param {RegExp} name
 * @param {{ not?: RegExp }} [options]
 */
export async function visibleControls(scope, name, { not } = {}) {
  const all = controlsNamed(scope, name);
  const found = [];
  const count = await all.count();
  for (let i = 0; i < count && found.length < 8; i += 1) {
    const one = all.nth(i);
    if (!(await one.isVisible().catch(() => false))) continue;
    if (not && not.test(await accessibleName(one))) continue;
    found.push(one);
  }
  return found;
}

/**
 * Finds a control by name the way a visitor does: shown on the page, or
 * revealed by a collapsed disclosure on the first screen (a top bar folded on
 * a phone, say). `via` is the disclosure that revealed it.
 * @param {Page} page
 * @param {RegExp} name
 * @param {RegExp} [not]
 */
export async function findControl(page, name, not) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const firstScreen = async (/** @type {Locator} */ locator) => {
    const box = await locator.boundingBox();
    return Boolean(box && box.y < viewport.height && box.y + box.height > 0 && box.x < viewport.width);
  };
  const [shown] = await visibleControls(page, name, { not });
  if (shown) return { control: shown, onFirstScreen: await firstScreen(shown), via: null };
  const folded = page.locator('[aria-expanded="false"]');
  const count = Math.min(await folded.count(), 12);
  for (let i = 0; i < count; i += 1) {
    const disclosure = folded.nth(i);
    if (!(await disclosure.isVisible()) || !(await firstScreen(disclosure))) continue;
    await press(disclosure);
    const [control] = await visibleControls(page, name, { not });
    if (control) return { control, onFirstScreen: await firstScreen(control), via: disclosure };
    await press(disclosure);
  }
  return null;
}

/**
 * The accessible name Playwright computes for a control (its aria snapshot's
 * first line), for messages and evidence.
 * @param {Locator} locator
 */
export async function accessibleName(locator) {
  const snapshot = await locator.ariaSnapshot({ timeout: 2000 }).catch(() => '');
  const first = snapshot.split('\n')[0] ?? '';
  return (/"((?:[^"\\]|\\.)*)"/.exec(first)?.[1] ?? /^- \w+ (.*?):?$/.exec(first)?.[1] ?? '').replace(/\\"/g, '"');
}

/**
 * The probe's reference (number and description) of the element a locator
 * finds.
 * @param {Page} page
 * @param {Locator} locator
 * @returns {Promise<{ id: number, label: string }>}
 */
export async function refOf(page, locator) {
  await probe(page, 'idOf', null).catch(() => {});
  return locator.evaluate((el) => /** @type {any} */ (globalThis)[Symbol.for('gov-portal-kit.audit')].ref(el));
}

/**
 * Clicks a control as a visitor does; falls back to a dispatched click where
 * something covers it.
 * @param {Locator} locator
 */
export async function press(locator) {
  try {
    await locator.click({ timeout: 3000 });
  } catch {
    await locator.dispatchEvent('click');
  }
}

/** Numbers crop files in the order they are taken. */
let cropCount = 0;

/**
 * A screenshot crop of the element `ref` points at, saved under
 * `<outDir>/crops/`; returns its path relative to `outDir`, or null (no
 * output folder, or the element is not drawn).
 * @param {Page} page
 * @param {{ id: number } | null | undefined} ref
 * @param {string | null} outDir
 * @param {string} itemId
 */
export async function crop(page, ref, outDir, itemId) {
  if (!outDir || !ref) return null;
  try {
    /** @type {{ x: number, y: number, width: number, height: number } | null} */
    const box = await probe(page, 'boxOf', ref.id);
    const viewport = page.viewportSize();
    if (!box || !viewport) return null;
    const x = Math.max(0, Math.floor(box.x - 8));
    const y = Math.max(0, Math.floor(box.y - 8));
    const width = Math.min(viewport.width - x, Math.ceil(box.width + 16), 900);
    const height = Math.min(viewport.height - y, Math.ceil(box.height + 16), 500);
    if (width < 4 || height < 4) return null;
    cropCount += 1;
    const file = `crops/${String(cropCount).padStart(3, '0')}-${itemId}.png`;
    await mkdir(join(outDir, 'crops'), { recursive: true });
    await writeFile(join(outDir, file), await page.screenshot({ clip: { x, y, width, height }, caret: 'hide' }));
    return file;
  } catch {
    return null;
  }
}

/**
 * Evidence for up to `max` elements: each with its crop and measured value.
 * @param {Page} page
 * @param {string | null} outDir
 * @param {string} itemId
 * @param {{ id: number, label: string }[]} refs
 * @param {(ref: any) => Text} value
 * @param {number} [max]
 * @returns {Promise<Evidence[]>}
 */
export async function evidenceFor(page, outDir, itemId, refs, value, max = 3) {
  const out = [];
  for (const [index, ref] of refs.entries()) {
    out.push({ element: ref.label, value: value(ref), crop: index < max ? await crop(page, ref, outDir, itemId) : null });
  }
  return out;
}
