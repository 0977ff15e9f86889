// Small helpers shared by the bench modules: paths, temp folders, sizes, medians, logging.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Every temp folder the bench makes, so one call can remove them at the end (unless --keep). */
const temps = [];
export function tempDir(prefix, parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, `vectors-bench-${prefix}-`));
  temps.push(dir);
  return dir;
}
export function removeTemps() {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Progress goes to stderr so that stdout carries only the final table. */
export const log = (...args) => console.error('[bench]', ...args);

/**
 * Content a static host compresses on the fly (Netlify, Cloudflare Pages, nginx's usual gzip_types).
 * Fonts (woff2), images and Pagefind's index files are already compressed and are sent as they are.
 */
const TEXTUAL = /^(text\/|application\/(javascript|json|xml|ld\+json|manifest\+json|x-bibtex|x-research-info-systems)|image\/svg\+xml)/;
const TEXT_EXT = /\.(html?|css|m?js|json|svg|xml|txt|bib|ris|map)$/i;
export function isTextual(contentType, path = '') {
  return TEXTUAL.test(contentType ?? '') || TEXT_EXT.test(path);
}

/** Bytes on the wire: gzip (zlib's default level 6, what most hosts use) for text, as-is otherwise. */
export function wireBytes(buf, contentType, path) {
  return isTextual(contentType, path) ? gzipSync(buf).length : buf.length;
}

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Every file under a folder, with its size: dist size, index size, per-page HTML sizes. */
export function walk(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p, base));
    else out.push({ path: p.slice(base.length), bytes: st.size });
  }
  return out;
}

export function dirStats(dir) {
  try {
    const files = walk(dir);
    return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.length };
  } catch {
    return null;
  }
}

export const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
export const mb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
export const secs = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
export const msf = (ms) => (ms == null ? 'n/a' : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
export const ratio = (a, b) => (a == null || b == null || !b ? null : a / b);
export const x = (r) => (r == null ? 'n/a' : `${r.toFixed(2)}×`);
export const mark = (ok) => (ok == null ? '–' : ok ? '✓' : '✗');
