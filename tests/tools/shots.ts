/**
 * `npm run shots`: screenshots of one page of every template (tests/helpers/templates.ts) at 390, 768, 1280
 * and 1920 px wide, in the light and the dark theme, from the build in dist/ served as a host would serve
 * it. Written to shots/ (not committed): look at them before calling a change to a page done.
 * Usage: npm run build:local && npm run shots [-- <template filter>]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.mjs';
import { distDir } from '../helpers/dist.ts';
import { drawAll } from '../helpers/draw-all.ts';
import { projectRoot } from '../helpers/build.ts';
import { templateSample } from '../helpers/templates.ts';
import { serve } from '../../src/server/serve.mjs';

const WIDTHS = [390, 768, 1280, 1920];
const SCHEMES = ['light', 'dark'] as const;
const filter = process.argv[2] ?? '';
const out = join(projectRoot, 'shots');
mkdirSync(out, { recursive: true });

const server = await serve(distDir, 0);
const { port } = server.address() as { port: number };
const browser = await launchBrowser();
let count = 0;
try {
  for (const [template, url] of Object.entries(templateSample())) {
    if (!url || !template.includes(filter)) continue;
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: Math.round(width * 0.75) }, colorScheme });
        await page.goto(`http://127.0.0.1:${port}${url}`);
        if (url.startsWith('/search/')) await page.locator('[data-search-status]').filter({ hasText: /result/ }).waitFor({ timeout: 15_000 });
        await drawAll(page);
        const name = `${template.replace(/\.astro$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        await page.close();
        count++;
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${out}`);
