/**
 * What a built page publishes and links to: its ids, its own public anchors, and its internal links.
 * Used by the URL manifest (tests/tools/url-manifest.mjs) and the link check (tests/built/links.test.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { sitePath } from '../../src/lib/urls.ts';
import { allPages, pageFile } from './dist.ts';

/** The address of a build's home page, from its canonical link: the build's SITE_URL and BASE_PATH. */
export function siteRoot(dist: string): string {
  const m = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!m) throw new Error(`${dist}/index.html has no canonical link`);
  return new URL(m[1]!).href;
}

export type Href = { internal: string; fragment: string } | { outside: string } | { external: string } | null;

/**
 * Classifies a link on the page at `pagePath` (a site path, such as `/about/`) of a site whose home page is
 * `root` (`https://example.org/` or, in a folder of its host, `https://example.org/vectors/`): internal (a
 * site path and fragment, query dropped), outside (this host, but outside the site's folder: a link that
 * forgot the base path), external (another host, or a full address outside the folder), or null for links that are not addresses (mailto:, …).
 */
export function resolveHref(href: string, pagePath: string, root: string): Href {
  const home = new URL(root.endsWith('/') ? root : `${root}/`);
  let url: URL;
  try {
    url = new URL(href, new URL(pagePath.replace(/^\//, ''), home));
  } catch {
    return null;
  }
  if (url.origin === home.origin) {
    const path = sitePath(decodeURI(url.pathname), decodeURI(home.pathname));
    if (path !== null) return { internal: path, fragment: decodeURIComponent(url.hash.slice(1)) };
    // A path written by the site itself (`/about/`) that misses the folder is broken; a full address to another
    // folder of the same host (a source on example.org while the site is at example.org/vectors/) is external.
    if (!/^[a-z][a-z\d+.-]*:/i.test(href.trim())) return { outside: url.pathname };
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? { external: url.href } : null;
}

export interface PageFacts {
  /** Every id on the page. */
  ids: string[];
  /** Anchors the page publishes itself: ¶ ids, headings that carry their own permalink, a renamed section's former ids. */
  anchors: string[];
  /** Internal links (`<a>` and `<link>`) as `path` or `path#fragment`. */
  links: string[];
}

export function pageFacts(html: string, pagePath: string, home: string): PageFacts {
  const root = parse(html);
  const ids = root.querySelectorAll('[id]').map((e) => e.id);
  const paragraphs = ids.filter((id) => /^p[1-9]\d*$/.test(id));
  const headings = root
    .querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')
    .filter((h) => h.querySelector(`a[href="#${h.id}"]`))
    .map((h) => h.id);
  const links = root.querySelectorAll('a[href], link[href]').flatMap((a) => {
    const r = resolveHref(a.getAttribute('href')!, pagePath, home);
    return r && 'internal' in r ? [r.fragment ? `${r.internal}#${r.fragment}` : r.internal] : [];
  });
  // A renamed section's former ids (formerIds) were heading anchors: still published.
  const former = root.querySelectorAll('.former-anchor[id]').map((e) => e.id);
  return { ids, anchors: [...new Set([...paragraphs, ...headings, ...former])], links };
}

export interface LinkReport {
  /** Internal links checked. */
  checked: number;
  /** Each broken link: page, element, href and why. */
  failures: string[];
  /** External URLs (listed, never fetched) with how often each occurs. */
  external: Map<string, number>;
}

/**
 * Checks every internal link and #fragment on every page of a build (`<a href>` and `<link href>`): each names
 * a page or file of the build, and each fragment an id on its target page. A link to this host outside the
 * site's folder (one that forgot the base path) is broken too. Used by tests/built/links.test.ts on dist/ and
 * by the fixture builds (tests/build/renamed-section.test.ts) on theirs.
 */
export function checkLinks(dist: string): LinkReport {
  const root = siteRoot(dist);
  const ids = new Map<string, Set<string> | null>();
  /** The ids of the page at a path; null when the path names no HTML page. */
  const idsOf = (path: string): Set<string> | null => {
    if (!ids.has(path)) {
      const file = pageFile(path, dist);
      const html = file.endsWith('.html') && existsSync(file) ? readFileSync(file, 'utf8') : null;
      ids.set(path, html === null ? null : new Set(parse(html).querySelectorAll('[id]').map((e) => e.id)));
    }
    return ids.get(path)!;
  };
  /** Why an internal path does not resolve, or undefined when it does. */
  const fileProblem = (path: string): string | undefined => {
    const file = join(dist, path);
    if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? undefined : 'no such page';
    if (!existsSync(file)) return 'no such file';
    // trailingSlash is "always": a directory must be linked with its slash.
    return statSync(file).isDirectory() ? 'a page linked without its trailing slash' : undefined;
  };

  const report: LinkReport = { checked: 0, failures: [], external: new Map() };
  for (const page of allPages(dist)) {
    const doc = parse(readFileSync(pageFile(page, dist), 'utf8'));
    for (const el of doc.querySelectorAll('a[href], link[href]')) {
      const href = el.getAttribute('href')!;
      const target = resolveHref(href, page, root);
      if (!target) continue;
      if ('external' in target) {
        report.external.set(target.external, (report.external.get(target.external) ?? 0) + 1);
        continue;
      }
      report.checked++;
      const tag = `<${el.tagName.toLowerCase()} href="${href}">`;
      if ('outside' in target) {
        report.failures.push(`${page}: ${tag}: outside the site's folder ${new URL(root).pathname}`);
        continue;
      }
      const problem = fileProblem(target.internal);
      if (problem) report.failures.push(`${page}: ${tag}: ${problem}`);
      else if (target.fragment && !idsOf(target.internal)?.has(target.fragment)) report.failures.push(`${page}: ${tag}: no id "${target.fragment}" on ${target.internal}`);
    }
  }
  return report;
}
