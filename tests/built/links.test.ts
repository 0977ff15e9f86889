/**
 * Every internal link on the built site resolves: each <a href> and <link href> to this site names a
 * page or file in dist/, and each #fragment names an id on its target page. All failures are reported
 * at once. External links are listed, never fetched.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { siteOrigin } from '../tools/url-manifest.mjs';
import { resolveHref } from '../helpers/page-links.ts';
import { allPages, distDir, requireDist } from '../helpers/dist.ts';

requireDist();
const origin: string = siteOrigin(distDir);
const ids = new Map<string, Set<string> | null>();

/** The ids of the page at a path; null when the path names no HTML page. */
function idsOf(path: string): Set<string> | null {
  if (!ids.has(path)) {
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    const html = file.endsWith('.html') && existsSync(file) ? readFileSync(file, 'utf8') : null;
    ids.set(path, html === null ? null : new Set(parse(html).querySelectorAll('[id]').map((e) => e.id)));
  }
  return ids.get(path)!;
}

/** Why an internal path does not resolve, or undefined when it does. */
function fileProblem(path: string): string | undefined {
  const file = join(distDir, path);
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? undefined : 'no such page';
  if (!existsSync(file)) return 'no such file';
  // trailingSlash is "always": a directory must be linked with its slash.
  return statSync(file).isDirectory() ? 'a page linked without its trailing slash' : undefined;
}

test('every internal link and #fragment on the built site resolves; external links are listed', (t) => {
  const failures: string[] = [];
  const external = new Map<string, number>();
  let checked = 0;
  for (const page of allPages()) {
    const root = parse(readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8'));
    for (const el of root.querySelectorAll('a[href], link[href]')) {
      const href = el.getAttribute('href')!;
      const target = resolveHref(href, page, origin);
      if (!target) continue;
      if ('external' in target) {
        external.set(target.external, (external.get(target.external) ?? 0) + 1);
        continue;
      }
      checked++;
      const problem = fileProblem(target.internal);
      if (problem) failures.push(`${page}: <${el.tagName.toLowerCase()} href="${href}">: ${problem}`);
      else if (target.fragment && !idsOf(target.internal)?.has(target.fragment)) failures.push(`${page}: <${el.tagName.toLowerCase()} href="${href}">: no id "${target.fragment}" on ${target.internal}`);
    }
  }
  t.diagnostic(`${checked} internal links checked; ${external.size} distinct external URLs (not fetched):`);
  for (const [url, n] of [...external].sort()) t.diagnostic(`  ${url}${n > 1 ? ` (×${n})` : ''}`);
  assert.ok(checked > 1000, `only ${checked} internal links found: is the build complete?`);
  assert.deepEqual(failures, [], `${failures.length} broken internal links:\n  ${failures.join('\n  ')}`);
});
