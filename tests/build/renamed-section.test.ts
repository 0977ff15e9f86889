/**
 * Renaming a section as content/guide/README.md says ("Renaming": a new id, the old one in formerIds, an entry in
 * redirects.yaml) keeps every published URL working, in a site published in a folder of its host. One fixture
 * build (tests/fixtures/renamed/ over tests/fixtures/base/), with SITE_URL=https://example.org and
 * BASE_PATH=/vectors/, checked as the real build is: links (the same checker as tests/built/links.test.ts), the
 * URL manifest (the base fixture's URLs before the rename, tests/fixtures/renamed/url-manifest.txt), valid HTML,
 * no code but the site's own; and no local address anywhere in it. Then Chromium, with the build served at /vectors/
 * (src/server/serve.mjs, without _redirects as on GitHub Pages): search loads its index and links inside the folder,
 * and the old address opens the new page at the ¶ asked for.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadRedirects } from '../../src/integrations/redirects.ts';
import { missingFromBuild, parseManifest } from '../../src/lib/manifest.ts';
import { buildSite, overlayFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { findInjectedCode } from '../helpers/code-guard.ts';
import { allPages, page, pageFile } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/html-valid.ts';
import { checkLinks } from '../helpers/page-links.ts';
import { servedUrls } from '../tools/url-manifest.mjs';
import { launchTestBrowser } from '../helpers/browser.mjs';
import { serve } from '../../src/server/serve.mjs';

const SITE = 'https://example.org';
const BASE = '/vectors/';
let content: string;
let r: BuildResult;
let out: string;

before(() => {
  content = overlayFixture(join(projectRoot, 'tests/fixtures/renamed'));
  r = buildSite(content, undefined, { SITE_URL: SITE, BASE_PATH: BASE });
  out = r.outDir;
});
after(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const files = (dir: string): string[] => readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : [join(dir, e)]));

describe('a renamed section, in a site published at https://example.org/vectors/', () => {
  test('builds', () => assert.equal(r.status, 0, r.output.slice(-3000)));

  test('every internal link, asset, citation file and #fragment resolves inside the folder', () => {
    const { checked, failures } = checkLinks(out);
    assert.ok(checked > 300, `only ${checked} internal links: is the build complete?`);
    assert.deepEqual(failures, []);
  });

  test('every URL published before the rename is still served, or redirected to a page that has it', () => {
    const manifest = parseManifest(readFileSync(join(content, 'url-manifest.txt'), 'utf8'));
    assert.ok(manifest.includes('/test-article/conclusion/#p3') && manifest.includes('/test-article/#conclusion'));
    assert.deepEqual(missingFromBuild(manifest, servedUrls(out), loadRedirects(join(content, 'redirects.yaml'))), []);
  });

  test('every page, the redirect page too, is valid HTML and runs only the site’s own code', async () => {
    assert.deepEqual(await htmlProblems(out), []);
    assert.deepEqual(allPages(out).flatMap((p) => findInjectedCode(readFileSync(pageFile(p, out), 'utf8'), BASE).map((x) => `${p}: ${x}`)), []);
  });

  test('the old address: a page that moves on with the #fragment (script) or without JavaScript (meta refresh), and a 301 rule', () => {
    const old = page('/test-article/conclusion/', out);
    const to = '/vectors/test-article/closing/';
    assert.equal(old.querySelector(`script[type="module"][src="${BASE}redirect.js"]`)?.getAttribute('data-redirect-to'), to);
    assert.match(old.querySelector('noscript')!.innerHTML, new RegExp(`<meta http-equiv="refresh" content="0; url=${to}">`));
    assert.equal(old.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${SITE}${to}`);
    assert.ok(readFileSync(join(out, 'redirect.js'), 'utf8').includes('location.hash'));
    assert.match(readFileSync(join(out, '_redirects'), 'utf8'), /^\/vectors\/test-article\/conclusion\/ \/vectors\/test-article\/closing\/ 301$/m);
    assert.ok(page('/test-article/', out).getElementById('conclusion'), 'the former id stays an anchor on the reading copy');
  });

  test('the search index, the sitemap, canonical links and the headers are in the folder', () => {
    const form = page('/search/', out).querySelector('[data-search-form]')!;
    assert.equal(form.getAttribute('data-bundle'), `${BASE}pagefind/pagefind.js`);
    assert.ok(statSync(join(out, 'pagefind/pagefind.js')).isFile());
    const locs = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(locs.length > 10);
    for (const loc of locs) assert.ok(loc.startsWith(`${SITE}${BASE}`) && statSync(pageFile(`/${loc.slice(`${SITE}${BASE}`.length)}`, out)).isFile(), loc);
    assert.equal(page('/about/', out).querySelector('link[rel="canonical"]')?.getAttribute('href'), `${SITE}${BASE}about/`);
    assert.match(readFileSync(join(out, '_headers'), 'utf8'), /^\/vectors\/\*\/cite\.bib\n {2}Content-Type: application\/x-bibtex/m);
  });

  test('no file of this production build carries a local address', () => {
    const local = files(out).filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'latin1'))).map((f) => relative(out, f));
    assert.deepEqual(local, []);
  });
});

describe('in Chromium, the build served at /vectors/', () => {
  test('search finds the renamed section through the index in the folder, and the old address keeps its ¶', async () => {
    const server = await serve(out, 0, '127.0.0.1', BASE);
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const browser = await launchTestBrowser();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (req) => failed.push(req.url()));
      page.on('response', (res) => res.status() >= 400 && failed.push(`${res.status()} ${res.url()}`));
      await page.goto(`${origin}${BASE}search/?q=end`);
      const first = page.locator('[data-search-results] a').first();
      await first.waitFor({ timeout: 20_000 });
      assert.match((await first.getAttribute('href'))!, /^\/vectors\/test-article\/closing\/(\?|#|$)/);
      assert.deepEqual(failed, [], 'every request of the search page succeeded');

      await page.goto(`${origin}${BASE}test-article/conclusion/#p3`);
      await page.waitForURL(`${origin}${BASE}test-article/closing/#p3`, { timeout: 10_000 });
    } finally {
      await browser.close();
      server.close();
    }
  });
});
