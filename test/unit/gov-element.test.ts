import { html as litHtml, type PropertyDeclarations, type PropertyValues } from 'lit';
import { GovElement } from '../../src/base/gov-element.js';
import { GovToggleEvent } from '../../src/base/events.js';
import { getLocale, setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { expect, fixture, html, oneEvent } from './helpers.js';

class TestToggle extends GovElement {
  heading = '部门';
  override render() {
    return litHtml`<span lang=${this.uiLang}>${getLocale()}</span><h2 lang=${this.contentLang}>${this.heading}</h2>`;
  }
  toggle(open: boolean): boolean {
    return this.dispatchEvent(new GovToggleEvent(open));
  }
}

describe('GovElement', () => {
  afterEach(async () => {
    await setLocale('zh-Hans');
  });

  it('defines a tag once and ignores a second definition', () => {
    expect(TestToggle.define('gov-test-toggle')).to.be.true;
    class Other extends GovElement {}
    expect(() => Other.define('gov-test-toggle')).not.to.throw();
    expect(Other.define('gov-test-toggle')).to.be.false;
    expect(customElements.get('gov-test-toggle')).to.equal(TestToggle);
  });

  it('emits typed gov- events that bubble out of shadow roots', async () => {
    const el = await fixture<TestToggle>(html`<gov-test-toggle></gov-test-toggle>`);
    setTimeout(() => el.toggle(true));
    const event = (await oneEvent(document.body, 'gov-toggle')) as GovToggleEvent;
    expect(event).to.be.instanceOf(GovToggleEvent);
    expect(event.open).to.be.true;
    expect(event.composed).to.be.true;
  });

  it('re-renders when the locale changes', async () => {
    const el = await fixture<TestToggle>(html`<gov-test-toggle></gov-test-toggle>`);
    expect(el.querySelector('span')!.textContent).to.equal('zh-Hans');
    await setLocale('en');
    await el.updateComplete;
    expect(el.querySelector('span')!.textContent).to.equal('en');
  });

  it('declares the interface language on its strings and the content language on host text, leaving <html lang> alone', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><gov-test-toggle></gov-test-toggle></div>`);
    const toggle = el.querySelector<TestToggle>('gov-test-toggle')!;
    await setLocale('en');
    await toggle.updateComplete;
    expect(toggle.querySelector('span')!.lang).to.equal('en');
    expect(toggle.querySelector('h2')!.lang).to.equal('zh-CN');
    expect(document.documentElement.lang).to.equal('zh-Hans');
  });

  it('declares the host text language anew when its strings change language, for Chromium to pass it on', async () => {
    // The page is zh-Hans like the kit's source strings: the h2's lang equals its surroundings' when drawn.
    const el = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"><gov-test-toggle></gov-test-toggle></div>`);
    const toggle = el.querySelector<TestToggle>('gov-test-toggle')!;
    const heading = toggle.querySelector('h2')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(toggle, { attributes: true, attributeFilter: ['lang'], subtree: true, attributeOldValue: true });
    await setLocale('en');
    await toggle.updateComplete;
    records.push(...observer.takeRecords());
    observer.disconnect();
    // Taken off and put back (the same value set again is not enough for Chromium), and left as declared.
    const onHeading = records.filter((record) => record.target === heading);
    expect(onHeading.map((record) => record.oldValue)).to.deep.equal(['zh-Hans', null]);
    expect(heading.lang).to.equal('zh-Hans');
    // The kit's own strings just follow the locale.
    expect(records.filter((record) => record.target === toggle.querySelector('span'))).to.have.length(1);
  });

  it('takes the content language from the page, not from the kit element it is drawn inside', async () => {
    const outer = await fixture<TestToggle>(html`<gov-test-toggle></gov-test-toggle>`);
    await setLocale('en');
    await outer.updateComplete;
    // Drawn inside another kit element, under its lang="en" strings: the host's text stays Chinese.
    const inner = document.createElement('gov-test-toggle') as TestToggle;
    outer.querySelector('span')!.append(inner);
    await inner.updateComplete;
    expect(inner.querySelector('h2')!.lang).to.equal('zh-Hans');
    expect(inner.querySelector('span')!.lang).to.equal('en');
  });

  it('takes the language a page gives the element itself', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="en"><gov-test-toggle lang="mn-Mong"></gov-test-toggle></div>`);
    const toggle = el.querySelector<TestToggle>('gov-test-toggle')!;
    await toggle.updateComplete;
    expect(toggle.querySelector('h2')!.lang).to.equal('mn-Mong');
  });

  it('renders into its light DOM unless the element asks for a shadow root', async () => {
    class Shadowed extends GovElement {
      static override shadow = true;
      override render() {
        return litHtml`<p>内容</p>`;
      }
    }
    Shadowed.define('gov-test-shadowed');
    const light = await fixture<TestToggle>(html`<gov-test-toggle></gov-test-toggle>`);
    expect(light.shadowRoot).to.equal(null);
    expect(light.querySelector('h2')!.textContent).to.equal('部门');
    const shadowed = await fixture<Shadowed>(html`<gov-test-shadowed></gov-test-shadowed>`);
    expect(shadowed.shadowRoot!.querySelector('p')!.textContent).to.equal('内容');
    expect(shadowed.querySelector('p')).to.equal(null);
  });

  it('declares the content language unknown where the page declares none, rather than the interface language', async () => {
    const root = document.documentElement;
    root.removeAttribute('lang');
    try {
      const el = await fixture<TestToggle>(html`<gov-test-toggle></gov-test-toggle>`);
      expect(el.querySelector('h2')!.getAttribute('lang')).to.equal('');
    } finally {
      root.lang = 'zh-Hans';
    }
  });

  it('does not throw when the kit entry is evaluated a second time', async () => {
    // Same module under another URL: the browser evaluates it again, and every define runs again.
    const secondCopy = '../../src/index.ts?copy=2';
    const again = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../../src/index.js');
    expect(again.GovSkipLink).to.exist;
    expect(customElements.get('gov-skip-link')).to.exist;
  });
});

/** Properties of every kind the elements declare, and a record of the lifecycle. */
class TestReactive extends GovElement {
  static override properties: PropertyDeclarations = {
    label: {},
    siteHref: { attribute: 'site-href' },
    open: { type: Boolean },
    count: { type: Number },
    items: { type: Array },
    phones: { converter: { fromAttribute: (value: string | null) => value?.split('/') ?? [] } },
    data: { attribute: false },
    inner: { state: true },
  };
  label = '标签';
  siteHref = '';
  open = false;
  count = 0;
  declare items: string[] | null;
  declare phones: string[];
  declare data: unknown;
  inner = 0;
  renders = 0;
  seen: string[] = [];
  failNext = false;
  override willUpdate(changed: PropertyValues<this>): void {
    this.seen.push(`will:${[...changed.keys()].join(',')}`);
  }
  override render() {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('render failed');
    }
    this.renders += 1;
    return litHtml`<p>${this.label} ${this.count}</p>`;
  }
  override firstUpdated(): void {
    this.seen.push('first');
  }
  override updated(changed: PropertyValues<this>): void {
    this.seen.push(`updated:${[...changed.entries()].map(([key, old]) => `${String(key)}=${String(old)}`).join(',')}`);
  }
}
TestReactive.define('gov-test-reactive');

describe('GovElement reactive properties', () => {
  it('observes each attribute under its name and reads it as the property type says', async () => {
    expect(TestReactive.observedAttributes).to.have.members(['label', 'site-href', 'open', 'count', 'items', 'phones']);
    const el = await fixture<TestReactive>(
      html`<gov-test-reactive label="名称" site-href="/a" open count="3" items='["甲","乙"]' phones="010-1/010-2"></gov-test-reactive>`,
    );
    expect(el.label).to.equal('名称');
    expect(el.siteHref).to.equal('/a');
    expect(el.open).to.be.true;
    expect(el.count).to.equal(3);
    expect(el.items).to.deep.equal(['甲', '乙']);
    expect(el.phones).to.deep.equal(['010-1', '010-2']);
    expect(el.querySelector('p')!.textContent).to.equal('名称 3');
    el.removeAttribute('open');
    el.removeAttribute('label');
    el.setAttribute('items', '{not json');
    expect(el.open).to.be.false;
    expect(el.label).to.equal(null);
    expect(el.items).to.equal(null);
  });

  it('keeps a property a page set before the element was defined, over the default', async () => {
    const early = document.createElement('gov-test-reactive-late') as TestReactive;
    Object.assign(early, { label: '早到', data: { a: 1 } });
    document.body.append(early);
    class Late extends TestReactive {}
    Late.define('gov-test-reactive-late');
    await early.updateComplete;
    expect(early.label).to.equal('早到');
    expect(early.data).to.deep.equal({ a: 1 });
    expect(early.querySelector('p')!.textContent).to.equal('早到 0');
    expect(Object.hasOwn(early, 'label')).to.be.false;
    early.remove();
  });

  it('renders the changes of one task once, with their previous values, and says when it is done', async () => {
    const el = await fixture<TestReactive>(html`<gov-test-reactive></gov-test-reactive>`);
    expect(el.renders).to.equal(1);
    expect(el.seen[1]).to.equal('first');
    el.seen = [];
    el.label = '新';
    el.count = 5;
    el.inner = 1;
    el.label = '更新';
    // The same value again is no change.
    el.open = false;
    expect(el.isUpdatePending).to.be.true;
    expect(await el.updateComplete).to.be.true;
    expect(el.renders).to.equal(2);
    expect(el.seen).to.deep.equal(['will:label,count,inner', 'updated:label=标签,count=0,inner=0']);
    expect(el.querySelector('p')!.textContent).to.equal('更新 5');
    el.open = false;
    await el.updateComplete;
    expect(el.renders).to.equal(2);
  });

  it('runs its controllers around each render and while connected', async () => {
    const calls: string[] = [];
    const el = document.createElement('gov-test-reactive') as TestReactive;
    el.addController({
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
      hostUpdate: () => calls.push(`update:${el.renders}`),
      hostUpdated: () => calls.push(`updated:${el.renders}`),
    });
    document.body.append(el);
    await el.updateComplete;
    el.addController({ hostConnected: () => calls.push('late connected') });
    el.remove();
    expect(calls).to.deep.equal(['connected', 'update:0', 'updated:1', 'late connected', 'disconnected']);
    // Disconnected, it still updates (as LitElement does), and draws again once back.
    document.body.append(el);
    el.count = 1;
    await el.updateComplete;
    expect(el.querySelector('p')!.textContent).to.equal('标签 1');
    el.remove();
  });

  it('reports an error thrown while rendering and renders again at the next change', async () => {
    const el = await fixture<TestReactive>(html`<gov-test-reactive></gov-test-reactive>`);
    el.failNext = true;
    el.count = 1;
    let reported: unknown;
    await el.updateComplete.catch((error: unknown) => (reported = error));
    expect(reported).to.be.instanceOf(Error);
    expect(el.isUpdatePending).to.be.false;
    // The next update reports the error again (as LitElement does), since awaiting the failed update handled it.
    const logged: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => logged.push(...args);
    try {
      const refired = new Promise((resolve) => window.addEventListener('unhandledrejection', (event) => resolve(event.reason), { once: true }));
      el.count = 2;
      expect(await el.updateComplete).to.be.true;
      expect(await refired).to.equal(reported);
      // The test runner logs unhandled rejections; here that report is the expected one.
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      console.error = log;
    }
    expect(logged).to.include(reported);
    expect(el.querySelector('p')!.textContent).to.equal('标签 2');
  });

  it('keeps the properties of its superclass in a subclass that spreads them into its own', async () => {
    class Labelled extends GovElement {
      static override properties: PropertyDeclarations = { label: {} };
      declare label: string;
    }
    class Counted extends Labelled {
      static override properties: PropertyDeclarations = { ...Labelled.properties, count: { type: Number } };
      declare count: number;
      override render() {
        return litHtml`<p>${this.label} ${this.count}</p>`;
      }
    }
    // Only the subclass is defined.
    Counted.define('gov-test-counted');
    expect(Counted.observedAttributes).to.have.members(['label', 'count']);
    const el = await fixture<Counted>(html`<gov-test-counted label="甲" count="2"></gov-test-counted>`);
    expect(el.querySelector('p')!.textContent).to.equal('甲 2');
    el.label = '乙';
    await el.updateComplete;
    expect(el.querySelector('p')!.textContent).to.equal('乙 2');
  });

  it('waits in updateComplete for the work given to waitFor, the latest given, and for the updates it brings', async () => {
    class Loading extends GovElement {
      static override properties: PropertyDeclarations = { text: { state: true } };
      declare text: string | undefined;
      /** Gives updateComplete work that sets `text` once `release` is called. */
      load(text: string): () => void {
        let release!: () => void;
        this.waitFor(new Promise<void>((resolve) => (release = resolve)).then(() => (this.text = text)));
        return release;
      }
      waitForRender(): Promise<boolean> {
        return this.rendered;
      }
      override render() {
        return litHtml`<p>${this.text ?? '…'}</p>`;
      }
    }
    Loading.define('gov-test-loading');
    const el = await fixture<Loading>(html`<gov-test-loading></gov-test-loading>`);
    const first = el.load('甲');
    const second = el.load('乙');
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    // The render alone is done; updateComplete still waits for the latest work.
    await el.waitForRender();
    await new Promise((resolve) => setTimeout(resolve));
    expect(done).to.be.false;
    first();
    await new Promise((resolve) => setTimeout(resolve));
    expect(done, 'earlier work given way to later work').to.be.false;
    second();
    await complete;
    expect(el.querySelector('p')!.textContent, 'the update the work brought is drawn').to.equal('乙');
  });

  it('adopts its styles in its shadow root', async () => {
    class Styled extends GovElement {
      static override shadow = true;
      static override styles = 'p { color: rgb(1, 2, 3); }';
      override render() {
        return litHtml`<p>内容</p>`;
      }
    }
    Styled.define('gov-test-styled');
    const el = await fixture<Styled>(html`<gov-test-styled></gov-test-styled>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });
});
