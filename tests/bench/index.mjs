// `npm run bench`: figures, not pass/fail. Builds the site into a temp folder (never dist/, never the
// shared Astro cache), then measures page weights, search, Lighthouse, a Starlight twin and synthetic
// digests at larger scales; prints markdown tables on stdout (progress goes to stderr) and writes
// the raw numbers to tests/bench/results.json and the tables to tests/bench/RESULTS.md. Options: --help; budgets and parts: tests/README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../helpers/browser.mjs';
import { snapshotProject, timedBuild } from './build.mjs';
import { distStats, pagefindStats } from './dist.mjs';
import { chooseLighthouseBrowser, lighthousePages, measureLighthouse, writeControlPage } from './lighthouse.mjs';
import { resultsFile, writeSection } from './results-file.mjs';
import { SCALE_PAGES, runScale } from './scale.mjs';
import { QUERIES, measureSearch } from './search.mjs';
import { PORTS, serve } from './serve.mjs';
import { DEFAULT_STARLIGHT, runStarlight } from './starlight.mjs';
import { formatScale, formatTables } from './table.mjs';
import { log, median, projectRoot, removeTemps } from './util.mjs';
import { measureWeights, pickPages } from './weights.mjs';

const HELP = `npm run bench [-- options]
  --runs N                Lighthouse runs per page, median reported (default 5)
  --lighthouse-browser B  shell (Chromium's headless shell, the default) or full (the full browser, headless)
  --queries N             search queries, cold and warm (default ${QUERIES.length}, at most ${QUERIES.length})
  --scale 10,100          synthetic digest sizes, × the real content (default 10,100)
  --starlight-version V   @astrojs/starlight to compare with (default ${DEFAULT_STARLIGHT})
  --skip-weights --skip-search --skip-lighthouse --skip-starlight --skip-scale
                          (Lighthouse alone: --skip-weights --skip-search --skip-starlight --skip-scale)
  --out FILE              raw results file (default tests/bench/results.json)
  --keep                  keep the temp builds and content folders (their paths are in the results)
  --print                 measure nothing: print the tables of the results file (--out) again
  --record                write the tables to RESULTS.md even when parts are skipped (the section then
                          says which; a full run always writes them)
Environment: BENCH_PORT_BASE=N serves the builds on ports N, N+1, N+2 (default 4466).`;

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'lighthouse-browser': { type: 'string', default: 'shell' },
    queries: { type: 'string', default: String(QUERIES.length) },
    scale: { type: 'string', default: '10,100' },
    'starlight-version': { type: 'string', default: DEFAULT_STARLIGHT },
    'skip-weights': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-starlight': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    out: { type: 'string', default: join(projectRoot, 'tests/bench/results.json') },
    keep: { type: 'boolean', default: false },
    print: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}
if (opt.print) {
  console.log(formatTables(JSON.parse(readFileSync(resolve(opt.out), 'utf8'))));
  process.exit(0);
}

// The real article and a section of middling length are the representative reading pages.
const ARTICLE = 'karpovich-davydova-2021';
const SECTION = 'turkmenistan';
// The search page is audited as a reader meets it from the header's box: with a query and its results.
const SEARCH_QUERY = 'Caspian';
// Canonical URLs and citations name the origin the bench serves, as on a real host (Lighthouse's SEO
// audits read them).
const SITE_URL = `http://localhost:${PORTS.site}`;

if (!['shell', 'full'].includes(opt['lighthouse-browser'])) {
  console.error(`--lighthouse-browser: "${opt['lighthouse-browser']}" is neither shell nor full`);
  process.exit(2);
}
const options = {
  runs: Math.max(1, Number(opt.runs)),
  lighthouseBrowser: opt['lighthouse-browser'],
  queries: Math.min(QUERIES.length, Math.max(1, Number(opt.queries))),
  scale: opt['skip-scale'] ? [] : opt.scale.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 1),
  starlightVersion: opt['starlight-version'],
  skipped: ['weights', 'search', 'lighthouse', 'starlight', 'scale'].filter((k) => opt[`skip-${k}`]),
};

const started = performance.now();
const results = {
  date: new Date().toISOString(),
  machine: {
    platform: os.platform(),
    release: os.release(),
    arch: os.arch(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemBytes: os.totalmem(),
    node: process.version,
    // Other work on the machine slows every figure here; the load average says how busy it was.
    loadavgStart: os.loadavg(),
  },
  options,
  versions: {
    astro: pkgVersion('astro'),
    pagefind: pkgVersion('pagefind'),
    lighthouse: pkgVersion('lighthouse'),
    playwright: pkgVersion('playwright-core'),
  },
};

function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

let browser;
let server;
// How long each part took, so a shorter run can be planned (--skip-…, --scale, --runs).
results.phaseSeconds = {};
const phase = async (name, fn) => {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    results.phaseSeconds[name] = Math.round((performance.now() - t) / 1000);
  }
};
try {
  // One snapshot of the sources for every build of this run (see build.mjs for why).
  const root = snapshotProject();
  log(`building the site (snapshot of the sources in ${root}) …`);
  const build = await phase('build', () => timedBuild({ root, label: 'site', env: { SITE_URL, BASE_PATH: '' } }));
  if (!build.ok) throw new Error(`the site's build failed (exit ${build.exitCode}); nothing else can be measured`);
  results.build = { wallMs: build.wallMs, buildMs: build.buildMs, cpuMs: build.cpuMs, load: build.load, maxRssKb: build.maxRssKb, treePeakRssKb: build.treePeakRssKb, dist: distStats(build.outDir), pagefind: pagefindStats(build.outDir), outDir: opt.keep ? build.outDir : undefined };
  if (!results.build.pagefind) log('no /pagefind/ in the build: index and search figures are n/a');

  server = await serve(build.outDir, PORTS.site);
  browser = await launchBrowser();
  results.versions.chromium = browser.version();
  const pages = pickPages(build.outDir, { article: ARTICLE, section: SECTION });
  // After the pages are picked, so the control is not taken for one of the site's.
  if (!opt['skip-lighthouse']) writeControlPage(build.outDir);

  if (!opt['skip-weights']) {
    log(`weighing ${pages.length} pages …`);
    results.weights = await phase('weights', () => measureWeights(browser, server.base, pages));
  }
  if (!opt['skip-search']) {
    log('timing search …');
    results.search = await phase('search', () => measureSearch(browser, server.base, build.outDir, QUERIES.slice(0, options.queries)));
  }
  if (!opt['skip-lighthouse']) {
    const lhPages = lighthousePages(pages, SEARCH_QUERY);
    const lhBrowser = chooseLighthouseBrowser(options.lighthouseBrowser);
    results.lighthouseBrowser = { kind: lhBrowser.kind, path: lhBrowser.path, version: lhBrowser.version ?? results.versions.chromium };
    log(`Lighthouse: ${lhPages.length} pages × ${options.runs} runs in ${lhBrowser.path} …`);
    results.lighthouse = await phase('lighthouse', () => measureLighthouse(server.base, lhPages, options.runs, lhBrowser));
  }
  if (!opt['skip-starlight']) {
    log('Starlight side by side …');
    try {
      results.starlight = await phase('starlight', () => runStarlight(browser, { version: options.starlightVersion, section: SECTION }));
    } catch (err) {
      log(`Starlight failed: ${err.message}`);
      results.starlight = { error: err.message };
    }
  }
  if (options.scale.length) {
    // The 1× figures are the site's own build, weighed the way the scaled builds are.
    const heaviestEntity = results.weights?.find((w) => w.type === 'entity (heaviest)')?.path;
    const want = SCALE_PAGES(ARTICLE, SECTION, 1, heaviestEntity);
    const weighed = Object.fromEntries(
      Object.entries(want).flatMap(([name, path]) => {
        const w = results.weights?.find((x) => x.path === path);
        return w ? [[name, { path, gz: w.gz, requests: w.requests }]] : [];
      }),
    );
    const firstFive = results.search?.perQuery.slice(0, 5);
    results.scaleBase = {
      factor: 1,
      wallMs: results.build.wallMs,
      cpuMs: results.build.cpuMs,
      maxRssKb: results.build.maxRssKb,
      dist: results.build.dist,
      pagefind: results.build.pagefind,
      pages: weighed,
      search: firstFive && { firstQueryBytes: median(firstFive.map((q) => q.bytes)), warmSearchMs: median(firstFive.map((q) => q.warmNewMs)) },
    };
    const base1 = { outDir: build.outDir, pages: results.scaleBase.pages };
    results.scale = await phase('scale', () => runScale(browser, options.scale, base1, { root, siteUrl: SITE_URL, article: ARTICLE, section: SECTION, heaviestEntity, keep: opt.keep }));
    results.scaleBase.pages = base1.pages;
    results.scaleBase.heaviest = base1.heaviest;
  }
} catch (err) {
  results.error = err.stack ?? String(err);
  log(results.error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.stop();
  if (!opt.keep) removeTemps();
}

results.machine.loadavgEnd = os.loadavg();
results.durationMs = performance.now() - started;
const outFile = resolve(opt.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
if (results.build) {
  const tables = formatTables(results);
  console.log(tables);
  // A partial run (--skip-…, another --out) is a look, not the record, unless --record says it is one; the scale
  // part has a section of its own, which any run that measured it rewrites (its figures do not depend on the others).
  const record = resolve(outFile) === join(projectRoot, 'tests/bench/results.json');
  if ((opt.record || !options.skipped.length) && record) {
    const own = formatTables(results, { scale: false });
    const notHere = options.skipped.filter((part) => part !== 'scale');
    writeSection('bench', notHere.length ? `${own}\n\nNot measured in this run: ${notHere.join(', ')} (see the previous record in git history).` : own);
    log(`tables written to ${resultsFile}`);
  }
  if (results.scale?.length && record) {
    writeSection('scale', formatScale(results));
    log(`scale tables written to ${resultsFile}`);
  }
}
log(`results written to ${outFile}`);
