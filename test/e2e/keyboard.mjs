// Keyboard-only helpers for the end-to-end tests. The measurements live with
// the audit (audit/measure/focus.mjs), which checks any page the same way;
// on the demo a Tab walk wraps round once it has passed the skip link.
import { tabWalk as walk } from '../../audit/measure/focus.mjs';

export { focusState, indicatorContrast, describeIndicator } from '../../audit/measure/focus.mjs';

/** A Tab walk of the demo: `start` defaults to the skip link, its first control. */
export function tabWalk(page, options = {}) {
  return walk(page, { start: /^gov-skip-link › /, ...options });
}
