/** Two builds of the same commit produce byte-identical sites: nothing depends on time, order or chance. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { buildSite, projectRoot } from '../helpers/build.ts';

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

test('two builds of the same content are byte-identical', () => {
  const content = join(projectRoot, 'content');
  const a = buildSite(content);
  const b = buildSite(content);
  try {
    assert.equal(a.status, 0, a.output.slice(-2000));
    assert.equal(b.status, 0, b.output.slice(-2000));
    const [ta, tb] = [digestTree(a.outDir), digestTree(b.outDir)];
    assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort(), 'the same files');
    const differing = [...ta].filter(([file, hash]) => tb.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, [], 'files whose bytes differ between the builds');
    assert.ok(ta.size > 100, `a full site was built (${ta.size} files)`);
    // The downloads and the feed are generated from the records at build: they must be covered, not just present.
    for (const f of ['feed.xml', ...['events', 'memberships', 'entities', 'paragraphs'].flatMap((d) => [`data/${d}.csv`, `data/${d}.json`, `data/${d}.schema.json`])]) {
      assert.ok(ta.has(f), `${f} is built and compared`);
    }
  } finally {
    rmSync(a.outDir, { recursive: true, force: true });
    rmSync(b.outDir, { recursive: true, force: true });
  }
});
