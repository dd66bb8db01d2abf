import { html, nothing } from 'lit/html.js';
import type { PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { GovToolbarCloseEvent } from '../../base/events.js';
import { RovingFocusController } from '../../base/roving-focus.js';
import { ShortcutController } from '../../base/shortcuts.js';
import { PreferencesController } from '../../preferences/controller.js';
import type { PreferencesChangeEvent } from '../../preferences/store.js';
import { onVoicesChanged, PointReader, readableBlocks, Speaker, speechSupport, type SpeechSupport } from '../../aids/speech.js';
import { closeDialog } from '../../base/focus.js';
import { adoptAidStyles } from '../../aids/aids.styles.js';
import { aids, elderOrder, keyName, off, on, standardOrder, tools, type Tool, type ToolContext, type ToolId } from './tools.js';
import { jumpToRegion } from './regions.js';
import { css } from './gov-a11y-toolbar.styles.js';

/** The toolbar's name, 无障碍工具条; also announced as it opens and closes. */
export const toolbarLabel = (): string => msg('无障碍工具条', { desc: 'Accessible name of the accessibility toolbar' });

/** Alt+Shift+A, which opens the toolbar (src/components/gov-a11y-toggle/loader.ts listens for it). */
const openKey = 'KeyA';

/**
 * The accessibility toolbar 无障碍工具条: a `role="toolbar"` with arrow-key
 * focus whose buttons are the tools of tools.ts (speech, colour scheme, text
 * zoom, large cursor, guide lines, caption bar, text-only view, reset, help,
 * exit), each with its Alt+Shift shortcut. It shows while the preferences say
 * it is open, sits in the page flow at the top of the body (it pushes the
 * layout down and never covers content), announces its opening and closing,
 * and gives focus back to what opened it when it closes with focus inside.
 * Loaded on first open by `gov-a11y-toggle` (loader.ts); the aids it runs
 * live in src/aids/. It keeps a shadow root: it shares no markup with the
 * page, and its look loads with it.
 *
 * @summary Accessibility toolbar (无障碍工具条).
 * @csspart toolbar - The toolbar.
 * @csspart help - The help dialog.
 * @cssprop --gov-cursor-pointer - The pointer cursor (大鼠标 swaps it for a large one).
 */
export class GovA11yToolbar extends GovElement {
  /** True: no page publishes the toolbar, so its look loads with it in a shadow root, out of reach of a template's resets. */
  static override shadow = true;
  static override styles = css;
  static override properties: PropertyDeclarations = {
    support: { state: true },
  };

  private readonly preferences = new PreferencesController(this, [
    'toolbarOpen', 'elder', 'scheme', 'zoom', 'largeCursor', 'readingGuide', 'captionBar', 'textOnly',
    'speech', 'speechMode', 'speechRate', 'locale', 'system',
  ]);

  private readonly roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="toolbar"] > button')],
    roving: true,
    wrap: true,
  });

  private support: SpeechSupport = speechSupport(this.speechLanguages());

  // The buttons 暂停/继续 and 停止 follow the state of 连读.
  private readonly speaker = new Speaker(
    () => this.requestUpdate(),
    (lang) => announce(this.noVoiceNotice(lang)),
  );
  private readonly pointer = new PointReader(this.speaker);
  private cleanups: (() => void)[] = [];

  /** The tools' view of the page now, and what the tools act on. */
  private context(): ToolContext {
    return {
      values: this.preferences.values,
      speech: this.support,
      reading: this.speaker.state,
      forcedColors: this.preferences.store.system.forcedColors,
      set: (patch) => this.preferences.set(patch),
      reset: () => this.preferences.store.reset(),
      readMain: () => this.readMain(),
      pauseOrResume: () => (this.speaker.state === 'paused' ? this.speaker.resume() : this.speaker.pause()),
      stopReading: () => this.speaker.stop(),
      openHelp: () => this.renderRoot.querySelector('dialog')?.showModal(),
    };
  }

  constructor() {
    super();
    new ShortcutController(this, (code) => this.onShortcut(code));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptAidStyles();
    this.pointer.start();
    const stopSpeech = (): void => this.speaker.stop();
    window.addEventListener('pagehide', stopSpeech);
    const unsubscribe = this.preferences.store.subscribe((event) => this.onPreferences(event));
    const stopVoices = onVoicesChanged(() => {
      this.support = speechSupport(this.speechLanguages());
      this.speaker.forgetUnvoiced();
      this.syncAids();
    });
    this.cleanups = [() => window.removeEventListener('pagehide', stopSpeech), unsubscribe, stopVoices];
    this.syncAids();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    this.pointer.stop();
    this.speaker.stop();
    for (const [, , stop] of aids) stop();
  }

  /** Moves focus to the toolbar's first button. */
  focusFirst(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('[role="toolbar"] > button');
    if (first) this.roving.focusFirst(first);
  }

  /** Alt+Shift+letter for each tool and Alt+Shift+1…6 for the page's regions, while the toolbar is open. */
  private onShortcut(code: string): boolean {
    if (!this.preferences.values.toolbarOpen) return false;
    const region = /^Digit([1-6])$/.exec(code);
    if (region) return jumpToRegion(Number(region[1]) - 1);
    const id = this.order().find((candidate) => tools[candidate].key === code);
    if (id) this.run(id);
    return Boolean(id);
  }

  private onPreferences(event: PreferencesChangeEvent): void {
    this.support = speechSupport(this.speechLanguages());
    this.syncAids();
    if (!event.changed.has('toolbarOpen')) return;
    const open = this.preferences.values.toolbarOpen;
    announce(open ? on(toolbarLabel()) : off(toolbarLabel()));
    // Closed while it held focus (退出, Alt+Shift+Q): what opened it takes focus back.
    if (!open && this.matches(':focus-within')) document.dispatchEvent(new GovToolbarCloseEvent());
  }

  /** Starts or stops every aid to match the preferences. */
  private syncAids(): void {
    const values = this.preferences.values;
    for (const [preference, start, stop] of aids) (values[preference] ? start : stop)();
    const speech = values.speech && this.support === 'ok';
    this.speaker.rate = values.speechRate;
    const pointing = speech && values.speechMode === 'point';
    if (pointing && !this.pointer.reading) this.speaker.forgetUnvoiced();
    this.pointer.reading = pointing;
    if ((!speech || values.speechMode !== 'continuous') && this.speaker.state !== 'idle') this.speaker.stop();
  }

  /** The languages the page is read in: its content's and the kit's strings'. Speech is usable when one of them has a voice. */
  private speechLanguages(): string[] {
    return [document.documentElement.lang || 'zh-CN', this.uiLang];
  }

  /** Said once per reading for a language without a voice, whose text is skipped. */
  private noVoiceNotice(lang: string): string {
    let language = lang;
    try {
      language = new Intl.DisplayNames([this.uiLang], { type: 'language' }).of(lang) ?? lang;
    } catch {
      // A tag the browser cannot name is shown as it is.
    }
    return msg(str`没有${language}的语音,已跳过这部分内容`, { desc: 'Announcement when speech skips text in a language that has no voice; the value is the language name' });
  }

  private order(): ToolId[] {
    return this.preferences.values.elder ? elderOrder : standardOrder;
  }

  override render() {
    if (!this.preferences.values.toolbarOpen) return nothing;
    const order = this.order();
    const context = this.context();
    const label = toolbarLabel();
    const speechNote =
      this.support === 'no-api'
        ? msg('此浏览器不支持朗读,声音不可用。', { desc: 'Toolbar note when the browser has no Web Speech API' })
        : this.support === 'no-voice'
          ? msg('此浏览器没有本页语言的语音,声音不可用。', { desc: 'Toolbar note when no speech voice exists for the page language' })
          : '';
    const forced = context.forcedColors;
    const regions = [
      msg('主导航', { desc: 'Accessible name of the main navigation landmark' }),
      msg('正文', { desc: 'Region the shortcut Alt+Shift+2 jumps to: main content' }),
      msg('搜索', { desc: 'Submit button of the site search in the header' }),
      msg('当前位置', { desc: 'Accessible name of the breadcrumb navigation landmark' }),
      msg('相关网站', { desc: 'Heading of the related websites section near the footer' }),
      msg('页脚', { desc: 'Region the shortcut Alt+Shift+6 jumps to: footer' }),
    ];
    return html`<div class="wrap" lang=${this.uiLang}><div class="bar">
        <div part="toolbar" role="toolbar" aria-label=${label} @keydown=${this.roving.onKeydown} @focusin=${this.roving.onFocusin}>
          ${order.map((id, index) => {
            const tool: Tool = tools[id];
            const unavailable = tool.unavailable?.(context);
            return html`<button
              type="button"
              data-id=${id}
              tabindex=${this.roving.tabIndex(index, order.length)}
              aria-pressed=${ifDefined(tool.pressed?.(context))}
              aria-disabled=${ifDefined(unavailable && 'true')}
              aria-describedby=${ifDefined(typeof unavailable === 'string' ? unavailable : undefined)}
              aria-keyshortcuts=${keyName(tool.key)}
              @click=${() => this.run(id)}
            >${tool.label?.(context) ?? tool.name()}</button>`;
          })}
        </div>
        ${speechNote ? html`<p class="note" id="speech-note">${speechNote}</p>` : nothing}
        ${forced
          ? html`<p class="note" id="scheme-note">${msg('系统已启用强制颜色,配色不可用。', { desc: 'Toolbar note: the OS forced-colours mode overrides the colour schemes' })}</p>`
          : nothing}
      </div></div>
      <dialog part="help" lang=${this.uiLang} aria-labelledby="help-title" @close=${this.onHelpClose}>
        <h2 id="help-title">${msg('无障碍浏览帮助', { desc: 'Title of the accessibility toolbar help dialog' })}</h2>
        <button class="close" type="button" @click=${closeDialog}>${msg('关闭', { id: 'share-dialog-close', desc: 'Button that closes a dialog' })}</button>
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('功能', { desc: 'Help dialog column header: function' })}</th>
              <th scope="col">${msg('快捷键', { desc: 'Help dialog column header: keyboard shortcut' })}</th>
            </tr>
          </thead>
          <tbody>
            <tr><td>${label}</td><td><kbd>${keyName(openKey)}</kbd></td></tr>
            ${standardOrder.map((id) => html`<tr><td>${tools[id].name()}</td><td><kbd>${keyName(tools[id].key)}</kbd></td></tr>`)}
            ${regions.map(
              (region, index) => html`<tr><td>${msg(str`跳到${region}`, { desc: 'Help dialog row: jump to a page region' })}</td><td><kbd>${keyName(`Digit${index + 1}`)}</kbd></td></tr>`,
            )}
          </tbody>
        </table>
        <p>${msg('在输入框中输入文字时,快捷键不起作用。', { desc: 'Help dialog: shortcuts do not fire while typing in a form field' })}</p>
      </dialog>`;
  }

  /** Runs a tool; one that cannot run now says why instead. */
  private run(id: ToolId): void {
    const tool: Tool = tools[id];
    const context = this.context();
    const unavailable = tool.unavailable?.(context);
    if (unavailable) {
      const note = typeof unavailable === 'string' ? this.renderRoot.querySelector(`#${unavailable}`)?.textContent : '';
      if (note) announce(note);
      return;
    }
    const said = tool.run(context);
    if (said) announce(said);
  }

  /** 连读: reads the main content from the focused point, or from the start. */
  private readMain(): void {
    const main = document.querySelector('main') ?? document.body;
    const blocks = readableBlocks(main);
    const from = this.pointer.lastFocused;
    // From the first block at or after the focused point (none: from the start, as read() takes -1).
    this.speaker.read(
      blocks,
      from && main.contains(from) && from !== main
        ? blocks.findIndex((block) => block === from || block.contains(from) || (from.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
        : 0,
    );
  }

  /**
   * The browser returns focus to where it was before 帮助 opened; 帮助 takes it only when it was lost.
   * The close event comes a task after the dialog closed, so a Tab pressed meanwhile must not be undone.
   */
  private readonly onHelpClose = (): void => {
    if (document.activeElement && document.activeElement !== document.body) return;
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-id="help"]')?.focus();
  };
}
