// Measures the demo's JavaScript and CSS in gzip bytes: what the first load
// fetches (the entry script, its static imports and the stylesheets the page
// links) and everything the demo can ever load (lazy chunks included).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export const budgets = {
  firstLoad: 25_600,
  everything: 46_080,
};

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of a built chunk (`import … from "./x.js"` and `import "./x.js"`), not dynamic `import()`. */
function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
    found.add(match[1]);
  }
  return [...found];
}

export function measureDemo(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => m[1].replace(/^\//, ''));

  const firstLoad = new Set();
  const queue = [...linked];
  while (queue.length) {
    const file = queue.shift();
    if (firstLoad.has(file) || !/\.(js|css)$/.test(file)) continue;
    firstLoad.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }

  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  const rows = all.map((file) => ({ file, gzip: gzipBytes(join(dist, file)), firstLoad: firstLoad.has(file) }));
  const sum = (list) => list.reduce((total, row) => total + row.gzip, 0);
  return {
    rows: rows.sort((a, b) => b.gzip - a.gzip),
    firstLoad: sum(rows.filter((r) => r.firstLoad)),
    everything: sum(rows),
  };
}

export function printSizes(result) {
  for (const row of result.rows) {
    console.log(`  ${row.firstLoad ? 'first load' : 'lazy      '}  ${String(row.gzip).padStart(7)} B  ${row.file}`);
  }
  console.log(`  first load: ${result.firstLoad} B gzip (budget ${budgets.firstLoad} B)`);
  console.log(`  everything: ${result.everything} B gzip (budget ${budgets.everything} B)`);
}
