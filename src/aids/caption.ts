/**
 * 大字幕: a bar fixed at the bottom of the window that shows the text under
 * the pointer or focus in large type (themes/aids.css sizes it at 40 px or
 * more and reserves its height at the bottom of the page). It repeats what
 * is on screen, so it is hidden from assistive technology.
 */
import { eventElement, textOf } from './text.js';

let bar: HTMLElement | undefined;

function show(target: Element | null): void {
  const text = textOf(target);
  if (bar && text) bar.textContent = text;
}

const onEvent = (event: Event): void => show(eventElement(event));

export function startCaption(): void {
  if (bar) return;
  bar = document.createElement('div');
  bar.dataset['govAid'] = 'caption';
  bar.setAttribute('aria-hidden', 'true');
  document.body.append(bar);
  document.addEventListener('pointerover', onEvent, { passive: true });
  document.addEventListener('focusin', onEvent);
}

export function stopCaption(): void {
  bar?.remove();
  bar = undefined;
  document.removeEventListener('pointerover', onEvent);
  document.removeEventListener('focusin', onEvent);
}

