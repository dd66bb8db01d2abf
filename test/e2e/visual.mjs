// Screenshot baselines for the visual-regression tests. A screenshot matches
// when at most `maxDiffRatio` of its pixels differ (pixelmatch's default
// colour threshold absorbs anti-aliasing). UPDATE_BASELINES=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

const baselines = fileURLToPath(new URL('./baselines/', import.meta.url));

/** Compares a PNG screenshot with `baselines/<name>.png`; returns a message when they differ, or null. */
export function compareWithBaseline(name, screenshot, { maxDiffRatio = 0.005 } = {}) {
  const path = join(baselines, `${name}.png`);
  if (process.env.UPDATE_BASELINES === '1') {
    writeFileSync(path, screenshot);
    return null;
  }
  if (!existsSync(path)) return `no baseline ${path}: run the test with UPDATE_BASELINES=1 and look at the image`;
  const expected = PNG.sync.read(readFileSync(path));
  const actual = PNG.sync.read(screenshot);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return `${name}: ${actual.width}×${actual.height} px, baseline ${expected.width}×${expected.height} px`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  const ratio = differing / (actual.width * actual.height);
  if (ratio <= maxDiffRatio) return null;
  const diffPath = join(tmpdir(), `gov-portal-kit-${name}-diff.png`);
  const actualPath = join(tmpdir(), `gov-portal-kit-${name}-actual.png`);
  writeFileSync(diffPath, PNG.sync.write(diff));
  writeFileSync(actualPath, screenshot);
  return `${name}: ${(ratio * 100).toFixed(2)} % of pixels differ (allowed ${(maxDiffRatio * 100).toFixed(2)} %); see ${actualPath} and ${diffPath}`;
}
