import { announce, liveRegion } from '../../src/base/announcer.js';
import { setLocale } from '../../src/i18n/localization.js';
import '../../src/index.js';
import { expect, waitUntil } from './helpers.js';

const regions = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('[data-gov-live-region]')];

describe('the live region', () => {
  afterEach(async () => {
    await setLocale('zh-Hans');
  });

  it('exists, empty and outside every shadow root, as soon as the kit has set the page up', () => {
    // Nothing in this file has announced yet: the page set-up made it.
    expect(regions()).to.have.length(1);
    const region = regions()[0]!;
    expect(region.parentElement).to.equal(document.body);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(region.textContent).to.equal('');
    expect(liveRegion()).to.equal(region);
  });

  it('announces in the interface language, declared on the region, and repeats a repeated message', async () => {
    await setLocale('en');
    announce('Language changed');
    const region = liveRegion();
    expect(region.lang).to.equal('en');
    await waitUntil(() => region.textContent === 'Language changed');
    announce('Language changed');
    expect(region.textContent, 'cleared first, so the repeat is a change').to.equal('');
    await waitUntil(() => region.textContent === 'Language changed');
    expect(regions()).to.have.length(1);
  });
});
