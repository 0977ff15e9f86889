/**
 * The site reproduces each article verbatim: every sentence of the received text, after undoing the
 * PDF's layout and applying the recorded corrections, is on the single-page reading copy, in order,
 * once; paragraphs split where the received text splits; each section page carries the same
 * paragraphs under the same numbers. (tests/build/fidelity-can-fail.test.ts shows the check bites.)
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../helpers/build.ts';
import { requireDist } from '../helpers/dist.ts';
import { fidelityProblems } from '../helpers/fidelity.ts';

const articlesDir = join(projectRoot, 'content/articles');

for (const article of readdirSync(articlesDir)) {
  test(`the site reproduces ${article} faithfully, sentence by sentence and paragraph by paragraph`, () => {
    requireDist();
    assert.deepEqual(fidelityProblems(join(articlesDir, article), article), []);
  });
}
