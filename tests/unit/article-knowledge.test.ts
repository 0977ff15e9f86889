/**
 * Knowledge about an article lives in content/, never in src/: no source file names an article of content/ — its
 * title, an author, the journal, its publisher, the authors' institution or the DOI — even in a comment. The names
 * are read from the article records, so a new article is covered as soon as it is added. (The vendored CSL styles
 * under src/lib/citation/styles/ are the official files, left as published.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { schemas } from '../../src/lib/schemas.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { projectRoot } from '../helpers/build.ts';
import { srcFiles } from '../helpers/src-files.ts';

const articlesDir = join(projectRoot, 'content/articles');

/** What would name an article: its distinctive strings, lower-cased. */
function namesOf(record: ArticleRecord): string[] {
  return [
    record.title.en,
    record.title.ru,
    record.journal.title,
    record.journal.publisher,
    record.journal.issnPrint,
    record.doi,
    ...record.authors.flatMap((a) => [a.family, a.ru.split(' ').at(-1)!, a.affiliation.en.split(',')[0]!, a.affiliation.ru.split(',')[0]!]),
  ]
    .filter((s): s is string => !!s && s.length > 3)
    .map((s) => s.toLowerCase());
}

test('no file under src/ names an article of content/, its authors, journal, publisher, institution or DOI', () => {
  const names = readdirSync(articlesDir).flatMap((id) => namesOf(schemas.articles.parse(yaml.load(readFileSync(join(articlesDir, id, 'article.yaml'), 'utf8')))));
  assert.ok(names.length >= 5, `the article records were read (${names.length} names)`);
  const found = srcFiles((f) => !f.startsWith('lib/citation/styles/'))
    .flatMap((f) => {
      const text = readFileSync(f, 'utf8').toLowerCase();
      return names.filter((n) => text.includes(n)).map((n) => `${relative(projectRoot, f)}: "${n}"`);
    });
  assert.deepEqual(found, []);
});
