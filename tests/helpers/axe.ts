/** Accessibility and console checks shared by the e2e template sample and the full-site sweep (tests/a11y/). */
import AxeBuilder from '@axe-core/playwright';
import { drawAll } from './draw-all.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, distDir } from './dist.ts';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page a reader can land on; Astro's redirect pages (meta refresh) are only hops. */
export function readerPages(): string[] {
  return allPages().filter((url) => !/http-equiv="refresh"/.test(readFileSync(join(distDir, url.endsWith('/') ? `${url}index.html` : url), 'utf8')));
}

/** Collects what would show as an error in the console, including failed requests and CSP violations. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  // The 404 page is served with status 404, which Chromium also reports on the console.
  page.on('console', (m) => m.type() === 'error' && !m.location().url.includes('/no-such-page') && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().includes('/no-such-page') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

/**
 * The axe rules whose outcome depends on colour. The dark theme changes colours only (custom properties in
 * global.css and map.css), so a page already checked in full in the light theme needs only these in the dark one.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's WCAG 2.2 A/AA violations on the page as it is now (every part drawn, as a reader scrolling it sees it),
 * one line each with up to three offending nodes; `colourOnly` runs just the colour rules (for a second theme of
 * a page already checked in full); `include` limits the check to the elements these selectors match.
 */
export async function axe(page: Page, { colourOnly = false, include = [] as string[] } = {}): Promise<string[]> {
  await drawAll(page);
  // Legacy mode runs axe in the page itself. The default mode opens a blank page for every analysis to
  // merge the results of frames, which took most of the time of each check; the site has no frames.
  // Passing results are not collected: only violations are reported.
  let builder = new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true).options({ resultTypes: ['violations'] });
  for (const selector of include) builder = builder.include(selector);
  const results = await (colourOnly ? builder.withRules(COLOUR_RULES) : builder).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
