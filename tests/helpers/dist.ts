/** Reading the production build (dist/) as a static host would serve it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from './build.ts';

export const distDir = resolve(projectRoot, process.env.DIST_DIR ?? 'dist');

export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no build at ${distDir}: run "npm run build:local" first`);
}

/** The file of the page at a site path such as `/karpovich-davydova-2021/`. */
export const pageFile = (urlPath: string, dist = distDir) => join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

/** The page served at a URL path such as `/karpovich-davydova-2021/`. */
export function page(urlPath: string, dist = distDir): HTMLElement {
  const file = join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return parse(readFileSync(file, 'utf8'));
}

/** Every HTML page in a build (dist/ unless named), as site paths. */
export function allPages(dist = distDir, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : allPages(dist, full);
    if (!e.name.endsWith('.html')) return [];
    const rel = '/' + relative(dist, full).split(sep).join('/');
    return [rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel];
  });
}

/** A paragraph's text as a reader sees it, without the ¶ permalink. */
export function paragraphText(p: HTMLElement): string {
  const clone = parse(p.outerHTML);
  clone.querySelectorAll('.pnum').forEach((n) => n.remove());
  return clone.textContent.replace(/\s+/g, ' ').trim();
}
