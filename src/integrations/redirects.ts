/**
 * Retired URLs keep working. content/redirects.yaml (old path → new path) is loaded once by astro.config.mjs;
 * after the build this integration writes, for each entry, a small redirect page at the old path, which any
 * static host serves (GitHub Pages included), and dist/_redirects for hosts that answer with a real 301
 * (Netlify, Cloudflare Pages and others).
 *
 * Why our own pages rather than Astro's `redirects`: Astro's page has no language, no character encoding and no
 * <main> (the HTML checks refuse it), and a meta refresh drops the #fragment, so /old/#p12 would open the top of
 * /new/. Ours carries the site's CSP, and public/redirect.js (a file: the CSP allows no inline script) moves on
 * with the fragment; without JavaScript the meta refresh in <noscript> still moves on, to the top of the page.
 * A 301 keeps the fragment by itself: browsers carry it over when the Location has none (RFC 9110, 10.2.2).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { checkRedirects, finalTarget, redirectsFile, type Redirects } from '../lib/manifest.ts';
import { CSP_META } from '../lib/security.ts';
import { fileUrl, href } from '../lib/urls.ts';

/** Reads and checks the redirects file; a missing file means no redirects (test fixtures have none). */
export function loadRedirects(file: string): Redirects {
  if (!existsSync(file)) return {};
  const { redirects, errors } = checkRedirects(yaml.load(readFileSync(file, 'utf8')));
  if (errors.length) throw new Error(`${file}:\n  ${errors.join('\n  ')}`);
  return redirects;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page at a retired path: `to` is where it went, as the site links to it (base included), `canonical`
 * its absolute address. Valid HTML under the project's checks, no inline code.
 */
export function redirectPage(to: string, canonical: string, base?: string): string {
  const t = escape(to);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${escape(CSP_META)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>This page has moved</title>
    <meta name="robots" content="noindex">
    <link rel="canonical" href="${escape(canonical)}">
    <script type="module" src="${escape(fileUrl('redirect.js', base))}" data-redirect-to="${t}"></script>
    <noscript><meta http-equiv="refresh" content="0; url=${t}"></noscript>
  </head>
  <body>
    <main>
      <h1>This page has moved</h1>
      <p>It is now at <a href="${t}">${t}</a>.</p>
    </main>
  </body>
</html>
`;
}

export function redirectsIntegration(redirects: Redirects): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'digest:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const [from, to] of Object.entries(redirects)) {
          const end = finalTarget(from, redirects) ?? to;
          // A path that names a file (/x.bib) is covered by _redirects only; a page path gets a page.
          if (!from.endsWith('/')) continue;
          const file = `${root}${from.slice(1)}index.html`;
          if (existsSync(file)) {
            throw new Error(`content/redirects.yaml: redirect from "${from}": that path is still a page of the site; remove the redirect, or change the page's id`);
          }
          mkdirSync(`${root}${from.slice(1)}`, { recursive: true });
          writeFileSync(file, redirectPage(href(end, base), new URL(href(end, base), site).href, base));
        }
        writeFileSync(new URL('_redirects', dir), redirectsFile(redirects, base));
        logger.info(`_redirects and ${Object.keys(redirects).filter((f) => f.endsWith('/')).length} redirect pages written (${Object.keys(redirects).length} redirects)`);
      },
    },
  };
}
