/**
 * Typed events of gov-portal-kit. Each one bubbles and crosses shadow roots, so
 * a host page can listen on `document`.
 */

/** Fired by a disclosure (menu, group, popover) when it opens or closes. */
export class GovToggleEvent extends Event {
  static readonly type = 'gov-toggle';
  constructor(readonly open: boolean) {
    super(GovToggleEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-toggle': GovToggleEvent;
  }
}
