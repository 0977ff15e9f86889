/**
 * What a built page publishes and links to: its ids, its own public anchors, and its internal links.
 * Used by the URL manifest (tests/tools/url-manifest.mjs) and the link check (tests/built/links.test.ts).
 */
import { parse } from 'node-html-parser';

export type Href = { internal: string; fragment: string } | { external: string } | null;

/**
 * Classifies a link on the page at `pagePath`: internal (site path and fragment, query dropped),
 * external (absolute URL), or null for links that are not addresses (mailto:, javascript:, …).
 */
export function resolveHref(href: string, pagePath: string, origin: string): Href {
  let url: URL;
  try {
    url = new URL(href, origin + pagePath);
  } catch {
    return null;
  }
  if (url.origin === origin) return { internal: decodeURI(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
  return url.protocol === 'http:' || url.protocol === 'https:' ? { external: url.href } : null;
}

export interface PageFacts {
  /** Every id on the page. */
  ids: string[];
  /** Anchors the page publishes itself: ¶ ids and headings that carry their own permalink. */
  anchors: string[];
  /** Internal links (`<a>` and `<link>`) as `path` or `path#fragment`. */
  links: string[];
}

export function pageFacts(html: string, pagePath: string, origin: string): PageFacts {
  const root = parse(html);
  const ids = root.querySelectorAll('[id]').map((e) => e.id);
  const paragraphs = ids.filter((id) => /^p[1-9]\d*$/.test(id));
  const headings = root
    .querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')
    .filter((h) => h.querySelector(`a[href="#${h.id}"]`))
    .map((h) => h.id);
  const links = root.querySelectorAll('a[href], link[href]').flatMap((a) => {
    const r = resolveHref(a.getAttribute('href')!, pagePath, origin);
    return r && 'internal' in r ? [r.fragment ? `${r.internal}#${r.fragment}` : r.internal] : [];
  });
  return { ids, anchors: [...new Set([...paragraphs, ...headings])], links };
}
