import { render } from 'lit';
import { encode } from 'uqr';
import type { GovShare } from '../../src/components/gov-share/gov-share.js';
import { qrCode, qrPath } from '../../src/components/gov-share/gov-share-dialog.js';
import { qrModules } from '../../src/components/gov-share/qr.js';
import '../../src/index.js';
import { expect, expectNoAxeViolations, fixture, html, sendKeys, waitUntil } from './helpers.js';
import { byText, decodeSvg } from './share-helpers.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `text` cut to at most `bytes` bytes of UTF-8 (never in the middle of a character). */
function cutTo(text: string, bytes: number): string {
  let cut = '';
  for (const char of text) {
    if (utf8(cut + char).length > bytes) break;
    cut += char;
  }
  return cut;
}

/** The QR code the share dialog draws for `text`, decoded with jsQR. */
async function drawAndDecode(text: string, scale = 4): Promise<string | null> {
  const container = document.createElement('div');
  document.body.append(container);
  try {
    render(qrCode(text, 'QR'), container);
    return await decodeSvg(container.querySelector('svg')!, scale);
  } finally {
    container.remove();
  }
}

const demoUrl = 'https://kjt.nmg.gov.cn/kjdt/202312/t20231206_2424393.html';
const chineseUrl = 'https://kjt.nmg.gov.cn/search?q=' + encodeURIComponent('内蒙古自治区科学技术厅 科技动态');
const chineseText = '内蒙古自治区科学技术厅:聚焦“五大任务”,推动科技创新高质量发展。';
const longUrl = (bytes: number) => cutTo(`${demoUrl}?from=${'share&q=科技动态'.repeat(200)}`, bytes);

describe('the QR encoder (byte mode, level M)', () => {
  for (const text of ['a', 'Hello, QR!', demoUrl, chineseUrl, chineseText, '😀 émoji', '']) {
    it(`round-trips ${JSON.stringify(text)} through jsQR`, async () => {
      expect(await drawAndDecode(text)).to.equal(text);
    });
  }

  it('round-trips every length 1–300 bytes (step 7), across versions 1–13', async () => {
    for (let bytes = 1; bytes <= 300; bytes += 7) {
      const text = cutTo(`${demoUrl}#${'段落'.repeat(200)}`, bytes);
      expect(await drawAndDecode(text), `${bytes} bytes`).to.equal(text);
    }
  });

  for (const bytes of [1000, 2000, 2331]) {
    it(`round-trips a ${bytes}-byte URL with Chinese characters`, async () => {
      const text = longUrl(bytes);
      expect(utf8(text).length).to.be.within(bytes - 2, bytes);
      expect(await drawAndDecode(text, 6)).to.equal(text);
    });
  }

  it('takes the smallest version that holds the text: 14 bytes in version 1, 15 in version 2; 2,331 bytes in version 40', () => {
    expect(qrModules('a'.repeat(14)).length).to.equal(21);
    expect(qrModules('a'.repeat(15)).length).to.equal(25);
    expect(qrModules('a'.repeat(2331)).length).to.equal(177);
    expect(qrModules('中'.repeat(777)).length).to.equal(177);
  });

  it('throws a RangeError for more than 2,331 bytes', () => {
    expect(() => qrModules('a'.repeat(2332))).to.throw(RangeError, 'Too long for a QR code: 2332 bytes');
    expect(() => qrModules('中'.repeat(778))).to.throw(RangeError, 'Too long for a QR code: 2334 bytes');
    expect(() => qrPath(longUrl(3000))).to.throw(RangeError);
  });

  it('draws the same modules as uqr in byte mode at level M (every version, every mask)', () => {
    const texts = [demoUrl, chineseUrl, chineseText];
    for (let bytes = 1; bytes <= 2331; bytes += bytes < 200 ? 3 : 29) texts.push(longUrl(bytes));
    const versions = new Set<number>();
    const masks = new Set<number>();
    for (const text of texts) {
      const expected = encode([...utf8(text)], { ecc: 'M', border: 0 });
      versions.add(expected.version);
      masks.add(expected.maskPattern);
      expect(qrModules(text), `${utf8(text).length} bytes`).to.deep.equal(expected.data);
    }
    expect(versions.size).to.equal(40);
    expect(masks.size).to.equal(8);
  });
});

describe('gov-share with a URL too long for a QR code', () => {
  it('opens the 微信 dialog with a note instead of the QR code; the dialog closes and the other controls still work', async () => {
    const url = longUrl(3000);
    const el = await fixture<GovShare>(html`<gov-share url=${url} share-title="标题"></gov-share>`);
    const button = byText<HTMLButtonElement>(el, 'button', '微信');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.querySelector('dialog')?.open, 'the dialog opens');
    const dialog = el.querySelector('dialog')!;
    expect(dialog.querySelector('svg'), 'no QR code').to.be.null;
    expect(dialog.querySelector('.gov-share__hint')!.textContent).to.equal('本页网址太长,无法生成二维码,请用“复制链接”分享');
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes the dialog');
    expect(document.activeElement).to.equal(button);
    // The element still updates: another URL that fits gets its QR code.
    el.url = demoUrl;
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the dialog opens again');
    expect(await decodeSvg(dialog.querySelector('svg')!)).to.equal(demoUrl);
  });
});
