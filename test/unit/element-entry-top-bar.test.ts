// The top bar's entry point defines the elements the top bar draws too.
import '../../src/elements/gov-top-bar.js';
import { expect } from './helpers.js';

describe('gov-portal-kit/elements/gov-top-bar.js', () => {
  it('defines <gov-top-bar> with the 长辈版 button and the department menu it draws, and nothing else', () => {
    for (const tag of ['gov-top-bar', 'gov-elder-toggle', 'gov-dept-menu']) expect(customElements.get(tag), tag).to.exist;
    for (const other of ['gov-footer', 'gov-article', 'gov-breadcrumb']) expect(customElements.get(other), other).to.equal(undefined);
  });
});
