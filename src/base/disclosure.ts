import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GovRevealEvent, GovToggleEvent } from './events.js';
import { shared } from './shared.js';

/**
 * Disclosures (button with `aria-expanded` + `aria-controls` and the region it
 * shows) for site navigation, with the behaviour the kit promises everywhere:
 * Escape closes and returns focus to the button, focus leaving or a click
 * outside closes (for pop-up disclosures), and only one disclosure is open at a
 * time across the page, even when the kit is loaded twice.
 */

type Closer = () => void;

function openStack(): Closer[] {
  return shared<Closer[]>('open-disclosures', () => []);
}

/**
 * Records `close` as the open disclosure and closes every other one, except
 * `parent` (a disclosure that contains this one, such as the mobile menu).
 */
export function claimOpen(close: Closer, parent?: Closer): void {
  const stack = openStack();
  const keep = parent ? stack.indexOf(parent) + 1 : 0;
  const others = stack.splice(keep).filter((other) => other !== close);
  stack.push(close);
  for (const other of others.reverse()) other();
}

/** Forgets `close` and closes the disclosures opened inside it. */
export function releaseOpen(close: Closer): void {
  const stack = openStack();
  const index = stack.indexOf(close);
  if (index < 0) return;
  const nested = stack.splice(index).slice(1);
  for (const other of nested.reverse()) other();
}

export interface DisclosureOptions {
  /** The element holding both the button and the panel; focus or clicks outside it close a pop-up disclosure. */
  container: () => HTMLElement | null | undefined;
  /** The button, which gets focus back on Escape; by default the container's child button. */
  button?: () => HTMLElement | null | undefined;
  /** Pop-ups close on focus-out and outside clicks; in-flow groups (related sites) do not. */
  popup?: boolean;
  /** The disclosure this one sits in, which stays open when this one opens. */
  parent?: () => DisclosureController | undefined;
}

/** One disclosure's state and behaviour; the host renders from `open`. */
export class DisclosureController implements ReactiveController {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DisclosureOptions,
  ) {
    host.addController(this);
  }

  /** Closes without moving focus; the one-open registry calls this. */
  readonly close: Closer = () => this.hide(false);

  /** A control inside the closed panel asks to be shown (GovRevealEvent): the disclosure opens for it. */
  private readonly onReveal = (event: Event): void => {
    const container = this.options.container();
    if (!this.open && container && event.composedPath().includes(container)) this.show();
  };

  hostConnected(): void {
    this.host.addEventListener(GovRevealEvent.type, this.onReveal);
  }

  private readonly onDocumentClick = (event: Event): void => {
    const container = this.options.container();
    if (container && !event.composedPath().includes(container)) this.hide(false);
  };

  /** Sets the state without claiming (for an initial state such as "open on the sample page"). */
  setInitial(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.open) this.hide(false);
    else this.show();
  }

  show(): void {
    if (this.open) return;
    this.open = true;
    claimOpen(this.close, this.options.parent?.()?.close);
    if (this.options.popup) document.addEventListener('click', this.onDocumentClick, true);
    this.host.requestUpdate();
    this.host.dispatchEvent(new GovToggleEvent(true));
  }

  hide(focusButton: boolean): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('click', this.onDocumentClick, true);
    releaseOpen(this.close);
    this.host.requestUpdate();
    this.host.dispatchEvent(new GovToggleEvent(false));
    if (focusButton) (this.options.button?.() ?? this.options.container()?.querySelector<HTMLElement>(':scope > button'))?.focus();
  }

  /** Keydown handler for the container: Escape closes and returns focus to the button. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.hide(true);
    }
  };

  /** Focusout handler for the container: a pop-up closes once focus has moved outside it. */
  readonly onFocusout = (event: FocusEvent): void => {
    if (!this.options.popup || !this.open) return;
    const next = event.relatedTarget as Node | null;
    const container = this.options.container();
    // No related target means focus left the window or went to nothing: the outside-click handler decides.
    if (next && container && !container.contains(next)) this.hide(false);
  };

  hostDisconnected(): void {
    this.host.removeEventListener(GovRevealEvent.type, this.onReveal);
    document.removeEventListener('click', this.onDocumentClick, true);
    if (this.open) {
      this.open = false;
      releaseOpen(this.close);
    }
  }
}
