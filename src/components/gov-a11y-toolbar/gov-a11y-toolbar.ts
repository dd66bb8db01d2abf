import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { GovElement } from '../../base/gov-element.js';
import { announce } from '../../base/announcer.js';
import { PreferencesController } from '../../preferences/controller.js';
import { schemes, speechRates, zoomMax, zoomMin, zoomStep, type Preferences, type Scheme, type SpeechRate } from '../../preferences/schema.js';
import { isChord, isTyping } from '../gov-a11y-toggle/loader.js';
import { startGuide, stopGuide } from '../../aids/guide.js';
import { startCaption, stopCaption } from '../../aids/caption.js';
import { startTextOnly, stopTextOnly } from '../../aids/text-only.js';
import { onVoicesChanged, PointReader, readableBlocks, Speaker, speechSupport, type SpeechSupport } from '../../aids/speech.js';
import { jumpToRegion } from './regions.js';
import { closeDialog } from '../../base/focus.js';
import { adoptAidStyles } from '../../aids/aids.styles.js';
import { styles } from './gov-a11y-toolbar.styles.js';

type ItemId =
  | 'speech' | 'point' | 'continuous' | 'rate' | 'pause' | 'stop'
  | 'scheme' | 'zoomIn' | 'zoomOut' | 'cursor' | 'guide' | 'caption' | 'textOnly'
  | 'reset' | 'help' | 'exit';

interface Item {
  id: ItemId;
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  note?: 'speech-note' | 'scheme-note';
}

/** Alt+Shift+letter of each function (event.code), in the toolbar's standard order. See docs/adr/0004-toolbar-shortcuts.md. */
export const shortcuts: Readonly<Record<ItemId, string>> = {
  speech: 'KeyV',
  point: 'KeyP',
  continuous: 'KeyL',
  rate: 'KeyR',
  pause: 'KeyK',
  stop: 'KeyS',
  scheme: 'KeyC',
  zoomIn: 'KeyZ',
  zoomOut: 'KeyX',
  cursor: 'KeyM',
  guide: 'KeyG',
  caption: 'KeyU',
  textOnly: 'KeyW',
  reset: 'KeyN',
  help: 'KeyH',
  exit: 'KeyQ',
};

const standardOrder = Object.keys(shortcuts) as ItemId[];
/** Elder mode puts its subset first: 大鼠标, 配色, 声音/指读/连读, 大字幕, 退出. */
const elderFirst: ItemId[] = ['cursor', 'scheme', 'speech', 'point', 'continuous', 'caption', 'exit'];
const elderOrder = [...elderFirst, ...standardOrder.filter((id) => !elderFirst.includes(id))];

/** The aids 退出 turns off, with their defaults. */
const aidsOff: Partial<Preferences> = {
  toolbarOpen: false,
  speech: false,
  speechMode: 'point',
  scheme: 'default',
  zoom: 100,
  largeCursor: false,
  readingGuide: false,
  captionBar: false,
  textOnly: false,
};

/** The toolbar's name, 无障碍工具条; also announced as it opens and closes. */
export const toolbarLabel = (): string => msg('无障碍工具条', { desc: 'Accessible name of the accessibility toolbar' });

const keyName = (code: string): string => `Alt+Shift+${code.replace(/^(Key|Digit)/, '')}`;

/** The first rendered element named `tag`, looking into open shadow roots (the top bar renders 无障碍 in its own). */
function findRendered(root: Document | ShadowRoot, tag: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName === tag && el.getClientRects().length > 0) return el;
    if (el.shadowRoot) {
      const inner = findRendered(el.shadowRoot, tag);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * The accessibility toolbar 无障碍工具条: a `role="toolbar"` with arrow-key
 * focus whose buttons set the visitor's preferences (speech, colour scheme,
 * text zoom, large cursor, guide lines, caption bar, text-only view), reset
 * them, explain the shortcuts and close. It sits in the page flow at the top
 * of the body, so it pushes the layout down and never covers content. Loaded
 * on first open by `gov-a11y-toggle` (see loader.ts); every aid it runs lives
 * in src/aids/.
 *
 * @summary Accessibility toolbar (无障碍工具条).
 * @csspart toolbar - The toolbar.
 * @csspart help - The help dialog.
 * @cssprop --gov-cursor-pointer - The pointer cursor (大鼠标 swaps it for a large one).
 */
export class GovA11yToolbar extends GovElement {
  static override styles = styles;

  private readonly preferences = new PreferencesController(this, [
    'toolbarOpen', 'elder', 'scheme', 'zoom', 'largeCursor', 'readingGuide', 'captionBar', 'textOnly',
    'speech', 'speechMode', 'speechRate', 'locale', 'system',
  ]);

  /** Index of the button that takes Tab focus (roving tabindex). */
  @state() private active = 0;
  @state() private support: SpeechSupport = speechSupport();
  @state() private speaking: Speaker['state'] = 'idle';

  private readonly speaker = new Speaker();
  private readonly pointer = new PointReader(this.speaker);
  private cleanups: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    adoptAidStyles();
    this.speaker.onState = () => {
      this.speaking = this.speaker.state;
    };
    this.pointer.start();
    const stopSpeech = (): void => this.speaker.stop();
    const onVoices = (): void => {
      this.support = speechSupport();
      this.syncAids();
    };
    window.addEventListener('pagehide', stopSpeech);
    document.addEventListener('keydown', this.onShortcut);
    const unsubscribe = this.preferences.store.subscribe(() => {
      this.support = speechSupport();
      this.syncAids();
    });
    const stopVoices = onVoicesChanged(onVoices);
    this.cleanups = [
      () => window.removeEventListener('pagehide', stopSpeech),
      () => document.removeEventListener('keydown', this.onShortcut),
      unsubscribe,
      stopVoices,
    ];
    this.syncAids();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    this.pointer.stop();
    this.speaker.stop();
    stopGuide();
    stopCaption();
    stopTextOnly();
  }

  /** Moves focus to the toolbar's first button. */
  focusFirst(): void {
    this.active = 0;
    this.buttons()[0]?.focus();
  }

  /** Announces 无障碍工具条已开启 (the toggle calls it after opening the toolbar). */
  announceOpen(): void {
    this.toggled(toolbarLabel(), true);
  }

  /** 退出: closes the toolbar, turns its aids off and returns focus to "无障碍". */
  exit(): void {
    this.speaker.stop();
    this.preferences.set(aidsOff);
    findRendered(document, 'gov-a11y-toggle')?.focus();
    this.toggled(toolbarLabel(), false);
  }

  /** Starts or stops every aid to match the preferences. */
  private syncAids(): void {
    const values = this.preferences.values;
    if (values.readingGuide) startGuide();
    else stopGuide();
    if (values.captionBar) startCaption();
    else stopCaption();
    if (values.textOnly) startTextOnly();
    else stopTextOnly();
    const speech = values.speech && this.support === 'ok';
    this.speaker.rate = values.speechRate;
    this.pointer.reading = speech && values.speechMode === 'point';
    if (!speech || values.speechMode !== 'continuous') {
      if (this.speaker.state !== 'idle') this.speaker.stop();
    }
  }

  private rateName(rate: SpeechRate): string {
    return rate === 'slow'
      ? msg('慢', { desc: 'Speech rate: slow (in the button 语速:慢)' })
      : rate === 'fast'
        ? msg('快', { desc: 'Speech rate: fast (in the button 语速:快)' })
        : msg('中', { desc: 'Font-size switcher choice: medium article text (default)' });
  }

  private schemeName(scheme: Scheme): string {
    switch (scheme) {
      case 'white-black':
        return msg('白底黑字', { desc: 'Colour scheme: black text on white' });
      case 'black-yellow':
        return msg('黑底黄字', { desc: 'Colour scheme: yellow text on black' });
      case 'blue-yellow':
        return msg('蓝底黄字', { desc: 'Colour scheme: yellow text on blue' });
      case 'yellow-black':
        return msg('黄底黑字', { desc: 'Colour scheme: black text on pale yellow' });
      default:
        return msg('默认', { desc: 'Colour scheme: the site default colours' });
    }
  }

  private rateLabel(rate: SpeechRate): string {
    const name = this.rateName(rate);
    return msg(str`语速:${name}`, { desc: 'Toolbar button that cycles the speech rate; shows the current one' });
  }

  private schemeLabel(scheme: Scheme): string {
    const name = this.schemeName(scheme);
    return msg(str`配色:${name}`, { desc: 'Toolbar button that cycles the colour schemes; shows the current one' });
  }

  /** The name of each function, as the help dialog lists it. */
  private names(): Record<ItemId, string> {
    return {
      speech: msg('声音', { desc: 'Toolbar toggle: speech on or off' }),
      point: msg('指读', { desc: 'Toolbar toggle: read what the pointer or focus is on' }),
      continuous: msg('连读', { desc: 'Toolbar toggle: read the main content continuously' }),
      rate: msg('语速', { desc: 'Toolbar: speech rate (help dialog row)' }),
      pause: msg('暂停', { desc: 'Toolbar button that pauses continuous reading' }),
      stop: msg('停止', { desc: 'Toolbar button that stops continuous reading' }),
      scheme: msg('配色', { desc: 'Toolbar: colour scheme (help dialog row)' }),
      zoomIn: msg('放大', { desc: 'Toolbar button: larger text' }),
      zoomOut: msg('缩小', { desc: 'Toolbar button: smaller text' }),
      cursor: msg('大鼠标', { desc: 'Toolbar toggle: large mouse cursor' }),
      guide: msg('十字线', { desc: 'Toolbar toggle: horizontal and vertical reading guide lines' }),
      caption: msg('大字幕', { desc: 'Toolbar toggle: large caption bar at the bottom' }),
      textOnly: msg('纯文本', { desc: 'Toolbar toggle: text-only view' }),
      reset: msg('重置', { desc: 'Toolbar button: every preference back to default' }),
      help: msg('帮助', { desc: 'Toolbar button: opens the help dialog' }),
      exit: msg('退出', { desc: 'Toolbar button: closes the toolbar and turns its aids off' }),
    };
  }

  private items(): Item[] {
    const v = this.preferences.values;
    const names = this.names();
    const noSpeech = this.support !== 'ok';
    const speechNote = noSpeech ? ('speech-note' as const) : undefined;
    const idle = this.speaking === 'idle';
    const forced = this.preferences.store.system.forcedColors;
    const byId: Record<ItemId, Item> = {
      speech: { id: 'speech', label: names.speech, pressed: v.speech && !noSpeech, disabled: noSpeech, note: speechNote },
      point: { id: 'point', label: names.point, pressed: v.speech && !noSpeech && v.speechMode === 'point', disabled: noSpeech, note: speechNote },
      continuous: { id: 'continuous', label: names.continuous, pressed: v.speech && !noSpeech && v.speechMode === 'continuous', disabled: noSpeech, note: speechNote },
      rate: {
        id: 'rate',
        label: this.rateLabel(v.speechRate),
        disabled: noSpeech,
        note: speechNote,
      },
      pause: {
        id: 'pause',
        label: this.speaking === 'paused' ? msg('继续', { desc: 'Toolbar button that resumes paused reading' }) : names.pause,
        disabled: idle,
        note: speechNote,
      },
      stop: { id: 'stop', label: names.stop, disabled: idle, note: speechNote },
      scheme: {
        id: 'scheme',
        label: this.schemeLabel(forced ? 'default' : v.scheme),
        disabled: forced,
        note: forced ? 'scheme-note' : undefined,
      },
      zoomIn: { id: 'zoomIn', label: names.zoomIn, disabled: v.zoom >= zoomMax },
      zoomOut: { id: 'zoomOut', label: names.zoomOut, disabled: v.zoom <= zoomMin },
      cursor: { id: 'cursor', label: names.cursor, pressed: v.largeCursor },
      guide: { id: 'guide', label: names.guide, pressed: v.readingGuide },
      caption: { id: 'caption', label: names.caption, pressed: v.captionBar },
      textOnly: { id: 'textOnly', label: names.textOnly, pressed: v.textOnly },
      reset: { id: 'reset', label: names.reset },
      help: { id: 'help', label: names.help },
      exit: { id: 'exit', label: names.exit },
    };
    return (v.elder ? elderOrder : standardOrder).map((id) => byId[id]);
  }

  override render() {
    if (!this.preferences.values.toolbarOpen) return nothing;
    const items = this.items();
    const active = Math.min(this.active, items.length - 1);
    const names = this.names();
    const label = toolbarLabel();
    const noSpeech =
      this.support === 'no-api'
        ? msg('此浏览器不支持朗读,声音不可用。', { desc: 'Toolbar note when the browser has no Web Speech API' })
        : this.support === 'no-voice'
          ? msg('此浏览器没有本页语言的语音,声音不可用。', { desc: 'Toolbar note when no speech voice exists for the page language' })
          : '';
    const forced = this.preferences.store.system.forcedColors;
    const regions = [
      msg('主导航', { desc: 'Accessible name of the main navigation landmark' }),
      msg('正文', { desc: 'Region the shortcut Alt+Shift+2 jumps to: main content' }),
      msg('搜索', { desc: 'Submit button of the site search in the header' }),
      msg('当前位置', { desc: 'Accessible name of the breadcrumb navigation landmark' }),
      msg('相关网站', { desc: 'Heading of the related websites section near the footer' }),
      msg('页脚', { desc: 'Region the shortcut Alt+Shift+6 jumps to: footer' }),
    ];
    return html`<div class="wrap"><div class="bar">
        <div part="toolbar" role="toolbar" aria-label=${label} @keydown=${this.onKeydown}>
          ${items.map(
            (item, index) => html`<button
              type="button"
              data-id=${item.id}
              tabindex=${index === active ? '0' : '-1'}
              aria-pressed=${ifDefined(item.pressed === undefined ? undefined : item.pressed ? 'true' : 'false')}
              aria-disabled=${ifDefined(item.disabled ? 'true' : undefined)}
              aria-describedby=${ifDefined(item.disabled ? item.note : undefined)}
              aria-keyshortcuts=${keyName(shortcuts[item.id])}
              @focus=${() => (this.active = index)}
              @click=${() => this.run(item)}
            >${item.label}</button>`,
          )}
        </div>
        ${noSpeech ? html`<p class="note" id="speech-note">${noSpeech}</p>` : nothing}
        ${forced
          ? html`<p class="note" id="scheme-note">${msg('系统已启用强制颜色,配色不可用。', { desc: 'Toolbar note: the OS forced-colours mode overrides the colour schemes' })}</p>`
          : nothing}
      </div></div>
      <dialog part="help" aria-labelledby="help-title" @close=${this.onHelpClose}>
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
            <tr><td>${label}</td><td><kbd>Alt+Shift+A</kbd></td></tr>
            ${standardOrder.map((id) => html`<tr><td>${names[id]}</td><td><kbd>${keyName(shortcuts[id])}</kbd></td></tr>`)}
            ${regions.map(
              (region, index) => html`<tr><td>${msg(str`跳到${region}`, { desc: 'Help dialog row: jump to a page region' })}</td><td><kbd>Alt+Shift+${index + 1}</kbd></td></tr>`,
            )}
          </tbody>
        </table>
        <p>${msg('在输入框中输入文字时,快捷键不起作用。', { desc: 'Help dialog: shortcuts do not fire while typing in a form field' })}</p>
      </dialog>`;
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="toolbar"] > button')];
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const buttons = this.buttons();
    const current = buttons.indexOf(this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLButtonElement) : buttons[0]!);
    const last = buttons.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? current >= last ? 0 : current + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? current <= 0 ? last : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.active = next;
    buttons[next]?.focus();
  };

  /** Alt+Shift+letter for each function and Alt+Shift+1…6 for the regions; never while typing. */
  private readonly onShortcut = (event: KeyboardEvent): void => {
    if (!isChord(event) || isTyping(event) || !this.preferences.values.toolbarOpen) return;
    const region = /^Digit([1-6])$/.exec(event.code);
    if (region) {
      event.preventDefault();
      jumpToRegion(Number(region[1]) - 1);
      return;
    }
    const item = this.items().find((candidate) => shortcuts[candidate.id] === event.code);
    if (!item) return;
    event.preventDefault();
    this.run(item);
  };

  private toggled(name: string, on: boolean): void {
    announce(on ? msg(str`${name}已开启`, { desc: 'Announcement after a toolbar aid turned on' }) : msg(str`${name}已关闭`, { desc: 'Announcement after a toolbar aid turned off' }));
  }

  /** Runs a toolbar function; a disabled one announces why instead. */
  private run(item: Item): void {
    if (item.disabled) {
      const note = item.note ? this.renderRoot.querySelector(`#${item.note}`)?.textContent : '';
      if (note) announce(note);
      return;
    }
    const v = this.preferences.values;
    const set = (patch: Partial<Preferences>): void => this.preferences.set(patch);
    const names = this.names();
    switch (item.id) {
      case 'speech':
        set({ speech: !v.speech });
        this.toggled(names.speech, !v.speech);
        break;
      case 'point':
        set({ speech: true, speechMode: 'point' });
        this.toggled(names.point, true);
        break;
      case 'continuous':
        set({ speech: true, speechMode: 'continuous' });
        this.readMain();
        break;
      case 'rate': {
        const rate = speechRates[(speechRates.indexOf(v.speechRate) + 1) % speechRates.length]!;
        set({ speechRate: rate });
        announce(this.rateLabel(rate));
        break;
      }
      case 'pause':
        if (this.speaker.state === 'paused') this.speaker.resume();
        else this.speaker.pause();
        break;
      case 'stop':
        this.speaker.stop();
        break;
      case 'scheme': {
        const scheme = schemes[(schemes.indexOf(v.scheme) + 1) % schemes.length]!;
        set({ scheme });
        announce(this.schemeLabel(scheme));
        break;
      }
      case 'zoomIn':
      case 'zoomOut': {
        const zoom = Math.min(zoomMax, Math.max(zoomMin, v.zoom + (item.id === 'zoomIn' ? zoomStep : -zoomStep)));
        set({ zoom });
        announce(msg(str`文字大小${zoom}%`, { desc: 'Announcement after text zoom changed' }));
        break;
      }
      case 'cursor':
        set({ largeCursor: !v.largeCursor });
        this.toggled(names.cursor, !v.largeCursor);
        break;
      case 'guide':
        set({ readingGuide: !v.readingGuide });
        this.toggled(names.guide, !v.readingGuide);
        break;
      case 'caption':
        set({ captionBar: !v.captionBar });
        this.toggled(names.caption, !v.captionBar);
        break;
      case 'textOnly':
        set({ textOnly: !v.textOnly });
        this.toggled(names.textOnly, !v.textOnly);
        break;
      case 'reset':
        this.speaker.stop();
        this.preferences.store.reset();
        set({ toolbarOpen: true });
        announce(msg('已恢复默认设置', { desc: 'Announcement after 重置 reset every preference' }));
        break;
      case 'help':
        this.renderRoot.querySelector('dialog')?.showModal();
        break;
      case 'exit':
        this.exit();
        break;
    }
  }

  /** 连读: reads the main content from the focused point, or from the start. */
  private readMain(): void {
    const main = document.querySelector('main') ?? document.body;
    const blocks = readableBlocks(main);
    const from = this.pointer.lastFocused;
    let start = 0;
    if (from && main.contains(from) && from !== main) {
      const found = blocks.findIndex((block) => block === from || block.contains(from) || (from.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
      start = found < 0 ? 0 : found;
    }
    this.speaker.read(blocks, start);
  }

  private readonly onHelpClose = (): void => {
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-id="help"]')?.focus();
  };
}
