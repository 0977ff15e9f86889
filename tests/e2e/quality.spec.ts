/**
 * Quality gates in Chromium: WCAG 2.2 AA (axe) and no console errors (a missing favicon counts) on one
 * page of every template, in both themes; no Content-Security-Policy violations. Pages are served with
 * the headers from dist/_headers, as a static host would send them. The same checks over every built
 * page are tests/a11y/ (`npm run test:a11y`), too slow for `npm test`.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axe, watch } from '../helpers/axe.ts';
import { distDir } from '../helpers/dist.ts';

const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/** The first page the build made from a dynamic route, e.g. the first country; undefined if none. */
const firstBuilt = (folder: string, skip: string[] = []) => {
  const id = readdirSync(join(distDir, folder), { withFileTypes: true }).filter((e) => e.isDirectory() && !skip.includes(e.name)).map((e) => e.name).sort()[0];
  return id && `/${folder}/${id}/`;
};

const ARTICLE = '/karpovich-davydova-2021/';
const kinds = ['regions', 'countries', 'places', 'organisations', 'treaties', 'people'];

/** One page per page template (each .astro file under src/pages/); the test below fails when a template has none. */
const templates: Record<string, string | undefined> = {
  'index.astro': '/',
  '[article]/index.astro': ARTICLE,
  '[article]/[section].astro': `${ARTICLE}georgia/`,
  'about.astro': '/about/',
  'membership.astro': '/membership/',
  'data/index.astro': '/data/',
  'map.astro': '/map/',
  'timeline.astro': '/timeline/',
  'timeline/[region].astro': firstBuilt('timeline', ['country']),
  'timeline/country/[id].astro': firstBuilt('timeline/country'),
  'search.astro': '/search/?q=Kyiv',
  '404.astro': '/no-such-page/',
  ...Object.fromEntries(kinds.flatMap((k) => [[`${k}/index.astro`, `/${k}/`], [`${k}/[id].astro`, firstBuilt(k)]])),
};

function astroTemplates(dir = pagesDir, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroTemplates(dir, `${prefix}${e.name}/`) : e.name.endsWith('.astro') ? [`${prefix}${e.name}`] : [],
  );
}

/** Opens a page and waits for what its script renders (search results) before it is checked. */
async function open(page: Page, url: string) {
  await page.goto(url);
  if (url.startsWith('/search/')) await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? /, { timeout: 15_000 });
}

test('every page template has a page in the accessibility sample below', () => {
  expect(astroTemplates().filter((t) => !templates[t]).sort()).toEqual([]);
});

test.describe('one page of every template', () => {
  // axe takes seconds a page on an idle 2-core machine, but minutes on the whole article page when the
  // machine is shared; the limit only has to catch a hang.
  test.describe.configure({ mode: 'parallel', timeout: 300_000 });
  for (const [template, url] of Object.entries(templates)) {
    for (const scheme of ['light', 'dark'] as const) {
      if (!url) continue;
      test(`${url} (${template}) in the ${scheme} theme has no accessibility violations and no console errors`, async ({ page }) => {
        const problems = watch(page);
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, url);
        expect([...(await axe(page)), ...problems]).toEqual([]);
      });
    }
  }
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
