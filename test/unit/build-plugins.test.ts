import { minifyCssLiterals, minifyCssText, stripMessageDescriptions } from '../../scripts/build-plugins.ts';
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

describe('message description stripper (build)', () => {
  const plugin = stripMessageDescriptions() as { transform(code: string, id: string): { code: string } | null };

  it('drops desc from msg() options and keeps ids', () => {
    const source = [
      "msg('返回顶部', { desc: 'Floating button, it\\'s at the bottom' })",
      "msg(str`字体已设为${label}`, {\n  desc: 'Announcement',\n})",
      "msg('关闭', { id: 'share-dialog-close', desc: 'Button that closes a dialog' })",
    ].join(';\n');
    expect(plugin.transform(source, '/work/src/a.ts')!.code).to.equal(
      ["msg('返回顶部')", 'msg(str`字体已设为${label}`)', "msg('关闭', { id: 'share-dialog-close'})"].join(';\n'),
    );
  });

  it('leaves other files alone', () => {
    expect(plugin.transform("x({ desc: 'y' })", '/work/node_modules/a.ts')).to.be.null;
  });
});
