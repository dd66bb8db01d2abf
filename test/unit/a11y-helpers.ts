/** Shared set-up of the accessibility toolbar tests: open it, find its buttons by name, fake speech. */
import { pagePreferences } from '../../src/preferences/store.js';
import { setLocale } from '../../src/i18n/localization.js';
import type { GovA11yToggle } from '../../src/components/gov-a11y-toggle/gov-a11y-toggle.js';
import type { GovA11yToolbar } from '../../src/components/gov-a11y-toolbar/gov-a11y-toolbar.js';
import '../../src/index.js';
import { fixture, html, shadowQuery, waitUntil } from './helpers.js';

export const toolbarElement = (): GovA11yToolbar | null => document.querySelector('gov-a11y-toolbar');

/** The toolbar's `role="toolbar"` element (throws when the toolbar is closed). */
export const toolbarRole = (): HTMLElement => shadowQuery(toolbarElement()!, '[role="toolbar"]');

/** The toolbar buttons in order. */
export const toolbarButtons = (): HTMLButtonElement[] => [...toolbarRole().querySelectorAll<HTMLButtonElement>('button')];

/** The toolbar button whose accessible name (its text) is `name`, or starts with `name:` for 配色 and 语速. */
export function toolbarButton(name: string): HTMLButtonElement {
  const found = toolbarButtons().find((b) => b.textContent!.trim() === name || b.textContent!.trim().startsWith(`${name}:`));
  if (!found) throw new Error(`no toolbar button named ${name}: ${toolbarButtons().map((b) => b.textContent!.trim()).join(', ')}`);
  return found;
}

/** Puts "无障碍" on the page and returns it with its button. */
export async function toggleFixture(): Promise<{ toggle: GovA11yToggle; button: HTMLButtonElement }> {
  const toggle = await fixture<GovA11yToggle>(html`<gov-a11y-toggle></gov-a11y-toggle>`);
  return { toggle, button: shadowQuery<HTMLButtonElement>(toggle, 'button') };
}

/** Opens the toolbar with "无障碍" and waits until its first button has focus. */
export async function openWithButton(): Promise<{ toggle: GovA11yToggle; button: HTMLButtonElement; toolbar: GovA11yToolbar }> {
  const { toggle, button } = await toggleFixture();
  button.click();
  await waitUntil(() => toolbarElement()?.shadowRoot?.querySelector('[role="toolbar"]'), 'the toolbar renders', { timeout: 5000 });
  const toolbar = toolbarElement()!;
  await toolbar.updateComplete;
  await waitUntil(() => toolbar.shadowRoot!.activeElement === toolbarButtons()[0], 'focus moves to the first button');
  return { toggle, button, toolbar };
}

/** Waits for the toolbar to re-render after a change. */
export async function settle(): Promise<void> {
  await toolbarElement()?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Everything back to how a page starts. */
export async function cleanUp(): Promise<void> {
  pagePreferences().reset();
  await settle();
  toolbarElement()?.remove();
  await setLocale('zh-Hans');
}

export interface Spoken {
  text: string;
  lang: string;
  rate: number;
}

/**
 * A stand-in for window.speechSynthesis that records every utterance with
 * its language and rate, and ends each one on the next task (or when told to).
 */
export class FakeSpeech extends EventTarget {
  spoken: Spoken[] = [];
  calls: string[] = [];
  paused = false;
  autoEnd = true;
  voices: { lang: string; name: string; default: boolean; localService: boolean; voiceURI: string }[] = [
    { lang: 'zh-CN', name: 'Fake Chinese', default: true, localService: true, voiceURI: 'fake-zh' },
  ];
  private pending: SpeechSynthesisUtterance[] = [];

  get speaking(): boolean {
    return this.pending.length > 0;
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices as unknown as SpeechSynthesisVoice[];
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    // The fake's voices are plain objects, which utterance.voice refuses: the tag says which voice was chosen.
    this.spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate });
    this.pending.push(utterance);
    if (this.autoEnd) setTimeout(() => this.finish(), 0);
  }

  /** Ends the utterance being spoken, as the browser does when it has read it. */
  finish(): void {
    this.pending.shift()?.dispatchEvent(new Event('end'));
  }

  cancel(): void {
    this.calls.push('cancel');
    this.pending = [];
  }

  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }

  resume(): void {
    this.calls.push('resume');
    this.paused = false;
  }

  /** Installs this fake as window.speechSynthesis; returns a function that restores the browser's. */
  install(): () => void {
    return replaceSpeech(this);
  }
}

/** Replaces window.speechSynthesis (undefined: a browser without the API); returns a function that restores it. */
export function replaceSpeech(value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(window, 'speechSynthesis', own);
    else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  };
}
