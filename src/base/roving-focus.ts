import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items of the group in order; given the element the key was pressed on (a column of links, say). */
  items: (from: HTMLElement) => HTMLElement[];
  /**
   * Roving tabindex: the group is one Tab stop, the item last focused (the
   * first at start) takes it (a toolbar, the language choices). Without it
   * every item keeps its own Tab stop and the arrows are a shortcut (the
   * columns of the department menu).
   */
  roving?: boolean;
  /** Which arrows move: ← → for a row, ↑ ↓ for a column; both by default. */
  orientation?: 'horizontal' | 'vertical' | 'both';
  /** Whether the arrows wrap round at the ends. */
  wrap?: boolean;
}

/**
 * Arrow-key focus in a group of controls (WAI-ARIA APG: toolbar, radio-like
 * groups): the arrow keys move to the previous and next item, Home and End to
 * the first and last. With roving tabindex the host renders `tabIndex(i)` on
 * each item, and the group keeps one Tab stop.
 */
export class RovingFocusController implements ReactiveController {
  private current = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The tabindex of item `index` of `count`: 0 for the item that takes Tab, -1 for the others. */
  tabIndex(index: number, count: number): 0 | -1 {
    return index === Math.min(this.current, count - 1) ? 0 : -1;
  }

  /** Moves focus to the first item (it takes Tab from now on). */
  focusFirst(from: HTMLElement): void {
    this.move(this.options.items(from), 0);
  }

  /** Focusin handler for the group: the focused item takes Tab from now on. */
  readonly onFocusin = (event: FocusEvent): void => {
    if (!this.options.roving) return;
    const target = event.composedPath()[0] as HTMLElement;
    const index = this.options.items(target).indexOf(target);
    if (index >= 0 && index !== this.current) {
      this.current = index;
      this.host.requestUpdate();
    }
  };

  /** Keydown handler for the group. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = event.composedPath()[0] as HTMLElement;
    const items = this.options.items(from);
    const index = items.indexOf(from);
    if (index < 0) return;
    const { orientation = 'both', wrap = false } = this.options;
    const back = (orientation !== 'vertical' && event.key === 'ArrowLeft') || (orientation !== 'horizontal' && event.key === 'ArrowUp');
    const forward = (orientation !== 'vertical' && event.key === 'ArrowRight') || (orientation !== 'horizontal' && event.key === 'ArrowDown');
    const last = items.length - 1;
    let next = event.key === 'Home' ? 0 : event.key === 'End' ? last : back ? index - 1 : forward ? index + 1 : -2;
    if (next === -2) return;
    if (wrap) next = (next + items.length) % items.length;
    if (next < 0 || next > last) return;
    event.preventDefault();
    this.move(items, next);
  };

  private move(items: HTMLElement[], index: number): void {
    if (this.options.roving && index !== this.current) {
      this.current = index;
      this.host.requestUpdate();
    }
    items[index]?.focus();
  }
}
