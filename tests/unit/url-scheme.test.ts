/**
 * The URL scheme lives in src/lib/urls.ts (and the anchors in src/lib/anchors.ts): no other module under src/ writes a
 * site path or puts an anchor on an address itself, so a base path, a renamed page or a new anchor is one change
 * there. A cheap textual check: comments are dropped, then string and template literals are read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { srcFiles, srcRoot as root } from '../helpers/src-files.ts';

/** Where site paths are the subject rather than links: the scheme itself, the static server, the host's header rules (_headers, and the security headers' path patterns in security.ts). */
const EXEMPT = ['lib/urls.ts', 'lib/anchors.ts', 'server/serve.mjs', 'integrations/headers.ts', 'lib/security.ts'];
const files = srcFiles((f) => /\.(ts|mjs|astro)$/.test(f) && !f.endsWith('.d.ts') && !EXEMPT.includes(f));

/** The code without its comments (block, line and JSX comments), line numbers kept. */
const withoutComments = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** A string or template literal that starts a site path (`'/about/'`, `` `/${kind}/` ``) or adds an anchor to an address (`` `${url}#${id}` ``). */
const HAND_BUILT = [/(?<![/\\])['"`]\/(?:[a-z*]|\$\{)/, /\}#/, /#\$\{/];

function handBuiltUrls(file: string, code: string): string[] {
  return withoutComments(code)
    .split('\n')
    .flatMap((line, i) => (HAND_BUILT.some((re) => re.test(line)) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : []));
}

test('the check finds a hand-built path or anchor, and passes a call to urls.ts', () => {
  const found = (code: string) => handBuiltUrls('x.astro', code).length;
  assert.equal(found("const u = '/timeline/';"), 1);
  assert.equal(found('<a href={`/${kind}/${id}/`}>'), 1);
  assert.equal(found('<a href={`${sectionUrl(a, s)}#p${n}`}>'), 1);
  assert.equal(found('const u = `${base}#${anchor}`;'), 1);
  assert.equal(found('<a href={timelineRegionUrl(region)}>'), 0);
  assert.equal(found('// see /about/ and `${x}#${y}`'), 0);
  assert.equal(found("/* the file /<article>/cite.bib, e.g. '/a/b/' */"), 0);
  assert.equal(found("s.replace(/\"/g, '&quot;')"), 0);
});

test('no module under src/ but urls.ts builds a site path or an anchored address', () => {
  assert.ok(files.length > 50, `only ${files.length} modules found under src/`);
  assert.deepEqual(files.flatMap((f) => handBuiltUrls(f, readFileSync(f, 'utf8'))), []);
});
