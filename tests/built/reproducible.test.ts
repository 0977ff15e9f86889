/**
 * Two builds of the same commit produce byte-identical sites: nothing depends on time, order or chance, nor on
 * Astro's cache. The second build is made here, with a cache of its own, and compared with dist/, which
 * `npm run build:local` made with the project's cache.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { distDir, requireDist } from '../helpers/dist.ts';

function digestTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

test('a second build of the same content is byte-identical to dist/', () => {
  requireDist();
  const b = buildSite(join(projectRoot, 'content'));
  try {
    assert.equal(b.status, 0, b.output.slice(-2000));
    const [ta, tb] = [digestTree(distDir), digestTree(b.outDir)];
    assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort(), 'the same files');
    const differing = [...ta].filter(([file, hash]) => tb.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, [], 'files whose bytes differ between the builds (if dist/ is older than the sources, run npm run build:local)');
    assert.ok(ta.size > 100, `a full site was built (${ta.size} files)`);
    // The downloads and the feed are generated from the records at build: they must be covered, not just present.
    for (const f of ['feed.xml', ...['events', 'memberships', 'entities', 'paragraphs'].flatMap((d) => [`data/${d}.csv`, `data/${d}.json`, `data/${d}.schema.json`])]) {
      assert.ok(ta.has(f), `${f} is built and compared`);
    }
  } finally {
    rmSync(b.outDir, { recursive: true, force: true });
  }
});
