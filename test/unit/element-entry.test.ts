// A per-element entry point defines its element and the page set-up, nothing else (gov-portal-kit/elements/<tag>.js).
import '../../src/elements/gov-breadcrumb.js';
import { expect } from './helpers.js';

describe('gov-portal-kit/elements/gov-breadcrumb.js', () => {
  it('defines <gov-breadcrumb> and sets the page up, and defines no other element', () => {
    expect(customElements.get('gov-breadcrumb')).to.exist;
    for (const other of ['gov-top-bar', 'gov-footer', 'gov-article', 'gov-a11y-toggle', 'gov-skip-link']) expect(customElements.get(other), other).to.equal(undefined);
    expect(globalThis[Symbol.for('gov-portal-kit.preferences') as unknown as keyof typeof globalThis], 'the page’s preferences store').to.exist;
    expect(document.querySelectorAll('[data-gov-live-region]'), 'the live region').to.have.length(1);
  });
});
