/**
 * Quality gates in Chromium: WCAG 2.2 AA (axe) and no console errors (a missing favicon counts) on one
 * page of every template, in full in the light theme, and for its colours (the only thing the dark theme
 * changes) in the dark one on a sample of templates; no Content-Security-Policy violations. Pages are served with
 * the headers from dist/_headers, as a static host would send them. The same checks over every built
 * page are tests/a11y/ (`npm run test:a11y`), too slow for `npm test`.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe, watch } from '../helpers/axe.ts';
import { PHONE_WIDTH, pagesWiderThanPhone } from '../helpers/reflow.ts';
import { astroTemplates, templateSample } from '../helpers/templates.ts';
import { textOffScale } from '../helpers/type-scale.ts';

const templates = templateSample();

/** Opens a page and waits for what its script renders (search results) before it is checked. */
async function open(page: Page, url: string) {
  await page.goto(url);
  if (url.startsWith('/search/')) await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? /, { timeout: 15_000 });
}

test('every page template has a page in the accessibility sample below', () => {
  expect(astroTemplates().filter((t) => !templates[t]).sort()).toEqual([]);
});

test('the accessibility check reports a violation when a page has one, in either theme', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="/favicon.svg"><p class="c">low contrast</p></main><style>.c{color:#aaa;background:#fff}</style></html>');
  expect((await axe(page)).join('\n')).toMatch(/^image-alt/m);
  expect((await axe(page, { colourOnly: true })).join('\n')).toMatch(/^color-contrast/m);
});

/**
 * The templates checked in the dark theme too: one of each kind of layout and every colour-bearing feature
 * (the reading text and its mentions, an entity page with its locator map, search results with highlights,
 * the map, the timeline, the membership table). The dark theme changes only custom-property colours, and
 * tests/unit/colours.test.ts checks every text and background pair of both themes; `npm run test:a11y`
 * checks every page in both.
 */
const DARK_TOO = new Set(['index.astro', '[article]/[section].astro', 'countries/[id].astro', 'search.astro', 'map.astro', 'timeline.astro', 'membership.astro']);

test('the dark-theme sample names templates that exist', () => {
  expect([...DARK_TOO].filter((t) => !(t in templates))).toEqual([]);
});

test.describe('one page of every template', () => {
  // axe takes seconds a page on an idle 2-core machine, but minutes on the whole article page when the
  // machine is shared; the limit only has to catch a hang.
  test.describe.configure({ mode: 'parallel', timeout: 300_000 });
  for (const [template, url] of Object.entries(templates)) {
    if (!url) continue;
    const themes = DARK_TOO.has(template) ? 'in either theme' : 'in the light theme';
    test(`${url} (${template}) has no accessibility violations ${themes} and no console errors`, async ({ page }) => {
      const problems = watch(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, url);
      const light = await axe(page);
      let dark: string[] = [];
      if (DARK_TOO.has(template)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        dark = (await axe(page, { colourOnly: true })).map((v) => `dark theme: ${v}`);
      }
      expect([...light, ...dark, ...problems]).toEqual([]);
    });
  }
});

test('on a 390 px phone no page of any template scrolls sideways (WCAG 1.4.10): a wide table scrolls in its own box', async ({ page }) => {
  const urls = Object.values(templates).filter((u): u is string => !!u);
  expect(await pagesWiderThanPhone(page, urls, (url) => open(page, url))).toEqual([]);
});

test('the type-scale check reports text in a size or a weight off the scale', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.innerHTML = '<small>fine print</small> <b class="semi">semibold</b>';
    (p.querySelector('.semi') as HTMLElement).style.fontWeight = '600';
    document.querySelector('main')!.append(p);
  });
  expect((await textOffScale(page)).join('\n')).toMatch(/^p > small "fine print": [\d.]+px 400\np > b\.semi "semibold": [\d.]+px 600$/m);
});

test('every template draws its text in the type scale\'s four sizes and two weights, on a phone and a wide screen', async ({ page }) => {
  const off: string[] = [];
  for (const width of [PHONE_WIDTH, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const url of Object.values(templates).filter((u): u is string => !!u)) {
      await open(page, url);
      off.push(...(await textOffScale(page)).map((t) => `${width} px ${url}: ${t}`));
    }
  }
  expect(off).toEqual([]);
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
