import { validatePatch, type Preferences } from './schema.js';

/**
 * Preferences a link can set: `?elder=1` (or 0), `?scheme=black-yellow` and
 * `?lang=en`. Invalid values are reported and ignored.
 */
export function readUrlOverrides(search: string): Partial<Preferences> {
  const params = new URLSearchParams(search);
  const candidate: Record<string, unknown> = {};
  const elder = params.get('elder');
  if (elder !== null) candidate['elder'] = elder === '1' || elder === 'true' ? true : elder === '0' || elder === 'false' ? false : elder;
  const scheme = params.get('scheme');
  if (scheme !== null) candidate['scheme'] = scheme;
  const lang = params.get('lang');
  if (lang !== null) candidate['locale'] = lang;
  const { patch, rejected } = validatePatch(candidate);
  if (rejected.length) console.warn(`gov-portal-kit: ignored invalid URL preferences (${rejected.join(', ')}).`);
  return patch;
}
