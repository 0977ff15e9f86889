// Scale: the site built from synthetic digests of N× the content (synthetic.mjs), compared with the
// real 1× build: build time, memory, dist and index size, first-query bytes, and page weights.
// "Linear or better" means each figure grows by at most N; a page's weight should not grow at all,
// except the home page, which lists every article. Every page of the 1× build is also compared with
// its counterpart at N× (gzipped HTML), so any page that grows with the number of articles shows up.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { timedBuild } from './build.mjs';
import { distStats, pagefindStats } from './dist.mjs';
import { QUERIES, measureSearch } from './search.mjs';
import { PORTS, serve } from './serve.mjs';
import { syntheticDigest, syntheticId } from './synthetic.mjs';
import { log, walk } from './util.mjs';
import { measurePage } from './weights.mjs';

/** Pages weighed at every scale; the home page is reported apart because it legitimately grows. */
export const SCALE_PAGES = (article, section, factor, heaviestEntity) => ({
  section: `/${article}/${section}/`,
  syntheticSection: `/${syntheticId(1, factor)}/${section}/`,
  home: '/',
  entity: '/countries/turkmenistan/',
  // The entity page that is heaviest at 1× (it names the most-mentioned entity, so it grows most).
  ...(heaviestEntity ? { heaviestEntity } : {}),
});

/** The budget of the heaviest page of a scaled build (issue 12): HTML, CSS and JS of a first visit, gzipped. */
export const HEAVIEST_BUDGET_BYTES = 60 * 1024;

/**
 * The heaviest pages of a build by gzipped HTML (what grows with the number of articles; CSS and JS are shared),
 * heaviest first: the home page, which lists every article by design, and the heaviest other page.
 */
export function heaviestPages(outDir) {
  const pages = walk(outDir)
    .filter((f) => f.path.endsWith('.html') && !f.path.startsWith('/pagefind/'))
    .map((f) => ({ page: f.path.replace(/index\.html$/, ''), gzHtml: gzipSync(readFileSync(join(outDir, f.path))).length }))
    .sort((a, b) => b.gzHtml - a.gzHtml || a.page.localeCompare(b.page));
  return { overall: pages[0], besidesHome: pages.find((p) => p.page !== '/'), pages: pages.length };
}

/** The heaviest pages weighed as a first visit in the browser (HTML + CSS + JS + …), beside their HTML alone. */
async function weighHeaviest(browser, serverBase, outDir) {
  const h = heaviestPages(outDir);
  const out = { pages: h.pages };
  for (const [name, p] of [['overall', h.overall], ['besidesHome', h.besidesHome]]) {
    if (!p) continue;
    const m = await measurePage(browser, serverBase, p.page);
    out[name] = { path: p.page, gzHtml: p.gzHtml, gz: m.gz };
  }
  return out;
}

/** gz size of every HTML page of the base build and its counterpart at N×; pages that grew > 10 %. */
function pageGrowth(baseDir, scaledDir) {
  const grown = [];
  let compared = 0;
  for (const f of walk(baseDir).filter((f) => f.path.endsWith('.html'))) {
    const other = join(scaledDir, f.path);
    if (!existsSync(other)) continue;
    compared++;
    const a = gzipSync(readFileSync(join(baseDir, f.path))).length;
    const b = gzipSync(readFileSync(other)).length;
    if (b > a * 1.1) grown.push({ page: f.path.replace(/index\.html$/, ''), gzBase: a, gzScaled: b, ratio: Number((b / a).toFixed(2)) });
  }
  grown.sort((p, q) => q.ratio - p.ratio);
  // Grouped by the first path segment (entity kind, timeline, article …), the usual way pages share a template.
  const byGroup = {};
  for (const g of grown) {
    const key = g.page === '/' ? 'home' : g.page.split('/')[1];
    byGroup[key] ??= { pages: 0, maxRatio: 0 };
    byGroup[key].pages++;
    byGroup[key].maxRatio = Math.max(byGroup[key].maxRatio, g.ratio);
  }
  return { compared, grown: grown.length, byGroup, top: grown.slice(0, 10) };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {number[]} factors
 * @param {{ outDir: string, pages?: object, heaviest?: object }} base  the 1× build (the real content), kept until
 *   this returns; its `heaviest` pages (and any of its `pages` not yet weighed) are added here
 */
export async function runScale(browser, factors, base, { root, siteUrl, article, section, heaviestEntity, keep = false }) {
  const out = [];
  // The 1× build's heaviest pages, weighed the way the scaled builds' are; and, when the bench's weights part was
  // skipped (a scale-only run), the 1× pages the table compares, and the heaviest entity page by its HTML.
  heaviestEntity ??= walk(base.outDir)
    .filter((f) => /^\/(regions|countries|places|organisations|treaties|people)\/[^/]+\/index\.html$/.test(f.path))
    .map((f) => ({ path: f.path.replace(/index\.html$/, ''), gz: gzipSync(readFileSync(join(base.outDir, f.path))).length }))
    .sort((a, b) => b.gz - a.gz)[0]?.path;
  const baseServer = await serve(base.outDir, PORTS.scale);
  try {
    base.heaviest = await weighHeaviest(browser, baseServer.base, base.outDir);
    base.pages ??= {};
    for (const [name, path] of Object.entries(SCALE_PAGES(article, section, 1, heaviestEntity))) {
      if (base.pages[name] || !existsSync(join(base.outDir, path, 'index.html'))) continue;
      const m = await measurePage(browser, baseServer.base, path);
      base.pages[name] = { path, gz: m.gz, requests: m.requests };
    }
  } finally {
    await baseServer.stop();
  }
  for (const factor of factors) {
    const pages = SCALE_PAGES(article, section, factor, heaviestEntity);
    log(`scale ${factor}×: generating content …`);
    const contentDir = syntheticDigest(factor);
    const build = await timedBuild({ root, contentDir, label: `scale ${factor}×`, env: { SITE_URL: siteUrl, BASE_PATH: '' } });
    if (!build.ok) {
      out.push({ factor, ok: false, exitCode: build.exitCode, log: build.output.slice(-4000) });
      continue;
    }
    const row = { factor, ok: true, wallMs: build.wallMs, cpuMs: build.cpuMs, load: build.load, maxRssKb: build.maxRssKb, treePeakRssKb: build.treePeakRssKb, dist: distStats(build.outDir), pagefind: pagefindStats(build.outDir) };
    const server = await serve(build.outDir, PORTS.scale);
    try {
      row.pages = {};
      for (const [name, path] of Object.entries(pages)) {
        if (!existsSync(join(build.outDir, path, 'index.html'))) continue;
        const m = await measurePage(browser, server.base, path);
        row.pages[name] = { path, gz: m.gz, requests: m.requests };
      }
      row.heaviest = await weighHeaviest(browser, server.base, build.outDir);
      const search = await measureSearch(browser, server.base, build.outDir, QUERIES.slice(0, 5));
      row.search = search && { firstQueryBytes: search.cold.bytes, firstQueryBytesMax: search.cold.bytesMax, coldSearchMs: search.cold.searchMs, warmSearchMs: search.warm.newQuerySearchMs };
    } finally {
      await server.stop();
    }
    row.growth = pageGrowth(base.outDir, build.outDir);
    out.push(row);
    log(`scale ${factor}×: measured (${row.growth.grown} of ${row.growth.compared} pages of the 1× build grew > 10 %)`);
    // A 100× dist is large; it is not needed once measured.
    if (!keep) for (const d of [build.outDir, contentDir]) rmSync(d, { recursive: true, force: true });
  }
  return out;
}
