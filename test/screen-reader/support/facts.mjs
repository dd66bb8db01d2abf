// Key facts about what Orca says, checked directly, so that a wrong first
// recording of a transcript cannot pass: names, roles, state words,
// announcements, and counts. Failures are collected, so one run reports them
// all and still records the whole transcript.

/** Orca's (English) names of the roles a focusable control of the kit can have. */
export const roleWords = /\b(link|visited link|push button|toggle button|menu button|entry|radio button|check box|combo box|region|heading level \d|tool bar|dialog)\b/;
/** Words a screen reader falls back on when a control has no name or role worth speaking. */
export const vagueWords = /\b(clickable|blank|unlabell?ed)\b/i;

const show = (step) => `after "${step.label}" Orca said ${JSON.stringify(step.phrases.map((p) => p.text))}`;
/** Browsers differ in the spaces between inline parts ("《…》 (PDF, 1.2 MB)" in Firefox): text compares without white space. */
const squeeze = (text) => text.replace(/\s+/g, '');
const matches = (text, part) => (part instanceof RegExp ? part.test(text) : squeeze(text).includes(squeeze(part)));

export class Facts {
  /** @type {string[]} */
  failures = [];
  /** Known limitations met on the way (of the screen reader or browser, not the kit), reported with the result. */
  notes = [];

  note(message) {
    if (!this.notes.includes(message)) this.notes.push(message);
  }

  check(ok, message) {
    if (!ok) this.failures.push(message);
    return Boolean(ok);
  }

  /** Some phrase of `step` contains every one of `parts` (strings or regular expressions). */
  says(step, ...parts) {
    const found = step.phrases.find((p) => parts.every((part) => matches(p.text, part)));
    this.check(found, `expected one phrase with ${parts.map(String).join(' + ')}: ${show(step)}`);
    return found;
  }

  /** No phrase of `step` contains `part`. */
  saysNot(step, part, why = '') {
    const found = step.phrases.find((p) => matches(p.text, part));
    this.check(!found, `expected no phrase with ${String(part)}${why ? ` (${why})` : ''}: ${show(step)}`);
  }

  /** Exactly `count` phrases of `step` contain `part`. */
  saysTimes(step, part, count) {
    const n = step.phrases.filter((p) => matches(p.text, part)).length;
    this.check(n === count, `expected ${String(part)} ${count} time(s), heard ${n}: ${show(step)}`);
  }

  /** The element focused after `step` has these properties (name, tag, expanded, pressed, inMain, host). */
  focus(step, expected) {
    const focus = step.focus;
    if (!this.check(focus, `expected focus in the page ${show(step)}, but nothing in the page had focus`)) return;
    for (const [key, value] of Object.entries(expected)) {
      const actual = key === 'host' ? focus.hosts.includes(value) : focus[key];
      this.check(key === 'host' ? actual : actual === value, `expected focus ${key} ${JSON.stringify(value)} ${show(step)}, found ${JSON.stringify(key === 'host' ? focus.hosts : actual)}`);
    }
  }

  /** Nothing in `steps` is spoken as clickable, blank or unlabelled, or as a role with no name. */
  nothingVague(steps) {
    for (const step of steps) {
      for (const p of step.phrases) {
        this.check(!vagueWords.test(p.text), `vague phrase "${p.text}" ${show(step)}`);
        this.check(!new RegExp(`^(${roleWords.source})\\.?$`).test(p.text.trim()), `a role without a name "${p.text}" ${show(step)}`);
      }
    }
  }

  /**
   * Each Tab stop is spoken exactly once with its role, name and state, and
   * no element is a stop twice (a fallback copy read beside its upgrade).
   */
  tabStops(stops) {
    const seen = new Map();
    for (const step of stops) {
      const focus = step.focus;
      if (!this.check(focus?.name, `a Tab stop without a name: ${show(step)} (focus ${JSON.stringify(focus)})`)) continue;
      const naming = step.phrases.filter((p) => matches(p.text, focus.name));
      this.check(naming.length === 1, `"${focus.name}" spoken ${naming.length} times at its Tab stop: ${show(step)}`);
      const all = step.phrases.map((p) => p.text).join(' ');
      this.check(roleWords.test(all), `no role spoken for "${focus.name}": ${show(step)}`);
      if (focus.expanded) this.check(new RegExp(`\\b${focus.expanded === 'true' ? 'expanded' : 'collapsed'}\\b`).test(all), `"${focus.name}" (aria-expanded=${focus.expanded}) spoken without its state: ${show(step)}`);
      if (focus.pressed) this.check(new RegExp(`\\b${focus.pressed === 'true' ? '(?<!not )pressed' : 'not pressed'}\\b`).test(all), `"${focus.name}" (aria-pressed=${focus.pressed}) spoken without its state: ${show(step)}`);
      const key = `${focus.name} in ${focus.hosts.join(' < ')} (${focus.tag})`;
      this.check(!seen.has(key), `"${key}" is a Tab stop twice (stops ${seen.get(key) + 1} and ${stops.indexOf(step) + 1})`);
      seen.set(key, stops.indexOf(step));
    }
    this.nothingVague(stops);
  }
}
