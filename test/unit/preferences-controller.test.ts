import { LitElement, html as litHtml } from 'lit';
import { PreferencesController } from '../../src/preferences/controller.js';
import { PreferencesStore } from '../../src/preferences/store.js';
import { pagePreferences } from '../../src/preferences/store.js';
import '../../src/index.js';
import { expect, fixture, html } from './helpers.js';

class WatchesFontStep extends LitElement {
  renders = 0;
  readonly preferences = new PreferencesController(this, ['fontStep'], new PreferencesStore({ storage: null, search: '', root: document.createElement('div') }));
  override render() {
    this.renders += 1;
    return litHtml`${this.preferences.values.fontStep}`;
  }
}
customElements.define('test-watches-font-step', WatchesFontStep);

describe('PreferencesController', () => {
  afterEach(() => pagePreferences().reset());

  it('re-renders its host only for the preferences it watches', async () => {
    const el = await fixture<WatchesFontStep>(html`<test-watches-font-step></test-watches-font-step>`);
    expect(el.renders).to.equal(1);
    el.preferences.set({ elder: true, scheme: 'black-yellow', zoom: 150 });
    await el.updateComplete;
    expect(el.renders).to.equal(1);
    el.preferences.set({ fontStep: 'large' });
    await el.updateComplete;
    expect(el.renders).to.equal(2);
    expect(el.shadowRoot!.textContent).to.equal('large');
  });

  it('stops listening when its host leaves the page', async () => {
    const el = await fixture<WatchesFontStep>(html`<test-watches-font-step></test-watches-font-step>`);
    el.remove();
    el.preferences.set({ fontStep: 'small' });
    await el.updateComplete;
    expect(el.renders).to.equal(1);
  });

  it('makes elder mode a root change only: the font-size switcher does not re-render', async () => {
    const el = await fixture(html`<gov-font-size></gov-font-size>`);
    const fieldset = el.querySelector('fieldset');
    let updates = 0;
    const original = (el as unknown as { update: (changed: Map<string, unknown>) => void }).update.bind(el);
    (el as unknown as { update: (changed: Map<string, unknown>) => void }).update = (changed) => {
      updates += 1;
      original(changed);
    };
    pagePreferences().set({ elder: true });
    await (el as LitElement).updateComplete;
    expect(updates).to.equal(0);
    expect(document.documentElement.hasAttribute('data-gov-elder')).to.be.true;
    expect(el.querySelector('fieldset')).to.equal(fieldset);
  });
});
