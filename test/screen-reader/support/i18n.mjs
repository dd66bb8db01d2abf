// The kit's strings in each interface language, read from the translators'
// XLIFF files, so the scenarios name controls the way the page does after a
// translation changes.
import { readFileSync } from 'node:fs';

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** `<x id="0" equiv-text="${label}"/>` → `${0}` */
const placeholders = (s) => s.replace(/<x id="(\d+)"[^>]*\/>/g, (_, n) => `\${${n}}`);

/** @returns {Map<string, { id: string, source: string, target: string }[]>} units by source text and by id */
function units(locale) {
  const xlf = readFileSync(new URL(`../../../locales/${locale}.xlf`, import.meta.url), 'utf8');
  const byKey = new Map();
  for (const [, id, body] of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = decode(placeholders(/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? ''));
    const target = decode(placeholders(/<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? source));
    const unit = { id, source, target };
    for (const key of [source, `#${id}`]) byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  return byKey;
}

const cache = new Map();

/**
 * A translator for `locale` (zh-Hans, the source, returns its input):
 * `t('部门网站导航')`, `t('微信', 'share-wechat')` for a string with an
 * explicit id, `t('${0}子栏目', '', '科技动态')` for a template.
 * @param {string} locale
 */
export function translator(locale) {
  const fill = (text, values) => text.replace(/\$\{(\d+)\}/g, (_, n) => values[Number(n)] ?? '');
  if (locale === 'zh-Hans') return (source, ...idAndValues) => fill(source, idAndValues.slice(1));
  if (!cache.has(locale)) cache.set(locale, units(locale));
  const byKey = cache.get(locale);
  return (source, id = '', ...values) => {
    const found = byKey.get(id ? `#${id}` : source);
    if (!found) throw new Error(`No ${locale} translation of "${source}"${id ? ` (${id})` : ''} in locales/${locale}.xlf`);
    return fill(found[0].target, values);
  };
}
