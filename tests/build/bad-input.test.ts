/**
 * Bad input stops the build with a message that names the file, the field and the problem.
 * Each folder in tests/fixtures/bad/ holds only the files that differ from tests/fixtures/base
 * (a tiny valid site) and an expect.json listing the phrases the error must contain.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildSite, overlayFixture, projectRoot } from '../helpers/build.ts';

const badDir = join(projectRoot, 'tests/fixtures/bad');

describe('bad input', () => {
  test('the valid base fixture builds', () => {
    const r = buildSite(join(projectRoot, 'tests/fixtures/base'));
    rmSync(r.outDir, { recursive: true, force: true });
    assert.equal(r.status, 0, r.output.slice(-3000));
  });

  for (const kind of readdirSync(badDir).sort()) {
    const expect = JSON.parse(readFileSync(join(badDir, kind, 'expect.json'), 'utf8')) as { because: string; contains: string[] };
    test(`${expect.because} stops the build (${kind})`, () => {
      const content = overlayFixture(join(badDir, kind));
      const r = buildSite(content);
      rmSync(content, { recursive: true, force: true });
      rmSync(r.outDir, { recursive: true, force: true });
      assert.notEqual(r.status, 0, `the build passed, but ${expect.because}`);
      for (const phrase of expect.contains) assert.ok(r.output.includes(phrase), `the error should mention ${JSON.stringify(phrase)}:\n${r.output.slice(-2500)}`);
    });
  }
});
