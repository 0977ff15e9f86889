/**
 * The page budget, checked on every build rather than only when the bench runs: a page of the text (the
 * article's reading copy, each section) and an entity page weigh at most READING_BUDGET_BYTES gzipped on a
 * first visit — the HTML, the stylesheets and scripts it loads before a reader does anything, and its icon.
 * The bench (tests/bench/weights.mjs) measures the same in a browser, with the other page types beside them;
 * this is the cheap guard that a change which tips a page over fails `npm test`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ENTITY_KINDS } from '../../src/lib/entities/kinds.ts';
import { READING_BUDGET_BYTES } from '../bench/weights.mjs';
import { allPages, distDir, page, pageFile, requireDist } from '../helpers/dist.ts';
import { siteRoot } from '../helpers/page-links.ts';
import { sentGzipped } from '../../src/server/serve.mjs';

/** The file in dist/ behind an address the page links to (the build's addresses carry its folder). */
function assetFile(href: string, base: string): string {
  const path = new URL(href, 'http://x/').pathname;
  return join(distDir, path.startsWith(base) ? path.slice(base.length) : path);
}

/** A module's static imports: what the browser fetches with it (dynamic import() waits for the reader). */
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);

/** The files a first visit to the page fetches: the page, its stylesheets, its scripts with their static imports, its icon. */
function firstVisitFiles(url: string, base: string): string[] {
  const doc = page(url);
  const files = new Set<string>([pageFile(url)]);
  // A <noscript> stylesheet loads only without JavaScript; the pages are weighed as most readers load them.
  for (const l of doc.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]')) if (!l.closest('noscript')) files.add(assetFile(l.getAttribute('href')!, base));
  const scripts = doc.querySelectorAll('script[src]').map((s) => assetFile(s.getAttribute('src')!, base));
  while (scripts.length) {
    const file = scripts.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) scripts.push(join(file, '..', spec));
  }
  return [...files];
}

/** The article pages of the build: each has its citation files beside it, one folder below the root. */
const articlePages = () => allPages().filter((u) => u.split('/').length === 3 && existsSync(join(distDir, u, 'cite.bib')));

/** Bytes a first visit to the page sends: text gzipped, as a host sends it, and the PNG icon as it is. */
const firstVisitBytes = (url: string, base: string) =>
  firstVisitFiles(url, base).reduce((sum, f) => sum + (sentGzipped(f) ? gzipSync(readFileSync(f)) : readFileSync(f)).length, 0);

test(`every page of the text and every entity page of the site weighs at most ${READING_BUDGET_BYTES / 1024} KB gzipped on a first visit`, () => {
  requireDist();
  const base = new URL(siteRoot(distDir)).pathname;
  const articles = articlePages();
  assert.ok(articles.length > 0, 'the build has an article page');
  const pages = allPages().filter((u) => {
    const [first, second, third] = u.split('/').slice(1);
    return (third === '' && (articles.includes(`/${first}/`) || (ENTITY_KINDS as readonly string[]).includes(first!))) || (second === '' && articles.includes(u));
  });
  assert.ok(pages.length > articles.length, 'section and entity pages are weighed too');
  const over = pages.map((u) => [u, firstVisitBytes(u, base)] as const).filter(([, bytes]) => bytes > READING_BUDGET_BYTES);
  assert.deepEqual(over.map(([u, b]) => `${u}: ${b} bytes`), []);
});

test('the weighing counts what a page loads: the page, its stylesheet, its script and the icon, and not the no-JavaScript sheet', () => {
  requireDist();
  const base = new URL(siteRoot(distDir)).pathname;
  const [article] = articlePages();
  const files = firstVisitFiles(article!, base).map((f) => f.slice(distDir.length));
  const doc = page(article!);
  const script = doc.querySelector('script[type="module"][src]')!.getAttribute('src')!;
  assert.equal(files[0], `${article}index.html`);
  assert.ok(files.some((f) => /^\/_astro\/.+\.css$/.test(f)), `a stylesheet among ${files.join(', ')}`);
  assert.ok(files.includes(script.slice(base.length - 1)), `the page script ${script} among ${files.join(', ')}`);
  assert.ok(files.includes('/favicon.png'), `the icon among ${files.join(', ')}`);
  assert.ok(!files.includes('/no-js.css'));
});
