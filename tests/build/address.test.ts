/** A build meant for publishing must not silently carry a local address (src/lib/urls.ts, src/integrations/address.ts). */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSite, projectRoot } from '../helpers/build.ts';

test('a build without SITE_URL stops before writing anything, saying how to set it', () => {
  const r = buildSite(join(projectRoot, 'tests/fixtures/base'), undefined, { SITE_URL: undefined, BASE_PATH: undefined });
  try {
    assert.notEqual(r.status, 0, 'the build passed without an address');
    assert.ok(r.output.includes('SITE_URL is not set: a build meant for publishing needs the address it will be published at'), r.output.slice(-2000));
    assert.ok(r.output.includes('SITE_URL=https://vectors.example.org npm run build'), 'the message shows how to set it');
    assert.ok(r.output.includes('npm run build:local'), 'and how to build for this machine');
    assert.deepEqual(existsSync(r.outDir) ? readdirSync(r.outDir) : [], []);
  } finally {
    rmSync(r.outDir, { recursive: true, force: true });
  }
});
