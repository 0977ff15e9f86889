/** Writes dist/_headers with the site's security headers after every build (see src/lib/security.ts). */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'digest:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}
