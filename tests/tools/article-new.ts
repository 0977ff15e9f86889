/**
 * `npm run article:new -- <id> <source.txt> [--start HEADING]`: starts a new article from its received text.
 *
 * Writes content/articles/<id>/ with
 *   source.txt        the received text, byte for byte;
 *   article.yaml      a skeleton record: every value the command cannot know is a placeholder marked TODO;
 *   sections/NN-*.mdx one section per heading of the text itself, with its ¶ range and its paragraphs verbatim;
 *   corrections.yaml  an empty list;
 * then runs the source-level fidelity check on the result, so the editor sees at once whether the text was read
 * as intended (paragraphs, headings, ¶ numbers).
 *
 * It lives in tests/tools/ rather than src/ because it is an editor's tool that never runs in the build, and it is
 * built on the fidelity helpers in tests/helpers/ (src/ must not import tests/); it sits beside the other
 * editor's tool, the URL manifest (`npm run urls:update`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { receivedBlocks, type ReceivedBlock } from '../helpers/received-text.ts';
import { sourceFidelityProblems } from '../helpers/fidelity.ts';

/** The marker of every placeholder; the published content must hold none (tests/unit/article-new.test.ts). */
export const PLACEHOLDER = 'TODO';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A heading line of the received text, as the fidelity check reads it. */
const HEADING_LINE = /^[A-Z][A-Z ]+$/;

export interface PlannedSection {
  id: string;
  file: string;
  title: string;
  /** The heading as the received text prints it. */
  heading: string;
  order: number;
  first: number;
  last: number;
  paragraphs: string[];
}

/** A section id from a heading: lower-case ASCII words joined by hyphens; chosen once, then fixed. */
export function slugify(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "RUSSIA AND MOLDOVA" → "Russia and moldova": the editor restores proper nouns (see the guide). */
export function sentenceCase(heading: string): string {
  const lower = heading.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Escapes what MDX would read as markup, so a paragraph renders as the words it holds: braces and angle
 * brackets (JSX), emphasis and code marks, and a line start that markdown would take for a heading, list or quote.
 */
export function escapeMdx(text: string): string {
  const escaped = text.replace(/[\\{}<>*_`]/g, (c) => `\\${c}`);
  return escaped.replace(/^([#>+-]|\d+[.)])/, (m) => (m.length === 1 ? `\\${m}` : `${m.slice(0, -1)}\\${m.slice(-1)}`));
}

/** The first heading line of the text: where it starts unless the editor says otherwise. */
export function firstHeading(source: string): string | undefined {
  return source.split(/\r?\n/).map((l) => l.trim()).find((l) => HEADING_LINE.test(l));
}

/** Splits the received text at its own headings, numbering paragraphs through the whole text. */
export function planSections(blocks: ReceivedBlock[]): PlannedSection[] {
  const sections: PlannedSection[] = [];
  const used = new Map<string, number>();
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const base = slugify(b.text) || 'section';
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      const id = seen ? `${base}-${seen + 1}` : base;
      const order = sections.length + 1;
      sections.push({ id, file: `${String(order).padStart(2, '0')}-${id}.mdx`, title: sentenceCase(b.text), heading: b.text, order, first: n + 1, last: n, paragraphs: [] });
    } else {
      const s = sections.at(-1);
      if (!s) throw new Error('the text has a paragraph before its first heading');
      s.paragraphs.push(b.text);
      s.last = ++n;
    }
  }
  const empty = sections.filter((s) => s.paragraphs.length === 0);
  if (empty.length) throw new Error(`heading${empty.length > 1 ? 's' : ''} ${empty.map((s) => `"${s.heading}"`).join(', ')} ha${empty.length > 1 ? 've' : 's'} no paragraph before the next heading`);
  return sections;
}

const q = (s: string) => JSON.stringify(s);

export function sectionFile(s: PlannedSection): string {
  return [
    '---',
    `id: ${s.id}`,
    `title: ${q(s.title)} # ${PLACEHOLDER}: restore capitals of proper nouns (the text prints "${s.heading}")`,
    'heading: article',
    `order: ${s.order}`,
    `paragraphs: { first: ${s.first}, last: ${s.last} }`,
    `date: "0000" # ${PLACEHOLDER}: the period the section describes (YYYY, YYYY-MM, YYYY-MM-DD or start/end)`,
    `summary: ${q(`${PLACEHOLDER}: one neutral line on what the section covers`)}`,
    '---',
    '',
    ...s.paragraphs.flatMap((p) => [escapeMdx(p), '']),
  ].join('\n');
}

export function skeletonRecord(id: string, sourceName: string, start: string): string {
  const T = PLACEHOLDER;
  return `# Skeleton written by \`npm run article:new\` from ${sourceName}. Every value marked ${T} is a placeholder,
# not a fact: replace each with the fact as published, or move it to notAvailable when it cannot be confirmed
# (content/guide/adding-an-article.md). The build accepts the placeholders so that the text can be read and
# checked at once; the published content may hold none (tests/unit/article-new.test.ts).
id: ${id}
title:
  en: "${T}: the title as published, in English"
  ru: "${T}: the title as published, in Russian"
authors:
  - family: "${T}: family name in Latin script"
    given: "${T}: given names as printed (initials where only initials are printed)"
    ru: "${T}: the name in Cyrillic"
    affiliation: { en: "${T}: affiliation as printed", ru: "${T}" }
journal:
  title: "${T}: the journal"
  issnPrint: "0000-0000" # ${T}
  issnOnline: "0000-0000" # ${T}
year: 9999 # ${T} (9999 and the 1s below stand in: citations need a four-digit year and positive numbers)
volume: 1 # ${T}
issue: 1 # ${T}
pages: { first: 1, last: 1 } # ${T}
doi: "10.0000/${T}" # ${T}: the article's DOI
language: en # ${T}: the language of the text (BCP 47)
abstract:
  en: "${T}: the abstract as published"
  ru: "${T}"
notAvailable: []
added: "9999-01-01" # ${T}: the day this edition publishes the text (YYYY-MM-DD), the date of its entry in the Atom feed
edition:
  provenance: "${T}: how the text was received (e.g. an extraction from the PDF)"
  perspective: "${T}: whose analysis the text gives, where it was written and when published"
# How the fidelity test reads ${sourceName}: where the text begins; add runningHeader (a regular expression
# for the journal's running-header line) if the extraction left one in the text.
fidelity:
  start: ${JSON.stringify(start)}
`;
}

export const EMPTY_CORRECTIONS = `# Every change this edition makes to the words of the received text (source.txt): where, before, after, why.
# \`before\` must occur exactly once in the received text. Layout (line breaks, hyphenation) is not listed here.
corrections: []
`;

export interface NewArticle {
  dir: string;
  sections: PlannedSection[];
  problems: string[];
}

/** Writes the article's folder under `contentDir/articles/` and checks it; refuses to overwrite anything. */
export function newArticle(contentDir: string, id: string, sourceFile: string, start?: string): NewArticle {
  if (!SLUG.test(id)) throw new Error(`article id "${id}" must be lower-case ASCII words joined by hyphens (it becomes the article's URL)`);
  if (!existsSync(sourceFile)) throw new Error(`source text ${sourceFile} does not exist`);
  const dir = join(contentDir, 'articles', id);
  if (existsSync(dir)) throw new Error(`${dir} already exists: an article id is chosen once; pick another id or remove the folder`);
  const source = readFileSync(sourceFile, 'utf8');
  const startHeading = start ?? firstHeading(source);
  if (!startHeading) throw new Error(`${sourceFile}: no heading found (a line in capitals on its own, e.g. INTRODUCTION); pass --start HEADING`);
  const sections = planSections(receivedBlocks(source, { start: startHeading }));
  mkdirSync(join(dir, 'sections'), { recursive: true });
  writeFileSync(join(dir, 'source.txt'), source);
  writeFileSync(join(dir, 'article.yaml'), skeletonRecord(id, sourceFile.split(/[\\/]/).pop()!, startHeading));
  writeFileSync(join(dir, 'corrections.yaml'), EMPTY_CORRECTIONS);
  for (const s of sections) writeFileSync(join(dir, 'sections', s.file), sectionFile(s));
  return { dir, sections, problems: sourceFidelityProblems(dir) };
}

/** Every line of an article's folder that still holds a placeholder, as `file:line: text`. */
export function placeholdersIn(articleDir: string): string[] {
  const files = ['article.yaml', 'corrections.yaml', ...readdirSync(join(articleDir, 'sections')).map((f) => join('sections', f))];
  return files.flatMap((f) =>
    existsSync(join(articleDir, f))
      ? readFileSync(join(articleDir, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.includes(PLACEHOLDER) ? [`${f}:${i + 1}: ${line.trim()}`] : []))
      : [],
  );
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { start: { type: 'string' }, content: { type: 'string', default: 'content' } } });
  const [id, source] = positionals;
  if (!id || !source) {
    console.error('usage: npm run article:new -- <id> <source.txt> [--start HEADING]');
    process.exit(2);
  }
  try {
    const r = newArticle(resolve(values.content!), id, resolve(source), values.start);
    console.log(`${r.dir}: ${r.sections.length} sections, ¶ 1–${r.sections.at(-1)!.last}`);
    for (const s of r.sections) console.log(`  ${s.file.padEnd(40)} ¶ ${s.first}–${s.last}  ${s.heading}`);
    console.log(`${placeholdersIn(r.dir).length} placeholders (${PLACEHOLDER}) to fill in: see content/guide/adding-an-article.md`);
    if (r.problems.length) {
      console.error(`fidelity check: ${r.problems.length} problems\n  ${r.problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('fidelity check: the sections reproduce the received text, every paragraph once and in order.');
  } catch (err) {
    console.error(`article:new: ${(err as Error).message}`);
    process.exit(1);
  }
}
