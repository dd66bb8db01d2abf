/**
 * A compact QR code encoder (ISO/IEC 18004) for the share dialog: byte mode
 * (UTF-8) at error-correction level M, in the smallest version (1–40) that
 * holds the text, with the mask of the lowest penalty score. It follows the
 * design of Project Nayuki's QR Code generator, and draws the same modules as
 * the encoders built on it: the same input gives the same symbol anywhere.
 * `qrCode` draws the symbol as SVG for the dialog (gov-share-dialog.ts), with
 * the encoder it draws from.
 */

import { html, type TemplateResult } from 'lit/html.js';

/** A symbol's modules, row by row: true dark, false light; undefined for a data module not yet drawn. */
type Grid = (boolean | undefined)[][];

/**
 * Level M, versions 1–40 (ISO/IEC 18004 Table 9), each number as a character code + 48:
 * the number of error-correction blocks (1 1 1 2 2 4 4 4 5 5 5 8 9 9 10 10 11 13 14 16 17 17 18 20 21 23 25 26 28 29 31
 * 33 35 37 38 40 43 45 47 49), then the error-correction codewords per block (10 16 26 18 24 16 18 22 22 26 30 22 22 24
 * 24 28 28 26 26 26 26, then 28).
 */
const LEVEL_M = '11122444555899::;=>@AABDEGIJLMOQSUVX[]_a:@JBH@BFFJNFFHHLLJJJJLLLLLLLLLLLLLLLLLLL';

/** The eight mask patterns (x the column, y the row): a data module is inverted where its pattern gives 0. */
const MASKS: ((x: number, y: number) => number)[] = [
  (x, y) => (x + y) % 2,
  (_, y) => y % 2,
  (x) => x % 3,
  (x, y) => (x + y) % 3,
  (x, y) => (((x / 3) | 0) + ((y / 2) | 0)) % 2,
  (x, y) => ((x * y) % 2) + ((x * y) % 3),
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2,
];

/** `value` as `length` hexadecimal digits. */
const hex = (value: number, length: number): string => value.toString(16).padStart(length, '0');

/** `data` followed by its BCH check bits: the remainder of data·x^degree divided by `generator`. */
function bch(data: number, degree: number, generator: number): number {
  let remainder = data;
  for (let i = 0; i < degree; i++) remainder = (remainder << 1) ^ ((remainder >> (degree - 1)) * generator);
  return (data << degree) | remainder;
}

/** Product in GF(256) with the QR code's reducing polynomial x⁸ + x⁴ + x³ + x² + 1. */
function multiply(x: number, y: number): number {
  let product = 0;
  for (let bit = 7; bit >= 0; bit--) product = (product << 1) ^ ((product >> 7) * 0x11d) ^ (((y >> bit) & 1) * x);
  return product;
}

/** The `degree` Reed–Solomon codewords of `data`: the remainder of its division by the generator ∏(x − 2ⁱ), i < degree. */
function errorCorrection(data: number[], degree: number): number[] {
  // The generator's coefficients, highest power first, without its leading 1.
  const generator = [...Array<number>(degree - 1).fill(0), 1];
  for (let i = 0, root = 1; i < degree; i++, root = multiply(root, 2)) {
    // Past the end generator[j + 1] is undefined, which ^ takes as 0.
    for (let j = 0; j < degree; j++) generator[j] = multiply(generator[j], root) ^ generator[j + 1];
  }
  const remainder = generator.map(() => 0);
  for (const codeword of data) {
    const factor = codeword ^ remainder.shift()!;
    remainder.push(0);
    generator.forEach((coefficient, i) => (remainder[i] ^= multiply(coefficient, factor)));
  }
  return remainder;
}

/** Draws the format information for level M and `mask`, twice, and the dark module beside it. */
function drawFormat(grid: Grid, mask: number): void {
  const size = grid.length;
  // Level M's two bits are 00, so the five data bits are the mask number.
  const bits = bch(mask, 10, 0x537) ^ 0x5412;
  for (let i = 0; i < 15; i++) {
    const dark = ((bits >> i) & 1) > 0;
    // Bits 0–7 down column 8 by the top-left finder (stepping over the timing pattern), 8–14 up from the bottom;
    // 0–7 leftwards along row 8 from the right edge, 8–14 by the top-left finder.
    grid[i < 6 ? i : i < 8 ? i + 1 : size - 15 + i][8] = dark;
    grid[8][i < 8 ? size - 1 - i : i < 9 ? 7 : 14 - i] = dark;
  }
  grid[size - 8][8] = true;
}

/** The function patterns of `version` (finders, alignment and timing patterns, format and version information); data modules undefined. */
function functionPatterns(version: number): Grid {
  const size = version * 4 + 17;
  // Rows of holes: a module not drawn yet reads undefined.
  const grid: Grid = [...Array<Grid>(size)].map(() => Array<boolean | undefined>(size));
  const draw = (x: number, y: number, dark: boolean | number) => (grid[y][x] = !!dark);
  // A square pattern centred on (x, y), clipped at the edges: ring r (its distance from the centre) dark where bit r of `darkRings` is set.
  const square = (x: number, y: number, radius: number, darkRings: number) => {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        if (x + dx in grid && y + dy in grid) draw(x + dx, y + dy, (darkRings >> Math.max(Math.abs(dx), Math.abs(dy))) & 1);
      }
    }
  };
  // The three finder patterns (rings 0, 1 and 3 dark) with their light separators (ring 4).
  square(3, 3, 4, 0b1011);
  square(size - 4, 3, 4, 0b1011);
  square(3, size - 4, 4, 0b1011);
  if (version > 1) {
    const count = ((version / 7) | 0) + 2;
    const step = (((version * 8 + count * 3 + 5) / (count * 4 - 4)) | 0) * 2;
    const centres = [6];
    for (let position = size - 7; centres.length < count; position -= step) centres.push(position);
    // Alignment patterns (rings 0 and 2 dark) at every pair of centres but those in a finder pattern.
    for (const x of centres) for (const y of centres) if (grid[y][x] === undefined) square(x, y, 2, 0b101);
  }
  // Timing patterns; where they cross an alignment pattern the two agree.
  for (let i = 8; i < size - 8; i++) {
    draw(6, i, ~i & 1);
    draw(i, 6, ~i & 1);
  }
  drawFormat(grid, 0); // reserves the area; each mask redraws it
  if (version > 6) {
    const bits = bch(version, 12, 0x1f25);
    for (let i = 0; i < 18; i++) {
      draw(size - 11 + (i % 3), (i / 3) | 0, (bits >> i) & 1);
      draw((i / 3) | 0, size - 11 + (i % 3), (bits >> i) & 1);
    }
  }
  return grid;
}

/** The data modules of `grid` in placement order: two-module columns from the right, zigzagging up and down, stepping over the vertical timing pattern. */
function dataModules(grid: Grid): number[][] {
  const size = grid.length;
  const cells: number[][] = [];
  for (let right = size - 1; right > 0; right -= 2) {
    if (right == 6) right = 5;
    for (let vertical = 0; vertical < size; vertical++) {
      for (let x = right; x > right - 2; x--) {
        const y = (right + 1) & 2 ? vertical : size - 1 - vertical;
        if (grid[y][x] === undefined) cells.push([x, y]);
      }
    }
  }
  return cells;
}

/** The penalty score of a masked symbol (ISO/IEC 18004 7.8.3, counted as Nayuki does, so the choice of mask matches). */
function penalty(grid: boolean[][]): number {
  const size = grid.length;
  let score = 0;
  let dark = 0;
  for (const line of [...grid, ...grid.map((_, x) => grid.map((row) => row[x]))]) {
    // Run lengths, alternately light (even indexes) and dark; the first and last are light.
    const runs = [0];
    for (const module of line) {
      if (module != (runs.length % 2 == 0)) runs.push(0);
      runs[runs.length - 1]++;
    }
    if (runs.length % 2 == 0) runs.push(0);
    // Five or more modules of one colour in a row or column.
    for (const length of runs) if (length > 4) score += length - 2;
    // A finder-like 1:1:3:1:1 with four light modules on one side, the light border counting.
    runs[0] += size;
    runs[runs.length - 1] += size;
    for (let i = 6; i < runs.length; i += 2) {
      const [before, n, light, centre, light2, dark2, after] = runs.slice(i - 6, i + 1);
      if (light == n && centre == n * 3 && light2 == n && dark2 == n) {
        if (before >= n * 4 && after >= n) score += 40;
        if (after >= n * 4 && before >= n) score += 40;
      }
    }
  }
  grid.forEach((row, y) =>
    row.forEach((module, x) => {
      dark += +module;
      // 2×2 blocks of one colour.
      if (x && y && module == row[x - 1] && module == grid[y - 1][x] && module == grid[y - 1][x - 1]) score += 3;
    }),
  );
  // 10 for every whole 5% that the share of dark modules is away from half.
  return score + (Math.ceil(Math.abs((dark * 20) / size / size - 10)) - 1) * 10;
}

/**
 * The modules of the QR code of `text`, row by row (true: dark), without the
 * quiet zone. Throws a RangeError when the text's UTF-8 is longer than
 * version 40 holds (2,331 bytes).
 */
export function qrModules(text: string): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  let version = 0;
  let template: Grid;
  let cells: number[][];
  let blocks: number;
  let ecPerBlock: number;
  let dataCodewords: number;
  // Each version holds what its function patterns leave free, less the error correction. Besides the bytes, the mode
  // and the terminator take a byte between them, and the count one byte below version 10 and two from it.
  do {
    if (++version > 40) throw new RangeError(`Too long for a QR code: ${bytes.length} bytes`);
    template = functionPatterns(version);
    blocks = LEVEL_M.charCodeAt(version - 1) - 48;
    ecPerBlock = LEVEL_M.charCodeAt(version + 39) - 48;
    cells = dataModules(template);
    dataCodewords = (cells.length >> 3) - blocks * ecPerBlock;
  } while (bytes.length + (version < 10 ? 2 : 3) > dataCodewords);

  // In hexadecimal: byte mode (4), the count, the bytes and the terminator (0), then the pad bytes ec and 11 by turns.
  const data = ('4' + hex(bytes.length, version < 10 ? 2 : 4) + [...bytes].map((byte) => hex(byte, 2)).join('') + '0')
    .padEnd(dataCodewords * 2, 'ec11')
    .match(/../g)!
    .map((byte) => parseInt(byte, 16));

  // Split into blocks, the last (dataCodewords % blocks) of them a codeword longer; interleave their data codewords,
  // then their error correction.
  const dataBlocks = Array.from({ length: blocks }, (_, i) => data.splice(0, ((dataCodewords + i) / blocks) | 0));
  const stream = [dataBlocks, dataBlocks.map((block) => errorCorrection(block, ecPerBlock))].flatMap((group) =>
    group[blocks - 1].flatMap((_, i) => group.filter((block) => i in block).map((block) => block[i])),
  );

  // The symbol under each mask; the one with the lowest penalty wins, the first of equals.
  return MASKS.map((mask, number) => {
    const symbol = template.map((row) => [...row]) as boolean[][];
    // Bit i of the stream, most significant first; past its end the remainder bits are 0.
    cells.forEach(([x, y], i) => (symbol[y][x] = ((stream[i >> 3] >> (~i & 7)) & 1) != +!mask(x, y)));
    drawFormat(symbol, number);
    return symbol;
  }).reduce((best, symbol) => (penalty(symbol) < penalty(best) ? symbol : best));
}

/**
 * An SVG path drawing every dark module of the QR code of `text` (one unit per
 * module) inside a light border of 2 modules, and the side of the whole
 * square. Throws a RangeError when `text` is too long for a QR code.
 */
export function qrPath(text: string): { size: number; d: string } {
  const modules = qrModules(text);
  let d = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + 2} ${y + 2}h1v1h-1z`;
    });
  });
  return { size: modules.length + 4, d };
}

/** The QR code of `text` as an SVG image named `label`. */
export function qrCode(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  return html`<svg class="gov-share__qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#ffffff"></rect><path d=${d} fill="#000000"></path>
  </svg>`;
}
