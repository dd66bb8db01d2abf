/**
 * The functions of the accessibility toolbar (无障碍工具条), as data: each
 * tool is one entry with its shortcut, its name and label, its pressed state
 * (read from the preferences), why it may be unavailable and what it does;
 * `aids` pairs the toggles' preferences with the aids they run. The toolbar's
 * buttons, its order in elder mode, its help dialog and its shortcuts are all
 * drawn from this table; adding a tool means one entry here (and in `aids`,
 * with its module in src/aids/, when it runs one) (ADR 0004 for the keys).
 */
import { msg, str } from '@lit/localize';
import { closedToolbar, schemes, speechRates, zoomMax, zoomMin, zoomStep, type Preferences, type Scheme, type SpeechRate } from '../../preferences/schema.js';
import { startGuide, stopGuide } from '../../aids/guide.js';
import { startCaption, stopCaption } from '../../aids/caption.js';
import { startTextOnly, stopTextOnly } from '../../aids/text-only.js';
import type { SpeechSupport } from '../../aids/speech.js';

/** What a tool reads (the page as it is when the tool runs) and acts on; the toolbar supplies it. */
export interface ToolContext {
  readonly values: Readonly<Preferences>;
  /** Whether speech can run on this page (a voice for its language exists). */
  readonly speech: SpeechSupport;
  /** The state of 连读. */
  readonly reading: 'idle' | 'speaking' | 'paused';
  /** The operating system's forced colours are on: they win over the kit's schemes. */
  readonly forcedColors: boolean;
  set(patch: Partial<Preferences>): void;
  reset(): void;
  readMain(): void;
  pauseOrResume(): void;
  stopReading(): void;
  openHelp(): void;
}

/** Why a tool cannot run now: the id of the note on the toolbar that says so, or true when the button says it (放大 at 200 %, 暂停 with nothing read). */
export type Unavailable = 'speech-note' | 'scheme-note' | true;

export interface Tool {
  /** Alt+Shift+ this key (`event.code`). */
  key: string;
  /** The function's name: the help dialog's row and what is announced. */
  name(): string;
  /** The button's text where it shows a current value (语速:中, 配色:默认); the name otherwise. */
  label?(context: ToolContext): string;
  /** `aria-pressed`, for the tools that switch something on and off. */
  pressed?(context: ToolContext): boolean;
  unavailable?(context: ToolContext): Unavailable | undefined;
  /** Does what the tool does; returns the announcement. */
  run(context: ToolContext): string | undefined;
}

/** 大鼠标已开启: announced when an aid, or the toolbar itself, turns on. */
export const on = (name: string): string => msg(str`${name}已开启`, { desc: 'Announcement after a toolbar aid turned on' });
/** 大鼠标已关闭: announced when an aid, or the toolbar itself, turns off. */
export const off = (name: string): string => msg(str`${name}已关闭`, { desc: 'Announcement after a toolbar aid turned off' });
const noSpeech = (c: ToolContext): Unavailable | undefined => (c.speech === 'ok' ? undefined : 'speech-note');
const speaking = (c: ToolContext): boolean => c.values.speech && c.speech === 'ok';

/** A tool that switches a preference on and off. */
function toggle(key: string, preference: 'speech' | 'largeCursor' | 'readingGuide' | 'captionBar' | 'textOnly', name: () => string): Tool {
  return {
    key,
    name,
    pressed: (c) => c.values[preference],
    run: (c) => {
      const now = !c.values[preference];
      c.set({ [preference]: now });
      return now ? on(name()) : off(name());
    },
  };
}

/** The aids of the toggles 十字线, 大字幕 and 纯文本: each runs (start, stop) while its preference is on. */
export const aids: readonly [keyof Preferences, () => void, () => void][] = [
  ['readingGuide', startGuide, stopGuide],
  ['captionBar', startCaption, stopCaption],
  ['textOnly', startTextOnly, stopTextOnly],
];

/** The speech rates' names, in the order of `speechRates`; 中 for anything else. */
export const rateName = (rate: SpeechRate): string => {
  const names = [
    msg('慢', { desc: 'Speech rate: slow (in the button 语速:慢)' }),
    msg('中', { desc: 'Font-size switcher choice: medium article text (default)' }),
    msg('快', { desc: 'Speech rate: fast (in the button 语速:快)' }),
  ];
  return names[speechRates.indexOf(rate)] ?? names[1]!;
};

/** The colour schemes' names, in the order of `schemes`. */
export const schemeName = (scheme: Scheme): string =>
  [
    msg('默认', { desc: 'Colour scheme: the site default colours' }),
    msg('白底黑字', { desc: 'Colour scheme: black text on white' }),
    msg('黑底黄字', { desc: 'Colour scheme: yellow text on black' }),
    msg('蓝底黄字', { desc: 'Colour scheme: yellow text on blue' }),
    msg('黄底黑字', { desc: 'Colour scheme: black text on pale yellow' }),
  ][Math.max(0, schemes.indexOf(scheme))]!;

const rateLabel = (rate: SpeechRate): string => {
  const name = rateName(rate);
  return msg(str`语速:${name}`, { desc: 'Toolbar button that cycles the speech rate; shows the current one' });
};
const schemeLabel = (scheme: Scheme): string => {
  const name = schemeName(scheme);
  return msg(str`配色:${name}`, { desc: 'Toolbar button that cycles the colour schemes; shows the current one' });
};

const zoom = (key: string, name: () => string, step: number): Tool => ({
  key,
  name,
  unavailable: (c) => (c.values.zoom + step > zoomMax || c.values.zoom + step < zoomMin ? true : undefined),
  run: (c) => {
    const zoom = c.values.zoom + step;
    c.set({ zoom });
    return msg(str`文字大小${zoom}%`, { desc: 'Announcement after text zoom changed' });
  },
});

const speechName = (): string => msg('声音', { desc: 'Toolbar toggle: speech on or off' });
const pointName = (): string => msg('指读', { desc: 'Toolbar toggle: read what the pointer or focus is on' });
const pauseName = (): string => msg('暂停', { desc: 'Toolbar button that pauses continuous reading' });

/** The tools, in the toolbar's standard order. */
export const tools = {
  speech: { ...toggle('KeyV', 'speech', speechName), pressed: speaking, unavailable: noSpeech },
  point: {
    key: 'KeyP',
    name: pointName,
    pressed: (c) => speaking(c) && c.values.speechMode === 'point',
    unavailable: noSpeech,
    run: (c) => {
      c.set({ speech: true, speechMode: 'point' });
      return on(pointName());
    },
  },
  continuous: {
    key: 'KeyL',
    name: () => msg('连读', { desc: 'Toolbar toggle: read the main content continuously' }),
    pressed: (c) => speaking(c) && c.values.speechMode === 'continuous',
    unavailable: noSpeech,
    run: (c) => {
      c.set({ speech: true, speechMode: 'continuous' });
      c.readMain();
      return undefined;
    },
  },
  rate: {
    key: 'KeyR',
    name: () => msg('语速', { desc: 'Toolbar: speech rate (help dialog row)' }),
    label: (c) => rateLabel(c.values.speechRate),
    unavailable: noSpeech,
    run: (c) => {
      const rate = speechRates[(speechRates.indexOf(c.values.speechRate) + 1) % speechRates.length]!;
      c.set({ speechRate: rate });
      return rateLabel(rate);
    },
  },
  pause: {
    key: 'KeyK',
    name: pauseName,
    label: (c) => (c.reading === 'paused' ? msg('继续', { desc: 'Toolbar button that resumes paused reading' }) : pauseName()),
    unavailable: (c) => noSpeech(c) ?? (c.reading === 'idle' || undefined),
    run: (c) => {
      c.pauseOrResume();
      return undefined;
    },
  },
  stop: {
    key: 'KeyS',
    name: () => msg('停止', { desc: 'Toolbar button that stops continuous reading' }),
    unavailable: (c) => noSpeech(c) ?? (c.reading === 'idle' || undefined),
    run: (c) => {
      c.stopReading();
      return undefined;
    },
  },
  scheme: {
    key: 'KeyC',
    name: () => msg('配色', { desc: 'Toolbar: colour scheme (help dialog row)' }),
    label: (c) => schemeLabel(c.forcedColors ? 'default' : c.values.scheme),
    unavailable: (c) => (c.forcedColors ? 'scheme-note' : undefined),
    run: (c) => {
      const scheme = schemes[(schemes.indexOf(c.values.scheme) + 1) % schemes.length]!;
      c.set({ scheme });
      return schemeLabel(scheme);
    },
  },
  zoomIn: zoom('KeyZ', () => msg('放大', { desc: 'Toolbar button: larger text' }), zoomStep),
  zoomOut: zoom('KeyX', () => msg('缩小', { desc: 'Toolbar button: smaller text' }), -zoomStep),
  cursor: toggle('KeyM', 'largeCursor', () => msg('大鼠标', { desc: 'Toolbar toggle: large mouse cursor' })),
  guide: toggle('KeyG', 'readingGuide', () => msg('十字线', { desc: 'Toolbar toggle: horizontal and vertical reading guide lines' })),
  caption: toggle('KeyU', 'captionBar', () => msg('大字幕', { desc: 'Toolbar toggle: large caption bar at the bottom' })),
  textOnly: toggle('KeyW', 'textOnly', () => msg('纯文本', { desc: 'Toolbar toggle: text-only view' })),
  reset: {
    key: 'KeyN',
    name: () => msg('重置', { desc: 'Toolbar button: every preference back to default' }),
    run: (c) => {
      c.stopReading();
      c.reset();
      c.set({ toolbarOpen: true });
      return msg('已恢复默认设置', { desc: 'Announcement after 重置 reset every preference' });
    },
  },
  help: {
    key: 'KeyH',
    name: () => msg('帮助', { desc: 'Toolbar button: opens the help dialog' }),
    run: (c) => {
      c.openHelp();
      return undefined;
    },
  },
  exit: {
    key: 'KeyQ',
    name: () => msg('退出', { desc: 'Toolbar button: closes the toolbar and turns its aids off' }),
    // The toolbar announces its closing and gives focus back, however it was closed (退出, 无障碍, another tab).
    run: (c) => {
      c.set(closedToolbar());
      return undefined;
    },
  },
} satisfies Record<string, Tool>;

export type ToolId = keyof typeof tools;

/** The standard order: the table's. */
export const standardOrder = Object.keys(tools) as ToolId[];

/** Elder mode puts its subset first: 大鼠标, 配色, 声音/指读/连读, 大字幕, 退出. */
const elderFirst: ToolId[] = ['cursor', 'scheme', 'speech', 'point', 'continuous', 'caption', 'exit'];
export const elderOrder: ToolId[] = [...new Set([...elderFirst, ...standardOrder])];

/** Alt+Shift+K, as `aria-keyshortcuts` and the help dialog write a chord. */
export const keyName = (code: string): string => `Alt+Shift+${code.replace(/^(Key|Digit)/, '')}`;
