/** Runs `astro build` over a content folder in a child process, with its own output and cache folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Removes terminal colour codes so messages can be matched as plain text. */
export const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

export function buildSite(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'digest-out-'))): BuildResult {
  const cache = mkdtempSync(join(tmpdir(), 'digest-cache-'));
  // process.execPath: the project's own Node, whatever node the PATH would find first.
  const r = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, DIGEST_CONTENT: contentDir, ASTRO_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  rmSync(cache, { recursive: true, force: true });
  return { status: r.status, output: plain(`${r.stdout}\n${r.stderr}`), outDir };
}

/** A copy of the valid base fixture with some files replaced: how each bad-input fixture is built. */
export function overlayFixture(overlayDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-fixture-'));
  cpSync(join(projectRoot, 'tests/fixtures/base'), dir, { recursive: true });
  cpSync(overlayDir, dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}
