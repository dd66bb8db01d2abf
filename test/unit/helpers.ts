/**
 * The test rig every component test uses: fixtures, keyboard input, axe with
 * the WCAG 2.2 AA rule set, and a check that focus is visible.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

export { fixture, html, expect, elementUpdated, oneEvent, nextFrame, waitUntil, aTimeout } from '@open-wc/testing';
import { executeServerCommand, setViewport as setPageViewport } from '@web/test-runner-commands';
export { sendKeys, emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';

/** Sets the viewport; in WebKit's WebDriver, which has no viewport command, resizes the window to match. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (!(await executeServerCommand<boolean, typeof size>('gov-set-viewport', size))) await setPageViewport(size);
}

/**
 * Sets a narrow viewport (a phone's, a tablet's), or skips the test where the browser window cannot
 * be that narrow: WebKitGTK's MiniBrowser stops at 447 px here and loses the
 * keyboard focus when asked for less, so a narrow-screen test there would
 * measure another layout. Chromium and Firefox run it, and the e2e suite at
 * 375 and 320 px.
 */
export async function setNarrowViewport(test: Mocha.Context, size: { width: number; height: number }): Promise<void> {
  await setViewport(size);
  if (innerWidth === size.width) return;
  // Only WebKit's MiniBrowser may stay wider than asked (its 447 px minimum): the narrow layout cannot be tested there.
  // Anywhere else the test must not pass by skipping.
  const miniBrowser = /AppleWebKit/.test(navigator.userAgent) && !/Chrom(e|ium)/.test(navigator.userAgent);
  if (!miniBrowser) throw new Error(`The viewport is ${innerWidth} px wide, not ${size.width} px.`);
  test.skip();
}

/** Presses a key with modifiers held (Alt+Shift+KeyA), in every engine the tests run in. */
export async function pressChord(modifiers: ('Alt' | 'Shift' | 'Control')[], code: string): Promise<void> {
  await executeServerCommand('gov-key-chord', { modifiers, code });
}

declare global {
  interface Window {
    // axe-core is a UMD script; importing it defines this global.
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on `context` with the WCAG 2.2 AA tags and fails on any violation, listing them. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const results = await window.axe.run(context, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  const report = results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  expect(results.violations, report).to.have.length(0);
}

/** The element that really has focus, looking through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

/**
 * Fails unless the focused element shows a focus indicator: an outline of at
 * least 2 px or a box shadow, which the kit's focus ring draws.
 */
export function expectVisibleFocus(): void {
  const focused = deepActiveElement();
  expect(focused, 'an element has focus').to.exist;
  const style = getComputedStyle(focused!);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  expect(outline || shadow, `focus indicator on <${focused!.localName}> (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`).to.be.true;
}

/** The first element matching `selector` in `host`'s shadow root, or in its light DOM when it renders there; throws when there is none. */
export function shadowQuery<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = (host.shadowRoot ?? host).querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector} in its ${host.shadowRoot ? 'shadow root' : 'light DOM'}`);
  return found;
}
