// Page weight of a first visit, per page type: every response Chromium receives while loading the
// page with an empty cache (a fresh browser context per page), gzipped as a host would send it
// (util.wireBytes), split into HTML, CSS, JS, fonts and other.
//
// "JS required to read" is measured, not assumed: the page is loaded a second time with JavaScript
// off, and the reading blocks of <main> (paragraphs, list items, headings, table cells…, outside
// form controls, which scripts may rightly add) are compared. If every block shown with JS is also
// shown without it, the JS needed to read is 0; otherwise it is all the JS the page loads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { log, wireBytes } from './util.mjs';

/** Reading pages: what a reader comes for. Budget: ≤ 25 KB gz in total, 0 KB of JS needed to read. */
export const READING_BUDGET_BYTES = 25 * 1024;

/** Representative entity of each kind: ones the article discusses at length, falling back to the first. */
const PREFERRED = {
  regions: 'central-asia',
  countries: 'turkmenistan',
  places: 'caspian-sea',
  organisations: 'csto',
  treaties: 'aktau-caspian-convention-2018',
  people: 'maia-sandu',
};

const has = (outDir, path) => existsSync(join(outDir, path, 'index.html'));

/** Pages under a folder (one level down), e.g. every section of an article or every country. */
function subpages(outDir, path) {
  const dir = join(outDir, path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `${path}${d.name}/`);
}

/** The page whose HTML is heaviest gzipped: the representative page is typical, this one is the worst case. */
function heaviest(outDir, paths) {
  let best = null;
  for (const p of paths) {
    const gz = gzipSync(readFileSync(join(outDir, p, 'index.html'))).length;
    if (!best || gz > best.gz) best = { path: p, gz };
  }
  return best?.path ?? null;
}

function firstSubdir(outDir, path) {
  const dir = join(outDir, path);
  if (!existsSync(dir)) return null;
  const sub = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')));
  return sub.length ? sub.map((d) => d.name).sort()[0] : null;
}

/**
 * One URL per page type that exists in this build.
 * @returns {{ type: string, path: string, reading: boolean }[]}
 */
export function pickPages(outDir, { article = 'karpovich-davydova-2021', section = 'turkmenistan' } = {}) {
  const pages = [{ type: 'home', path: '/', reading: false }];
  if (has(outDir, `/${article}/`)) {
    pages.push({ type: 'article', path: `/${article}/`, reading: true });
    const s = has(outDir, `/${article}/${section}/`) ? section : firstSubdir(outDir, `/${article}/`);
    if (s) pages.push({ type: 'section', path: `/${article}/${s}/`, reading: true });
  }
  const worstSection = heaviest(outDir, subpages(outDir, `/${article}/`));
  if (worstSection && !pages.some((p) => p.path === worstSection)) pages.push({ type: 'section (heaviest)', path: worstSection, reading: true });
  for (const [kind, preferred] of Object.entries(PREFERRED)) {
    const id = has(outDir, `/${kind}/${preferred}/`) ? preferred : firstSubdir(outDir, `/${kind}/`);
    if (id) pages.push({ type: `entity: ${kind}`, path: `/${kind}/${id}/`, reading: true });
  }
  const worstEntity = heaviest(outDir, Object.keys(PREFERRED).flatMap((kind) => subpages(outDir, `/${kind}/`)));
  if (worstEntity && !pages.some((p) => p.path === worstEntity)) pages.push({ type: 'entity (heaviest)', path: worstEntity, reading: true });
  for (const [type, path] of [
    ['entity index', '/countries/'],
    ['membership', '/membership/'],
    ['about', '/about/'],
    ['search', '/search/'],
    ['timeline', '/timeline/'],
    ['map', '/map/'],
  ]) {
    if (has(outDir, path)) pages.push({ type, path, reading: false });
  }
  return pages;
}

function kindOf(resourceType, url) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return 'other';
}

/**
 * A response's body. Chromium sometimes cannot hand a body back once it has dropped it from memory
 * (seen on a busy machine: a script counted on one page, missing on the next); the server is local
 * and static, so asking it again gives the same bytes.
 */
export async function bodyOf(res) {
  try {
    return await res.body();
  } catch (err) {
    log(`body of ${res.url()} unavailable from Chromium (${err.message.split('\n')[0]}); fetched again`);
    return Buffer.from(await (await fetch(res.url())).arrayBuffer());
  }
}

/** Loads one page in a fresh context (empty cache) and records every response. */
async function load(browser, url, javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const pending = [];
  // Bytes are counted on the visit with JS (the first visit a reader makes); the visit without
  // JS only checks what can be read.
  context.on('response', (res) => {
    if (!javaScriptEnabled) return;
    if (res.status() >= 300 && res.status() < 400) return; // a redirect has no body to count
    pending.push(
      bodyOf(res).then((body) => ({ url: res.url(), kind: kindOf(res.request().resourceType(), res.url()), raw: body.length, gz: wireBytes(body, res.headers()['content-type'], new URL(res.url()).pathname) })),
    );
  });
  // With JS on, wait until the network is quiet, so requests scripts make after load (and the
  // favicon, which Chromium fetches late) are counted; with JS off, 'load' is enough.
  const response = await page.goto(url, { waitUntil: javaScriptEnabled ? 'networkidle' : 'load' });
  const blocks = await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const sel = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, blockquote, figcaption, caption';
    return [...main.querySelectorAll(sel)]
      .filter((el) => !el.closest('form, select, button, label, [role="search"]'))
      .map((el) => el.innerText.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  });
  const resources = await Promise.all(pending);
  await context.close();
  return { status: response?.status() ?? null, blocks, resources };
}

/** @returns {Promise<object>} bytes by kind (raw and gz), requests, JS needed to read */
export async function measurePage(browser, base, path) {
  const withJs = await load(browser, base + path, true);
  const noJs = await load(browser, base + path, false);
  const by = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const rawBy = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  for (const r of withJs.resources) {
    by[r.kind] += r.gz;
    rawBy[r.kind] += r.raw;
  }
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  const shownWithoutJs = new Set(noJs.blocks);
  const missingWithoutJs = withJs.blocks.filter((b) => !shownWithoutJs.has(b));
  const readableWithoutJs = missingWithoutJs.length === 0;
  return {
    path,
    status: withJs.status,
    requests: withJs.resources.length,
    gz: { ...by, total },
    raw: { ...rawBy, total: Object.values(rawBy).reduce((a, b) => a + b, 0) },
    jsNeededToRead: readableWithoutJs ? 0 : by.js,
    readableWithoutJs,
    readingBlocks: withJs.blocks.length,
    missingWithoutJs: missingWithoutJs.slice(0, 5),
    resources: withJs.resources.map(({ url, kind, raw, gz }) => ({ url: new URL(url).pathname, kind, raw, gz })),
  };
}

export async function measureWeights(browser, base, pages) {
  const out = [];
  for (const p of pages) {
    const m = await measurePage(browser, base, p.path);
    out.push({ ...p, ...m, withinBudget: p.reading ? m.gz.total <= READING_BUDGET_BYTES && m.jsNeededToRead === 0 : null });
  }
  return out;
}
