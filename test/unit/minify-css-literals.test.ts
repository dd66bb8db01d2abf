import { minifyCssLiterals, minifyCssText } from '../../scripts/minify-css-literals.ts';
import { expect } from './helpers.js';

describe('CSS literal minifier (build)', () => {
  it('drops comments and collapses whitespace without joining selectors or values', () => {
    const css = `
      /* a comment */
      :host {
        display: block;
        box-shadow: 0 0 0 5px red;
      }
      nav a:hover,
      nav a:focus { color: var(--gov-color-link, #0b4f9c); }
    `;
    expect(minifyCssText(css)).to.equal(' :host{display:block;box-shadow:0 0 0 5px red}nav a:hover,nav a:focus{color:var(--gov-color-link,#0b4f9c)}');
  });

  it('rewrites css`…` literals in kit sources only, keeping interpolations', () => {
    const plugin = minifyCssLiterals() as { transform(code: string, id: string): { code: string } | null };
    const source = 'const s = css`\n  a {\n    color: ${unsafeCSS(x)};\n  }\n`;';
    expect(plugin.transform(source, '/work/src/components/x/x.styles.ts')!.code).to.equal('const s = css` a{color:${unsafeCSS(x)}}`;');
    expect(plugin.transform(source, '/work/node_modules/lit/index.ts')).to.be.null;
    expect(plugin.transform('const plain = 1;', '/work/src/a.ts')).to.be.null;
  });
});
