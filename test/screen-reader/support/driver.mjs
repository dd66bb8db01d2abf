// Runs a scenario's steps against one browser with Orca listening, and keeps
// what Orca said after each step together with what had focus.
//
// Which keys go where: every key is a real X key event (xdotool on the run's
// display), as from a keyboard. Orca sees it before the browser, so its own
// commands (structural navigation such as H and M, browse and focus mode) work,
// and keys it passes on reach the page the way a screen-reader user's do.
// Keys sent through CDP or BiDi would go straight into the page, past Orca.
// The browser drivers only load pages, set the viewport and read the DOM.

/**
 * The deepest focused element, through shadow roots (the accessibility
 * toolbar's), described for checks and tab-stop matching. `hosts` are the
 * kit's elements it lives in, innermost first: the elements whose light DOM
 * holds it (gov-a11y-toggle, gov-top-bar) and any shadow host.
 */
export function focusInfo() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!document.hasFocus() || !el || el === document.body || el === document.documentElement) return null;
  // Text as the accessibility tree has it: aria-hidden and hidden parts left out, slots followed.
  const raw = (node) => {
    if (!node) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    const children = node.localName === 'slot' ? node.assignedNodes({ flatten: true }) : [...(node.shadowRoot ?? node).childNodes];
    return children.map(raw).join('');
  };
  const text = (node) => raw(node).replace(/\s+/g, ' ').trim();
  const root = el.getRootNode();
  const byIds = (ids) => ids.split(/\s+/).map((id) => text(root.getElementById?.(id))).join(' ').trim();
  // Only controls and headings take their name from their content; a focused landmark (main) does not.
  const fromContent = /^(a|button|summary|option|h[1-6])$/.test(el.localName) || /^(button|link|tab|option|heading|menuitem)$/.test(el.getAttribute('role') ?? '');
  const name =
    (el.getAttribute('aria-labelledby') && byIds(el.getAttribute('aria-labelledby'))) ||
    el.getAttribute('aria-label') ||
    (el.labels?.[0] && text(el.labels[0])) ||
    (fromContent ? text(el) : '');
  const hosts = [];
  for (let node = el; node; node = node.parentNode ?? node.host) if (node.localName?.includes('-')) hosts.push(node.localName);
  return {
    tag: el.localName,
    name,
    hosts,
    inMain: Boolean(document.querySelector('main')?.contains(root instanceof ShadowRoot ? root.host : el)),
    expanded: el.getAttribute('aria-expanded'),
    pressed: el.getAttribute('aria-pressed'),
  };
}

/** Waits until every gov- element on the page is defined and rendered (the content chunk loads lazily). */
export async function waitForUpgrade(browser) {
  await browser.evaluate(async () => {
    const pending = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-') && !customElements.get(el.localName));
    for (let i = 0; i < 100 && pending().length; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-')).map((el) => el.updateComplete));
  });
}

/**
 * The text just before the landmark named `name`, in document order: its last
 * 300 characters, spaces collapsed. Null when no landmark has that name.
 */
export function textBeforeLandmark(name) {
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    return ids ? ids.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim() : (el.getAttribute('aria-label') ?? '').trim();
  };
  const landmark = [...document.querySelectorAll('nav, aside, main, section, form, header, footer, [role]')].find((el) => nameOf(el) === name);
  if (!landmark) return null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let before = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.compareDocumentPosition(landmark) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (!node.parentElement?.closest('script, style, template')) before += node.data;
  }
  return before.replace(/\s+/g, ' ').trim().slice(-300);
}

export class Driver {
  /**
   * @param {import('./desktop.mjs').Desktop} desktop
   * @param {{ name: string, goto: Function, viewport: Function, evaluate: Function }} browser
   * @param {string} origin the demo's origin, replaced by <origin> in transcripts
   */
  constructor(desktop, browser, origin, path = '') {
    this.desktop = desktop;
    /** The page every scenario of the variant loads (a query such as ?lang=en). */
    this.path = path;
    this.browser = browser;
    this.origin = origin.replace(/\/$/, '');
    /** @type {{ label: string, phrases: { text: string, languages: string[] }[], focus: ReturnType<typeof focusInfo> }[]} */
    this.steps = [];
  }

  get log() {
    return this.desktop.log;
  }

  focus() {
    return this.browser.evaluate(focusInfo);
  }

  /** See {@link textBeforeLandmark}. */
  textBeforeLandmark(name) {
    return this.browser.evaluate(textBeforeLandmark, name);
  }

  /** Records a step's phrases (with the origin made stable) and the focus after it. */
  async record(label, phrases) {
    const origin = this.origin;
    const stable = phrases.map((p) => ({ ...p, text: p.text.split(origin).join('<origin>') }));
    const step = { label, phrases: stable, focus: await this.focus() };
    this.steps.push(step);
    return step;
  }

  /**
   * Loads `path` of the demo with fresh storage and waits until the kit has
   * upgraded and Orca has presented the page. Returns the phrases of the load.
   *
   * Orca 43 sometimes handles a fast page's "busy" events out of order: it
   * says "Finished loading …" and then "Loading. Please wait." last, and from
   * then on ignores the page's changes as "document content is being loaded"
   * (no dialog is announced, a focus change may go unspoken). The page is
   * then loaded again.
   */
  async load(path = this.path) {
    const phrases = await this.presented(async () => {
      await this.browser.evaluate(() => {
        try {
          localStorage.clear();
          sessionStorage.clear();
        } catch {
          // about:blank has no storage.
        }
      });
      await this.browser.goto(`${this.origin}/${path}`);
    });
    // What Orca says while a page loads races the kit's lazy chunk (the page
    // summary counts landmarks before or after the article frame upgrades),
    // so it is not kept; the landmarks scenario asks for the summary afterwards.
    this.steps.push({ label: `load /${path}`, phrases: [], focus: null });
    return phrases;
  }

  /**
   * Presses `key` on a link of the demo that leads to `path` (English in
   * 语言 leads to the translated page), waits for that page as load() does,
   * keeping the storage (the visitor's choices), and enters it from the
   * address bar. What Orca says while the page loads is not kept, as in load().
   */
  async follow(key, path) {
    let first = true;
    const phrases = await this.presented(async () => {
      if (first) await this.desktop.key(key);
      // Orca took the page as still loading: the same page again, storage kept.
      else await this.browser.goto(`${this.origin}/${path}`);
      first = false;
      const target = new URL(`${this.origin}/${path}`).pathname;
      for (let i = 0; i < 100; i++) {
        const at = await this.browser.evaluate(() => document.readyState === 'complete' && location.pathname).catch(() => null);
        if (at === target) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${key} did not lead to /${path}`);
    });
    this.steps.push({ label: `${key} (follows the link to /${path})`, phrases: [], focus: null });
    return phrases;
  }

  /** Runs `navigate`, waits until the kit has upgraded and Orca has presented the page, and enters it (see load()). */
  async presented(navigate) {
    for (let attempt = 1; ; attempt++) {
      const mark = this.log.mark();
      await navigate();
      await waitForUpgrade(this.browser);
      await this.log.waitForPhrase(mark, /^(Page has |Finished loading\b)/, 15_000).catch(() => {});
      const phrases = await this.log.settle(mark, { minPhrases: 1, quietMs: 400 });
      const busy = phrases.filter((p) => /^(Loading\. Please wait\.|Finished loading\b)/.test(p.text)).at(-1);
      if (busy?.text.startsWith('Loading') && attempt < 4) continue;
      await this.arrive();
      return phrases;
    }
  }

  /**
   * Enters the page from the address bar, as a visitor does after typing its
   * address: Ctrl+L, then F6 until Orca announces the document ("… document
   * web"; one F6 in Firefox, two in Chromium, whose cycle passes the tab
   * strip). Orca's position is then the document itself, whatever it had
   * presented while the page loaded, so the first Tab is heard the same way
   * in every run (when Orca had placed its position on the skip link while
   * presenting the first line, Tab to it was not announced at all). It also
   * brings focus back when a Tab walk ended in the browser's toolbar.
   */
  async arrive() {
    let mark = this.log.mark();
    await this.desktop.key('ctrl+l');
    await this.log.settle(mark, { quietMs: 250 });
    for (let i = 0; i < 5; i++) {
      mark = this.log.mark();
      await this.desktop.key('F6');
      const phrases = await this.log.settle(mark, { quietMs: 300 });
      if (phrases.some((p) => /\bdocument web\.?$/.test(p.text))) return;
    }
    throw new Error('F6 did not bring focus into the page: Orca never said "document web"');
  }

  /**
   * Presses `keys` (xdotool names, such as Tab, shift+Tab, Return, space,
   * Escape, Right, h) and records what Orca says; with `until`, first waits
   * (up to 5 s) for a phrase matching it.
   */
  async press(keys, { label = keys, minPhrases = 1, speechTimeout, quietMs, until } = {}) {
    const mark = this.log.mark();
    await this.desktop.key(...keys.split(' '));
    // An announcement comes from the page a moment later (after a language loads, say): wait for it.
    if (until) await this.log.waitForPhrase(mark, until, 5_000).catch(() => {});
    const phrases = await this.log.settle(mark, { minPhrases, speechTimeout, quietMs });
    return this.record(label, phrases);
  }

  /**
   * Presses Tab until the focused element's name is `name` (inside a `within`
   * element, when given) and records only the last stop, labelled "Tab to …".
   * The stops on the way are passed quickly: each waits only until focus has
   * moved and Orca's log has been quiet briefly, so that what Orca says at
   * the last stop is its own.
   */
  async tabTo(name, { within, max = 200, key = 'Tab' } = {}) {
    const at = (focus) => focus && focus.name === name && (!within || focus.hosts.includes(within));
    for (let i = 0; i < max; i++) {
      const before = await this.focus();
      const mark = this.log.mark();
      await this.desktop.key(key);
      let focus = await this.focus();
      for (let wait = 0; wait < 20 && JSON.stringify(focus) === JSON.stringify(before); wait++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        focus = await this.focus();
      }
      if (at(focus)) {
        const phrases = await this.log.settle(mark, { quietMs: 150 });
        return this.record(`${key} to ${name}${within ? ` (in ${within})` : ''}`, phrases);
      }
      await this.log.settle(mark, { minPhrases: 0, quietMs: 60 });
    }
    throw new Error(`${key} did not reach "${name}"${within ? ` in ${within}` : ''} within ${max} presses`);
  }

  /** Presses `key` until `done(step)` holds (at most `max` times) and returns that step; each press is recorded. */
  async pressUntil(key, done, { max = 40 } = {}) {
    for (let i = 0; i < max; i++) {
      const step = await this.press(key);
      if (done(step)) return step;
    }
    throw new Error(`${key} pressed ${max} times without reaching what the scenario waits for`);
  }

  /** Presses `key` until a phrase matches `until` (or `max` presses), recording each press. */
  async repeat(key, until, { max = 30 } = {}) {
    const pressed = [];
    for (let i = 0; i < max; i++) {
      const step = await this.press(key);
      pressed.push(step);
      if (step.phrases.some((p) => until.test(p.text))) return pressed;
    }
    throw new Error(`${key} never led to ${until} within ${max} presses`);
  }

  /** Tabs until focus leaves the page (to the browser's own controls), recording every stop in the page. */
  async tabWalk({ max = 250 } = {}) {
    const stops = [];
    for (let i = 0; i < max; i++) {
      const mark = this.log.mark();
      await this.desktop.key('Tab');
      const phrases = await this.log.settle(mark, { quietMs: 150 });
      const focus = await this.focus();
      // Leaving the page: what the browser's own toolbar says is not the kit's.
      if (!focus) return stops;
      stops.push(await this.record('Tab', phrases));
    }
    throw new Error(`Focus did not leave the page after ${max} Tab presses`);
  }

  /** Sets the viewport (CSS px) or, without arguments, goes back to the window's size. */
  async viewport(width, height) {
    await this.browser.viewport(width, height);
    // A viewport left narrow would fold the top bar into 更多 for every later scenario of the variant.
    const inner = await this.browser.evaluate(() => innerWidth);
    if (width ? inner !== width : inner <= (this.narrowed ?? 0)) throw new Error(`the viewport is ${inner} px wide after ${width ? `narrowing it to ${width}` : `going back from ${this.narrowed} px to the window`}`);
    this.narrowed = width;
    this.steps.push({ label: width ? `viewport ${width}×${height}` : 'viewport reset', phrases: [], focus: null });
  }
}
