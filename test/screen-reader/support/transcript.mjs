// Transcripts: what Orca said, step by step, as plain text that is reviewed
// like code. One phrase per line, with the language Orca asked the voice for:
//
//   > Tab
//   [zh-Hans] 部门网站导航 collapsed push button.
//   [-] Focus mode
//
// "> " lines are the keys pressed (or other steps); "[-]" marks a phrase for
// which Orca requested no language (its own messages). Times are not kept,
// and the demo's origin is written <origin>. Firefox's transcripts leave the
// languages out: Firefox exposes the lang an element had when its accessible
// was created, which races the kit's start-up, so they change from run to run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const transcriptDir = fileURLToPath(new URL('../transcripts/', import.meta.url));
export const outputDir = fileURLToPath(new URL('../__output__/', import.meta.url));

/**
 * The text of a transcript: a header naming it, then each step and its
 * phrases, with their languages unless `languages` is false.
 */
export function format(title, steps, { languages = true } = {}) {
  const lines = [`# ${title}`];
  for (const step of steps) {
    lines.push(`> ${step.label}`);
    for (const phrase of step.phrases) lines.push(languages ? `[${phrase.languages.join('+') || '-'}] ${phrase.text}` : phrase.text);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A transcript as compared: without Orca's "Browse mode" messages, which
 * Orca 43 drops for as long as it thinks the page is still loading
 * (scripts/web/script.py, togglePresentationMode: `if not
 * self._loadingDocumentContent`). It clears that flag on the document's
 * busy=0 event, unless the event arrives before Orca has taken the new page
 * as its active document, a race at page load: with the same build, the
 * English tab walk had all eight of them in one run and none in the next.
 * They stay in the files for review; everything else is compared as heard.
 */
const comparable = (text) => text.replace(/^(\[-\] )?Browse mode\n/gm, '');

/** A few lines of context around the first difference, for the failure message. */
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 3);
  const show = (lines, sign) => lines.slice(from, i + 4).map((line, k) => `${from + k === i ? sign : ' '} ${from + k + 1}: ${line}`);
  return [...show(a, '-'), '    ---', ...show(b, '+')].join('\n');
}

/** Writes `text` as the actual transcript `name` under __output__/ and returns its path. */
export function writeOutput(name, text) {
  const actual = join(outputDir, `${name}.txt`);
  mkdirSync(dirname(actual), { recursive: true });
  writeFileSync(actual, text);
  return actual;
}

/**
 * Compares `text` with the approved transcript `name` (browser/scenario.variant.txt).
 * The actual text is always written to __output__/ for review. With
 * UPDATE_TRANSCRIPTS=1 the approved file is replaced and the comparison passes.
 * Returns an error message, or null when they match.
 */
export function compareTranscript(name, text) {
  const approved = join(transcriptDir, `${name}.txt`);
  const actual = writeOutput(name, text);
  if (process.env.UPDATE_TRANSCRIPTS === '1') {
    mkdirSync(dirname(approved), { recursive: true });
    writeFileSync(approved, text);
    return null;
  }
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  if (!existsSync(approved)) {
    return `No approved transcript ${relative(root, approved)}. Review ${relative(root, actual)} and approve it with UPDATE_TRANSCRIPTS=1.`;
  }
  const expected = comparable(readFileSync(approved, 'utf8'));
  if (expected === comparable(text)) return null;
  return (
    `What Orca says changed (${relative(root, approved)}).\n${firstDifference(expected, comparable(text))}\n` +
    `Compare with ${relative(root, actual)}; if the change is right, approve it with UPDATE_TRANSCRIPTS=1.`
  );
}

/** What a phrase may read from the page: itself, without its closing stop, and without up to three role words ("… link."). */
function readings(phrase) {
  const found = [phrase, phrase.replace(/[.。:：]$/, '')];
  for (let words = 0; words < 3; words++) found.push(found.at(-1).replace(/ [a-z][a-z0-9]*$/, ''));
  return [...new Set(found.map((text) => text.replace(/\s+/g, '')))].filter((text) => text.length >= 2);
}

/** Whether `phrases`, in order, read the very end of `text` (whitespace aside). */
function readEndOf(phrases, text) {
  if (!phrases.length) return true;
  return readings(phrases.at(-1)).some((reading) => text.endsWith(reading) && readEndOf(phrases.slice(0, -1), text.slice(0, -reading.length)));
}

/**
 * How many of `phrases`, from the first, read the very end of the text
 * `before` a landmark: Orca's line at a landmark may start there (see the
 * landmarks scenario). At least one phrase is left, the landmark's own.
 */
export function heardFromBefore(phrases, before) {
  const text = before.replace(/\s+/g, '');
  for (let count = phrases.length - 1; count > 0; count--) {
    if (readEndOf(phrases.slice(0, count), text)) return count;
  }
  return 0;
}
