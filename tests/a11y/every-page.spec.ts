/**
 * The full-site sweep: WCAG 2.2 AA (axe) and no console error on every page of the build. It takes
 * minutes, so it is not part of `npm test` (which checks one page of every template, in
 * tests/e2e/quality.spec.ts); run it with `npm run test:a11y` before a release.
 */
import { expect, test } from '@playwright/test';
import { axe, readerPages, watch } from '../helpers/axe.ts';

const pages = readerPages();

// axe takes up to a second or two a page on a loaded 2-core machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

// A few pages per test keeps the run short while reporting each failing page by name. Both themes:
// contrast is checked on the colours each one actually paints.
const CHUNK = 8;
for (const scheme of ['light', 'dark'] as const) {
  for (let i = 0; i < pages.length; i += CHUNK) {
    const chunk = pages.slice(i, i + CHUNK);
    test(`in the ${scheme} theme, pages ${chunk[0]} … ${chunk.at(-1)} have no accessibility violations and no console errors`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const problems = watch(page);
      const failures: string[] = [];
      for (const url of chunk) {
        await page.goto(url);
        failures.push(...(await axe(page)).map((v) => `${url}: ${v}`));
      }
      expect([...failures, ...problems]).toEqual([]);
    });
  }
}
