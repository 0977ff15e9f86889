/**
 * The wiring of the checks into the build, one fixture per layer; each kind of bad input is tested where it is
 * cheapest (tests/unit: schemas.test.ts, content-check.test.ts, integrity.test.ts, coverage.test.ts,
 * remark-text-only.test.ts, plugin-refusals.test.ts, sources.test.ts; the fidelity failure in fidelity-can-fail.test.ts).
 * Every content error reaches the build the same way (the digest stops with its list), so one integrity
 * fixture stands for them all.
 * Each folder in tests/fixtures/bad/ holds only the files that differ from tests/fixtures/base.
 * The message is matched exactly, and a failed build leaves no site behind.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, test } from 'node:test';
import { buildSite, overlayFixture, projectRoot } from '../helpers/build.ts';

/** Builds a bad fixture into an output folder that already holds an old site. */
function buildOver(kind: string) {
  const content = overlayFixture(join(projectRoot, 'tests/fixtures/bad', kind));
  const outDir = mkdtempSync(join(tmpdir(), 'digest-out-'));
  mkdirSync(join(outDir, '_astro'));
  writeFileSync(join(outDir, 'index.html'), '<p>the old site</p>');
  writeFileSync(join(outDir, '_astro', 'old.js'), '');
  const r = buildSite(content, outDir);
  const left = existsSync(outDir) ? readdirSync(outDir) : [];
  rmSync(content, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return { ...r, content, left };
}

describe('bad input stops the build with its exact message', () => {
  test('a schema error: an unknown frontmatter field, named with file, line, field and value; the old site is untouched', () => {
    const r = buildOver('unknown-field');
    assert.notEqual(r.status, 0);
    assert.ok(
      r.output.includes(`${r.content}/articles/test-article/sections/02-conclusion.mdx, line 6: field "colour" is not a field of a section (a misspelling, or a field this edition does not have); found "red"`),
      r.output.slice(-2500),
    );
    assert.doesNotMatch(r.output, /\*\*|:0:0/, 'no Markdown asterisks, no :0:0 location');
    assert.deepEqual(r.left.sort(), ['_astro', 'index.html'], 'a build refused before it starts writes nothing');
  });

  test('an integrity error: an unknown country, named with file, field and value; no half-built site is left', () => {
    const r = buildOver('unknown-country');
    assert.notEqual(r.status, 0);
    const file = `${relative(projectRoot, r.content)}/articles/test-article/sections/01-introduction.mdx`;
    assert.ok(r.output.includes(`${file}: field "country": unknown country id "atlantis"`), r.output.slice(-2500));
    assert.deepEqual(r.left, [], 'a build that failed after it began writing leaves neither old nor new pages');
  });

  test('a plugin error: code in a section, named with file and line, before anything runs it', () => {
    const r = buildOver('section-code');
    assert.notEqual(r.status, 0);
    assert.ok(
      r.output.includes(`${r.content}/articles/test-article/sections/02-conclusion.mdx, line 11: a {…} expression is code, and a section is text: "process.env.HOME"`),
      r.output.slice(-2500),
    );
    assert.deepEqual(r.left, []);
  });
});
