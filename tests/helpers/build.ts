/** Runs `astro build` over a content folder in a child process, with its own output and cache folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL } from '../../src/lib/urls.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Removes terminal colour codes so messages can be matched as plain text. */
export const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Builds for the local address, as `npm run build:local` does, unless `address` says otherwise; a key set to
 * undefined there is removed from the environment (a build without SITE_URL).
 */
export function buildSite(
  contentDir: string,
  outDir = mkdtempSync(join(tmpdir(), 'digest-out-')),
  address: { SITE_URL?: string; BASE_PATH?: string } = { SITE_URL: LOCAL_SITE_URL, BASE_PATH: '' },
): BuildResult {
  const cache = mkdtempSync(join(tmpdir(), 'digest-cache-'));
  const env: Record<string, string | undefined> = { ...process.env, SITE_URL: undefined, BASE_PATH: undefined, ...address, DIGEST_CONTENT: contentDir, ASTRO_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  // process.execPath: the project's own Node, whatever node the PATH would find first.
  const r = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
  });
  rmSync(cache, { recursive: true, force: true });
  return { status: r.status, output: plain(`${r.stdout}\n${r.stderr}`), outDir };
}

/** A copy of the valid base fixture with some files replaced: how each bad-input fixture is built. */
export function overlayFixture(overlayDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-fixture-'));
  cpSync(join(projectRoot, 'tests/fixtures/base'), dir, { recursive: true });
  cpSync(overlayDir, dir, { recursive: true });
  return dir;
}
