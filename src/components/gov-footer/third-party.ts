/**
 * Inserts an opt-in third-party script (the conac badge, 我为政府网站找错).
 * Only called when the site sets the matching attribute; under Trusted Types
 * the URL goes through the kit's one policy (src/base/trusted-types.ts),
 * which accepts only these two hosts.
 */
import { conacScript, jiucuoScript } from './registration.js';
import { setBadgeScriptSrc } from '../../base/trusted-types.js';

function script(url: string, attributes: Record<string, string> = {}): HTMLScriptElement {
  const el = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setBadgeScriptSrc(el, url);
  el.async = true;
  return el;
}

/** The conac badge: its placeholder span and its script. */
export function conacBadge(code: string): HTMLElement[] {
  const span = document.createElement('span');
  span.id = '_ideConac';
  return [span, script(conacScript(code))];
}

/** The 我为政府网站找错 entry: gov.cn's script, which draws its link next to itself. */
export function jiucuoBadge(siteCode: string): HTMLElement[] {
  return [script(jiucuoScript, { id: '_jiucuo_', sitecode: siteCode })];
}
