// Runs one `astro build` inside this process and reports its own peak RSS on the last line of
// stdout. It is a separate process so that every build starts cold (no module cache, no memoised
// digest) and so that process.resourceUsage().maxRSS measures the build alone, not the bench.
// Usage: node build-child.mjs <root> <outDir>   (DIGEST_CONTENT / ASTRO_CACHE_DIR come from env)
import { readFileSync } from 'node:fs';
import { build } from 'astro';

/**
 * CPU time of this process and of the children it waited for (Pagefind's indexer), in ms. Unlike
 * wall clock it hardly changes when other work shares the machine, so it is the fairer figure for
 * ratios between builds. Children's time comes from /proc/self/stat (cutime, cstime: clock ticks,
 * 100 per second on Linux); elsewhere it is left out.
 */
function cpuMs() {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  let children = 0;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = (Number(f[13]) + Number(f[14])) * 10; // fields 16 and 17
  } catch {
    // not Linux
  }
  return (userCPUTime + systemCPUTime) / 1000 + children;
}

const [root, outDir] = process.argv.slice(2);
const started = performance.now();
try {
  await build({ root, outDir, logLevel: process.env.BENCH_VERBOSE ? 'info' : 'error' });
} catch (err) {
  console.error(err?.stack ?? err);
  process.exitCode = 1;
}
// maxRSS is in kilobytes (getrusage). Printed as JSON on its own line for the parent to pick up.
console.log(`BENCH_RESULT ${JSON.stringify({ ms: performance.now() - started, cpuMs: cpuMs(), maxRssKb: process.resourceUsage().maxRSS })}`);
// Astro can leave handles open (watchers, worker pools); the build is done, so leave now.
process.exit();
