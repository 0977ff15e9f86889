/**
 * The fidelity check can fail: the base fixture with one sentence dropped from a section
 * (tests/fixtures/unfaithful/lost-sentence) is caught, naming the sentence. That a faithful site passes is
 * shown on the base fixture by article-new.test.ts and on the real site by tests/built/fidelity.test.ts.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSite, overlayFixture, projectRoot } from '../helpers/build.ts';
import { fidelityProblems } from '../helpers/fidelity.ts';

const cleanup: string[] = [];
after(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the fidelity check catches a section that lost a sentence, and names the sentence', () => {
  const content = overlayFixture(join(projectRoot, 'tests/fixtures/unfaithful/lost-sentence'));
  const r = buildSite(content);
  cleanup.push(content, r.outDir);
  assert.equal(r.status, 0, r.output.slice(-2000));
  const problems = fidelityProblems(join(content, 'articles/test-article'), 'test-article', r.outDir);
  assert.ok(problems.some((p) => p.includes('expected "It was a post-Soviet matter."')), problems.join('\n'));
});
