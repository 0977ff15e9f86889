/** Every built page runs only the site's own bundles (see tests/helpers/code-guard.ts), and the 404 page claims no URL. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allPages, distDir, page, requireDist } from '../helpers/dist.ts';
import { findInjectedCode } from '../helpers/code-guard.ts';
import { siteRoot } from '../helpers/page-links.ts';

test('no page carries a script other than the known bundles and JSON-LD, an on… attribute or a javascript: URL', () => {
  requireDist();
  const base = new URL(siteRoot(distDir)).pathname;
  const problems = allPages().flatMap((url) => {
    const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
    return findInjectedCode(readFileSync(file, 'utf8'), base).map((p) => `${url}: ${p}`);
  });
  assert.deepEqual(problems, []);
});

test('the 404 page, served at any unknown address, names no canonical or og:url of its own', () => {
  requireDist();
  const doc = page('/404.html');
  assert.equal(doc.querySelector('link[rel="canonical"]'), null);
  assert.equal(doc.querySelector('meta[property="og:url"]'), null, 'og:url would point to /404/, which does not exist');
});
