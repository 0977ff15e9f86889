/** The site's few rules for writing counts and lists in sentences (src/lib/text.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { andList, inWords, plural, theArticles } from '../../src/lib/text.ts';

test('a list in a sentence has no serial comma', () => {
  assert.deepEqual([[], ['A'], ['A', 'B'], ['A', 'B', 'C']].map(andList), ['', 'A', 'A and B', 'A, B and C']);
});

test('a count agrees with its noun, and small counts are written in words', () => {
  assert.deepEqual([plural(1, 'section'), plural(3, 'section')], ['1 section', '3 sections']);
  assert.deepEqual([inWords(0), inWords(15), inWords(16)], ['no', 'fifteen', '16']);
});

test('the digest speaks of “the article” or “the articles”, and the verb agrees', () => {
  assert.deepEqual([theArticles(1), theArticles(2)], ['the article', 'the articles']);
  assert.deepEqual([theArticles(1, 'report'), theArticles(3, 'report')], ['the article reports', 'the articles report']);
  assert.deepEqual([theArticles(1, 'discuss'), theArticles(2, 'discuss')], ['the article discusses', 'the articles discuss']);
});
