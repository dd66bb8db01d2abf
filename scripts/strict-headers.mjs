// The strict response headers the end-to-end tests and Lighthouse serve the
// demo with: the Content-Security-Policy a ministry site can deploy, with
// Trusted Types enforced and only the kit's two policies allowed.
export const strictHeaders = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html gov-portal-kit',
  ].join('; '),
};
