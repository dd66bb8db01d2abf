import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Preferences } from './schema.js';
import { pagePreferences, type PreferencesStore, type PreferencesChangeEvent } from './store.js';

/**
 * Lets a component read the preferences store and ask for changes. The host
 * re-renders only when one of the preferences it `watches` changes, so a mode
 * switch costs a style recalculation, not a re-render of every component.
 */
export class PreferencesController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly watches: readonly (keyof Preferences | 'system')[],
    readonly store: PreferencesStore = pagePreferences(),
  ) {
    host.addController(this);
  }

  get values(): Readonly<Preferences> {
    return this.store.values;
  }

  set(patch: Partial<Preferences>): void {
    this.store.set(patch);
  }

  hostConnected(): void {
    this.unsubscribe = this.store.subscribe((event: PreferencesChangeEvent) => {
      if (this.watches.some((key) => event.changed.has(key))) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
