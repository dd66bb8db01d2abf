/**
 * 十字线: a horizontal and a vertical guide line that follow the pointer and
 * the focused element. The lines are fixed, never intercept clicks
 * (pointer-events: none in themes/aids.css) and are hidden from assistive
 * technology. Positions go through custom properties set in the CSSOM, which
 * a strict style-src policy allows.
 */
import { eventElement } from './text.js';

let lines: HTMLElement | undefined;

function moveTo(x: number, y: number): void {
  lines?.style.setProperty('--gov-guide-x', `${Math.round(x)}px`);
  lines?.style.setProperty('--gov-guide-y', `${Math.round(y)}px`);
}

const onPointer = (event: PointerEvent): void => moveTo(event.clientX, event.clientY);

const onFocus = (event: FocusEvent): void => {
  const target = eventElement(event);
  if (!target || target.closest('[data-gov-aid]')) return;
  const box = target.getBoundingClientRect();
  moveTo(box.left + box.width / 2, box.bottom);
};

export function startGuide(): void {
  if (lines) return;
  lines = document.createElement('div');
  lines.dataset['govAid'] = 'guide';
  lines.setAttribute('aria-hidden', 'true');
  for (const name of ['gov-guide-h', 'gov-guide-v']) {
    const line = document.createElement('div');
    line.className = name;
    lines.append(line);
  }
  moveTo(-10, -10);
  document.body.append(lines);
  document.addEventListener('pointermove', onPointer, { passive: true });
  document.addEventListener('focusin', onFocus);
}

export function stopGuide(): void {
  lines?.remove();
  lines = undefined;
  document.removeEventListener('pointermove', onPointer);
  document.removeEventListener('focusin', onFocus);
}
