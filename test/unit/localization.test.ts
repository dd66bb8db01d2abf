import { msg } from '@lit/localize';
import { getLocale, loadWithStrings, setLocale, type Locale } from '../../src/i18n/localization.js';
import { expect } from './helpers.js';

/** The modules this page has fetched whose address contains `part`. */
const fetched = (part: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));

const skipLink = (): string => msg('跳到主要内容', { desc: 'Skip link, the first focusable element of every page' });

describe('localization: the @lit/localize runtime loads with the first other language', () => {
  it('shows the source strings without loading the runtime or a locale, also when the source locale is asked for', async () => {
    expect(getLocale()).to.equal('zh-Hans');
    await setLocale('zh-Hans');
    expect(getLocale()).to.equal('zh-Hans');
    expect(skipLink()).to.equal('跳到主要内容');
    expect(fetched('localize-runtime'), 'no runtime').to.deep.equal([]);
    expect(fetched('/locales/'), 'no locale').to.deep.equal([]);
  });

  it('refuses a locale the kit does not have with a message naming it, and keeps its language', async () => {
    let error: unknown;
    // A page script in plain JavaScript can pass any string.
    await setLocale('fr' as Locale).catch((caught: unknown) => (error = caught));
    expect(String(error)).to.equal('Error: gov-portal-kit: no locale "fr"');
    expect(getLocale()).to.equal('zh-Hans');
    expect(fetched('localize-runtime'), 'nothing loaded for it').to.deep.equal([]);
  });

  it('keeps the language asked for last when another was asked for while the first one loaded', async () => {
    const english = setLocale('en');
    await setLocale('zh-Hans');
    await english;
    expect(getLocale()).to.equal('zh-Hans');
    expect(skipLink()).to.equal('跳到主要内容');
  });

  it('loads the runtime and the strings of a target locale, and goes back to the source strings', async () => {
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(skipLink()).to.equal('Skip to main content');
    expect(fetched('localize-runtime')).to.have.length(1);
    await setLocale('mn-Mong');
    expect(getLocale()).to.equal('mn-Mong');
    expect(skipLink()).to.not.equal('跳到主要内容');
    await setLocale('zh-Hans');
    expect(getLocale()).to.equal('zh-Hans');
    expect(skipLink()).to.equal('跳到主要内容');
    expect(fetched('localize-runtime'), 'the runtime loads once').to.have.length(1);
  });

  it('changes the language only once the code registered with loadWithStrings has loaded too, and keeps it when that fails', async () => {
    let release!: () => void;
    const stop = loadWithStrings(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      const english = setLocale('en');
      // The strings have had time to arrive; the drawing code has not.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(getLocale()).to.equal('zh-Hans');
      expect(skipLink()).to.equal('跳到主要内容');
      release();
      await english;
      expect(getLocale()).to.equal('en');
    } finally {
      stop();
    }
    await setLocale('zh-Hans');
    const failing = loadWithStrings(() => Promise.reject(new Error('offline')));
    try {
      let error: unknown;
      await setLocale('mn-Mong').catch((caught: unknown) => (error = caught));
      expect(String(error)).to.equal('Error: offline');
      expect(getLocale(), 'the language is kept in full').to.equal('zh-Hans');
      expect(skipLink()).to.equal('跳到主要内容');
    } finally {
      failing();
    }
  });
});
