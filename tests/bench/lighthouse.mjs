// Lighthouse (pinned 12.2.3, a dev dependency) through its Node API against the served temp build:
// all four categories, default (mobile, simulated throttling) settings, median of N runs per page. Five by
// default, as Lighthouse's docs/variability.md advises: in the full browser on this two-core machine one page's
// blocking time ranges from under 50 to over 300 ms between runs of the same build (in the headless shell, the
// default, a control page's stays under 20 ms), and the median of five about halves that spread.
// Chromium is launched by chrome-launcher, one fresh browser per run so no run inherits another's
// cache or service state; which Chromium, and why, is tests/helpers/browser.mjs's lighthouseBrowser.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { lighthouseBrowser } from '../helpers/browser.mjs';
import { log, median } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The browser of a Lighthouse phase ('shell' or 'full'), with its version for the record. */
export function chooseLighthouseBrowser(kind) {
  const b = lighthouseBrowser(kind);
  let version = null;
  try {
    version = execFileSync(b.path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Debian's /usr/bin/chromium is a wrapper script whose --version fails here; the table then names the version Playwright reports.
  }
  return { ...b, version };
}

async function runOnce(url, browser) {
  const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: ['--no-sandbox', '--disable-gpu', ...browser.flags], logLevel: 'silent' });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    // What kept a category below 100: audits that count towards its score and did not pass (a
    // category that still rounds to 100 is left out).
    const failing = CATEGORIES.filter((c) => scores[c] != null && scores[c] < 100).flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score != null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${c}:${ref.id}`),
    );
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      scores,
      failing,
      metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), siMs: metric('speed-index') },
      runtimeError: lhr.runtimeError?.code ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * The control: a page of two elements and the site's icon, no stylesheet and no script, served beside the
 * site's pages. What it scores is the machine and the browser, not the site: Chromium's navigation commit alone
 * (where it makes the page's script context, as DevTools asks) takes 20 to 100 ms when the CPU is busy, and
 * Lighthouse's simulation multiplies that by four.
 */
export const CONTROL_PAGE = { type: 'control: two elements, no CSS, no script', path: '/__bench-control/', control: true };

/** Writes the control page into a build's output folder (the bench's own temporary build). */
export function writeControlPage(outDir) {
  mkdirSync(join(outDir, CONTROL_PAGE.path), { recursive: true });
  writeFileSync(
    join(outDir, CONTROL_PAGE.path, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<title>Control page</title><meta name="description" content="A page of two elements, for the bench."><link rel="icon" href="/favicon.png"></head>' +
      '<body><h1>Control page</h1><p>Two elements, no stylesheet, no script.</p></body></html>\n',
  );
}

/**
 * One page of every template a reader meets, from the weighed pages (weights.pickPages): the home page,
 * the article (the single-page reading copy), a section, an entity page, the timeline, the map, the
 * search page with a query and its results, about and membership; then the control page.
 * @param {{ type: string, path: string }[]} pages
 */
export function lighthousePages(pages, query) {
  const pick = (type) => pages.find((p) => p.type === type);
  const chosen = [
    pick('home'),
    pick('article'),
    pick('section'),
    pick('entity: countries') ?? pages.find((p) => p.type.startsWith('entity: ')),
    pick('timeline'),
    pick('map'),
    pick('search') && { type: 'search with a query', path: `${pick('search').path}?q=${encodeURIComponent(query)}` },
    pick('about'),
    pick('membership'),
    CONTROL_PAGE,
  ];
  return chosen.filter(Boolean).map(({ type, path, control }) => ({ type, path, ...(control && { control }) }));
}

/**
 * Waits, up to two minutes, for the machine to settle after the phases before (the build, the weighing), which
 * leave the load average near 5 on two cores: the first pages were otherwise measured on a busier machine than the
 * last. Lighthouse's runs keep it near 3 themselves, so no wait between pages would get lower.
 */
async function settle(below = 1.5, maxMs = 120_000) {
  const start = Date.now();
  while (os.loadavg()[0] >= below && Date.now() - start < maxMs) await new Promise((r) => setTimeout(r, 5_000));
  log(`Lighthouse: waited ${Math.round((Date.now() - start) / 1000)} s for the machine to settle (load ${os.loadavg()[0].toFixed(2)})`);
}

/**
 * @param {{ type: string, path: string }[]} pages
 * @param {{ path: string, flags: string[] }} browser from chooseLighthouseBrowser
 */
export async function measureLighthouse(base, pages, runs, browser) {
  await settle();
  const out = [];
  for (const p of pages) {
    const results = [];
    // The simulated metrics still move with the machine's load: it is recorded beside them.
    const load = os.loadavg()[0];
    for (let i = 0; i < runs; i++) {
      try {
        results.push(await runOnce(base + p.path, browser));
      } catch (err) {
        log(`lighthouse ${p.path} run ${i + 1} failed: ${err.message}`);
      }
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]))]));
    log(`lighthouse ${p.path}: ${CATEGORIES.map((c) => `${c} ${scores[c] ?? 'n/a'}`).join(', ')}`);
    out.push({
      ...p,
      runs: results.length,
      scores,
      allRuns: results.map((r) => r.scores),
      failing: [...new Set(results.flatMap((r) => r.failing))],
      metrics: Object.fromEntries(['fcpMs', 'lcpMs', 'tbtMs', 'cls', 'siMs'].map((k) => [k, median(results.map((r) => r.metrics[k]))])),
      load: [load, os.loadavg()[0]],
      runtimeErrors: results.map((r) => r.runtimeError).filter(Boolean),
    });
  }
  return out;
}
