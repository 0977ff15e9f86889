// Search cost in headless Chromium, through Pagefind's JS API (not the site's UI, so the figures are
// the index's and stay comparable whatever the UI does around it):
//   cold: a fresh browser context (empty cache) per query: import + init, the first search, then the
//         data of the top 5 results (fragments); every byte fetched for it is counted;
//   warm: one page where Pagefind is loaded and has already answered other queries; each query is
//         timed the first time it is asked there (its index chunk may still load) and when repeated.
// The queries are words the article uses, spread over its regions and topics, so that they hit
// different index chunks.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, wireBytes } from './util.mjs';
import { bodyOf } from './weights.mjs';

export const FIRST_QUERY_BUDGET_BYTES = 150 * 1024;
export const WARM_QUERY_BUDGET_MS = 50;

export const QUERIES = [
  'Turkmenistan', 'Minsk', 'Caspian', 'CSTO', 'Sandu', 'Gazprom', 'Karabakh', 'Transnistria', 'Putin', 'Abkhazia',
  'pandemic', 'vaccine', 'Dushanbe', 'Tajikistan', 'Kyrgyzstan', 'Aktau', 'citizenship', 'Crimea', 'Zelensky', 'integration',
  'peacekeepers', 'Georgia', 'Uzbekistan', 'pipeline',
];

/** A page on the site's origin with nothing of the site in it, so only Pagefind's requests are counted. */
const BLANK = '/__bench_blank__/';

async function blankPage(browser, base) {
  const context = await browser.newContext();
  await context.route(base + BLANK, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
  const page = await context.newPage();
  await page.goto(base + BLANK);
  return { context, page };
}

/** Runs inside the page: import, init, one search, then the top five results' data. */
async function coldQuery(q) {
  const t0 = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const t1 = performance.now();
  const r = await pf.search(q);
  const t2 = performance.now();
  await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  const t3 = performance.now();
  return { initMs: t1 - t0, searchMs: t2 - t1, withFragmentsMs: t3 - t1, results: r.results.length };
}

async function warmQueries(queries) {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const time = async (q) => {
    const t0 = performance.now();
    const r = await pf.search(q);
    const t1 = performance.now();
    await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    return { q, searchMs: t1 - t0, withFragmentsMs: performance.now() - t0 };
  };
  await time('Russia'); // the first query pays for the WebAssembly start-up; it is the cold figure's job
  const first = [];
  for (const q of queries) first.push(await time(q));
  const repeat = [];
  for (const q of queries) repeat.push(await time(q));
  return { first, repeat };
}

export async function measureSearch(browser, base, outDir, queries = QUERIES) {
  if (!existsSync(join(outDir, 'pagefind/pagefind.js'))) return null;
  const cold = [];
  for (const q of queries) {
    const { context, page } = await blankPage(browser, base);
    const pending = [];
    context.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path === BLANK) return;
      pending.push(bodyOf(res).then((b) => ({ path, gz: wireBytes(b, res.headers()['content-type'], path) })));
    });
    const t = await page.evaluate(coldQuery, q);
    const files = await Promise.all(pending);
    const fragments = files.filter((f) => f.path.includes('/fragment/'));
    const bytes = files.reduce((n, f) => n + f.gz, 0);
    cold.push({ q, ...t, requests: files.length, bytes, bytesWithoutFragments: bytes - fragments.reduce((n, f) => n + f.gz, 0) });
    await context.close();
  }
  const { context, page } = await blankPage(browser, base);
  const warm = await page.evaluate(warmQueries, queries);
  await context.close();
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const result = {
    queries: queries.length,
    zeroResultQueries: cold.filter((c) => c.results === 0).map((c) => c.q),
    cold: {
      initMs: m(cold, 'initMs'),
      searchMs: m(cold, 'searchMs'),
      withFragmentsMs: m(cold, 'withFragmentsMs'),
      bytes: m(cold, 'bytes'),
      bytesMax: Math.max(...cold.map((c) => c.bytes)),
      bytesWithoutFragments: m(cold, 'bytesWithoutFragments'),
      requests: m(cold, 'requests'),
    },
    warm: {
      newQuerySearchMs: m(warm.first, 'searchMs'),
      newQueryWithFragmentsMs: m(warm.first, 'withFragmentsMs'),
      repeatSearchMs: m(warm.repeat, 'searchMs'),
      repeatWithFragmentsMs: m(warm.repeat, 'withFragmentsMs'),
    },
    perQuery: cold.map((c, i) => ({ ...c, warmNewMs: warm.first[i].searchMs, warmRepeatMs: warm.repeat[i].searchMs })),
  };
  // Budgets: the heaviest first query (with its five fragments) and the median warm query.
  result.firstQueryWithinBudget = result.cold.bytesMax <= FIRST_QUERY_BUDGET_BYTES;
  result.warmWithinBudget = result.warm.newQuerySearchMs <= WARM_QUERY_BUDGET_MS;
  return result;
}
