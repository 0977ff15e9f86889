// tests/bench/RESULTS.md: the last measured figures, dated, with the machine and its load. Prose in the
// READMEs links here instead of quoting numbers that age. Each measuring script owns one section,
// fenced by comments, and rewrites only that section, so `npm run bench` and the test-stage timer
// can run at different times without erasing each other's results.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './util.mjs';

export const resultsFile = join(projectRoot, 'tests/bench/RESULTS.md');

const HEADER = `# Measured results

Written by the measuring scripts, not by hand: \`npm run bench\` rewrites the benchmark section (and the scale
section when it measures scale), \`node tests/bench/test-stages.mjs\` the \`npm test\` section. Wall-clock times depend on what else the
machine was doing; each section gives the load average alongside.
`;

/** Replaces (or appends) the section `id` of RESULTS.md with `markdown`. */
export function writeSection(id, markdown, file = resultsFile) {
  const start = `<!-- ${id}:start -->`;
  const end = `<!-- ${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
