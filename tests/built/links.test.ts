/**
 * Every internal link on the built site resolves: each <a href> and <link href> to this site names a
 * page or file in dist/, and each #fragment names an id on its target page. All failures are reported
 * at once. External links are listed, never fetched. (The checker, tests/helpers/page-links.ts, also runs
 * over a fixture built in a folder of its host: tests/build/renamed-section.test.ts.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkLinks } from '../helpers/page-links.ts';
import { distDir, page, requireDist } from '../helpers/dist.ts';

requireDist();

test('every internal link and #fragment on the built site resolves; external links are listed', (t) => {
  const { checked, failures, external } = checkLinks(distDir);
  t.diagnostic(`${checked} internal links checked; ${external.size} distinct external URLs (not fetched):`);
  for (const [url, n] of [...external].sort()) t.diagnostic(`  ${url}${n > 1 ? ` (×${n})` : ''}`);
  assert.ok(checked > 1000, `only ${checked} internal links found: is the build complete?`);
  assert.deepEqual(failures, [], `${failures.length} broken internal links:\n  ${failures.join('\n  ')}`);
});

test('the icon a page links is a PNG of the size its link states (tests/tools/favicon-png.mjs writes it)', () => {
  const link = page('/').querySelector('link[rel="icon"]')!;
  assert.equal(link.getAttribute('type'), 'image/png');
  const file = readFileSync(join(distDir, new URL(link.getAttribute('href')!, 'http://x/').pathname.split('/').pop()!));
  assert.equal(file.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(`${file.readUInt32BE(16)}x${file.readUInt32BE(20)}`, link.getAttribute('sizes'));
});
