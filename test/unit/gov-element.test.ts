import { html as litHtml } from 'lit';
import { GovElement } from '../../src/base/gov-element.js';
import { GovToggleEvent } from '../../src/base/events.js';
import { getLocale, setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { expect, fixture, html, oneEvent } from './helpers.js';

class TestToggle extends GovElement {
  override render() {
    return litHtml`<span>${getLocale()}</span>`;
  }
  toggle(open: boolean): boolean {
    return this.emit(new GovToggleEvent(open));
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
    expect(el.shadowRoot!.textContent).to.equal('zh-Hans');
    await setLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('en');
  });

  it('does not throw when the kit entry is evaluated a second time', async () => {
    // Same module under another URL: the browser evaluates it again, and every define runs again.
    const secondCopy = '../../src/index.ts?copy=2';
    const again = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../../src/index.js');
    expect(again.GovSkipLink).to.exist;
    expect(customElements.get('gov-skip-link')).to.exist;
  });
});
