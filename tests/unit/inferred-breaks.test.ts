/**
 * The About page lists the paragraph breaks this edition inferred at column and page breaks. The list is content
 * (article.yaml `inferredBreaks`); this test holds it to what the received-text reader actually infers, by reading
 * the text twice: as received, and with the column/page-break marks (a leading space) removed, so no break is inferred.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { schemas } from '../../src/lib/schemas.ts';
import { projectRoot } from '../helpers/build.ts';
import { receivedBlocks, type FidelityRules } from '../helpers/received-text.ts';

/** Each paragraph's opening words → its ¶ number (1-based, headings not counted). */
const starts = (source: string, rules: FidelityRules) =>
  new Map(
    receivedBlocks(source, rules)
      .filter((b) => b.kind === 'paragraph')
      .map((b, i) => [b.text.slice(0, 80), i + 1] as const),
  );

const articlesDir = join(projectRoot, 'content/articles');
for (const article of readdirSync(articlesDir)) {
  test(`the inferred paragraph breaks listed for ${article} are exactly those the text gives`, () => {
    const record = schemas.articles.parse(yaml.load(readFileSync(join(articlesDir, article, 'article.yaml'), 'utf8')));
    const source = readFileSync(join(articlesDir, article, 'source.txt'), 'utf8');
    const withBreaks = starts(source, record.fidelity);
    const withoutBreaks = starts(source.replace(/^ +(?=\S)/gm, ''), record.fidelity);
    const inferred = [...withBreaks].filter(([key]) => !withoutBreaks.has(key)).map(([, n]) => n);
    assert.deepEqual(record.inferredBreaks.map((b) => b.paragraph), inferred);
  });
}
