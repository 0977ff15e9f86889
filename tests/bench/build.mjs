// Times one `astro build` in a child process (cold: fresh Node, empty cache folder, fresh outDir) and
// measures its memory two ways: the build process's own peak RSS (process.resourceUsage().maxRSS,
// printed by build-child.mjs at exit — exact), and the peak of the whole process tree (the build
// plus anything it spawns, e.g. Pagefind's indexer binary), sampled from /proc where Linux has it.
//
// Why builds run in a snapshot of the project, not in the work tree: builds that share a project
// root share files Astro writes outside cacheDir and outDir — <root>/.astro/content-modules.mjs
// (which MDX files the build imports) and, when outDir is outside the working directory,
// <root>/.astro/.prerender/ (deleted when any build ends). A teammate's build running meanwhile
// made a bench build fail that way. The snapshot (a copy of the sources, node_modules linked) also
// means every figure of one run measures the same code, while others keep editing the tree.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { log, projectRoot, tempDir } from './util.mjs';

const CHILD = join(import.meta.dirname, 'build-child.mjs');

/** What a build does not need, or must not share: never copied into the snapshot. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', '.astro', '.tmp', 'tests', 'test-results', 'playwright-report', 'bench']);

/** A copy of the project's sources in a temp folder, with node_modules linked (same packages, same Astro). */
export function snapshotProject() {
  const dir = tempDir('root');
  for (const name of readdirSync(projectRoot)) {
    if (!NOT_COPIED.has(name)) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * @param {object} o
 * @param {string} o.root         Astro project root: a snapshot of ours, or the Starlight site
 * @param {string} [o.contentDir] DIGEST_CONTENT for our site (synthetic digests)
 * @param {string} [o.label]      for progress lines
 * @param {Record<string,string>} [o.env]
 */
export async function timedBuild({ root, contentDir, label = 'build', env = {} }) {
  // Inside the root (= the child's working directory), so that Astro keeps its prerender bundle
  // in <outDir>/.prerender/ rather than in <root>/.astro/.prerender/.
  const outDir = tempDir('out', root);
  const cacheDir = tempDir('cache');
  // The child must import the `astro` of the project it builds, so it runs from that project's folder
  // (module resolution starts from the script's own folder).
  const child = join(root, 'bench-build-child.mjs');
  copyFileSync(CHILD, child);
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const proc = spawn(process.execPath, [child, root, outDir], {
    cwd: root,
    env: {
      ...process.env,
      ...(contentDir ? { DIGEST_CONTENT: contentDir } : {}),
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (d) => (output += d));
  proc.stderr.on('data', (d) => (output += d));
  let treePeakKb = 0;
  const sampler = setInterval(() => (treePeakKb = Math.max(treePeakKb, treeRssKb(proc.pid))), 100);
  const code = await new Promise((res) => proc.on('close', res));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  const line = output.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  const inner = line ? JSON.parse(line.slice('BENCH_RESULT '.length)) : {};
  // Keep the log beside the output for anyone who wants to see why a build failed or warned.
  writeFileSync(join(cacheDir, 'build.log'), output);
  const ok = code === 0 && !!line;
  if (!ok) log(`${label}: build FAILED (exit ${code}); last lines:\n${output.split('\n').slice(-25).join('\n')}`);
  else log(`${label}: built in ${(wallMs / 1000).toFixed(1)} s (CPU ${(inner.cpuMs / 1000).toFixed(1)} s), peak RSS ${(inner.maxRssKb / 1024).toFixed(0)} MB`);
  return {
    ok,
    exitCode: code,
    outDir,
    wallMs,
    buildMs: inner.ms ?? null,
    cpuMs: inner.cpuMs ?? null,
    maxRssKb: inner.maxRssKb ?? null,
    treePeakRssKb: treePeakKb || null,
    // 1-minute load average before and after: how much other work competed with this build.
    load: [loadBefore, loadavg()[0]].map((l) => Number(l.toFixed(2))),
    output,
  };
}

/** Resident memory of a process and all its descendants, in KB; 0 where /proc is unavailable. */
function treeRssKb(rootPid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  const children = new Map();
  const rss = new Map();
  for (const pid of entries) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..." — comm may hold spaces, so split after the last ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      rss.set(Number(pid), Number(f[21]) * 4); // field 24 (rss) in 4 KB pages
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
