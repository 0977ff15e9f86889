// Times `npm test` stage by stage and writes the table to the "npm test" section of tests/bench/RESULTS.md.
// It runs `npm test` itself (tests/run.mjs, which records each stage's time and the load average around
// it), so the figures are those of the real command, side-by-side lanes included.
// Usage: node tests/bench/test-stages.mjs   (on a fresh clone, on an otherwise idle machine)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeSection } from './results-file.mjs';
import { log, projectRoot } from './util.mjs';

const file = join(mkdtempSync(join(os.tmpdir(), 'digest-timings-')), 'timings.json');
log('npm test …');
const run = spawnSync('npm', ['test'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, TEST_TIMINGS: file } });
// run.mjs writes the timings as it ends, even when a stage failed; without them npm test never got that far.
if (!existsSync(file)) throw new Error(`npm test wrote no timings (exit status ${run.status}): nothing to record`);
const { plan, total, ok, timings } = JSON.parse(readFileSync(file, 'utf8'));
const byStage = new Map(timings.map((t) => [t.stage, t]));
const cell = (stage) => {
  const t = byStage.get(stage);
  return t ? `${t.seconds.toFixed(0)} s${t.ok ? '' : ' (failed)'}` : 'not run';
};

const cpu = os.cpus();
const table = [
  `## npm test, stage by stage — ${new Date().toISOString()}`,
  '',
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}, Node ${process.version}. \`npm test\` (tests/run.mjs) runs three steps one after`,
  'another; the lanes of a step run side by side, so a step takes as long as its slowest lane. Load average (1 min)',
  'before and after each stage.',
  '',
  '| step | lane | stage | wall clock | load before → after |',
  '|---|---|---|---|---|',
  ...plan.flatMap((lanes, step) =>
    lanes.flatMap((lane, l) =>
      lane.map((stage) => {
        const t = byStage.get(stage);
        return `| ${step + 1} | ${l + 1} | \`npm run ${stage}\` | ${cell(stage)} | ${t ? `${t.loadBefore} → ${t.loadAfter}` : ''} |`;
      }),
    ),
  ),
  `| | | **\`npm test\`** | **${Math.floor(total / 60)} min ${Math.round(total % 60)} s**${ok ? '' : ' (failed)'} | |`,
].join('\n');
console.log(table);
if (!ok) {
  log('npm test failed: nothing written');
  process.exit(1);
}
writeSection('npm-test', table);
log('written to tests/bench/RESULTS.md');
