/**
 * `npm run article:new`: a received text becomes an article folder whose sections split at the text's own
 * headings, number paragraphs through the whole text, and pass the fidelity check at once; nothing is invented
 * (every unknown is a marked placeholder), and the published content holds no placeholder.
 * (tests/build/article-new.test.ts shows that such a folder builds.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import yaml from 'js-yaml';
import { projectRoot } from '../helpers/build.ts';
import { sourceFidelityProblems } from '../helpers/fidelity.ts';
import { escapeMdx, newArticle, placeholdersIn, PLACEHOLDER, slugify } from '../tools/article-new.ts';
import { schemas } from '../../src/lib/schemas.ts';

/** Synthetic test data: front matter, two headings, a page break, a hyphenated line end and MDX-sensitive marks. */
const SOURCE = [
  'A SYNTHETIC TITLE IN CAPITALS',
  'Front matter the command leaves out of the sections.',
  '',
  'FIRST PART',
  '',
  'This sentence is test data. It is split across a line-',
  'end hyphen and two lines.',
  ' A page break after a full stop starts paragraph two {with braces} and <angle> *marks*.',
  '',
  'SECOND PART',
  '',
  '1. A paragraph that starts like a list item is still a paragraph [1].',
  '',
  'The last paragraph of the test data.',
].join('\n');

describe('starting an article from its received text', () => {
  const temps: string[] = [];
  after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const start = (source = SOURCE, startHeading?: string) => {
    const content = mkdtempSync(join(tmpdir(), 'article-new-'));
    temps.push(content);
    const file = join(content, 'received.txt');
    writeFileSync(file, source);
    return { content, file, ...newArticle(content, 'test-data', file, startHeading) };
  };

  test('splits the text at its own headings and numbers paragraphs through the whole text', () => {
    const { sections } = start(SOURCE, 'FIRST PART');
    assert.deepEqual(
      sections.map((s) => [s.file, s.id, s.title, s.first, s.last]),
      [
        ['01-first-part.mdx', 'first-part', 'First part', 1, 2],
        ['02-second-part.mdx', 'second-part', 'Second part', 3, 4],
      ],
    );
  });

  test('starts at the first heading unless told where the text starts', () => {
    // Without --start the title in capitals is taken for the first heading, and the front matter for its text.
    assert.deepEqual(start(SOURCE).sections.map((s) => [s.heading, s.first, s.last]), [
      ['A SYNTHETIC TITLE IN CAPITALS', 1, 1],
      ['FIRST PART', 2, 3],
      ['SECOND PART', 4, 5],
    ]);
  });

  test('refuses a heading with no text before the next one, naming it', () => {
    assert.throws(() => start('ONE\n\nTWO\n\nText.\n'), /heading "ONE" has no paragraph before the next heading/);
  });

  test('writes the source verbatim, an empty corrections file and sections that pass the fidelity check', () => {
    const { dir, file, problems } = start(SOURCE, 'FIRST PART');
    assert.equal(readFileSync(join(dir, 'source.txt'), 'utf8'), readFileSync(file, 'utf8'));
    assert.deepEqual(schemas.corrections.parse(yaml.load(readFileSync(join(dir, 'corrections.yaml'), 'utf8'))), { corrections: [] });
    assert.deepEqual(problems, []);
    const second = readFileSync(join(dir, 'sections/01-first-part.mdx'), 'utf8');
    assert.match(second, /\\\{with braces\\\} and \\<angle\\> \\\*marks\\\*\./);
  });

  test('writes records the schemas accept, with every unknown marked as a placeholder', () => {
    const { dir } = start(SOURCE, 'FIRST PART');
    const record = schemas.articles.parse(yaml.load(readFileSync(join(dir, 'article.yaml'), 'utf8')));
    assert.equal(record.id, 'test-data');
    assert.ok(record.title.en.startsWith(PLACEHOLDER) && record.doi.includes(PLACEHOLDER));
    for (const f of readdirSync(join(dir, 'sections'))) {
      const [, front] = readFileSync(join(dir, 'sections', f), 'utf8').split('---\n');
      const data = schemas.sections.parse(yaml.load(front!));
      assert.ok(data.summary.startsWith(PLACEHOLDER), f);
    }
    const marked = placeholdersIn(dir);
    for (const field of ['title:', 'issnPrint', 'year', 'doi', 'language', 'date:', 'summary']) {
      assert.ok(marked.some((line) => line.includes(field)), `${field} is not marked: ${marked.join('\n')}`);
    }
  });

  test('the fidelity check on the sources catches a lost paragraph and a wrong ¶ range', () => {
    const { dir } = start(SOURCE, 'FIRST PART');
    const f = join(dir, 'sections/02-second-part.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('The last paragraph of the test data.\n', ''));
    const problems = sourceFidelityProblems(dir);
    assert.ok(problems.some((p) => p.includes('expected "The last paragraph of the test data."')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('02-second-part.mdx: paragraphs is { first: 3, last: 4 }, its text holds ¶ 3–3')), problems.join('\n'));
  });

  test('refuses a bad id, a missing source and an existing folder, naming each', () => {
    const { content, file } = start(SOURCE, 'FIRST PART');
    assert.throws(() => newArticle(content, 'Test Data', file), /article id "Test Data" must be lower-case/);
    assert.throws(() => newArticle(content, 'other', join(content, 'nope.txt')), /nope\.txt does not exist/);
    assert.throws(() => newArticle(content, 'test-data', file, 'FIRST PART'), /test-data already exists/);
    assert.throws(() => newArticle(content, 'flat', writeAndReturn(join(content, 'flat.txt'), 'no heading here\n')), /no heading found/);
  });

  test('escapes what MDX would read as markup, and makes ASCII ids from headings', () => {
    assert.equal(escapeMdx('# a {b} <c> d_e *f* `g`'), '\\# a \\{b\\} \\<c\\> d\\_e \\*f\\* \\`g\\`');
    assert.equal(escapeMdx('12. Twelve'), '12\\. Twelve');
    assert.equal(slugify('RUSSIA AND MOLDOVA'), 'russia-and-moldova');
  });

  test('the published content holds no placeholder', () => {
    const articles = join(projectRoot, 'content/articles');
    for (const id of readdirSync(articles)) assert.deepEqual(placeholdersIn(join(articles, id)), [], id);
  });
});

function writeAndReturn(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}
