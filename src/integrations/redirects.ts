/**
 * Retired URLs keep working. content/redirects.yaml (old path → new path) is loaded once by
 * astro.config.mjs: Astro's `redirects` turns each entry into a meta-refresh page at the old path, which
 * any static host serves, and this integration writes dist/_redirects after the build for hosts that
 * answer with a real 301 (Netlify, Cloudflare Pages and others).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { checkRedirects, redirectsFile, type Redirects } from '../lib/manifest.ts';

/** Reads and checks the redirects file; a missing file means no redirects (test fixtures have none). */
export function loadRedirects(file: string): Redirects {
  if (!existsSync(file)) return {};
  const { redirects, errors } = checkRedirects(yaml.load(readFileSync(file, 'utf8')));
  if (errors.length) throw new Error(`${file}:\n  ${errors.join('\n  ')}`);
  return redirects;
}

export function redirectsIntegration(redirects: Redirects): AstroIntegration {
  return {
    name: 'digest:redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_redirects', dir), redirectsFile(redirects));
        logger.info(`_redirects written (${Object.keys(redirects).length} redirects)`);
      },
    },
  };
}
