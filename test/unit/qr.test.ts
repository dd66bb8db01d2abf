import { render } from 'lit';
import type { GovShare } from '../../src/components/gov-share/gov-share.js';
import { qrCode, qrModules, qrPath } from '../../src/components/gov-share/qr.js';
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

/** The first 16 hexadecimal digits of the SHA-256 of `text`. */
async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The error-correction level and mask read from the first copy of the format information, checked against the second. */
function formatInformation(modules: boolean[][]): { level: string; mask: number } {
  const size = modules.length;
  let first = 0;
  let second = 0;
  for (let i = 14; i >= 0; i--) {
    // Bit i beside the top-left finder: up column 8 (skipping the timing row), then along row 8 (skipping the timing column).
    const [x, y] = i < 6 ? [8, i] : i < 8 ? [8, i + 1] : i < 9 ? [7, 8] : [14 - i, 8];
    first = (first << 1) | +modules[y][x];
    // Its copy: along row 8 from the right edge, then down column 8 to the bottom edge.
    second = (second << 1) | +(i < 8 ? modules[8][size - 1 - i] : modules[size - 15 + i][8]);
  }
  expect(second, 'both copies agree').to.equal(first);
  const data = (first ^ 0x5412) >> 10;
  return { level: ['M', 'L', 'H', 'Q'][data >> 3], mask: data & 7 };
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

  it('takes the smallest version that holds the text, and every version holds its capacity, which jsQR reads back', async () => {
    // Bytes in byte mode at level M, versions 1–40 (ISO/IEC 18004 Table 7).
    const capacities = [
      14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857, 911, 997,
      1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
    ];
    for (const [i, bytes] of capacities.entries()) {
      const cut = longUrl(bytes);
      const text = cut + '#'.repeat(bytes - utf8(cut).length);
      expect(qrModules(text).length, `${bytes} bytes`).to.equal(i * 4 + 21);
      if (i < 39) expect(qrModules(text + '#').length, `${bytes + 1} bytes`).to.equal(i * 4 + 25);
      expect(await drawAndDecode(text, 3), `${bytes} bytes`).to.equal(text);
    }
    expect(qrModules('中'.repeat(777)).length, '2,331 bytes of Chinese').to.equal(177);
  });

  it('throws a RangeError for more than 2,331 bytes', () => {
    expect(() => qrModules('a'.repeat(2332))).to.throw(RangeError, 'Too long for a QR code: 2332 bytes');
    expect(() => qrModules('中'.repeat(778))).to.throw(RangeError, 'Too long for a QR code: 2334 bytes');
    expect(() => qrPath(longUrl(3000))).to.throw(RangeError);
  });

  it('draws the modules uqr 0.1.3 drew for the same text (pinned: version, mask and a digest of the modules)', async () => {
    // [bytes of longUrl, version, mask, SHA-256 of the rows of 0 and 1, first 16 hex digits], recorded with uqr's encode(bytes, { ecc: 'M' }).
    const pinned: [number, number, number, string][] = [
      [1, 1, 1, '848f621f7ecfca7e'],
      [107, 7, 2, '14d6c00ad9880844'],
      [110, 7, 4, 'dd445d33f71810b0'],
      [123, 8, 6, '3bfb08d787b6c25d'],
      [208, 10, 5, '3c7094c486e7e04c'],
      [269, 12, 1, '1d973a3c9d71a765'],
      [309, 13, 7, '30178e9d22b41d72'],
      [325, 13, 3, '23863d8b5adbe914'],
      [424, 16, 0, 'b114adf95b1988f5'],
      [1000, 26, 1, 'bc5cfdd0ef19f12e'],
      [2331, 40, 1, '425fd80be782b96a'],
    ];
    for (const [bytes, version, mask, digest] of pinned) {
      const modules = qrModules(longUrl(bytes));
      expect(modules.length, `${bytes} bytes: version`).to.equal(version * 4 + 17);
      expect(formatInformation(modules), `${bytes} bytes: format information`).to.deep.equal({ level: 'M', mask });
      expect(await sha256(modules.map((row) => row.map(Number).join('')).join('\n')), `${bytes} bytes: modules`).to.equal(digest);
    }
  });

  it('draws public/images/wechat-qr.svg (first made with uqr 0.1.3) for https://kjt.nmg.gov.cn/', async () => {
    const image = await (await fetch('/public/images/wechat-qr.svg')).text();
    const { size, d } = qrPath('https://kjt.nmg.gov.cn/');
    expect(image).to.contain(`viewBox="0 0 ${size} ${size}"`);
    expect(image).to.contain(` d="${d}"`);
  });
});

describe('gov-share with a URL too long for a QR code', () => {
  it('opens the 微信 dialog with a note instead of the QR code; the dialog closes and the element keeps working', async () => {
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
