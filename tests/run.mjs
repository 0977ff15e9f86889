// `npm test`: the stages of tests/README.md in three steps, so that both cores of a small machine stay busy.
// Steps run one after another; the lanes of a step side by side; the stages of a lane one after another,
// stopping at the first that fails. Every build and `astro check` writes the project's shared .astro/
// folder (Astro keeps the content module list there, whatever the cache folder), so no two of them ever
// run at once: `check` runs beside the unit tests, which build nothing; the end-to-end tests, which only
// read dist/, run beside the built-site checks and the fixture builds, which build one at a time.
//
// The first lane of a step prints as it runs; the others print when the step ends, so logs do not
// interleave. With TEST_TIMINGS=<file>, each stage's wall-clock time and the load average before and
// after it are written there as JSON (tests/bench/test-stages.mjs turns them into a table).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';

export const PLAN = [
  [['check'], ['test:unit']],
  [['build:local']],
  [['test:e2e'], ['test:built', 'test:fixtures']],
];

const load = () => Number(os.loadavg()[0].toFixed(1));
const timings = [];

/** Runs one npm script; the output goes to the terminal, or into `buffer` to be printed later. */
function runStage(stage, buffer) {
  return new Promise((resolve) => {
    const entry = { stage, loadBefore: load(), started: performance.now() };
    const child = spawn('npm', ['run', '--silent', stage], { stdio: ['ignore', buffer ? 'pipe' : 'inherit', buffer ? 'pipe' : 'inherit'] });
    if (buffer) {
      child.stdout.on('data', (d) => buffer.push(d));
      child.stderr.on('data', (d) => buffer.push(d));
    }
    child.on('close', (code) => {
      const seconds = (performance.now() - entry.started) / 1000;
      timings.push({ stage, seconds: Number(seconds.toFixed(1)), ok: code === 0, loadBefore: entry.loadBefore, loadAfter: load() });
      console.log(`[npm test] ${code === 0 ? '✔' : '✖'} npm run ${stage} (${seconds.toFixed(0)} s)`);
      resolve(code === 0);
    });
  });
}

/** The stages of a lane in order, stopping at the first that fails. */
async function runLane(stages, buffer) {
  for (const stage of stages) if (!(await runStage(stage, buffer))) return false;
  return true;
}

const started = performance.now();
let ok = true;
for (const lanes of PLAN) {
  console.log(`[npm test] ▶ ${lanes.map((l) => l.join(' → ')).join('  ‖  ')}`);
  const buffers = lanes.map((_, i) => (i === 0 ? undefined : []));
  const results = await Promise.all(lanes.map((lane, i) => runLane(lane, buffers[i])));
  for (const [i, buffer] of buffers.entries()) {
    if (!buffer) continue;
    console.log(`\n── output of ${lanes[i].join(' → ')} ──`);
    process.stdout.write(Buffer.concat(buffer));
  }
  if (results.includes(false)) {
    ok = false;
    break;
  }
}
const total = (performance.now() - started) / 1000;
console.log(`\n[npm test] ${ok ? '✔ passed' : '✖ failed'} in ${Math.floor(total / 60)} min ${Math.round(total % 60)} s`);
for (const t of timings) console.log(`  ${t.ok ? '✔' : '✖'} ${t.stage.padEnd(14)} ${t.seconds.toFixed(0).padStart(4)} s`);
if (process.env.TEST_TIMINGS) writeFileSync(process.env.TEST_TIMINGS, JSON.stringify({ plan: PLAN, total: Number(total.toFixed(1)), ok, timings }, null, 2));
process.exit(ok ? 0 : 1);
