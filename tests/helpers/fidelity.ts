/**
 * The fidelity check, shared by the test of the real site and the test that proves it can fail:
 * the received text (layout undone, corrections applied) against the built reading copy and
 * section pages. Returns the problems found; none means the site is faithful.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { applyCorrections, firstDifference, receivedBlocks, sentences, type Correction } from './received-text.ts';
import { page, paragraphText } from './dist.ts';

export function fidelityProblems(articleDir: string, article: string, dist?: string): string[] {
  const blocks = receivedBlocks(readFileSync(join(articleDir, 'source.txt'), 'utf8'));
  const { corrections } = yaml.load(readFileSync(join(articleDir, 'corrections.yaml'), 'utf8')) as { corrections: Correction[] };
  const expected = applyCorrections(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text), corrections);
  const reading = page(`/${article}/`, dist);
  const paras = reading.querySelectorAll('.article-text p.para');
  const problems: string[] = [];

  const diff = firstDifference(expected.flatMap((p) => sentences(p)), paras.flatMap((p) => sentences(paragraphText(p))));
  if (diff) problems.push(`reading copy: ${diff}`);

  const ids = paras.map((p) => p.id).join(' ');
  const want = expected.map((_, i) => `p${i + 1}`).join(' ');
  if (ids !== want) problems.push(`reading copy: paragraph ids are "${ids}", expected "${want}"`);
  paras.forEach((p, i) => {
    if (paragraphText(p) !== expected[i]) problems.push(`reading copy: ¶ ${i + 1} differs from the received paragraph`);
  });

  const own = blocks.filter((b) => b.kind === 'heading').map((b) => b.text).join(' | ');
  const headings = reading.querySelectorAll('.article-text .section-heading.is-article').map((h) => h.firstChild?.textContent.trim().toUpperCase()).join(' | ');
  if (own !== headings) problems.push(`headings are "${headings}", expected "${own}"`);

  for (const heading of reading.querySelectorAll('.article-text .section-heading')) {
    const mine = page(`/${article}/${heading.id}/`, dist).querySelectorAll('p.para');
    if (mine.length === 0) problems.push(`section ${heading.id} has no paragraphs`);
    for (const p of mine) {
      const twin = reading.querySelector(`#${p.id}`);
      if (!twin || paragraphText(p) !== paragraphText(twin)) problems.push(`section ${heading.id}: ¶ ${p.id} differs from the reading copy`);
    }
  }
  return problems;
}
