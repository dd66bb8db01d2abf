/**
 * lit-localize keys each translation by a hash of its source text: a type
 * letter and 16 hex digits, which compress badly (about 1 KB gzip in each
 * locale chunk). The demo's build keeps only the first characters of each key
 * (`shortMessageIds` in scripts/build-plugins.ts, which fails on a clash), and
 * the locale loader finds a message by its full id or that prefix.
 */
export const messageIdLength = 5;
