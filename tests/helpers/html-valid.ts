/**
 * html-validate's "standard" rules (conformance with the HTML standard) plus its accessibility rules, over every
 * page of a build: tests/built/html-valid.test.ts on dist/, and fixture builds (tests/build/renamed-section.test.ts).
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, type Message } from 'html-validate';
import { allPages, pageFile } from './dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // Astro writes `<meta ... />`-style void elements; both forms are valid HTML.
    'void-style': 'off',
    // Every script and stylesheet is a file from the site's own origin (the CSP allows nothing else).
    'require-sri': 'off',
  },
});

/** Every problem on every page of the build at `dist`, as `page:line:column rule: message`. */
export async function htmlProblems(dist: string): Promise<string[]> {
  const problems: string[] = [];
  for (const url of allPages(dist)) {
    const file = pageFile(url, dist);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results) problems.push(...r.messages.map((m: Message) => `${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  }
  return problems;
}
