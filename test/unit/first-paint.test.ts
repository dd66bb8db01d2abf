import { applyStoredModes, markUpgrade } from '../../src/preferences/first-paint.js';
import { applyToRoot } from '../../src/preferences/apply.js';
import { defaults, schemes, fontSteps, type Preferences } from '../../src/preferences/schema.js';
import { parseStored } from '../../src/preferences/storage.js';
import { readUrlOverrides } from '../../src/preferences/url.js';
import { expect, waitUntil } from './helpers.js';

/** Storage holding `raw` under the kit's key. */
const storageWith = (raw: string | null): (() => Storage) => {
  const data = new Map<string, string>(raw === null ? [] : [['gov-portal-kit:preferences', raw]]);
  return () => ({ getItem: (key: string) => data.get(key) ?? null }) as Storage;
};

/** The root's attributes and zoom, as a comparable list. */
const written = (root: HTMLElement): string[] => [
  ...[...root.attributes].filter((a) => a.name.startsWith('data-gov-')).map((a) => `${a.name}=${a.value}`).sort(),
  `zoom=${root.style.getPropertyValue('--gov-zoom')}`,
];

describe('first paint: the stored modes on the root before any module runs', () => {
  it('writes the root exactly as the store will, for every mode, the URL’s ?elder and ?scheme, and bad storage', () => {
    const cases: { stored: string | null; search?: string }[] = [
      { stored: null },
      { stored: 'not json' },
      { stored: JSON.stringify({ version: 2, values: { elder: true } }) },
      { stored: JSON.stringify({ version: 1, values: { elder: true, zoom: 150, fontStep: 'large' } }) },
      { stored: JSON.stringify({ version: 1, values: { elder: 'yes', zoom: 155, fontStep: 'huge', scheme: 'neon' } }) },
      { stored: JSON.stringify({ version: 1, values: { largeCursor: true, readingGuide: true, captionBar: true, textOnly: true, toolbarOpen: true } }) },
      { stored: JSON.stringify({ version: 1, values: { elder: true } }), search: '?elder=0' },
      { stored: null, search: '?elder=1&scheme=blue-yellow' },
      ...schemes.map((scheme) => ({ stored: JSON.stringify({ version: 1, values: { scheme } }) })),
      ...fontSteps.map((fontStep) => ({ stored: JSON.stringify({ version: 1, values: { fontStep, zoom: 200 } }) })),
    ];
    for (const { stored, search = '' } of cases) {
      const early = document.createElement('div');
      applyStoredModes(early, storageWith(stored), search);
      const store = document.createElement('div');
      const values: Preferences = { ...defaults, ...parseStored(stored), ...readUrlOverrides(search) };
      applyToRoot(store, values, { forcedColors: false });
      expect(written(early), `${stored} ${search}`).to.deep.equal(written(store));
    }
  });

  it('survives storage that throws (a sandboxed frame): the standard look', () => {
    const root = document.createElement('div');
    applyStoredModes(root, () => {
      throw new DOMException('denied', 'SecurityError');
    }, '');
    expect(written(root)).to.deep.equal(['data-gov-font-step=medium', 'zoom=']);
  });

  it('puts elder mode on a page before its first frame is painted', async () => {
    localStorage.setItem('gov-portal-kit:preferences', JSON.stringify({ version: 1, values: { elder: true } }));
    const frame = document.createElement('iframe');
    try {
      // As the build inlines it: a classic script at the head of the page, before the stylesheet and the content.
      frame.srcdoc = `<!doctype html><html lang="zh-Hans"><head><script>(${applyStoredModes.toString()})()</script>
        <link rel="stylesheet" href="/themes/index.css"></head><body><p>正文</p>
        <script>requestAnimationFrame(() => parent.postMessage({ elder: document.documentElement.hasAttribute('data-gov-elder'), size: getComputedStyle(document.querySelector('p')).fontSize }, '*'))</script></body></html>`;
      const first = new Promise<{ elder: boolean; size: string }>((resolve) => window.addEventListener('message', (event) => resolve(event.data), { once: true }));
      document.body.append(frame);
      // The callback of the first animation frame runs before that frame is painted.
      expect(await first).to.deep.equal({ elder: true, size: '24px' });
    } finally {
      frame.remove();
      localStorage.removeItem('gov-portal-kit:preferences');
    }
  });

  describe('the upgrade mark', () => {
    let root: HTMLElement;
    let pending: HTMLElement | undefined;
    beforeEach(() => {
      root = document.createElement('div');
    });
    afterEach(() => pending?.remove());

    it('marks the root, and goes once a script fails to load, so the published markup shows in full', async () => {
      markUpgrade(root);
      expect(root.hasAttribute('data-gov-upgrade')).to.be.true;
      const failing = Object.assign(document.createElement('script'), { type: 'module', src: '/no-such-kit.js' });
      document.body.append(failing);
      await waitUntil(() => !root.hasAttribute('data-gov-upgrade'), 'the mark goes when the script fails');
      failing.remove();
    });

    it('goes when a first-screen element still waits for its upgrade after the wait', async () => {
      expect(customElements.get('gov-header'), 'this test page defines no kit element').to.equal(undefined);
      pending = document.body.appendChild(document.createElement('gov-header'));
      markUpgrade(root, 20);
      await waitUntil(() => !root.hasAttribute('data-gov-upgrade'), 'the mark goes');
    });

    it('stays when the first-screen elements have upgraded by then', async () => {
      markUpgrade(root, 20);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(root.hasAttribute('data-gov-upgrade')).to.be.true;
    });
  });
});
