/**
 * An article started by `npm run article:new` builds at once, placeholders and all, beside another article, and
 * the built site passes the fidelity check against both received texts (tests/unit/article-new.test.ts tests the
 * command itself; tests/build/fidelity-can-fail.test.ts shows the check can fail).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { fidelityProblems } from '../helpers/fidelity.ts';
import { page } from '../helpers/dist.ts';
import { newArticle } from '../tools/article-new.ts';

const cleanup: string[] = [];
after(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('an article the command starts builds beside another, without a warning, and both reproduce their received texts', () => {
  const content = mkdtempSync(join(tmpdir(), 'digest-fixture-'));
  cleanup.push(content);
  cpSync(join(projectRoot, 'tests/fixtures/base'), content, { recursive: true });
  const started = newArticle(content, 'started-article', join(projectRoot, 'tests/fixtures/article-new/received.txt'), 'INTRODUCTION');
  assert.deepEqual(started.problems, []);

  const r = buildSite(content);
  cleanup.push(r.outDir);
  assert.equal(r.status, 0, r.output.slice(-2000));
  assert.deepEqual(fidelityProblems(started.dir, 'started-article', r.outDir), []);
  assert.deepEqual(fidelityProblems(join(content, 'articles/test-article'), 'test-article', r.outDir), []);
  // Known-harmless bundler warnings are quieted at their source (astro.config.mjs): a warning here is real.
  assert.doesNotMatch(r.output, /\[WARN\]/, 'the build of a valid site prints no warning');
  assert.deepEqual(page('/started-article/conclusion/', r.outDir).querySelectorAll('p.para').map((p) => p.id), ['p3', 'p4']);
});
