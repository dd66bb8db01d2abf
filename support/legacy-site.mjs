// examples/legacy-cms/ laid out in a temporary folder the way a ministry
// serves it (README, "Trying the example"): the template at /, the embed at
// /static/gov-portal-kit.js (from GOV_DIST, default dist), the shared images
// at /images/ and the 大鼠标 cursors at /cursors/. With `kit: false` the
// template's script tag for the kit is removed: the page as it was before
// the retrofit.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const example = fileURLToPath(new URL('../examples/legacy-cms/', import.meta.url));
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const embed = join(process.env.GOV_DIST ?? 'dist', 'embed', 'gov-portal-kit.js');
const scriptTag = '<script type="module" src="/static/gov-portal-kit.js"></script>';

/** Lays the site out; `remove()` deletes the folder. */
export async function layLegacySite({ kit = true } = {}) {
  if (kit && !existsSync(embed)) throw new Error(`${embed} is missing: run \`npm run build\` first.`);
  const root = await mkdtemp(join(tmpdir(), 'gov-legacy-cms-'));
  await cp(example, root, { recursive: true });
  await cp(join(publicDir, 'images'), join(root, 'images'), { recursive: true });
  await cp(join(publicDir, 'cursors'), join(root, 'cursors'), { recursive: true });
  if (kit) {
    await mkdir(join(root, 'static'));
    await cp(embed, join(root, 'static', 'gov-portal-kit.js'));
  } else {
    const page = join(root, 'index.html');
    const html = await readFile(page, 'utf8');
    if (!html.includes(scriptTag)) throw new Error(`examples/legacy-cms/index.html no longer has ${scriptTag}`);
    await writeFile(page, html.replace(scriptTag, ''));
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
