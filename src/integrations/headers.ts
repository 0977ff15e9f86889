/**
 * Writes dist/_headers after every build: the site's security headers (src/lib/security.ts) on every path, and
 * the media types of the citation downloads (from CITATION_FORMATS, as the pages that write them declare):
 * a host guessing from the extension would send cite.json as application/json and .bib/.ris as text or bytes.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { CITATION_FORMATS } from '../lib/citation/index.ts';
import { headersFile, SECURITY_HEADERS } from '../lib/security.ts';

// One Content-Type rule per download format, for the article's file and every section's (e.g. /*/cite.bib).
export const citationTypes = (): Record<string, string> =>
  Object.fromEntries(CITATION_FORMATS.flatMap((f) => (f.download ? [[`/*/cite.${f.download.extension}`, `${f.download.mime}; charset=utf-8`]] : [])));

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'digest:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(SECURITY_HEADERS, base, citationTypes()));
      },
    },
  };
}
