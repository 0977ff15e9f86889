// Turns results.json's figures into the markdown tables the bench prints (and tests/bench/RESULTS.md keeps).
// Only formatting here: every number and every budget verdict is computed by the measuring modules.
import { CATEGORIES } from './lighthouse.mjs';
import { FIRST_QUERY_BUDGET_BYTES, WARM_QUERY_BUDGET_MS } from './search.mjs';
import { kb, mark, mb, msf, ratio, secs, x } from './util.mjs';
import { HEAVIEST_BUDGET_BYTES } from './scale.mjs';
import { READING_BUDGET_BYTES } from './weights.mjs';

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const rss = (kbytes) => (kbytes == null ? 'n/a' : `${Math.round(kbytes / 1024)} MB`);

function buildTable(b) {
  const pf = b.pagefind;
  return table(['build of the site', 'measured'], [
    ['`astro build`, wall clock (cold: new process, empty cache)', secs(b.wallMs)],
    ['`astro build`, CPU time (user + system, with Pagefind)', secs(b.cpuMs)],
    ['peak RSS, build process', rss(b.maxRssKb)],
    ['peak RSS, process tree (sampled; includes Pagefind)', rss(b.treePeakRssKb)],
    ['dist', `${mb(b.dist?.bytes)} in ${b.dist?.files ?? 'n/a'} files`],
    ['Pagefind: pages / words indexed', pf ? `${pf.pages} / ${pf.words ?? 'n/a'}` : 'n/a (no /pagefind/ in the build)'],
    ['Pagefind: index (chunks + fragments) / whole bundle', pf ? `${kb(pf.indexBytes)} in ${pf.indexFiles} files / ${kb(pf.totalBytes)}` : 'n/a'],
  ]);
}

function weightsTable(ws) {
  return table(['page type', 'URL', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'total', 'JS needed to read', 'budget', ''], ws.map((w) => [
    w.type,
    `\`${w.path}\``,
    kb(w.gz.html),
    kb(w.gz.css),
    kb(w.gz.js),
    kb(w.gz.font),
    kb(w.gz.other),
    `**${kb(w.gz.total)}**`,
    w.readableWithoutJs ? '0 KB' : kb(w.jsNeededToRead),
    w.reading ? `≤ ${kb(READING_BUDGET_BYTES)}, 0 KB JS` : '–',
    w.reading ? mark(w.withinBudget) : '–',
  ]));
}

function searchTable(s) {
  if (!s) return 'Search: n/a (the build has no /pagefind/).';
  return table(['search (Pagefind JS API, headless Chromium)', 'measured', 'budget', ''], [
    [`first query: bytes fetched, with the top 5 fragments (median / max of ${s.queries})`, `${kb(s.cold.bytes)} / ${kb(s.cold.bytesMax)}`, `≤ ${kb(FIRST_QUERY_BUDGET_BYTES)}`, mark(s.firstQueryWithinBudget)],
    ['first query: bytes without fragments (median)', kb(s.cold.bytesWithoutFragments), '', ''],
    ['first query: requests (median)', String(s.cold.requests), '', ''],
    ['cold: import + init (median)', msf(s.cold.initMs), '', ''],
    ['cold: first search / with 5 fragments (median)', `${msf(s.cold.searchMs)} / ${msf(s.cold.withFragmentsMs)}`, '', ''],
    ['warm: new query, search / with 5 fragments (median)', `${msf(s.warm.newQuerySearchMs)} / ${msf(s.warm.newQueryWithFragmentsMs)}`, `≤ ${WARM_QUERY_BUDGET_MS} ms (search)`, mark(s.warmWithinBudget)],
    ['warm: repeated query, search / with 5 fragments (median)', `${msf(s.warm.repeatSearchMs)} / ${msf(s.warm.repeatWithFragmentsMs)}`, '', ''],
    ['queries with no result', s.zeroResultQueries.length ? s.zeroResultQueries.join(', ') : 'none', '', ''],
  ]);
}

function lighthouseTable(lh, runs, browser) {
  const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)}`);
  const metrics = (m) => (m ? `${ms(m.fcpMs)} / ${ms(m.lcpMs)} / ${ms(m.tbtMs)} / ${m.cls == null ? 'n/a' : m.cls.toFixed(3)} / ${ms(m.siMs)}` : 'n/a');
  const load = (l) => (l ? l.map((v) => v.toFixed(1)).join(' → ') : 'n/a');
  return table([`Lighthouse 12.2.3 (mobile) in ${browser?.kind === 'full' ? 'the full browser (headless)' : 'Chromium’s headless shell'}, median of ${runs}`, ...CATEGORIES, 'goal 100', 'FCP / LCP / TBT ms / CLS / SI ms (median)', 'performance, each run', 'load (1 min)', 'not 100 because (audits failing in any run)'], lh.map((p) => [
    `${p.type} \`${p.path}\``,
    ...CATEGORIES.map((c) => String(p.scores[c] ?? 'n/a')),
    p.control ? '–' : mark(CATEGORIES.every((c) => p.scores[c] === 100)),
    metrics(p.metrics),
    p.allRuns?.map((r) => r.performance ?? 'n/a').join(', ') ?? 'n/a',
    load(p.load),
    p.failing.length ? p.failing.join(', ') : '',
  ]));
}

function starlightTable(sl, ours) {
  if (!sl) return '';
  if (!sl.build?.ok) return `Starlight ${sl.starlight}: build failed (see results.json).`;
  const section = ours.weights?.find((w) => w.type === 'section');
  const r1 = ratio(section?.gz.total, sl.doc.gz.total);
  const r2 = ratio(section?.gz.js, sl.doc.gz.js);
  const r3 = ratio(ours.build.wallMs, sl.build.wallMs);
  const r4 = ratio(ours.build.cpuMs, sl.build.cpuMs);
  return table([`ours vs Starlight ${sl.starlight} (Astro ${sl.astro}), same section text`, 'ours', 'Starlight', 'ratio', 'goal', ''], [
    ['section page vs doc page, first visit (gz)', kb(section?.gz.total), kb(sl.doc.gz.total), x(r1), '≤ 0.50×', mark(r1 == null ? null : r1 <= 0.5)],
    ['  of which JS (gz)', kb(section?.gz.js), kb(sl.doc.gz.js), r2 == null ? (section?.gz.js === 0 ? '0×' : 'n/a') : x(r2), '', ''],
    ['  of which HTML / CSS (gz)', `${kb(section?.gz.html)} / ${kb(section?.gz.css)}`, `${kb(sl.doc.gz.html)} / ${kb(sl.doc.gz.css)}`, '', '', ''],
    ['JS needed to read', kb(section?.jsNeededToRead), kb(sl.doc.jsNeededToRead), '', '', ''],
    ['home page, first visit (gz)', kb(ours.weights?.find((w) => w.type === 'home')?.gz.total), kb(sl.home.gz.total), '', '', ''],
    ['build time, wall clock', secs(ours.build.wallMs), secs(sl.build.wallMs), x(r3), '≤ 1×', mark(r3 == null ? null : r3 <= 1)],
    ['build time, CPU (steadier when the machine is shared)', secs(ours.build.cpuMs), secs(sl.build.cpuMs), x(r4), '≤ 1×', mark(r4 == null ? null : r4 <= 1)],
    ['pages built (HTML files) / dist', `${ours.build.dist?.htmlFiles} / ${mb(ours.build.dist?.bytes)}`, `${sl.build.dist?.htmlFiles} / ${mb(sl.build.dist?.bytes)}`, '', '', ''],
    ['peak RSS (build process)', rss(ours.build.maxRssKb), rss(sl.build.maxRssKb), x(ratio(ours.build.maxRssKb, sl.build.maxRssKb)), '', ''],
    ['search: first query bytes (median, with fragments)', kb(ours.search?.cold.bytes), kb(sl.search?.cold.bytes), x(ratio(ours.search?.cold.bytes, sl.search?.cold.bytes)), '', ''],
  ]);
}

function scaleTable(rows, base) {
  const ok = rows.filter((r) => r.ok);
  const failed = rows.filter((r) => !r.ok).map((r) => `- ${r.factor}×: build FAILED (exit ${r.exitCode}); the log's tail is in results.json.`);
  if (!ok.length) return failed.join('\n');
  const page = (name) => (r) => r.pages?.[name]?.gz.total;
  // [label, value, format, goal]: 'linear' = grows at most N× at N× the content; 'flat' = stays within 10 %.
  const lines = [
    ['build time, wall clock', (r) => r.wallMs, secs, 'linear'],
    ['build time, CPU', (r) => r.cpuMs, secs, 'linear'],
    ['peak RSS (build process)', (r) => r.maxRssKb, rss, 'linear'],
    ['dist bytes', (r) => r.dist?.bytes, mb, 'linear'],
    ['dist files', (r) => r.dist?.files, String, 'linear'],
    ['Pagefind pages', (r) => r.pagefind?.pages, (v) => String(v ?? 'n/a'), null],
    ['Pagefind words', (r) => r.pagefind?.words, (v) => String(v ?? 'n/a'), null],
    ['Pagefind index bytes', (r) => r.pagefind?.indexBytes, kb, 'linear'],
    ['search: first query bytes (median of 5, with fragments)', (r) => r.search?.firstQueryBytes, kb, 'flat'],
    ['search: warm query (median of 5)', (r) => r.search?.warmSearchMs, msf, null],
    ['section page (gz, first visit)', page('section'), kb, 'flat'],
    ['synthetic copy of that section (gz)', page('syntheticSection'), kb, null],
    ['entity page /countries/turkmenistan/ (gz)', page('entity'), kb, 'flat'],
    [`heaviest entity page at 1×${base.pages?.heaviestEntity ? ` \`${base.pages.heaviestEntity.path}\`` : ''} (gz)`, page('heaviestEntity'), kb, 'flat'],
    ['home page (gz): lists every article, grows by design', page('home'), kb, null],
  ];
  const heavy = (which) => (r) => r.heaviest?.[which]?.gz.total;
  const cell = (get, fmt, goal, r) => {
    const v = get(r);
    const a = get(base);
    if (v == null) return ['n/a', ''];
    const g = a ? v / a : null;
    const verdict = g == null || !goal ? '' : ` ${mark(goal === 'linear' ? g <= r.factor : g <= 1.1)}`;
    return [fmt(v), g == null ? '' : `${g.toFixed(2)}×${verdict}`];
  };
  const head = ['scale (N × the content)', '1× (real)', ...ok.flatMap((r) => [`${r.factor}×`, `${r.factor}× ÷ 1×`]), 'goal'];
  const main = table(
    head,
    lines.map(([label, get, fmt, goal]) => [label, get(base) == null ? 'n/a' : fmt(get(base)), ...ok.flatMap((r) => cell(get, fmt, goal, r)), goal === 'linear' ? '≤ N×' : goal === 'flat' ? '≤ 1.1×' : '']),
  );
  // The heaviest page of each build, whatever it is: the one budget that must hold at every scale (≤ 60 KB at 100×).
  const at = (r, which) => r.heaviest?.[which];
  const heavyCell = (r, which) => {
    const h = at(r, which);
    return h ? `\`${h.path}\` ${kb(h.gz.total)} (HTML ${kb(h.gzHtml)})` : 'n/a';
  };
  const heaviest = table(
    ['heaviest page, first visit (gz)', '1× (real)', ...ok.map((r) => `${r.factor}×`), 'budget'],
    [
      ['any page', heavyCell(base, 'overall'), ...ok.map((r) => `${heavyCell(r, 'overall')} ${mark(heavy('overall')(r) <= HEAVIEST_BUDGET_BYTES)}`), `≤ ${kb(HEAVIEST_BUDGET_BYTES)}`],
      ['any page but the home page', heavyCell(base, 'besidesHome'), ...ok.map((r) => `${heavyCell(r, 'besidesHome')} ${mark(heavy('besidesHome')(r) <= HEAVIEST_BUDGET_BYTES)}`), `≤ ${kb(HEAVIEST_BUDGET_BYTES)}`],
      ['HTML pages built', String(base.heaviest?.pages ?? 'n/a'), ...ok.map((r) => String(r.heaviest?.pages ?? 'n/a')), ''],
    ],
  );
  const grown = ok.map((r) => {
    const g = r.growth;
    const groups = Object.entries(g.byGroup).map(([k, v]) => `${k} (${v.pages}, up to ${v.maxRatio}×)`).join('; ');
    return `- ${r.factor}×: ${g.grown} of the ${g.compared} pages of the 1× build weigh > 10 % more (gz HTML)${groups ? `, by URL prefix: ${groups}` : ''}.`;
  });
  return [main, '', heaviest, '', 'Pages of the 1× build whose weight grows with the number of articles:', ...grown, ...failed].join('\n');
}

/** The scale part alone, dated, with its machine: RESULTS.md's scale section. */
export function formatScale(results) {
  const m = results.machine;
  return [
    `## Scale — ${results.date}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}; load average ${m.loadavgStart.map((l) => l.toFixed(1)).join(' ')} at start, ${m.loadavgEnd.map((l) => l.toFixed(1)).join(' ')} at end. Synthetic digests: the real article plus N − 1 copies with varied vocabulary (tests/bench/synthetic.mjs); wall-clock times move with the load, CPU times and bytes hardly.`,
    '',
    scaleTable(results.scale, results.scaleBase),
  ].join('\n');
}

export function formatTables(results, { scale = true } = {}) {
  const m = results.machine;
  const parts = [
    `## Benchmark — ${results.date}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${mb(m.totalMemBytes)} RAM, Node ${m.node}, ${m.platform} ${m.release}; load average ${m.loadavgStart.map((l) => l.toFixed(1)).join(' ')} at start, ${m.loadavgEnd.map((l) => l.toFixed(1)).join(' ')} at end. Chromium ${results.versions.chromium ?? 'n/a'}.`,
    '',
    buildTable(results.build),
  ];
  if (results.weights) parts.push('', '### Page weight, first visit, gzipped as a host sends it', '', weightsTable(results.weights));
  if (results.search !== undefined) parts.push('', '### Search', '', searchTable(results.search));
  if (results.lighthouse) parts.push('', '### Lighthouse', '', lighthouseTable(results.lighthouse, results.options.runs, results.lighthouseBrowser ?? { kind: 'full' }));
  if (results.starlight) parts.push('', '### Side by side with Starlight', '', starlightTable(results.starlight, results));
  if (results.scale && scale) parts.push('', '### Scale (synthetic digests)', '', scaleTable(results.scale, results.scaleBase));
  const phases = Object.entries(results.phaseSeconds ?? {}).map(([k, v]) => `${k} ${v} s`).join(', ');
  parts.push('', `Total bench time: ${secs(results.durationMs)}${phases ? ` (${phases})` : ''}. Raw figures: tests/bench/results.json.`);
  return parts.join('\n');
}
