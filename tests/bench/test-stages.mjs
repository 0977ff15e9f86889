// Times `npm test` stage by stage (the stages are read from package.json's "test" script, so they
// cannot drift from it), with the load average before and after each, and writes the table to the
// "npm test" section of tests/bench/RESULTS.md. Stops at the first stage that fails, as npm test does.
// Usage: node tests/bench/test-stages.mjs   (E2E_PORT as for the e2e tests)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeSection } from './results-file.mjs';
import { log, projectRoot } from './util.mjs';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const stages = pkg.scripts.test.split('&&').map((s) => s.trim().replace(/^npm run /, ''));
const load = () => os.loadavg()[0].toFixed(1);

const rows = [];
let failed;
const started = performance.now();
for (const stage of stages) {
  const before = load();
  const t = performance.now();
  log(`npm run ${stage} …`);
  const r = spawnSync('npm', ['run', stage], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  const seconds = (performance.now() - t) / 1000;
  rows.push({ stage, seconds, before, after: load(), ok: r.status === 0 });
  if (r.status !== 0) {
    failed = stage;
    break;
  }
}
const total = (performance.now() - started) / 1000;

const cpu = os.cpus();
const table = [
  `## npm test, stage by stage — ${new Date().toISOString()}`,
  '',
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}, Node ${process.version}. Load average (1 min) before and after each stage.`,
  '',
  '| stage | command | wall clock | load before → after |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.stage.replace(/^test:/, '')} | \`npm run ${r.stage}\` | ${r.seconds.toFixed(0)} s${r.ok ? '' : ' (failed)'} | ${r.before} → ${r.after} |`),
  `| **total** | \`npm test\` | **${Math.floor(total / 60)} min ${(total % 60).toFixed(0)} s** | |`,
].join('\n');
console.log(table);
if (failed) {
  log(`stage ${failed} failed: nothing written`);
  process.exit(1);
}
writeSection('npm-test', table);
log('written to tests/bench/RESULTS.md');
