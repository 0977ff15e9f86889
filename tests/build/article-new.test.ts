/**
 * An article started by `npm run article:new` builds at once, placeholders and all, beside another article, and
 * the built site passes the fidelity check against its received text (tests/unit/article-new.test.ts tests the
 * command itself).
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

test('an article the command starts builds beside another and reproduces its received text', () => {
  const content = mkdtempSync(join(tmpdir(), 'digest-fixture-'));
  cleanup.push(content);
  cpSync(join(projectRoot, 'tests/fixtures/base'), content, { recursive: true });
  const started = newArticle(content, 'started-article', join(projectRoot, 'tests/fixtures/article-new/received.txt'), 'INTRODUCTION');
  assert.deepEqual(started.problems, []);

  const r = buildSite(content);
  cleanup.push(r.outDir);
  assert.equal(r.status, 0, r.output.slice(-2000));
  assert.deepEqual(fidelityProblems(started.dir, 'started-article', r.outDir), []);
  assert.deepEqual(page('/started-article/conclusion/', r.outDir).querySelectorAll('p.para').map((p) => p.id), ['p3', 'p4']);
});
