// Reads Orca's debug log: what Orca speaks (`SPEECH OUTPUT: '…'`) and the
// language it asks the voice for while generating it (`SPEECH GENERATOR: …
// voice requested with language='zh', dialect='Hans'`).
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as delay } from 'node:timers/promises';

/** One line of the log: `HH:MM:SS.ffffff - TEXT`; a text with line breaks continues on lines indented by 18 spaces. */
const entryStart = /^\d\d:\d\d:\d\d\.\d+ - /;
const speechOutput = /^SPEECH OUTPUT: '([\s\S]*)'\s*(?:voice=\S+)?\s*(?:\{[^{}]*\})?\s*$/;
const voiceRequest = /^SPEECH GENERATOR: \S+ voice requested with language='([^']*)', dialect='([^']*)'/;
const generationDone = /^WEB: Speech generation for document object \[[^|\]]*\|([\s\S]*)\] complete\.$/;

/**
 * Splits log text into entries (continuation lines joined with a line break).
 * @param {string} text
 */
export function entries(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (entryStart.test(line)) out.push(line.replace(entryStart, ''));
    else if (out.length && line.startsWith(' '.repeat(18))) out[out.length - 1] += `\n${line.slice(18)}`;
  }
  return out;
}

/** `zh` + `Hans` → `zh-Hans`; Orca writes `None` when no language is known. */
function languageTag(language, dialect) {
  if (!language || language === 'None') return '';
  return dialect && dialect !== 'None' ? `${language}-${dialect}` : language;
}

/**
 * The phrases Orca spoke in `text` (a slice of the debug log), each with the
 * languages Orca requested while generating it (sorted, without duplicates;
 * empty for Orca's own messages such as "Page has …").
 *
 * When Orca presents a line of a web page it first generates every object of
 * the line ("WEB: Speech generation for document object [role | name]
 * complete.") and then speaks them one by one, so the voice requests are
 * matched to phrases by object: the first generated object whose name the
 * phrase contains (or, for nameless text, the next one in order).
 * @param {string} text
 * @returns {{ text: string, languages: string[] }[]}
 */
export function phrases(text) {
  const out = [];
  /** @type {{ name: string, languages: Set<string> }[]} */
  const generated = [];
  let open = new Set();
  for (const entry of entries(text)) {
    const request = voiceRequest.exec(entry);
    if (request) {
      const tag = languageTag(request[1], request[2]);
      if (tag) open.add(tag);
      continue;
    }
    const done = generationDone.exec(entry);
    if (done) {
      if (open.size) generated.push({ name: done[1].trim(), languages: open });
      open = new Set();
      continue;
    }
    const spoken = speechOutput.exec(entry);
    if (!spoken) continue;
    const phrase = spoken[1].replace(/\s+/g, ' ').trim();
    if (!phrase) continue;
    let index = generated.findIndex((g) => g.name && phrase.includes(g.name));
    if (index < 0 && generated.length && !generated[0].name) index = 0;
    let languages = open;
    if (index >= 0) {
      languages = generated[index].languages;
      generated.splice(0, index + 1);
    } else {
      open = new Set();
    }
    out.push({ text: phrase, languages: [...languages].sort() });
  }
  return out;
}

/** Follows a growing debug log. Offsets are character offsets into the text read so far. */
export class OrcaLog {
  constructor(path) {
    this.path = path;
    this.text = '';
    this.bytes = 0;
    this.decoder = new StringDecoder('utf8');
    this.buffer = Buffer.alloc(1 << 20);
    /** Events Orca has queued and not yet taken, and whether it is inside the handling of one. */
    this.queued = 0;
    this.handling = false;
    this.partial = '';
  }

  /** Orca has no event waiting and is not handling one (its "vvvvv PROCESS … ^^^^^" blocks are closed). */
  get idle() {
    return this.queued <= 0 && !this.handling;
  }

  /** Follows Orca's event queue in newly read text. */
  track(chunk) {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes(' - EVENT MANAGER: Queueing ')) this.queued++;
      else if (line.includes(' - EVENT MANAGER: Dequeued ')) this.queued--;
      else if (line.startsWith('vvvvv PROCESS ')) this.handling = true;
      else if (line.startsWith('^^^^^ PROCESS ')) this.handling = false;
    }
  }

  /** Reads what was appended since the last call and returns the whole log text. */
  read() {
    let fd;
    try {
      fd = openSync(this.path, 'r');
    } catch {
      return this.text;
    }
    try {
      for (;;) {
        const n = readSync(fd, this.buffer, 0, this.buffer.length, this.bytes);
        if (n <= 0) break;
        this.bytes += n;
        const chunk = this.decoder.write(this.buffer.subarray(0, n));
        this.text += chunk;
        this.track(chunk);
      }
    } finally {
      closeSync(fd);
    }
    return this.text;
  }

  /** The current end of the log, to read what is spoken after it. */
  mark() {
    return this.read().length;
  }

  /** The phrases spoken since `mark`. */
  since(mark) {
    return phrases(this.read().slice(mark));
  }

  /**
   * Waits until Orca has finished reacting: at least `minPhrases` phrases
   * since `mark` (or `speechTimeout` ms without them), then Orca idle (no
   * event queued or being handled) with no new log line for `quietMs`. Orca
   * logs every event it handles, so an idle, quiet log means it is done, even
   * on a loaded machine where it pauses mid-event; speech that would come
   * later is not part of this step.
   */
  async settle(mark, { minPhrases = 1, speechTimeout = 2_000, quietMs = 250, maxMs = 10_000 } = {}) {
    const start = Date.now();
    while (this.since(mark).length < minPhrases && Date.now() - start < speechTimeout) await delay(30);
    let length = this.read().length;
    let quietSince = Date.now();
    // Orca does not log every event it drops from its queue: a log quiet for a second counts as idle too.
    const done = () => Date.now() - quietSince >= (this.idle ? quietMs : Math.max(quietMs, 1_000));
    while (!done() && Date.now() - start < maxMs) {
      await delay(30);
      const now = this.read().length;
      if (now !== length) {
        length = now;
        quietSince = Date.now();
      }
    }
    return this.since(mark);
  }

  /** Waits until a phrase spoken since `mark` matches `pattern`. */
  async waitForPhrase(mark, pattern, timeout = 15_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const found = this.since(mark).find((p) => pattern.test(p.text));
      if (found) return found;
      if (Date.now() > end) throw new Error(`Orca did not say ${pattern} within ${timeout} ms`);
      await delay(100);
    }
  }
}
