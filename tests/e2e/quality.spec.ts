/**
 * Quality gates over every built page, in Chromium: WCAG 2.2 AA (axe), no console errors (a
 * missing favicon counts), no Content-Security-Policy violations. Pages are served with the
 * headers from dist/_headers, as a static host would send them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, distDir } from '../helpers/dist.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page a reader can land on; Astro's redirect pages (meta refresh) are only hops. */
const pages = allPages().filter((url) => !/http-equiv="refresh"/.test(readFileSync(join(distDir, url.endsWith('/') ? `${url}index.html` : url), 'utf8')));

/** Collects what would show as an error in the console, including failed requests and CSP violations. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().includes('/no-such-page') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test.describe('every page', () => {
  // axe takes up to a second or two a page on a loaded 2-core machine.
  test.describe.configure({ mode: 'parallel', timeout: 120_000 });
  // A few pages per test keeps the run short while reporting each failing page by name.
  const CHUNK = 8;
  for (let i = 0; i < pages.length; i += CHUNK) {
    const chunk = pages.slice(i, i + CHUNK);
    test(`pages ${chunk[0]} … ${chunk.at(-1)} have no accessibility violations and no console errors`, async ({ page }) => {
      const problems = watch(page);
      const failures: string[] = [];
      for (const url of chunk) {
        await page.goto(url);
        failures.push(...(await axe(page)).map((v) => `${url}: ${v}`));
      }
      expect([...failures, ...problems]).toEqual([]);
    });
  }
});

test('the dark theme has no accessibility violations on the reading pages', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const failures: string[] = [];
  for (const url of ['/', '/karpovich-davydova-2021/', '/karpovich-davydova-2021/georgia/', '/countries/moldova/', '/map/', '/timeline/']) {
    await page.goto(url);
    failures.push(...(await axe(page)).map((v) => `${url}: ${v}`));
  }
  expect(failures).toEqual([]);
});

test('pages are served with a strict Content-Security-Policy that the site itself never violates', async ({ page }) => {
  const response = await page.goto('/karpovich-davydova-2021/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("style-src 'self'");
  // No inline script runs and no inline style is set anywhere in the markup.
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json').length,
    styles: document.querySelectorAll('[style], style').length,
  }));
  expect(inline).toEqual({ scripts: 0, styles: 0 });
});

test('the cite box and the theme work under the CSP with nothing refused', async ({ page, context }) => {
  const problems = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/karpovich-davydova-2021/georgia/#p41');
  await page.locator('#p41').getByRole('button', { name: 'Cite paragraph 41' }).click();
  await page.getByLabel('Format').selectOption('bibtex');
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.locator('[data-cite-status]')).toHaveText('Copied');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  expect(problems).toEqual([]);
});
