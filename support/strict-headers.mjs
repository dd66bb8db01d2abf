// The strict response headers the end-to-end tests and Lighthouse serve the
// demo with: the Content-Security-Policy a ministry site can deploy, with
// Trusted Types enforced and only the kit's two policies allowed. The one
// inline script, which puts the visitor's stored modes on the root before
// the first paint (src/preferences/first-paint.ts), is allowed by its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The CSP source that allows the first-paint script of the build in `dist`: 'sha256-…'. */
export function firstPaintHash(dist = process.env.GOV_DIST ?? 'dist') {
  const code = readFileSync(`${dist}/embed/first-paint.js`, 'utf8');
  return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

/** The headers, for the build in `dist`. */
export function strictHeaders(dist) {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src 'self' ${firstPaintHash(dist)}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html gov-portal-kit',
    ].join('; '),
  };
}
