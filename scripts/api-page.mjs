// `node scripts/api-page.mjs [dir]` (part of npm run analyze): writes the demo
// site's API reference, api.html, from custom-elements.json, with its
// stylesheet api.css beside it. The demo is served under
// `style-src 'self'`, so the page has no inline style of any kind.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDir, elementDeclarations, oneLine, readManifest } from './manifest.mjs';

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const code = (text) => `<code>${escape(text)}</code>`;
/** A JSDoc text as HTML: escaped, with its Markdown code spans as `code`. */
const prose = (text) => escape(oneLine(text)).replace(/`([^`]+)`/g, '<code>$1</code>');
const orDash = (value) => (value === undefined || value === '' ? '—' : code(value));

/**
 * A titled table of one kind of member, or nothing when the element has none.
 * The first cell of each row names the member and heads the row. On a narrow
 * screen the table scrolls sideways in its box rather than the page; the box
 * is a named region in the tab order, so keyboard users can scroll it too.
 */
function section(tag, title, columns, rows) {
  if (rows.length === 0) return '';
  const head = columns.map((column) => `<th scope="col">${column}</th>`).join('');
  const body = rows.map(([name, ...cells]) => `<tr><th scope="row">${name}</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  const id = `${tag}-${title.toLowerCase().replaceAll(' ', '-')}`;
  return `<h3>${title}</h3>
<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table>
<caption id="${id}">${title} of ${code(`<${tag}>`)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</div>`;
}

const signature = (method) =>
  `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}): ${method.return?.type?.text ?? 'void'}`;

function element(el) {
  const tag = el.tagName;
  const fields = (el.members ?? []).filter((member) => member.kind === 'field');
  const methods = (el.members ?? []).filter((member) => member.kind === 'method');
  const paragraphs = (el.description ?? '').split(/\n\s*\n/).filter((text) => text.trim());
  return `<section>
<h2 id="${tag}">${code(`<${tag}>`)}</h2>
<p class="summary">${prose(el.summary)}</p>
${paragraphs.map((text) => `<p>${prose(text)}</p>`).join('\n')}
<dl class="facts"><dt>Class</dt><dd>${code(el.name)}</dd><dt>Module</dt><dd>${code(el.modulePath)}</dd></dl>
${section(tag, 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], (el.attributes ?? []).map((a) => [code(a.name), orDash(a.fieldName), orDash(a.type?.text), orDash(a.default), prose(a.description)]))}
${section(tag, 'Properties', ['Property', 'Attribute', 'Type', 'Default', 'Description'], fields.map((f) => [code(f.name), orDash(f.attribute), `${orDash(f.type?.text)}${f.readonly ? ' (read-only)' : ''}`, orDash(f.default), prose(f.description)]))}
${section(tag, 'Methods', ['Method', 'Signature', 'Description'], methods.map((m) => [code(m.name), code(signature(m)), prose(m.description)]))}
${section(tag, 'Events', ['Event', 'Description'], (el.events ?? []).map((e) => [code(e.name), prose(e.description)]))}
${section(tag, 'Slots', ['Slot', 'Description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)]))}
${section(tag, 'CSS parts', ['Part', 'Description'], (el.cssParts ?? []).map((p) => [code(p.name), prose(p.description)]))}
${section(tag, 'CSS custom properties', ['Custom property', 'Description'], (el.cssProperties ?? []).map((p) => [code(p.name), prose(p.description)]))}
</section>`.replace(/\n{2,}/g, '\n');
}

/** The API page of every element in the manifest. */
export function apiPage(manifest) {
  const elements = elementDeclarations(manifest);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · gov-portal-kit</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/api.css">
</head>
<body>
<header class="site">
<a class="skip" href="#main">Skip to the API reference</a>
<p><a href="/">Back to the gov-portal-kit demo</a></p>
</header>
<main id="main">
<h1>gov-portal-kit API reference</h1>
<p>Every element of the kit with its attributes, properties, methods, events, slots, CSS parts and CSS custom properties, generated from the Custom Elements Manifest <a href="/custom-elements.json">${code('custom-elements.json')}</a>. For completion and hover documentation in VS Code, point the <code>html.customData</code> setting at <a href="/vscode.html-custom-data.json">${code('vscode.html-custom-data.json')}</a>.</p>
<p>Colours, spacing and type sizes come from the theme tokens in ${code('themes/base.css')}, which every element reads; the CSS custom properties listed here are the ones specific to an element.</p>
<nav aria-labelledby="elements">
<h2 id="elements">Elements</h2>
<ul>
${elements.map((el) => `<li><a href="#${el.tagName}">${code(`<${el.tagName}>`)}</a>: ${prose(el.summary)}</li>`).join('\n')}
</ul>
</nav>
${elements.map(element).join('\n')}
</main>
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = buildDir();
  writeFileSync(join(dir, 'api.html'), apiPage(readManifest(dir)));
  copyFileSync(fileURLToPath(new URL('api-page.css', import.meta.url)), join(dir, 'api.css'));
}
