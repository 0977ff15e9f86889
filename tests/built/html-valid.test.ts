/**
 * Every built page is valid HTML. Astro 7 no longer repairs invalid nesting (a <div> inside a <p>
 * stays there), so the build's own output is checked with html-validate's "standard" rules
 * (conformance with the HTML standard) plus its accessibility rules.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distDir, requireDist } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/html-valid.ts';

test('every page in dist/ is valid HTML', async () => {
  requireDist();
  const problems = await htmlProblems(distDir);
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`);
});
