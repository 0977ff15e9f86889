import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { pagefindIndex } from '../../src/integrations/pagefind.ts';

const logger = { info: () => {} };
const run = (dir: string) => {
  const hook = pagefindIndex().hooks['astro:build:done'] as unknown as (o: object) => Promise<void>;
  return hook({ dir: pathToFileURL(`${dir}/`), logger });
};

describe('the Pagefind build step', () => {
  test('writes the index into the build’s own output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-ok-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Aktau</h1><p>Caspian summit.</p></main></body></html>');
    await run(dir);
    assert.ok(existsSync(join(dir, 'pagefind', 'pagefind.js')));
    rmSync(dir, { recursive: true, force: true });
  });

  test('stops the build when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-empty-'));
    await assert.rejects(run(dir), /Pagefind found no HTML page/);
    rmSync(dir, { recursive: true, force: true });
  });
});
