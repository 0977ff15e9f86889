// What a build produced: dist size and file count, and Pagefind's index (pages, words, bytes).
// Pagefind is added to the build by an astro:build:done integration; a build without
// <outDir>/pagefind/ reports null ("n/a"), never an error.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dirStats, projectRoot, tempDir, walk } from './util.mjs';

/** Bytes and files of a build, and how many of the files are HTML pages (redirect pages included). */
export function distStats(outDir) {
  const files = walk(outDir);
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.length, htmlFiles: files.filter((f) => f.path.endsWith('.html')).length };
}

export function pagefindStats(outDir) {
  const dir = join(outDir, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return null;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  // The index proper (what searches download from): word index chunks, fragments, metadata.
  const index = ['index', 'fragment', 'filter'].map((d) => dirStats(join(dir, d))).filter(Boolean);
  return {
    version: entry.version,
    pages,
    words: countWords(outDir),
    totalBytes: dirStats(dir).bytes,
    totalFiles: dirStats(dir).files,
    indexBytes: index.reduce((n, s) => n + s.bytes, 0),
    indexFiles: index.reduce((n, s) => n + s.files, 0),
  };
}

/**
 * Pagefind's Node API reports pages but not words; its CLI prints both. So the built site is indexed
 * once more into a throwaway folder with the CLI, which reads the same data-pagefind-* attributes
 * (options passed only to the integration's Node API call, if any, are not replayed here).
 */
function countWords(outDir) {
  const bin = join(projectRoot, 'node_modules/.bin/pagefind');
  if (!existsSync(bin)) return null;
  const scratch = tempDir('pagefind');
  const r = spawnSync(bin, ['--site', outDir, '--output-path', scratch], { encoding: 'utf8' });
  rmSync(scratch, { recursive: true, force: true });
  const m = /Indexed ([\d,]+) words/.exec(`${r.stdout}${r.stderr}`);
  return m ? Number(m[1].replace(/,/g, '')) : null;
}
