/**
 * Speech through the Web Speech API: 指读 reads what the pointer or focus is
 * on; 连读 reads the main content sentence by sentence from the start or
 * from the focused point, highlighting the sentence being read (CSS Custom
 * Highlight API where available, else a class on its block, so the host's
 * DOM is never rewritten). No cloud service: the browser's own voices only.
 */
import type { SpeechRate } from '../preferences/schema.js';
import { clean, eventElement, textOf } from './text.js';

/** Utterance rates of 语速 慢 / 中 / 快. */
export const rateValues: Readonly<Record<SpeechRate, number>> = { slow: 0.7, normal: 1, fast: 1.4 };

/** Whether speech can run: 'no-api' without the Web Speech API, 'no-voice' without a voice for the page's or the interface's language. */
export type SpeechSupport = 'ok' | 'no-api' | 'no-voice';

/** The browser's speech synthesis; undefined (or null) without the Web Speech API. */
const synth = (): SpeechSynthesis | null | undefined => window.speechSynthesis;
const norm = (lang: string): string => lang.toLowerCase().replaceAll('_', '-');

/**
 * The language declared on `node`: the nearest `lang`, looking out of shadow
 * roots, so a kit control reads in the interface language and the host's
 * content in its own (WCAG 3.1.2). Chinese where nothing is declared, as the
 * kit's pages are.
 */
export function langOf(node: Element | null): string {
  for (let el = node; el; el = (el.getRootNode() as ShadowRoot).host ?? null) {
    const declared = el.closest('[lang]')?.getAttribute('lang');
    if (declared) return declared;
  }
  return 'zh-CN';
}

/**
 * The voice for text in `lang`, or undefined: the exact tag first, then a
 * voice of the same language. A script or region that changes the writing
 * must match too: a Cyrillic Mongolian voice (mn-MN) cannot read mn-Mong, so
 * none is taken, and the text is skipped rather than misread.
 */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const want = norm(lang);
  const [base] = want.split('-');
  const find = (test: (tag: string) => boolean): SpeechSynthesisVoice | undefined => voices.find((v) => test(norm(v.lang)));
  return (
    find((tag) => tag === want) ??
    (base === 'zh'
      ? // Chinese in simplified characters is read by mainland voices first, traditional by Taiwan and Hong Kong ones.
        find((tag) => (/-(hant|tw|hk|mo)\b/.test(want) ? ['zh-tw', 'zh-hk'] : ['zh-cn', 'zh-sg']).includes(tag)) ?? find((tag) => tag.startsWith('zh'))
      : /^mn-mong(-|$)/.test(want)
        ? find((tag) => /^mn-(mong|cn)\b/.test(tag))
        : find((tag) => tag.split('-')[0] === base))
  );
}

/** Speech support for a page in `languages` (its own and the interface's): usable when any of them has a voice. */
export function speechSupport(languages: readonly string[]): SpeechSupport {
  if (!synth() || typeof SpeechSynthesisUtterance !== 'function') return 'no-api';
  return languages.some((lang) => voiceFor(lang)) ? 'ok' : 'no-voice';
}

/** Calls `listener` when the browser's voices arrive or change; returns a function that stops listening. */
export function onVoicesChanged(listener: () => void): () => void {
  const s = synth();
  s?.addEventListener('voiceschanged', listener);
  return () => s?.removeEventListener('voiceschanged', listener);
}

interface Sentence {
  text: string;
  /** The language declared on the text, which chooses the voice. */
  lang: string;
  block: Element;
  range: Range | undefined;
}

const blockSelector = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,td,th,figcaption';
const highlightName = 'gov-speech';
const speakingClass = 'gov-aid-speaking';

/**
 * Whether a block is displayed. checkVisibility() needs styles only, where getClientRects() would lay
 * out every off-screen part of a long article at once (body-parts.ts); older engines lack it.
 */
const displayed = (el: Element): boolean =>
  // Missing before Chromium 105, Firefox 106 and Safari 17.4.
  'checkVisibility' in el ? el.checkVisibility() : (el as Element).getClientRects().length > 0;

/** The readable blocks of `root` in document order: displayed, not nested in another block, not an aid. */
export function readableBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(blockSelector)].filter(
    (el) => displayed(el) && !el.parentElement?.closest(blockSelector) && !el.closest('[data-gov-aid]') && textOf(el),
  );
}

/** Splits a block into sentences, each with a Range over its text for the highlight. */
export function sentencesOf(block: Element): Sentence[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const full = nodes.map((n) => n.data).join('');
  // The text node holding `offset` of `full`, and the offset in it (`full` is the nodes' text: it never runs past them).
  const locate = (offset: number): [Text, number] => {
    let at = offset;
    let i = 0;
    while (at > nodes[i]!.data.length) at -= nodes[i++]!.data.length;
    return [nodes[i]!, at];
  };
  const sentences: Sentence[] = [];
  const lang = langOf(block);
  // A sentence ends at Chinese, Latin or Mongolian end marks (and the quotes closing on them); a Latin
  // full stop only before a space, so 1.5% stays whole.
  const ends = [...full.matchAll(/(?:[。!?!?;;᠃]+|\.(?=\s))[”’」』)"']*/g)].map((match) => match.index + match[0].length);
  let from = 0;
  for (const to of [...ends, full.length]) {
    const text = clean(full.slice(from, to));
    if (text) {
      let range: Range | undefined;
      try {
        range = document.createRange();
        range.setStart(...locate(from));
        range.setEnd(...locate(to));
      } catch {
        range = undefined;
      }
      sentences.push({ text, lang, block, range });
    }
    from = to;
  }
  return sentences;
}

const canHighlight = (): boolean => 'highlights' in CSS && typeof Highlight === 'function';

/** Reads aloud, each text in its own language; one instance per page. */
export class Speaker {
  rate: SpeechRate = 'normal';
  /** 'idle', 'speaking' (连读 in progress) or 'paused'. */
  state: 'idle' | 'speaking' | 'paused' = 'idle';
  private queue: Sentence[] = [];
  private index = 0;
  private generation = 0;
  /** Languages already reported as having no voice, since the last 连读 or 指读 start. */
  private unvoiced = new Set<string>();

  constructor(
    /** Called whenever `state` changes. */
    private readonly onState: () => void,
    /** Called once per reading for each language that has no voice: its texts are skipped, never read by another language's voice. */
    private readonly onNoVoice: (lang: string) => void,
  ) {}

  /** 指读: reads one text (never empty) in `lang` now, cutting off whatever was being read. */
  say(text: string, lang: string): void {
    this.stop();
    this.utter(text, lang);
  }

  /** 连读: reads `blocks` from the one at `start`, sentence by sentence, each in its own language. */
  read(blocks: readonly Element[], start = 0): void {
    this.stop();
    this.unvoiced.clear();
    this.queue = blocks.slice(Math.max(0, start)).flatMap(sentencesOf);
    this.index = 0;
    this.setState('speaking');
    this.next();
  }

  /** Forgets which languages were reported as voiceless (指读 starting again, or the voices changed). */
  forgetUnvoiced(): void {
    this.unvoiced.clear();
  }

  pause(): void {
    if (this.state !== 'speaking') return;
    synth()?.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    synth()?.resume();
    this.setState('speaking');
  }

  stop(): void {
    this.generation += 1;
    this.queue = [];
    // Chromium stays paused across cancel(): resume first so the next reading is heard.
    if (this.state === 'paused') synth()?.resume();
    synth()?.cancel();
    this.clearHighlight();
    this.setState('idle');
  }

  private next(): void {
    // Sentences in a language without a voice are passed over, with one notice per language.
    let sentence = this.queue[this.index];
    while (sentence && !this.voiced(sentence.lang)) sentence = this.queue[++this.index];
    if (!sentence) {
      this.stop();
      return;
    }
    this.highlight(sentence);
    this.utter(sentence.text, sentence.lang, () => {
      this.index += 1;
      this.next();
    });
  }

  /** The voice for `lang`; reports it once when it has none. */
  private voiced(lang: string): SpeechSynthesisVoice | undefined {
    const voice = voiceFor(lang);
    const key = norm(lang);
    if (!voice && !this.unvoiced.has(key)) {
      this.unvoiced.add(key);
      this.onNoVoice(lang);
    }
    return voice;
  }

  private utter(text: string, lang: string, onEnd?: () => void): void {
    const s = synth();
    const voice = s && this.voiced(lang);
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    // The voice's own tag (zh-CN for text declared zh-Hans): engines know their voices' tags.
    utterance.lang = voice.lang;
    utterance.rate = rateValues[this.rate];
    try {
      utterance.voice = voice;
    } catch {
      // A voice from a stale list is refused; the browser then picks one for `lang`.
    }
    const generation = this.generation;
    // A cancelled utterance may still fire end or error: only the current reading moves on.
    utterance.onend = () => {
      if (generation === this.generation) onEnd?.();
    };
    utterance.onerror = utterance.onend;
    s!.speak(utterance);
  }

  private highlight(sentence: Sentence): void {
    this.clearHighlight();
    if (sentence.range && canHighlight()) CSS.highlights.set(highlightName, new Highlight(sentence.range));
    else sentence.block.classList.add(speakingClass);
    sentence.block.scrollIntoView({ block: 'nearest' });
  }

  private clearHighlight(): void {
    if (canHighlight()) CSS.highlights.delete(highlightName);
    for (const el of document.querySelectorAll(`.${speakingClass}`)) {
      el.classList.remove(speakingClass);
      if (!el.classList.length) el.removeAttribute('class');
    }
  }

  private setState(state: Speaker['state']): void {
    if (this.state === state) return;
    this.state = state;
    this.onState();
  }
}

const inToolbar = (event: Event): boolean => event.composedPath().some((n) => n instanceof Element && n.localName === 'gov-a11y-toolbar');

/**
 * 指读 and the focus tracking 连读 starts from: while on, focus and the
 * pointer (after a short rest) read what they are on.
 */
export class PointReader {
  /** The last element focused outside the toolbar: 连读 starts there. */
  lastFocused: Element | null = null;
  reading = false;
  private timer = 0;
  private lastText = '';

  constructor(private readonly speaker: Speaker) {}

  private readonly onFocus = (event: FocusEvent): void => {
    const target = eventElement(event);
    if (!inToolbar(event)) this.lastFocused = target;
    if (this.reading) this.sayAbout(target);
  };

  private readonly onPointer = (event: PointerEvent): void => {
    if (!this.reading) return;
    clearTimeout(this.timer);
    const target = eventElement(event);
    this.timer = window.setTimeout(() => this.sayAbout(target), 250);
  };

  private sayAbout(target: Element | null): void {
    const text = textOf(target);
    if (!text || text === this.lastText) return;
    this.lastText = text;
    this.speaker.say(text, langOf(target));
  }

  start(): void {
    document.addEventListener('focusin', this.onFocus);
    document.addEventListener('pointerover', this.onPointer, { passive: true });
  }

  stop(): void {
    clearTimeout(this.timer);
    this.lastText = '';
    document.removeEventListener('focusin', this.onFocus);
    document.removeEventListener('pointerover', this.onPointer);
  }
}
