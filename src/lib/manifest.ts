/**
 * URLs that never break. content/url-manifest.txt lists every public URL and anchor the site has ever
 * built (append-only); content/redirects.yaml maps retired paths to their replacements. This module is
 * the pure logic behind both: reading and writing the manifest, checking redirects, and deciding which
 * manifest entries a build no longer serves. No file system access here (tests/helpers/page-links.ts reads pages).
 */

/** Retired path → the path that replaces it. */
export type Redirects = Record<string, string>;

export const MANIFEST_HEADER = [
  '# Every public URL and anchor this site has published: `path` or `path#fragment`, one a line, sorted.',
  '# Append-only: `npm run urls:update` after a build adds new entries and never removes one. A URL that',
  '# goes away needs an entry in content/redirects.yaml (tests/built/url-manifest.test.ts checks).',
];

export function parseManifest(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function serializeManifest(entries: Iterable<string>): string {
  return `${[...MANIFEST_HEADER, ...[...new Set(entries)].sort(byCodePoint)].join('\n')}\n`;
}

/** The manifest after a build: everything it had, plus what the build adds. */
export function mergeManifest(existing: string[], built: Iterable<string>): { entries: string[]; added: string[] } {
  const have = new Set(existing);
  const added = [...new Set(built)].filter((u) => !have.has(u)).sort(byCodePoint);
  return { entries: [...have, ...added].sort(byCodePoint), added };
}

const isPath = (v: unknown): v is string => typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !/[#?\s]/.test(v);

/** Validates the parsed redirects.yaml (a map of path → path, or empty). */
export function checkRedirects(value: unknown): { redirects: Redirects; errors: string[] } {
  if (value == null) return { redirects: {}, errors: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { redirects: {}, errors: ['redirects must be a map of old path → new path'] };
  const redirects: Redirects = {};
  const errors: string[] = [];
  for (const [from, to] of Object.entries(value)) {
    if (!isPath(from) || !isPath(to)) errors.push(`"${from}" → "${String(to)}": both must be site paths starting with "/", without # or ?`);
    else if (from === to) errors.push(`"${from}" redirects to itself`);
    else redirects[from] = to;
  }
  for (const from of Object.keys(redirects)) if (finalTarget(from, redirects) === null) errors.push(`"${from}": redirect loop`);
  return { redirects, errors };
}

/** Follows a chain of redirects to its end; null for a loop, undefined when the path is not redirected. */
export function finalTarget(path: string, redirects: Redirects): string | null | undefined {
  if (!(path in redirects)) return undefined;
  const seen = new Set([path]);
  let at = redirects[path]!;
  while (at in redirects) {
    if (seen.has(at)) return null;
    seen.add(at);
    at = redirects[at]!;
  }
  return at;
}

/**
 * Where a path is redirected: its own entry, or else the nearest redirected folder above it, which
 * takes its subtree along (`/a/old/cite.bib` → `/a/new/cite.bib` when `/a/old/` → `/a/new/`).
 */
export function redirectTarget(path: string, redirects: Redirects): string | null | undefined {
  const own = finalTarget(path, redirects);
  if (own !== undefined) return own;
  const folder = Object.keys(redirects)
    .filter((from) => from.endsWith('/') && path.startsWith(from))
    .sort((a, b) => b.length - a.length)[0];
  const base = folder === undefined ? undefined : finalTarget(folder, redirects);
  return base && base.endsWith('/') ? base + path.slice(folder!.length) : base;
}

/**
 * Manifest entries the build does not serve. An entry is served when the build has it, or when its page
 * redirects to a page the build has — for an anchor, only if the target page has the same anchor
 * (¶ anchors are the same on every page that shows the paragraph).
 */
export function missingFromBuild(manifest: string[], built: ReadonlySet<string>, redirects: Redirects): string[] {
  return manifest.filter((entry) => {
    if (built.has(entry)) return false;
    const hash = entry.indexOf('#');
    const [path, fragment] = hash < 0 ? [entry, ''] : [entry.slice(0, hash), entry.slice(hash)];
    const target = redirectTarget(path, redirects);
    return !(target && built.has(target + fragment));
  });
}

/**
 * A `_redirects` file (Netlify, Cloudflare Pages and others): permanent redirects, one a line; a folder
 * also takes its subtree along (a section's citation files), as `redirectTarget` assumes.
 */
export function redirectsFile(redirects: Redirects, base = '/'): string {
  // Paths as the host sees them: with the site's folder when it lives in one (BASE_PATH). No #fragment in
  // the target, so that browsers keep the one the reader asked for (/old/#p12 → /new/#p12).
  const at = (path: string) => `${base}${path.slice(1)}`;
  const lines = Object.entries(redirects).flatMap(([from, to]) => {
    const end = finalTarget(from, redirects) ?? to;
    return from.endsWith('/') && end.endsWith('/') ? [`${at(from)} ${at(end)} 301`, `${at(from)}* ${at(end)}:splat 301`] : [`${at(from)} ${at(end)} 301`];
  });
  return `# Generated from content/redirects.yaml by src/integrations/redirects.ts.\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
