// Adds every public URL and anchor of the build to content/url-manifest.txt, and never removes one.
// Usage: npm run build:local && npm run urls:update   (reads dist/, or DIST_DIR)
// What counts as public: every page and file except hashed assets (_astro/, pagefind/) and host
// configuration (_redirects, _headers); on each page, its ¶ anchors (#pN), headings with their own
// permalink, and any other id that a link on another page points to (a skip link's #main is not published).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { mergeManifest, parseManifest, serializeManifest } from '../../src/lib/manifest.ts';
import { pageFacts, siteRoot } from '../helpers/page-links.ts';

export const manifestFile = resolve(import.meta.dirname, '../../content/url-manifest.txt');

/** Every file in the build as a URL path (`/x/` for `x/index.html`). */
export function builtFiles(dist) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return dir === dist && ['_astro', 'pagefind'].includes(e.name) ? [] : walk(full);
      if (dir === dist && e.name.startsWith('_')) return [];
      const path = '/' + relative(dist, full).split(sep).join('/');
      return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path];
    });
  return walk(dist).sort();
}

const htmlFile = (dist, path) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** Facts of every HTML page: path → { ids, anchors, links }. */
export function crawl(dist) {
  const root = siteRoot(dist);
  const pages = new Map();
  for (const path of builtFiles(dist)) {
    if (path.endsWith('/') || path.endsWith('.html')) pages.set(path, pageFacts(readFileSync(htmlFile(dist, path), 'utf8'), path, root));
  }
  return pages;
}

/** Every public URL and anchor of the build, as manifest entries. */
export function builtUrls(dist, pages = crawl(dist)) {
  const urls = new Set(builtFiles(dist));
  for (const [path, facts] of pages) for (const a of facts.anchors) urls.add(`${path}#${a}`);
  // Anchors that other pages link to are published too, whatever element carries them.
  for (const [from, facts] of pages) {
    for (const link of facts.links) {
      const [path, fragment] = link.split('#');
      if (fragment && path !== from && pages.get(path)?.ids.includes(fragment)) urls.add(link);
    }
  }
  return urls;
}

/**
 * What a reader can still reach: every URL `builtUrls` publishes, and a listed fragment whose element is still
 * on its page even if nothing links to it any more (a published #anchor keeps working while its id is there).
 */
export function servedUrls(dist) {
  const pages = crawl(dist);
  const urls = builtUrls(dist, pages);
  for (const [path, facts] of pages) for (const id of facts.ids) urls.add(`${path}#${id}`);
  return urls;
}

if (import.meta.main) {
  const dist = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No build at ${dist}: run "npm run build:local" first.`);
    process.exit(1);
  }
  const existing = existsSync(manifestFile) ? parseManifest(readFileSync(manifestFile, 'utf8')) : [];
  const built = builtUrls(dist);
  const { entries, added } = mergeManifest(existing, built);
  writeFileSync(manifestFile, serializeManifest(entries));
  const gone = existing.filter((u) => !built.has(u));
  console.log(`${relative(process.cwd(), manifestFile)}: ${added.length} added, ${entries.length} in all.`);
  if (gone.length) console.log(`${gone.length} entries are not in this build (kept; each needs a redirect):\n  ${gone.join('\n  ')}`);
}
