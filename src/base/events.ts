/**
 * Typed events of gov-portal-kit. Each one bubbles and is composed (it leaves
 * the toolbar's shadow root too), so a host page can listen on `document`.
 */

/** Fired by a disclosure (menu, group, popover) when it opens or closes. */
export class GovToggleEvent extends Event {
  static readonly type = 'gov-toggle';
  constructor(readonly open: boolean) {
    super(GovToggleEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired on the document by the accessibility toolbar when it closes while it
 * holds focus: the control that opened it (无障碍) takes focus back and
 * cancels the event to say so.
 */
export class GovToolbarCloseEvent extends Event {
  static readonly type = 'gov-toolbar-close';
  constructor() {
    super(GovToolbarCloseEvent.type, { cancelable: true });
  }
}

/**
 * Fired by a control that must become visible to take focus while it sits in
 * a closed disclosure (无障碍 folded into the top bar's 更多, say): the
 * disclosure that contains it opens.
 */
export class GovRevealEvent extends Event {
  static readonly type = 'gov-reveal';
  constructor() {
    super(GovRevealEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-toggle': GovToggleEvent;
    'gov-toolbar-close': GovToolbarCloseEvent;
    'gov-reveal': GovRevealEvent;
  }
}
