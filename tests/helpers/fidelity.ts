/**
 * The fidelity check, shared by the test of the real site and the test that proves it can fail:
 * the received text (layout undone, corrections applied) against the built reading copy and
 * section pages. Returns the problems found; none means the site is faithful.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { applyCorrections, firstDifference, receivedBlocks, sentences, type Correction, type FidelityRules } from './received-text.ts';
import { page, paragraphText } from './dist.ts';

/** The article's own rules for reading its received text (article.yaml, field `fidelity`). */
export function fidelityRules(articleDir: string): FidelityRules {
  const file = join(articleDir, 'article.yaml');
  const { fidelity } = yaml.load(readFileSync(file, 'utf8')) as { fidelity?: FidelityRules };
  if (!fidelity?.start) throw new Error(`${file}: field "fidelity.start" is missing: the line where the article's text begins`);
  return fidelity;
}

export function fidelityProblems(articleDir: string, article: string, dist?: string): string[] {
  const blocks = receivedBlocks(readFileSync(join(articleDir, 'source.txt'), 'utf8'), fidelityRules(articleDir));
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

/** Markdown's backslash escapes undone: what a reader sees of a paragraph written in MDX. */
const unescapeMdx = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * The same check on the sources, before any build: the sections' paragraphs, in section order, against the
 * received text (layout undone, corrections applied), with each section's ¶ range and the article's own
 * headings. Cheap enough to run the moment an article is started (`npm run article:new`) or edited.
 */
export function sourceFidelityProblems(articleDir: string): string[] {
  const blocks = receivedBlocks(readFileSync(join(articleDir, 'source.txt'), 'utf8'), fidelityRules(articleDir));
  const { corrections } = yaml.load(readFileSync(join(articleDir, 'corrections.yaml'), 'utf8')) as { corrections: Correction[] };
  const expected = applyCorrections(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text), corrections);
  const sectionsDir = join(articleDir, 'sections');
  const sections = readdirSync(sectionsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(sectionsDir, file), 'utf8'));
      if (!m) throw new Error(`${join(sectionsDir, file)}: no frontmatter block`);
      const data = yaml.load(m[1]!) as { title: string; heading: string; order: number; paragraphs: { first: number; last: number } };
      const paragraphs = m[2]!.split(/\n\s*\n/).map((p) => unescapeMdx(p.replace(/\s+/g, ' ').trim())).filter(Boolean);
      return { file, data, paragraphs };
    })
    .sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];
  const actual = sections.flatMap((s) => s.paragraphs);
  const diff = firstDifference(expected.flatMap((p) => sentences(p)), actual.flatMap((p) => sentences(p)));
  if (diff) problems.push(`sections: ${diff}`);
  if (actual.length !== expected.length) problems.push(`sections hold ${actual.length} paragraphs, the received text ${expected.length}`);
  let n = 0;
  for (const s of sections) {
    const want = { first: n + 1, last: n + s.paragraphs.length };
    if (s.data.paragraphs.first !== want.first || s.data.paragraphs.last !== want.last) {
      problems.push(`${s.file}: paragraphs is { first: ${s.data.paragraphs.first}, last: ${s.data.paragraphs.last} }, its text holds ¶ ${want.first}–${want.last}`);
    }
    s.paragraphs.forEach((p, i) => {
      if (expected[n + i] !== undefined && p !== expected[n + i]) problems.push(`${s.file}: ¶ ${n + i + 1} differs from the received paragraph`);
    });
    n = want.last;
  }
  const own = blocks.filter((b) => b.kind === 'heading').map((b) => b.text).join(' | ');
  const headings = sections.filter((s) => s.data.heading === 'article').map((s) => s.data.title.toUpperCase()).join(' | ');
  if (own !== headings) problems.push(`the sections' own headings are "${headings}", expected "${own}"`);
  return problems;
}
