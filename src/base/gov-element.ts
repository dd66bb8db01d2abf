import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';

/**
 * Base class of every gov-portal-kit element: re-renders when the locale
 * changes, dispatches typed events, and defines itself safely.
 */
export class GovElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * Defines the element under `tag` unless that name is already taken, so a
   * page that loads the kit twice gets no "already defined" error.
   * Returns true when this call defined the element.
   */
  static define(tag: string): boolean {
    if (customElements.get(tag)) return false;
    customElements.define(tag, this);
    return true;
  }

  /** Dispatches a typed event (see `src/base/events.ts`) and returns whether it was not cancelled. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
